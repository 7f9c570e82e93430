import { readConfigOrExit } from '../config/read-config-or-exit.js';

// `npm start`: the bot when DISCORD_TOKEN is set (and the interactions endpoint too when
// INTERACTIONS_PORT is), the offline console otherwise. This file only picks which and wires the
// process around it (run-until-signalled.ts). The rest (discord.js, the store, the logger: over a
// second of CPU to load) is imported once the configuration is known to be good, so a bad one is
// refused in a fraction of that.

const config = readConfigOrExit();

if (config.token === undefined) {
  process.stderr.write('No DISCORD_TOKEN set: starting the offline console.\n');
  const { startConsole } = await import('../console/start-console.js');
  try {
    await startConsole(config);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
} else {
  const [{ createLogger }, { runUntilSignalled }, { startBot }] = await Promise.all([
    import('../logging/logger.js'),
    import('./run-until-signalled.js'),
    import('./start-bot.js'),
  ]);
  const logger = createLogger({
    level: config.logLevel,
    development: config.development,
    secrets: [config.token],
  });
  await runUntilSignalled(logger, (onFatal) => startBot(config, { logger, onFatal }));
}
