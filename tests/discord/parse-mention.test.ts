import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH, extractQuestion, mentionsBot } from '../../src/bot/parse-mention.js';

const BOT = '222222222222222222';

describe('mentionsBot', () => {
  it('sees the bot user mention in either form', () => {
    expect(mentionsBot(`<@${BOT}> hi`, BOT)).toBe(true);
    expect(mentionsBot(`hi <@!${BOT}>`, BOT)).toBe(true);
  });

  it('ignores role mentions, other users, @everyone and @here', () => {
    expect(mentionsBot(`<@&${BOT}> hi`, BOT)).toBe(false);
    expect(mentionsBot('<@333333333333333333> hi', BOT)).toBe(false);
    expect(mentionsBot('@everyone @here what is a GPU?', BOT)).toBe(false);
  });
});

describe('extractQuestion', () => {
  it('strips every bot mention and collapses whitespace', () => {
    expect(extractQuestion(`<@${BOT}>   What is\na <@!${BOT}> GPU?`, BOT)).toBe('What is a GPU?');
  });

  it('keeps @everyone, @here and role mentions as text', () => {
    expect(extractQuestion(`<@${BOT}> @everyone <@&5> what?`, BOT)).toBe('@everyone <@&5> what?');
  });

  it('gives an empty question for a bare mention', () => {
    expect(extractQuestion(`  <@${BOT}>  `, BOT)).toBe('');
  });

  it('caps the question length without adding an ellipsis', () => {
    const question = extractQuestion(`<@${BOT}> ${'why '.repeat(500)}`, BOT);
    expect(question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expect(question.startsWith('why why')).toBe(true);
    expect(question.endsWith('…')).toBe(false);
  });
});
