import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import type { Logger } from '../logging/logger.js';
import type { Metrics } from '../metrics/metrics.js';
import { METRICS_PATH } from '../metrics/serve-metrics.js';
import { sendMetrics } from '../metrics/send-metrics.js';
import type { DispatchInteraction } from './dispatch-interaction.js';
import { createHttpResponder } from './http-responder.js';
import { parseInteraction } from './parse-interaction.js';
import { readBody } from './read-body.js';
import { refuse, sendJson } from './send-json.js';
import { isFresh, readSignatureHeaders, type SignatureCheck } from './verify-signature.js';

/** Discord waits this long for the first response; after it, nobody reads ours. */
export const RESPONSE_TIMEOUT_MS = 3_000;

/** What a request handler needs; one per server. */
export interface RequestContext {
  readonly checkSignature: SignatureCheck;
  readonly path: string;
  readonly dispatch: DispatchInteraction;
  readonly logger: Logger;
  /** Runs work that shutdown waits for; resolves when it is done. */
  readonly track: (work: () => Promise<void>) => Promise<void>;
  /** False once stopping: new requests are turned away. */
  readonly accepting: () => boolean;
  readonly now: () => number;
  readonly responseTimeoutMs: number;
  /** What GET /metrics serves; undefined: not served here. */
  readonly metrics: Metrics | undefined;
}

const PONG = JSON.stringify({ type: InteractionResponseType.Pong });

/**
 * Routes one request: health check, metrics, the interactions path, or a 404/405. Health and
 * metrics come before any signature check: they carry nothing, and answer with nothing private.
 */
export async function handleRequest(
  ctx: RequestContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = (req.url ?? '/').split('?', 1)[0];
  if (path === '/healthz') return answerHealth(ctx, req, res);
  if (path === METRICS_PATH && ctx.metrics) return sendMetrics(req, res, ctx.metrics, ctx.logger);
  if (path !== ctx.path) return refuse(res, 404, 'not found');
  if (req.method !== 'POST') return refuse(res, 405, 'method not allowed', { allow: 'POST' });
  if (!ctx.accepting()) return refuse(res, 503, 'shutting down');
  await ctx.track(() => answerInteraction(ctx, req, res));
}

function answerHealth(ctx: RequestContext, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return refuse(res, 405, 'method not allowed', { allow: 'GET' });
  // 503 while stopping, so a load balancer takes this replica out before it is gone.
  if (!ctx.accepting()) return refuse(res, 503, 'shutting down');
  sendJson(res, 200, { status: 'ok' });
}

/** Signature, body, JSON, then the handlers; every refusal comes before any JSON is parsed. */
async function answerInteraction(
  ctx: RequestContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const headers = readSignatureHeaders(
    req.headers['x-signature-ed25519'],
    req.headers['x-signature-timestamp'],
  );
  if (headers === null) return refuse(res, 401, 'missing or malformed signature headers');
  if (!isFresh(headers.timestamp, ctx.now())) return refuse(res, 401, 'stale or future timestamp');
  const read = await readBody(req);
  if (!read.ok) {
    if (read.reason === 'too-large') refuse(res, 413, 'body too large');
    else res.destroy();
    return;
  }
  if (!(await ctx.checkSignature(headers, read.body))) return refuse(res, 401, 'invalid request signature');
  const parsed = parseInteraction(read.body);
  if (!parsed.ok) return refuse(res, 400, parsed.error);
  const { interaction } = parsed;
  if (interaction.type === InteractionType.Ping) return sendJson(res, 200, PONG);
  await dispatchWithDeadline(ctx, interaction, res);
}

/**
 * Hands the interaction to the handlers. The request is answered with their response; if they
 * finish, fail or take RESPONSE_TIMEOUT_MS without one, with a 500 instead of hanging. Their
 * later work (a deferred reply's edit) keeps running, and is waited for on shutdown.
 */
async function dispatchWithDeadline(
  ctx: RequestContext,
  interaction: Parameters<DispatchInteraction>[0],
  res: ServerResponse,
): Promise<void> {
  const responder = createHttpResponder((json) => sendJson(res, 200, json));
  const giveUp = (why: string): void => {
    if (responder.responded) return;
    responder.close();
    ctx.logger.warn(
      { event: 'interaction-http', interactionId: interaction.id, type: interaction.type },
      why,
    );
    sendJson(res, 500, { error: 'no response from the handler' });
  };
  const timer = setTimeout(
    () => giveUp(`No response within ${ctx.responseTimeoutMs} ms`),
    ctx.responseTimeoutMs,
  );
  try {
    await ctx.dispatch(interaction, responder);
    giveUp('The handler finished without responding');
  } catch (error) {
    ctx.logger.error({ err: error, interactionId: interaction.id }, 'Interaction dispatch failed');
    giveUp('The handler failed without responding');
  } finally {
    clearTimeout(timer);
  }
}
