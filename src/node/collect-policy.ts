/**
 * What the collector sends, in which order and at what fee (pure: the collector passes in chain time,
 * fees and its queue). The rule an operator wants: every payment that is worth more than it costs
 * to collect is collected before its channel expires, the most valuable first when not all can be.
 *
 * - Due: a channel is due once what is left before expiry is no more than the lead time of a collect
 *   plus one round (the point from which the executor starts no more rounds on it). Due channels go
 *   first, most valuable first; the others by expiry, then value.
 * - Worth its gas: far from expiry a collect is sent only when its value is at least `worthFactor`
 *   (default 2) times its estimated gas cost: collects are cumulative per channel, so waiting merges
 *   later payments into the same transaction and costs nothing. Once due it is the last chance, so
 *   anything worth more than its gas is sent (factor 1). A collect worth less than its gas is never
 *   sent: it would lose money (a channel left so is marked 'uneconomic' at expiry).
 * - Live sessions: a channel with a session running is left alone until due (each round would
 *   otherwise cost a collect), unless the caller sweeps everything (shutdown).
 * - Fees: EIP-1559 max fee = 2 x base fee + tip; a transaction unmined for `bumpAfterBlocks` is
 *   replaced with both fees raised by 12.5 % (or to the market, if higher), never above what the
 *   collect is worth per unit of gas.
 */
import type { Hex } from 'viem';
import type { TxFees } from '../chain/sign-collect.js';
import type { CollectTiming } from '../protocol/collect-deadline.js';

export type CollectCandidate = {
  channelId: Hex;
  expiry: bigint;
  /** What this collect adds to what is already collected or on its way (token units). */
  value: bigint;
  /** The same in wei, when the executor's prices say what a token unit is worth; undefined: unknown. */
  valueWei: bigint | undefined;
  /** A session is running on the channel. */
  active: boolean;
  /** Asked to be collected now, whatever the order (a key held back until it is collected). */
  priority: boolean;
};

export type CollectTuning = {
  /** Collect-lead safety margin (seconds before expiry). */
  safetySeconds: bigint;
  /**
   * Value / gas cost needed to collect before a channel is due (default 2; when due: 1). 0 collects
   * every payment whatever its gas, with no fee cap (development chains, where prices are far below gas).
   */
  worthFactor: bigint;
  /** Blocks a collect may take to be mined, a fee bump included (default 3). */
  inclusionBlocks: number;
  /** New collects sent per block (default 16). */
  maxPerBlock: number;
  /** Seconds allowed for one round (default 15). */
  roundSeconds: bigint;
};

export const DEFAULT_COLLECT_TUNING: Omit<CollectTuning, 'safetySeconds'> = {
  worthFactor: 2n,
  inclusionBlocks: 3,
  maxPerBlock: 16,
  roundSeconds: 15n,
};

/** Lead and urgent times for a queue of `queued` collects at the measured block time. */
export function collectTiming(nowSeconds: bigint, blockTimeSeconds: number, queued: number, tuning: CollectTuning): CollectTiming {
  const blockTime = BigInt(Math.max(1, Math.ceil(blockTimeSeconds)));
  const queueBlocks = BigInt(Math.ceil(queued / tuning.maxPerBlock));
  const inclusion = BigInt(tuning.inclusionBlocks);
  return {
    nowSeconds,
    leadSeconds: tuning.safetySeconds + blockTime * (inclusion + queueBlocks),
    urgentSeconds: blockTime * inclusion,
    roundSeconds: tuning.roundSeconds,
  };
}

export type CollectPlan = {
  /** To send now, in this order (at most maxPerBlock minus what was already sent this block). */
  send: CollectCandidate[];
  /** Worth sending, deferred by the per-block limit (they count in the queue). */
  deferred: CollectCandidate[];
  /** Not worth their gas yet (or ever, if due): left for later. */
  skipped: CollectCandidate[];
  /** Expired: nothing can be collected any more. */
  expired: CollectCandidate[];
};

