import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileContent, compileFiles } from '../../src/content/compile-content.js';
import { ContentError } from '../../src/content/content-error.js';

const ARTICLE =
  '# Seals\n\nHarbour seals rest on sandbanks.\n\n## Diet\n\nSeals eat herring and sand eels.\n';
const FAQ =
  '---\ntitle: FAQ\nurl: https://example.org/faq\n---\n\n## How do I ban a user?\n\nBan them like this:\n\n```js\nguild.members.ban(user);\n```\n\n::: tip\nBanning deletes their messages too.\n:::\n\n## Kick a user\n\nKicking lets them come back.\n\n## If The And\n\nThe end.\n';

function refusal(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('a folder of several documents', () => {
  const kb = compileFiles('x', {
    documents: [
      { file: 'faq.md', text: FAQ },
      { file: 'article.md', text: ARTICLE },
    ],
  });

  it('lists the documents by path, each with its title', () => {
    expect(kb.documents).toEqual([
      { id: 'article', file: 'article.md', title: 'Seals' },
      { id: 'faq', file: 'faq.md', title: 'FAQ', url: 'https://example.org/faq' },
    ]);
    expect(kb.title).toBe('Seals');
  });

  it('keeps article.md on p1… and gives another document its own prefix, citing each by title', () => {
    expect(kb.passages.map((p) => [p.id, p.source])).toEqual([
      ['p1', 'Seals ¶1'],
      ['p2', 'Seals § Diet ¶2'],
      ['faq-p1', 'FAQ § How do I ban a user? ¶1'],
      ['faq-p2', 'FAQ § How do I ban a user? ¶2'],
      ['faq-p3', 'FAQ § Kick a user ¶3'],
      ['faq-p4', 'FAQ § If The And ¶4'],
    ]);
    const alone = compileFiles('x', { article: ARTICLE });
    expect(alone.passages.map((p) => [p.id, p.text])).toEqual(
      kb.passages.filter((p) => p.documentId === 'article').map((p) => [p.id, p.text]),
    );
    expect(alone.passages[1]?.source).toBe('article § Diet ¶2');
  });

  it('links passages to their section when the document names its url', () => {
    expect(kb.passages.find((p) => p.id === 'faq-p3')?.url).toBe('https://example.org/faq#kick-a-user');
    expect(kb.passages.find((p) => p.id === 'p1')?.url).toBeUndefined();
  });

  it('asks a question heading, titles an entry by any other heading (the introduction by the title), with the section passages in order', () => {
    const headings = kb.entries.filter((e) => e.origin === 'heading').map((e) => [e.question, e.passageIds]);
    expect(headings).toEqual([
      ['Seals', ['p1']],
      ['Diet', ['p2']],
      ['How do I ban a user?', ['faq-p1', 'faq-p2']],
      ['Kick a user', ['faq-p3']],
      ['If The And', ['faq-p4']],
    ]);
    expect(kb.passages.find((p) => p.id === 'faq-p1')?.kind).toBe('code');
    expect(kb.passages.find((p) => p.id === 'faq-p2')?.kind).toBe('admonition');
  });

  it('titles every topic entry readably: its section heading, or its opening words', () => {
    const topics = kb.entries.filter((e) => e.id.startsWith('about-'));
    expect(topics.map((e) => e.question)).toEqual([
      'Harbour seals rest on sandbanks.',
      'Diet',
      'How do I ban a user?',
      'Banning deletes their messages too.',
      'Kick a user',
      'If The And',
    ]);
    expect(kb.entries.some((e) => e.question.startsWith('What does the article say'))).toBe(false);
  });

  it('resolves curated quotes across documents, refusing one found in two', () => {
    const questions = (quote: string) =>
      JSON.stringify({ questions: [{ id: 'q', question: 'Why?', quote }] });
    const documents = [
      { file: 'a.md', text: '# A\n\nSeals rest on sandbanks at low tide.\n' },
      { file: 'b/b.md', text: '# B\n\nSeals rest on sandbanks at night.\n' },
    ];
    const found = compileFiles('x', { documents, questions: questions('sandbanks at night') });
    expect(found.entries[0]).toMatchObject({ id: 'q', passageIds: ['b-b-p1'] });
    const ambiguous = refusal(() =>
      compileFiles('x', { documents, questions: questions('rest on sandbanks') }),
    );
    expect(ambiguous.problems).toEqual([
      expect.objectContaining({
        file: 'questions.json',
        reason: expect.stringMatching(/ambiguous.*A ¶1, B ¶1/u) as unknown,
      }),
    ]);
  });

  it('refuses two documents whose ids collide', () => {
    const error = refusal(() =>
      compileFiles('x', {
        documents: [
          { file: 'faq.md', text: 'One.\n' },
          { file: 'faq.mdx', text: 'Two.\n' },
        ],
      }),
    );
    expect(error.problems).toContainEqual(expect.objectContaining({ file: 'faq.mdx', entry: 'file' }));
  });
});

describe('reading a folder of documents', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'documents-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads every .md and .mdx in the folder and its subfolders but the glossary, dot-folders and node_modules', async () => {
    await mkdir(join(dir, 'guide/deep'), { recursive: true });
    await mkdir(join(dir, '.vuepress'));
    await mkdir(join(dir, 'node_modules/pkg'), { recursive: true });
    await writeFile(join(dir, 'faq.md'), FAQ);
    await writeFile(join(dir, 'guide/intro.mdx'), '# Intro\n\nStart here.\n');
    await writeFile(join(dir, 'guide/deep/more.md'), '# More\n\nAnd more.\n');
    await writeFile(join(dir, 'glossary.md'), '- Seal: A marine mammal.\n');
    await writeFile(join(dir, 'notes.txt'), 'not a document');
    await writeFile(join(dir, '.vuepress/config.md'), '# Config\n\nHidden.\n');
    await writeFile(join(dir, 'node_modules/pkg/README.md'), '# Pkg\n\nA dependency.\n');
    const kb = await compileContent(dir);
    expect(kb.documents.map((d) => d.file)).toEqual(['faq.md', 'guide/deep/more.md', 'guide/intro.mdx']);
    expect(kb.passages.map((p) => p.id)).toContain('guide-deep-more-p1');
    expect(kb.glossary.map((g) => g.term)).toEqual(['Seal']);
  });

  it('refuses a folder with no document, naming the folder', async () => {
    await writeFile(join(dir, 'glossary.md'), '- Seal: A marine mammal.\n');
    const error = await compileContent(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect(error instanceof ContentError ? error.problems : []).toEqual([
      expect.objectContaining({ file: '.', entry: 'folder' }),
    ]);
  });

  it('refuses a document in a subfolder that is not a regular file, by its path', async () => {
    await writeFile(join(dir, 'faq.md'), FAQ);
    await mkdir(join(dir, 'guide/broken.md'), { recursive: true });
    const error = await compileContent(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error instanceof ContentError ? error.problems : []).toEqual([
      { file: 'guide/broken.md', entry: 'file', reason: 'not a regular file' },
    ]);
  });
});
