/**
 * Echoed user text never renders as a link, a masked link, a command mention or a bidi override,
 * through any entry point: /ask, a mention, a DM, the message context menu and /glossary.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedRestCall } from '../support/fake-discord/index.js';
import { startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { callbackMessage, messageBody, plainText, ROUTES, type MessageBody } from './support/payloads.js';

// Nonsense first, so every entry point declines and echoes the text back.
const HOSTILE =
  'zzqx [a](http://x.example) [click here](http://evil.example/login) <https://auto.example> ' +
  'https://bare.example/path </reload:1> \u202eevil\u0000 \u2067isolated';

// Written out here, independently of the renderer: what would make Discord draw a link or reorder text.
const MASKED_LINK = /\[[^\]]*\]\(/;
const URL_SCHEME = /[a-z][a-z0-9+.-]*:\/\//i;
const COMMAND_MENTION = /<\/[^>\s]+:\d+>/;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

let h: Harness | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

/** Every string a reader sees in a message. */
function visibleTexts(message: MessageBody): string[] {
  const texts = [message.content ?? ''];
  for (const e of message.embeds ?? []) {
    texts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '');
    for (const f of e.fields ?? []) texts.push(f.name, f.value);
  }
  return texts;
}

function expectNeutral(call: RecordedRestCall, message: MessageBody): void {
  expectWellFormedCall(call);
  const texts = visibleTexts(message);
  // The text really is echoed (a reply that echoes nothing would pass the checks below trivially).
  expect(
    texts.some((t) => plainText(t).includes('click here')),
    'echoes the text',
  ).toBe(true);
  for (const text of texts) {
    expect(text, 'masked link').not.toMatch(MASKED_LINK);
    expect(text, 'link').not.toMatch(URL_SCHEME);
    expect(text, 'command mention').not.toMatch(COMMAND_MENTION);
    expect(text, 'bidi override or isolate').not.toMatch(BIDI_CONTROLS);
    expect(text, 'NUL').not.toContain('\u0000');
  }
}

describe('echoed user text', () => {
  it('/ask: no link, masked link, command mention, bidi override or NUL survives', async () => {
    h = await startHarness();
    const call = await h.fake.interact(
      h.fake.build.chatInput({ name: 'ask', options: { question: HOSTILE } }),
    );
    expectNeutral(call, callbackMessage(call));
  });

  it('a mention and a DM: the same', async () => {
    h = await startHarness();
    const inGuild = h.fake.dispatchMessage({ content: HOSTILE, mentionBot: true });
    const guildReply = await h.fake.waitForReplyTo(inGuild.id);
    expectNeutral(guildReply, messageBody(guildReply));
    const inDm = h.fake.dispatchMessage({ content: HOSTILE, in: 'dm' });
    const dmReply = await h.fake.waitForReplyTo(inDm.id);
    expectNeutral(dmReply, messageBody(dmReply));
  });

  it('the message context menu: the same', async () => {
    h = await startHarness();
    const call = await h.fake.interact(
      h.fake.build.messageContextMenu({ name: 'Ask about this message', targetContent: HOSTILE }),
    );
    expectNeutral(call, callbackMessage(call));
  });

  it('/glossary: the same', async () => {
    h = await startHarness();
    const call = await h.fake.interact(
      h.fake.build.chatInput({ name: 'glossary', options: { term: HOSTILE } }),
    );
    expectNeutral(call, callbackMessage(call));
    expect(call.route).toBe(ROUTES.callback);
  });
});
