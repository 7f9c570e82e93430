import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileContent, compileFiles } from '../../src/content/compile-content.js';
import { ContentError } from '../../src/content/content-error.js';

// vitest types asymmetric matchers as `any`; these give them a safe type inside object matchers.
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

const PACKS = fileURLToPath(new URL('../fixtures/packs/', import.meta.url));
const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** The ContentError a folder is refused with; fails the test if it compiles. */
async function refusal(dir: string): Promise<ContentError> {
  const error: unknown = await compileContent(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ContentError)) throw new Error(`expected ${dir} to be refused with a ContentError`);
  return error;
}

// Which file each broken pack must be blamed for, and the entry (line or part) that is wrong.
const BROKEN: Readonly<Record<string, { file: string; entry: RegExp }>> = {
  'broken-article-empty': { file: 'article.md', entry: /^body$/ },
  'broken-glossary-duplicate': { file: 'glossary.md', entry: /^line 8 "Hydration"$/ },
  'broken-glossary-empty-definition': { file: 'glossary.md', entry: /^line 6 "Autolyse"$/ },
  'broken-glossary-empty-term': { file: 'glossary.md', entry: /^line 6\b/ },
};

describe('a folder with only article.md', () => {
  it('compiles with no glossary, one derived entry per paragraph', async () => {
    const kb = await compileContent(`${PACKS}article-only`);
    expect(kb.glossary).toEqual([]);
    expect(kb.passages.every((p) => p.kind === 'paragraph')).toBe(true);
    expect(kb.entries.filter((e) => e.origin === 'derived' && e.id.startsWith('about-'))).toHaveLength(
      kb.passages.length,
    );
  });

  it('compiles an article.md without a "# Title" line, titled by its file name', async () => {
    const kb = await compileContent(`${PACKS}article-no-title`);
    expect(kb.title).toBe('article');
    expect(kb.documents).toEqual([{ id: 'article', file: 'article.md', title: 'article' }]);
    expect(kb.passages[0]?.source).toBe('article ¶1');
  });

  it('compiles with a glossary.md that has a heading and no entries', () => {
    const article = '# Title\n\nOne paragraph about starters.\n';
    const kb = compileFiles('pack', { article, glossary: '# Glossary\n\n' });
    expect(kb.glossary).toEqual([]);
    expect(kb.passages.map((p) => p.id)).toEqual(['p1']);
  });
});

describe('broken content packs', () => {
  it('has an expectation for every broken pack in the fixtures folder', async () => {
    const packs = (await readdir(PACKS)).filter((name) => name.startsWith('broken-'));
    expect(packs.sort()).toEqual(Object.keys(BROKEN).sort());
  });

  it.each(Object.entries(BROKEN))(
    'refuses %s, naming the file and entry its DEFECT.txt describes',
    async (pack, want) => {
      const defect = await readFile(`${PACKS}${pack}/DEFECT.txt`, 'utf8');
      expect(defect.startsWith(`${want.file}:`)).toBe(true);

      const error = await refusal(`${PACKS}${pack}`);
      expect(error.problems.length).toBeGreaterThan(0);
      expect(error.problems.every((p) => p.file === want.file)).toBe(true);
      expect(error.problems.map((p) => p.entry)).toContainEqual(expect.stringMatching(want.entry));
      expect(error.message).toContain(want.file);
      expect(error.message).toContain(`${PACKS}${pack}`);
    },
  );

  it('explains a duplicated glossary term by pointing at its first definition too', async () => {
    const error = await refusal(`${PACKS}broken-glossary-duplicate`);
    expect(error.problems).toEqual([
      expect.objectContaining({ file: 'glossary.md', reason: matching(/duplicate.*Hydration.*line 7/i) }),
    ]);
  });
});

describe('the sourdough pack (no questions.json)', () => {
  it('compiles, with a definitional entry for every glossary name and one derived entry per paragraph', async () => {
    const kb = await compileContent(`${PACKS}sourdough`);
    expect(kb.title).toBe('The history and science of sourdough bread');
    expect(kb.entries.some((e) => e.origin === 'curated')).toBe(false);

    const paragraphs = kb.passages.filter((p) => p.kind === 'paragraph');
    expect(paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    for (const paragraph of paragraphs) {
      const derived = kb.entries.filter(
        (e) => e.origin === 'derived' && e.passageIds.join() === paragraph.id,
      );
      expect(derived, paragraph.id).toHaveLength(1);
    }

    const names = kb.glossary.flatMap((g) => g.names.map((name) => ({ name, passageId: g.passageId })));
    expect(names.map((n) => n.name)).toEqual([
      'Starter',
      'Levain',
      'CO2',
      'carbon dioxide',
      'LAB',
      'lactic acid bacteria',
      'Autolyse',
      'Hydration',
    ]);
    for (const { name, passageId } of names) {
      const entry = kb.entries.find((e) => e.origin === 'glossary' && e.question.includes(name));
      expect(entry?.passageIds, name).toEqual([passageId]);
    }
  });

  it('derives "What does … stand for?" for the glossary acronyms', async () => {
    const kb = await compileContent(`${PACKS}sourdough`);
    const standFor = (acronym: string) =>
      kb.entries.find((e) => e.question === `What does ${acronym} stand for?`);
    expect(standFor('CO2')?.passageIds).toEqual(['g-co2']);
    expect(standFor('LAB')?.passageIds).toEqual(['g-lab']);
    expect(standFor('LAB')?.phrasings).toContain('lactic acid bacteria');
  });

  it('gives every entry a distinct id and only points at passages that exist', async () => {
    const kb = await compileContent(`${PACKS}sourdough`);
    const passageIds = new Set(kb.passages.map((p) => p.id));
    expect(passageIds.size).toBe(kb.passages.length);
    expect(new Set(kb.entries.map((e) => e.id)).size).toBe(kb.entries.length);
    for (const entry of kb.entries) {
      expect(entry.passageIds.length, entry.id).toBeGreaterThan(0);
      expect(
        entry.passageIds.every((id) => passageIds.has(id)),
        entry.id,
      ).toBe(true);
    }
  });
});

describe('the real content folder', () => {
  it('compiles, with the article acronym AWS derived from paragraph 1', async () => {
    const kb = await compileContent(REAL_CONTENT);
    const aws = kb.entries.find((e) => e.question === 'What does AWS stand for?');
    expect(aws?.passageIds).toEqual(['p1']);
    expect(aws?.phrasings).toContain('Amazon Web Services');
    expect(kb.entries.filter((e) => e.origin === 'curated').length).toBeGreaterThan(0);
  });
});
