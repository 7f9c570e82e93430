import { escapeMarkdown } from 'discord.js';
import { stripUnsafeCharacters } from '../../reply/strip-unsafe-characters.js';

const ZWSP = '\u200b';

/**
 * Makes text safe to show in a Discord message, whoever wrote it: it renders exactly as typed, never
 * as formatting, a link, a masked link, a mention or a command mention, and cannot reorder the line.
 *
 * - control characters (NUL included), bidi overrides/isolates and broken Unicode are removed;
 * - markdown is escaped; `*`, `_`, `[` and `]` one by one (discord.js's italic escaping is quadratic
 *   and its masked-link escaping is greedy, so `[a](x) [b](y)` kept the second link live);
 * - `](`, `scheme://` and `<…>` markup (mentions, channels, commands, emoji, timestamps) are broken
 *   with a zero-width space, so no link or mention syntax survives even unescaped;
 * - @everyone and @here are broken the same way.
 */
export function escapeUserText(text: string): string {
  return escapeContentText(text).replace(/:\/\//g, `:${ZWSP}//`);
}

/**
 * Escapes a plain text value of the operator's content (a parsed Markdown text run) so it shows
 * literally inside the Markdown we generate around it: as escapeUserText, except that web addresses
 * are left whole (the content is trusted; a link in it is already a link node).
 */
export function escapeContentText(text: string): string {
  const escaped = escapeMarkdown(stripUnsafeCharacters(text), {
    italic: false,
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: false,
  })
    // Any of these not already escaped (preceded by an odd run of backslashes) gets a backslash.
    .replace(/(?<!\\)((?:\\\\)*)([*_[\]])/g, '$1\\$2')
    .replace(/^([ \t]*)>/gm, '$1\\>')
    .replace(/^([ \t]*)-#/gm, '$1\\-#')
    .replace(/\]\(/g, `]${ZWSP}(`);
  return neutraliseMentions(escaped);
}

/** Breaks @everyone, @here and every `<…>` markup (mentions, channels, commands) with a zero-width space. */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<([@#])/g, `<$1${ZWSP}`)
    .replace(/<(?![@#\s])/g, `<${ZWSP}`);
}

/**
 * Breaks only what Discord could read as a mention inside code (@everyone, @here, `<@123>`,
 * `<@&123>`, `<#123>`), with a zero-width space: code stays as written otherwise (`<T>` generics,
 * `a < b`). Discord renders no mention in code, but nothing we send should carry one.
 */
export function breakMentionsInCode(code: string): string {
  return code.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(@[!&]?|#)(\d)/g, `<${ZWSP}$1$2`);
}
