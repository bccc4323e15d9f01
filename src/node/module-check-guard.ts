/**
 * What keeps module checks from being a free way to tie up an executor (docs/protocol.md part 3,
 * "Modules"): a check may take up to compileMs of a worker, and anyone may ask for one.
 * - RefusedModules remembers, for a bounded time and number, the measurements the enclave refused as
 *   INVALID_FUNCTION, so the same bad module is refused at once instead of checked again. Only
 *   refusals of the module itself are kept (the enclave has checked that the bytes hash to the
 *   measurement first, so nobody can get another party's module remembered as refused); a refusal for
 *   want of resources on a loaded machine says nothing about the module and is not kept.
 * - CheckTimeBudget is a token bucket per client address of check time (milliseconds per minute): an
 *   address that has spent its budget gets ENCLAVE_BUSY with a retry-after, without a check started.
 */
import { AirtntError, isAirtntError } from '../util/errors.js';

/** 10 minutes, 1024 measurements: enough to cover a bomb re-sent in a loop, small in memory. */
export const REFUSED_TTL_MS = 10 * 60_000;
export const MAX_REFUSED = 1024;
/** 30 s of check time per address per minute: a few honest modules at once, not a worker all day. */
export const CHECK_MS_PER_MINUTE = 30_000;
/** Client addresses tracked at most; the fullest buckets (which would refuse nobody) are dropped first. */
const MAX_TRACKED_ADDRESSES = 4096;

type Refusal = { code: string; message: string; details: Record<string, unknown>; until: number };

export class RefusedModules {
  /** Map order is insertion order: the first entry is the oldest. */
  readonly #refused = new Map<string, Refusal>();

  constructor(
    readonly ttlMs = REFUSED_TTL_MS,
    readonly maxEntries = MAX_REFUSED,
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers the enclave's refusal of `measurement` (hex), if it says the module itself is bad. */
  remember(measurement: string, error: unknown): void {
    if (!isAirtntError(error, 'INVALID_FUNCTION') || error.details.reason === 'resources') return;
    this.#refused.delete(measurement);
    this.#refused.set(measurement, { code: error.code, message: error.message, details: { ...error.details }, until: this.now() + this.ttlMs });
    for (const oldest of this.#refused.keys()) {
      if (this.#refused.size <= this.maxEntries) break;
      this.#refused.delete(oldest);
    }
  }

  /** Throws the remembered refusal of `measurement`, if one is still fresh. */
  check(measurement: string): void {
    const refusal = this.#refused.get(measurement);
    if (refusal === undefined) return;
    if (refusal.until <= this.now()) {
      this.#refused.delete(measurement);
      return;
    }
    throw new AirtntError('INVALID_FUNCTION', refusal.message, {
      details: { ...refusal.details, refusedBefore: true },
      hint: 'this module was refused when checked a moment ago; fix it (docs/functions.md) rather than sending it again',
    });
  }

  get size(): number {
    return this.#refused.size;
  }
}

export class CheckTimeBudget {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly msPerMinute = CHECK_MS_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isSafeInteger(msPerMinute) || msPerMinute < 1) throw new AirtntError('INVALID_LIMITS', 'the check time budget must be a positive number of milliseconds a minute', { details: { msPerMinute } });
  }

  #tokens(client: string): number {
    const bucket = this.#buckets.get(client);
    if (bucket === undefined) return this.msPerMinute;
    return Math.min(this.msPerMinute, bucket.tokens + ((this.now() - bucket.at) * this.msPerMinute) / 60_000);
  }

  /** Throws ENCLAVE_BUSY (details.retryAfterSeconds) if `client` has no check time left. */
  admit(client: string): void {
    const tokens = this.#tokens(client);
    if (tokens > 0) return;
    const retryAfterSeconds = Math.max(1, Math.ceil(((-tokens + 1) * 60) / this.msPerMinute));
    throw new AirtntError('ENCLAVE_BUSY', `${client} has spent its module check time (${this.msPerMinute} ms a minute)`, {
      details: { client, msPerMinute: this.msPerMinute, retryAfterSeconds },
      hint: `try again in ${retryAfterSeconds} s`,
    });
  }

  /** Charges `client` the time a check took (the balance may go below 0: the next checks wait for it). */
  spend(client: string, ms: number): void {
    const tokens = this.#tokens(client) - Math.max(0, ms);
    this.#buckets.delete(client);
    this.#buckets.set(client, { tokens, at: this.now() });
    if (this.#buckets.size > MAX_TRACKED_ADDRESSES) {
      // Drop the oldest bucket that has refilled; if none, the oldest (bounded memory first).
      const full = [...this.#buckets.keys()].find((key) => this.#tokens(key) >= this.msPerMinute);
      this.#buckets.delete(full ?? this.#buckets.keys().next().value!);
    }
  }
}

/** New modules one address may have cached per 10 minutes: a few functions of its own, not the whole cache. */
export const MAX_NEW_MODULES_PER_CLIENT = 16;
export const NEW_MODULES_WINDOW_MS = 10 * 60_000;

/**
 * A per-address quota of modules newly cached (never yet used by a session) within a window: an
 * address cannot fill the cache with modules nobody pays for. With the cache's own rule (modules a
 * session used are evicted last), what it can push out is only other unused modules.
 */
export class NewModuleQuota {
  readonly #added = new Map<string, number[]>();

  constructor(
    readonly maxPerClient = MAX_NEW_MODULES_PER_CLIENT,
    readonly windowMs = NEW_MODULES_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  #recent(client: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.#added.get(client) ?? []).filter((at) => at > since);
    if (times.length === 0) this.#added.delete(client);
    else this.#added.set(client, times);
    return times;
  }

  /** Throws ENCLAVE_BUSY (details.retryAfterSeconds) if `client` has cached its quota of new modules. */
  admit(client: string): void {
    const times = this.#recent(client);
    if (times.length < this.maxPerClient) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((times[0]! + this.windowMs - this.now()) / 1000));
    throw new AirtntError('ENCLAVE_BUSY', `${client} has sent ${times.length} new modules in ${this.windowMs / 1000} s, its quota`, {
      details: { client, maxPerClient: this.maxPerClient, retryAfterSeconds },
      hint: `try again in ${retryAfterSeconds} s, or use a module this executor already holds`,
    });
  }

  /** Counts a module newly cached for `client`. */
  added(client: string): void {
    const times = this.#recent(client);
    this.#added.set(client, [...times, this.now()]);
    if (this.#added.size > MAX_TRACKED_ADDRESSES) this.#added.delete(this.#added.keys().next().value!);
  }
}
