/** Fake Discord for end-to-end tests: see tests/support/README.md. */
export { startFakeDiscord, GATEWAY_PATH, type FakeDiscordOptions } from './server.js';
export { FakeDiscord } from './fake-discord.js';
export type { PayloadBuilders } from './builders.js';
export type { GatewayFaults } from './gateway-faults.js';
export type { RestFaults, RateLimitOptions } from './rest-faults.js';
export { rateLimitResponse } from './rest-faults.js';
export { discordError, type RouteResponse } from './route-table.js';
export type { World, InteractionState } from './world.js';
export type { IncomingMessageOptions, MessageAuthor } from './payloads/messages.js';
export type {
  AutocompleteInteractionOptions,
  ButtonOptions,
  ChatInputOptions,
  MessageContextMenuOptions,
} from './payloads/interactions.js';
export type { InteractionPlaceOptions } from './payloads/interaction-context.js';
export type { OptionValue } from './payloads/interaction-options.js';
export { snowflake, snowflakeTime } from './snowflake.js';
export type * from './types.js';
export type { EndpointReply, HttpDelivery } from './http-delivery.js';
