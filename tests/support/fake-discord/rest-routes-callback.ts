/** POST /interactions/:id/:token/callback — the first (and only) response to an interaction. */
import {
  InteractionResponseType as R,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIMessage,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord-api-types/v10';
import { asObject, numberField } from './json-fields.js';
import { messageBodyProblem } from './message-validation.js';
import { applyEdit, messageFromBody } from './payloads/bot-messages.js';
import { discordError, json, noContent, type RouteRequest, type RouteResponse } from './route-table.js';
import type { InteractionState } from './world.js';

/** Which callback types Discord accepts for each interaction type. */
const ALLOWED_CALLBACKS: Partial<Record<InteractionType, R[]>> = {
  [InteractionType.ApplicationCommand]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.Modal,
    R.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
    R.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [R.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
  ],
};

export const isEphemeral = (m: APIMessage): boolean => ((m.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

export function responseMessage(
  req: RouteRequest,
  state: InteractionState,
  data: unknown,
  loading: boolean,
): APIMessage {
  const type =
    state.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default;
  const extras = { webhookId: req.world.application.id, applicationId: req.world.application.id, type };
  const message = messageFromBody(req.world, state.channelId, data, extras);
  if (loading) message.flags = (message.flags ?? 0) | MessageFlags.Loading;
  req.world.messages.set(message.id, message);
  if (!isEphemeral(message)) req.echo('create', message);
  return message;
}

export function interactionCallback(req: RouteRequest): RouteResponse {
  const { world, params, body, call } = req;
  const state = world.interactions.get(params['token'] ?? '');
  const late =
    state &&
    world.interactionDeadlineMs !== null &&
    Date.now() - state.dispatchedAt > world.interactionDeadlineMs;
  if (!state || state.id !== params['interactionId'] || late)
    return discordError(404, 10062, 'Unknown interaction');
  if (state.acknowledged) return discordError(400, 40060, 'Interaction has already been acknowledged.');
  const requested = numberField(body, 'type');
  const type = (ALLOWED_CALLBACKS[state.type] ?? []).find((allowed) => Number(allowed) === requested);
  if (type === undefined) return discordError(400, 50035, 'Invalid Form Body');
  const data = asObject(body['data']);
  if (type === R.ChannelMessageWithSource || type === R.UpdateMessage) {
    const problem = messageBodyProblem(data, call.files.length, type === R.ChannelMessageWithSource);
    if (problem) return problem;
  }
  state.acknowledged = true;
  state.callbackType = type;
  let message: APIMessage | undefined;
  if (type === R.ChannelMessageWithSource || type === R.DeferredChannelMessageWithSource) {
    message = responseMessage(req, state, data, type === R.DeferredChannelMessageWithSource);
    state.originalMessageId = message.id;
  } else if (type === R.DeferredMessageUpdate || type === R.UpdateMessage) {
    state.originalMessageId = state.componentMessageId;
    const original = world.messages.get(state.componentMessageId ?? '');
    if (original && type === R.UpdateMessage) {
      message = applyEdit(original, data);
      world.messages.set(message.id, message);
      if (!isEphemeral(message)) req.echo('update', message);
    }
  }
  if (call.query['with_response'] !== 'true') return noContent();
  const result: RESTPostAPIInteractionCallbackWithResponseResult = {
    interaction: {
      id: state.id,
      type: state.type,
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: type === R.DeferredChannelMessageWithSource,
            response_message_ephemeral: isEphemeral(message),
          }
        : {}),
    },
    resource: { type, ...(message ? { message } : {}) },
  };
  return json(result);
}
