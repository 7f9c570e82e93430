import { setTimeout as sleep } from 'node:timers/promises';

/** Counts in-flight work so shutdown can stop taking new work and wait for the rest. */
export interface WorkTracker {
  /** False once closing: event handlers ignore new events. */
  readonly accepting: boolean;
  /** Runs a task, counting it while it is in flight; never rejects (errors belong to the task). */
  run(task: () => Promise<void>): Promise<void>;
  /** Stops accepting and waits for in-flight work, at most `timeoutMs`; true if all finished. */
  close(timeoutMs: number): Promise<boolean>;
}

/** Creates a tracker. */
export function createWorkTracker(): WorkTracker {
  const inFlight = new Set<Promise<void>>();
  let accepting = true;
  return {
    get accepting() {
      return accepting;
    },
    async run(task) {
      if (!accepting) return;
      const running = task().catch(() => undefined);
      inFlight.add(running);
      try {
        await running;
      } finally {
        inFlight.delete(running);
      }
    },
    async close(timeoutMs) {
      accepting = false;
      if (inFlight.size === 0) return true;
      const controller = new AbortController();
      const drained = Promise.allSettled([...inFlight]).then(() => true);
      const timedOut = sleep(timeoutMs, false, { signal: controller.signal }).catch(() => false);
      const finished = await Promise.race([drained, timedOut]);
      controller.abort();
      return finished;
    },
  };
}
