import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerQuestion, buildIndex, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';
import { absentShare } from '../../src/engine/ranking/absent-share.js';
import { confidenceFrom, readEntry, type Reading } from '../../src/engine/ranking/decide.js';
import { rankEntries } from '../../src/engine/ranking/rank-entries.js';
import { TUNING } from '../../src/engine/tuning.js';
import { readingWith } from './reading-fixture.js';

const PAGE = `# Reminders

The reminder bot posts messages to a channel at a later time.

## Creating a reminder

Call scheduleReminder with the channel, the message text and a delay in minutes. The bot stores the
reminder in its database and posts the message in the channel once the delay has passed.

## Cancelling a reminder

Call cancelReminder with the reminder's id to remove it from the database before it is posted.

## Examples

Scheduling one for tomorrow morning is a common example.
`;
const small = buildIndex(compileFiles('fixture', { documents: [{ file: 'reminders.md', text: PAGE }] }));
const sectionOf = (ikb: IndexedKnowledgeBase, heading: string): number =>
  ikb.entries.findIndex((e) => e.entry.origin === 'heading' && e.entry.question === heading);
const docs = (page: string): Promise<IndexedKnowledgeBase> =>
  loadKnowledge(fileURLToPath(new URL(`../fixtures/docs/${page}/`, import.meta.url)));

/** The top-ranked entry's reading, and its confidence with the given bar for a section's absent share. */
function topReading(ikb: IndexedKnowledgeBase, question: string): Reading {
  const query = resolveQuery(ikb, question);
  const top = rankEntries(ikb, query)[0];
  if (!top) throw new Error(`nothing ranked for ${question}`);
  return readEntry(ikb, query, top);
}
const confidenceWith = (reading: Reading, maxSectionAbsentShare: number): number =>
  confidenceFrom(reading, { ...TUNING.decision, maxSectionAbsentShare }).confidence;

describe('the share of a question the content says but a section does not', () => {
  const question = resolveQuery(small, 'remove the reminder from the database');

  it('counts a word the content says in another section', () => {
    expect(absentShare(small, question, sectionOf(small, 'Creating a reminder'))).toBeGreaterThan(0);
    expect(absentShare(small, question, sectionOf(small, 'Cancelling a reminder'))).toBe(0);
  });

  it('does not count a word the content never uses: that is the asker’s own wording', () => {
    const own = resolveQuery(small, 'purge the reminder from the database');
    expect(own.units.find((u) => u.word === 'purge')?.known).toBe(false);
    expect(absentShare(small, own, sectionOf(small, 'Cancelling a reminder'))).toBe(0);
  });
  it('does not count a word people frame questions with, wherever the content says it', () => {
    const framed = resolveQuery(small, 'example of cancelReminder');
    expect(framed.units.find((u) => u.word === 'example')?.known).toBe(true);
    expect(absentShare(small, framed, sectionOf(small, 'Cancelling a reminder'))).toBe(0);
    const topic = resolveQuery(small, 'tomorrow and cancelReminder');
    expect(absentShare(small, topic, sectionOf(small, 'Cancelling a reminder'))).toBeGreaterThan(0);
  });
});

describe('a document section read like a paragraph (its window reading)', () => {
  it('answers a question worded apart from the section when two of its sentences say it', async () => {
    const ikb = await docs('kysely-docs/migrations');
    const question = 'can i run migrations from several servers at the same time';
    const reading = topReading(ikb, question);
    expect(reading.section).toBe(true);
    expect(reading.absent).toBeLessThanOrEqual(TUNING.decision.maxSectionAbsentShare);
    // Its own coverage alone falls short ("several", "same" are the asker's words); the window answers.
    expect(confidenceWith(reading, -1)).toBeLessThan(TUNING.decision.threshold);
    expect(confidenceWith(reading, TUNING.decision.maxSectionAbsentShare)).toBeGreaterThanOrEqual(
      TUNING.decision.threshold,
    );
    const answer = answerQuestion(ikb, question);
    expect(answer.answered).toBe(true);
    expect(answer.best?.question).toBe('Running migrations');
  });

  it('declines when the question asks words the content says elsewhere, however well the window reads', async () => {
    const ikb = await docs('discordjs-guide/event-handling');
    const question = 'how do i remove an event listener';
    const reading = topReading(ikb, question);
    expect(reading.section).toBe(true);
    expect(reading.absent).toBeGreaterThan(TUNING.decision.maxSectionAbsentShare);
    // Without the bar the window would answer it: the bar is what declines it.
    expect(confidenceWith(reading, 1)).toBeGreaterThanOrEqual(TUNING.decision.threshold);
    expect(answerQuestion(ikb, question).answered).toBe(false);
  });

  it('leaves curated and glossary entries to their own coverage', () => {
    const curated = readingWith({ entry: 0.3, window: 0.9, windowEvidence: 10, curated: true });
    expect(confidenceWith(curated, 1)).toBeCloseTo(0.3);
    expect(confidenceWith({ ...curated, section: true }, 1)).toBeGreaterThanOrEqual(
      TUNING.decision.threshold,
    );
  });
});
