import { NO_MENTIONS, fitContent } from './limits.js';
import type { DiscordMessage } from './render-answer.js';

/** A short plain-text note (cooldown, errors, permissions); the text is ours, not the user's. */
export function renderNotice(text: string): DiscordMessage {
  return { content: fitContent(text), embeds: [], components: [], allowed_mentions: NO_MENTIONS };
}

/** Fixed wording for the notes the bot sends. */
export const NOTICES = {
  cooldown: "You're asking a lot at once. Give me a few seconds, then try again.",
  error: 'Something went wrong on my side. Please try again in a moment.',
  staleButton: "That button doesn't work any more. Ask again with /ask.",
  unknownEntry: 'That question is no longer in the knowledge base. Try /topics.',
  notAsker: 'Only the person who asked can do that.',
  // Only the voter sees it; the store keeps one vote per person and answer, the latest press.
  voteCounted: (vote: 'up' | 'down') =>
    vote === 'up'
      ? 'Thanks! Your 👍 is counted. Pressing 👎 instead changes your vote.'
      : 'Thanks! Your 👎 is counted. Pressing 👍 instead changes your vote.',
  noText: 'That message has no text I can read as a question.',
  unknownCommand: "I don't know that command. Try /help.",
  alreadyDeleted: 'That answer is already gone.',
  statsForManagers: "Only members with Manage Server can see this server's stats.",
  statsOff: 'Nothing is stored (STORAGE=off), so there are no stats to show.',
  statsUnavailable: 'The stats cannot be read right now. Please try again in a moment.',
  // Without the link while it is still being looked up: the response cannot wait for it.
  earlier: (url: string | null) =>
    url === null
      ? 'I answered that here a moment ago, just above.'
      : `I answered that here a moment ago: ${url}`,
} as const;
