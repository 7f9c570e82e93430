import type { REST } from 'discord.js';
import {
  InteractionResponseType,
  MessageFlags,
  Routes,
  type APIApplicationCommandOptionChoice,
  type APIInteraction,
} from 'discord-api-types/v10';
import { z } from 'zod';
import type { DiscordMessage } from '../render/render-answer.js';
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

/**
 * The reply handle for one interaction, over a transport's responder and a REST client for the webhook.
 * A class, not an object literal: a getter in a literal gives every object a hidden class of its
 * own, which V8 keeps in old space until the next full GC, and with it everything the getter's
 * closure holds (the interaction, the response): under load that promoted every request and made
 * each minor GC copy megabytes (measured with --trace-gc-nvp under bench:e2e's HTTP load).
 */
export function createInteractionReply(
  interaction: Pick<APIInteraction, 'application_id' | 'token'>,
  responder: InteractionResponder,
  rest: REST,
): InteractionReply {
  return new WebhookInteractionReply(interaction, responder, rest);
}

class WebhookInteractionReply implements InteractionReply {
  #phase: ResponsePhase = 'none';
  // Only what the webhook routes need, not the whole interaction.
  readonly #applicationId: string;
  readonly #token: string;
  readonly #responder: InteractionResponder;
  readonly #rest: REST;

  constructor(
    interaction: Pick<APIInteraction, 'application_id' | 'token'>,
    responder: InteractionResponder,
    rest: REST,
  ) {
    this.#applicationId = interaction.application_id;
    this.#token = interaction.token;
    this.#responder = responder;
    this.#rest = rest;
  }

  get phase(): ResponsePhase {
    return this.#phase;
  }

  async message(body: DiscordMessage, options?: { readonly ephemeral?: boolean }): Promise<string | null> {
    const flags = flagsOf(options?.ephemeral);
    const data = flags === undefined ? body : { ...body, flags };
    const id = await this.#responder.respond({
      type: InteractionResponseType.ChannelMessageWithSource,
      data,
    });
    this.#phase = 'responded';
    return id;
  }

  async defer(options?: { readonly ephemeral?: boolean }): Promise<void> {
    const flags = flagsOf(options?.ephemeral);
    await this.#responder.respond({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      ...(flags === undefined ? {} : { data: { flags } }),
    });
    this.#phase = 'deferred-message';
  }

  async update(body: DiscordMessage): Promise<void> {
    await this.#responder.respond({ type: InteractionResponseType.UpdateMessage, data: body });
    this.#phase = 'responded';
  }

  async deferUpdate(): Promise<void> {
    await this.#responder.respond({ type: InteractionResponseType.DeferredMessageUpdate });
    this.#phase = 'deferred-update';
  }

  async choices(choices: readonly APIApplicationCommandOptionChoice[]): Promise<void> {
    await this.#responder.respond({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [...choices] },
    });
    this.#phase = 'responded';
  }

  async editOriginal(body: DiscordMessage, files?: readonly AttachedFile[]): Promise<string> {
    const original = Routes.webhookMessage(this.#applicationId, this.#token, '@original');
    const attached = files?.map((file) => ({ name: file.name, data: file.data }));
    const edited = await this.#rest.patch(original, { body, auth: false, files: attached });
    this.#phase = 'responded';
    return SentMessage.parse(edited).id;
  }

  async followUp(body: DiscordMessage, options?: { readonly ephemeral?: boolean }): Promise<void> {
    const flags = flagsOf(options?.ephemeral);
    await this.#rest.post(Routes.webhook(this.#applicationId, this.#token), {
      body: flags === undefined ? body : { ...body, flags },
      auth: false,
    });
  }
}

function flagsOf(ephemeral: boolean | undefined): MessageFlags.Ephemeral | undefined {
  return ephemeral === true ? MessageFlags.Ephemeral : undefined;
}
