import { performance } from 'node:perf_hooks';

/** How often the event loop's utilisation is sampled, and above what share it counts as busy. */
const SAMPLE_MS = 25;
const BUSY_ABOVE = 0.5;

/** Whether the event loop has been mostly busy over the last sample. */
export interface EventLoopWatch {
  busy(): boolean;
  stop(): void;
}

/**
 * Samples the event loop's utilisation (the share of time it spent running callbacks rather than
 * waiting for I/O) every SAMPLE_MS, so a hot path can ask "are we under load?" for free.
 */
export function watchEventLoop(): EventLoopWatch {
  let last = performance.eventLoopUtilization();
  let busy = false;
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    busy = performance.eventLoopUtilization(now, last).utilization > BUSY_ABOVE;
    last = now;
  }, SAMPLE_MS);
  timer.unref();
  return { busy: () => busy, stop: () => clearInterval(timer) };
}
