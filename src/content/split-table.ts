import { textOfBlock } from './block-text.js';
import type { Block } from './knowledge-base.js';

// A long table (an options reference of thirty rows) is many answers: one passage of it all fits no
// answer, and a question about one row gets every row. Past half an embed (4,096 characters) it is read
// as tables of a few rows each, every one under the header row so that each reads alone. A shorter
// table stays whole: cut, its rows' shared words (a list of dialects) no longer add up in one passage
// (measured on the docs sets: kysely's 21-row dialects table cut in 8s loses an answer).
const SPLIT_OVER_CHARS = 2048;
const MAX_ROWS = 8;
const MAX_CHARS = 1200;

type Table = Extract<Block, { kind: 'table' }>;

const sizeOf = (table: Table): number => textOfBlock(table).text.length;

/** A long table as tables of at most a few rows (and 1,200 characters) each, each under its header; any other block as is. */
export function splitTable(block: Block): Block[] {
  if (block.kind !== 'table' || sizeOf(block) <= SPLIT_OVER_CHARS) return [block];
  const parts: Table[] = [];
  let rows: Table['rows'][number][] = [];
  for (const row of block.rows) {
    const grown: Table = { ...block, rows: [...rows, row] };
    if (rows.length > 0 && (rows.length >= MAX_ROWS || sizeOf(grown) > MAX_CHARS)) {
      parts.push({ ...block, rows });
      rows = [row];
    } else rows.push(row);
  }
  if (rows.length > 0) parts.push({ ...block, rows });
  return parts;
}
