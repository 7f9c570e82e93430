/** Channel, message, DM and guild routes. */
import type { APIMessage } from 'discord-api-types/v10';
import { makeUser } from './fixtures.js';
import { asObject, stringField } from './json-fields.js';
import { messageBodyProblem } from './message-validation.js';
import { applyEdit, messageFromBody } from './payloads/bot-messages.js';
import {
  discordError,
  json,
  noContent,
  route,
  type RouteRequest,
  type RouteResponse,
} from './route-table.js';

const unknownChannel = (): RouteResponse => discordError(404, 10003, 'Unknown Channel');
const unknownMessage = (): RouteResponse => discordError(404, 10008, 'Unknown Message');

function storedMessage(req: RouteRequest): APIMessage | undefined {
  const message = req.world.messages.get(req.params['messageId'] ?? '');
  return message?.channel_id === req.params['channelId'] ? message : undefined;
}

function createMessage(req: RouteRequest): RouteResponse {
  const channelId = req.params['channelId'] ?? '';
  if (!req.world.channels.has(channelId)) return unknownChannel();
  const problem = messageBodyProblem(req.body, req.call.files.length, true);
  if (problem) return problem;
  const reference = asObject(req.body['message_reference']);
  const referencedId = stringField(reference, 'message_id');
  if (referencedId && !req.world.messages.has(referencedId) && reference['fail_if_not_exists'] !== false) {
    return {
      status: 400,
      body: {
        message: 'Invalid Form Body',
        code: 50035,
        errors: {
          message_reference: {
            _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }],
          },
        },
      },
    };
  }
  const message = messageFromBody(req.world, channelId, req.body);
  req.world.messages.set(message.id, message);
  req.echo('create', message);
  return json(message);
}

function listMessages(req: RouteRequest): RouteResponse {
  const channelId = req.params['channelId'] ?? '';
  if (!req.world.channels.has(channelId)) return unknownChannel();
  const limit = Number(req.call.query['limit'] ?? 50);
  const inChannel = [...req.world.messages.values()].filter((m) => m.channel_id === channelId);
  return json(inChannel.sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1)).slice(0, limit));
}

function guildOf(req: RouteRequest) {
  return req.world.guilds.find((g) => g.guild.id === req.params['guildId'])?.guild;
}

export const channelRoutes = [
  route('GET /channels/:channelId', (req) => {
    const channel = req.world.channels.get(req.params['channelId'] ?? '');
    return channel ? json(channel) : unknownChannel();
  }),
  route('GET /channels/:channelId/messages', listMessages),
  route('POST /channels/:channelId/messages', createMessage),
  route('GET /channels/:channelId/messages/:messageId', (req) => {
    const message = storedMessage(req);
    return message ? json(message) : unknownMessage();
  }),
  route('PATCH /channels/:channelId/messages/:messageId', (req) => {
    const message = storedMessage(req);
    if (!message) return unknownMessage();
    if (message.author.id !== req.world.bot.id)
      return discordError(403, 50005, 'Cannot edit a message authored by another user');
    const problem = messageBodyProblem(req.body, req.call.files.length, false);
    if (problem) return problem;
    const edited = applyEdit(message, req.body);
    req.world.messages.set(edited.id, edited);
    req.echo('update', edited);
    return json(edited);
  }),
  route('DELETE /channels/:channelId/messages/:messageId', (req) => {
    const message = storedMessage(req);
    if (!message) return unknownMessage();
    req.world.messages.delete(message.id);
    req.echo('delete', message);
    return noContent();
  }),
  route('POST /channels/:channelId/typing', (req) =>
    req.world.channels.has(req.params['channelId'] ?? '') ? noContent() : unknownChannel(),
  ),
  route('PUT /channels/:channelId/messages/:messageId/reactions/:emoji/@me', (req) =>
    storedMessage(req) ? noContent() : unknownMessage(),
  ),
  route('DELETE /channels/:channelId/messages/:messageId/reactions/:emoji/@me', (req) =>
    storedMessage(req) ? noContent() : unknownMessage(),
  ),
  route('POST /users/@me/channels', (req) => {
    const recipientId = stringField(req.body, 'recipient_id') ?? '';
    const user = req.world.users.get(recipientId) ?? { ...makeUser(`user-${recipientId}`), id: recipientId };
    return json(req.world.dmChannelWith(user));
  }),
  route('GET /guilds/:guildId', (req) => {
    const guild = guildOf(req);
    return guild ? json(guild) : discordError(404, 10004, 'Unknown Guild');
  }),
  route('GET /guilds/:guildId/channels', (req) => json(guildOf(req)?.channels ?? [])),
  route('GET /guilds/:guildId/roles', (req) => json(guildOf(req)?.roles ?? [])),
  route('GET /guilds/:guildId/members/:userId', (req) => {
    const member = guildOf(req)?.members.find((m) => m.user.id === req.params['userId']);
    return member ? json(member) : discordError(404, 10007, 'Unknown Member');
  }),
];
