import type { ListItem } from '../../engine/index.js';
import { renderInlines, type Fitted } from './render-inline.js';

// Three spaces per level nest under both `- ` and `1. ` items.
const INDENT = '   ';

/**
 * A list as Discord Markdown: bulleted or numbered items, nested by depth, task items with a box.
 * Whole items as many as fit in `max`, then how many are left out (`*… and 5 more items in the
 * source.*`).
 */
export function renderList(items: readonly ListItem[], marks: ReadonlySet<string>, max: number): Fitted {
  let out = '';
  for (const [index, marker] of itemMarkers(items).entries()) {
    const item = items[index]!;
    const separator = out === '' ? '' : '\n';
    const lead = INDENT.repeat(item.depth) + marker;
    // A hard break inside an item continues under its text.
    const indent = (text: string): string => text.replace(/\n/g, `\n${' '.repeat(lead.length)}`);
    const line = renderInlines(item.inline, marks, Infinity);
    const whole = separator + lead + indent(line.text);
    // An item is added when the note about the rest would still fit after it.
    const after = index + 1 < items.length ? leftOut(items.length - index - 1).length : 0;
    if (out.length + whole.length + after <= max) {
      out += whole;
      continue;
    }
    // Cut between items, saying how many are left out; only a first item too long for the room
    // is cut itself (between words).
    const note = leftOut(items.length - index);
    if (out !== '' && out.length + note.length <= max) return { text: out + note, complete: false };
    const room = max - out.length - separator.length - lead.length;
    const part = separator + lead + indent(renderInlines(item.inline, marks, room).text);
    if (room > 20 && out.length + part.length <= max) out += part;
    return { text: out, complete: false };
  }
  return { text: out, complete: true };
}

function leftOut(count: number): string {
  return `\n*… and ${count} more ${count === 1 ? 'item' : 'items'} in the source.*`;
}

/** `- `, `1. `, `- ☐ `, numbered per level and restarting under each parent item. */
function itemMarkers(items: readonly ListItem[]): string[] {
  const counters: number[] = [];
  return items.map((item) => {
    counters.length = item.depth + 1;
    counters[item.depth] = (counters[item.depth] ?? 0) + 1;
    const box = item.checked === undefined ? '' : item.checked ? '☑ ' : '☐ ';
    return `${item.ordered ? `${counters[item.depth]}.` : '-'} ${box}`;
  });
}
