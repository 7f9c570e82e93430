import { describe, expect, it } from 'vitest';
import { renderReplyText } from '../../src/console/render-reply-text.js';
import { buildReply } from '../../src/reply/build-reply.js';
import { answered, answeredMidParagraph, declined, kb, middling } from '../reply/fixtures.js';

const context = { articleTitle: kb.title, entries: kb.entries };

describe('renderReplyText', () => {
  it('prints the answering sentence, then the rest of the paragraph indented', () => {
    const text = renderReplyText(buildReply(answeredMidParagraph, context), { color: false });
    expect(text).toContain(
      'It deployed 2.1 million of them.\n  | AWS builds its own chips. […] Most were Trainium.\n',
    );
  });

  it('prints the question, the passage, the citation and related questions', () => {
    const text = renderReplyText(buildReply(answered, context), { color: false });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('Q: How many AI chips did AWS deploy?');
    expect(lines[1]).toBe('AWS deployed over 2.1 million AI chips, more than half of them Trainium.');
    expect(lines).toContain('Source: article ¶1 — Chips as an alternative');
    expect(lines.slice(-2)).toEqual(['Related:', '  - What is a GPU?']);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('bolds highlights with ANSI only when colour is on', () => {
    const plain = renderReplyText(buildReply(answered, context), { color: false });
    const bold = renderReplyText(buildReply(answered, context), { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(bold).toContain('\u001b[1mAI chips\u001b[22m');
  });

  it('shows the middling note', () => {
    expect(renderReplyText(buildReply(middling, context), { color: false })).toContain('may not be exactly');
  });

  it('declines with the question and suggestions', () => {
    const text = renderReplyText(buildReply(declined, context), { color: false });
    expect(text).toContain("“Chips as an alternative” doesn't cover “Who won the *football* @everyone?”.");
    expect(text).toContain('Try asking:\n  - What is a GPU?');
  });

  it('strips terminal control characters from echoed text', () => {
    const text = renderReplyText(buildReply({ ...declined, question: 'hi\u001b[2J\u0007' }, context), {
      color: false,
    });
    expect(text.includes('\u0007') || text.includes('\u001b')).toBe(false);
  });

  it('strips NUL and bidi overrides, so an unclosed U+202E cannot reverse the rest of the line', () => {
    const question = 'zzqx \u202eevil\u0000 \u2067isolated';
    const text = renderReplyText(buildReply({ ...declined, question }, context), { color: false });
    expect(text).toContain('zzqx evil isolated');
    expect(text).not.toContain('\u0000');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
