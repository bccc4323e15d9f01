/**
 * When the executor may still start work on a channel or release a key (pure: the node passes in
 * chain time and what its collector measured). A payment is worth something only once its collect
 * lands before the channel expires; how long that takes depends on the chain's block time and on how
 * many collects are queued ahead. So:
 * - a session or round starts only if the round, then a collect sent behind the current queue, still
 *   land before expiry minus the safety margin (CHANNEL_COLLECT_INFEASIBLE);
 * - a payment that arrives too late for the queue is collected first, ahead of the queue, and its key
 *   released only once that collect is mined ('collect-first');
 * - a payment that arrives too late even for that is refused and its key kept (PAYMENT_TOO_LATE).
 * A requester that delays `pay` until just before expiry thus gains nothing.
 */
import { AirtntError } from '../util/errors.js';

export type CollectTiming = {
  /** Chain time (seconds), as the node best knows it. */
  nowSeconds: bigint;
  /** Seconds a collect queued now needs to land: safety margin + block time x (inclusion + queue blocks). */
  leadSeconds: bigint;
  /** Seconds a collect sent ahead of the queue needs to land: block time x inclusion blocks. */
  urgentSeconds: bigint;
  /** Seconds allowed for one round in the enclave, from its start to its result. */
  roundSeconds: bigint;
};

/** Throws CHANNEL_COLLECT_INFEASIBLE unless a round started now could still be paid and collected before expiry. */
export function checkRoundCollectable(expiry: bigint, timing: CollectTiming): void {
  const left = expiry - timing.nowSeconds;
  const needed = timing.leadSeconds + timing.roundSeconds;
  if (left < needed) {
    throw new AirtntError('CHANNEL_COLLECT_INFEASIBLE', 'the channel expires before a collect for this round could land', {
      details: { expiry, now: timing.nowSeconds, secondsLeft: left, secondsNeeded: needed, leadSeconds: timing.leadSeconds, roundSeconds: timing.roundSeconds },
      hint: 'extend the channel (or open one with a later expiry): the executor needs the round, its collect queue at the chain\'s block time, and a safety margin before expiry',
    });
  }
}

/**
 * How a payment arriving now is handled: 'release' (store it, release k, collect in turn) or
 * 'collect-first' (store it, collect it ahead of the queue, release k once that is mined). Throws
 * PAYMENT_TOO_LATE when not even a collect sent at once would land: then nothing is accepted or released.
 */
export function paymentRelease(expiry: bigint, timing: CollectTiming): 'release' | 'collect-first' {
  const left = expiry - timing.nowSeconds;
  if (left < timing.urgentSeconds) {
    throw new AirtntError('PAYMENT_TOO_LATE', 'the channel expires before this payment could be collected: it is refused and the key kept', {
      details: { expiry, now: timing.nowSeconds, secondsLeft: left, secondsNeeded: timing.urgentSeconds },
      hint: 'pay promptly after each result; the round stays unpaid on this channel',
    });
  }
  return left < timing.leadSeconds ? 'collect-first' : 'release';
}
