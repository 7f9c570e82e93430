/** Gateway fault injection, acting on every currently open bot connection. */
import { GatewayCloseCodes, GatewayOpcodes } from 'discord-api-types/v10';
import type { FakeGateway } from './gateway.js';
import type { ReadyField } from './gateway-handshake.js';

export class GatewayFaults {
  constructor(private readonly gateway: FakeGateway) {}

  /** Close with a close frame. 4000 (default) → discord.js resumes; 4004 → fatal, no reconnect. */
  close(code: number = GatewayCloseCodes.UnknownError, reason = 'fake discord fault'): void {
    this.gateway.closeConnections(code, reason);
  }

  /** Drop TCP without a close frame; discord.js sees 1006 and resumes. */
  terminate(): void {
    this.gateway.terminateConnections();
  }

  /** Stop answering heartbeats on the current connection(s); discord.js declares the connection a
   * zombie at its next heartbeat, closes with 4200 and resumes on a new connection (which is ACKed). */
  stopHeartbeatAcks(): void {
    this.gateway.stopHeartbeatAcks();
  }

  /** Send op 9. Not resumable (default) → the bot must IDENTIFY again (discord.js waits ~5 s for that). */
  invalidSession(resumable = false): void {
    this.gateway.invalidateSession(resumable);
  }

  /** Send op 7 Reconnect; discord.js closes and resumes. */
  requestReconnect(): void {
    this.gateway.sendToBot(GatewayOpcodes.Reconnect, null);
  }

  /** Answer the next IDENTIFY by closing with `code` (default 4004 Authentication failed). */
  rejectNextIdentify(code: number = GatewayCloseCodes.AuthenticationFailed): void {
    this.gateway.rejectNextIdentify(code);
  }

  /** Leave `field` out of every READY from now on (null: stop). Discord never does; discord.js then
   * throws, and without guilds retries the handshake for ever. */
  omitFromReady(field: ReadyField | null): void {
    this.gateway.omitFromReady(field);
  }
}
