import { performance } from 'node:perf_hooks';

/** How long a sample of the event loop's utilisation lasts, and above what share it counts as busy. */
const SAMPLE_MS = 25;
const BUSY_ABOVE = 0.5;

/** Whether the event loop has been mostly busy lately. */
export interface EventLoopWatch {
  busy(): boolean;
}

/**
 * Answers "are we under load?" from the event loop's utilisation (the share of time it spent
 * running callbacks rather than waiting for I/O) since the previous sample, taken when asked and at
 * most every SAMPLE_MS: nearly free on a hot path, and no timer waking an idle process.
 */
export function watchEventLoop(): EventLoopWatch {
  let last = performance.eventLoopUtilization();
  let sampledAt = performance.now();
  let busy = false;
  return {
    busy() {
      const at = performance.now();
      if (at - sampledAt >= SAMPLE_MS) {
        const current = performance.eventLoopUtilization();
        busy = performance.eventLoopUtilization(current, last).utilization > BUSY_ABOVE;
        last = current;
        sampledAt = at;
      }
      return busy;
    },
  };
}
