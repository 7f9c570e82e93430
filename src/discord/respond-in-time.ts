import {
  MessageFlags,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { DiscordMessage } from './render/render-answer.js';

/** Interactions answered with a fresh message. */
export type AskInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/** Discord allows 3 s for the first response; defer with margin to spare. */
export const DEFER_AFTER_MS = 2500;

/**
 * Replies with what `produce` returns. If producing has not finished after `deferAfterMs`, the
 * interaction is deferred first and the reply becomes an edit. Resolves with the message id of a
 * public reply (null for an ephemeral one, or if Discord did not say).
 */
export async function respondInTime(
  interaction: AskInteraction,
  ephemeral: boolean,
  produce: () => DiscordMessage | Promise<DiscordMessage>,
  deferAfterMs = DEFER_AFTER_MS,
): Promise<string | null> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  const started = performance.now();
  // The deferral settles to its error (or null) so it can never become an unhandled rejection.
  const state: { deferral: Promise<Error | null> | null } = { deferral: null };
  const defer = () =>
    interaction.deferReply({ flags }).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
  let message: DiscordMessage;
  const produced = produce();
  if (produced instanceof Promise) {
    // Only asynchronous work can be overtaken by the deadline; synchronous work is checked below.
    const timer = setTimeout(() => {
      state.deferral = defer();
    }, deferAfterMs);
    try {
      message = await produced;
    } finally {
      clearTimeout(timer);
    }
  } else {
    message = produced;
  }
  // Synchronous work cannot be interrupted by the timer; check the clock too.
  if (state.deferral === null && performance.now() - started >= deferAfterMs) state.deferral = defer();
  if (state.deferral !== null) {
    const deferError = await state.deferral;
    if (deferError !== null) throw deferError;
    const edited = await interaction.editReply(message);
    return ephemeral ? null : edited.id;
  }
  if (ephemeral) {
    await interaction.reply({ ...message, flags });
    return null;
  }
  // A public answer may be linked to by a repeat: Discord says which message it became in the
  // same response (a few µs to parse), so nobody has to ask for it later.
  const response = await interaction.reply({ ...message, withResponse: true });
  return response.resource?.message?.id ?? null;
}
