import { describe, expect, it } from 'vitest';
import { buildReply, formatCitation } from '../../src/reply/build-reply.js';
import { markWords } from '../../src/reply/mark-words.js';
import { safeHttpUrl } from '../../src/reply/safe-http-url.js';
import { answered, kb } from './fixtures.js';
import { answerWith, banPassages, cite, lookup, passageOf } from './document-fixtures.js';

describe('quoting a document passage', () => {
  it('keeps the blocks, the matched words and the answering blocks of each passage', () => {
    const [intro] = banPassages;
    const answer = answerWith([{ ...cite(intro!, 'ban a user'), sentences: [cite(intro!).sentences[1]!] }]);
    const reply = buildReply(answer, { articleTitle: 'FAQ', passageOf: lookup(banPassages) });
    const document = reply.passages[0]?.document;
    expect(document?.blocks).toBe(intro?.blocks);
    expect(document?.kind).toBe('code');
    expect(document?.answering).toEqual([1]);
    expect(document?.matched).toEqual(['ban', 'a', 'user']);
    expect(reply.passages[0]?.url).toBe(
      'https://discordjs.guide/popular-topics/faq.html#how-do-i-ban-a-user',
    );
  });

  it('leaves plain passages as they were: no document without blocks or without a lookup', () => {
    const plain = buildReply(answered, { articleTitle: kb.title, passageOf: lookup(kb.passages) });
    expect(plain.passages[0]?.document).toBeUndefined();
    const unknown = buildReply(answerWith([cite(banPassages[0]!)]), { articleTitle: 'FAQ' });
    expect(unknown.passages[0]?.document).toBeUndefined();
  });

  it('keeps one plain paragraph quoted alone as answering sentences first, as the article has', () => {
    const plain = passageOf(
      'p-plain',
      { kind: 'paragraph', inline: [{ type: 'text', value: 'One. Two.' }] },
      'One. Two.',
    );
    const formatted = passageOf('p-code', {
      kind: 'paragraph',
      inline: [
        { type: 'text', value: 'Call ' },
        { type: 'code', value: 'ban()' },
      ],
    });
    const context = { articleTitle: 'FAQ', passageOf: lookup([plain, formatted]) };
    const alone = buildReply(answerWith([cite(plain)]), context);
    expect(alone.passages[0]?.document).toBeUndefined();
    expect(alone.passages[0]?.segments.map((s) => s.text).join('')).toBe('One. Two.');
    // Beside other passages of its section it is shown in order with them.
    const together = buildReply(answerWith([cite(plain), cite(formatted)]), context);
    expect(together.passages.map((p) => p.document?.group)).toEqual(['faq\u0000Section', 'faq\u0000Section']);
  });

  it('drops a section url that is not http(s)', () => {
    const odd = { ...banPassages[1]!, url: 'javascript:alert(1)' };
    const reply = buildReply(answerWith([cite(odd)]), { articleTitle: 'FAQ', passageOf: lookup([odd]) });
    expect(reply.passages[0]?.url).toBeUndefined();
  });
});

describe('markWords', () => {
  it('bolds whole words case-insensitively and joins neighbours', () => {
    expect(markWords('Ban a user; banning users', new Set(['ban', 'a', 'user']))).toEqual([
      { text: 'Ban a user', bold: true },
      { text: '; banning users', bold: false },
    ]);
  });
});

describe('safeHttpUrl', () => {
  it('accepts http(s) only and encodes what could close a masked link', () => {
    expect(safeHttpUrl('https://a.example/x_(y)')).toBe('https://a.example/x_%28y%29');
    expect(safeHttpUrl('http://a.example')).toBe('http://a.example/');
    for (const bad of [
      'javascript:alert(1)',
      'mailto:a@b.c',
      'data:text/html,x',
      '/docs/a',
      '../a.md',
      '#top',
      '',
    ])
      expect(safeHttpUrl(bad), bad).toBeNull();
  });
});

describe('formatCitation with several documents', () => {
  it('names no folder title (each source names its document) and cites a section once', () => {
    const sources = [
      'Modals § Submit ¶19',
      'Modals § Submit ¶20',
      'Modals § Submit ¶21',
      'FAQ § Ban ¶2',
      'FAQ § Ban ¶5',
    ];
    expect(
      formatCitation(
        sources.map((source) => ({ source })),
        'Collectors',
        2,
      ),
    ).toBe('Sources: Modals § Submit ¶19–21, FAQ § Ban ¶2, 5');
    expect(formatCitation([{ source: 'glossary: GPU' }], 'Collectors', 3)).toBe('Source: glossary: GPU');
    expect(formatCitation([{ source: 'article ¶1' }, { source: 'article ¶2' }], 'T', 1)).toBe(
      'Sources: article ¶1–2 — T',
    );
    // A section's answer may lead with a later passage: its paragraphs are cited once, in order.
    const section = [14, 8, 10, 11].map((n) => ({ source: `Collectors § Await messages ¶${n}` }));
    expect(formatCitation(section, 'Collectors', 1)).toBe(
      'Sources: § Await messages ¶8, 10–11, 14 — Collectors',
    );
  });
});
