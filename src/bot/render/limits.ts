import {
  ComponentType,
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord-api-types/v10';
import { shortenText } from '../../reply/shorten-text.js';

/** Discord's documented message limits; everything sent passes through this module. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  buttonLabel: 80,
  customId: 100,
  actionRows: 5,
  buttonsPerRow: 5,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Mentions in anything we send never ping anyone, and replies never ping the asker. */
export const NO_MENTIONS: APIAllowedMentions = Object.freeze({
  parse: Object.freeze([]) as [],
  replied_user: false,
});

/** Shortens text to a limit without splitting characters; alias of the shared helper for renderers. */
export const fitText = shortenText;

// Renderers import every text helper from here.
export {
  breakMentionsInCode,
  escapeContentText,
  escapeUserText,
  neutraliseMentions,
} from './escape-user-text.js';

/** Message content within 2,000 characters. */
export function fitContent(text: string): string {
  return shortenText(text, DISCORD_LIMITS.content);
}

/** Every embed field within its limit, then all embeds together within 6,000 characters. */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  let budget: number = DISCORD_LIMITS.embedTotal;
  const fitted: APIEmbed[] = [];
  for (const embed of embeds.slice(0, DISCORD_LIMITS.embedsPerMessage)) {
    if (budget <= 0) break;
    const one = fitEmbed(embed, budget);
    budget -= embedLength(one);
    fitted.push(one);
  }
  return fitted;
}

/** One embed within the per-field limits and a total budget (6,000 by default). */
export function fitEmbed(embed: APIEmbed, total: number = DISCORD_LIMITS.embedTotal): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = shortenText(out.title, DISCORD_LIMITS.embedTitle);
  if (out.description !== undefined) {
    out.description = shortenText(out.description, DISCORD_LIMITS.embedDescription);
  }
  if (out.footer)
    out.footer = { ...out.footer, text: shortenText(out.footer.text, DISCORD_LIMITS.embedFooter) };
  if (out.author) {
    out.author = { ...out.author, name: shortenText(out.author.name, DISCORD_LIMITS.embedAuthorName) };
  }
  if (out.fields) {
    out.fields = out.fields.slice(0, DISCORD_LIMITS.embedFields).map((f) => ({
      ...f,
      name: shortenText(f.name, DISCORD_LIMITS.fieldName),
      value: shortenText(f.value, DISCORD_LIMITS.fieldValue),
    }));
  }
  // Over the total: the description gives way first, then trailing fields, then the footer and title.
  let excess = embedLength(out) - total;
  if (excess > 0 && out.description) {
    out.description = shortenText(out.description, Math.max(out.description.length - excess, 0));
    if (out.description === '') delete out.description;
    excess = embedLength(out) - total;
  }
  while (excess > 0 && out.fields && out.fields.length > 0) {
    out.fields = out.fields.slice(0, -1);
    excess = embedLength(out) - total;
  }
  if (excess > 0 && out.footer) {
    out.footer = {
      ...out.footer,
      text: shortenText(out.footer.text, Math.max(out.footer.text.length - excess, 1)),
    };
    excess = embedLength(out) - total;
  }
  if (excess > 0 && out.author) {
    out.author = {
      ...out.author,
      name: shortenText(out.author.name, Math.max(out.author.name.length - excess, 1)),
    };
    excess = embedLength(out) - total;
  }
  if (excess > 0 && out.title) out.title = shortenText(out.title, Math.max(out.title.length - excess, 1));
  return out;
}

/** The characters Discord counts toward an embed's 6,000. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Buttons with labels within 80 and custom_ids within 100 (longer ids are dropped, not cut), 5×5. */
export function fitButtonRows(
  rows: readonly (readonly APIButtonComponent[])[],
): APIActionRowComponent<APIButtonComponent>[] {
  return rows
    .map((buttons) =>
      buttons
        .filter((b) => !('custom_id' in b) || b.custom_id.length <= DISCORD_LIMITS.customId)
        .slice(0, DISCORD_LIMITS.buttonsPerRow)
        .map((b) => ('label' in b && b.label !== undefined ? { ...b, label: fitLabel(b.label) } : b)),
    )
    .filter((buttons) => buttons.length > 0)
    .slice(0, DISCORD_LIMITS.actionRows)
    .map((components) => ({ type: ComponentType.ActionRow, components }));
}

function fitLabel(label: string): string {
  return shortenText(label.replace(/\s+/g, ' ').trim(), DISCORD_LIMITS.buttonLabel) || '…';
}

/** At most 25 autocomplete choices, names and values 1–100 characters. */
export function fitChoices(
  choices: readonly APIApplicationCommandOptionChoice<string>[],
): APIApplicationCommandOptionChoice<string>[] {
  return choices
    .map((c) => ({
      name: shortenText(c.name.replace(/\s+/g, ' ').trim(), DISCORD_LIMITS.choiceName),
      value: shortenText(c.value, DISCORD_LIMITS.choiceValue),
    }))
    .filter((c) => c.name.length > 0 && c.value.length > 0)
    .slice(0, DISCORD_LIMITS.choices);
}
