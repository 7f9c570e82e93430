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

/** The one log line per question: where, how, answered or declined, confidence and time taken. */
export function logQuestion(
  logger: Logger,
  via: QuestionVia,
  place: QuestionPlace,
  answer: Pick<Answer, 'question' | 'answered' | 'confidence'> & { readonly entryId: string | null },
  ms: number,
): void {
  logger.info(
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
