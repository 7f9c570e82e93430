import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { checkContentDir } from '../config/check-content-dir.js';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { shardPortsProblem } from '../config/metrics-config.js';
import type { Config } from '../config/parse-config.js';
import { fetchShardCount } from '../gateway/fetch-shard-count.js';
import { createLogger, exitAfterFlush } from '../logging/logger.js';
import { onStopSignals } from './on-stop-signals.js';

// `npm run start:sharded`: runs dist/app/main.js once per shard under discord.js's ShardingManager.
// SHARD_COUNT (a number, or "auto" = Discord's recommendation) and SHARD_LIST (this machine's shard
// ids, e.g. "0-3") let several machines split one bot: same SHARD_COUNT everywhere, disjoint lists.

/** How long stopping waits for the shards to exit: their own shutdown (≤7 s) and a margin. */
const SHARD_EXIT_TIMEOUT_MS = 10_000;

let config: Config;
try {
  config = loadConfig();
  checkContentDir(config.contentDir);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const token = config.token;
if (token === undefined) {
  process.stderr.write(
    `${new ConfigError([{ variable: 'DISCORD_TOKEN', expected: 'a bot token (sharding needs the bot)' }]).message}\n`,
  );
  process.exit(1);
}
const logger = createLogger({
  level: config.logLevel,
  development: config.development,
  secrets: [config.token],
});
const file = fileURLToPath(new URL('./main.js', import.meta.url));
if (!existsSync(file)) {
  logger.fatal({ file }, 'Shard script not found; run `npm run build` and start dist/app/sharded.js');
  exitAfterFlush(logger, 1);
} else {
  await runShards(file, token);
}

async function runShards(file: string, token: string): Promise<void> {
  let stopping = false;
  try {
    const totalShards =
      typeof config.shardCount === 'number' ? config.shardCount : await fetchShardCount(config.apiUrl, token);
    // Each shard serves METRICS_PORT + its id (src/app/start-bot.ts); refused here before any is spawned.
    const portProblem =
      config.metrics.port === undefined ? null : shardPortsProblem(config.metrics.port, totalShards);
    if (portProblem) throw new ConfigError([portProblem]);
    const manager = new ShardingManager(file, {
      token,
      totalShards,
      // The same heap ceiling as `npm start` (see docs/operations.md, "Memory").
      execArgv: ['--max-old-space-size=256'],
      ...(config.shardList ? { shardList: [...config.shardList] } : {}),
    });
    manager.on('shardCreate', (shard) => {
      logger.info({ event: 'shard', shardId: shard.id, totalShards }, 'Shard spawned');
      shard.on('death', () => logger.warn({ event: 'shard', shardId: shard.id }, 'Shard process exited'));
      // discord.js spawns shards one by one, 5.5 s apart: one it starts after a stop signal stops at once.
      shard.on('spawn', () => {
        if (stopping) shard.kill();
      });
    });
    const stopAll = async (code: number) => {
      stopping = true;
      manager.respawn = false;
      // Each shard gets SIGTERM and shuts down gracefully on its own (≤5 s, then flushes its store);
      // exiting only once they have lets a supervisor (or a script) trust that everything is written.
      const exited = [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (child === null || child.exitCode !== null || child.signalCode !== null) resolve();
            else child.once('exit', () => resolve());
          }),
      );
      for (const shard of manager.shards.values()) shard.kill();
      await Promise.race([Promise.all(exited), delay(SHARD_EXIT_TIMEOUT_MS)]);
      exitAfterFlush(logger, code);
    };
    onStopSignals(logger, () => void stopAll(0));
    await manager.spawn();
    logger.info({ event: 'sharding', totalShards, shardList: manager.shardList }, 'All shards spawned');
  } catch (error) {
    // Stopping a shard that is still starting fails the spawning ("died before it became ready"):
    // that is the stop signal's doing, and stopAll waits for the shards and exits.
    if (stopping) return;
    logger.fatal({ err: error }, 'Sharding failed to start');
    exitAfterFlush(logger, 1);
  }
}
