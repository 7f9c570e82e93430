import { collectDefaultMetrics, Registry } from 'prom-client';

let processRegistry: Registry | undefined;

/**
 * The process's own metrics (CPU, memory, heap, event loop lag, GC, handles, start time): prom-client's
 * defaults, unprefixed so the usual Node.js dashboards read them. One set per process, however many
 * bots or endpoints it runs: they measure the process, and collectDefaultMetrics installs a GC observer
 * and an event-loop monitor that cannot be removed, so one per bot would pile up in tests that start
 * several bots in one process. The bot's own counters are per instance (createMetrics).
 */
export function processMetrics(): Registry {
  if (processRegistry === undefined) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}
