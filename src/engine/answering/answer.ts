/** A character range of a passage's text that matched the question, for highlighting. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

/** A sentence of a cited passage that answers the question, and where it stands in the passage's text. */
export interface AnsweringSentence {
  /** `p12.s3`, or `g-gpu.s1` for a glossary definition. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A passage quoted in an answer, with its citation. */
export interface CitedPassage {
  readonly id: string;
  readonly text: string;
  /** `article ¶3`, `article § Economy ¶12` or `glossary: GPU`. */
  readonly source: string;
  readonly highlights: readonly Highlight[];
  /** The sentences that answer, in text order (one or two); the rest of the text is context. */
  readonly sentences: readonly AnsweringSentence[];
}

/** The entry an answer points at. */
export interface AnswerEntry {
  readonly id: string;
  readonly question: string;
  /** In the order the content has them (a section's intro before its code), whichever matched best. */
  readonly passages: readonly CitedPassage[];
}

/** A question the knowledge base answers, by its entry id: shown beside an answer, or suggested instead of one. */
export interface RelatedQuestion {
  readonly id: string;
  readonly question: string;
}

/** What the engine says about one question; every adapter renders this. */
export interface Answer {
  readonly question: string;
  readonly answered: boolean;
  /** 0..1; answered answers are at least the engine's threshold. */
  readonly confidence: number;
  readonly best: AnswerEntry | null;
  readonly related: readonly RelatedQuestion[];
  /** Up to 3 questions the knowledge base can answer, when declined. */
  readonly suggestions: readonly RelatedQuestion[];
}
