import { describe, expect, it } from 'vitest';
import { createWorkTracker } from '../../src/bot/work-tracker.js';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('work tracker', () => {
  it('waits for in-flight work, then refuses new work', async () => {
    const tracker = createWorkTracker();
    const gate = deferred();
    let finished = false;
    const running = tracker.run(async () => {
      await gate.promise;
      finished = true;
    });
    const closing = tracker.close(60_000);
    expect(tracker.accepting).toBe(false);
    let ranLate = false;
    await tracker.run(() => Promise.resolve(void (ranLate = true)));
    expect(ranLate).toBe(false);
    gate.resolve();
    expect(await closing).toBe(true);
    await running;
    expect(finished).toBe(true);
  });

  it('gives up waiting after the timeout', async () => {
    const tracker = createWorkTracker();
    void tracker.run(() => new Promise<void>(() => undefined));
    expect(await tracker.close(0)).toBe(false);
  });

  it('closes at once when idle, and a failing task does not reject run()', async () => {
    const tracker = createWorkTracker();
    await expect(tracker.run(() => Promise.reject(new Error('boom')))).resolves.toBeUndefined();
    expect(await tracker.close(60_000)).toBe(true);
  });
});
