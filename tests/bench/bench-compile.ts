// Compile times of generated content folders (issue 10): articles of 100 to 800 paragraphs, one just
// under the 2 MiB cap, and a 10,000-term glossary; and the time to index the compiled result, which
// stays on the bot's thread. Printed by `npm run bench`; never asserted.
import { compileFiles } from '../../src/content/compile-content.js';
import { buildIndex } from '../../src/engine/index.js';
import { syntheticContent } from './synthetic-content.js';

/** One generated folder's size and timings. */
export interface CompileFigure {
  readonly paragraphs: number;
  readonly terms: number;
  readonly kb: number;
  readonly compile_ms: number;
  readonly index_ms: number;
}

const CASES: readonly { paragraphs: number; terms: number }[] = [
  { paragraphs: 100, terms: 20 },
  { paragraphs: 200, terms: 20 },
  { paragraphs: 400, terms: 20 },
  { paragraphs: 500, terms: 20 },
  { paragraphs: 800, terms: 20 },
  { paragraphs: 4_400, terms: 20 },
  { paragraphs: 100, terms: 10_000 },
];

/** Compiles and indexes each generated folder once (after one warm-up compile). */
export function benchCompile(): CompileFigure[] {
  compileFiles('warm-up', syntheticContent(50, 20));
  return CASES.map(({ paragraphs, terms }) => {
    const content = syntheticContent(paragraphs, terms);
    const start = performance.now();
    const kb = compileFiles('synthetic', content);
    const compiled = performance.now();
    buildIndex(kb);
    const indexed = performance.now();
    return {
      paragraphs,
      terms,
      kb: Math.round((content.article.length + content.glossary.length) / 1000),
      compile_ms: Math.round(compiled - start),
      index_ms: Math.round(indexed - compiled),
    };
  });
}
