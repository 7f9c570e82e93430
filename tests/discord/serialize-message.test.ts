import { InteractionResponseType, MessageFlags, type APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { renderAnswerEmbeds, renderAnswerFor } from '../../src/bot/render/render-answer.js';
import { encodeResponse, shareEmbeds } from '../../src/bot/render/serialize-message.js';
import { buildReply } from '../../src/reply/build-reply.js';
import { answered, declined, kb } from '../reply/fixtures.js';

const context = { articleTitle: kb.title, entries: kb.entries };
const ASKER = '111111111111111111';

describe('encodeResponse', () => {
  const reply = buildReply(answered, context);
  const shared = shareEmbeds(renderAnswerEmbeds(reply));

  it('writes exactly the UTF-8 of what JSON.stringify writes, for shared and unshared embeds alike', () => {
    for (const embeds of [shared, renderAnswerEmbeds(buildReply(declined, context))]) {
      const body = renderAnswerFor(reply, embeds, { askerId: ASKER, ephemeral: false });
      const responses: APIInteractionResponse[] = [
        { type: InteractionResponseType.ChannelMessageWithSource, data: body },
        {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: { ...body, flags: MessageFlags.Ephemeral },
        },
        { type: InteractionResponseType.UpdateMessage, data: body },
        { type: InteractionResponseType.ChannelMessageWithSource, data: { ...body, embeds: [] } },
        { type: InteractionResponseType.DeferredMessageUpdate },
      ];
      for (const response of responses)
        expect(encodeResponse(response).toString('utf8')).toBe(JSON.stringify(response));
    }
  });

  it('encodes text outside ASCII (quotes, dashes, emoji) byte for byte', () => {
    const embeds = shareEmbeds([{ title: 'Nvidia’s “moat” — still?', description: 'Ünïcode 👍 and 🤔' }]);
    const body = renderAnswerFor(reply, embeds, { askerId: ASKER, ephemeral: false });
    const response: APIInteractionResponse = {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { ...body, content: '“hello” — 👎' },
    };
    expect(encodeResponse(response).equals(Buffer.from(JSON.stringify(response), 'utf8'))).toBe(true);
  });

  it("hands every asker the cached answer's own embeds, frozen so no reply can change them", () => {
    const one = renderAnswerFor(reply, shared, { askerId: ASKER, ephemeral: false });
    const other = renderAnswerFor(reply, shared, { askerId: '222222222222222222', ephemeral: true });
    expect(one.embeds).toBe(shared);
    expect(other.embeds).toBe(shared);
    expect(() => {
      (one.embeds[0] as { title?: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(() => one.embeds.push({ title: 'more' })).toThrow(TypeError);
  });

  it('copies embeds that are not shared', () => {
    const embeds = renderAnswerEmbeds(reply);
    expect(renderAnswerFor(reply, embeds, { askerId: ASKER, ephemeral: false }).embeds).not.toBe(embeds);
  });
});
