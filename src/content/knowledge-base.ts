/** One sentence of a passage (a list item or table row counts as one), with a stable id such as `p2.s3`. */
export interface Sentence {
  readonly id: string;
  /** Plain text, as the engine reads it. */
  readonly text: string;
  /** The index in its passage's `blocks` of the block this sentence stands in (absent: the passage has no blocks). */
  readonly block?: number;
}

/**
 * Inline content of a document block, parsed from the operator's trusted Markdown. Text values are
 * plain (unescaped); each renderer escapes them for its medium. Links are absolute http(s) URLs only:
 * the compiler resolves relative links against the document's `url` or keeps only their text.
 */
export type Inline =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'code'; readonly value: string }
  | { readonly type: 'strong' | 'emphasis' | 'delete'; readonly children: readonly Inline[] }
  | { readonly type: 'link'; readonly url: string; readonly children: readonly Inline[] }
  | { readonly type: 'break' };

/** One item of a list block; `depth` 0 for a top-level item, 1 for an item nested in it, … */
export interface ListItem {
  readonly depth: number;
  readonly ordered: boolean;
  readonly checked?: boolean;
  readonly inline: readonly Inline[];
}

/** The kinds an admonition (`::: tip`, `:::note`, `> [!WARNING]`) can have. */
export type AdmonitionKind = 'note' | 'tip' | 'info' | 'important' | 'warning' | 'caution' | 'danger';

/** A block of a document, in document order: what a passage is made of. */
export type Block =
  | { readonly kind: 'paragraph'; readonly inline: readonly Inline[] }
  | { readonly kind: 'code'; readonly code: string; readonly language?: string; readonly title?: string }
  | { readonly kind: 'list'; readonly items: readonly ListItem[] }
  | {
      readonly kind: 'table';
      readonly header: readonly (readonly Inline[])[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
    }
  | { readonly kind: 'quote'; readonly blocks: readonly Block[] }
  | {
      readonly kind: 'admonition';
      readonly admonition: AdmonitionKind;
      readonly title?: string;
      readonly blocks: readonly Block[];
    };

/** What a passage mainly is: its leading block's kind (a code block with the sentence introducing it is `code`), or a glossary entry. */
export type PassageKind = 'paragraph' | 'code' | 'list' | 'table' | 'quote' | 'admonition' | 'glossary';

/** A document of the content folder: `article.md`, `guide/faq.md`, … */
export interface DocumentInfo {
  /** Stable, derived from the file path (`article`, `guide-faq`). */
  readonly id: string;
  /** The path relative to the content folder, e.g. `guide/faq.md`. */
  readonly file: string;
  /** Front matter `title:`, else the `# Title`, else the file name. */
  readonly title: string;
  /** Front matter `url:`: the document's public page, when it has one. */
  readonly url?: string;
  /** True when a `.mdx` file is not valid MDX and was read as Markdown (with HTML) instead. */
  readonly readAsMarkdown?: true;
}

/** A citable unit of content: an article paragraph (`p3`), a document block (`faq-p12`) or a glossary entry (`g-gpu`). */
export interface Passage {
  readonly id: string;
  readonly kind: PassageKind;
  /** The plain text the engine reads (code included, verbatim; Markdown syntax removed). */
  readonly text: string;
  /** Human citation: `article ¶3`, `article § Economy ¶12`, `FAQ § How do I ban a user?` or `glossary: GPU`. */
  readonly source: string;
  /** The heading a document passage stands under, if any (its words are context when ranking). */
  readonly section?: string;
  /** What the passage's links point at, as words (`HandleEmptyInListsPlugin`): context when ranking, never shown. */
  readonly linkWords?: string;
  readonly sentences: readonly Sentence[];
  /** The passage's blocks, for rendering (absent for glossary entries: their `text` is the definition). */
  readonly blocks?: readonly Block[];
  /** The document it belongs to (`DocumentInfo.id`); absent for glossary entries. */
  readonly documentId?: string;
  /** A link to the passage's section on the document's public page (`url#slug`), when the document names its `url`. */
  readonly url?: string;
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

/** Where a Q&A entry came from: the glossary, a document's section heading, derived from the text, or questions.json. */
export type EntryOrigin = 'glossary' | 'heading' | 'derived' | 'curated';

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
  /** The first document's title (the only one's, in a one-document folder). */
  readonly title: string;
  /** Every document read, in a stable order (by path). */
  readonly documents: readonly DocumentInfo[];
  readonly passages: readonly Passage[];
  readonly glossary: readonly GlossaryEntry[];
  readonly entries: readonly QaEntry[];
  /** Names the content declares equal: glossary expansions and acronyms the text spells out. */
  readonly equivalences: readonly Equivalence[];
}
