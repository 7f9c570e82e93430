// `npx tsx tests/bench/bench-tail.ts [rounds]`: what the real content's p99 is made of. Times each
// question as `npm run bench` does and prints the slowest 1.5% with, for each, the process's CPU
// time, its involuntary context switches (another process took the CPU) and the garbage collection
// that fell inside it; then the questions whose fastest round is slowest (a question always slow
// would be an algorithmic tail). A script that prints figures; it asserts nothing.
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { answerQuestion } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { EvalSetSchema } from '../eval/evaluate.js';

const evalSet = EvalSetSchema.parse(JSON.parse(readFileSync('tests/eval/article.json', 'utf8')));
const questions = [...evalSet.inScope.map((x) => x.q), ...evalSet.outOfScope];
const content = await loadKnowledge('content');
const rounds = Number(process.argv[2] ?? 20);
const collections: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ start: e.startTime, duration: e.duration });
}).observe({ entryTypes: ['gc'] });

for (const q of questions) answerQuestion(content, q);
interface Sample {
  question: number;
  start: number;
  wall: number;
  cpu: number;
  switches: number;
}
const samples: Sample[] = [];
for (let r = 0; r < rounds; r++)
  questions.forEach((q, question) => {
    const before = process.resourceUsage();
    const start = performance.now();
    answerQuestion(content, q);
    const wall = performance.now() - start;
    const after = process.resourceUsage();
    const cpu = after.userCPUTime + after.systemCPUTime - before.userCPUTime - before.systemCPUTime;
    const switches = after.involuntaryContextSwitches - before.involuntaryContextSwitches;
    samples.push({ question, start, wall, cpu: cpu / 1000, switches });
  });
await new Promise((resolve) => setTimeout(resolve, 50));

const gcIn = (s: Sample): number =>
  collections
    .filter((g) => g.start >= s.start - 0.01 && g.start <= s.start + s.wall)
    .reduce((sum, g) => sum + g.duration, 0);
const sorted = [...samples].sort((a, b) => a.wall - b.wall);
const at = (p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]?.wall ?? 0;
const timed = collections.filter((g) => g.start >= (samples[0]?.start ?? 0));
console.log(
  `${samples.length} questions: p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms; ` +
    `${timed.length} collections in the timed part, ${timed.reduce((s, g) => s + g.duration, 0).toFixed(1)} ms`,
);
const tail = sorted.slice(Math.floor(0.985 * sorted.length));
const causes = { collection: 0, preempted: 0, neither: 0 };
console.log('slowest 1.5%: wall ms, CPU ms, involuntary switches, collection ms, question');
for (const s of tail) {
  const gc = gcIn(s);
  causes[gc > 0 ? 'collection' : s.switches > 0 ? 'preempted' : 'neither']++;
  const q = JSON.stringify(questions[s.question]).slice(0, 60);
  console.log(`${s.wall.toFixed(3)} ${s.cpu.toFixed(3)} ${s.switches} ${gc.toFixed(2)} ${q}`);
}
console.log(`the tail: ${JSON.stringify(causes)}`);
const fastest = questions.map((q, i) => ({
  q,
  min: Math.min(...samples.filter((s) => s.question === i).map((s) => s.wall)),
}));
fastest.sort((a, b) => b.min - a.min);
console.log('slowest questions by their fastest round:');
for (const f of fastest.slice(0, 5)) console.log(`${f.min.toFixed(3)} ${JSON.stringify(f.q).slice(0, 70)}`);
