import type { ReloadResult } from '../../knowledge/reload-knowledge.js';
import type { DiscordMessage } from './render-answer.js';
import { NO_MENTIONS, escapeUserText, fitContent } from './limits.js';

/** The admin's view of a reload: new sizes, or each problem with file, entry and reason. */
export function renderReloadResult(result: ReloadResult): DiscordMessage {
  const content = result.ok
    ? `Reloaded: ${result.passages} passages, ${result.questions} questions.`
    : [
        'Reload failed; the previous content is still being served. Problems:',
        ...result.problems.map((p) => `• ${escapeUserText(`${p.file} › ${p.entry}: ${p.reason}`)}`),
      ].join('\n');
  // Problems can be long; the content limit is enforced, the log keeps the full list.
  return { content: fitContent(content), embeds: [], components: [], allowed_mentions: NO_MENTIONS };
}
