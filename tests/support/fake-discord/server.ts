/** startFakeDiscord(): one 127.0.0.1 HTTP server on a free port serving REST (/api/v10) and the gateway (/gateway). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { FakeDiscord } from './fake-discord.js';
import { FakeGateway } from './gateway.js';
import { sendMessageEcho, type MessageEcho } from './message-echo.js';
import { Recorder } from './recorder.js';
import { RestFaults } from './rest-faults.js';
import { createRestHandler } from './rest-server.js';
import { fakeBotToken } from './snowflake.js';
import { World, type WorldOptions } from './world.js';

export const GATEWAY_PATH = '/gateway';

export interface FakeDiscordOptions extends WorldOptions {
  /** `shards` recommended by GET /gateway/bot (default 1). Guild events are routed like Discord does. */
  shardCount?: number;
  /** `session_start_limit.max_concurrency` (default 1): discord.js spaces IDENTIFYs sharing a bucket by 5 s. */
  maxConcurrency?: number;
  /** HELLO heartbeat_interval (default 5000 ms). Zombie detection takes 1–2 intervals. */
  heartbeatIntervalMs?: number;
  /** If set, only this token is accepted (REST 401 / gateway 4004 otherwise). Default: any token. */
  token?: string;
  /** Refuse interaction callbacks this long after dispatch, like Discord's 3 s (default: no limit). */
  interactionDeadlineMs?: number;
  /** Tell the bot's gateway about messages it creates/edits/deletes over REST, like Discord (default true). */
  echoBotMessages?: boolean;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const world = new World(options);
  world.interactionDeadlineMs = options.interactionDeadlineMs ?? null;
  world.recommendedShards = options.shardCount ?? 1;
  world.maxConcurrency = options.maxConcurrency ?? 1;
  const recorder = new Recorder(options.keepRecent);
  const restFaults = new RestFaults();
  const gateway = new FakeGateway(world, recorder, {
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 5_000,
    token: options.token,
  });
  const shutdown = new AbortController();
  const echo = (change: MessageEcho): void => {
    if (options.echoBotMessages !== false && !shutdown.signal.aborted)
      sendMessageEcho(world, gateway, change);
  };
  const handle = createRestHandler({
    world,
    recorder,
    faults: restFaults,
    token: options.token,
    gatewayUrl: () => gateway.url,
    echo,
    signal: shutdown.signal,
  });
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== GATEWAY_PATH) return void socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => gateway.accept(ws, req));
  });
  const port = await listen(server);
  gateway.url = `ws://127.0.0.1:${port}${GATEWAY_PATH}`;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      shutdown.abort();
      recorder.close();
      gateway.shutdown();
      wss.close();
      server.closeAllConnections();
      server.close(() => resolve());
    });
    return closing;
  };
  return new FakeDiscord({
    restBase: `http://127.0.0.1:${port}/api`,
    gatewayUrl: gateway.url,
    token: options.token ?? fakeBotToken(world.bot.id),
    world,
    recorder,
    gateway,
    restFaults,
    echo,
    close,
  });
}
