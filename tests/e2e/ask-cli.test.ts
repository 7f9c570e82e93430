import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compiledEntry } from './support/child-bot.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// The documented `--json` shape; strict, so an extra key (say, highlights) is a failure.
const AnswerLine = z.strictObject({
  question: z.string(),
  answered: z.boolean(),
  confidence: z.number().min(0).max(1),
  best: z
    .strictObject({
      id: z.string(),
      question: z.string(),
      passages: z
        .array(
          z.strictObject({
            id: z.string(),
            text: z.string(),
            source: z.string(),
            // The sentences that answer: one or two ids of that passage, such as p12.s3.
            sentences: z
              .array(z.string().regex(/^(?:p\d+|g-[a-z0-9-]+)\.s\d+$/))
              .min(1)
              .max(2),
            kind: z.enum(['paragraph', 'code', 'list', 'table', 'quote', 'admonition', 'glossary']),
            // Only for a passage with a code block that names its language, and one whose document names its url.
            language: z.string().min(1).optional(),
            url: z.url({ protocol: /^https?$/ }).optional(),
          }),
        )
        .min(1),
    })
    .nullable(),
  related: z.array(z.strictObject({ id: z.string(), question: z.string() })).max(3),
  suggestions: z.array(z.strictObject({ id: z.string(), question: z.string() })).max(3),
});
type AnswerLine = z.infer<typeof AnswerLine>;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the ask CLI (compiled, as `compiledEntry` says: without npm's or tsx's start-up cost) from the
 * repository root without Discord or content settings in its environment.
 */
function ask(args: readonly string[], input = ''): Promise<Run> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !name.startsWith('DISCORD_') && name !== 'CONTENT_DIR') env[name] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [compiledEntry('src/cli/ask.ts'), ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Each stdout line parsed against the documented shape. */
function jsonLines(run: Run): AnswerLine[] {
  expect(run.stdout.endsWith('\n')).toBe(true);
  return run.stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => AnswerLine.parse(JSON.parse(line)));
}

const ARGS_QUESTIONS = [
  'What is a hyperscaler?',
  'How many AI chips did Amazon deploy?',
  "What is Google's TPU?",
  'asdfghjkl',
];
const STDIN_QUESTIONS = [
  'What is a hyperscaler?',
  '',
  'How many AI chips did Amazon deploy?',
  '   ',
  'asdfghjkl',
];

// Spawning costs about a second each, so every run starts at once and the tests read the results.
let runs: Record<
  'json' | 'stdin' | 'text' | 'unknownFlag' | 'noQuestion' | 'brokenContent' | 'sourdough' | 'missingContent',
  Run
>;
beforeAll(async () => {
  const stdinText = `${STDIN_QUESTIONS.slice(0, 3).join('\n')}\r\n${STDIN_QUESTIONS.slice(3).join('\n')}\n`;
  const [json, stdin, text, unknownFlag, noQuestion, brokenContent, sourdough, missingContent] =
    await Promise.all([
      ask(['--json', ...ARGS_QUESTIONS]),
      ask(['--json', '--stdin'], stdinText),
      ask(['What is a hyperscaler?', 'asdfghjkl']),
      ask(['--bogus', 'What is a hyperscaler?']),
      ask(['--json']),
      ask(['--json', '--content', 'tests/fixtures/packs/broken-glossary-empty-definition', 'hi']),
      ask([
        '--json',
        '--content',
        'tests/fixtures/packs/sourdough',
        'What is a levain?',
        'What does LAB stand for?',
      ]),
      ask(['--content', 'missing/', 'hi']),
    ]);
  runs = { json, stdin, text, unknownFlag, noQuestion, brokenContent, sourdough, missingContent };
});

describe('ask CLI', () => {
  it('--json prints one documented JSON line per question, in order', () => {
    const run = runs.json;
    expect(run.code).toBe(0);
    const lines = jsonLines(run);
    expect(lines.map((l) => l.question)).toEqual(ARGS_QUESTIONS);
    expect(lines.map((l) => l.answered)).toEqual([true, true, false, false]);
    expect(lines[0]?.best?.passages.map((p) => [p.id, p.source, p.kind])).toEqual([
      ['g-hyperscaler', 'glossary: Hyperscaler', 'glossary'],
    ]);
    expect(lines[1]?.best?.passages.map((p) => [p.id, p.kind])).toEqual([['p2', 'paragraph']]);
    for (const declined of lines.slice(2)) {
      expect(declined.best).toBeNull();
      expect(declined.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('--stdin answers one line per input line, in order, declining blank ones', () => {
    const run = runs.stdin;
    expect(run.code).toBe(0);
    const lines = jsonLines(run);
    expect(lines.map((l) => l.question)).toEqual(STDIN_QUESTIONS);
    expect(lines.map((l) => l.answered)).toEqual([true, false, true, false, false]);
  });

  it('prints the definition and its citation in text mode', () => {
    const run = runs.text;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Hyperscaler: A term for the largest cloud service providers');
    expect(run.stdout).toContain('glossary: Hyperscaler');
    expect(run.stdout).toContain('asdfghjkl');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('exits 2 with the usage for an unknown flag', () => {
    const run = runs.unknownFlag;
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'ask: unknown option --bogus (a question that starts with "-" goes after "--": ask -- "-1 means what?")',
    );
    expect(run.stderr).toContain('Usage:');
    expect(run.stdout).toBe('');
  });

  it('exits 2 with the usage when no question is given', () => {
    const run = runs.noQuestion;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage:');
    expect(run.stdout).toBe('');
  });

  it('exits 1 naming glossary.md and the line for a broken content folder', () => {
    const run = runs.brokenContent;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/glossary\.md: line 6 "Autolyse"/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe('');
  });

  it('exits 1 saying the --content folder is missing, not blaming a file in it', () => {
    const run = runs.missingContent;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^ask: --content needs an existing content folder: \/.*\/missing does not exist\n$/,
    );
    expect(run.stderr).not.toContain('article.md');
    expect(run.stdout).toBe('');
  });

  it('answers from another content folder given with --content', () => {
    const run = runs.sourdough;
    expect(run.code).toBe(0);
    const lines = jsonLines(run);
    expect(lines.map((l) => l.best?.passages[0]?.id)).toEqual(['g-starter', 'g-lab']);
  });
});
