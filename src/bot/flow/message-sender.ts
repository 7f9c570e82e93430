import type { REST } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import { z } from 'zod';
import type { DiscordMessage } from '../render/render-answer.js';
import { renderNotice } from '../render/render-notice.js';
import type { AnswerSender } from './ask-question.js';

/** The message a chat question came in: the ids a reply needs. */
export interface ChatMessage {
  readonly id: string;
  readonly guildId: string | null;
  readonly channelId: string;
  readonly authorId: string;
}

const SentMessage = z.object({ id: z.string() });

/**
 * A reply to the message that never pings and still posts if the original was deleted. Posted
 * through REST as Discord's own JSON: no discord.js Message is built for it, nor for the answer.
 */
export async function replyTo(rest: REST, message: ChatMessage, body: DiscordMessage): Promise<string> {
  const sent = await rest.post(Routes.channelMessages(message.channelId), {
    body: { ...body, message_reference: { message_id: message.id, fail_if_not_exists: false } },
  });
  return SentMessage.parse(sent).id;
}

/** Answers leave as replies in the channel; the reply's id comes back with it. */
export function messageSender(message: ChatMessage, rest: REST): AnswerSender {
  return {
    mustRespond: false,
    async note(text) {
      await replyTo(rest, message, renderNotice(text));
    },
    async send(body) {
      const messageId = await replyTo(rest, message, body);
      return { guildId: message.guildId, channelId: message.channelId, messageId };
    },
  };
}
