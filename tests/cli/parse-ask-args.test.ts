import { describe, expect, it } from 'vitest';
import { parseAskArgs, UsageError } from '../../src/cli/parse-ask-args.js';

describe('parseAskArgs', () => {
  it('takes positional questions and flags', () => {
    expect(parseAskArgs(['--json', '--content', 'packs/x', 'What is it?', 'And this?'])).toEqual({
      questions: ['What is it?', 'And this?'],
      json: true,
      stdin: false,
      contentDir: 'packs/x',
      help: false,
    });
  });

  it('reads --stdin without questions, and a question that starts with a dash after --', () => {
    expect(parseAskArgs(['--stdin'])).toMatchObject({ stdin: true, questions: [] });
    expect(parseAskArgs(['--', '-what?'])).toMatchObject({ questions: ['-what?'] });
  });

  it('accepts --help or -h on its own', () => {
    expect(parseAskArgs(['-h']).help).toBe(true);
    expect(parseAskArgs(['--help']).help).toBe(true);
  });

  it('says which option is unknown, with balanced quotes', () => {
    expect(() => parseAskArgs(['--bogus', 'q'])).toThrow(
      new UsageError(
        'unknown option --bogus (a question that starts with "-" goes after "--": ask -- "-1 means what?")',
      ),
    );
  });

  it.each([
    [['--bogus', 'q']],
    [[]],
    [['--json']],
    [['--stdin', 'q']],
    [['--content', '  ', 'q']],
    [['--content']],
    [['--json=yes', 'q']],
  ])('rejects %j with a UsageError', (argv) => {
    expect(() => parseAskArgs(argv)).toThrow(UsageError);
  });
});
