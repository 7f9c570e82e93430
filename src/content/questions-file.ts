import { z } from 'zod';
import type { ContentProblem } from './content-error.js';

const FILE = 'questions.json';

/** One curated question: how people ask it, and a verbatim quote of the passage that answers it. */
export const CuratedQuestionSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'id must be lowercase kebab-case (a-z, 0-9, -)')
    .max(40, 'id must be at most 40 characters'),
  question: z.string().trim().min(3, 'question is too short').max(200, 'question must be at most 200 characters'),
  phrasings: z.array(z.string().trim().min(1, 'empty phrasing').max(300, 'phrasing must be at most 300 characters')).default([]),
  quote: z.string().trim().min(10, 'quote must be at least 10 characters of the passage'),
});

/** The optional `questions.json` of a content folder. */
export const QuestionsFileSchema = z.strictObject({
  questions: z.array(CuratedQuestionSchema),
});

/** A validated curated question. */
export type CuratedQuestion = z.infer<typeof CuratedQuestionSchema>;

// Loose views of a file that failed validation, only to name the broken entry in the message.
const RawEntries = z.object({ questions: z.array(z.unknown()) });
const NamedEntry = z.object({ id: z.string() });

/** Parses questions.json text; problems name the entry (by id or index) and the reason. */
export function parseQuestionsFile(text: string): { questions: CuratedQuestion[]; problems: ContentProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { questions: [], problems: [{ file: FILE, entry: 'file', reason: `invalid JSON: ${reason}` }] };
  }
  const parsed = QuestionsFileSchema.safeParse(json);
  if (parsed.success) return { questions: parsed.data.questions, problems: [] };
  const rawEntries = RawEntries.safeParse(json).data?.questions;
  const problems = parsed.error.issues.map((issue): ContentProblem => {
    const [, index, field] = issue.path;
    const named = typeof index === 'number' ? NamedEntry.safeParse(rawEntries?.[index]) : undefined;
    const id = named?.success ? ` "${named.data.id}"` : '';
    const entry = typeof index === 'number' ? `questions[${index}]${id}${field ? ` ${String(field)}` : ''}` : 'file';
    return { file: FILE, entry, reason: issue.message };
  });
  return { questions: [], problems };
}
