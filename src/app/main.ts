import { readConfigOrExit } from '../config/read-config-or-exit.js';
import { startConsole } from '../console/start-console.js';
import { createLogger } from '../logging/logger.js';
import { runUntilSignalled } from './run-until-signalled.js';
import { startBot } from './start-bot.js';

// `npm start`: the bot when DISCORD_TOKEN is set (and the interactions endpoint too when
// INTERACTIONS_PORT is), the offline console otherwise. This file only picks which and wires the
// process around it (run-until-signalled.ts).

const config = readConfigOrExit();

if (config.token === undefined) {
  process.stderr.write('No DISCORD_TOKEN set: starting the offline console.\n');
  try {
    await startConsole(config);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
} else {
  const logger = createLogger({
    level: config.logLevel,
    development: config.development,
    secrets: [config.token],
  });
  await runUntilSignalled(logger, (onFatal) => startBot(config, { logger, onFatal }));
}
