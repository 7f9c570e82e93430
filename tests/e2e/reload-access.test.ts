/**
 * /reload changes the content every server sees, so only the bot's operator may run it: the
 * application owner or a member of its team, or someone with Manage Server in the admin guild
 * (ADMIN_GUILD_ID). Its failure report names files relative to the content folder, never server paths.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits, TeamMemberRole } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type InteractionRef } from '../support/fake-discord/index.js';
import { startBotOn, startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { CONTENT_DIR, FAKE_TOKEN } from './support/bot-env.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { callbackMessage, messageBody, ROUTES } from './support/payloads.js';

// A reload compiles on a worker thread, which under vitest first loads tsx: seconds on a loaded
// machine, past the 5 s default wait for a call (a bound on waiting, not a figure the test asserts).
const RELOAD_WAIT = { timeoutMs: 30_000 };

const MANAGE_GUILD = String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel);

let h: Harness | undefined;
let tempDir: string | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
  tempDir = undefined;
});

type ChatInputPlace = Omit<Parameters<Harness['fake']['build']['chatInput']>[0], 'name'>;

/** Runs /reload and returns what the user finally saw (the reply, or the edit after a defer). */
async function reload(
  harness: Harness,
  place: ChatInputPlace,
): Promise<{ ref: InteractionRef; text: string }> {
  const payload = harness.fake.build.chatInput({ name: 'reload', ...place });
  const first = await harness.fake.interact(payload);
  expectWellFormedCall(first);
  const body = callbackMessage(first);
  if (body.content !== undefined) return { ref: payload, text: body.content };
  const edit = await harness.fake.waitForInteractionCall(payload, ROUTES.editOriginal, RELOAD_WAIT);
  expectWellFormedCall(edit);
  return { ref: payload, text: messageBody(edit).content ?? '' };
}

describe('/reload is for the operator', () => {
  it('refuses a member with Manage Server in an ordinary server, without reloading', async () => {
    h = await startHarness();
    const before = h.bot.knowledge.getKnowledge();
    const { text } = await reload(h, { memberPermissions: MANAGE_GUILD });
    expect(text).toMatch(/only the bot's operator/i);
    await h.fake.interact(h.fake.build.chatInput({ name: 'help' }));
    expect(h.logs.find({ event: 'reload' })).toEqual([]);
    expect(h.bot.knowledge.getKnowledge()).toBe(before);
  });

  it('reloads for the application owner, in any server, whatever their role there', async () => {
    h = await startHarness();
    const { text } = await reload(h, { user: h.fake.world.owner });
    expect(text).toMatch(/^Reloaded: \d+ passages/);
    expect(await h.logs.waitFor({ event: 'reload' })).toMatchObject({ ok: true });
  });

  it('reloads for a member of the owning team, but not a read-only one', async () => {
    h = await startHarness();
    const developer = h.fake.world.user;
    const readOnly = h.fake.world.otherBot;
    h.fake.world.teamMembers = [
      { user: h.fake.world.owner, role: TeamMemberRole.Admin },
      { user: developer, role: TeamMemberRole.Developer },
      { user: readOnly, role: TeamMemberRole.ReadOnly },
    ];
    expect((await reload(h, { user: developer })).text).toMatch(/^Reloaded: /);
    expect((await reload(h, { user: readOnly, memberPermissions: MANAGE_GUILD })).text).toMatch(
      /only the bot's operator/i,
    );
  });

  it('reloads for Manage Server in the admin guild (ADMIN_GUILD_ID), and only there', async () => {
    const fake = await startFakeDiscord({ token: FAKE_TOKEN, guildCount: 2 });
    const [admin, other] = fake.world.guilds;
    if (admin === undefined || other === undefined) throw new Error('two guilds expected');
    h = { fake, ...(await startBotOn(fake, { env: { ADMIN_GUILD_ID: admin.guild.id } })) };
    const inAdmin = await reload(h, { channelId: admin.textChannel.id, memberPermissions: MANAGE_GUILD });
    expect(inAdmin.text).toMatch(/^Reloaded: /);
    const elsewhere = await reload(h, { channelId: other.textChannel.id, memberPermissions: MANAGE_GUILD });
    expect(elsewhere.text).toMatch(/only the bot's operator/i);
    // Default permissions can be overridden per server: Manage Server is checked in the admin guild too.
    const withoutPermission = await reload(h, { channelId: admin.textChannel.id });
    expect(withoutPermission.text).toMatch(/only the bot's operator/i);
    expect(h.logs.find({ event: 'reload' })).toHaveLength(1);
  });
});

describe('a failed reload', () => {
  it('shows files relative to the content folder, never the server path', async () => {
    tempDir = await mkdtemp(join(tmpdir(), 'qa-reload-paths-'));
    const folder = join(tempDir, 'content');
    await cp(CONTENT_DIR, folder, { recursive: true });
    h = await startHarness({ env: { CONTENT_DIR: folder } });
    await rm(join(folder, 'glossary.md'));
    const { text } = await reload(h, { user: h.fake.world.owner, memberPermissions: MANAGE_GUILD });
    expect(text).toContain('Reload failed');
    expect(text).toContain('glossary.md');
    expect(text).not.toContain(tempDir);
    // The log, for the operator on the server, keeps the whole story.
    const logged = await h.logs.waitFor({ event: 'reload', ok: false });
    expect(JSON.stringify(logged['problems'])).toContain('glossary.md');
  });
});
