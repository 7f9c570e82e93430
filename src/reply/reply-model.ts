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
  /** Shown before any passage; declined: "The article doesn't cover “…”." (may quote the asker). */
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
