// How many paragraphs contain a word, for every word at once: one walk over each paragraph instead
// of searching every other paragraph for every word (which made compiling quadratic, issue 10).

/** A trie node over the words being counted; `word` is set where one ends. */
interface TrieNode {
  readonly children: Map<string, TrieNode>;
  word?: string;
}

const LOWER_RUN = /\p{Ll}+/gu;

/**
 * For each paragraph, the set of `words` that occur in it as substrings of its lower-cased text —
 * exactly `paragraph.toLowerCase().includes(word)` for every word. The words are lower-case letters
 * (`\p{Ll}`), so any occurrence lies inside one run of lower-case letters; each run is walked from
 * each of its positions along the trie of words, as far as some word continues.
 */
export function wordsInParagraphs(paragraphs: readonly string[], words: Iterable<string>): Set<string>[] {
  const root: TrieNode = { children: new Map() };
  for (const word of words) {
    let node = root;
    for (const unit of word) {
      let next = node.children.get(unit);
      if (!next) node.children.set(unit, (next = { children: new Map() }));
      node = next;
    }
    node.word = word;
  }
  return paragraphs.map((text) => {
    const found = new Set<string>();
    for (const [run] of text.toLowerCase().matchAll(LOWER_RUN)) {
      const units = [...run];
      for (let start = 0; start < units.length; start++) {
        let node: TrieNode | undefined = root;
        for (let i = start; i < units.length && node; i++) {
          node = node.children.get(units[i] ?? '');
          if (node?.word !== undefined) found.add(node.word);
        }
      }
    }
    return found;
  });
}

/** How many of the sets hold each word. */
export function countParagraphsWith(sets: readonly ReadonlySet<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const set of sets) for (const word of set) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
