/**
 * Admission for the executor's session endpoint, decided at the HTTP upgrade before a WebSocket
 * exists, per client key (an IPv4 address or an IPv6 /64, behind a trusted proxy the forwarded
 * client: client-address.ts) and in all:
 * - at most `maxPerAddress` live connections per key, and `maxNewPerWindow` new ones per `windowMs`;
 * - at most `maxPreOpenPerAddress` per key that have not yet sent their first frame (the `open`);
 * - at most `maxTotal` live connections in all. When that cap is reached, the oldest connection that
 *   has not yet sent a frame is evicted to make room: sockets that sit idle cost their holder a TCP
 *   connection and nothing else, so a few hosts holding idle sockets cannot fill the node. Only
 *   connections whose sessions were opened (which takes a funded channel) count for good.
 * A refusal says when to come back (the executor sends it as Retry-After).
 */
import { AirtntError } from '../util/errors.js';

export type ConnectionLimitOptions = {
  /** Live connections per key (default 8). */
  maxPerAddress?: number;
  /** Connections per key that have not yet sent their first frame (default 2). */
  maxPreOpenPerAddress?: number;
  /** New connections per key per window (default 60). */
  maxNewPerWindow?: number;
  /** Default 60 s. */
  windowMs?: number;
  /** Live connections in all (default 64). */
  maxTotal?: number;
};

export type Refusal = { admitted: false; reason: 'too-many-live' | 'too-many-pre-open' | 'too-many-new' | 'full'; retryAfterSeconds: number };
export type Admission = {
  admitted: true;
  /** The connection sent its first frame: it is no longer the first to be evicted. */
  opened(): void;
  release(): void;
};

type KeyState = { live: number; preOpen: number; windowStart: number; newInWindow: number };
type Entry = { key: string; state: KeyState; evict: () => void; preOpen: boolean; released: boolean };

export class ConnectionLimiter {
  private readonly byKey = new Map<string, KeyState>();
  /** Connections not yet opened, oldest first (the eviction order). */
  private readonly preOpen = new Set<Entry>();
  private total = 0;
  private readonly limits: Required<ConnectionLimitOptions>;

  constructor(options: ConnectionLimitOptions = {}, private readonly now: () => number = Date.now) {
    this.limits = {
      maxPerAddress: options.maxPerAddress ?? 8,
      maxPreOpenPerAddress: options.maxPreOpenPerAddress ?? 2,
      maxNewPerWindow: options.maxNewPerWindow ?? 60,
      windowMs: options.windowMs ?? 60_000,
      maxTotal: options.maxTotal ?? 64,
    };
    for (const [name, value] of Object.entries(this.limits)) {
      if (!Number.isSafeInteger(value) || value < 1) throw new AirtntError('INVALID_EXECUTOR_OPTIONS', `${name} must be a positive integer`, { details: { [name]: value } });
    }
  }

  /**
   * Admits a connection from `key` (counted until `release`), evicting the oldest unopened connection
   * if the node is full (its `evict` is called, and must end that socket), or says why not.
   */
  admit(key: string, evict: () => void = () => undefined): Admission | Refusal {
    const now = this.now();
    const state = this.byKey.get(key) ?? { live: 0, preOpen: 0, windowStart: now, newInWindow: 0 };
    if (now - state.windowStart >= this.limits.windowMs) {
      state.windowStart = now;
      state.newInWindow = 0;
    }
    if (state.newInWindow >= this.limits.maxNewPerWindow) {
      return { admitted: false, reason: 'too-many-new', retryAfterSeconds: Math.max(1, Math.ceil((state.windowStart + this.limits.windowMs - now) / 1000)) };
    }
    if (state.live >= this.limits.maxPerAddress) return { admitted: false, reason: 'too-many-live', retryAfterSeconds: 1 };
    if (state.preOpen >= this.limits.maxPreOpenPerAddress) return { admitted: false, reason: 'too-many-pre-open', retryAfterSeconds: 1 };
    if (this.total >= this.limits.maxTotal) {
      const oldest = this.preOpen.values().next();
      if (oldest.done === true) return { admitted: false, reason: 'full', retryAfterSeconds: 1 };
      this.releaseEntry(oldest.value);
      oldest.value.evict();
    }
    state.live += 1;
    state.preOpen += 1;
    state.newInWindow += 1;
    this.total += 1;
    this.byKey.set(key, state);
    const entry: Entry = { key, state, evict, preOpen: true, released: false };
    this.preOpen.add(entry);
    return {
      admitted: true,
      opened: () => {
        if (!entry.preOpen || entry.released) return;
        entry.preOpen = false;
        state.preOpen -= 1;
        this.preOpen.delete(entry);
      },
      release: () => this.releaseEntry(entry),
    };
  }

  /** Drops the records of keys with no live connection and an expired window. */
  prune(): void {
    const now = this.now();
    for (const [key, state] of this.byKey) {
      if (state.live === 0 && now - state.windowStart >= this.limits.windowMs) this.byKey.delete(key);
    }
  }

  get trackedAddresses(): number {
    return this.byKey.size;
  }

  get liveConnections(): number {
    return this.total;
  }

  private releaseEntry(entry: Entry): void {
    if (entry.released) return;
    entry.released = true;
    entry.state.live -= 1;
    this.total -= 1;
    if (entry.preOpen) {
      entry.state.preOpen -= 1;
      this.preOpen.delete(entry);
    }
    // Forget idle keys once their window is over, so the map does not grow without bound.
    if (entry.state.live === 0 && this.now() - entry.state.windowStart >= this.limits.windowMs) this.byKey.delete(entry.key);
  }
}
