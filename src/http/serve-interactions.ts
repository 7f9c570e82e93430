import type { InteractionsEndpointConfig } from '../config/parse-config.js';
import type { BotContext } from '../bot/bot-context.js';
import { handleInteraction } from '../bot/interactions/handle-interaction.js';
import type { Logger } from '../logging/logger.js';
import { startInteractionsServer, type InteractionsServer } from './interactions-server.js';

/**
 * Serves the interactions endpoint with the same handlers as the gateway: every verified
 * interaction goes to handleInteraction with the HTTP responder and this context. With
 * `serveMetrics` (INTERACTIONS_METRICS), GET /metrics answers with the context's metrics.
 */
export function serveInteractions(
  endpoint: InteractionsEndpointConfig,
  ctx: BotContext,
  logger: Logger,
  serveMetrics: boolean,
): Promise<InteractionsServer> {
  return startInteractionsServer({
    publicKey: endpoint.publicKey,
    path: endpoint.path,
    port: endpoint.port,
    logger,
    ...(serveMetrics ? { metrics: ctx.metrics } : {}),
    dispatch: (interaction, responder) => handleInteraction(interaction, responder, ctx),
  });
}
