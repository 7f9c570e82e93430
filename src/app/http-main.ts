import { requireInteractionsEndpoint } from '../config/parse-config.js';
import { readConfigOrExit } from '../config/read-config-or-exit.js';
import { createLogger } from '../logging/logger.js';
import { runUntilSignalled } from './run-until-signalled.js';
import { startEndpoint } from './start-endpoint.js';

// `npm run start:http`: the interactions endpoint alone, no gateway: the unit to replicate behind a
// load balancer. Needs DISCORD_PUBLIC_KEY and INTERACTIONS_PORT; DISCORD_TOKEN is optional.

const config = readConfigOrExit(requireInteractionsEndpoint);
const logger = createLogger({
  level: config.logLevel,
  development: config.development,
  secrets: [config.token],
});
await runUntilSignalled(logger, () => startEndpoint(config, { logger }));
