/**
 * The modules an enclave holds, by measurement (sha256, lowercase hex): the built-in ones, kept for
 * good, and those sent with sessions, kept least-recently-used within a count and a byte budget. A
 * session keeps the bytes of its module itself, so evicting a module never affects a session that
 * is open: only the next opening of it needs it sent again.
 *
 * Modules a session has been opened with (a signed opening over a funded channel, checked by the
 * executor before the enclave sees it) are evicted only after every module no session has used:
 * anyone may send modules for free, so without this strangers could push a paying customer's module
 * out of the cache (docs/protocol.md, threat model index).
 */
import { AirtntError } from '../util/errors.js';

export type ModuleCacheLimits = { maxModules: number; maxBytes: number };

/** 64 modules, 64 MiB in all: a few dozen functions in use at a time on one executor. */
export const DEFAULT_MODULE_CACHE: Readonly<ModuleCacheLimits> = Object.freeze({ maxModules: 64, maxBytes: 64 * 1024 * 1024 });

export class ModuleCache {
  readonly #pinned = new Map<string, Uint8Array>();
  /** Map order is use order: the first entry is the least recently used. */
  readonly #used = new Map<string, Uint8Array>();
  #bytes = 0;
  /** Cached modules a session was opened with: evicted last. */
  readonly #paid = new Set<string>();

  constructor(readonly limits: ModuleCacheLimits = DEFAULT_MODULE_CACHE) {
    if (!Number.isSafeInteger(limits.maxModules) || limits.maxModules < 1 || !Number.isSafeInteger(limits.maxBytes) || limits.maxBytes < 1) {
      throw new AirtntError('INVALID_LIMITS', 'the module cache needs a positive count and byte limit', { details: { ...limits } });
    }
  }

  /** A built-in module: never evicted. */
  pin(measurement: string, bytes: Uint8Array): void {
    this.#pinned.set(measurement, bytes);
  }

  isPinned(measurement: string): boolean {
    return this.#pinned.has(measurement);
  }

  /** The module, marked as just used; undefined if not held. */
  get(measurement: string): Uint8Array | undefined {
    const pinned = this.#pinned.get(measurement);
    if (pinned !== undefined) return pinned;
    const bytes = this.#used.get(measurement);
    if (bytes === undefined) return undefined;
    this.#used.delete(measurement);
    this.#used.set(measurement, bytes);
    return bytes;
  }

  /** Marks a cached module as used by an opened session, so it is evicted after those never used. */
  markPaid(measurement: string): void {
    if (this.#used.has(measurement)) this.#paid.add(measurement);
  }

  isPaid(measurement: string): boolean {
    return this.#paid.has(measurement);
  }

  has(measurement: string): boolean {
    return this.get(measurement) !== undefined;
  }

  /** Adds a module (checked by the caller) and returns the measurements evicted to make room for it. */
  add(measurement: string, bytes: Uint8Array): string[] {
    if (this.#pinned.has(measurement)) return [];
    if (bytes.length > this.limits.maxBytes) {
      throw new AirtntError('MODULE_TOO_LARGE', 'the module is larger than the enclave\'s whole module cache', { details: { bytes: bytes.length, maxBytes: this.limits.maxBytes } });
    }
    const previous = this.#used.get(measurement);
    if (previous !== undefined) {
      this.#used.delete(measurement);
      this.#bytes -= previous.length;
    }
    const evicted: string[] = [];
    // Least recently used first, among the never-used modules, then among the used ones.
    for (const paidPass of [false, true]) {
      for (const [oldest, old] of this.#used) {
        if (this.#used.size < this.limits.maxModules && this.#bytes + bytes.length <= this.limits.maxBytes) break;
        if (this.#paid.has(oldest) !== paidPass) continue;
        this.#used.delete(oldest);
        this.#paid.delete(oldest);
        this.#bytes -= old.length;
        evicted.push(oldest);
      }
    }
    this.#used.set(measurement, bytes);
    this.#bytes += bytes.length;
    return evicted;
  }

  stats(): { pinned: number; cached: number; cachedBytes: number; paid: number } {
    return { pinned: this.#pinned.size, cached: this.#used.size, cachedBytes: this.#bytes, paid: this.#paid.size };
  }
}
