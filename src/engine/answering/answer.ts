/** A character range of a passage's text that matched the question, for highlighting. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

/** A passage quoted in an answer, with its citation. */
export interface CitedPassage {
  readonly id: string;
  readonly text: string;
  /** `article ¶3` or `glossary: GPU`. */
  readonly source: string;
  readonly highlights: readonly Highlight[];
}

/** The entry an answer points at. */
export interface AnswerEntry {
  readonly id: string;
  readonly question: string;
  readonly passages: readonly CitedPassage[];
}

/** A next-ranked, distinct question shown beside an answer. */
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
  readonly suggestions: readonly string[];
}
