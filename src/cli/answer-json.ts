import type { Answer, Passage, PassageKind } from '../engine/index.js';
import { safeHttpUrl } from '../reply/safe-http-url.js';

/** One cited passage in the CLI's JSON (documented in docs/content.md). */
export interface PassageJson {
  readonly id: string;
  readonly text: string;
  readonly source: string;
  /** The ids of the sentences that answer, e.g. `p12.s3`. */
  readonly sentences: readonly string[];
  /** What the passage is: `paragraph`, `code`, `list`, `table`, `quote`, `admonition` or `glossary`. */
  readonly kind?: PassageKind;
  /** The language of its code block, when it has one that names it (`js`, `sh`, …). */
  readonly language?: string;
  /** Its section on the document's public page, when the document names its `url`. */
  readonly url?: string;
}

/** The CLI's JSON shape for one answer (documented in docs/content.md). */
export interface AnswerJson {
  readonly question: string;
  readonly answered: boolean;
  readonly confidence: number;
  readonly best: null | {
    readonly id: string;
    readonly question: string;
    readonly passages: readonly PassageJson[];
  };
  readonly related: readonly { readonly id: string; readonly question: string }[];
  readonly suggestions: readonly { readonly id: string; readonly question: string }[];
}

/**
 * Projects an Answer onto the documented JSON shape, dropping engine-only fields such as
 * highlights. With `passageOf` (the knowledge base's passages), each passage also says its kind,
 * and its code language and section link when it has them.
 */
export function toAnswerJson(answer: Answer, passageOf?: (id: string) => Passage | undefined): AnswerJson {
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
        ...describePassage(passageOf?.(id)),
      })),
    },
    related: answer.related.map(({ id, question }) => ({ id, question })),
    suggestions: answer.suggestions.map(({ id, question }) => ({ id, question })),
  };
}

function describePassage(passage: Passage | undefined): Pick<PassageJson, 'kind' | 'language' | 'url'> {
  if (passage === undefined) return {};
  const language = passage.blocks?.flatMap((b) => (b.kind === 'code' && b.language ? [b.language] : []))[0];
  return {
    kind: passage.kind,
    ...(language === undefined ? {} : { language }),
    // As the bot links it: an http(s) address or nothing.
    ...(passage.url === undefined || safeHttpUrl(passage.url) === null ? {} : { url: passage.url }),
  };
}
