// Longer than any real page address; Discord refuses embeds with overlong URLs.
const MAX_URL = 2_000;

/**
 * The URL as an absolute http(s) address safe to put in a masked link, or null: other schemes
 * (javascript:, mailto:, data:, relative paths) are never made clickable. Parentheses and spaces
 * are percent-encoded so the address cannot close a `[text](url)` early.
 */
export function safeHttpUrl(raw: string): string | null {
  if (!URL.canParse(raw)) return null;
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const href = url.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20');
  return href.length <= MAX_URL ? href : null;
}
