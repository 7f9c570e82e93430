import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerEntry, answerQuestion, buildIndex, type Answer } from '../../src/engine/index.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';
import { glimmerwortIndex } from './glimmerwort-fixture.js';

const ikb = glimmerwortIndex();

/** The passage the answer quotes first, or 'declined'. */
function bestPassage(answer: Answer): string {
  if (!answer.answered) return 'declined';
  return answer.best?.passages[0]?.id ?? 'answered without a passage';
}

const passageOfEntry = (entryId: string): string | undefined =>
  ikb.kb.entries.find((e) => e.id === entryId)?.passageIds[0];

describe('answerQuestion on a small fixture', () => {
  it.each([
    ['exact glossary question', 'What is lumicene?', 'g-lumicene'],
    ['bare term', 'lumicene', 'g-lumicene'],
    ['alias', 'What is a glasshouse?', 'g-greenhouse'],
    ['curated question', 'How much does dried glimmerwort sell for?', 'p2'],
    ['paragraph question', 'Where does glimmerwort grow?', 'p1'],
    ['paragraph question', 'Who breeds hardier strains?', 'p3'],
    ['synonym: pricey for expensive', 'Why is glimmerwort so pricey?', 'p2'],
    ['synonym: costly for expensive', 'Is glimmerwort costly?', 'p2'],
    ['typo in an 8-letter word', 'What is lumicine?', 'g-lumicene'],
    ['typo in a 10-letter word', 'What is a hyperbloon?', 'g-hyperbloom'],
    ['missing letter in an 11-letter word', 'Where does glimerwort grow?', 'p1'],
    ['lowercase without punctuation', 'where does glimmerwort grow', 'p1'],
    ['upper case', 'WHERE DOES GLIMMERWORT GROW', 'p1'],
    ['mention and bold markup', '<@123> **what** is lumicene?', 'g-lumicene'],
    ['nickname mention, underline and italics', '<@!123> __what__ is *lumicene*?', 'g-lumicene'],
    ['channel, emoji and @everyone', '@everyone <#1> <:glow:42> what is lumicene', 'g-lumicene'],
    ['spoiler and code markup', '||what is `lumicene`||', 'g-lumicene'],
    ['emoji prefix', '🌿 where does glimmerwort grow?', 'p1'],
    ['full-width letters', 'what is ｌｕｍｉｃｅｎｅ', 'g-lumicene'],
  ])('answers a %s from the right passage: %j', (_kind, question, passage) => {
    expect(bestPassage(answerQuestion(ikb, question))).toBe(passage);
  });

  it('declines a question whose only topic word the content lacks', () => {
    expect(bestPassage(answerQuestion(ikb, 'Why is glimmerwort so xyzzy?'))).toBe('declined');
    // …while the same question with an everyday synonym of a content word is answered.
    expect(bestPassage(answerQuestion(ikb, 'Why is glimmerwort so pricey?'))).toBe('p2');
  });

  it('reads a word of everyday English as itself, not as a typo of a content word', () => {
    // "stains" is one edit from the article's "strains", and a word of its own; "strainz" is a typo.
    const unit = (q: string) => resolveQuery(ikb, q).units[0];
    expect(unit('stains')?.known).toBe(false);
    expect(unit('strainz')?.alternatives.map((a) => a.via)).toEqual(['typo']);
    expect(bestPassage(answerQuestion(ikb, 'how do i remove stains'))).toBe('declined');
  });

  it('finds no topic in a question of everyday words alone, even where a sentence has them all', () => {
    const article = `# The Varnhold valley

The glimmerwort grows only on the cliffs of the Varnhold valley, where the wind is cold.

At the end of the war the whole world came to the valley for a long time, and the old town grew.
`;
    const valley = buildIndex(compileFiles('fixture', { article }));
    expect(answerQuestion(valley, 'what time is it in the old town').answered).toBe(false);
    expect(answerQuestion(valley, 'did the whole world come to the valley').answered).toBe(true);
  });

  describe('glossary expansions mean the same as their acronym', () => {
    it('finds the acronym’s entry when asked by the expansion, and by the acronym', () => {
      expect(bestPassage(answerQuestion(ikb, 'What is the Varnhold Growers Cooperative?'))).toBe('g-vgc');
      expect(bestPassage(answerQuestion(ikb, 'What is VGC?'))).toBe('g-vgc');
      expect(bestPassage(answerQuestion(ikb, 'what does vgc stand for'))).toBe('g-vgc');
    });

    it('finds a paragraph that uses only the acronym when asked by the expansion', () => {
      const answer = answerQuestion(
        ikb,
        'What happens at the Varnhold Growers Cooperative auction in Kessel?',
      );
      expect(bestPassage(answer)).toBe('p2');
      const passage = answer.best?.passages[0];
      const highlighted = passage?.highlights.map((h) => passage.text.slice(h.start, h.end)).join(' ');
      expect(highlighted).toContain('VGC');
    });
  });

  it.each([
    ['a song lyric', 'Never gonna give you up, never gonna let you down'],
    ['arithmetic', 'what is 17*23'],
    ['keyboard mash', 'asdfghjkl'],
    ['an emoji', '🙂'],
    ['a greeting', 'hi'],
    ['nothing', ''],
    ['whitespace', '   \n\t'],
    ['a general-knowledge question', 'What is the capital of France?'],
    ['only Discord markup', '<@123> <#456> <:e:1> @everyone'],
  ])('declines %s with at most 3 known questions as suggestions', (_kind, question) => {
    const answer = answerQuestion(ikb, question);
    expect(answer.answered).toBe(false);
    expect(answer.best).toBeNull();
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.suggestions.length).toBeLessThanOrEqual(3);
    // Suggestions become buttons: each must be a known entry, with its question, and they must differ.
    const known = new Map(ikb.kb.entries.map((e) => [e.id, e.question]));
    expect(answer.suggestions.every((s) => known.get(s.id) === s.question)).toBe(true);
    expect(new Set(answer.suggestions.map((s) => s.id)).size).toBe(answer.suggestions.length);
  });

  it('echoes the question as asked', () => {
    const question = '<@123> **what** is lumicene?';
    expect(answerQuestion(ikb, question).question).toBe(question);
    expect(answerQuestion(ikb, 'asdfghjkl').question).toBe('asdfghjkl');
  });

  describe('related questions', () => {
    const questions = [
      'Where does glimmerwort grow?',
      'What is lumicene?',
      'What is VGC?',
      'Can farmers grow glimmerwort in a greenhouse?',
      'How much does dried glimmerwort sell for?',
    ];

    it('are at most 3, on distinct passages, none on the best answer’s passage', () => {
      for (const question of questions) {
        const answer = answerQuestion(ikb, question);
        expect(answer.answered, question).toBe(true);
        expect(answer.related.length, question).toBeLessThanOrEqual(3);
        const passages = answer.related.map((r) => passageOfEntry(r.id));
        expect(
          passages.every((p) => p !== undefined),
          question,
        ).toBe(true);
        expect(new Set(passages).size, question).toBe(passages.length);
        expect(passages, question).not.toContain(bestPassage(answer));
      }
    });

    it('are offered for a question whose words appear in several passages', () => {
      expect(answerQuestion(ikb, 'Where does glimmerwort grow?').related.length).toBeGreaterThan(0);
    });
  });

  describe('highlights', () => {
    it('are ordered, non-overlapping ranges inside the passage text', () => {
      for (const question of [
        'Where does glimmerwort grow?',
        'What is VGC?',
        'Why is glimmerwort so pricey?',
      ]) {
        for (const passage of answerQuestion(ikb, question).best?.passages ?? []) {
          let previousEnd = -1;
          for (const { start, end } of passage.highlights) {
            expect(Number.isInteger(start) && Number.isInteger(end), question).toBe(true);
            expect(start, question).toBeGreaterThan(previousEnd);
            expect(end, question).toBeGreaterThan(start);
            expect(end, question).toBeLessThanOrEqual(passage.text.length);
            previousEnd = end;
          }
        }
      }
    });

    it('cover the matched words, including a typo’s correction and a synonym', () => {
      const highlightedWords = (question: string): string[] => {
        const passage = answerQuestion(ikb, question).best?.passages[0];
        return (passage?.highlights ?? []).map(
          (h) => passage?.text.slice(h.start, h.end).toLowerCase() ?? '',
        );
      };
      expect(highlightedWords('Where does glimerwort grow?')).toEqual(
        expect.arrayContaining(['glimmerwort', 'grows']),
      );
      expect(highlightedWords('Why is glimmerwort so pricey?')).toEqual(
        expect.arrayContaining(['glimmerwort', 'expensive']),
      );
      expect(highlightedWords('What is lumicene?')).toEqual(['lumicene']);
    });
  });
});

