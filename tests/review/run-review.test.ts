import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReview, type ReviewIo } from '../../src/cli/run-review.js';
import { compileFiles } from '../../src/content/compile-content.js';
import type { ActivityQuery } from '../../src/store/records.js';
import {
  GLIMMERWORT_ARTICLE,
  GLIMMERWORT_GLOSSARY,
  GLIMMERWORT_QUESTIONS,
  glimmerwortIndex,
} from '../engine/glimmerwort-fixture.js';
import { activityOf, tally } from './activity-fixture.js';
import { ReviewJsonSchema } from './review-json-schema.js';

const ASKED = [
  'how much do glimmerwort seeds cost',
  'glimmerwort seed price',
  'What is moonpetal?',
  'wats a moonpetal',
  'moonpetals??',
];

function harness(readActivity?: ReviewIo['readActivity']) {
  const out: string[] = [];
  const err: string[] = [];
  const queries: ActivityQuery[] = [];
  const io: ReviewIo = {
    defaultContentDir: () => 'fixture',
    loadKnowledge: () => Promise.resolve(glimmerwortIndex()),
    readActivity:
      readActivity ??
      ((query) => {
        queries.push(query);
        return Promise.resolve(activityOf(ASKED, 7, [tally('leaf-price', 'How much?', 1, 2)], query.days));
      }),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), queries };
}

describe('runReview', () => {
  it('prints the report as text', async () => {
    const h = harness();
    expect(await runReview(['--days', '7', '--guild', '42'], h.io)).toBe(0);
    expect(h.queries).toEqual([{ days: 7, guildId: '42' }]);
    expect(h.out()).toContain('Questions: 12 — answered 7, declined 5');
    expect(h.err()).toBe('');
  });

  it('prints one JSON object with --json', async () => {
    const h = harness();
    expect(await runReview(['--json'], h.io)).toBe(0);
    expect(h.out().trim().split('\n')).toHaveLength(1);
    const json = ReviewJsonSchema.parse(JSON.parse(h.out()));
    expect(json).toMatchObject({
      days: 30,
      questions: 12,
      answered: 7,
      declined: 5,
      feedback: { up: 1, down: 2 },
    });
    expect(json.declined_groups.map((g) => g.count)).toEqual([3, 2]);
  });

  it('exits 2 with the usage for bad arguments, reading nothing', async () => {
    const h = harness(() => Promise.reject(new Error('must not be read')));
    expect(await runReview(['--days', 'ten'], h.io)).toBe(2);
    expect(h.err()).toContain('review: --days must be a whole number');
    expect(h.err()).toContain('Usage: npm run --silent review');
    expect(h.out()).toBe('');
  });

  it('exits 1 with one line when the store cannot be read', async () => {
    const h = harness(() => Promise.reject(new Error('Cannot open data/bot.sqlite:\n  SQLITE_CANTOPEN')));
    expect(await runReview([], h.io)).toBe(1);
    expect(h.err()).toBe(
      'review: cannot read stored activity: Cannot open data/bot.sqlite: SQLITE_CANTOPEN\n',
    );
    expect(h.out()).toBe('');
  });

  it('writes --suggest to a new file that compiles merged into the content', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'review-'));
    const file = join(dir, 'suggested.json');
    const h = harness();
    expect(await runReview(['--suggest', file], h.io)).toBe(0);
    expect(h.err()).toContain('wrote 1 suggested question(s)');
    expect(h.err()).toContain('1 large group(s) come close to no passage');
    const suggested = JSON.parse(await readFile(file, 'utf8')) as { questions: unknown[] };
    const own = JSON.parse(GLIMMERWORT_QUESTIONS) as { questions: unknown[] };
    const kb = compileFiles('fixture', {
      article: GLIMMERWORT_ARTICLE,
      glossary: GLIMMERWORT_GLOSSARY,
      questions: JSON.stringify({ questions: [...own.questions, ...suggested.questions] }),
    });
    expect(kb.entries.filter((e) => e.origin === 'curated')).toHaveLength(3);
  });

  it('refuses to overwrite an existing --suggest file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'review-'));
    const file = join(dir, 'questions.json');
    await writeFile(file, 'keep me');
    const h = harness(() => Promise.reject(new Error('must not be read')));
    expect(await runReview(['--suggest', file], h.io)).toBe(2);
    expect(h.err()).toContain('already exists');
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });

  it('refuses a --suggest path in a missing folder before reading anything (it used to fail after the report)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'review-'));
    const file = join(dir, 'no-such-folder', 'suggested.json');
    const h = harness(() => Promise.reject(new Error('must not be read')));
    expect(await runReview(['--suggest', file], h.io)).toBe(2);
    expect(h.err().split('\n')[0]).toBe(
      `review: --suggest: cannot write ${file}: the folder ${join(dir, 'no-such-folder')} does not exist`,
    );
    expect(h.out()).toBe('');
  });
});
