/** Hostile or broken text, as an /ask option and as a mention: always a well-formed reply, nobody pinged. */
import { afterEach, describe, expect, it } from 'vitest';
import { NOTICES } from '../../src/bot/render/render-notice.js';
import { ask, mention, startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { CALLBACK, callbackMessage, callbackOf, firstEmbed, messageBody } from './support/payloads.js';

// Discord would refuse some of these in its client (required option, max_length 300), but the
// gateway payload is input like any other: the bot must cope with whatever arrives.
const BAD_INPUTS: [string, string][] = [
  ['empty', ''],
  ['whitespace only', ' \t\n   '],
  ['6,000 characters', 'why is the sky blue '.repeat(300)], // 20 × 300
  ['6,000 markdown characters', '*_~|`>'.repeat(1000)],
  ['only mentions', '<@1> <@&2> <#3>'],
  [
    'zero-width and right-to-left characters',
    'what\u200b is\u200d a \u202ehyperscaler\u202c?\u200f \u2067x\u2069\ufeff',
  ],
  ['markdown and mention injection', '@everyone **bold** <@123> ||spoiler|| ``` `'],
  ['lone surrogates', '\uD800abc \uDC00 what is a GPU \uD83D'],
];

let h: Harness | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

describe('bad input', () => {
  it.each(BAD_INPUTS)(
    '%s: a well-formed reply to /ask and to a mention, and the bot keeps answering',
    async (_, input) => {
      h = await startHarness({ env: { COOLDOWN_QUESTIONS: '100' } });
      const { fake } = h;

      const viaCommand = await ask(fake, input);
      expect(callbackOf(viaCommand).type).toBe(CALLBACK.message);
      expectWellFormedCall(viaCommand);

      // In the other channel, so the command's answer is not pointed at as "answered a moment ago".
      const otherChannel = fake.world.guild.guild.channels[1]?.id;
      const viaMention = await mention(fake, input, otherChannel ? { channelId: otherChannel } : {});
      expectWellFormedCall(viaMention);
      expect(messageBody(viaMention).message_reference).toBeDefined();

      const control = await ask(fake, 'What is a GPU?');
      expectWellFormedCall(control);
      expect(firstEmbed(callbackMessage(control)).footer?.text).toContain('glossary: GPU');
    },
  );

  it('does not point a question at the answer to a different one that has no letters or digits either', async () => {
    h = await startHarness();
    expectWellFormedCall(await ask(h.fake, '🤔🤔🤔'));
    const second = await ask(h.fake, '???');
    expectWellFormedCall(second);
    const reply = callbackMessage(second);
    // The "answered a moment ago" notice would point at the answer about 🤔🤔🤔: neither its wording
    // without a link nor the wording before one may appear.
    for (const pointer of [NOTICES.earlier(null), NOTICES.earlier('')])
      expect(reply.content ?? '').not.toContain(pointer);
    expect(firstEmbed(reply).description).toContain('???');
  });
});
