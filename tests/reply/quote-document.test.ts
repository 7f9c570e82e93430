import { describe, expect, it } from 'vitest';
import { buildReply } from '../../src/reply/build-reply.js';
import { markWords } from '../../src/reply/mark-words.js';
import { safeHttpUrl } from '../../src/reply/safe-http-url.js';
import { answered, kb } from './fixtures.js';
import { answerWith, banPassages, cite, lookup } from './document-fixtures.js';

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
    expect(document?.url).toBe('https://discordjs.guide/popular-topics/faq.html#how-do-i-ban-a-user');
  });

  it('leaves plain passages as they were: no document without blocks or without a lookup', () => {
    const plain = buildReply(answered, { articleTitle: kb.title, passageOf: lookup(kb.passages) });
    expect(plain.passages[0]?.document).toBeUndefined();
    const unknown = buildReply(answerWith([cite(banPassages[0]!)]), { articleTitle: 'FAQ' });
    expect(unknown.passages[0]?.document).toBeUndefined();
  });

  it('drops a section url that is not http(s)', () => {
    const odd = { ...banPassages[1]!, url: 'javascript:alert(1)' };
    const reply = buildReply(answerWith([cite(odd)]), { articleTitle: 'FAQ', passageOf: lookup([odd]) });
    expect(reply.passages[0]?.document?.url).toBeNull();
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
