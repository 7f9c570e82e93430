import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { createAnalyzer, stemWord } from '../../src/engine/query/analyzer.js';
import { cleanQuestion } from '../../src/engine/query/clean-question.js';
import { damerauLevenshtein } from '../../src/engine/indexing/edit-distance.js';
import { foldWord, tokenize } from '../../src/engine/query/tokenize.js';
import { allowedEdits, createVocabulary } from '../../src/engine/indexing/vocabulary.js';

describe('tokenize and foldWord', () => {
  it('folds case, accents, possessives and apostrophes, keeping positions in the original text', () => {
    const text = "AWS's Café doesn't ship 2.1 million—or 1,000?";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual([
      'aws',
      'cafe',
      'doesnt',
      'ship',
      '2.1',
      'million',
      'or',
      '1000',
    ]);
    for (const t of tokens) expect(foldWord(text.slice(t.start, t.end))).toBe(t.word);
  });

  it('finds no words in punctuation, emoji or an empty string', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('?!… 🙂 ** || --')).toEqual([]);
  });
});

describe('stemWord', () => {
  it('stems content words but keeps short words and words with digits', () => {
    expect(stemWord('training')).toBe(stemWord('trains'));
    expect(stemWord('gpu')).toBe('gpu');
    expect(stemWord('trainium2')).toBe('trainium2');
  });

  it('meets a short word kept whole with its inflections that Porter undoubles ("added" → "ad")', () => {
    expect(stemWord('added')).toBe(stemWord('add'));
    expect(stemWord('adding')).toBe(stemWord('add'));
    expect(stemWord('stopped')).toBe(stemWord('stop'));
  });
});

