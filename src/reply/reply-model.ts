import type { Block, PassageKind } from '../engine/index.js';

/** A run of passage text, bold when it matched the question. */
export interface TextSegment {
  readonly text: string;
  readonly bold: boolean;
}

/** One quoted passage: the sentences that answer (highlighted and plain runs), the rest of it, and its citation label. */
export interface QuotedPassage {
  readonly segments: readonly TextSegment[];
  /** The passage's text before and after the answering sentences, for context ('' when none). */
  readonly before: string;
  readonly after: string;
  /** `article ¶3`, `article § Economy ¶12` or `glossary: GPU`. */
  readonly source: string;
  /** The passage's section on the document's public page (http or https only), when it has one. */
  readonly url?: string;
  /**
   * The passage as the blocks of its document, when it is more than one plain paragraph:
   * renderers show these instead of the runs above.
   */
  readonly document?: DocumentQuote;
}

/**
 * A document passage to show as what it is (paragraphs, code, lists, tables, quotes, admonitions),
 * in document order. Block text is the operator's trusted Markdown, already parsed; its text values
 * are plain, so each renderer escapes them for its medium.
 */
export interface DocumentQuote {
  readonly kind: PassageKind;
  readonly blocks: readonly Block[];
  /** Indexes into `blocks` of the blocks holding the answering sentences: matched words are marked there, in prose only. */
  readonly answering: readonly number[];
  /** The passage's words that matched the question, lower-cased (see markWords). */
  readonly matched: readonly string[];
  /** What groups passages shown together: the document and section they stand in. */
  readonly group: string;
}

/** A question the reader can ask next (related questions, suggestions, closest glossary terms). */
export interface FollowUp {
  readonly entryId: string;
  readonly question: string;
}

/**
 * What to tell the asker, independent of transport. Text here is raw (unescaped): each renderer
 * escapes for its medium.
 */
export interface ReplyModel {
  readonly kind: 'answered' | 'declined';
  /** The asker's own words (echoed in a declined reply). */
  readonly question: string;
  /** Answered: the matched question (or glossary term). Declined: a fixed heading. */
  readonly title: string;
  readonly passages: readonly QuotedPassage[];
  /** Shown before any passage; declined: "“Title” doesn't cover “…”." (may quote the asker). */
  readonly intro: string | null;
  /** The caution shown with a middling match. */
  readonly note: string | null;
  /** `Source: article ¶3 — <article title>`; null when nothing is quoted. */
  readonly citation: string | null;
  /** Next questions: related ones when answered, suggestions when declined (at most 3). */
  readonly followUps: readonly FollowUp[];
  /** The answered entry, for feedback; null when declined. */
  readonly entryId: string | null;
}
