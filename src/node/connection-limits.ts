/**
 * Per-address admission for the executor's session endpoint, decided at the HTTP upgrade before a
 * WebSocket exists: at most `maxPerAddress` live connections from one remote address, and at most
 * `maxNewPerWindow` new ones from it per `windowMs`. Without it, one host can hold every session
 * slot with idle sockets or flood the node with openings that each cost it work.
 */
import { AirtntError } from '../util/errors.js';

export type ConnectionLimitOptions = {
  /** Live connections from one address (default 8). */
  maxPerAddress?: number;
  /** New connections from one address per window (default 60). */
  maxNewPerWindow?: number;
  /** Default 60 s. */
  windowMs?: number;
};

type AddressState = { live: number; windowStart: number; newInWindow: number };

export class ConnectionLimiter {
  private readonly byAddress = new Map<string, AddressState>();
  private readonly maxPerAddress: number;
  private readonly maxNewPerWindow: number;
  private readonly windowMs: number;

  constructor(options: ConnectionLimitOptions = {}, private readonly now: () => number = Date.now) {
    this.maxPerAddress = options.maxPerAddress ?? 8;
    this.maxNewPerWindow = options.maxNewPerWindow ?? 60;
    this.windowMs = options.windowMs ?? 60_000;
    for (const [name, value] of Object.entries({ maxPerAddress: this.maxPerAddress, maxNewPerWindow: this.maxNewPerWindow, windowMs: this.windowMs })) {
      if (!Number.isSafeInteger(value) || value < 1) throw new AirtntError('INVALID_EXECUTOR_OPTIONS', `${name} must be a positive integer`, { details: { [name]: value } });
    }
  }

  /**
   * Admits a connection from `address` (counted until `release` is called) or returns why not:
   * 'too-many-live' or 'too-many-new'.
   */
  admit(address: string): { admitted: true; release: () => void } | { admitted: false; reason: 'too-many-live' | 'too-many-new' } {
    const now = this.now();
    const state = this.byAddress.get(address) ?? { live: 0, windowStart: now, newInWindow: 0 };
    if (now - state.windowStart >= this.windowMs) {
      state.windowStart = now;
      state.newInWindow = 0;
    }
    if (state.live >= this.maxPerAddress) return { admitted: false, reason: 'too-many-live' };
    if (state.newInWindow >= this.maxNewPerWindow) return { admitted: false, reason: 'too-many-new' };
    state.live += 1;
    state.newInWindow += 1;
    this.byAddress.set(address, state);
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        state.live -= 1;
        // Forget idle addresses once their window is over, so the map does not grow without bound.
        if (state.live === 0 && this.now() - state.windowStart >= this.windowMs) this.byAddress.delete(address);
      },
    };
  }

  /** Drops the records of addresses with no live connection and an expired window. */
  prune(): void {
    const now = this.now();
    for (const [address, state] of this.byAddress) {
      if (state.live === 0 && now - state.windowStart >= this.windowMs) this.byAddress.delete(address);
    }
  }

  get trackedAddresses(): number {
    return this.byAddress.size;
  }
}
