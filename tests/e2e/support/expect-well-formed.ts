/**
 * One assertion for everything the bot sends Discord: within Discord's documented limits, no broken
 * Unicode, nobody pinged. The limits are written out here, independently of src/bot/render/limits.ts.
 */
import { expect } from 'vitest';
import type { RecordedRestCall } from '../../support/fake-discord/index.js';
import {
  CALLBACK,
  ROUTES,
  callbackOf,
  choicesOf,
  messageBody,
  MessageBodySchema,
  type MessageBody,
} from './payloads.js';

/** Discord's documented limits (developer docs: Message, Embed, Component and Autocomplete resources). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedAuthorName: 256,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// A mention Discord would render (and, without allowed_mentions, ping): @everyone, @here, <@id>, <@!id>, <@&id>, <#id>.
const RAW_MENTION = /@(everyone|here)\b|<(@[!&]?|#)\d+>/i;

/** Every string in a JSON value (keys included), with its path, for the Unicode check. */
function* stringsIn(value: unknown, path = '$'): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsIn(v, `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      yield [`${path} (key)`, k];
      yield* stringsIn(v, `${path}.${k}`);
    }
  }
}

/** No lone surrogate anywhere in a JSON value. */
export function expectNoLoneSurrogates(value: unknown): void {
  const broken = [...stringsIn(value)].filter(([, s]) => LONE_SURROGATE.test(s)).map(([path]) => path);
  expect(broken, 'strings with lone surrogates').toEqual([]);
}

/** The strings of a message a reader sees. */
function visibleTexts(message: MessageBody): string[] {
  const texts: string[] = [];
  if (message.content !== undefined) texts.push(message.content);
  for (const e of message.embeds ?? []) {
    texts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '');
    for (const f of e.fields ?? []) texts.push(f.name, f.value);
  }
  for (const row of message.components ?? []) for (const c of row.components) texts.push(c.label ?? '');
  return texts;
}

/**
 * A message body (channel message, edit, follow-up, or a callback's data) that Discord accepts and
 * that pings nobody. `creating`: a new message must not be empty (edits may change one field).
 */
export function expectWellFormedMessage(raw: unknown, options: { creating?: boolean } = {}): MessageBody {
  const message = MessageBodySchema.parse(raw);
  expectNoLoneSurrogates(raw);
  expect(message.content?.length ?? 0, 'content length').toBeLessThanOrEqual(LIMITS.content);
  const embeds = message.embeds ?? [];
  expect(embeds.length, 'embeds').toBeLessThanOrEqual(LIMITS.embeds);
  let total = 0;
  for (const e of embeds) {
    expect(e.title?.length ?? 0, 'embed title').toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(e.description?.length ?? 0, 'embed description').toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(e.footer?.text.length ?? 0, 'embed footer').toBeLessThanOrEqual(LIMITS.embedFooter);
    expect(e.author?.name.length ?? 0, 'embed author').toBeLessThanOrEqual(LIMITS.embedAuthorName);
    expect(e.fields?.length ?? 0, 'embed fields').toBeLessThanOrEqual(LIMITS.embedFields);
    for (const f of e.fields ?? []) {
      expect(f.name.length, 'field name').toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length, 'field value').toBeLessThanOrEqual(LIMITS.fieldValue);
      expect(f.name.length > 0 && f.value.length > 0, 'fields are not empty').toBe(true);
    }
    total +=
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  }
  expect(total, 'characters in all embeds').toBeLessThanOrEqual(LIMITS.embedTotal);
  const rows = message.components ?? [];
  expect(rows.length, 'action rows').toBeLessThanOrEqual(LIMITS.actionRows);
  for (const row of rows) {
    expect(row.type, 'top-level components are action rows').toBe(1);
    expect(row.components.length, 'buttons in a row').toBeGreaterThan(0);
    expect(row.components.length, 'buttons in a row').toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const button of row.components) {
      expect(button.type, 'only buttons').toBe(2);
      expect(button.label?.length ?? 0, 'button label').toBeLessThanOrEqual(LIMITS.buttonLabel);
      expect(button.label !== undefined || button.emoji !== undefined, 'a label or an emoji').toBe(true);
      if (button.style === 5) expect(button.url, 'link buttons have a url').toBeDefined();
      else {
        expect(button.custom_id?.length ?? 0, 'custom_id').toBeGreaterThan(0);
        expect(button.custom_id?.length ?? 0, 'custom_id').toBeLessThanOrEqual(LIMITS.customId);
      }
    }
  }
  if (options.creating === true) {
    const empty = (message.content ?? '') === '' && embeds.length === 0 && rows.length === 0;
    expect(empty, 'a new message is not empty').toBe(false);
  }
  // Nobody pinged: no parse types, no user or role allow-list, no reply ping.
  expect(message.allowed_mentions, 'allowed_mentions is sent').toBeDefined();
  expect(message.allowed_mentions?.parse ?? [], 'allowed_mentions.parse').toEqual([]);
  expect(message.allowed_mentions?.users ?? [], 'allowed_mentions.users').toEqual([]);
  expect(message.allowed_mentions?.roles ?? [], 'allowed_mentions.roles').toEqual([]);
  expect(message.allowed_mentions?.replied_user ?? false, 'replied_user').toBe(false);
  const rawMentions = visibleTexts(message).filter((text) => RAW_MENTION.test(text));
  expect(rawMentions, 'raw mentions in visible text').toEqual([]);
  return message;
}

/**
 * Any REST call the bot made while answering: callbacks (by type), webhook edits and follow-ups,
 * channel messages. Also checks Discord accepted it (the fake applies Discord's own checks).
 */
export function expectWellFormedCall(call: RecordedRestCall): void {
  if (call.response !== undefined) {
    expect(call.response.status, `${call.method} ${call.path} accepted`).toBeLessThan(400);
  }
  if (call.route === ROUTES.callback) {
    const { type, data } = callbackOf(call);
    if (type === CALLBACK.message || type === CALLBACK.update)
      expectWellFormedMessage(data, { creating: type === CALLBACK.message });
    else if (type === CALLBACK.autocomplete) expectWellFormedChoices(call);
    else if (type === CALLBACK.deferredMessage || type === CALLBACK.deferredUpdate)
      expectNoLoneSurrogates(data);
    else expect.fail(`unexpected callback type ${type}`);
  } else if (call.route === ROUTES.createMessage || call.route === ROUTES.followUp) {
    expectWellFormedMessage(messageBody(call), { creating: true });
  } else if (call.route === ROUTES.editOriginal) {
    expectWellFormedMessage(messageBody(call));
  }
}

/** An autocomplete answer: at most 25 choices, names and values 1–100 characters, well-formed. */
export function expectWellFormedChoices(call: RecordedRestCall): void {
  expect(callbackOf(call).type, 'autocomplete result').toBe(CALLBACK.autocomplete);
  const choices = choicesOf(call);
  expect(choices.length, 'choices').toBeLessThanOrEqual(LIMITS.choices);
  for (const choice of choices) {
    expect(choice.name.length, `choice name "${choice.name}"`).toBeGreaterThan(0);
    expect(choice.name.length, `choice name "${choice.name}"`).toBeLessThanOrEqual(LIMITS.choiceName);
    const value = String(choice.value);
    expect(value.length, `choice value "${value}"`).toBeGreaterThan(0);
    expect(value.length, `choice value "${value}"`).toBeLessThanOrEqual(LIMITS.choiceValue);
  }
  expectNoLoneSurrogates(choices);
}
