/** A clock in milliseconds; injected so tests move time by hand. */
export type Clock = () => number;

/**
 * A Map whose entries expire after a fixed time and whose size is capped. Writing an entry moves
 * it to the back, so expiry times increase front to back: expired entries are swept from the front
 * and, when full, the oldest entry is evicted. Memory stays bounded under any load.
 */
export class ExpiringMap<K, V> {
  readonly #entries = new Map<K, { value: V; expiresAt: number }>();

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
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Stores a value that lives for the map's ttl from now. */
  set(key: K, value: V): void {
    const now = this.now();
    this.#entries.delete(key);
    this.sweep(now);
    while (this.#entries.size >= this.maxSize) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, expiresAt: now + this.ttlMs });
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  /** Drops expired entries from the front. */
  sweep(now = this.now()): void {
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt > now) break;
      this.#entries.delete(key);
    }
  }
}
