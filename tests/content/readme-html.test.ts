import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/content/parse-document.js';

const parse = (text: string): ReturnType<typeof parseDocument> => {
  const parsed = parseDocument({ file: 'README.md', text });
  expect(parsed.problems).toEqual([]);
  return parsed;
};

describe('a README written with HTML', () => {
  it('is titled by its HTML h1 when it has no front-matter title or # Title', () => {
    const centred = parse(
      '<h1 align="center">Picomatch</h1>\n\n<p align="center">Fast glob matcher.</p>\n\n## Usage\n\nCall it.\n',
    );
    expect(centred.info.title).toBe('Picomatch');
    expect(centred.passages.map((p) => p.text)).toEqual(['Fast glob matcher.', 'Call it.']);
    expect(centred.sections.map((s) => s.heading)).toEqual(['Usage']);
    const logo = parse('<h1><img src="logo.png" alt="logo" width="40"> fastify</h1>\n\nA web framework.\n');
    expect(logo.info.title).toBe('fastify');
    expect(parse('---\ntitle: Given\n---\n\n<h1>Other</h1>\n\nText.\n').info.title).toBe('Given');
    // A smaller HTML heading written as a large paragraph stays content.
    const h3 = parse('# Relations\n\n<h3>\nIt is not an ORM. It builds SQL.\n</h3>\n\nMore.\n');
    expect(h3.passages.map((p) => p.text)).toEqual(['It is not an ORM. It builds SQL.', 'More.']);
  });

  it('drops a <details> summary, keeping what the toggle holds', () => {
    const { passages } = parse(
      '# T\n\n<details><summary> Click to expand </summary>\n\nThe hidden text.\n\n</details>\n\n<details>\n<summary><strong>Running Tests</strong></summary>\n\nRun npm test.\n\n</details>\n',
    );
    expect(passages.map((p) => p.text)).toEqual(['The hidden text.', 'Run npm test.']);
  });

  it('drops a table of contents (a list of in-page links only), not a list with other links or text', () => {
    const { passages } = parse(
      '# T\n\n## Contents\n\n- [Install](#install)\n- [API](#api)\n  * [.test](#test)\n\n## Install\n\n- [npm](https://npmjs.com) is the registry\n- see [Install](#install) and run it\n',
    );
    expect(passages.map((p) => p.section)).toEqual(['Install']);
    expect(passages[0]?.kind).toBe('list');
  });
});
