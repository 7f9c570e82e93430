import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerQuestion, buildIndex } from '../../src/engine/index.js';

// An article with sections and no glossary, as people drop in their own: headings name sections,
// and an answer names the sentences that answer within its paragraph.
const ARTICLE = `# Lake Varn

Lake Varn lies in the northern hills of Orrland. It is fed by three glacier streams and drains into the river Sall.

## Economy

Most villages along the shore live from fishing. Smoked char from the lake is sold in markets across the country. Tourism brings walkers and anglers every summer.

## History

The lake was first mapped in 1820 by a surveyor named Ada Rell. A dam built in 1911 raised the water by four metres. The old ferry pier still stands near the dam.
`;

const ikb = buildIndex(compileFiles('fixture', { article: ARTICLE }));

describe('an article with sections and no glossary', () => {
  it('compiles with paragraphs cited by section', () => {
    expect(ikb.kb.glossary).toEqual([]);
    expect(ikb.kb.passages.map((p) => p.source)).toEqual([
      'article ¶1',
      'article § Economy ¶2',
      'article § History ¶3',
    ]);
  });

  it('counts a section heading as context for its paragraphs', () => {
    const answer = answerQuestion(ikb, 'economy');
    expect(answer.best?.passages[0]?.id).toBe('p2');
  });

  it('names the sentence that answers, and its place in the passage text', () => {
    const answer = answerQuestion(ikb, 'Who first mapped Lake Varn?');
    const passage = answer.best?.passages[0];
    expect(passage?.id).toBe('p3');
    expect(passage?.sentences.map((s) => s.id)).toEqual(['p3.s1']);
    const sentence = passage?.sentences[0];
    expect(passage?.text.slice(sentence?.start, sentence?.end)).toBe(
      'The lake was first mapped in 1820 by a surveyor named Ada Rell.',
    );
  });

  it('prefers the sentence with the kind of answer asked for', () => {
    const answer = answerQuestion(ikb, 'When was the dam built?');
    expect(answer.best?.passages[0]?.sentences.map((s) => s.id)).toEqual(['p3.s2']);
  });

  it('declines a question about another subject', () => {
    expect(answerQuestion(ikb, 'Who won the football world cup?').answered).toBe(false);
  });
});
