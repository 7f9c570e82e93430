/**
 * A table row as the text of a list item, the way a table too wide to draw is shown (in Discord and
 * on the console): `first — Header: value · …`. A two-column table reads as `name — value`: its
 * header names add nothing.
 */
export function rowAsItem(cells: readonly string[], header: readonly string[]): string {
  const [first = '', ...rest] = cells;
  const named = header.length > 2;
  const details = rest.map((value, i) => {
    const name = named ? header[i + 1] : undefined;
    return name ? `${name}: ${value}` : value;
  });
  return [first, details.join(' · ')].filter(Boolean).join(' — ');
}
