import { readFileSync } from 'node:fs';

/** The version in package.json (two levels up from src/bot and dist/bot alike). */
export function readVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    if (typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string') {
      return pkg.version;
    }
  } catch {
    // Fall through: a missing version must not stop the bot.
  }
  return 'unknown';
}
