import type { Inline } from '../../engine/index.js';
import { escapeContentText } from './limits.js';
import { renderCodeBlock } from './render-code-block.js';
import { plainInlines, renderInlines, type Fitted } from './render-inline.js';
import { wordsOf } from '../../reply/mark-words.js';
import { rowAsItem } from '../../reply/row-as-item.js';

type Cells = readonly (readonly Inline[])[];

// About what an embed shows on one line on a phone before wrapping.
const CODE_TABLE_WIDTH = 56;

/**
 * A table Discord can show (it has no tables): aligned columns in a code block when they fit the
 * width of an embed, else one list item per row (`- first — Header: value · …`), formatting kept.
 * Cut to fit, it keeps whole rows (those holding the question's `words` first) and says how many
 * are left out.
 */
export function renderTable(
  header: Cells,
  rows: readonly Cells[],
  words: ReadonlySet<string>,
  max: number,
): Fitted {
  const plain = [header, ...rows].map((row) => row.map((cell) => plainInlines(cell).trim()));
  const columns = Math.max(...plain.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(...plain.map((r) => (r[c] ?? '').length)),
  );
  if (widths.reduce((sum, w) => sum + w, 0) + 3 * (columns - 1) <= CODE_TABLE_WIDTH) {
    const line = (row: readonly string[]): string =>
      widths
        .map((w, c) => (row[c] ?? '').padEnd(w))
        .join(' | ')
        .trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
    const [head = [], ...body] = plain;
    const code = [line(head), rule, ...body.map(line)].join('\n');
    return renderCodeBlock({ code, continues: '*… the table continues in the source.*' }, max);
  }
  return renderRows(header, rows, words, max);
}

function renderRows(header: Cells, rows: readonly Cells[], words: ReadonlySet<string>, max: number): Fitted {
  const names = header.map((cell) => escapeContentText(plainInlines(cell).trim()));
  const lines = rows.map((row) => {
    const cells = row.map((cell) => renderInlines(cell, new Set(), Infinity).text.replace(/\n/g, ' '));
    return `- ${rowAsItem(cells, names)}`;
  });
  const whole = lines.join('\n');
  if (whole.length <= max) return { text: whole, complete: true };
  // Too long: whole rows only, the rows the question matched first, then the rest from the top
  // while they fit, in the table's order, with `- …` where rows are left out and a count of them.
  const kept = new Set<number>();
  const fits = (i: number): boolean => {
    kept.add(i);
    if (composeRows(lines, kept).length <= max) return true;
    kept.delete(i);
    return false;
  };
  for (const i of matchedRows(rows, words)) fits(i);
  for (let i = 0; i < lines.length; i++) if (!kept.has(i) && !fits(i)) break;
  return { text: kept.size === 0 ? '' : composeRows(lines, kept), complete: false };
}

/** The kept rows in order, `- …` for each run left out between them, and how many are not shown. */
function composeRows(lines: readonly string[], kept: ReadonlySet<number>): string {
  const out: string[] = [];
  let last = -1;
  for (const i of [...kept].sort((a, b) => a - b)) {
    if (i > last + 1) out.push('- …');
    out.push(lines[i] ?? '');
    last = i;
  }
  const left = lines.length - kept.size;
  out.push(`*… and ${left} more ${left === 1 ? 'row' : 'rows'} in the source.*`);
  return out.join('\n');
}

/** Rows that hold a matched word, those whose first cell (what the row is about) holds one first. */
function matchedRows(rows: readonly Cells[], words: ReadonlySet<string>): number[] {
  if (words.size === 0) return [];
  const score = rows.map((row) => {
    const [first = [], ...rest] = row.map((cell) => wordsOf(plainInlines(cell)));
    const hits = (cell: readonly string[]): number => cell.filter((w) => words.has(w)).length;
    return 2 * hits(first) + rest.reduce((sum, cell) => sum + hits(cell), 0);
  });
  return rows
    .map((_, i) => i)
    .filter((i) => (score[i] ?? 0) > 0)
    .sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || a - b);
}
