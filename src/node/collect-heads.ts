/**
 * The chain heads the collector (collector.ts) has seen: the last one and when it was seen (the
 * chain's time now, between polls), and the recent ones that measure the block time.
 */
import { blockTimestamp, type ChainClient, type ChainHead } from '../chain/index.js';
import { observedBlockTime } from './collect-policy.js';

/** Heads kept to measure the block time. */
const HEADS_KEPT = 33;

export class ObservedHeads {
  private lastHead: { head: ChainHead; seenAt: number } | undefined;
  private readonly heads: { number: bigint; timestamp: bigint }[] = [];

  /** `blockTimeSeconds`: assumed instead of measured from recent blocks. */
  constructor(private readonly chain: ChainClient, private readonly blockTimeSeconds: number | undefined) {}

  /** The head last seen; undefined until the first one was read. */
  head(): ChainHead | undefined {
    return this.lastHead?.head;
  }

  /** Chain time: the last head's timestamp plus the local time since it was seen. */
  chainNow(): bigint | undefined {
    if (this.lastHead === undefined) return undefined;
    const elapsed = BigInt(Math.max(0, Math.floor((Date.now() - this.lastHead.seenAt) / 1000)));
    return this.lastHead.head.timestamp + elapsed;
  }

  blockTime(): number {
    return this.blockTimeSeconds ?? observedBlockTime(this.heads, 12);
  }

  async observe(head: ChainHead): Promise<void> {
    if (this.heads.length === 0 && head.number > 16n) {
      // A first measurement from history, so the block time is known before blocks were watched.
      this.heads.push({ number: head.number - 16n, timestamp: await blockTimestamp(this.chain, head.number - 16n) });
    }
    const last = this.heads[this.heads.length - 1];
    if (last === undefined || head.number > last.number) {
      this.heads.push({ number: head.number, timestamp: head.timestamp });
      if (this.heads.length > HEADS_KEPT) this.heads.shift();
    }
    if (this.lastHead === undefined || this.lastHead.head.hash !== head.hash) this.lastHead = { head, seenAt: Date.now() };
  }
}
