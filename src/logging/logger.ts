import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config/parse-config.js';
import { serializeError } from './redact-tokens.js';

export type { Logger } from 'pino';

/** How the one logger is built: level, where lines go, and whether a human is watching. */
export interface LoggerOptions {
  readonly level: LogLevel;
  /** NODE_ENV=development; pretty output only then, and only on a TTY. */
  readonly development?: boolean;
  /** 1 = stdout (the bot), 2 = stderr (the console, whose stdout carries answers). */
  readonly fd?: 1 | 2;
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
  };
  if (options.development === true && tty) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { destination: fd } } });
  }
  // Asynchronous writes keep a busy bot off the write syscall; exitAfterFlush drains them before exiting.
  return pino(base, pino.destination({ dest: fd, sync: false }));
}

/** Exits once every log line written so far has reached its stream (the fatal one included). */
export function exitAfterFlush(logger: Logger, code: number): void {
  logger.flush(() => process.exit(code));
  // Should the flush never call back, do not hang.
  setTimeout(() => process.exit(code), 1_000).unref();
}

/** A logger that drops everything, for tests and tools. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
