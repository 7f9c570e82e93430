/** An append-only list of records with race-free async waiters. */

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

// How long a test waits for what the bot should do. Generous: a loaded 2-core CI machine has taken
// more than 5 s to compile content on /reload; a wait that succeeds returns as soon as it can.
export const DEFAULT_WAIT_MS = 20_000;

export class EventLog<T extends { index: number }> {
  #items: T[] = [];
  /** The index of `#items[0]`: records before it were let go (see `keepRecent`). */
  #base = 0;
  readonly #waiters = new Set<Waiter<T>>();
  #closed = false;

  /**
   * `keepRecent`: hold at most about twice this many records, letting the oldest go (indexes stay
   * absolute), so a long benchmark's fake does not grow without end. Default: keep everything.
   */
  constructor(
    private readonly name: string,
    private readonly describe: (item: T) => string,
    private readonly keepRecent = Infinity,
  ) {}

  /** How many records were ever pushed: the next record's index. */
  get size(): number {
    return this.#base + this.#items.length;
  }

  /** The records held: all of them, unless `keepRecent` let the oldest go. */
  all(): readonly T[] {
    return this.#items;
  }

  /** Appends a record (its index is assigned here) and wakes matching waiters. */
  push(item: Omit<T, 'index'>): T {
    const record = { ...item, index: this.size } as T;
    this.#items.push(record);
    if (this.#items.length > 2 * this.keepRecent) {
      const drop = this.#items.length - this.keepRecent;
      this.#items = this.#items.slice(drop);
      this.#base += drop;
    }
    for (const waiter of [...this.#waiters]) {
      if (!waiter.predicate(record)) continue;
      this.#settle(waiter);
      waiter.resolve(record);
    }
    return record;
  }

  /** Resolves with the first record at or after `from` matching the predicate, already recorded or future. */
  waitFor(predicate: (item: T) => boolean, from: number, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
    const existing = this.#items.slice(Math.max(0, from - this.#base)).find(predicate);
    if (existing) return Promise.resolve(existing);
    if (this.#closed) return Promise.reject(new Error(`fake discord closed; ${this.name} wait cannot match`));
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#settle(waiter);
          reject(
            new Error(`Timed out after ${timeoutMs} ms waiting for ${this.name}.\n${this.#summary(from)}`),
          );
        }, timeoutMs),
      };
      this.#waiters.add(waiter);
    });
  }

  /** Rejects every pending waiter; later waits reject immediately unless already satisfied. */
  close(): void {
    this.#closed = true;
    for (const waiter of [...this.#waiters]) {
      this.#settle(waiter);
      waiter.reject(new Error(`fake discord closed while waiting for ${this.name}`));
    }
  }

  #settle(waiter: Waiter<T>): void {
    clearTimeout(waiter.timer);
    this.#waiters.delete(waiter);
  }

  #summary(from: number): string {
    const recent = this.#items.slice(Math.max(from - this.#base, this.#items.length - 30, 0));
    if (recent.length === 0) return `No ${this.name} records after index ${from}.`;
    return `Last ${this.name} records:\n${recent.map((item) => `  #${item.index} ${this.describe(item)}`).join('\n')}`;
  }
}
