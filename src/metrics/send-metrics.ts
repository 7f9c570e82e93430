import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logging/logger.js';
import type { Metrics } from './metrics.js';

/**
 * Answers a scrape: GET (or HEAD) gets the Prometheus text format, anything else 405. No signature,
 * no body read: the request carries nothing, and the answer holds only counts and timings.
 */
export async function sendMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  metrics: Metrics,
  logger: Logger,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-length': 0, connection: 'close' }).end();
    return;
  }
  let text: string;
  try {
    text = await metrics.scrape();
  } catch (error) {
    logger.error({ err: error }, 'Collecting metrics failed');
    if (!res.headersSent) res.writeHead(500, { 'content-length': 0 }).end();
    return;
  }
  if (res.headersSent || res.destroyed) return;
  res.writeHead(200, { 'content-type': metrics.contentType, 'content-length': Buffer.byteLength(text) });
  res.end(req.method === 'HEAD' ? undefined : text);
}
