import { randomBytes } from 'node:crypto';

/** Discord's epoch (2015-01-01T00:00:00.000Z) in milliseconds. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, time-ordered Discord snowflake (17–19 digits, like real ids). */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  const workerAndProcess = 1n << 17n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | workerAndProcess | increment).toString();
}

/** The creation time encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** A random url-safe token, shaped like an interaction or webhook token. */
export function randomToken(bytes = 48): string {
  return randomBytes(bytes).toString('base64url');
}

/** A fake bot token shaped like a real one: base64(botId).timestamp.hmac. */
export function fakeBotToken(botId: string): string {
  const head = Buffer.from(botId).toString('base64url');
  return `${head}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;
}

/** A random hex session id like the gateway's. */
export function sessionId(): string {
  return randomBytes(16).toString('hex');
}
