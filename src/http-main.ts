import { checkContentDir } from './config/check-content-dir.js';
import { ConfigError } from './config/config-error.js';
import { loadConfig } from './config/load-config.js';
import { requireInteractionsEndpoint, type Config } from './config/parse-config.js';
import { createLogger } from './logging/logger.js';
import { runUntilSignalled } from './run-until-signalled.js';
import { startEndpoint } from './start-endpoint.js';

// `npm run start:http`: the interactions endpoint alone, no gateway: the unit to replicate behind a
// load balancer. Needs DISCORD_PUBLIC_KEY and INTERACTIONS_PORT; DISCORD_TOKEN is optional.

function readConfig(): Config {
  try {
    const config = loadConfig();
    requireInteractionsEndpoint(config);
    checkContentDir(config.contentDir);
    return config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const config = readConfig();
const logger = createLogger({ level: config.logLevel, development: config.development });
await runUntilSignalled(logger, () => startEndpoint(config, { logger }));
