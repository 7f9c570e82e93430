/** Times the bot's answers as they reach the fake Discord, keyed by what they answer. */
import type { FakeDiscord, RecordedRestCall } from '../../support/fake-discord/index.js';

const CALLBACK_ROUTE = 'POST /interactions/:interactionId/:token/callback';
const MESSAGE_ROUTE = 'POST /channels/:channelId/messages';
/** Longer than any benchmark; the tap ends when the fake closes. */
const TAP_LIFETIME_MS = 15 * 60_000;

/** One question sent to the bot and, once it arrives, its answer. */
export interface Sample {
  readonly kind: 'ask' | 'mention';
  /** performance.now() just before the dispatch. */
  readonly sentAt: number;
  /** performance.now() when the answer's request had been read by the fake. */
  answeredAt?: number;
  /** The recorded call; its `response` is filled in once the fake has answered it. */
  call?: RecordedRestCall;
}

/** The id an answer refers to: the interaction of a callback, or the message a reply references. */
function answeredId(call: RecordedRestCall): string | undefined {
  if (call.route === CALLBACK_ROUTE) return call.params['interactionId'];
  if (call.route !== MESSAGE_ROUTE || typeof call.body !== 'object' || call.body === null) return undefined;
  const reference: unknown = 'message_reference' in call.body ? call.body.message_reference : undefined;
  if (typeof reference !== 'object' || reference === null || !('message_id' in reference)) return undefined;
  return typeof reference.message_id === 'string' ? reference.message_id : undefined;
}

/**
 * The fake has no "on every call" hook, so this registers one waiter whose predicate sees each REST
 * call as it is recorded and never matches: O(1) per call, where a waiter per question would make
 * each recorded call scan every pending waiter (O(n²) in a 2,000-question burst).
 */
export class AnswerTap {
  readonly #pending = new Map<string, Sample>();
  readonly #counts: Record<Sample['kind'], number> = { ask: 0, mention: 0 };
  readonly #waiters = new Set<{ kind: Sample['kind'] | undefined; finish: () => void }>();

  constructor(fake: FakeDiscord) {
    const waiting = fake.waitForRest((call) => this.#observe(call), {
      after: fake.mark(),
      timeoutMs: TAP_LIFETIME_MS,
    });
    // Rejected when the fake closes; nothing to do then.
    waiting.catch(() => undefined);
  }

  /** Call just before dispatching the question with this id (interaction id or message id). */
  expect(id: string, kind: Sample['kind']): Sample {
    const sample: Sample = { kind, sentAt: performance.now() };
    this.#pending.set(id, sample);
    this.#counts[kind]++;
    return sample;
  }

  /**
   * Resolves once every expected answer (of `kind`, if given) has arrived, or after `timeoutMs`;
   * on timeout the missing ones are forgotten and stay unanswered.
   */
  settled(timeoutMs: number, kind?: Sample['kind']): Promise<void> {
    if (this.#outstanding(kind) === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const waiter = {
        kind,
        finish: (): void => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        for (const [id, sample] of this.#pending)
          if (kind === undefined || sample.kind === kind) this.#forget(id, sample);
        waiter.finish();
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  #outstanding(kind: Sample['kind'] | undefined): number {
    return kind === undefined ? this.#pending.size : this.#counts[kind];
  }

  #forget(id: string, sample: Sample): void {
    this.#pending.delete(id);
    this.#counts[sample.kind]--;
  }

  #observe(call: RecordedRestCall): false {
    const at = performance.now();
    const id = answeredId(call);
    const sample = id === undefined ? undefined : this.#pending.get(id);
    if (id === undefined || sample === undefined) return false;
    sample.answeredAt = at;
    sample.call = call;
    this.#forget(id, sample);
    for (const waiter of this.#waiters) if (this.#outstanding(waiter.kind) === 0) waiter.finish();
    return false;
  }
}
