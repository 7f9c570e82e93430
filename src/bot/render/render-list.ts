import type { ListItem } from '../../engine/index.js';
import { renderInlines, type Fitted } from './render-inline.js';

// Three spaces per level nest under both `- ` and `1. ` items.
const INDENT = '   ';

/**
 * A list as Discord Markdown: bulleted or numbered items, nested by depth, task items with a box.
 * Whole items as many as fit in `max`; the first that does not is cut.
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
    if (out.length + whole.length <= max) {
      out += whole;
      continue;
    }
    const room = max - out.length - separator.length - lead.length;
    const part = separator + lead + indent(renderInlines(item.inline, marks, room).text);
    if (room > 20 && out.length + part.length <= max) out += part;
    return { text: out, complete: false };
  }
  return { text: out, complete: true };
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
