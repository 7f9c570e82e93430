/** The other commands: the message context menu, /glossary, /topics paging, /about, /help and /reload. */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { NOTICES } from '../../src/bot/render/render-notice.js';
import { ask, originalMessage, startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { CONTENT_DIR } from './support/bot-env.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { LEVEL } from './support/log-capture.js';
import {
  buttonsOf,
  CALLBACK,
  callbackMessage,
  callbackOf,
  customIdWith,
  firstEmbed,
  isEphemeral,
  messageBody,
  plainText,
  ROUTES,
} from './support/payloads.js';

// A reload compiles on a worker thread, which under vitest first loads tsx: seconds on a loaded
// machine, past the 5 s default wait for a call (a bound on waiting, not a figure the test asserts).
const RELOAD_WAIT = { timeoutMs: 30_000 };

const ADMIN = String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel);

let h: Harness | undefined;
let tempDir: string | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
  tempDir = undefined;
});

describe('Ask about this message', () => {
  it('answers the target message privately, or says it has no text', async () => {
    h = await startHarness();
    const call = await h.fake.interact(
      h.fake.build.messageContextMenu({ name: 'Ask about this message', targetContent: 'What is a GPU?' }),
    );
    expect(callbackOf(call).type).toBe(CALLBACK.message);
    expectWellFormedCall(call);
    const answer = callbackMessage(call);
    expect(isEphemeral(answer)).toBe(true);
    expect(firstEmbed(answer).footer?.text).toContain('glossary: GPU');

    const empty = await h.fake.interact(
      h.fake.build.messageContextMenu({ name: 'Ask about this message', targetContent: '   ' }),
    );
    expectWellFormedCall(empty);
    expect(callbackMessage(empty)).toMatchObject({ content: NOTICES.noText });
  });
});

describe('/glossary', () => {
  it('gives a known term’s definition with its citation', async () => {
    h = await startHarness();
    const call = await h.fake.interact(
      h.fake.build.chatInput({ name: 'glossary', options: { term: 'gpu' } }),
    );
    expectWellFormedCall(call);
    const embed = firstEmbed(callbackMessage(call));
    expect(embed.title).toBe('GPU (Graphics Processing Unit)');
    expect(plainText(embed.description ?? '')).toContain('A specialized processor');
    expect(embed.footer?.text).toContain('glossary: GPU');
  });

  it('offers the closest terms for an unknown one', async () => {
    h = await startHarness();
    const call = await h.fake.interact(
      h.fake.build.chatInput({ name: 'glossary', options: { term: 'hyperscalar' } }),
    );
    expectWellFormedCall(call);
    const message = callbackMessage(call);
    const embed = firstEmbed(message);
    expect(embed.title).toBe('No such term');
    expect(embed.description).toContain('hyperscalar');
    expect(buttonsOf(message)[0]?.label).toMatch(/hyperscaler/i);
  });
});

describe('/topics', () => {
  it('pages with the Next button: an update (type 7) showing page 2', async () => {
    h = await startHarness();
    const topics = h.fake.build.chatInput({ name: 'topics' });
    const first = await h.fake.interact(topics);
    expectWellFormedCall(first);
    const page1 = callbackMessage(first);
    expect(isEphemeral(page1)).toBe(true);
    expect(firstEmbed(page1).footer?.text).toMatch(/^Page 1 of \d+/);
    const message = originalMessage(h.fake, topics);
    const next = await h.fake.interact(
      h.fake.build.button({ customId: customIdWith(page1, 'topics:1'), message }),
    );
    expect(callbackOf(next).type).toBe(CALLBACK.update);
    expectWellFormedCall(next);
    const page2 = firstEmbed(callbackMessage(next));
    expect(page2.footer?.text).toMatch(/^Page 2 of \d+/);
    expect(page2.description).toMatch(/^11\\\. /);
  });
});

