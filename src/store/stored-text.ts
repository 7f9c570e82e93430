/** Longer questions are cut (Discord's own limits keep real ones far shorter). */
export const MAX_QUESTION_CHARS = 4_000;

// Mentions as the engine reads them: markup, not words. The ids inside are people's (or roles' and
// channels'), and the store keeps no user id, so only what kind of mention it was is kept.
const USER_MENTION = /<@!?\d+>/gu;
const ROLE_MENTION = /<@&\d+>/gu;
const CHANNEL_MENTION = /<#\d+>/gu;
// PostgreSQL's text cannot hold U+0000 (the whole statement fails), and SQLite's functions stop at it.
const NUL = /\0/gu;
// Half a surrogate pair is not Unicode: UTF-8 cannot encode it (one also appears where a cut splits a
// pair). With the u flag a whole pair is one code point, so this range matches only a lone half.
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * A question's text as the store keeps it: user, role and channel mentions reduced to `@user`,
 * `@role` and `#channel`, NUL removed, at most MAX_QUESTION_CHARS, and well-formed Unicode (a lone
 * surrogate becomes U+FFFD), so no text a user types can make a database refuse the row.
 */
export function toStoredText(text: string): string {
  return text
    .replace(USER_MENTION, '@user')
    .replace(ROLE_MENTION, '@role')
    .replace(CHANNEL_MENTION, '#channel')
    .replace(NUL, '')
    .slice(0, MAX_QUESTION_CHARS)
    .replace(LONE_SURROGATE, '\uFFFD');
}
