/**
 * The application id encoded in a bot token's first segment (base64 of the bot user's id, which
 * equals the application id for bots). Null when the segment does not decode to a snowflake.
 */
export function applicationIdFromToken(token: string): string | null {
  const [first = ''] = token.split('.');
  const decoded = Buffer.from(first, 'base64').toString('utf8');
  return /^\d{1,20}$/.test(decoded) ? decoded : null;
}
