import { z } from 'zod';
import type { ContentProblem } from './content-error.js';

const FILE = 'questions.json';

/** One curated question: how people ask it, and a verbatim quote of the passage that answers it. */
export const CuratedQuestionSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'id must be lowercase kebab-case (a-z, 0-9, -)')
    .max(40, 'id must be at most 40 characters'),
  question: z
    .string()
    .trim()
    .min(3, 'question is too short')
    .max(200, 'question must be at most 200 characters'),
  phrasings: z
    .array(z.string().trim().min(1, 'empty phrasing').max(300, 'phrasing must be at most 300 characters'))
    .default([]),
  quote: z.string().trim().min(10, 'quote must be at least 10 characters of the passage'),
});

/** The optional `questions.json` of a content folder. */
export const QuestionsFileSchema = z.strictObject({
  questions: z.array(CuratedQuestionSchema),
});

/** A validated curated question. */
export type CuratedQuestion = z.infer<typeof CuratedQuestionSchema>;

const FileShape = z.object({ questions: z.array(z.unknown()) });
const NoOtherKeys = z.strictObject({ questions: z.unknown() });
const NamedEntry = z.object({ id: z.string() });

/** Parses questions.json text; each entry is checked on its own, so every problem is reported at once. */
export function parseQuestionsFile(text: string): {
  questions: CuratedQuestion[];
  problems: ContentProblem[];
} {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { questions: [], problems: [{ file: FILE, entry: 'file', reason: `invalid JSON: ${reason}` }] };
  }
  const shape = FileShape.safeParse(json);
  if (!shape.success) {
    return {
      questions: [],
      problems: [{ file: FILE, entry: 'file', reason: 'expected an object { "questions": [...] }' }],
    };
  }
  const questions: CuratedQuestion[] = [];
  const problems: ContentProblem[] = [];
  const extra = NoOtherKeys.safeParse(json);
  if (!extra.success)
    for (const issue of extra.error.issues)
      problems.push({ file: FILE, entry: 'file', reason: issue.message });
  shape.data.questions.forEach((raw, index) => {
    const parsed = CuratedQuestionSchema.safeParse(raw);
    if (parsed.success) {
      questions.push(parsed.data);
      return;
    }
    const named = NamedEntry.safeParse(raw);
    const entry = `questions[${index}]${named.success ? ` "${named.data.id}"` : ''}`;
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? ` ${issue.path.join('.')}` : '';
      problems.push({ file: FILE, entry: `${entry}${field}`, reason: issue.message });
    }
  });
  return { questions, problems };
}
