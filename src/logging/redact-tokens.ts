import { pino } from 'pino';

// Interaction and webhook tokens travel in REST paths (/interactions/<id>/<token>/callback,
// /webhooks/<app>/<token>); discord.js puts those URLs in its errors. A token lets anyone answer
// as the bot for 15 minutes, so it never reaches a log.
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[^/?#\s"']+/gu;

/** Replaces interaction and webhook tokens in a string with `[redacted]`. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_IN_PATH, '$1[redacted]');
}

/** pino's standard error serializer, with tokens redacted from every string field. */
export function serializeError(error: unknown): unknown {
  if (typeof error === 'string') return redactTokens(error);
  if (!(error instanceof Error)) return error;
  const serialized: Record<string, unknown> = { ...pino.stdSerializers.err(error) };
  for (const [key, value] of Object.entries(serialized)) {
    if (typeof value === 'string') serialized[key] = redactTokens(value);
  }
  return serialized;
}
