import type { Block, Passage } from '../../src/engine/index.js';
import type { Answer, CitedPassage } from '../../src/engine/index.js';

/** Hand-built document passages, as the compiler makes them from a FAQ page ("How do I ban a user?"). */
const banIntro = 'To ban a user, use the GuildMemberManager#ban() method: the *user* can be an id.';
const banCode = "const user = interaction.options.getUser('target');\nguild.members.ban(user);";
const banTip = 'Banning needs the Ban Members permission.';

export const banPassages: readonly Passage[] = [
  {
    id: 'faq-p1',
    kind: 'code',
    text: `${banIntro}\n${banCode}`,
    source: 'FAQ § How do I ban a user? ¶1',
    section: 'How do I ban a user?',
    documentId: 'faq',
    url: 'https://discordjs.guide/popular-topics/faq.html#how-do-i-ban-a-user',
    sentences: [
      { id: 'faq-p1.s1', text: banIntro, block: 0 },
      { id: 'faq-p1.s2', text: banCode, block: 1 },
    ],
    blocks: [
      {
        kind: 'paragraph',
        inline: [
          { type: 'text', value: 'To ban a user, use the ' },
          {
            type: 'link',
            url: 'https://discord.js.org/docs/packages/discord.js/main/GuildMemberManager:Class#ban',
            children: [{ type: 'code', value: 'GuildMemberManager#ban()' }],
          },
          { type: 'text', value: ' method: the ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'user' }] },
          { type: 'text', value: ' can be an id.' },
        ],
      },
      { kind: 'code', code: banCode, language: 'js' },
    ],
  },
  {
    id: 'faq-p2',
    kind: 'admonition',
    text: banTip,
    source: 'FAQ § How do I ban a user? ¶2',
    section: 'How do I ban a user?',
    documentId: 'faq',
    url: 'https://discordjs.guide/popular-topics/faq.html#how-do-i-ban-a-user',
    sentences: [{ id: 'faq-p2.s1', text: banTip, block: 0 }],
    blocks: [
      {
        kind: 'admonition',
        admonition: 'tip',
        blocks: [
          {
            kind: 'paragraph',
            inline: [
              { type: 'text', value: 'Banning needs the ' },
              { type: 'strong', children: [{ type: 'text', value: 'Ban Members' }] },
              { type: 'text', value: ' permission.' },
            ],
          },
        ],
      },
    ],
  },
];

/** A passage made of one block, its text the block's plain words. */
export function passageOf(id: string, block: Block, text = id): Passage {
  return {
    id,
    kind: block.kind === 'paragraph' ? 'paragraph' : block.kind,
    text,
    source: `FAQ § Section ¶${id}`,
    section: 'Section',
    documentId: 'faq',
    sentences: [{ id: `${id}.s1`, text, block: 0 }],
    blocks: [block],
  };
}

/** The engine's citation of a passage: every sentence answers, `highlighted` words matched. */
export function cite(passage: Passage, ...highlighted: string[]): CitedPassage {
  return {
    id: passage.id,
    text: passage.text,
    source: passage.source,
    highlights: highlighted.map((word) => {
      const start = passage.text.indexOf(word);
      return { start, end: start + word.length };
    }),
    sentences: passage.sentences.map((s) => {
      const start = passage.text.indexOf(s.text);
      return { id: s.id, start, end: start + s.text.length };
    }),
  };
}

/** An answer whose entry is a question heading with its section's passages. */
export function answerWith(passages: readonly CitedPassage[], question = 'How do I ban a user?'): Answer {
  return {
    question: 'how to ban someone',
    answered: true,
    confidence: 0.9,
    best: { id: 'faq-how-do-i-ban-a-user', question, passages },
    related: [],
    suggestions: [],
  };
}

/** A lookup over passages, as the adapters pass it to buildReply. */
export function lookup(passages: readonly Passage[]): (id: string) => Passage | undefined {
  const byId = new Map(passages.map((p) => [p.id, p]));
  return (id) => byId.get(id);
}
