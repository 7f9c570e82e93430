import type { REST } from 'discord.js';
import {
  InteractionResponseType,
  MessageFlags,
  Routes,
  type APIApplicationCommandOptionChoice,
  type APIInteraction,
} from 'discord-api-types/v10';
import { z } from 'zod';
import type { DiscordMessage } from '../discord/render/render-answer.js';
import type { InteractionResponder } from './interaction-responder.js';

/** How far an interaction's response has got; the error boundary reads it to pick a way to say sorry. */
export type ResponsePhase = 'none' | 'deferred-message' | 'deferred-update' | 'responded';

/**
 * Everything a handler can say to Discord about one interaction: the one initial response through the
 * transport's responder, then edits and follow-ups through the webhook routes (no bot token needed).
 */
export interface InteractionReply {
  readonly phase: ResponsePhase;
  /** A new message (type 4); resolves with its id when the transport learns it. */
  message(body: DiscordMessage, options?: { readonly ephemeral?: boolean }): Promise<string | null>;
  /** "Thinking…" (type 5); the answer follows with `editOriginal`. */
  defer(options?: { readonly ephemeral?: boolean }): Promise<void>;
  /** Replaces the message the clicked component is on (type 7). */
  update(body: DiscordMessage): Promise<void>;
  /** Acknowledges a component without changing its message yet (type 6). */
  deferUpdate(): Promise<void>;
  /** Autocomplete choices (type 8). */
  choices(choices: readonly APIApplicationCommandOptionChoice[]): Promise<void>;
  /**
   * Edits the original response (after `defer`, or the component's message after `deferUpdate`),
   * attaching `files` if given; resolves with its id.
   */
  editOriginal(body: DiscordMessage, files?: readonly AttachedFile[]): Promise<string>;
  /** A further message after the initial response. */
  followUp(body: DiscordMessage, options?: { readonly ephemeral?: boolean }): Promise<void>;
}

/** A file sent with a message, e.g. a chart referenced by an embed as `attachment://name`. */
export interface AttachedFile {
  readonly name: string;
  readonly data: Buffer;
}

const SentMessage = z.object({ id: z.string() });

/** The reply handle for one interaction, over a transport's responder and a REST client for the webhook. */
export function createInteractionReply(
  interaction: Pick<APIInteraction, 'application_id' | 'token'>,
  responder: InteractionResponder,
  rest: REST,
): InteractionReply {
  let phase: ResponsePhase = 'none';
  const flagsOf = (ephemeral: boolean | undefined) =>
    ephemeral === true ? MessageFlags.Ephemeral : undefined;
  const original = Routes.webhookMessage(interaction.application_id, interaction.token, '@original');
  return {
    get phase() {
      return phase;
    },
    async message(body, options) {
      const flags = flagsOf(options?.ephemeral);
      const data = flags === undefined ? body : { ...body, flags };
      const id = await responder.respond({ type: InteractionResponseType.ChannelMessageWithSource, data });
      phase = 'responded';
      return id;
    },
    async defer(options) {
      const flags = flagsOf(options?.ephemeral);
      await responder.respond({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        ...(flags === undefined ? {} : { data: { flags } }),
      });
      phase = 'deferred-message';
    },
    async update(body) {
      await responder.respond({ type: InteractionResponseType.UpdateMessage, data: body });
      phase = 'responded';
    },
    async deferUpdate() {
      await responder.respond({ type: InteractionResponseType.DeferredMessageUpdate });
      phase = 'deferred-update';
    },
    async choices(choices) {
      await responder.respond({
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [...choices] },
      });
      phase = 'responded';
    },
    async editOriginal(body, files) {
      const attached = files?.map((file) => ({ name: file.name, data: file.data }));
      const edited = await rest.patch(original, { body, auth: false, files: attached });
      phase = 'responded';
      return SentMessage.parse(edited).id;
    },
    async followUp(body, options) {
      const flags = flagsOf(options?.ephemeral);
      await rest.post(Routes.webhook(interaction.application_id, interaction.token), {
        body: flags === undefined ? body : { ...body, flags },
        auth: false,
      });
    },
  };
}
