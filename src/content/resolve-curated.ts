import type { ContentProblem } from './content-error.js';
import type { Passage, QaEntry } from './knowledge-base.js';
import type { CuratedQuestion } from './questions-file.js';

const squash = (text: string): string => text.replace(/\s+/gu, ' ');

/** Points each curated question at the one passage that contains its quote. */
export function resolveCurated(
  questions: readonly CuratedQuestion[],
  passages: readonly Passage[],
): { entries: QaEntry[]; problems: ContentProblem[] } {
  const entries: QaEntry[] = [];
  const problems: ContentProblem[] = [];
  // Squashed once, not once per question: a big glossary times many questions added up.
  const squashed = passages.map((p) => ({ passage: p, text: squash(p.text) }));
  for (const [index, q] of questions.entries()) {
    const quote = squash(q.quote);
    const found = squashed.filter((s) => s.text.includes(quote)).map((s) => s.passage);
    const entry = `questions[${index}] "${q.id}"`;
    if (found.length === 0) {
      problems.push({
        file: 'questions.json',
        entry,
        reason: `quote not found in any document or glossary.md: "${q.quote}"`,
      });
    } else if (found.length > 1) {
      const where = found.map((p) => p.source).join(', ');
      problems.push({
        file: 'questions.json',
        entry,
        reason: `quote is ambiguous, found in ${where}: quote more of the passage`,
      });
    } else {
      const passageIds = found.map((p) => p.id);
      entries.push({ id: q.id, question: q.question, phrasings: q.phrasings, passageIds, origin: 'curated' });
    }
  }
  return { entries, problems };
}