describe('/about and /help', () => {
  it('describe the article, its size and how to ask', async () => {
    h = await startHarness();
    const about = await h.fake.interact(h.fake.build.chatInput({ name: 'about' }));
    expectWellFormedCall(about);
    const { kb } = h.bot.knowledge.getKnowledge();
    const aboutEmbed = firstEmbed(callbackMessage(about));
    expect(aboutEmbed.title).toBe(kb.title);
    expect(aboutEmbed.fields).toContainEqual(
      expect.objectContaining({ name: 'Questions', value: String(kb.entries.length) }),
    );
    const help = await h.fake.interact(h.fake.build.chatInput({ name: 'help', in: 'dm' }));
    expectWellFormedCall(help);
    const helpMessage = callbackMessage(help);
    expect(isEphemeral(helpMessage)).toBe(true);
    expect(firstEmbed(helpMessage).title).toBe('How to ask');
    expect(firstEmbed(helpMessage).description).toContain('/ask');
  });
});

describe('/reload', () => {
  it('reloads for the operator (the application owner): deferred, then the new sizes', async () => {
    h = await startHarness();
    const payload = h.fake.build.chatInput({
      name: 'reload',
      user: h.fake.world.owner,
      memberPermissions: ADMIN,
    });
    const first = await h.fake.interact(payload);
    expect(callbackOf(first)).toMatchObject({ type: CALLBACK.deferredMessage, data: { flags: 64 } });
    const edit = await h.fake.waitForInteractionCall(payload, ROUTES.editOriginal, RELOAD_WAIT);
    expectWellFormedCall(edit);
    const { kb } = h.bot.knowledge.getKnowledge();
    expect(messageBody(edit).content).toBe(
      `Reloaded: ${kb.passages.length} passages, ${kb.entries.length} questions.`,
    );
    expect(await h.logs.waitFor({ event: 'reload' })).toMatchObject({ ok: true });
  });

  it('refuses everyone else, Manage Server or not, without reloading', async () => {
    h = await startHarness();
    const before = h.bot.knowledge.getKnowledge();
    for (const memberPermissions of [undefined, ADMIN]) {
      const payload = h.fake.build.chatInput({
        name: 'reload',
        ...(memberPermissions ? { memberPermissions } : {}),
      });
      // Deciding needs the application's owner from Discord, so the refusal comes after a private defer.
      const first = await h.fake.interact(payload);
      expect(callbackOf(first)).toMatchObject({ type: CALLBACK.deferredMessage, data: { flags: 64 } });
      const edit = await h.fake.waitForInteractionCall(payload, ROUTES.editOriginal);
      expectWellFormedCall(edit);
      expect(messageBody(edit).content).toBe(
        "Only the bot's operator can reload its content: it changes the answers in every server.",
      );
    }
    // A later command proves the refusal was the whole story.
    await h.fake.interact(h.fake.build.chatInput({ name: 'help' }));
    expect(h.logs.find({ event: 'reload' })).toEqual([]);
    expect(h.bot.knowledge.getKnowledge()).toBe(before);
  });

  it('keeps serving the old answers when the content folder is broken, and names the broken file', async () => {
    tempDir = await mkdtemp(join(tmpdir(), 'qa-bot-e2e-'));
    await cp(CONTENT_DIR, tempDir, { recursive: true });
    h = await startHarness({ env: { CONTENT_DIR: tempDir } });
    await writeFile(join(tempDir, 'glossary.md'), '# Glossary\n\nThis line is not a bullet.\n');
    const payload = h.fake.build.chatInput({
      name: 'reload',
      user: h.fake.world.owner,
      memberPermissions: ADMIN,
    });
    await h.fake.interact(payload);
    const edit = await h.fake.waitForInteractionCall(payload, ROUTES.editOriginal, RELOAD_WAIT);
    expectWellFormedCall(edit);
    const report = messageBody(edit).content ?? '';
    expect(report).toContain('Reload failed; the previous content is still being served');
    expect(report).toContain('glossary.md');
    const logged = await h.logs.waitFor({ event: 'reload', ok: false });
    expect(logged.level).toBe(LEVEL.error);
    expect(JSON.stringify(logged['problems'])).toContain('glossary.md');

    const answer = await ask(h.fake, 'What is a hyperscaler?');
    expectWellFormedCall(answer);
    expect(plainText(firstEmbed(callbackMessage(answer)).description ?? '')).toContain(
      'largest cloud service providers',
    );
  });
});
