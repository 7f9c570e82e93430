/** An append-only list of records with race-free async waiters. */

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export const DEFAULT_WAIT_MS = 5_000;

export class EventLog<T extends { index: number }> {
  readonly #items: T[] = [];
  readonly #waiters = new Set<Waiter<T>>();
  #closed = false;

  constructor(
    private readonly name: string,
    private readonly describe: (item: T) => string,
  ) {}

  get size(): number {
    return this.#items.length;
  }

  all(): readonly T[] {
    return this.#items;
  }

  /** Appends a record (its index is assigned here) and wakes matching waiters. */
  push(item: Omit<T, 'index'>): T {
    const record = { ...item, index: this.#items.length } as T;
    this.#items.push(record);
    for (const waiter of [...this.#waiters]) {
      if (!waiter.predicate(record)) continue;
      this.#settle(waiter);
      waiter.resolve(record);
    }
    return record;
  }

  /** Resolves with the first record at or after `from` matching the predicate, already recorded or future. */
  waitFor(predicate: (item: T) => boolean, from: number, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
    const existing = this.#items.slice(from).find(predicate);
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
    const recent = this.#items.slice(Math.max(from, this.#items.length - 30));
    if (recent.length === 0) return `No ${this.name} records after index ${from}.`;
    return `Last ${this.name} records:\n${recent.map((item) => `  #${item.index} ${this.describe(item)}`).join('\n')}`;
  }
}
