/** The fake gateway: accepts websocket connections, routes opcodes, dispatches events, injects faults. */
import type { IncomingMessage } from 'node:http';
import { GatewayCloseCodes, GatewayOpcodes } from 'discord-api-types/v10';
import type { RawData, WebSocket } from 'ws';
import { GatewayConnection } from './gateway-connection.js';
import { handleIdentify, handleResume, type HandshakeContext, type ReadyField } from './gateway-handshake.js';
import type { GatewaySession } from './gateway-session.js';
import { isDelivered, withContentIntent } from './intents.js';
import { guildOfEvent, shardOf } from './sharding.js';
import type { Recorder } from './recorder.js';
import type { World } from './world.js';

export interface GatewayOptions {
  heartbeatIntervalMs: number;
  token: string | undefined;
}

/** Opcodes the bot may send that need no answer from the fake (still recorded). */
const IGNORED_OPS = new Set<number>([
  GatewayOpcodes.PresenceUpdate,
  GatewayOpcodes.VoiceStateUpdate,
  GatewayOpcodes.RequestGuildMembers,
  GatewayOpcodes.RequestSoundboardSounds,
]);

export class FakeGateway {
  readonly #sessions = new Map<string, GatewaySession>();
  readonly #connections = new Set<GatewayConnection>();
  /** The latest identified/resumed session per shard id. */
  readonly #activeByShard = new Map<number, GatewaySession>();
  #nextConnectionId = 1;
  #identifyRejection: number | null = null;
  #readyOmission: ReadyField | null = null;
  /** ws:// URL of the gateway, set once the server listens. */
  url = '';

  constructor(
    private readonly world: World,
    private readonly recorder: Recorder,
    private readonly options: GatewayOptions,
  ) {}

  accept(socket: WebSocket, request: IncomingMessage): void {
    const conn = new GatewayConnection(this.#nextConnectionId++, socket, this.recorder);
    this.#connections.add(conn);
    const query = Object.fromEntries(new URL(request.url ?? '/', 'http://localhost').searchParams);
    this.recorder.lifecycle.push({ type: 'connected', connectionId: conn.id, query, at: Date.now() });
    socket.on('message', (data) => this.#onMessage(conn, data));
    socket.on('close', (code) => this.#onClose(conn, code));
    socket.on('error', () => undefined);
    conn.send({
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs },
      s: null,
      t: null,
    });
  }

  /**
   * Sends a dispatch on the session of the shard that owns it (queued for RESUME while disconnected).
   * Returns its sequence number, or null if the session's intents withhold it.
   */
  dispatch(t: string, d: unknown): number | null {
    const session = this.#sessionFor(guildOfEvent(t, d));
    if (!isDelivered(t, d, session.intents)) return null;
    return session.dispatch(t, withContentIntent(t, d, session.intents, this.world.bot.id));
  }

  /** Whether a dispatch about this guild (or a DM, if undefined) has a live session to go to. */
  canDispatch(guildId: string | undefined): boolean {
    try {
      this.#sessionFor(guildId);
      return true;
    } catch {
      return false;
    }
  }

  #sessionFor(guildId: string | undefined): GatewaySession {
    const shardCount = [...this.#activeByShard.values()][0]?.shard[1];
    if (shardCount === undefined)
      throw new Error('fake discord: no gateway session yet; await waitForReady() first');
    const shardId = guildId ? shardOf(guildId, shardCount) : 0;
    const session = this.#activeByShard.get(shardId);
    if (!session) throw new Error(`fake discord: shard ${shardId} has no session yet`);
    if (session.invalid)
      throw new Error(`fake discord: shard ${shardId}'s session was invalidated; wait for a new READY`);
    return session;
  }

  closeConnections(code: number, reason: string): void {
    for (const conn of this.#openConnections()) conn.close(code, reason);
  }

  terminateConnections(): void {
    for (const conn of this.#openConnections()) conn.terminate();
  }

  stopHeartbeatAcks(): void {
    for (const conn of this.#openConnections()) conn.acksEnabled = false;
  }

  sendToBot(op: GatewayOpcodes, d: unknown): void {
    for (const conn of this.#openConnections()) conn.send({ op, d, s: null, t: null });
  }

  invalidateSession(resumable: boolean): void {
    for (const conn of this.#openConnections()) {
      const session = this.#sessions.get(conn.sessionId ?? '');
      if (session && !resumable) session.invalid = true;
      conn.send({ op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  rejectNextIdentify(code: number): void {
    this.#identifyRejection = code;
  }

  omitFromReady(field: ReadyField | null): void {
    this.#readyOmission = field;
  }

  shutdown(): void {
    for (const conn of this.#connections) conn.terminate();
    this.#connections.clear();
  }

  #openConnections(): GatewayConnection[] {
    return [...this.#connections].filter((conn) => conn.open);
  }

  #handshakeContext(): HandshakeContext {
    return {
      world: this.world,
      recorder: this.recorder,
      resumeUrl: this.url,
      token: this.options.token,
      sessions: this.#sessions,
      activate: (session, conn) => {
        session.connection = conn;
        conn.sessionId = session.id;
        this.#activeByShard.set(session.shard[0], session);
      },
      takeIdentifyRejection: () => {
        const code = this.#identifyRejection;
        this.#identifyRejection = null;
        return code;
      },
      readyOmission: () => this.#readyOmission,
    };
  }

  #onMessage(conn: GatewayConnection, data: RawData): void {
    const frame = conn.receive(data);
    if (!frame) return conn.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
    if (frame.op === GatewayOpcodes.Heartbeat) {
      if (conn.acksEnabled) conn.send({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
    } else if (frame.op === GatewayOpcodes.Identify) {
      handleIdentify(this.#handshakeContext(), conn, frame.d);
    } else if (frame.op === GatewayOpcodes.Resume) {
      handleResume(this.#handshakeContext(), conn, frame.d);
    } else if (!conn.identified) {
      conn.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
    } else if (!IGNORED_OPS.has(frame.op)) {
      conn.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #onClose(conn: GatewayConnection, code: number): void {
    this.#connections.delete(conn);
    const by = conn.closedByFake ? 'fake' : 'bot';
    this.recorder.lifecycle.push({ type: 'closed', connectionId: conn.id, code, by, at: Date.now() });
    const session = conn.sessionId ? this.#sessions.get(conn.sessionId) : undefined;
    if (!session || session.connection !== conn) return;
    session.connection = null;
    // Like Discord: a client closing with 1000/1001 ends its session; other codes keep it resumable.
    if (by === 'bot' && (code === 1000 || code === 1001)) session.invalid = true;
  }
}
