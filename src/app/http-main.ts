import { requireInteractionsEndpoint } from '../config/parse-config.js';
import { readConfigOrExit } from '../config/read-config-or-exit.js';

// `npm run start:http`: the interactions endpoint alone, no gateway: the unit to replicate behind a
// load balancer. Needs DISCORD_PUBLIC_KEY and INTERACTIONS_PORT; DISCORD_TOKEN is optional. As in
// main.ts, the rest is imported once the configuration is known to be good.

const config = readConfigOrExit(requireInteractionsEndpoint);
const [{ createLogger }, { runUntilSignalled }, { startEndpoint }] = await Promise.all([
  import('../logging/logger.js'),
  import('./run-until-signalled.js'),
  import('./start-endpoint.js'),
]);
const logger = createLogger({
  level: config.logLevel,
  development: config.development,
  secrets: [config.token],
});
await runUntilSignalled(logger, () => startEndpoint(config, { logger }));
