import { describe, expect, it } from 'vitest';
import { expansionsOfTerm, namesOfTerm, parseGlossary } from '../../src/content/parse-glossary.js';

// vitest types asymmetric matchers as `any`; these give them a safe type inside object matchers.
const containing = (text: string): unknown => expect.stringContaining(text);

describe('namesOfTerm and expansionsOfTerm', () => {
  it('splits aliases on " / " without declaring them expansions', () => {
    expect(namesOfTerm('Trainium / Inferentia')).toEqual(['Trainium', 'Inferentia']);
    expect(expansionsOfTerm('Trainium / Inferentia')).toEqual([]);
  });

  it('reads an expansion in parentheses as a second name and an equivalence', () => {
    expect(namesOfTerm('GPU (Graphics Processing Unit)')).toEqual(['GPU', 'Graphics Processing Unit']);
    expect(expansionsOfTerm('GPU (Graphics Processing Unit)')).toEqual([['GPU', 'Graphics Processing Unit']]);
  });

  it('combines aliases and expansions', () => {
    expect(namesOfTerm('CO2 (carbon dioxide) / Gas')).toEqual(['CO2', 'carbon dioxide', 'Gas']);
    expect(expansionsOfTerm('CO2 (carbon dioxide) / Gas')).toEqual([['CO2', 'carbon dioxide']]);
  });

  it('gives a plain term as its only name', () => {
    expect(namesOfTerm('Hyperscaler')).toEqual(['Hyperscaler']);
    expect(expansionsOfTerm('Hyperscaler')).toEqual([]);
  });
});

describe('parseGlossary', () => {
  const GLOSSARY = `# Glossary

- Trainium / Inferentia: Custom-designed silicon by Amazon.
* GPU (Graphics Processing Unit): A processor: good at parallel work.
- Hyperscaler: A very large cloud provider.
`;

  it('gives each bullet an id from its first name, its names, definition and a glossary passage', () => {
    const { entries, passages, problems } = parseGlossary(GLOSSARY);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.names, e.definition])).toEqual([
      ['g-trainium', ['Trainium', 'Inferentia'], 'Custom-designed silicon by Amazon.'],
      ['g-gpu', ['GPU', 'Graphics Processing Unit'], 'A processor: good at parallel work.'],
      ['g-hyperscaler', ['Hyperscaler'], 'A very large cloud provider.'],
    ]);
    expect(passages.map((p) => [p.id, p.kind, p.source])).toEqual([
      ['g-trainium', 'glossary', 'glossary: Trainium'],
      ['g-gpu', 'glossary', 'glossary: GPU'],
      ['g-hyperscaler', 'glossary', 'glossary: Hyperscaler'],
    ]);
    expect(entries.every((e, i) => e.passageId === passages[i]?.id)).toBe(true);
  });

  it('tolerates CRLF line endings and a BOM', () => {
    const parsed = parseGlossary(`\uFEFF${GLOSSARY.replace(/\n/g, '\r\n')}`);
    expect(parsed).toEqual(parseGlossary(GLOSSARY));
  });

  it('reports a second definition of a name, case-insensitively, with both lines', () => {
    const { problems } = parseGlossary(
      '- Hydration: Water per flour.\n- Starter: A culture.\n- hydration: Wetness.\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'glossary.md', entry: containing('line 3') });
    expect(problems[0]?.reason).toMatch(/duplicate/i);
    expect(problems[0]?.reason).toContain('line 1');
  });

  it('reports an alias that repeats another term', () => {
    const { problems } = parseGlossary('- GPU: A processor.\n- Graphics card / GPU: A board.\n');
    expect(problems).toEqual([expect.objectContaining({ file: 'glossary.md', entry: containing('line 2') })]);
  });

  it('reports every malformed line, each with its line number', () => {
    const { problems } = parseGlossary(
      '# Glossary\nnot a bullet\n- No colon here\n- : no term\n- Empty:\n- Fine: ok\n',
    );
    const lines = problems.map((p) => /^line (\d+)/.exec(p.entry)?.[1]);
    expect(problems.every((p) => p.file === 'glossary.md')).toBe(true);
    expect(new Set(lines)).toEqual(new Set(['2', '3', '4', '5']));
  });

  it('accepts a glossary without entries (the glossary is optional)', () => {
    expect(parseGlossary('# Glossary\n\n')).toEqual({ entries: [], passages: [], problems: [] });
  });
});
