import { describe, expect, it } from 'vitest';
import { isForBot } from '../../src/gateway/skip-unwanted-messages.js';

const BOT = '100';
const packet = (d: Parameters<typeof isForBot>[0]['d']) => ({ t: 'MESSAGE_CREATE' as const, d });

describe('isForBot', () => {
  it('keeps DMs and guild messages that mention the bot', () => {
    expect(isForBot(packet({ author: { id: '1' } }), BOT)).toBe(true);
    expect(isForBot(packet({ guild_id: '9', author: { id: '1' }, mentions: [{ id: BOT }] }), BOT)).toBe(true);
  });

  it('drops other guild messages, bots (itself included) and webhooks', () => {
    expect(isForBot(packet({ guild_id: '9', author: { id: '1' }, mentions: [{ id: '2' }] }), BOT)).toBe(
      false,
    );
    expect(isForBot(packet({ guild_id: '9', author: { id: '1' } }), BOT)).toBe(false);
    expect(
      isForBot(packet({ guild_id: '9', author: { id: BOT, bot: true }, mentions: [{ id: BOT }] }), BOT),
    ).toBe(false);
    expect(isForBot(packet({ author: { id: '3', bot: true } }), BOT)).toBe(false);
    expect(
      isForBot(packet({ guild_id: '9', webhook_id: '7', author: { id: '7' }, mentions: [{ id: BOT }] }), BOT),
    ).toBe(false);
  });

  it('keeps nothing from guilds before the bot knows its own id', () => {
    expect(isForBot(packet({ guild_id: '9', author: { id: '1' }, mentions: [{ id: BOT }] }), undefined)).toBe(
      false,
    );
  });
});

describe('isForBot without a mentions list', () => {
  it('still keeps a guild message whose text mentions the bot', () => {
    expect(isForBot(packet({ guild_id: '9', author: { id: '1' }, content: `<@${BOT}> hi` }), BOT)).toBe(true);
    expect(isForBot(packet({ guild_id: '9', author: { id: '1' }, content: `<@!${BOT}> hi` }), BOT)).toBe(
      true,
    );
    expect(isForBot(packet({ guild_id: '9', author: { id: '1' }, content: '<@1000> hi' }), BOT)).toBe(false);
  });
});
