import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse-article.js';
import { splitSentences } from '../../src/content/split-sentences.js';

const ARTICLE = `# Bees of the high meadow

Mountain bees nest in dry stone walls. They forage from dawn until noon.

## A heading that is not a paragraph
The hive keeps one queen. She lays two thousand eggs a day!

Keepers move the hives in May. Why? The meadow flowers early.
`;

describe('parseArticle', () => {
  it('reads the title and numbers paragraphs p1, p2… with sentence ids and citations', () => {
    const { title, passages, problems } = parseArticle(ARTICLE);
    expect(problems).toEqual([]);
    expect(title).toBe('Bees of the high meadow');
    expect(passages.map((p) => [p.id, p.kind, p.source])).toEqual([
      ['p1', 'paragraph', 'article ¶1'],
      ['p2', 'paragraph', 'article § A heading that is not a paragraph ¶2'],
      ['p3', 'paragraph', 'article § A heading that is not a paragraph ¶3'],
    ]);
    expect(passages[1]?.sentences).toEqual([
      { id: 'p2.s1', text: 'The hive keeps one queen.', block: 0 },
      { id: 'p2.s2', text: 'She lays two thousand eggs a day!', block: 0 },
    ]);
    expect(passages[2]?.sentences.map((s) => s.id)).toEqual(['p3.s1', 'p3.s2', 'p3.s3']);
  });

  it('keeps headings out of the text: they neither become paragraphs nor join the text around them', () => {
    const { passages } = parseArticle(ARTICLE);
    expect(passages.some((p) => p.text.includes('heading'))).toBe(false);
    expect(passages[1]?.text).toBe('The hive keeps one queen. She lays two thousand eggs a day!');
  });

  it("names each paragraph's section after the nearest heading above it, numbering across sections", () => {
    const { passages, problems } = parseArticle(
      '# Lake Varn\n\nIntro.\n\n## Economy\n\nFishing.\n\n### Trade ###\n\nDried fish.\n\nSalt.\n\n## History\nMapped in 1820.\n',
    );
    expect(problems).toEqual([]);
    expect(passages.map((p) => [p.id, p.section, p.source])).toEqual([
      ['p1', undefined, 'article ¶1'],
      ['p2', 'Economy', 'article § Economy ¶2'],
      ['p3', 'Trade', 'article § Trade ¶3'],
      ['p4', 'Trade', 'article § Trade ¶4'],
      ['p5', 'History', 'article § History ¶5'],
    ]);
  });

  it('joins the lines of one paragraph with a space and keeps the text verbatim otherwise', () => {
    const { passages } = parseArticle('# T\n\nFirst line of a paragraph\nsecond line of it.\n');
    expect(passages.map((p) => p.text)).toEqual(['First line of a paragraph second line of it.']);
  });

  it('gives the same ids whatever the line endings, a BOM or extra blank lines', () => {
    const messy = `\uFEFF${ARTICLE.replace(/\n/g, '\r\n').replace('\r\n\r\n', '\r\n\r\n\r\n\r\n')}`;
    const clean = parseArticle(ARTICLE);
    const parsed = parseArticle(messy);
    expect(parsed.problems).toEqual([]);
    expect(parsed.title).toBe(clean.title);
    expect(parsed.passages).toEqual(clean.passages);
  });

  it('keeps ids of earlier paragraphs when a paragraph is appended', () => {
    const before = parseArticle(ARTICLE).passages;
    const after = parseArticle(`${ARTICLE}\nA new closing paragraph.\n`).passages;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)?.id).toBe('p4');
  });

  it('takes the title from front matter, else the leading "# Title", else the file name', () => {
    expect(parseArticle('---\ntitle: Bees\n---\n# Hives\n\nText.').title).toBe('Bees');
    expect(parseArticle('# Hives\n\nText.').title).toBe('Hives');
    for (const text of ['Bees nest in walls.\n\nMore text.', '## Subtitle\n\nText.', '#\n\nText.']) {
      const { title, problems } = parseArticle(text);
      expect([title, problems], text).toEqual(['article', []]);
    }
  });

  it('refuses an article with a title but no paragraphs', () => {
    const { problems } = parseArticle('# Only a title\n\n## And a heading\n');
    expect(problems).toEqual([expect.objectContaining({ file: 'article.md', entry: 'body' })]);
  });
});

describe('splitSentences', () => {
  it('does not split after "U.S." or inside figures such as 2.1', () => {
    expect(
      splitSentences(
        'With U.S. regulators like the DOJ watching, sales rose. Amazon deployed 2.1 million chips.',
      ),
    ).toEqual([
      'With U.S. regulators like the DOJ watching, sales rose.',
      'Amazon deployed 2.1 million chips.',
    ]);
  });

  it('keeps common abbreviations before a capitalised word inside their sentence', () => {
    expect(splitSentences('He met Dr. Smith in the U.S. Senate. Then he left.')).toEqual([
      'He met Dr. Smith in the U.S. Senate.',
      'Then he left.',
    ]);
  });

  it('splits at ! and ? and after a closing quote', () => {
    expect(splitSentences('It works! Does it? She said "Yes." Then it stopped.')).toEqual([
      'It works!',
      'Does it?',
      'She said "Yes."',
      'Then it stopped.',
    ]);
  });
});
