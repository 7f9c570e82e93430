/** One sentence of an article paragraph, with a stable id such as `p2.s3`. */
export interface Sentence {
  readonly id: string;
  readonly text: string;
}

/** A citable unit of content: an article paragraph (`p3`) or a glossary entry (`g-gpu`). */
export interface Passage {
  readonly id: string;
  readonly kind: 'paragraph' | 'glossary';
  /** The text shown to the user, verbatim from the content file. */
  readonly text: string;
  /** Human citation: `article ¶3`, `article § Economy ¶12` or `glossary: GPU`. */
  readonly source: string;
  /** The heading an article paragraph stands under, if any (its words are context when ranking). */
  readonly section?: string;
  readonly sentences: readonly Sentence[];
}

/** A glossary term with every name it answers to (aliases and expansions included). */
export interface GlossaryEntry {
  readonly id: string;
  /** The term as written before the colon, e.g. `GPU (Graphics Processing Unit)`. */
  readonly term: string;
  /** Each alias and expansion, e.g. `["GPU", "Graphics Processing Unit"]`. */
  readonly names: readonly string[];
  readonly definition: string;
  readonly passageId: string;
}

/** Where a Q&A entry came from. */
export type EntryOrigin = 'glossary' | 'derived' | 'curated';

/** One question the knowledge base answers, with other ways to ask it and the passages that answer it. */
export interface QaEntry {
  readonly id: string;
  readonly question: string;
  readonly phrasings: readonly string[];
  readonly passageIds: readonly string[];
  readonly origin: EntryOrigin;
}

/** Names that mean the same thing, e.g. ["GPU", "Graphics Processing Unit"]. */
export type Equivalence = readonly string[];

/** The compiled, validated content folder. */
export interface KnowledgeBase {
  readonly title: string;
  readonly passages: readonly Passage[];
  readonly glossary: readonly GlossaryEntry[];
  readonly entries: readonly QaEntry[];
  /** Names the content declares equal: glossary expansions and acronyms the text spells out. */
  readonly equivalences: readonly Equivalence[];
}
