import type { Logger } from '../logging/logger.js';

/** The signals that stop a process gracefully. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Calls `stop` on the first SIGINT or SIGTERM, and only logs the later ones. A listener stays
 * registered for good: with `process.once`, a second signal would fall to Node's default and end the
 * process at once, before the store is written. Ctrl-C at a terminal and systemd's control-group
 * stop signal npm and node alike, and npm forwards its own to node, so a second signal is the
 * common case, not a corner. Shutdown has its own deadline, so ignoring repeats cannot hang it.
 */
export function onStopSignals(logger: Logger, stop: () => void): void {
  let stopping = false;
  for (const signal of STOP_SIGNALS)
    process.on(signal, () => {
      if (!stopping) {
        stopping = true;
        stop();
        return;
      }
      logger.info(
        { event: 'shutdown', signal },
        `${signal} while shutting down: ignored; the store is written before exit`,
      );
    });
}
