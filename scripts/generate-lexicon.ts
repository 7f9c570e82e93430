// `npm run lexicon`: writes the engine's generated word data (thesaurus, word frequencies) into
// src/engine/lexicon/ from the WordNet and SUBTLEX-US packages. Run it after changing scripts/lexicon/;
// `npm test` fails while a committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { generateLexiconFiles } from './lexicon/lexicon-files.js';

const root = new URL('../', import.meta.url);
for (const { path, text, summary } of generateLexiconFiles()) {
  writeFileSync(fileURLToPath(new URL(path, root)), text);
  console.log(`${path}: ${Buffer.byteLength(text)} bytes; ${summary}`);
}