export function planCollects(
  candidates: readonly CollectCandidate[],
  context: { timing: CollectTiming; gasCostWei: bigint; tuning: CollectTuning; includeActive: boolean; slots: number },
): CollectPlan {
  const { timing, gasCostWei, tuning } = context;
  const plan: CollectPlan = { send: [], deferred: [], skipped: [], expired: [] };
  const due = (c: CollectCandidate) => c.expiry - timing.nowSeconds <= timing.leadSeconds + timing.roundSeconds;
  const worth: CollectCandidate[] = [];
  for (const c of candidates) {
    if (c.expiry <= timing.nowSeconds) plan.expired.push(c);
    else if (c.priority) worth.push(c);
    else if (c.active && !context.includeActive && !due(c)) plan.skipped.push(c);
    else if (isWorthCollecting(c, gasCostWei, due(c) && tuning.worthFactor > 1n ? 1n : tuning.worthFactor)) worth.push(c);
    else plan.skipped.push(c);
  }
  const rank = (c: CollectCandidate): number => (c.priority ? 0 : due(c) ? 1 : 2);
  const valueOf = (c: CollectCandidate): bigint => c.valueWei ?? c.value;
  // Due (and priority) ones cannot all wait: most valuable first. The rest: soonest expiry first.
  worth.sort((a, b) =>
    rank(a) !== rank(b)
      ? rank(a) - rank(b)
      : rank(a) <= 1
        ? compare(valueOf(b), valueOf(a)) || compare(a.expiry, b.expiry)
        : compare(a.expiry, b.expiry) || compare(valueOf(b), valueOf(a)),
  );
  const slots = Math.max(0, context.slots);
  plan.send = worth.slice(0, slots);
  plan.deferred = worth.slice(slots);
  return plan;
}

function compare(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** value > factor x gas cost (strictly: a collect that only pays its gas is not worth sending); unknown value counts as worth it. */
export function isWorthCollecting(c: Pick<CollectCandidate, 'valueWei' | 'value'>, gasCostWei: bigint, factor: bigint): boolean {
  if (c.valueWei === undefined || factor === 0n) return c.value > 0n;
  return c.valueWei > gasCostWei * factor;
}

/** The first fees of a collect: the market's, capped so the gas never costs more than the collect is worth. */
export function initialFees(market: TxFees, capPerGas: bigint | undefined): TxFees {
  if (capPerGas === undefined) return market;
  if (market.kind === 'legacy') return { kind: 'legacy', gasPrice: min(market.gasPrice, capPerGas) };
  const maxFeePerGas = min(market.maxFeePerGas, capPerGas);
  return { kind: 'eip1559', maxFeePerGas, maxPriorityFeePerGas: min(market.maxPriorityFeePerGas, maxFeePerGas) };
}

/**
 * The fees of a replacement: each field raised by at least 12.5 % (nodes want 10 % or more on both),
 * or to the market's if higher. Undefined when that would pass `capPerGas` (not worth it).
 */
export function bumpFees(previous: TxFees, market: TxFees, capPerGas: bigint | undefined): TxFees | undefined {
  let next: TxFees;
  if (previous.kind === 'legacy' || market.kind === 'legacy') {
    const old = previous.kind === 'legacy' ? previous.gasPrice : previous.maxFeePerGas;
    const now = market.kind === 'legacy' ? market.gasPrice : market.maxFeePerGas;
    next = { kind: 'legacy', gasPrice: max(bump(old), now) };
    if (capPerGas !== undefined && next.gasPrice > capPerGas) return undefined;
    return next;
  }
  const maxPriorityFeePerGas = max(bump(previous.maxPriorityFeePerGas), market.maxPriorityFeePerGas);
  const maxFeePerGas = max(max(bump(previous.maxFeePerGas), market.maxFeePerGas), maxPriorityFeePerGas);
  if (capPerGas !== undefined && maxFeePerGas > capPerGas) return undefined;
  return { kind: 'eip1559', maxFeePerGas, maxPriorityFeePerGas };
}

/** x + 12.5 %, rounded up, and at least x + 1. */
export function bump(x: bigint): bigint {
  const raised = (x * 1125n + 999n) / 1000n;
  return raised > x ? raised : x + 1n;
}

/** The fee per gas the chain will most likely charge (what gas costs are estimated with). */
export function expectedPricePerGas(fees: TxFees, baseFeePerGas: bigint | undefined): bigint {
  if (fees.kind === 'legacy') return fees.gasPrice;
  return min(fees.maxFeePerGas, (baseFeePerGas ?? 0n) + fees.maxPriorityFeePerGas);
}

/**
 * Seconds per block from heads seen (number, timestamp): the median over consecutive observations,
 * so one long idle gap (a devnet mining on demand) or a time jump does not dominate. Clamped to [1, 600].
 */
export function observedBlockTime(heads: readonly { number: bigint; timestamp: bigint }[], fallback: number): number {
  const rates: number[] = [];
  for (let i = 1; i < heads.length; i++) {
    const blocks = heads[i]!.number - heads[i - 1]!.number;
    if (blocks <= 0n) continue;
    rates.push(Number(heads[i]!.timestamp - heads[i - 1]!.timestamp) / Number(blocks));
  }
  if (rates.length === 0) return fallback;
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)]!;
  return Math.min(600, Math.max(1, median));
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
function max(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
