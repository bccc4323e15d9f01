/**
 * A served session's clock and collect deadlines: chain time estimated from the local clock (one
 * chain read at the opening, not one per round), and the collector's view of how long a collect takes
 * now, so that a round is refused when its payment could not be collected before the channel expires
 * and a late payment is collected before its key leaves (src/protocol/collect-deadline.ts).
 */
import { checkRoundCollectable, paymentRelease, type CollectTiming } from '../protocol/collect-deadline.js';
import type { CollectDeadlines } from './collector.js';

function localSeconds(): bigint {
  return BigInt(Math.floor(Date.now() / 1000));
}

export class SessionClock {
  /** Chain time = local time + offset, measured at the opening. */
  private readonly offsetSeconds: bigint;

  /**
   * @param chainNowSeconds chain time read at the opening
   * @param deadlines the collector (absent: only the policy's minRemainingSeconds applies)
   */
  constructor(
    chainNowSeconds: bigint,
    private readonly deadlines: CollectDeadlines | undefined,
  ) {
    this.offsetSeconds = chainNowSeconds - localSeconds();
  }

  /** Chain time estimated from the local clock and the offset measured at the opening. */
  nowSeconds(): bigint {
    return localSeconds() + this.offsetSeconds;
  }

  /** The collector's timing, at the later of its chain time and `nowSeconds` (undefined without a collector). */
  collectTiming(nowSeconds: bigint): CollectTiming | undefined {
    const timing = this.deadlines?.timing();
    if (timing === undefined) return undefined;
    return { ...timing, nowSeconds: timing.nowSeconds > nowSeconds ? timing.nowSeconds : nowSeconds };
  }

  /** Throws CHANNEL_COLLECT_INFEASIBLE when a round starting now could not be collected before expiry. */
  checkCollectable(expiry: bigint, nowSeconds: bigint = this.nowSeconds()): void {
    const timing = this.collectTiming(nowSeconds);
    if (timing !== undefined) checkRoundCollectable(expiry, timing);
  }

  /**
   * Whether a payment arriving now may release its key at once, or only once it is collected (too
   * late for the queue); throws when it is too late even to collect ahead of the queue.
   */
  paymentRelease(expiry: bigint): 'release' | 'collect-first' {
    const timing = this.collectTiming(this.nowSeconds());
    return timing === undefined ? 'release' : paymentRelease(expiry, timing);
  }
}
