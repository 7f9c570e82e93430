import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** The most a content file may hold: far above a real article (the shipped one is 2 KB) or glossary. */
export const MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024;
/** How long reading one content file may take before it counts as unreadable. */
export const CONTENT_READ_TIMEOUT_MS = 10_000;

/** A content file's text, or why it cannot be used; `missing` when the path does not exist. */
export type ContentFileRead =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly missing: boolean; readonly reason: string };

const refuse = (reason: string): ContentFileRead => ({ ok: false, missing: false, reason });
const bytes = (n: number): string => n.toLocaleString('en-US');

const tooLarge = (size: number): ContentFileRead =>
  refuse(
    `too large: ${bytes(size)} bytes, over the limit of ${MAX_CONTENT_FILE_BYTES / 2 ** 20} MiB (${bytes(MAX_CONTENT_FILE_BYTES)} bytes) per file`,
  );

function refusalOf(stats: Stats): ContentFileRead | undefined {
  if (!stats.isFile()) return refuse('not a regular file');
  if (stats.size > MAX_CONTENT_FILE_BYTES) return tooLarge(stats.size);
  return undefined;
}

/**
 * Reads one content file as UTF-8, refusing anything but a regular file within the size cap. Opening
 * a FIFO nobody writes blocks a libuv thread for good — and a blocked thread keeps even
 * process.exit() from returning — so the file is checked before it is opened and opened
 * non-blocking, then checked again on the open descriptor in case it was swapped in between.
 */
export async function readContentFile(
  path: string,
  timeoutMs = CONTENT_READ_TIMEOUT_MS,
): Promise<ContentFileRead> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
      return { ok: false, missing: true, reason: 'missing' };
    throw error;
  }
  const early = refusalOf(stats);
  if (early) return early;

  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  try {
    const refused = refusalOf(await handle.stat());
    if (refused) return refused;
    const timedOut = new Promise<ContentFileRead>((resolve) => {
      timer = setTimeout(() => {
        abort.abort();
        resolve(refuse(`cannot be read: no data after ${timeoutMs / 1000} s`));
      }, timeoutMs);
    });
    const read = handle.readFile({ signal: abort.signal }).then((buffer): ContentFileRead =>
      // The file may have grown since it was checked.
      buffer.length > MAX_CONTENT_FILE_BYTES
        ? tooLarge(buffer.length)
        : { ok: true, text: buffer.toString('utf8') },
    );
    return await Promise.race([read, timedOut]);
  } finally {
    clearTimeout(timer);
    // Not awaited: closing waits for a read still in flight, which a timeout has given up on.
    handle.close().catch(() => undefined);
  }
}
