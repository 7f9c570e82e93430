import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { resolveQuery } from '../query/resolve-query.js';
import { TUNING } from '../tuning.js';

/** One word of a question as the engine reads it, and how much it tells. */
export interface QuestionTerm {
  /**
   * The content's key the word resolves to (a typo, variant or synonym brought home), or the word's
   * own stem when the content never uses it: "TPUs" and "tpu" both read `tpu`.
   */
  readonly key: string;
  /** How much the word tells (its inverse document frequency; an everyday word the content lacks counts little). */
  readonly weight: number;
  /** Everyday synonyms the content uses ("price" for "cost"), each counting as a synonym match does. */
  readonly synonyms: readonly { readonly key: string; readonly weight: number }[];
}

/**
 * A question's analysed form, for telling which questions ask the same thing: the engine's own
 * cleaning, chat shorthand, stopwords and scaffolding, stemming and typo correction against the
 * content's vocabulary, so "wats a tpu" and "what is TPU?" both read [tpu]. Pure; never throws.
 */
export function questionTerms(ikb: IndexedKnowledgeBase, question: string): QuestionTerm[] {
  const text = typeof question === 'string' ? question : '';
  const terms = new Map<string, QuestionTerm>();
  for (const unit of resolveQuery(ikb, text).units) {
    const key = unit.alternatives[0]?.key ?? unit.key;
    // Words the content lacks weigh as the ranking weighs them: everyday ones are more likely phrasing.
    const filler = !unit.known && unit.commonness === 'everyday';
    const weight = filler ? unit.idf * TUNING.ranking.fillerFactor : unit.idf;
    const synonyms = unit.alternatives
      .filter((a) => a.via === 'synonym' && a.key !== key)
      .map((a) => ({ key: a.key, weight: weight * a.weight }));
    // Two words may resolve to one key ("founded" through the thesaurus to "institute"): it counts once.
    const seen = terms.get(key);
    if (!seen || seen.weight < weight) terms.set(key, { key, weight, synonyms });
  }
  return [...terms.values()];
}
