import type { Answer } from '../engine/index.js';
import type { Logger } from '../logging/logger.js';
import { shortenText } from '../reply/shorten-text.js';
import type { QuestionVia } from '../store/records.js';

/** Where a question was asked. */
export interface QuestionPlace {
  readonly guildId: string | null;
  readonly channelId: string | null;
  readonly userId: string;
}

// pino's key-based redaction (its wildcard paths) costs about 4 µs a line, three quarters of this
// line's cost at thousands of answers a second. This line's keys are fixed and none holds a secret;
// the token scan of every finished line (the logger's streamWrite hook) still runs on it.
const questionLoggers = new WeakMap<Logger, Logger>();

/**
 * The line's own child logger. It is given no level of its own, so it keeps following the parent's
 * (a runtime `logger.level` change reaches it), which the early return in logQuestion relies on.
 */
function questionLoggerOf(logger: Logger): Logger {
  let child = questionLoggers.get(logger);
  if (child === undefined) {
    child = logger.child({}, { redact: { paths: [] } });
    questionLoggers.set(logger, child);
  }
  return child;
}

/** The one log line per question: where, how, answered or declined, confidence and time taken. */
export function logQuestion(
  logger: Logger,
  via: QuestionVia,
  place: QuestionPlace,
  answer: Pick<Answer, 'question' | 'answered' | 'confidence'> & { readonly entryId: string | null },
  ms: number,
): void {
  const questionLogger = questionLoggerOf(logger);
  // At LOG_LEVEL=warn or above, not even the line's fields are built.
  if (!questionLogger.isLevelEnabled('info')) return;
  questionLogger.info(
    {
      event: 'question',
      via,
      where: place.guildId === null ? 'dm' : 'guild',
      guildId: place.guildId,
      channelId: place.channelId,
      userId: place.userId,
      question: shortenText(answer.question, 200),
      outcome: answer.answered ? 'answered' : 'declined',
      entryId: answer.entryId,
      confidence: Math.round(answer.confidence * 1000) / 1000,
      ms: Math.round(ms * 10) / 10,
    },
    'question',
  );
}
