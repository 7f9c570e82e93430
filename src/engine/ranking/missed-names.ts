import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { sentencesIn } from '../indexing/postings.js';
import { zipfOf } from '../lexicon/word-rarity.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { TUNING } from '../tuning.js';
import { byIdf, questionShare } from './question-share.js';

/**
 * The share of the question's information (content idf) in names the content uses — words all but
 * unseen in everyday English ("Nvidia", "TSMC") — that the entry says nowhere, neither in its own
 * phrasings nor in its passages (a synonym or thesaurus guess does not say a name). "does nvidia make
 * cpus" met by the Graviton entry through "CPUs": Nvidia is named elsewhere in the article, not there.
 */
export function missedNameShare(ikb: IndexedKnowledgeBase, query: ResolvedQuery, entryIndex: number): number {
  const indexed = ikb.entries[entryIndex];
  if (!indexed) return 0;
  return questionShare(query.units, byIdf, (unit) => {
    if (!unit.known || unit.numeric || zipfOf(unit.word) >= TUNING.decision.unseenWordZipf) return false;
    const said = unit.alternatives.some(
      (a) =>
        a.via !== 'synonym' &&
        a.via !== 'thesaurus' &&
        (indexed.questionKeys.has(a.key) ||
          indexed.passageIndexes.some((p) => sentencesIn(ikb.passagePostings.get(a.key), p) !== 0)),
    );
    return !said;
  });
}
