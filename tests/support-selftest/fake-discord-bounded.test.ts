/** The fake's keepRecent option, used by the benchmarks: bounded memory, absolute record indexes. */
import { describe, expect, it } from 'vitest';
import { EventLog } from '../support/fake-discord/event-log.js';
import { incomingMessage } from '../support/fake-discord/payloads/messages.js';
import { World } from '../support/fake-discord/world.js';

describe('a fake that keeps only recent records', () => {
  it('lets the oldest records go, keeping indexes, sizes and waits absolute', async () => {
    const log = new EventLog<{ index: number; n: number }>('record', (r) => String(r.n), 10);
    for (let n = 0; n < 25; n++) log.push({ n });
    expect(log.size).toBe(25);
    const held = log.all();
    expect(held.length).toBeLessThanOrEqual(20);
    expect(held.map((r) => r.index)).toEqual(held.map((r) => r.n));
    expect(held.at(-1)).toEqual({ index: 24, n: 24 });
    // A wait from a mark before the trim still finds held records and future ones.
    await expect(log.waitFor((r) => r.n === 24, 3)).resolves.toEqual({ index: 24, n: 24 });
    const later = log.waitFor((r) => r.n === 25, log.size);
    log.push({ n: 25 });
    await expect(later).resolves.toEqual({ index: 25, n: 25 });
  });

  it('forgets the oldest messages and interactions past twice the limit; by default keeps all', () => {
    const bounded = new World({ keepRecent: 3 });
    const unbounded = new World();
    for (const world of [bounded, unbounded])
      for (let i = 0; i < 10; i++) world.messages.set(`m${i}`, { ...incomingMessage(world), id: `m${i}` });
    expect(bounded.messages.size).toBeLessThanOrEqual(6);
    expect(bounded.messages.has('m9')).toBe(true);
    expect(bounded.messages.has('m0')).toBe(false);
    expect(unbounded.messages.size).toBe(10);
  });
});
