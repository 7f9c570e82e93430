import { GatewayCloseCodes } from 'discord.js';

// Close codes after which Discord will not let this session (or any with this config) back in.
export const FATAL_CLOSE_CODES = new Set<number>([
  GatewayCloseCodes.AuthenticationFailed,
  GatewayCloseCodes.InvalidShard,
  GatewayCloseCodes.ShardingRequired,
  GatewayCloseCodes.InvalidAPIVersion,
  GatewayCloseCodes.InvalidIntents,
  GatewayCloseCodes.DisallowedIntents,
]);

/** Discord refused the session for good (bad token, disallowed intents…); retrying will not help. */
export class FatalGatewayError extends Error {
  override readonly name = 'FatalGatewayError';
  constructor(
    message: string,
    readonly closeCode: number | null,
  ) {
    super(message);
  }
}

// A 401 on GET /gateway/bot (TokenInvalid) or the gateway's "Authentication failed" both mean a bad token.
export function isAuthFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return ('code' in error && error.code === 'TokenInvalid') || error.message === 'Authentication failed';
}

/** Why login() failed, as one fatal line: a REST 401 is not a gateway close, so it is not called one. */
export function describeLoginFailure(error: unknown, lastCloseCode: number | null): FatalGatewayError {
  // discord.js's TokenInvalid: GET /gateway/bot answered 401 before any gateway connection.
  if (lastCloseCode === null && error instanceof Error && 'code' in error && error.code === 'TokenInvalid') {
    return new FatalGatewayError(
      "Discord's REST API rejected the token (HTTP 401 on GET /gateway/bot): check DISCORD_TOKEN",
      null,
    );
  }
  const cause = error instanceof Error ? error.message : String(error);
  const code = lastCloseCode ?? (isAuthFailure(error) ? GatewayCloseCodes.AuthenticationFailed : null);
  return new FatalGatewayError(`${describeClose(code)} (${cause})`, code);
}

/** One sentence on why Discord refused, for the fatal log line. */
export function describeClose(code: number | null): string {
  switch (code) {
    case GatewayCloseCodes.AuthenticationFailed:
      return 'Discord rejected the token (gateway close 4004): check DISCORD_TOKEN';
    case GatewayCloseCodes.DisallowedIntents:
      return 'Discord refused the intents (gateway close 4014): enable them for the bot in the Developer Portal';
    case null:
      return 'Could not log in to Discord';
    default:
      return `Discord closed the gateway with unrecoverable code ${code} (${GatewayCloseCodes[code] ?? 'unknown'})`;
  }
}
