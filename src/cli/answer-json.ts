import type { Answer } from '../engine/index.js';

/** The CLI's JSON shape for one answer (documented in the README). */
export interface AnswerJson {
  readonly question: string;
  readonly answered: boolean;
  readonly confidence: number;
  readonly best: null | {
    readonly id: string;
    readonly question: string;
    readonly passages: readonly {
      readonly id: string;
      readonly text: string;
      readonly source: string;
      /** The ids of the sentences that answer, e.g. `p12.s3`. */
      readonly sentences: readonly string[];
    }[];
  };
  readonly related: readonly { readonly id: string; readonly question: string }[];
  readonly suggestions: readonly { readonly id: string; readonly question: string }[];
}

/** Projects an Answer onto the documented JSON shape, dropping engine-only fields such as highlights. */
export function toAnswerJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    answered: answer.answered,
    confidence: Math.round(answer.confidence * 1000) / 1000,
    best: answer.best && {
      id: answer.best.id,
      question: answer.best.question,
      passages: answer.best.passages.map(({ id, text, source, sentences }) => ({
        id,
        text,
        source,
        sentences: sentences.map((s) => s.id),
      })),
    },
    related: answer.related.map(({ id, question }) => ({ id, question })),
    suggestions: answer.suggestions.map(({ id, question }) => ({ id, question })),
  };
}
