// `npm run bench [-- --json] [-- --engine-only]`: per-question latency of the engine on the real content, on a long
// article (200 paragraphs, no glossary) and on synthetic knowledge bases of 1,000 and 10,000 entries, index build time, heap, and plain fuse.js
// over the same 10,000 entries as the baseline, and content compile times (bench-compile.ts). A
// script that prints figures; it asserts nothing. Each p99 comes with the process's mean CPU time per
// question: on a shared machine the wall-clock tail is mostly other processes' turns on the CPU.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import Fuse from 'fuse.js';
import { answerQuestion, buildIndex } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { EvalSetSchema } from '../eval/evaluate.js';
import { benchCompile } from './bench-compile.js';
import { benchMarkdown } from './bench-markdown.js';
import { longArticle, longArticleQuestions } from './long-article.js';
import { syntheticKnowledgeBase, syntheticQuestions } from './synthetic-kb.js';

const json = process.argv.includes('--json');
const say = (line: string): void => {
  if (!json) console.log(line);
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Times `run` on each question (after a warm-up pass): p50 and p99 of wall-clock time, and the mean
 * of the process's CPU time (all its threads, so a garbage collection counts), in milliseconds. The
 * kernel accounts CPU time in scheduler ticks, so one question's CPU time is 0 or a few ms: only the
 * mean over many questions is a figure (a CPU p99 read the tick, 3-4 ms, above the wall clock's).
 */
function timeQuestions(
  questions: readonly string[],
  run: (q: string) => unknown,
  rounds: number,
): { p50_ms: number; p99_ms: number; cpu_mean_ms: number } {
  for (const q of questions) run(q);
  const times: number[] = [];
  let cpuTotal = 0;
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      run(q);
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTotal += (used.user + used.system) / 1000;
    }
  }
  times.sort((a, b) => a - b);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    p50_ms: round(percentile(times, 50)),
    p99_ms: round(percentile(times, 99)),
    cpu_mean_ms: round(cpuTotal / Math.max(1, times.length)),
  };
}

const load = loadavg().map((x) => Math.round(x * 100) / 100);
say(`load average (1, 5, 15 min): ${load.join(', ')}`);

const evalSet = EvalSetSchema.parse(JSON.parse(readFileSync('tests/eval/article.json', 'utf8')));
const realQuestions = [...evalSet.inScope.map((x) => x.q), ...evalSet.outOfScope];
const content = await loadKnowledge('content');
const contentTimes = timeQuestions(realQuestions, (q) => answerQuestion(content, q), 20);
say(
  `real content (${content.kb.entries.length} entries, ${realQuestions.length} questions x 20): p50 ${contentTimes.p50_ms} ms, p99 ${contentTimes.p99_ms} ms (CPU mean ${contentTimes.cpu_mean_ms} ms)`,
);

const LONG_ARTICLE_PARAGRAPHS = 200;
const longKb = longArticle(LONG_ARTICLE_PARAGRAPHS);
const longIkb = buildIndex(longKb);
const longTimes = timeQuestions(longArticleQuestions(longKb, 500), (q) => answerQuestion(longIkb, q), 5);
const longArticleFigures = { paragraphs: LONG_ARTICLE_PARAGRAPHS, ...longTimes };
say(
  `long article (${LONG_ARTICLE_PARAGRAPHS} paragraphs, no glossary, 500 questions x 5): p50 ${longTimes.p50_ms} ms, p99 ${longTimes.p99_ms} ms (CPU mean ${longTimes.cpu_mean_ms} ms)`,
);

const synthetic = [];
let baselineP50 = 0;
let heapMb = 0;
for (const entries of [1_000, 10_000]) {
  const kb = syntheticKnowledgeBase(entries);
  const buildStart = performance.now();
  const ikb = buildIndex(kb);
  const buildMs = Math.round(performance.now() - buildStart);
  const questions = syntheticQuestions(kb, 1_000);
  const times = timeQuestions(questions, (q) => answerQuestion(ikb, q), 3);
  synthetic.push({ entries, ...times, build_ms: buildMs });
  say(
    `synthetic ${entries} entries: build ${buildMs} ms, p50 ${times.p50_ms} ms, p99 ${times.p99_ms} ms (CPU mean ${times.cpu_mean_ms} ms)`,
  );
  if (entries === 10_000) {
    global.gc?.();
    heapMb = Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
    const fuse = new Fuse(
      kb.entries.map((e, i) => ({ question: e.question, text: kb.passages[i]?.text ?? '' })),
      { keys: ['question', 'text'] },
    );
    const baseline = timeQuestions(questions.slice(0, 15), (q) => fuse.search(q), 1);
    baselineP50 = baseline.p50_ms;
    say(
      `baseline: plain fuse.js over the same 10,000 entries: p50 ${baseline.p50_ms} ms (${Math.round(baseline.p50_ms / times.p50_ms)}x slower)`,
    );
    say(`heap used with the 10,000-entry index loaded: ${heapMb} MB`);
  }
}

const engineOnly = process.argv.includes('--engine-only');
const compile = engineOnly ? [] : benchCompile();
for (const f of compile)
  say(
    `compile ${f.paragraphs} paragraphs + ${f.terms} glossary terms (${f.kb} KB): ${f.compile_ms} ms, then index ${f.index_ms} ms`,
  );

const markdown = engineOnly ? undefined : benchMarkdown();
if (markdown)
  say(
    `compile a Markdown document of ${markdown.sections} sections with code blocks, lists and tips (${markdown.kb} KB, ${markdown.passages} passages): ${markdown.compile_ms} ms (${markdown.compile_cpu_ms} ms CPU), then index ${markdown.index_ms} ms`,
  );

if (json) {
  console.log(
    JSON.stringify({
      content: contentTimes,
      long_article: longArticleFigures,
      synthetic,
      baseline_fuse_10k: { p50_ms: baselineP50 },
      heap_mb: heapMb,
      load_average: load,
      compile,
      markdown,
    }),
  );
}
