import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerQuestion, buildIndex } from '../../src/engine/index.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';

// A documentation page: no dates anywhere, and questions framed the way people ask about software.
const PAGE = `# Events

## The ready event

The ready event fires once, after the client has logged in and cached the guilds it can see.

## Dialects

Kysely talks to PostgreSQL, MySQL and SQLite through its built-in dialects.

## Sending

To send a message to a channel, call the send method of the channel with its text.
`;
// The same kind of page with a date: a "when" question there may ask for it.
const DATED = `${PAGE}
## History

The event API was redesigned in 2021.
`;

const ikbOf = (text: string) =>
  buildIndex(compileFiles('fixture', { documents: [{ file: 'events.md', text }] }));
const ikb = ikbOf(PAGE);

describe('questions about documentation', () => {
  it('reads a present-tense "when" as a condition in a content without dates', () => {
    expect(resolveQuery(ikb, 'when does the ready event fire').answerType).toBeUndefined();
    expect(resolveQuery(ikbOf(DATED), 'when does the ready event fire').answerType).toBe('time');
    // A limit of "2048 characters" is a count, not a year: the page still has no date.
    const LIMITS = `${PAGE}\n## Limits\n\nA message is limited to 2048 characters.\n`;
    expect(resolveQuery(ikbOf(LIMITS), 'when does the ready event fire').answerType).toBeUndefined();
    // A past or future "when" still asks for a date, which this page cannot give.
    expect(resolveQuery(ikb, 'when was the ready event added').answerType).toBe('time');
    const answer = answerQuestion(ikb, 'when does the ready event fire');
    expect(answer.answered).toBe(true);
    expect(answer.best?.passages.map((p) => p.text).join(' ')).toContain('fires once');
  });

  it('does not count asking words the content never uses against a question', () => {
    expect(resolveQuery(ikb, 'does kysely support sqlite').units.map((u) => u.word)).not.toContain('support');
    const existing = resolveQuery(ikb, 'send a message to an existing channel').units.map((u) => u.word);
    expect(existing).not.toContain('existing');
    const answer = answerQuestion(ikb, 'does kysely support sqlite');
    expect(answer.answered).toBe(true);
    expect(answer.best?.passages.map((p) => p.text).join(' ')).toContain('SQLite');
  });

  it('reads software shorthand as the word it stands for ("msg" for message)', () => {
    const answer = answerQuestion(ikb, 'how do i send a msg to a channel');
    expect(answer.answered).toBe(true);
    expect(answer.best?.passages.map((p) => p.text).join(' ')).toContain('send method');
  });

  it('reads the words docs use for events as one another ("fire" for emitted)', () => {
    const page = '# Events\n\n## Ready\n\nThe ready event is emitted once the client has logged in.\n';
    const events = ikbOf(page);
    const fire = resolveQuery(events, 'when does the ready event fire').units.find((u) => u.word === 'fire');
    expect(fire?.alternatives.map((a) => a.key)).toContain('emit');
    expect(answerQuestion(events, 'when does the ready event fire').answered).toBe(true);
  });

  it('asks the words of an identifier the page names, and not those of one it never names', () => {
    const page =
      '# Logging\n\n## Custom logging\n\nPass a function that receives each log event:\n\n' +
      '```ts\ninterface LogEvent {\n  level: string\n}\n```\n\n## Levels\n\nThe levels are query and error.\n';
    const logging = ikbOf(page);
    const words = (q: string) => resolveQuery(logging, q).units.map((u) => u.word);
    expect(words('what fields does LogEvent have')).toEqual(['fields', 'logevent', 'log', 'event']);
    expect(words('react useEffect runs twice')).not.toContain('effect');
    expect(answerQuestion(logging, 'what fields does LogEvent have').best?.id).toBe('s-custom-logging');
  });

  it('still declines a question whose topic the page lacks', () => {
    expect(answerQuestion(ikb, 'does kysely support oracle cloud billing').answered).toBe(false);
  });

  it('answers from the passage of a section that matches, wherever it stands in the section', () => {
    const page = [
      '# Collectors',
      '## Message collectors',
      'Collectors gather the messages sent to a channel after a command.',
      'A filter function decides which messages are collected.',
      'The collect event runs for every message that passes the filter.',
      'The end event runs once the collector has finished.',
      'Collected messages are kept in a map keyed by their id.',
      'Message collectors stop after the time limit you give them, counted in milliseconds.',
    ].join('\n\n');
    const answer = answerQuestion(ikbOf(page), 'when do message collectors stop, after what time limit');
    expect(answer.best?.id).toBe('s-message-collectors');
    // The section's sixth passage answers: it is shown, and the answer stays within four passages.
    const passages = answer.best?.passages ?? [];
    expect(passages.some((p) => p.text.includes('time limit'))).toBe(true);
    expect(passages.length).toBeLessThanOrEqual(4);
    // All of them in the section's order, the answer included (it stands last on the page).
    const order = passages.map((p) => Number(p.id.replace(/^.*-p/u, '')));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(passages.at(-1)?.text).toContain('time limit');
  });

  it('shows the sentence that introduces a code block before the code, whichever matched best', () => {
    const page = [
      '# Output',
      '## Output streams',
      'By default the logger writes to stderr; send it elsewhere by overriding the log method:',
      'Example *stdout.js*:',
      '```js\nconst log = debug("app:log");\nlog.log = console.log.bind(console); // stdout via console.log\nlog("goes to stdout");\n```',
    ].join('\n\n');
    const answer = answerQuestion(ikbOf(page), 'how do i log to stdout with console.log');
    // The ':' sentence keeps what its "Example stdout.js:" line introduces: one passage, prose first.
    const texts = answer.best?.passages.map((p) => p.text) ?? [];
    expect(texts.length).toBe(1);
    expect(texts[0]).toContain('overriding the log method:');
    expect(texts[0]?.indexOf('console.log.bind')).toBeGreaterThan(
      texts[0]?.indexOf('overriding the log method:') ?? Infinity,
    );
    expect(answer.best?.passages.map((p) => p.id)).toEqual(['events-p1']);
  });

  it('declines chat that asks nothing, even in words the page uses ("thanks bot")', () => {
    const page =
      '# Bots\n\n## Your first bot\n\nA bot logs in with its token and answers the messages it is sent.\n';
    const bots = ikbOf(page);
    for (const chat of [
      'thanks bot',
      'hey bot how are you',
      'good morning bot',
      'good morning bot!',
      'ok cool',
    ])
      expect(answerQuestion(bots, chat).answered, chat).toBe(false);
    // A question about bots is answered, and one that opens with thanks is still a question.
    expect(answerQuestion(bots, 'what is a bot').answered).toBe(true);
    expect(answerQuestion(bots, 'thanks! how does a bot log in').answered).toBe(true);
  });

  it('finds a passage by the words its link points at ("Learn more" → HandleEmptyInListsPlugin)', () => {
    const page = [
      '# Plugins',
      '## Camel case plugin',
      'A plugin that converts snake_case identifiers into camelCase. [Learn more](https://x.dev/CamelCasePlugin.html).',
      '## Handle in () plugin',
      'A plugin that handles in () with a chosen strategy. [Learn more](https://x.dev/HandleEmptyInListsPlugin.html).',
    ].join('\n\n');
    const answer = answerQuestion(ikbOf(page), 'is there a plugin for empty lists');
    expect(answer.answered).toBe(true);
    expect(answer.best?.passages[0]?.text).toContain('chosen strategy');
  });
});
