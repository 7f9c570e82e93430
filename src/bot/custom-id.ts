import { DISCORD_LIMITS } from './render/limits.js';

/**
 * Everything a button needs to act, carried in its custom_id so buttons survive restarts:
 * `rel:<entryId>:<askerId>`, `fb:<up|down>:<entryId>`, `del:<askerId>`, `topics:<page>`.
 */
export type ButtonAction =
  | { readonly kind: 'related'; readonly entryId: string; readonly askerId: string }
  | { readonly kind: 'feedback'; readonly vote: 'up' | 'down'; readonly entryId: string }
  | { readonly kind: 'delete'; readonly askerId: string }
  | { readonly kind: 'topics'; readonly page: number };

const ENTRY_ID = /^[\w.-]{1,80}$/;
const USER_ID = /^\d{1,20}$/;
const PAGE = /^\d{1,4}$/;

/** The custom_id for an action, or null when it cannot be encoded within 100 characters. */
export function encodeCustomId(action: ButtonAction): string | null {
  let id: string;
  switch (action.kind) {
    case 'related':
      if (!ENTRY_ID.test(action.entryId) || !USER_ID.test(action.askerId)) return null;
      id = `rel:${action.entryId}:${action.askerId}`;
      break;
    case 'feedback':
      if (!ENTRY_ID.test(action.entryId)) return null;
      id = `fb:${action.vote}:${action.entryId}`;
      break;
    case 'delete':
      if (!USER_ID.test(action.askerId)) return null;
      id = `del:${action.askerId}`;
      break;
    case 'topics':
      if (!Number.isInteger(action.page) || !PAGE.test(String(action.page))) return null;
      id = `topics:${action.page}`;
      break;
  }
  return id.length <= DISCORD_LIMITS.customId ? id : null;
}

/** Parses a custom_id back into an action; anything unknown or malformed is null. */
export function decodeCustomId(customId: string): ButtonAction | null {
  if (customId.length > DISCORD_LIMITS.customId) return null;
  const [prefix, a, b, ...rest] = customId.split(':');
  if (rest.length > 0 || a === undefined) return null;
  switch (prefix) {
    case 'rel':
      return b !== undefined && ENTRY_ID.test(a) && USER_ID.test(b)
        ? { kind: 'related', entryId: a, askerId: b }
        : null;
    case 'fb':
      return (a === 'up' || a === 'down') && b !== undefined && ENTRY_ID.test(b)
        ? { kind: 'feedback', vote: a, entryId: b }
        : null;
    case 'del':
      return b === undefined && USER_ID.test(a) ? { kind: 'delete', askerId: a } : null;
    case 'topics':
      return b === undefined && PAGE.test(a) ? { kind: 'topics', page: Number(a) } : null;
    default:
      return null;
  }
}
