import { checkContentDir } from './config/check-content-dir.js';
import { ConfigError } from './config/config-error.js';
import { loadConfig } from './config/load-config.js';
import type { Config } from './config/parse-config.js';
import { startConsole } from './console/start-console.js';
import { createLogger, exitAfterFlush, exitDroppingLogs, LOG_FLUSH_TIMEOUT_MS } from './logging/logger.js';
import { SHUTDOWN_GRACE_MS, startBot, type RunningBot } from './start-bot.js';

// `npm start`: the bot when DISCORD_TOKEN is set, the offline console otherwise.
// This file only wires process signals and exit codes around startBot/startConsole.

function readConfig(): Config {
  try {
    const config = loadConfig();
    checkContentDir(config.contentDir);
    return config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const config = readConfig();

if (config.token === undefined) {
  process.stderr.write('No DISCORD_TOKEN set: starting the offline console.\n');
  try {
    await startConsole(config);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
} else {
  const logger = createLogger({ level: config.logLevel, development: config.development });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'Unhandled promise rejection'));

  let bot: RunningBot | undefined;
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
    const stopped = bot ? bot.stop() : Promise.resolve();
    stopped.then(
      () => exitAfterFlush(logger, code),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        exitAfterFlush(logger, code === 0 ? 1 : code);
      },
    );
  };
  process.once('SIGINT', () => exit(0));
  process.once('SIGTERM', () => exit(0));
  process.on('SIGHUP', () => {
    if (bot) void bot.reload();
  });

  try {
    bot = await startBot(config, { logger, onFatal: () => exit(1) });
  } catch (error) {
    // ContentError names file, entry and reason; FatalGatewayError says what Discord refused. Neither holds the token.
    logger.fatal({ err: error }, error instanceof Error ? error.message : 'Startup failed');
    exitAfterFlush(logger, 1);
  }
}
