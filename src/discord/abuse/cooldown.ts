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

/** Creates the cooldown: at most `questions` per `windowMs` per user; one notice per limited spell. */
export function createCooldown(options: CooldownOptions): Cooldown {
  const now = options.now ?? Date.now;
  const users = new ExpiringMap<string, { times: number[]; notified: boolean }>(
    options.windowMs,
    options.maxUsers ?? 10_000,
    now,
  );
  return {
    take(userId) {
      const at = now();
      const state = users.get(userId) ?? { times: [], notified: false };
      const recent = state.times.filter((t) => t > at - options.windowMs);
      if (recent.length < options.questions) {
        users.set(userId, { times: [...recent, at], notified: false });
        return 'allowed';
      }
      // Limited: the entry keeps its old expiry (not refreshed), so the window really ends.
      if (state.notified) return 'limited-silent';
      state.notified = true;
      return 'limited-notify';
    },
  };
}
