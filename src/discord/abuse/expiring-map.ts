/** A clock in milliseconds; injected so tests move time by hand. */
export type Clock = () => number;

/** One entry; it is also its own place in the queue. Mutable, so rewriting a key allocates nothing. */
class Slot<K, V> {
  constructor(
    readonly key: K,
    public value: V,
    /** When the entry expires: the ttl after its last write. */
    public expiresAt: number,
    /** `expiresAt` when the slot took its place in the queue; the queue is ordered by it. */
    public queuedExpiry: number,
  ) {}

  /** Written again since it was queued (times can be equal, so expiries cannot tell). */
  rewritten = false;
}

/**
 * A Map whose entries expire a fixed time after their last write and whose size is capped: expired
 * entries are swept and, when full, the least recently written entry is evicted. Memory stays bounded
 * under any load.
 *
 * The order lives in a queue of its own, not in the Map's insertion order: V8 leaves a deleted
 * Map entry as a hole until the table is rebuilt, and finding the first live entry walks every
 * hole, so a full map that deletes from the front costs more with each write (13 µs a write at
 * 10,000 entries and growing, measured).
 *
 * Rewriting a live key only updates its slot in place; the slot keeps its place in the queue, and
 * when it reaches the front it is moved to the back if it was rewritten meanwhile. So a write
 * allocates nothing for a key already held (the cooldown rewrites every asker's entry per question),
 * and the queue stays ordered by the expiry each slot had when queued, which is never later than
 * its real one.
 */
export class ExpiringMap<K, V> {
  readonly #entries = new Map<K, Slot<K, V>>();
  /** Slots in the order they were queued; one no longer in `#entries` (deleted, expired) is skipped. */
  #queue: Slot<K, V>[] = [];
  #head = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxSize: number,
    private readonly now: Clock = Date.now,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  /** The live value for a key, or undefined when absent or expired. */
  get(key: K): V | undefined {
    const slot = this.#entries.get(key);
    if (slot === undefined) return undefined;
    if (slot.expiresAt <= this.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return slot.value;
  }

  /** Stores a value that lives for the map's ttl from now. */
  set(key: K, value: V): void {
    const now = this.now();
    const expiresAt = now + this.ttlMs;
    const held = this.#entries.get(key);
    if (held !== undefined) {
      held.value = value;
      held.expiresAt = expiresAt;
      held.rewritten = true;
      return;
    }
    this.sweep(now);
    while (this.#entries.size >= this.maxSize && this.#evictOldest());
    const slot = new Slot(key, value, expiresAt, expiresAt);
    this.#entries.set(key, slot);
    this.#queue.push(slot);
    this.#compact();
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  /** Drops expired entries from the front. */
  sweep(now = this.now()): void {
    const queue = this.#queue;
    while (this.#head < queue.length) {
      const first = queue[this.#head];
      if (first === undefined || first.queuedExpiry > now) break;
      this.#head += 1;
      if (this.#entries.get(first.key) !== first) continue;
      if (first.expiresAt <= now) this.#entries.delete(first.key);
      else this.#requeue(first);
    }
  }

  /** Deletes the least recently written live entry; false when there is none. */
  #evictOldest(): boolean {
    const queue = this.#queue;
    while (this.#head < queue.length) {
      const first = queue[this.#head];
      this.#head += 1;
      if (first === undefined || this.#entries.get(first.key) !== first) continue;
      if (first.rewritten) {
        this.#requeue(first);
        continue;
      }
      this.#entries.delete(first.key);
      return true;
    }
    return false;
  }

  /** A slot rewritten since it was queued goes to the back, where its last write puts it. */
  #requeue(slot: Slot<K, V>): void {
    slot.queuedExpiry = slot.expiresAt;
    slot.rewritten = false;
    this.#queue.push(slot);
  }

  /** Keeps the queue within a small multiple of the live entries (deleted slots are dropped). */
  #compact(): void {
    const pending = this.#queue.length - this.#head;
    if (pending > 2 * this.#entries.size + 1024) {
      this.#queue = this.#queue.slice(this.#head).filter((slot) => this.#entries.get(slot.key) === slot);
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
      this.#queue = this.#queue.slice(this.#head);
      this.#head = 0;
    }
  }
}
