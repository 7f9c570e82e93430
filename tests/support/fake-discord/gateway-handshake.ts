/** IDENTIFY → READY + GUILD_CREATE×n, and RESUME → replay + RESUMED. */
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
} from 'discord-api-types/v10';
import type { GatewayConnection } from './gateway-connection.js';
import { GatewaySession } from './gateway-session.js';
import { asObject, numberField, stringField } from './json-fields.js';
import type { Recorder } from './recorder.js';
import { parseShard, shardOf } from './sharding.js';
import type { World } from './world.js';

export interface HandshakeContext {
  world: World;
  recorder: Recorder;
  resumeUrl: string;
  /** When set, IDENTIFY/RESUME with another token is rejected (4004 / invalid session). */
  token: string | undefined;
  sessions: Map<string, GatewaySession>;
  activate(session: GatewaySession, connection: GatewayConnection): void;
  takeIdentifyRejection(): number | null;
  readyOmission(): ReadyField | null;
}

/** READY fields a fault can leave out. */
export type ReadyField = 'guilds' | 'user';

type HandshakeMilestone = 'identified' | 'ready' | 'resumed' | 'invalidated';

function lifecycle(
  ctx: HandshakeContext,
  type: HandshakeMilestone,
  conn: GatewayConnection,
  session?: GatewaySession,
): void {
  const about = session ? { sessionId: session.id, shard: session.shard } : {};
  ctx.recorder.lifecycle.push({ type, connectionId: conn.id, ...about, at: Date.now() });
}

export function handleIdentify(ctx: HandshakeContext, conn: GatewayConnection, raw: unknown): void {
  if (conn.identified) return conn.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
  const d = asObject(raw);
  const rejection = ctx.takeIdentifyRejection();
  if (rejection !== null) return conn.close(rejection, 'Rejected by fault injection.');
  if (ctx.token !== undefined && stringField(d, 'token') !== ctx.token) {
    return conn.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
  }
  const intents = numberField(d, 'intents');
  if (intents === undefined)
    return conn.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
  const shard = parseShard(d['shard']);
  if (!shard) return conn.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');

  const session = new GatewaySession(intents, shard);
  ctx.sessions.set(session.id, session);
  conn.identified = true;
  ctx.activate(session, conn);
  lifecycle(ctx, 'identified', conn, session);

  const guilds = ctx.world.guilds.map((g) => g.guild).filter((g) => shardOf(g.id, shard[1]) === shard[0]);
  const ready: GatewayReadyDispatchData = {
    v: 10,
    user: ctx.world.bot,
    guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: session.id,
    resume_gateway_url: ctx.resumeUrl,
    application: ctx.world.application,
    shard,
  };
  const omit = ctx.readyOmission();
  session.dispatch(
    GatewayDispatchEvents.Ready,
    omit === null ? ready : Object.fromEntries(Object.entries(ready).filter(([key]) => key !== omit)),
  );
  for (const guild of guilds) session.dispatch(GatewayDispatchEvents.GuildCreate, guild);
  lifecycle(ctx, 'ready', conn, session);
}

export function handleResume(ctx: HandshakeContext, conn: GatewayConnection, raw: unknown): void {
  const d = asObject(raw);
  const session = ctx.sessions.get(stringField(d, 'session_id') ?? '');
  const tokenOk = ctx.token === undefined || stringField(d, 'token') === ctx.token;
  const seq = numberField(d, 'seq') ?? 0;
  if (!session || session.invalid || !tokenOk || seq > session.seq) {
    conn.send({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
    lifecycle(ctx, 'invalidated', conn, session);
    return;
  }
  const previous = session.connection;
  if (previous && previous !== conn && previous.open)
    previous.close(GatewayCloseCodes.SessionTimedOut, 'Resumed elsewhere.');
  conn.identified = true;
  ctx.activate(session, conn);
  session.replayAfter(seq);
  session.dispatch(GatewayDispatchEvents.Resumed, null);
  lifecycle(ctx, 'resumed', conn, session);
}
