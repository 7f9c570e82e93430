import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { ContentError } from '../../src/content/content-error.js';
import { findAcronyms } from '../../src/content/find-acronyms.js';

const ARTICLE = `# Cloud chips

Amazon Web Services (AWS) builds its own chips. Its rival sells GPUs.

The TPU (Tensor Processing Unit) is made by Google. Amazon Web Services (AWS) is mentioned again.

Nothing here is spelled out.
`;
const GLOSSARY = `- GPU (Graphics Processing Unit): A processor for parallel work.
- Trainium / Inferentia: Amazon's own AI chips.
`;

describe('findAcronyms', () => {
  it('finds acronyms spelled out in brackets, either way round', () => {
    expect(findAcronyms('Amazon Web Services (AWS) rents out the TPU (Tensor Processing Unit).')).toEqual([
      { acronym: 'AWS', expansion: 'Amazon Web Services' },
      { acronym: 'TPU', expansion: 'Tensor Processing Unit' },
    ]);
  });

  it('takes only the words whose initials spell the acronym', () => {
    expect(findAcronyms('Chips from Amazon Web Services (AWS) are cheap.')).toEqual([
      { acronym: 'AWS', expansion: 'Amazon Web Services' },
    ]);
  });

  it('ignores brackets whose words do not spell the acronym', () => {
    expect(findAcronyms('The big cloud company (AWS) and a figure (2024).')).toEqual([]);
  });
});

describe('derived entries', () => {
  const kb = compileFiles('fixture', { article: ARTICLE, glossary: GLOSSARY });
  const byQuestion = (question: string) => kb.entries.find((e) => e.question === question);

  it('asks "What does X stand for?" for glossary and article acronyms, pointing where each is spelled out', () => {
    expect(byQuestion('What does GPU stand for?')).toMatchObject({
      passageIds: ['g-gpu'],
      origin: 'derived',
    });
    expect(byQuestion('What does AWS stand for?')).toMatchObject({ passageIds: ['p1'], origin: 'derived' });
    expect(byQuestion('What does TPU stand for?')).toMatchObject({ passageIds: ['p2'], origin: 'derived' });
    expect(byQuestion('What does AWS stand for?')?.phrasings).toContain('Amazon Web Services');
    expect(kb.entries.filter((e) => e.question === 'What does AWS stand for?')).toHaveLength(1);
  });

  it('asks "What is X?" for every glossary name, alias and expansion', () => {
    const glossaryQuestions = kb.entries
      .filter((e) => e.origin === 'glossary')
      .map((e) => [e.question, e.passageIds]);
    expect(glossaryQuestions).toEqual([
      ['What is GPU?', ['g-gpu']],
      ['What is Graphics Processing Unit?', ['g-gpu']],
      ['What is Trainium?', ['g-trainium']],
      ['What is Inferentia?', ['g-trainium']],
    ]);
  });

  it('derives one topic question per paragraph, even one without names', () => {
    const topics = kb.entries.filter((e) => e.id.startsWith('about-'));
    expect(topics.map((e) => e.passageIds)).toEqual([['p1'], ['p2'], ['p3']]);
    expect(topics.every((e) => e.question.length > 0)).toBe(true);
  });

  it('lets a curated question replace the generated one that asks the same thing', () => {
    const questions = JSON.stringify({
      questions: [{ id: 'gpu-meaning', question: 'What is GPU?', quote: 'A processor for parallel work' }],
    });
    const curated = compileFiles('fixture', { article: ARTICLE, glossary: GLOSSARY, questions });
    expect(curated.entries.filter((e) => e.passageIds.join() === 'g-gpu').map((e) => e.id)).not.toContain(
      'def-gpu',
    );
    expect(curated.entries[0]?.id).toBe('gpu-meaning');
  });
});

describe('glossary ids', () => {
  // Ids come from a slug of the first name, so different names can collide; citations need them unique.
  it.each([
    ['C++', 'C'],
    ['Café', 'Cafe'],
  ])('refuses terms %s and %s whose ids collide, naming glossary.md', (first, second) => {
    const glossary = `- ${first}: One thing.\n- ${second}: Another thing.\n`;
    let error: unknown;
    try {
      const kb = compileFiles('fixture', { article: '# T\n\nSome text.\n', glossary });
      error = new Error(`compiled with passage ids ${kb.passages.map((p) => p.id).join(', ')}`);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = error instanceof ContentError ? error.problems : [];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === 'glossary.md')).toBe(true);
  });
});

describe('topic questions of paragraphs with the same key phrases', () => {
  // Warsaw's SQuAD article has four such paragraphs; each lost its only entry, so no question could
  // ever be answered with it.
  const article = `# Warsaw

Warsaw lies on the Vistula river. Warsaw grew fast.

The Vistula river runs through Warsaw. Warsaw floods.

Warsaw and the Vistula river meet. Warsaw is big.
`;
  const kb = compileFiles('fixture', { article });

  it('gives every paragraph its own entry, each with its own question', () => {
    const ofPassage = kb.passages.map((p) => kb.entries.filter((e) => e.passageIds.includes(p.id)));
    expect(ofPassage.map((entries) => entries.length)).toEqual([1, 1, 1]);
    const questions = ofPassage.map((entries) => entries[0]?.question);
    expect(new Set(questions).size).toBe(3);
  });
});

describe('the introduction of a page with sections', () => {
  // "what is a modal?" asks the page's opening, which stands under the page title, not a section.
  const page = `# Modals

With modals you can create pop-up forms that collect formatted inputs.

## Building modals

To create a modal you construct a new ModalBuilder.
`;

  it('is a section titled by the document title', () => {
    const kb = compileFiles('fixture', { documents: [{ file: 'modals.md', text: page }] });
    const intro = kb.entries.find((e) => e.origin === 'heading' && e.question === 'Modals');
    expect(intro?.passageIds).toEqual([kb.passages[0]?.id]);
  });

  it('is not one for a page without sections (its passages answer as themselves)', () => {
    const kb = compileFiles('fixture', { article: '# Warsaw\n\nWarsaw lies on the Vistula.\n' });
    expect(kb.entries.filter((e) => e.origin === 'heading')).toEqual([]);
  });
});

describe('a section with subsections', () => {
  const page = `# Collectors

Collectors gather input after a command.

## Message collectors

A message collector runs on a channel.

### Basic message collector

Pass a filter function to decide which messages are collected.

### Await messages

The promise-based form resolves once the collector ends.

## Reaction collectors

A reaction collector runs on a message.
`;
  const kb = compileFiles('fixture', { documents: [{ file: 'collectors.md', text: page }] });
  const section = (heading: string) =>
    kb.entries.find((e) => e.origin === 'heading' && e.question === heading)?.passageIds;
  const idOf = (snippet: string) => kb.passages.find((p) => p.text.includes(snippet))?.id;

  it('answers for its subsections: their passages follow its own, up to the next heading as shallow', () => {
    expect(section('Message collectors')).toEqual(
      ['runs on a channel', 'Pass a filter', 'promise-based'].map(idOf),
    );
    expect(section('Basic message collector')).toEqual([idOf('Pass a filter')]);
    expect(section('Reaction collectors')).toEqual([idOf('runs on a message')]);
  });

  it('leaves the introduction to the passages above the first heading', () => {
    expect(section('Collectors')).toEqual([idOf('gather input')]);
  });
});
