import { pino } from 'pino';

// Interaction and webhook tokens travel in REST paths (/interactions/<id>/<token>/callback,
// /webhooks/<app>/<token>); discord.js puts those URLs in its errors, and Discord's error bodies
// (rawError.message, rawError.errors) can echo them again. A token lets anyone answer as the bot for
// 15 minutes, so it never reaches a log, however deep in a logged value it sits.
// A token never holds a backslash, so the match also stops at JSON escapes when scanning a log line.
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[^/?#\s"'\\]+/gu;

// Bounds for walking a logged value: log lines stay small and a hostile or cyclic object cannot
// make logging slow. Anything past them is summarised, never printed unredacted.
const MAX_DEPTH = 10;
const MAX_ENTRIES = 100;

/** Replaces interaction and webhook tokens in a string with `[redacted]`. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_IN_PATH, '$1[redacted]');
}

/** Shorter secrets are not scrubbed: replacing every occurrence of a few characters would garble lines. */
export const MIN_SECRET_LENGTH = 8;

/**
 * A redactor for log lines that also removes the given secrets (the bot token): each as written and
 * as JSON or a URL would escape it, so `Bot <token>` in an error body a proxy echoed leaves as
 * `Bot [redacted]`, wherever in the line it sits.
 */
export function redactLine(secrets: readonly (string | undefined)[]): (line: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret === undefined || secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret).add(JSON.stringify(secret).slice(1, -1)).add(encodeURIComponent(secret));
  }
  // Longest first: a longer escaped form is never left half-replaced by a shorter one inside it.
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return redactTokens;
  return (line) => ordered.reduce((out, form) => out.split(form).join('[redacted]'), redactTokens(line));
}

/**
 * A copy of any value with tokens redacted from every string in it: errors (pino's standard
 * serializer, causes included), arrays and objects at any depth. Cycles become `[Circular]`;
 * nesting past MAX_DEPTH and entries past MAX_ENTRIES are summarised.
 */
export function redactDeep(value: unknown): unknown {
  return walk(value, 0, new Set());
}

/** pino's standard error serializer, with tokens redacted everywhere in the result. */
export function serializeError(error: unknown): unknown {
  return redactDeep(error);
}

function walk(value: unknown, depth: number, ancestors: Set<object>): unknown {
  if (typeof value === 'string') return redactTokens(value);
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Too deep]';
  const source = toPlain(value);
  if (typeof source !== 'object' || source === null) return walk(source, depth, ancestors);
  ancestors.add(value);
  try {
    if (Array.isArray(source)) {
      const items: unknown[] = source.slice(0, MAX_ENTRIES).map((item) => walk(item, depth + 1, ancestors));
      if (source.length > MAX_ENTRIES) items.push(`[${source.length - MAX_ENTRIES} more]`);
      return items;
    }
    const entries = Object.entries(source);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of entries.slice(0, MAX_ENTRIES)) copy[key] = walk(item, depth + 1, ancestors);
    if (entries.length > MAX_ENTRIES) copy['[more]'] = `${entries.length - MAX_ENTRIES} more fields`;
    return copy;
  } finally {
    ancestors.delete(value);
  }
}

/** What JSON would print for an object: errors through pino's serializer, toJSON() where defined. */
function toPlain(value: object): unknown {
  if (value instanceof Error) return pino.stdSerializers.err(value);
  if ('toJSON' in value && typeof value.toJSON === 'function') return (value.toJSON as () => unknown)();
  return value;
}
