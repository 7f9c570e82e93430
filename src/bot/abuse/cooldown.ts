import { ExpiringMap, type Clock } from './expiring-map.js';

/** The verdict for one question: go ahead, tell the user once, or drop it silently. */
export type CooldownVerdict = 'allowed' | 'limited-notify' | 'limited-silent';

/** A per-user sliding-window limit on questions. */
export interface Cooldown {
  /** Counts a question from the user and returns whether to answer it. */
  take(userId: string): CooldownVerdict;
}

export interface CooldownOptions {
  readonly questions: number;
  readonly windowMs: number;
  /** How many users are tracked at once; the least recently active are forgotten first. */
  readonly maxUsers?: number;
  readonly now?: Clock;
}

/** One asker's questions in the window, oldest first, and whether they were told they are limited. */
interface AskerState {
  readonly times: number[];
  notified: boolean;
}

/** Creates the cooldown: at most `questions` per `windowMs` per user; one notice per limited spell. */
export function createCooldown(options: CooldownOptions): Cooldown {
  const now = options.now ?? Date.now;
  const users = new ExpiringMap<string, AskerState>(options.windowMs, options.maxUsers ?? 10_000, now);
  return {
    take(userId) {
      const at = now();
      const state = users.get(userId);
      if (state === undefined) {
        users.set(userId, { times: [at], notified: false });
        return 'allowed';
      }
      // Updated in place: a question costs no new objects for an asker already held.
      const { times } = state;
      while (times.length > 0 && (times[0] ?? at) <= at - options.windowMs) times.shift();
      if (times.length < options.questions) {
        times.push(at);
        state.notified = false;
        users.set(userId, state);
        return 'allowed';
      }
      // Limited: the entry keeps its old expiry (not refreshed), so the window really ends.
      if (state.notified) return 'limited-silent';
      state.notified = true;
      return 'limited-notify';
    },
  };
}
