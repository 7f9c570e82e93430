import { ContentError, type ContentProblem } from './content-error.js';
import { findEquivalences } from './find-equivalences.js';
import { deriveAcronymEntries, deriveGlossaryEntries, deriveParagraphEntries } from './derive-entries.js';
import type { KnowledgeBase, QaEntry } from './knowledge-base.js';
import { parseArticle } from './parse-article.js';
import { parseGlossary } from './parse-glossary.js';
import { parseQuestionsFile } from './questions-file.js';
import { readContentFiles, type ContentFiles } from './read-content-files.js';
import { resolveCurated } from './resolve-curated.js';

// "What is a GPU?" and "What is GPU?" ask the same thing.
const questionKey = (q: string): string =>
  q
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(?:a|an|the)\b/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/** Curated entries first; generated ones only where they ask something new. Duplicate ids are problems. */
function mergeEntries(curated: QaEntry[], generated: QaEntry[], problems: ContentProblem[]): QaEntry[] {
  const ids = new Set<string>();
  const questions = new Set<string>();
  const merged: QaEntry[] = [];
  for (const entry of curated) {
    if (ids.has(entry.id))
      problems.push({
        file: 'questions.json',
        entry: `"${entry.id}"`,
        reason: 'duplicate id: each question needs its own',
      });
    ids.add(entry.id);
    questions.add(questionKey(entry.question));
    merged.push(entry);
  }
  const curatedIds = new Set(ids);
  for (const entry of generated) {
    if (questions.has(questionKey(entry.question))) continue;
    // Two generated entries share an id only when their glossary terms do, which glossary.md reports.
    if (ids.has(entry.id) && !curatedIds.has(entry.id)) continue;
    if (ids.has(entry.id)) {
      problems.push({
        file: 'questions.json',
        entry: `"${entry.id}"`,
        reason: 'id is reserved for a generated question; choose another',
      });
      continue;
    }
    ids.add(entry.id);
    questions.add(questionKey(entry.question));
    merged.push(entry);
  }
  return merged;
}

/** Compiles already-read content files; pure, so tests can feed it strings. */
export function compileFiles(
  dir: string,
  files: ContentFiles,
  readProblems: ContentProblem[] = [],
): KnowledgeBase {
  const problems = [...readProblems];
  if (files.article === undefined && !problems.some((p) => p.file === 'article.md'))
    problems.push({ file: 'article.md', entry: 'file', reason: 'missing' });
  const article = files.article === undefined ? undefined : parseArticle(files.article);
  const glossary = files.glossary === undefined ? undefined : parseGlossary(files.glossary);
  problems.push(...(article?.problems ?? []), ...(glossary?.problems ?? []));
  const passages = [...(article?.passages ?? []), ...(glossary?.passages ?? [])];

  const curatedFile = files.questions === undefined ? undefined : parseQuestionsFile(files.questions);
  problems.push(...(curatedFile?.problems ?? []));
  const curated = resolveCurated(curatedFile?.questions ?? [], passages);
  problems.push(...curated.problems);

  const generated = [
    ...deriveGlossaryEntries(glossary?.entries ?? []),
    ...deriveAcronymEntries(glossary?.entries ?? [], passages),
    ...deriveParagraphEntries(passages, glossary?.entries ?? []),
  ];
  const entries = mergeEntries(curated.entries, generated, problems);
  if (problems.length > 0 || !article) throw new ContentError(dir, problems);
  const glossaryEntries = glossary?.entries ?? [];
  return {
    title: article.title,
    documents: [{ id: 'article', file: 'article.md', title: article.title }],
    passages,
    glossary: glossaryEntries,
    entries,
    equivalences: findEquivalences(glossaryEntries, passages),
  };
}

/** Reads, validates and compiles a content folder; throws ContentError naming file, entry and reason. */
export async function compileContent(dir: string): Promise<KnowledgeBase> {
  const { files, problems } = await readContentFiles(dir);
  return compileFiles(dir, files, problems);
}
