import { ContentError, type ContentProblem } from './content-error.js';
import { findEquivalences } from './find-equivalences.js';
import { deriveAcronymEntries, deriveGlossaryEntries, deriveTopicEntries } from './derive-entries.js';
import { deriveHeadingEntries, withSubsections } from './derive-heading-entries.js';
import type { KnowledgeBase, QaEntry } from './knowledge-base.js';
import type { Section } from './group-passages.js';
import type { ParsedDocument } from './parse-document.js';
import { duplicatePassages, parseDocuments } from './parse-documents.js';
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

/**
 * A document's sections, led by its introduction (the passages above its first heading) titled by
 * the document's title: "what is a modal?" asks the opening of the page "Modals". A document
 * without headings has no introduction apart from itself: its passages answer as themselves.
 */
function withIntroduction(d: ParsedDocument): Section[] {
  if (d.sections.length === 0) return [];
  const intro = d.passages.filter((p) => p.section === undefined).map((p) => p.id);
  // The introduction is the passages above the first heading, not the whole document.
  return [{ heading: d.info.title, depth: 1, passageIds: intro }, ...withSubsections(d.sections)];
}

/** Compiles already-read content files; pure, so tests can feed it strings. */
export function compileFiles(
  dir: string,
  files: ContentFiles,
  readProblems: ContentProblem[] = [],
): KnowledgeBase {
  const problems = [...readProblems];
  const documents = parseDocuments(files, problems);
  const glossary = files.glossary === undefined ? undefined : parseGlossary(files.glossary);
  problems.push(...(glossary?.problems ?? []));
  const passages = [...documents.flatMap((d) => d.passages), ...(glossary?.passages ?? [])];
  problems.push(...duplicatePassages(passages));

  const curatedFile = files.questions === undefined ? undefined : parseQuestionsFile(files.questions);
  problems.push(...(curatedFile?.problems ?? []));
  const curated = resolveCurated(curatedFile?.questions ?? [], passages);
  problems.push(...curated.problems);

  const several = documents.length > 1;
  const generated = [
    ...deriveGlossaryEntries(glossary?.entries ?? []),
    ...deriveAcronymEntries(glossary?.entries ?? [], passages),
    ...documents.flatMap((d) => deriveHeadingEntries(withIntroduction(d), several ? `${d.info.id}-` : '')),
  ];
  const entries = mergeEntries(curated.entries, generated, problems);
  // Topic entries are one per passage (distinct ids); two may share a title, as two sections may.
  entries.push(...deriveTopicEntries(passages));
  const first = documents[0];
  if (problems.length > 0 || !first) throw new ContentError(dir, problems);
  const glossaryEntries = glossary?.entries ?? [];
  return {
    title: first.info.title,
    documents: documents.map((d) => d.info),
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
