// `npx tsx tests/bench/bench-chart.ts [out.png]`: prints how long one /stats chart takes (SVG, PNG, both).
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { renderActivityChart, renderActivitySvg } from '../../src/review/render-activity-chart.js';
import type { DayCount } from '../../src/store/records.js';

const RUNS = 20;

function fortnight(): DayCount[] {
  const today = Date.UTC(2025, 4, 20);
  return Array.from({ length: 14 }, (_, i) => ({
    day: new Date(today - (13 - i) * 86_400_000).toISOString().slice(0, 10),
    answered: (i * 7) % 23,
    declined: (i * 5) % 9,
  }));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const days = fortnight();
let t = performance.now();
let png = await renderActivityChart(days);
const first = performance.now() - t;
const svgTimes: number[] = [];
const pngTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  t = performance.now();
  renderActivitySvg(days, 800, 360);
  svgTimes.push(performance.now() - t);
  t = performance.now();
  png = await renderActivityChart(days);
  pngTimes.push(performance.now() - t);
}
console.log(`first chart (loads fonts and modules): ${first.toFixed(1)} ms`);
console.log(`SVG only: median ${median(svgTimes).toFixed(1)} ms over ${RUNS}`);
console.log(`SVG + PNG: median ${median(pngTimes).toFixed(1)} ms over ${RUNS}, ${png.length} bytes`);
const out = process.argv[2];
if (out) {
  writeFileSync(out, png);
  console.log(`wrote ${out}`);
}
