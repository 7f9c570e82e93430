// Compile time of a generated Markdown document of 200 sections, each with prose, a list, a tip and
// a fenced code block with blank lines (issue 17). Printed by `npm run bench`; never asserted.
import { compileFiles } from '../../src/content/compile-content.js';
import { buildIndex } from '../../src/engine/index.js';

const section = (n: number): string => `## How do I configure option ${n}?

Option ${n} sets how the collector number ${n} behaves. It is read once, when the client starts, and
changed with \`client.setOption${n}()\`. See [the docs](https://example.org/option-${n}) for more.

You can pass these keys:

- \`time\`: how long collector ${n} runs, in milliseconds
- \`max\`: how many items collector ${n} takes

Set it up like this:

\`\`\`js
const collector${n} = channel.createMessageCollector({ filter, time: ${n}_000 });

collector${n}.on('collect', (m) => {
  console.log(\`Collected \${m.content}\`);
});
\`\`\`

::: tip
Collector ${n} stops on its own once \`max\` is reached.
:::
`;

/** A document of `sections` sections, with front matter and a title. */
export function markdownDocument(sections: number): string {
  const body = Array.from({ length: sections }, (_, i) => section(i + 1)).join('\n');
  return `---\ntitle: Generated guide\nurl: https://example.org/guide\n---\n\n# Generated guide\n\n${body}`;
}

/** One timing of benchMarkdown. */
export interface MarkdownFigure {
  readonly sections: number;
  readonly kb: number;
  readonly passages: number;
  readonly compile_ms: number;
  /** This thread's CPU time: on a shared machine the wall clock also counts other processes' turns. */
  readonly compile_cpu_ms: number;
  readonly index_ms: number;
}

/** Compiles (after a warm-up) and indexes a 200-section Markdown document; returns its size and timings. */
export function benchMarkdown(sections = 200): MarkdownFigure {
  const text = markdownDocument(sections);
  compileFiles('warm-up', { documents: [{ file: 'guide.md', text }] });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const kb = compileFiles('markdown', { documents: [{ file: 'guide.md', text }] });
  const cpuUsed = process.cpuUsage(cpu);
  const compiled = performance.now();
  buildIndex(kb);
  const indexed = performance.now();
  return {
    sections,
    kb: Math.round(text.length / 1000),
    passages: kb.passages.length,
    compile_ms: Math.round(compiled - start),
    compile_cpu_ms: Math.round((cpuUsed.user + cpuUsed.system) / 1000),
    index_ms: Math.round(indexed - compiled),
  };
}
