/**
 * Anchors of a page's headings as GitHub, Docusaurus and VuePress's default make them: lowercase,
 * punctuation dropped, spaces to hyphens; a repeated heading gets `-1`, `-2`, … in document order.
 */
export function createHeadingSlugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /gu, '-');
    let slug = base;
    let count = seen.get(base) ?? 0;
    while (seen.has(slug)) slug = `${base}-${++count}`;
    seen.set(base, count);
    seen.set(slug, 0);
    return slug;
  };
}
