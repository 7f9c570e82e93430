// Documentation sites write API names as empty components that their renderer fills in:
// `<DocsLink path="Client:Class#ready" />` shows as `Client#ready`. Dropping such a component
// leaves prose with holes ("a maximum of five s per modal"), and the one word a reader would ask by.

// An API item's path: a name, an optional kind (`:Class`), an optional member (`#ready`).
const API_PATH = /^([A-Za-z_$][\w$.]*)(?::[A-Za-z]+)?(#[A-Za-z_$][\w$]*)?$/u;
// An empty component in raw HTML: a capitalised tag closed by itself.
const EMPTY_COMPONENT = /^<([A-Z][\w.]*)\b([^<>]*?)\/>$/u;
const ATTRIBUTE = /([\w-]+)\s*=\s*"([^"]*)"/gu;

/** The API name an empty component renders (`Client#ready`, `Message#react()`), if its attributes name one. */
export function componentName(attributes: ReadonlyMap<string, string>): string | undefined {
  for (const value of attributes.values()) {
    const match = API_PATH.exec(value.trim());
    if (!match?.[1] || !/[:#]/u.test(value)) continue;
    const member = match[2] ?? '';
    return `${match[1]}${member}${member && attributes.get('type') === 'method' ? '()' : ''}`;
  }
  return undefined;
}

/** The API name a raw-HTML empty component (`<DocsLink path="X:Class" />`) renders, if any. */
export function htmlComponentName(html: string): string | undefined {
  const match = EMPTY_COMPONENT.exec(html.trim());
  if (!match) return undefined;
  const attributes = new Map([...(match[2] ?? '').matchAll(ATTRIBUTE)].map((m) => [m[1]!, m[2]!]));
  return componentName(attributes);
}
