import type { ResolvedQuery } from '../query/resolve-query.js';
import { byIdf, questionShare } from './question-share.js';

/**
 * The share of a question's information (each word weighted by its inverse document frequency in the
 * content) in words the content uses at all, when the question has a word the content never uses that
 * is neither everyday phrasing nor a figure; 1 when it has none. "does apple make ai chips" on an
 * article about AI chips: "make", "AI" and "chips" are in nearly every paragraph and tell little
 * there, "apple" (never used) carries most of what is asked: the question is about something else,
 * however many of its other words stand together in a passage.
 */
export function knownShare(query: ResolvedQuery): number {
  const stranger = query.units.some((u) => !u.known && !u.numeric && u.commonness !== 'everyday');
  if (!stranger) return 1;
  return questionShare(query.units, byIdf, (unit) => unit.known, 1);
}
