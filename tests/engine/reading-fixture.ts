import type { Reading } from '../../src/engine/ranking/decide.js';

/**
 * What the decision reads of an entry (decide.ts), with nothing but its own coverage to go by unless
 * `overrides` say otherwise: no window reading, no word strange, guessed or missed, the whole question
 * known. One place to give a new field its neutral value, for every test that builds a reading.
 */
export const readingWith = (overrides: Partial<Reading>): Reading => ({
  entry: 0,
  window: 0,
  windowEvidence: 0,
  bare: false,
  section: false,
  absent: 0,
  strangeWord: false,
  guessed: 0,
  known: 1,
  telling: true,
  kindFound: true,
  curated: false,
  missedName: 0,
  otherwise: false,
  unknownOrdinary: 0,
  ...overrides,
});
