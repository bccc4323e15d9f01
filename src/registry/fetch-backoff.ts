/**
 * How a verifier node spends its fetches of pending executors (docs/protocol.md "Verifier nodes"):
 * a pending join costs its sender a fee, and its endpoint is the sender's to make a tarpit (accept
 * TCP, never answer). So a node whose fetch failed is fetched again only after a delay that doubles
 * at each failure (from `baseMs`, at most `capMs`), and the fetches of a poll run a bounded number at
 * a time, so that P tarpits cost one timeout per `concurrency` of them, not P timeouts in a row.
 */
import { AirtntError } from '../util/errors.js';

export type BackoffOptions = { baseMs: number; capMs: number };

type Failing = { failures: number; retryAt: number };

export class FetchBackoff {
  private readonly failing = new Map<string, Failing>();

  constructor(private readonly options: BackoffOptions, private readonly now: () => number) {
    for (const [name, value] of Object.entries(options)) {
      if (!Number.isSafeInteger(value) || value < 1) throw new AirtntError('INVALID_OPTION', `${name} must be a positive integer`, { details: { [name]: value } });
    }
  }

  /** Whether `key` may be fetched now (never failed, or its delay is over). */
  due(key: string): boolean {
    const state = this.failing.get(key);
    return state === undefined || this.now() >= state.retryAt;
  }

  /** Records a failed fetch of `key`; returns the delay until it is due again. */
  failed(key: string): number {
    const failures = (this.failing.get(key)?.failures ?? 0) + 1;
    // 2^30 * base overflows nothing and is far above any cap: stop doubling there.
    const delay = Math.min(this.options.capMs, this.options.baseMs * 2 ** Math.min(failures - 1, 30));
    this.failing.set(key, { failures, retryAt: this.now() + delay });
    return delay;
  }

  succeeded(key: string): void {
    this.failing.delete(key);
  }

  /** Forgets the keys not in `keep` (nodes no longer pending), so the map stays as small as the pending set. */
  retain(keep: ReadonlySet<string>): void {
    for (const key of this.failing.keys()) if (!keep.has(key)) this.failing.delete(key);
  }

  get size(): number {
    return this.failing.size;
  }
}

/**
 * Runs `task` on every item, at most `limit` at a time. Resolves when all have settled; if any threw,
 * rejects then with the first error (the others still ran: one bad item does not cancel the rest).
 */
export async function forEachBounded<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.length > 0) throw errors[0];
}
