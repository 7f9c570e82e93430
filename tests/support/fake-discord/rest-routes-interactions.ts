/** Interaction callback route and the interaction webhook (original response edits, follow-ups, deletes). */
import { MessageFlags, type APIMessage } from 'discord-api-types/v10';
import { messageBodyProblem } from './message-validation.js';
import { applyEdit } from './payloads/bot-messages.js';
import { interactionCallback, isEphemeral, responseMessage } from './rest-routes-callback.js';
import {
  discordError,
  json,
  noContent,
  route,
  type RouteRequest,
  type RouteResponse,
} from './route-table.js';
import type { InteractionState } from './world.js';

function webhookState(req: RouteRequest): InteractionState | RouteResponse {
  const state = req.world.interactions.get(req.params['token'] ?? '');
  if (!state || req.params['appId'] !== req.world.application.id || !state.acknowledged) {
    return discordError(404, 10015, 'Unknown Webhook');
  }
  return state;
}

function webhookMessage(req: RouteRequest): { state: InteractionState; message: APIMessage } | RouteResponse {
  const state = webhookState(req);
  if (!('token' in state)) return state;
  const requested = req.params['messageId'];
  const id = requested === '@original' ? state.originalMessageId : requested;
  const message = req.world.messages.get(id ?? '');
  return message ? { state, message } : discordError(404, 10008, 'Unknown Message');
}

export const interactionRoutes = [
  route('POST /interactions/:interactionId/:token/callback', interactionCallback),
  route('GET /webhooks/:appId/:token/messages/:messageId', (req) => {
    const found = webhookMessage(req);
    return 'message' in found ? json(found.message) : found;
  }),
  route('PATCH /webhooks/:appId/:token/messages/:messageId', (req) => {
    const found = webhookMessage(req);
    if (!('message' in found)) return found;
    const problem = messageBodyProblem(req.body, req.call.files.length, false);
    if (problem) return problem;
    const edited = applyEdit(found.message, req.body);
    edited.flags = (edited.flags ?? 0) & ~MessageFlags.Loading;
    req.world.messages.set(edited.id, edited);
    if (!isEphemeral(edited)) req.echo('update', edited);
    return json(edited);
  }),
  route('DELETE /webhooks/:appId/:token/messages/:messageId', (req) => {
    const found = webhookMessage(req);
    if (!('message' in found)) return found;
    req.world.messages.delete(found.message.id);
    if (!isEphemeral(found.message)) req.echo('delete', found.message);
    return noContent();
  }),
  route('POST /webhooks/:appId/:token', (req) => {
    const state = webhookState(req);
    if (!('token' in state)) return state;
    const problem = messageBodyProblem(req.body, req.call.files.length, true);
    if (problem) return problem;
    const message = responseMessage(req, state, req.body, false);
    return req.call.query['wait'] === 'true' ? json(message) : noContent();
  }),
];
