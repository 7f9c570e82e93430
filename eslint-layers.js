// @ts-check
// The folder picture, top down: a folder may import only the folders in the layers below its own
// (not its own layer's other folders, not a layer above). eslint.config.js enforces it with
// import-x/no-restricted-paths zones; tests/development/folder-layers.test.ts checks that every
// folder of src/ is listed here. A file of its own, so that test need not load ESLint's plugins.
export const LAYERS = [
  ['app', 'cli'], // entry points and wiring: serving state, signals
  ['gateway', 'http', 'console'], // the transports, and the offline console
  ['bot'], // transport-neutral: commands, buttons, the question flow, interactions, rendering
  ['knowledge', 'review', 'metrics'], // the loaded content, the review report, the counters
  ['reply'], // the reply model built from an Answer
  ['engine'], // pure: (knowledge base, question) → Answer
  ['content', 'store'], // the compiler; storage of questions and votes
  ['logging'],
  ['config'],
];
