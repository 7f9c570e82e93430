import { exitAfterFlush, exitDroppingLogs, LOG_FLUSH_TIMEOUT_MS, type Logger } from '../logging/logger.js';
import { onStopSignals } from './on-stop-signals.js';
import { SHUTDOWN_GRACE_MS } from './start-bot.js';

/** What an entry point runs: the gateway bot, the HTTP endpoint, or both. */
export interface Service {
  /** Graceful: stop taking work, finish what is in flight (≤ SHUTDOWN_GRACE_MS), release everything. */
  stop(): Promise<void>;
  /** Recompiles the content folder (SIGHUP). */
  reload(): Promise<unknown>;
}

/**
 * Wires a service to the process: SIGINT/SIGTERM stop it and exit 0, SIGHUP reloads it, a failed
 * start exits 1 with one fatal line. `start` gets the function to call on an unrecoverable error.
 */
export async function runUntilSignalled(
  logger: Logger,
  start: (onFatal: () => void) => Promise<Service>,
): Promise<void> {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'Unhandled promise rejection'));
  let service: Service | undefined;
  let exiting = false;
  const exit = (code: number) => {
    if (exiting) return;
    exiting = true;
    // Whatever hangs (a client that never finishes destroying, a log reader that never reads), the
    // process is gone soon after the grace period: supervisors wait only so long before SIGKILL.
    setTimeout(
      () => {
        // Straight to stderr: the logger's queued lines are about to be dropped.
        process.stderr.write(`Shutdown did not finish within ${SHUTDOWN_GRACE_MS} ms; exiting.\n`);
        exitDroppingLogs(logger, 1);
      },
      SHUTDOWN_GRACE_MS + 2 * LOG_FLUSH_TIMEOUT_MS,
    ).unref();
    const stopped = service ? service.stop() : Promise.resolve();
    stopped.then(
      () => exitAfterFlush(logger, code),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        exitAfterFlush(logger, code === 0 ? 1 : code);
      },
    );
  };
  onStopSignals(logger, () => exit(0));
  process.on('SIGHUP', () => {
    if (service) void service.reload();
  });

  try {
    service = await start(() => exit(1));
  } catch (error) {
    // ContentError names file, entry and reason; FatalGatewayError says what Discord refused. Neither holds the token.
    logger.fatal({ err: error }, error instanceof Error ? error.message : 'Startup failed');
    exitAfterFlush(logger, 1);
  }
}
