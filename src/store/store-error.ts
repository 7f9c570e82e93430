/**
 * The store cannot be used at start: the database cannot be opened, or a newer version of the bot
 * wrote it. One line that says where (never a password) and why; the entry points exit 1 with it.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}
