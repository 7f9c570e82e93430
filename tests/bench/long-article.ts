// A long article dropped in as people do (title and paragraphs, no glossary, no curated phrasings),
// with questions in their own words: for `npm run bench`'s long_article figures.
import { compileFiles } from '../../src/content/compile-content.js';
import type { KnowledgeBase } from '../../src/content/knowledge-base.js';
import { seededRandom } from './synthetic-kb.js';
import { syntheticContent } from './synthetic-content.js';

/** A compiled article of `paragraphs` paragraphs, from the same generator as the compile benchmark. */
export function longArticle(paragraphs: number): KnowledgeBase {
  const { article } = syntheticContent(paragraphs, 0);
  return compileFiles('long-article', { article });
}

const OPENERS = ['what', 'who', 'when', 'how many', 'why', 'where', 'tell me about', ''];
const OFF_TOPIC = [
  'what is the capital of australia',
  'who won the world cup in 2018',
  'how do i reset my password',
  'best pizza recipe',
  'is it going to rain tomorrow',
];

/** Questions built from words of random sentences (some scrambled, some off-topic), deterministic for a seed. */
export function longArticleQuestions(kb: KnowledgeBase, count: number, seed = 3): string[] {
  const random = seededRandom(seed);
  const sentences = kb.passages.flatMap((p) => p.sentences.map((s) => s.text));
  return Array.from({ length: count }, (_, i) => {
    if (i % 10 === 9) return OFF_TOPIC[i % OFF_TOPIC.length] ?? '';
    const words = (sentences[Math.floor(random() * sentences.length)] ?? '').split(/\s+/u);
    const start = Math.floor(random() * Math.max(1, words.length - 6));
    const picked = words.slice(start, start + 3 + Math.floor(random() * 4));
    if (random() < 0.3) picked.reverse();
    return `${OPENERS[Math.floor(random() * OPENERS.length)] ?? ''} ${picked.join(' ')}?`.trim();
  });
}
