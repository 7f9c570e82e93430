import { checkContentDir } from './config/check-content-dir.js';
import { ConfigError } from './config/config-error.js';
import { loadConfig } from './config/load-config.js';
import type { Config } from './config/parse-config.js';
import { startConsole } from './console/start-console.js';
import { createLogger } from './logging/logger.js';
import { runUntilSignalled } from './run-until-signalled.js';
import { startBot } from './start-bot.js';

// `npm start`: the bot when DISCORD_TOKEN is set (and the interactions endpoint too when
// INTERACTIONS_PORT is), the offline console otherwise. This file only picks which and wires the
// process around it (run-until-signalled.ts).

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
  await runUntilSignalled(logger, (onFatal) => startBot(config, { logger, onFatal }));
}
