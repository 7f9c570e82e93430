import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { ContentError, type ContentProblem } from '../../src/content/content-error.js';
import type { ContentFiles } from '../../src/content/read-content-files.js';

// vitest types asymmetric matchers as `any`; these give them a safe type inside object matchers.
const containing = (text: string): unknown => expect.stringContaining(text);
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

const ARTICLE = `# Harbour seals

Harbour seals rest on sandbanks at low tide. A pup can swim within an hour of birth.

Seals dive for fish and can stay under water for up to half an hour.
`;
const GLOSSARY = `- Pup: A young seal.
- Haul-out: A place, often on sandbanks at low tide, where seals leave the water to rest.
`;

interface Curated {
  id?: unknown;
  question?: unknown;
  phrasings?: unknown;
  quote?: unknown;
  [extra: string]: unknown;
}

const good = (id: string, quote: string): Curated => ({ id, question: `Question about ${id}?`, quote });
const questionsJson = (questions: readonly Curated[]): string => JSON.stringify({ questions });

/** The problems a content folder is refused with; fails the test if it compiles. */
function problemsOf(files: ContentFiles): readonly ContentProblem[] {
  try {
    compileFiles('fixture', files);
  } catch (error) {
    if (error instanceof ContentError) {
      // The message is what people read: it must carry every problem's file and entry.
      for (const p of error.problems) expect(error.message).toContain(`${p.file}: ${p.entry}`);
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected the content to be refused with a ContentError');
}

const withQuestions = (json: string): ContentFiles => ({
  article: ARTICLE,
  glossary: GLOSSARY,
  questions: json,
});

describe('curated questions.json', () => {
  it('points a curated question at the one passage holding its quote, whitespace-insensitively', () => {
    const kb = compileFiles(
      'fixture',
      withQuestions(
        questionsJson([
          { ...good('dive-time', 'stay under   water\nfor up to half an hour'), phrasings: ['how long'] },
        ]),
      ),
    );
    expect(kb.entries[0]).toEqual({
      id: 'dive-time',
      question: 'Question about dive-time?',
      phrasings: ['how long'],
      passageIds: ['p2'],
      origin: 'curated',
    });
  });

  it('can quote a glossary definition', () => {
    const kb = compileFiles('fixture', withQuestions(questionsJson([good('pup', 'A young seal')])));
    expect(kb.entries.find((e) => e.id === 'pup')?.passageIds).toEqual(['g-pup']);
  });

  it('reports a quote found nowhere, naming the entry', () => {
    const problems = problemsOf(withQuestions(questionsJson([good('walrus', 'walruses have long tusks')])));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'questions.json',
        entry: containing('"walrus"'),
        reason: matching(/not found/i),
      }),
    ]);
  });

  it('reports a quote found in several passages, naming where', () => {
    const problems = problemsOf(
      withQuestions(
        questionsJson([good('dive', 'Seals dive for fish'), good('vague', 'on sandbanks at low tide')]),
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'questions.json', entry: containing('"vague"') });
    expect(problems[0]?.reason).toMatch(/ambiguous/i);
  });

  it('reports an id that is not kebab-case, naming the entry and the field', () => {
    const problems = problemsOf(withQuestions(questionsJson([good('Dive_Time', 'Seals dive for fish')])));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'questions.json',
        entry: matching(/questions\[0\].*Dive_Time.*\bid\b/),
      }),
    ]);
  });

  it('reports a duplicate id', () => {
    const problems = problemsOf(
      withQuestions(
        questionsJson([
          good('dive', 'Seals dive for fish'),
          { ...good('dive', 'A pup can swim'), question: 'Other?' },
        ]),
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'questions.json',
        entry: containing('"dive"'),
        reason: matching(/duplicate/i),
      }),
    ]);
  });

  it('reports a curated id that a generated question already uses', () => {
    const problems = problemsOf(
      withQuestions(questionsJson([{ ...good('def-pup', 'Seals dive for fish') }])),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'questions.json', entry: containing('def-pup') }),
    ]);
  });

  it('reports invalid JSON as a problem of the file, not a crash', () => {
    const problems = problemsOf(withQuestions('{ "questions": [ { "id": "a", '));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'questions.json', entry: 'file', reason: matching(/invalid JSON/i) }),
    ]);
  });

  it('rejects unknown fields, in an entry and at the top level', () => {
    const json = JSON.stringify({
      questions: [{ ...good('dive', 'Seals dive for fish'), answer: 'Fish.' }],
      version: 2,
    });
    const problems = problemsOf(withQuestions(json));
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'questions.json',
        entry: containing('"dive"'),
        reason: containing('answer'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'questions.json', entry: 'file', reason: containing('version') }),
    );
  });

  it('reports each invalid entry, by index when it has no usable id', () => {
    const problems = problemsOf(
      withQuestions(
        questionsJson([
          good('ok', 'Seals dive for fish'),
          { question: 'No id?', quote: 'A pup can swim' },
          { id: 'short', question: 'Q?', quote: 'x' },
        ]),
      ),
    );
    const entries = problems.map((p) => p.entry);
    expect(problems.every((p) => p.file === 'questions.json')).toBe(true);
    expect(entries).toContainEqual(expect.stringMatching(/^questions\[1\]/));
    expect(entries).toContainEqual(expect.stringMatching(/^questions\[2\] "short"/));
    expect(entries.some((e) => e.startsWith('questions[0]'))).toBe(false);
  });
});

describe('reporting every problem at once', () => {
  it('lists problems of all three files in one ContentError', () => {
    const problems = problemsOf({
      article: '---\nurl: not a url\n---\nHarbour seals rest on sandbanks.\n',
      glossary: '- Pup: A young seal.\n- Haul-out:\n',
      questions: questionsJson([
        good('rest', 'rest on sandbanks'),
        { ...good('rest', 'Harbour seals'), question: 'Where?' },
        good('missing', 'walruses have long tusks'),
      ]),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'article.md', entry: 'front matter' }),
        expect.objectContaining({ file: 'glossary.md', entry: containing('line 2') }),
        expect.objectContaining({ file: 'questions.json', entry: containing('"missing"') }),
        expect.objectContaining({ file: 'questions.json', entry: containing('"rest"') }),
      ]),
    );
  });

  it('still checks the quotes of valid entries when another entry is malformed', () => {
    const problems = problemsOf(
      withQuestions(
        questionsJson([good('Bad_Id', 'Seals dive for fish'), good('missing', 'walruses have long tusks')]),
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'questions.json', entry: containing('Bad_Id') }),
        expect.objectContaining({ file: 'questions.json', entry: containing('"missing"') }),
      ]),
    );
  });

  it('names the folder when it has no document, even when the other files are fine', () => {
    expect(problemsOf({ glossary: GLOSSARY })).toEqual([
      expect.objectContaining({ file: '.', entry: 'folder', reason: containing('no document') }),
    ]);
    expect(compileFiles('fixture', { article: ARTICLE }).glossary).toEqual([]);
  });
});
