import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { parseQuestionsFile } from '../../src/content/questions-file.js';
import { answerQuestion, buildIndex } from '../../src/engine/index.js';
import { buildReview } from '../../src/review/build-review.js';
import { quoteOf, suggestPhrasings } from '../../src/review/suggest-phrasings.js';
import {
  GLIMMERWORT_ARTICLE,
  GLIMMERWORT_GLOSSARY,
  GLIMMERWORT_QUESTIONS,
  glimmerwortIndex,
} from '../engine/glimmerwort-fixture.js';
import { activityOf } from './activity-fixture.js';

const SEEDS = ['how much do glimmerwort seeds cost', 'glimmerwort seed price', 'glimmerwort seeds for sale'];
const asked = [...SEEDS, 'how much do glimmerwort seeds cost', 'What is moonpetal?', 'wats a moonpetal'];

/** questions.json with the suggestions appended, as an admin would merge them. */
function merged(original: string, suggested: string): string {
  const own = JSON.parse(original) as { questions: unknown[] };
  const extra = JSON.parse(suggested) as { questions: unknown[] };
  return JSON.stringify({ questions: [...own.questions, ...extra.questions] }, null, 2);
}

describe('suggestPhrasings', () => {
  const ikb = glimmerwortIndex();
  const review = buildReview(activityOf(asked, 0), ikb, { days: 14 });
  const suggestions = suggestPhrasings(review.declinedGroups, ikb);
  const text = JSON.stringify(suggestions.file, null, 2);

  it('writes the groups that come close to a passage, in questions.json’s format', () => {
    const parsed = parseQuestionsFile(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.questions).toHaveLength(1);
    expect(parsed.questions[0]).toMatchObject({
      question: 'how much do glimmerwort seeds cost',
      phrasings: ['glimmerwort seed price', 'glimmerwort seeds for sale'],
    });
    expect(suggestions.uncovered.map((g) => g.examples[0])).toEqual(['What is moonpetal?']);
  });

  it('compiles merged into the folder’s own questions.json, pointing at the closest passage', () => {
    const kb = compileFiles('fixture', {
      article: GLIMMERWORT_ARTICLE,
      glossary: GLIMMERWORT_GLOSSARY,
      questions: merged(GLIMMERWORT_QUESTIONS, text),
    });
    const id = suggestions.file.questions[0]?.id;
    expect(kb.entries.find((e) => e.id === id)?.passageIds).toEqual(['p2']);
    // Merged, the bot answers the group's wordings from that passage.
    const answer = answerQuestion(buildIndex(kb), 'glimmerwort seeds for sale');
    expect(answer.best?.passages[0]?.id).toBe('p2');
  });

  it('compiles merged into the shipped content folder too', async () => {
    const files = {
      article: await readFile('content/article.md', 'utf8'),
      glossary: await readFile('content/glossary.md', 'utf8'),
      questions: await readFile('content/questions.json', 'utf8'),
    };
    const article = buildIndex(compileFiles('content', files));
    const priced = ['how much does trainium cost per hour', 'trainium price per hour', 'what is TPU?'];
    const shipped = suggestPhrasings(
      buildReview(activityOf(priced, 0), article, { days: 1 }).declinedGroups,
      article,
    );
    expect(shipped.file.questions.length).toBeGreaterThan(0);
    const kb = compileFiles('content', {
      ...files,
      questions: merged(files.questions, JSON.stringify(shipped.file)),
    });
    expect(kb.entries.filter((e) => e.origin === 'curated').length).toBe(
      (JSON.parse(files.questions) as { questions: unknown[] }).questions.length +
        shipped.file.questions.length,
    );
  });

  it('gives ids no entry has, in kebab-case within 40 characters', () => {
    const long = 'how much do glimmerwort seeds cost when bought in bulk from the valley cooperative';
    const again = suggestPhrasings(
      buildReview(activityOf([long, long, 'leaf price'], 0), ikb, { days: 1 }).declinedGroups,
      {
        ...ikb,
        kb: { ...ikb.kb, entries: [...ikb.kb.entries, { ...ikb.kb.entries[0]!, id: 'leaf-price-2' }] },
      },
    );
    for (const q of again.file.questions) {
      expect(q.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(q.id.length).toBeLessThanOrEqual(40);
      expect(ikb.kb.entries.some((e) => e.id === q.id)).toBe(false);
    }
  });
});

describe('quoteOf', () => {
  const { kb } = glimmerwortIndex();

  it('quotes the first sentence when no other passage has it', () => {
    const p2 = kb.passages.find((p) => p.id === 'p2')!;
    expect(quoteOf(p2, kb.passages)).toBe(
      'Harvesting glimmerwort is expensive because pickers must climb ropes to reach the cliffs.',
    );
  });

  it('quotes more when the first sentence is also in another passage', () => {
    const twin = { ...kb.passages[0]!, id: 'p9', text: kb.passages[0]!.sentences[0]!.text };
    const quote = quoteOf(kb.passages[0]!, [...kb.passages, twin]);
    expect(quote?.length).toBeGreaterThan(twin.text.length);
    expect(quoteOf(twin, [...kb.passages, twin])).toBeUndefined();
  });
});
