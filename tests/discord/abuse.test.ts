import { describe, expect, it } from 'vitest';
import { createCooldown } from '../../src/bot/abuse/cooldown.js';
import { createDedupe, messageUrl, normalizeQuestion } from '../../src/bot/abuse/dedupe.js';
import { ExpiringMap } from '../../src/bot/abuse/expiring-map.js';

/** A clock moved by hand: no real time passes in these tests. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('ExpiringMap', () => {
  it('forgets entries after their time to live', () => {
    const clock = manualClock();
    const map = new ExpiringMap<string, number>(1000, 10, clock.now);
    map.set('a', 1);
    clock.advance(999);
    expect(map.get('a')).toBe(1);
    clock.advance(1);
    expect(map.get('a')).toBeUndefined();
  });

  it('never holds more than its maximum, evicting the oldest', () => {
    const clock = manualClock();
    const map = new ExpiringMap<number, number>(60_000, 100, clock.now);
    for (let i = 0; i < 10_000; i++) map.set(i, i);
    expect(map.size).toBe(100);
    expect(map.get(0)).toBeUndefined();
    expect(map.get(9_999)).toBe(9_999);
  });

  it('moves a rewritten entry to the back: the oldest write is evicted first', () => {
    const clock = manualClock();
    const map = new ExpiringMap<string, number>(60_000, 3, clock.now);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    map.set('a', 4);
    map.set('d', 5);
    expect(map.get('b')).toBeUndefined();
    expect([map.get('a'), map.get('c'), map.get('d')]).toEqual([4, 3, 5]);
    // Deleted and rewritten keys never evict a live entry in their place.
    for (let i = 0; i < 5_000; i++) map.set('c', i);
    map.delete('a');
    map.set('e', 6);
    expect([map.get('c'), map.get('d'), map.get('e')]).toEqual([4_999, 5, 6]);
  });

  it('keeps a rewritten entry for the ttl after its last write, through sweeps', () => {
    const clock = manualClock();
    const map = new ExpiringMap<string, number>(1000, 10, clock.now);
    map.set('x', 1);
    clock.advance(50);
    map.set('x', 2);
    clock.advance(50);
    map.set('y', 3);
    clock.advance(900);
    // x was first written at 0 but rewritten at 50: it lives until 1050, y until 1100.
    map.sweep();
    expect([map.get('x'), map.get('y')]).toEqual([2, 3]);
    clock.advance(60);
    map.sweep();
    expect(map.size).toBe(1);
    expect([map.get('x'), map.get('y')]).toEqual([undefined, 3]);
  });

  it('evicts the least recently written entry, counting rewrites as writes', () => {
    const clock = manualClock();
    const map = new ExpiringMap<string, number>(1000, 3, clock.now);
    map.set('a', 1);
    clock.advance(100);
    map.set('a', 2);
    clock.advance(100);
    map.set('b', 3);
    clock.advance(100);
    map.set('c', 4);
    clock.advance(100);
    // Full: a (last written at 100) goes before b (200) and c (300).
    map.set('d', 5);
    expect([map.get('a'), map.get('b'), map.get('c'), map.get('d')]).toEqual([undefined, 3, 4, 5]);
    // At 1250 b (written at 200) has expired, c (300) has not: b is swept, and nothing live evicted.
    clock.advance(850);
    map.set('e', 6);
    expect([map.get('b'), map.get('c'), map.get('d'), map.get('e')]).toEqual([undefined, 4, 5, 6]);
  });

  it('sweeps expired entries when new ones arrive', () => {
    const clock = manualClock();
    const map = new ExpiringMap<number, number>(1000, 1000, clock.now);
    for (let i = 0; i < 500; i++) map.set(i, i);
    clock.advance(1000);
    map.set(-1, -1);
    expect(map.size).toBe(1);
  });
});

describe('cooldown', () => {
  it('allows the configured number of questions per window, then notifies once, then stays silent', () => {
    const clock = manualClock();
    const cooldown = createCooldown({ questions: 3, windowMs: 30_000, now: clock.now });
    expect([1, 2, 3].map(() => cooldown.take('u'))).toEqual(['allowed', 'allowed', 'allowed']);
    expect(cooldown.take('u')).toBe('limited-notify');
    expect(cooldown.take('u')).toBe('limited-silent');
    expect(cooldown.take('other')).toBe('allowed');
  });

  it('frees a slot as the oldest question leaves the window', () => {
    const clock = manualClock();
    const cooldown = createCooldown({ questions: 2, windowMs: 30_000, now: clock.now });
    cooldown.take('u');
    clock.advance(10_000);
    cooldown.take('u');
    expect(cooldown.take('u')).toBe('limited-notify');
    clock.advance(20_001);
    expect(cooldown.take('u')).toBe('allowed');
    expect(cooldown.take('u')).toBe('limited-notify');
  });

  it('stays bounded with many users', () => {
    const clock = manualClock();
    const cooldown = createCooldown({ questions: 1, windowMs: 30_000, maxUsers: 50, now: clock.now });
    for (let i = 0; i < 1000; i++) cooldown.take(String(i));
    // The earliest users were forgotten, so they are allowed again.
    expect(cooldown.take('0')).toBe('allowed');
    expect(cooldown.take('999')).toBe('limited-notify');
  });
});

describe('dedupe', () => {
  it('finds the same question in the same channel within 60 s, however it is typed', () => {
    const clock = manualClock();
    const dedupe = createDedupe({ now: clock.now });
    dedupe.remember('c1', 'What is a GPU?', { guildId: 'g', channelId: 'c1', messageId: 'm1' });
    expect(dedupe.find('c1', '  what is a gpu ')).toEqual({ link: 'https://discord.com/channels/g/c1/m1' });
    expect(dedupe.find('c2', 'What is a GPU?')).toBeUndefined();
    expect(dedupe.find('c1', 'What is a TPU?')).toBeUndefined();
    clock.advance(60_000);
    expect(dedupe.find('c1', 'What is a GPU?')).toBeUndefined();
  });

  it('looks an answer up only when a repeat comes, once, however many repeats share the wait', async () => {
    const dedupe = createDedupe({ now: manualClock().now });
    let lookups = 0;
    let found: (id: string) => void = () => undefined;
    const findMessageId = () => {
      lookups++;
      return new Promise<string>((resolve) => (found = resolve));
    };
    dedupe.remember('c1', 'What is a GPU?', {
      guildId: 'g',
      channelId: 'c1',
      messageId: null,
      findMessageId,
    });
    expect(lookups).toBe(0); // nobody repeated it yet: no need to ask
    const repeats = Array.from({ length: 200 }, () => dedupe.find('c1', 'what is a gpu'));
    expect(repeats.every((r) => r?.link === null)).toBe(true);
    expect(lookups).toBe(1);
    found('m1');
    const links = await Promise.all(repeats.map((r) => r?.later ?? Promise.reject(new Error('no wait'))));
    expect(new Set(links.map((l) => l?.link))).toEqual(new Set(['https://discord.com/channels/g/c1/m1']));
    expect(dedupe.find('c1', 'what is a gpu')).toEqual({ link: 'https://discord.com/channels/g/c1/m1' });
    expect(lookups).toBe(1);
  });

  it('points repeats at an answer still being posted without waiting, and links once it is posted', () => {
    const dedupe = createDedupe({ now: manualClock().now });
    let lookups = 0;
    const settle = dedupe.claim('c1', 'What is a GPU?');
    expect(dedupe.find('c1', 'what is a gpu?')).toEqual({ link: null });
    settle({
      guildId: 'g',
      channelId: 'c1',
      messageId: 'm1',
      findMessageId: () => Promise.resolve(String(++lookups)),
    });
    expect(dedupe.find('c1', 'what is a gpu?')).toEqual({ link: 'https://discord.com/channels/g/c1/m1' });
    expect(lookups).toBe(0);
  });

  it('forgets a claimed question whose answer could not be sent: the next one answers it', () => {
    const dedupe = createDedupe({ now: manualClock().now });
    const settle = dedupe.claim('c1', 'What is a GPU?');
    settle(null);
    expect(dedupe.find('c1', 'What is a GPU?')).toBeUndefined();
  });

  it('keeps kinds of request apart: a glossary term is not the same question', () => {
    const dedupe = createDedupe({ now: manualClock().now });
    dedupe.remember('c1', 'GPU', { guildId: 'g', channelId: 'c1', messageId: 'm1' }, 'glossary');
    expect(dedupe.find('c1', 'gpu')).toBeUndefined();
    expect(dedupe.find('c1', 'gpu', 'glossary')?.link).toBe('https://discord.com/channels/g/c1/m1');
  });

  it('forgets an answer whose lookup fails (deleted: 10008), and one deleted by its message id', async () => {
    const dedupe = createDedupe({ now: manualClock().now });
    const gone = () => Promise.reject(new Error('Unknown Message'));
    dedupe.remember('c1', 'What is a GPU?', {
      guildId: 'g',
      channelId: 'c1',
      messageId: null,
      findMessageId: gone,
    });
    const repeat = dedupe.find('c1', 'What is a GPU?');
    expect(repeat?.link).toBeNull();
    expect(await repeat?.later).toBeUndefined();
    expect(dedupe.find('c1', 'What is a GPU?')).toBeUndefined();

    dedupe.remember('c1', 'What is a TPU?', { guildId: 'g', channelId: 'c1', messageId: 'm2' });
    dedupe.remember('c2', 'What is a TPU?', { guildId: 'g', channelId: 'c2', messageId: 'm3' });
    dedupe.forget('m2');
    expect(dedupe.find('c1', 'What is a TPU?')).toBeUndefined();
    expect(dedupe.find('c2', 'What is a TPU?')).toEqual({ link: 'https://discord.com/channels/g/c2/m3' });
    dedupe.forget('unknown');
  });

  it('normalizes case, punctuation and spacing only', () => {
    expect(normalizeQuestion('  What IS a  GPU?!')).toBe('what is a gpu');
    expect(normalizeQuestion('Ｗhat')).toBe('what');
  });

  it('links to guild and DM messages', () => {
    expect(messageUrl('1', '2', '3')).toBe('https://discord.com/channels/1/2/3');
    expect(messageUrl(null, '2', '3')).toBe('https://discord.com/channels/@me/2/3');
  });
});
