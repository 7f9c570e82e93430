// Every generated lexicon file, made in memory: the lexicon script writes them, the staleness test
// compares them with the committed ones.
import type { GeneratedFile } from './generated-file.js';
import { readSubtlex } from './subtlex.js';
import { generateThesaurus } from './thesaurus.js';
import { generateWordFrequencies } from './word-frequencies.js';

/** The generated lexicon files as they should be committed. */
export function generateLexiconFiles(): readonly GeneratedFile[] {
  const subtlex = readSubtlex();
  return [generateThesaurus(subtlex), generateWordFrequencies(subtlex)];
}
