/** A pino logger that writes JSON lines into memory, so tests can read what the bot logged. */
import { pino, type Logger } from 'pino';
import { z } from 'zod';

const LogRecordSchema = z.looseObject({ level: z.number(), msg: z.string().optional() });
/** One parsed log line: pino's level number, message and the structured fields. */
export type LogRecord = z.infer<typeof LogRecordSchema> & Record<string, unknown>;

/** pino's level numbers. */
export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;

export class LogCapture {
  readonly #lines: string[] = [];
  readonly #waiters = new Set<(record: LogRecord) => void>();
  /** Debug and up: everything the bot says. */
  readonly logger: Logger = pino({ level: 'debug' }, { write: (line: string) => this.#write(line) });

  #write(line: string): void {
    this.#lines.push(line);
    for (const record of parseLogLines(line)) for (const waiter of [...this.#waiters]) waiter(record);
  }

  /** The first record with these fields, already logged or future (rejects after `timeoutMs`). */
  waitFor(fields: Record<string, unknown>, timeoutMs = 20_000): Promise<LogRecord> {
    const found = this.find(fields)[0];
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = (record: LogRecord): void => {
        if (!hasFields(record, fields)) return;
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        resolve(record);
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`no log line with ${JSON.stringify(fields)} in ${timeoutMs} ms:\n${this.text()}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  /** Every line as written. */
  text(): string {
    return this.#lines.join('');
  }

  records(): LogRecord[] {
    return parseLogLines(this.text());
  }

  /** Records with these fields (e.g. `{ event: 'question' }`). */
  find(fields: Record<string, unknown>): LogRecord[] {
    return this.records().filter((r) => hasFields(r, fields));
  }
}

function hasFields(record: LogRecord, fields: Record<string, unknown>): boolean {
  return Object.entries(fields).every(([k, v]) => record[k] === v);
}

/** Parses JSON log lines (a child's stdout); lines that are not JSON objects are skipped. */
export function parseLogLines(text: string): LogRecord[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line): LogRecord[] => {
      const parsed = LogRecordSchema.safeParse(JSON.parse(line));
      return parsed.success ? [parsed.data] : [];
    });
}
