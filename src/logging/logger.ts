import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/parse-config.js';
import { redactLine, serializeError } from './redact-tokens.js';

export type { Logger } from 'pino';

/** How the one logger is built: level, where lines go, and whether a human is watching. */
export interface LoggerOptions {
  readonly level: LogLevel;
  /** NODE_ENV=development; pretty output only then, and only on a TTY. */
  readonly development?: boolean;
  /** 1 = stdout (the bot), 2 = stderr (the console, whose stdout carries answers). */
  readonly fd?: 1 | 2;
  /** Where lines go instead of `fd` (tests). */
  readonly stream?: DestinationStream;
  /** Values scrubbed from every line, wherever they appear (the bot token: DISCORD_TOKEN). */
  readonly secrets?: readonly (string | undefined)[];
}

// Anything that could carry the token; pino replaces these before serialising.
const REDACT_PATHS = [
  'token',
  '*.token',
  'config.token',
  'authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
];

/** Creates the process's pino logger: JSON lines, or pino-pretty when developing at a terminal. */
export function createLogger(options: LoggerOptions): Logger {
  const fd = options.fd ?? 1;
  const tty = fd === 1 ? process.stdout.isTTY : process.stderr.isTTY;
  const base = {
    level: options.level,
    base: { pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError, error: serializeError },
    // The last net: a token can also sit in a field no serializer sees (a Discord error body in a
    // plain object, a child logger's bindings, the message, a proxy's echo of our Authorization
    // header), so every finished line is scanned, for interaction tokens and the configured secrets.
    hooks: { streamWrite: redactLine(options.secrets ?? []) },
  };
  if (options.stream) return pino(base, options.stream);
  if (options.development === true && tty) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { destination: fd } } });
  }
  // Asynchronous writes keep a busy bot off the write syscall; exitAfterFlush drains them before exiting.
  const destination = pino.destination({ dest: fd, sync: false });
  const logger = pino(base, destination);
  destinations.set(logger, destination);
  return logger;
}

// The asynchronous destinations createLogger made, so exiting can let go of a stuck one.
const destinations = new WeakMap<Logger, AsyncDestination>();

/** What exiting needs of pino's asynchronous destination (sonic-boom 4). */
interface AsyncDestination {
  destroy(): void;
  once(event: 'drain' | 'error', listener: () => void): unknown;
}

/**
 * Calls `done` once the destination has written every line it holds. With minLength 0, sonic-boom's
 * flush(cb) calls back at once even while a write is in flight, so a line written just before exit
 * (such as "Client destroyed") could be dropped; a write in flight ends with 'drain' (or 'error').
 * `_writing` and `_len` are sonic-boom's own state, the only way to tell whether one is in flight.
 */
function whenWritten(destination: AsyncDestination, done: () => void): void {
  const state = destination as unknown as { _writing?: boolean; _len?: number };
  if (state._writing !== true && (state._len ?? 0) === 0) {
    done();
    return;
  }
  destination.once('drain', done);
  destination.once('error', done);
}

/** How long exiting waits for log lines to reach a slow or vanished reader. */
export const LOG_FLUSH_TIMEOUT_MS = 1_000;

/**
 * Exits once every log line written so far has reached its stream (the fatal one included), or
 * after LOG_FLUSH_TIMEOUT_MS if it cannot: with the log reader gone, a write fails with EPIPE and
 * pino's own flush at process exit (sonic-boom's flushSync) retries it forever, so the lines still
 * queued are dropped instead.
 */
export function exitAfterFlush(logger: Logger, code: number): void {
  const leave = () => exitDroppingLogs(logger, code);
  const destination = destinations.get(logger);
  if (destination) whenWritten(destination, leave);
  else logger.flush(leave);
  setTimeout(leave, LOG_FLUSH_TIMEOUT_MS).unref();
}

/** Exits now; log lines not yet written are dropped, never retried. */
export function exitDroppingLogs(logger: Logger, code: number): never {
  // A destroyed destination is skipped by pino's exit hook (it would otherwise flushSync forever on EPIPE).
  destinations.get(logger)?.destroy();
  process.exit(code);
}

/** A logger that drops everything, for tests and tools. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
