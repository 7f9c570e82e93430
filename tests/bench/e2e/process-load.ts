/** How busy this process (the fake Discord's) was during a phase, to tell when it, not the bot, limits a figure. */
import { PerformanceObserver, monitorEventLoopDelay, performance } from 'node:perf_hooks';

/** Load on this process over one phase. */
export interface ProcessLoad {
  /** Event-loop utilisation, 0–1: near 1 means the fake itself was saturated. */
  readonly elu: number;
  /** Longest garbage-collection pause, ms. */
  readonly gcMaxMs: number;
  /** Longest event-loop stall, ms (timers and socket reads wait this long). */
  readonly loopDelayMaxMs: number;
}

/** Starts measuring; call the returned function to stop and read the figures. */
export function watchThisProcess(): () => ProcessLoad {
  const elu = performance.eventLoopUtilization();
  let gcMaxMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMaxMs = Math.max(gcMaxMs, entry.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  return () => {
    gc.disconnect();
    delay.disable();
    return {
      elu: performance.eventLoopUtilization(elu).utilization,
      gcMaxMs,
      loopDelayMaxMs: delay.max / 1e6,
    };
  };
}
