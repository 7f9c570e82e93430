/** REST routes about the bot itself: gateway info, users, application, command registration. */
import {
  ApplicationCommandType,
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  type RESTGetAPIGatewayBotResult,
} from 'discord-api-types/v10';
import { asObject, stringField } from './json-fields.js';
import { discordError, json, route, type RouteRequest, type RouteResponse } from './route-table.js';
import { snowflake } from './snowflake.js';

function gatewayBot(req: RouteRequest): RouteResponse {
  const result: RESTGetAPIGatewayBotResult = {
    url: req.gatewayUrl,
    shards: req.world.recommendedShards,
    session_start_limit: {
      total: 1000,
      remaining: 1000,
      reset_after: 86_400_000,
      max_concurrency: req.world.maxConcurrency,
    },
  };
  return json(result);
}

function application(req: RouteRequest): RouteResponse {
  const { bot, application } = req.world;
  return json({
    ...application,
    name: bot.username,
    icon: null,
    description: '',
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    owner: req.world.owner,
    team: req.world.team(),
    bot,
  });
}

/** Stores the commands the bot registered and echoes them back with ids, as Discord does. */
function storeCommands(req: RouteRequest, scope: string, guildId: string | undefined): RouteResponse {
  const raw = Array.isArray(req.call.body) ? req.call.body : [];
  const previous = req.world.commands.get(scope) ?? [];
  const stored = raw.map((entry): APIApplicationCommand => {
    const cmd = asObject(entry);
    const name = stringField(cmd, 'name') ?? '';
    const type =
      typeof cmd['type'] === 'number'
        ? (cmd['type'] as ApplicationCommandType)
        : ApplicationCommandType.ChatInput;
    return {
      id: previous.find((p) => p.name === name && p.type === type)?.id ?? snowflake(),
      application_id: req.world.application.id,
      ...(guildId ? { guild_id: guildId } : {}),
      type,
      name,
      description: stringField(cmd, 'description') ?? '',
      // Echo of what the bot registered; the fake does not validate option shapes.
      options: Array.isArray(cmd['options']) ? (cmd['options'] as APIApplicationCommandOption[]) : [],
      default_member_permissions: stringField(cmd, 'default_member_permissions') ?? null,
      nsfw: cmd['nsfw'] === true,
      version: snowflake(),
    };
  });
  req.world.commands.set(scope, stored);
  return json(stored);
}

function knownApp(req: RouteRequest): RouteResponse | null {
  return req.params['appId'] === req.world.application.id
    ? null
    : discordError(404, 10002, 'Unknown Application');
}

export const appRoutes = [
  route('GET /gateway', (req) => json({ url: req.gatewayUrl })),
  route('GET /gateway/bot', gatewayBot),
  route('GET /users/@me', (req) => json(req.world.bot)),
  route('GET /users/:userId', (req) => {
    const user = req.world.users.get(req.params['userId'] ?? '');
    return user ? json(user) : discordError(404, 10013, 'Unknown User');
  }),
  route('GET /applications/@me', application),
  route('GET /oauth2/applications/@me', application),
  route(
    'GET /applications/:appId/commands',
    (req) => knownApp(req) ?? json(req.world.commands.get('global') ?? []),
  ),
  route(
    'PUT /applications/:appId/commands',
    (req) => knownApp(req) ?? storeCommands(req, 'global', undefined),
  ),
  route('GET /applications/:appId/guilds/:guildId/commands', (req) => {
    return knownApp(req) ?? json(req.world.commands.get(req.params['guildId'] ?? '') ?? []);
  }),
  route('PUT /applications/:appId/guilds/:guildId/commands', (req) => {
    const guildId = req.params['guildId'] ?? '';
    return knownApp(req) ?? storeCommands(req, guildId, guildId);
  }),
];
