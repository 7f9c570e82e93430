/** A gateway session: sequence numbers, the dispatch history used for RESUME replay, the current connection. */
import { GatewayOpcodes } from 'discord-api-types/v10';
import type { GatewayConnection } from './gateway-connection.js';
import type { ShardInfo } from './sharding.js';
import { sessionId } from './snowflake.js';

export interface SentDispatch {
  s: number;
  t: string;
  d: unknown;
}

export class GatewaySession {
  readonly id = sessionId();
  seq = 0;
  invalid = false;
  connection: GatewayConnection | null = null;
  readonly history: SentDispatch[] = [];

  constructor(
    readonly intents: number,
    readonly shard: ShardInfo,
  ) {}

  /** Numbers and stores the event; sends it now if connected, otherwise it waits for a RESUME. */
  dispatch(t: string, d: unknown): number {
    const s = ++this.seq;
    this.history.push({ s, t, d });
    if (this.connection?.open) this.connection.send({ op: GatewayOpcodes.Dispatch, t, s, d });
    return s;
  }

  /** Re-sends every event after `seq` on the current connection (RESUME replay). */
  replayAfter(seq: number): number {
    const missed = this.history.filter((event) => event.s > seq);
    for (const { s, t, d } of missed) this.connection?.send({ op: GatewayOpcodes.Dispatch, t, s, d });
    return missed.length;
  }
}