describe('damerauLevenshtein and allowedEdits', () => {
  it('counts substitutions, insertions, deletions and adjacent swaps as one edit each', () => {
    expect(damerauLevenshtein('hyperscaler', 'hyperscaler', 2)).toBe(0);
    expect(damerauLevenshtein('hyperscalar', 'hyperscaler', 2)).toBe(1);
    expect(damerauLevenshtein('hyperscaer', 'hyperscaler', 2)).toBe(1);
    expect(damerauLevenshtein('hypersclaer', 'hyperscaler', 2)).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting', 5)).toBe(3);
  });

  it('gives up past the limit, reporting limit + 1', () => {
    expect(damerauLevenshtein('kitten', 'sitting', 1)).toBe(2);
    expect(damerauLevenshtein('a', 'abcdef', 2)).toBe(3);
  });

  it('allows no typo below six letters, one from six, two from eight', () => {
    expect([3, 5, 6, 7, 8, 14].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('createVocabulary', () => {
  const words = new Map([
    ['hyperscaler', 'hyperscal'],
    ['trainium', 'trainium'],
    ['training', 'train'],
    ['chip', 'chip'],
  ]);
  const df = new Map([
    ['hyperscal', 1],
    ['trainium', 4],
    ['train', 2],
    ['chip', 5],
  ]);
  const vocabulary = createVocabulary(words, df);

  it('corrects a typo within the allowed edits to the word’s key', () => {
    expect(vocabulary.correct('hyperscalar')).toBe('hyperscal');
    expect(vocabulary.correct('trainum')).toBe('trainium');
  });

  it('corrects nothing in short words or beyond the allowed edits', () => {
    expect(vocabulary.correct('chap')).toBeUndefined();
    expect(vocabulary.correct('trxxxium')).toBeUndefined();
  });

  it('completes a prefix, commonest first', () => {
    expect(vocabulary.complete('tra', 5)).toEqual(['trainium', 'train']);
    expect(vocabulary.complete('tra', 1)).toEqual(['trainium']);
    expect(vocabulary.complete('zz', 5)).toEqual([]);
  });
});

describe('cleanQuestion', () => {
  it('drops chat ways of asking that name no topic', () => {
    expect(cleanQuestion('trainium in plain words')).toBe('trainium');
    expect(cleanQuestion('explain hyperscaler like im 5')).toBe('explain hyperscaler');
    expect(cleanQuestion('<@123456789012345678> name some hyperscalers')).toBe('hyperscalers');
    expect(cleanQuestion('can you list a few examples of accelerators')).toBe('accelerators');
    // "name" inside a question is a word of it.
    expect(cleanQuestion('What was the name of the castle?')).toBe('What was the name of the castle?');
  });

  it('reads "what does X mean", "X meaning" and "define X" as X', () => {
    for (const q of [
      'what does ECONNRESET mean',
      'ECONNRESET meaning',
      'define ECONNRESET',
      "what's ECONNRESET mean?",
    ])
      expect(cleanQuestion(q), q).toBe('ECONNRESET');
    expect(cleanQuestion('whats the definition of ubiquitous')).toBe('ubiquitous');
    // A question about a meaning keeps its words.
    expect(cleanQuestion('What is the original meaning of the word Norman?')).toBe(
      'What is the original meaning of the word Norman?',
    );
  });

  it('drops a greeting or thanks and the one it is addressed to, which name no topic', () => {
    for (const q of ['thanks bot', 'hey bot how are you', 'good morning everyone', 'gm all', 'sup'])
      expect(cleanQuestion(q).replace(/\W/gu, ''), q).toBe(q === 'hey bot how are you' ? 'howareyou' : '');
    expect(cleanQuestion('hey bot, how do I ban a user?')).toBe('how do I ban a user?');
    // A greeting word inside a question, or not addressed to anyone, leaves the rest alone.
    expect(cleanQuestion('hello world example')).toBe('world example');
    expect(cleanQuestion('how do I make my bot say thanks')).toBe('how do I make my bot say thanks');
  });

  it('reads "play a role" as taking part: "play" is no topic of the idiom', () => {
    expect(cleanQuestion('What role does TSMC play?')).toBe('What role does TSMC ?');
    expect(cleanQuestion('which cells play a key role in immunity')).toBe('which cells role in immunity');
    // Play outside the idiom is a word of the question.
    expect(cleanQuestion('how do i make my bot play music')).toBe('how do i make my bot play music');
  });

  it('removes mentions, channels, custom emoji, timestamps, broadcasts and links', () => {
    expect(
      cleanQuestion(
        '<@123> <@!4> <@&5> <#6> <:glow:7> <a:dance:8> <t:1700000000:R> @everyone @here see https://x.y/z what is it',
      ),
    ).toBe('see what is it');
  });

  it('caps very long input', () => {
    expect(cleanQuestion('a '.repeat(5_000)).length).toBeLessThanOrEqual(1_000);
  });
});

describe('compiled equivalences and createAnalyzer', () => {
  const kb = compileFiles('fixture', {
    article: '# T\n\nThe Orrin Seed Bank (OSB) keeps seeds. Graphics cards are fast.\n',
    glossary: '- GPU (Graphics Processing Unit): A processor.\n',
  });

  it('equates glossary expansions and acronyms spelled out in the text', () => {
    expect(kb.equivalences).toEqual(
      expect.arrayContaining([
        ['GPU', 'Graphics Processing Unit'],
        ['OSB', 'Orrin Seed Bank'],
      ]),
    );
  });

  it('gives an acronym and its expansion one shared key', () => {
    const analyzer = createAnalyzer(kb.equivalences);
    const keysOf = (text: string) => analyzer.analyze(text, 'query').map((t) => t.key);
    // A question counts a multi-word name once, by the key it shares with its acronym.
    const [gpuKey] = keysOf('GPU');
    expect(keysOf('graphics processing units')).toEqual([gpuKey]);
    const [osbKey] = keysOf('osb');
    expect(keysOf('Orrin Seed Bank')).toEqual([osbKey]);
    expect(gpuKey).not.toBe(osbKey);
  });

  it('drops stopwords from questions', () => {
    const analyzer = createAnalyzer([]);
    expect(analyzer.analyze('what is the', 'query')).toEqual([]);
  });
});
