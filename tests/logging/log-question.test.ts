import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { logQuestion } from '../../src/bot/log-question.js';
import { createLogger } from '../../src/logging/logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', stream }) };
}

const place = {
  guildId: '100000000000000001',
  channelId: '100000000000000002',
  userId: '100000000000000003',
};

describe('logQuestion', () => {
  it('writes one line with where, how, the outcome and the time taken', () => {
    const { lines, logger } = capture();
    const answer = {
      question: 'What is a GPU?',
      answered: true,
      confidence: 0.81234,
      entryId: 'what-is-gpu',
    };
    logQuestion(logger, 'command:ask', place, answer, 1.234);
    logQuestion(logger, 'dm', { ...place, guildId: null }, { ...answer, answered: false }, 0.5);
    expect(lines).toMatchObject([
      {
        level: 30,
        msg: 'question',
        event: 'question',
        via: 'command:ask',
        where: 'guild',
        guildId: place.guildId,
        channelId: place.channelId,
        userId: place.userId,
        question: 'What is a GPU?',
        outcome: 'answered',
        entryId: 'what-is-gpu',
        confidence: 0.812,
        ms: 1.2,
      },
      { via: 'dm', where: 'dm', guildId: null, outcome: 'declined' },
    ]);
  });

  it('still hides a token pasted into the question, and follows the level of the logger', () => {
    const { lines, logger } = capture();
    const question = `why does /webhooks/123/secret-token/messages fail? ${'x'.repeat(300)}`;
    logQuestion(logger, 'mention', place, { question, answered: false, confidence: 0, entryId: null }, 1);
    expect(JSON.stringify(lines)).not.toContain('secret-token');
    expect(String(lines[0]?.question)).toMatch(
      /^why does \/webhooks\/123\/\[redacted\]\/messages fail\? x+…$/,
    );
    logger.level = 'warn';
    logQuestion(logger, 'mention', place, { question, answered: false, confidence: 0, entryId: null }, 1);
    expect(lines).toHaveLength(1);
  });
});
