// What a driver's error says about the store, for the log and for deciding what to retry.

/** The driver's code: an SQLite result code (`SQLITE_FULL`) or a PostgreSQL SQLSTATE (`22021`). */
export function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** One line: the driver's message and its code (`database or disk is full (SQLITE_FULL)`). */
export function describeStoreError(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  const code = codeOf(error);
  if (code === undefined || message.includes(code)) return message || 'unknown error';
  return `${message || 'unknown error'} (${code})`;
}

// SQLite codes that one row's values cause (a constraint, a type, a size), not the database's state.
const SQLITE_ROW_CODES = /^SQLITE_(?:CONSTRAINT|MISMATCH|TOOBIG|RANGE)/u;
// PostgreSQL classes: 22 data exception (a character the encoding cannot hold), 23 integrity
// constraint violation, 54 program limit exceeded (a value too large to index).
const POSTGRES_ROW_CLASSES = /^(?:22|23|54)[0-9A-Z]{3}$/u;

/**
 * Whether the error is about the values of a row rather than the database: then the batch is written
 * again row by row, so one bad row is dropped alone. Anything else (the server gone, a lock, a full
 * disk) would fail every row the same way, and is an outage.
 */
export function isRowError(error: unknown): boolean {
  const code = codeOf(error);
  return code !== undefined && (SQLITE_ROW_CODES.test(code) || POSTGRES_ROW_CLASSES.test(code));
}
