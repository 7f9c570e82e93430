import type { Interaction } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { handleInteractionError } from '../handle-interaction-error.js';
import type { WorkTracker } from '../work-tracker.js';
import { routeInteraction } from './route-interaction.js';

/** The interactionCreate listener: ignored once shutting down, every handler behind the error boundary. */
export function onInteractionCreate(
  ctx: BotContext,
  tracker: WorkTracker,
): (interaction: Interaction) => void {
  return (interaction) => {
    if (!tracker.accepting) return;
    void tracker.run(() =>
      routeInteraction(interaction, ctx).catch((error: unknown) =>
        handleInteractionError(interaction, error, ctx.logger),
      ),
    );
  };
}
