/** Reads and parses REST request bodies: JSON, or multipart/form-data with a `payload_json` part. */
import type { IncomingMessage } from 'node:http';
import type { RecordedFile } from './types.js';

export interface ParsedBody {
  body: unknown;
  files: RecordedFile[];
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  if (raw.length === 0) return { body: undefined, files: [] };
  const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
  if (boundary) return parseMultipart(raw, boundary);
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text) as unknown, files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

interface Part {
  headers: Record<string, string>;
  content: Buffer;
}

function splitParts(raw: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const section = raw.subarray(start + delimiter.length, next);
    const headerEnd = section.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers: Record<string, string> = {};
      for (const line of section.subarray(0, headerEnd).toString('utf8').split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      // Content ends before the CRLF that precedes the next delimiter.
      parts.push({ headers, content: section.subarray(headerEnd + 4, section.length - 2) });
    }
    start = next;
  }
  return parts;
}

function dispositionParam(disposition: string, key: string): string | undefined {
  return new RegExp(`${key}="([^"]*)"`, 'i').exec(disposition)?.[1];
}

function parseMultipart(raw: Buffer, boundary: string): ParsedBody {
  let body: unknown = undefined;
  const files: RecordedFile[] = [];
  for (const part of splitParts(raw, boundary)) {
    const disposition = part.headers['content-disposition'] ?? '';
    const field = dispositionParam(disposition, 'name') ?? '';
    const filename = dispositionParam(disposition, 'filename');
    if (field === 'payload_json') {
      body = JSON.parse(part.content.toString('utf8')) as unknown;
    } else if (filename !== undefined) {
      const contentType = part.headers['content-type'] ?? 'application/octet-stream';
      files.push({ field, filename, contentType, size: part.content.length });
    }
  }
  return { body, files };
}
