/** One websocket connection from the bot, with frame recording. */
import type { GatewayOpcodes } from 'discord-api-types/v10';
import { WebSocket, type RawData } from 'ws';
import { redactTokens, type Recorder } from './recorder.js';

export interface OutgoingFrame {
  op: GatewayOpcodes;
  d: unknown;
  s: number | null;
  t: string | null;
}

function rawDataToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

export class GatewayConnection {
  sessionId: string | null = null;
  identified = false;
  /** Cleared by the "stop heartbeat ACKs" fault; applies to this connection only. */
  acksEnabled = true;
  closedByFake = false;

  constructor(
    readonly id: number,
    private readonly socket: WebSocket,
    private readonly recorder: Recorder,
  ) {}

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  send(frame: OutgoingFrame): void {
    if (!this.open) return;
    this.socket.send(JSON.stringify(frame));
    this.recorder.gateway.push({
      connectionId: this.id,
      direction: 'toBot',
      op: frame.op,
      t: frame.t,
      s: frame.s,
      d: frame.d,
      at: Date.now(),
    });
  }

  /** Records a frame the bot sent; returns it parsed (or null if not JSON). */
  receive(data: RawData): { op: GatewayOpcodes; d: unknown } | null {
    const raw = rawDataToString(data);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return null;
    }
    if (typeof parsed !== 'object' || parsed === null || !('op' in parsed) || typeof parsed.op !== 'number') {
      return null;
    }
    const op = parsed.op as GatewayOpcodes;
    const d = 'd' in parsed ? parsed.d : null;
    this.recorder.gateway.push({
      connectionId: this.id,
      direction: 'fromBot',
      op,
      t: null,
      s: null,
      d: redactTokens(d),
      at: Date.now(),
    });
    return { op, d };
  }

  /** Clean close with a close frame carrying `code`. */
  close(code: number, reason = ''): void {
    this.closedByFake = true;
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.close(code, reason);
    }
  }

  /** Drops the TCP connection without a close frame (the bot sees code 1006). */
  terminate(): void {
    this.closedByFake = true;
    this.socket.terminate();
  }
}