describe('asking what a word means', () => {
  it('answers "what does X mean", "X meaning" and "define X" as it answers X', () => {
    const ikb = glimmerwortIndex();
    const plain = answerQuestion(ikb, 'Kessel');
    expect(plain.answered).toBe(true);
    for (const q of ['what does Kessel mean', 'Kessel meaning', 'define kessel']) {
      const answer = answerQuestion(ikb, q);
      expect([answer.answered, answer.best?.id, answer.confidence], q).toEqual([
        true,
        plain.best?.id,
        plain.confidence,
      ]);
    }
  });
});

describe('answerEntry', () => {
  it('answers a known entry from its own passage, with related entries elsewhere', () => {
    const answer = answerEntry(ikb, 'def-lumicene');
    expect(answer).not.toBeNull();
    expect(answer?.answered).toBe(true);
    expect(answer?.best?.id).toBe('def-lumicene');
    expect(answer?.question).toBe('What is Lumicene?');
    expect(answer?.best?.passages.map((p) => p.id)).toEqual(['g-lumicene']);
    expect(answer?.related.length).toBeLessThanOrEqual(3);
    expect(answer?.related.map((r) => passageOfEntry(r.id))).not.toContain('g-lumicene');
  });

  it('answers every entry of the knowledge base', () => {
    for (const entry of ikb.kb.entries) {
      expect(
        answerEntry(ikb, entry.id)?.best?.passages.map((p) => p.id),
        entry.id,
      ).toEqual(entry.passageIds);
    }
  });

  it('returns null for an unknown id', () => {
    expect(answerEntry(ikb, 'no-such-entry')).toBeNull();
    expect(answerEntry(ikb, '')).toBeNull();
  });
});
