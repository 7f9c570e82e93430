/**
 * Reads Prometheus's text exposition format (what GET /metrics answers) into samples, so tests can
 * compare two scrapes. Written here rather than taken from prom-client, which only writes the format.
 */

/** One sample line: `name{label="value",…} value`. */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Every sample of a scrape; throws on a line that is neither a comment nor a sample. */
export function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (match === null) throw new Error(`not a sample line: ${line}`);
    const [, name = '', labelText = '', value = ''] = match;
    const labels: Record<string, string> = {};
    for (const [, key = '', raw = ''] of labelText.matchAll(LABEL))
      labels[key] = raw.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    samples.push({ name, labels, value: Number(value) });
  }
  return samples;
}

/** The value of the one sample with this name and these labels (among others); throws if none or several. */
export function sampleValue(
  samples: readonly Sample[],
  name: string,
  labels: Readonly<Record<string, string>> = {},
): number {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (found.length !== 1 || found[0] === undefined)
    throw new Error(`${found.length} samples ${name}${JSON.stringify(labels)}`);
  return found[0].value;
}

/** Every sample of `name`, keyed by its labels (`via=mention,outcome=answered`), with its value. */
export function seriesOf(samples: readonly Sample[], name: string): Map<string, number> {
  return new Map(
    samples
      .filter((s) => s.name === name)
      .map((s) => [
        Object.entries(s.labels)
          .map(([k, v]) => `${k}=${v}`)
          .join(','),
        s.value,
      ]),
  );
}

/** How much each series of `name` moved from one scrape to the next (only those that moved). */
export function movedBy(
  before: readonly Sample[],
  after: readonly Sample[],
  name: string,
): Record<string, number> {
  const was = seriesOf(before, name);
  const moved: Record<string, number> = {};
  for (const [key, value] of seriesOf(after, name)) {
    const delta = value - (was.get(key) ?? 0);
    if (delta !== 0) moved[key] = delta;
  }
  return moved;
}

/** GETs a /metrics URL and parses it; throws unless it answers 200 in the text format. */
export async function scrape(url: string): Promise<Sample[]> {
  const response = await fetch(url);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${text}`);
  if (!(response.headers.get('content-type') ?? '').startsWith('text/plain'))
    throw new Error(`${url}: content-type ${response.headers.get('content-type')}`);
  return parseExposition(text);
}
