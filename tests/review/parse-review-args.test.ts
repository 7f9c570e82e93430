import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_DAYS, parseReviewArgs, UsageError } from '../../src/cli/parse-review-args.js';

describe('parseReviewArgs', () => {
  it('defaults to every server over the default days, as text', () => {
    expect(parseReviewArgs([])).toEqual({
      days: DEFAULT_REVIEW_DAYS,
      guildId: undefined,
      json: false,
      suggestFile: undefined,
      contentDir: undefined,
      help: false,
    });
  });

  it('reads every option', () => {
    expect(
      parseReviewArgs([
        '--days',
        '7',
        '--guild',
        '123456789012345678',
        '--json',
        '--suggest',
        'out.json',
        '--content',
        'c',
      ]),
    ).toEqual({
      days: 7,
      guildId: '123456789012345678',
      json: true,
      suggestFile: 'out.json',
      contentDir: 'c',
      help: false,
    });
    expect(parseReviewArgs(['--days=1']).days).toBe(1);
    expect(parseReviewArgs(['-h']).help).toBe(true);
  });

  it.each([
    [['--days', '0'], '--days must be a whole number from 1 to 3650'],
    [['--days', '3651'], '--days must be a whole number from 1 to 3650'],
    [['--days', '1.5'], '--days must be a whole number'],
    [['--days', 'week'], '--days must be a whole number'],
    [['--days'], '--days needs a value'],
    // parseArgs alone said "argument is ambiguous" for these.
    [['--days', '-1'], '--days must be a whole number from 1 to 3650, not "-1"'],
    [['--guild', '-5'], '--guild must be a server id'],
    [['--guild', 'abc'], '--guild must be a server id'],
    [['--suggest', ' '], '--suggest needs a file name'],
    [['--content', ''], '--content needs a folder'],
    [['--jsn'], 'unknown option --jsn'],
    [['extra'], 'unexpected argument extra: this tool takes options only'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseReviewArgs(argv)).toThrow(UsageError);
    expect(() => parseReviewArgs(argv)).toThrow(message);
    expect(() => parseReviewArgs(argv)).not.toThrow(/ambiguous/);
  });
});
