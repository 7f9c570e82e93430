import type { Inline } from '../../engine/index.js';
import { escapeContentText } from './limits.js';
import { renderCodeBlock } from './render-code-block.js';
import { plainInlines, renderInlines, type Fitted } from './render-inline.js';

type Cells = readonly (readonly Inline[])[];

// About what an embed shows on one line on a phone before wrapping.
const CODE_TABLE_WIDTH = 56;

/**
 * A table Discord can show (it has no tables): aligned columns in a code block when they fit the
 * width of an embed, else one list item per row (`- first — Header: value · …`), formatting kept.
 */
export function renderTable(header: Cells, rows: readonly Cells[], max: number): Fitted {
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
  return renderRows(header, rows, max);
}

function renderRows(header: Cells, rows: readonly Cells[], max: number): Fitted {
  const names = header.map((cell) => escapeContentText(plainInlines(cell).trim()));
  let out = '';
  for (const row of rows) {
    const [first = [], ...rest] = row.map((cell) =>
      renderInlines(cell, new Set(), Infinity).text.replace(/\n/g, ' '),
    );
    const details = rest.map((value, i) => {
      const name = columnsNamed(names) ? names[i + 1] : undefined;
      return name ? `${name}: ${value}` : value;
    });
    const line = `${out === '' ? '' : '\n'}- ${[first, details.join(' · ')].filter(Boolean).join(' — ')}`;
    if (out.length + line.length > max) return { text: out, complete: false };
    out += line;
  }
  return { text: out, complete: true };
}

// A two-column table reads as `name — value`; its header names add nothing.
function columnsNamed(names: readonly string[]): boolean {
  return names.length > 2;
}
