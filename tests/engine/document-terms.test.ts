import { describe, expect, it } from 'vitest';
import { documentTerms } from '../../src/engine/answering/document-terms.js';
import { highlightPassage } from '../../src/engine/answering/highlight-passage.js';
import { createAnalyzer } from '../../src/engine/query/analyzer.js';

const analyzer = createAnalyzer([['graphics processing unit', 'GPU']]);
const text =
  'Amazon ships its own Graphics Processing Unit rivals; awaitMessageComponent waits. GPUs train models.';

describe('documentTerms (the remembered analysis a highlight reads)', () => {
  it('holds the keys and positions analyze gives in document mode, in order', () => {
    const analyzed = analyzer.analyze(text, 'document');
    const { keys, spans } = documentTerms(analyzer, text);
    expect(keys).toEqual(analyzed.map((t) => t.key));
    expect([...spans]).toEqual(analyzed.flatMap((t) => [t.start, t.end]));
    expect(keys).toContain(analyzed.find((t) => t.word === 'graphics processing unit')?.key);
  });

  it('analyzes a text once per analyzer and apart for another analyzer', () => {
    const first = documentTerms(analyzer, text);
    expect(documentTerms(analyzer, text)).toBe(first);
    const other = documentTerms(createAnalyzer([]), text);
    expect(other).not.toBe(first);
    expect(other.keys).not.toEqual(first.keys);
  });

  it('highlights the matched words and their equivalent names, merging adjacent ones, the same twice', () => {
    const keys = new Set(analyzer.analyze('own graphics processing unit', 'query').map((t) => t.key));
    const ranges = highlightPassage(analyzer, text, keys);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['own Graphics Processing Unit', 'GPUs']);
    expect(highlightPassage(analyzer, text, keys)).toEqual(ranges);
  });
});
