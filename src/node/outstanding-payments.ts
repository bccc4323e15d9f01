/**
 * No round of a run is paid twice. A round paid to an executor whose key never arrived stays
 * collectable by that executor until its channel expires (or a later amount is collected on it, or
 * the channel is closed): paying another executor for that round meanwhile would pay it twice if the
 * first one collects late (an honest collect can take minutes on a slow chain). So before a run pays
 * for round r again, it waits for the key on-chain (Collected/Closed events reveal it) until the
 * payment can no longer be collected, and says what it waits for and until when. Everything this
 * needs is in the requester's store (paid rounds without their key), so a resumed invocation waits
 * the same way. Opting out (allowDoublePayment) continues at once and says so.
 */
import type { Address, Hex } from 'viem';
import { chainNow, readChannel, type ChainClient } from '../chain/index.js';
import { withChannels } from '../chain/client.js';
import { readMemberCollected } from '../chain/read-member-collected.js';
import type { DiffCodecs } from '../protocol/payload.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { recoverKeys } from './requester-channels.js';
import type { PaidKeySource } from './paid-keys.js';
import type { RequesterStore, RoundRow } from './requester-store.js';

/** A paid round whose key the requester does not hold and whose payment its executor can still collect. */
export type CollectablePayment = {
  round: bigint;
  channelId: Hex;
  executor: Address;
  /** The cumulative amount signed for the round on its channel. */
  amount: bigint;
  /** Chain time (seconds) from which the payment can no longer be collected. */
  expiry: bigint;
  /** The key is stored, but the round did not open (ROUND_OPEN_FAILED): waiting cannot help, and paying again would pay twice. */
  keyKnown: boolean;
};

export type PaymentWait = {
  round: bigint;
  channelId: Hex;
  executor: Address;
  amount: bigint;
  /** Chain time (seconds) up to which the executor could collect. */
  until: bigint;
  /**
   * key-on-chain: completed from the chain; key-from-executor: the executor that was paid handed the key over
   * (GET /v1/keys); expired: can no longer be collected (continue elsewhere, paid once); risk-accepted: continued
   * at once (allowDoublePayment).
   */
  outcome: 'key-on-chain' | 'key-from-executor' | 'expired' | 'risk-accepted';
  waitedMs: number;
};

export type SettleContext = {
  chain: ChainClient;
  store: RequesterStore;
  codecs: DiffCodecs;
  /** How often to look at the chain while waiting. */
  pollMs: number;
  /** Continue at once instead of waiting (the round may then be paid twice). */
  allowDoublePayment: boolean;
  log(line: string): void;
  /** Executors to ask for a withheld key besides the chain (paid-keys.ts). */
  keySource?: PaidKeySource;
  /** Called once per round when waiting starts (what is waited for, until when). */
  onWait?: (wait: Omit<PaymentWait, 'outcome' | 'waitedMs'>) => void;
};

/**
 * The paid rounds of `runId` from `fromRound` on (the rounds the run would pay for next) that their
 * executor can still collect, from the store and the chain: the channel is open with the same id,
 * chain time is before its expiry (collect needs block.timestamp < expiry) and less than the round's
 * amount was collected on it (collect needs amount > collected). Rounds whose key is stored but that
 * did not open are returned whatever the chain says (keyKnown).
 */
export async function collectablePayments(chain: ChainClient, store: RequesterStore, runId: string, fromRound: bigint): Promise<CollectablePayment[]> {
  const rounds = store.unkeyedRounds({ runId }).filter((r) => r.round >= fromRound);
  if (rounds.length === 0) return [];
  const now = await chainNow(chain);
  const out: CollectablePayment[] = [];
  for (const round of rounds) {
    const payment = await collectable(chain, store, round, now);
    if (payment !== undefined) out.push(payment);
  }
  return out;
}

async function collectable(chain: ChainClient, store: RequesterStore, round: RoundRow, now: bigint): Promise<CollectablePayment | undefined> {
  const channel = store.channel(round.channelId);
  if (channel === undefined) return undefined;
  // Its key is known (the executor released or revealed it), only the round does not open: the payment
  // is good for the executor whatever the chain says now, and running the round again would pay twice.
  if (round.key !== undefined) {
    return { round: round.round, channelId: round.channelId, executor: channel.executor, amount: round.amount, expiry: channel.expiry, keyKnown: true };
  }
  // A pool round: the channel is on AirtntPools, and the PoolPayment's amount is the paid member's own
  // cumulative amount, collectable while that member collected less.
  const pooled = store.pool.session(round.sessionId);
  const client = pooled === undefined ? chain : withChannels(chain, pooled.contract);
  const onChain = await readChannel(client, { requester: channel.requester, executor: channel.executor, token: channel.token, lane: channel.lane });
  if (!onChain.isOpen || onChain.channelId.toLowerCase() !== round.channelId.toLowerCase()) return undefined;
  const collected = pooled === undefined || round.pool === undefined ? onChain.collected : await readMemberCollected(client, onChain.channelId, round.pool.member);
  if (now >= onChain.expiry || collected >= round.amount) return undefined;
  return { round: round.round, channelId: round.channelId, executor: channel.executor, amount: round.amount, expiry: onChain.expiry, keyKnown: false };
}

/**
 * Waits until no payment for a round the run is about to pay for can still be collected: each such
 * key is taken from the chain when it appears, or the payment expires. `nextRound` is where the run
 * stands (it moves as keys are recovered). Throws PAID_ROUND_UNOPENED when a collectable round has
 * its key but cannot be opened (paying it again elsewhere would pay it twice; waiting cannot help).
 */
export async function settleOutstandingPayments(ctx: SettleContext, runId: string, nextRound: () => bigint): Promise<PaymentWait[]> {
  const active = new Map<string, Omit<PaymentWait, 'outcome' | 'waitedMs'> & { started: number }>();
  const settled: PaymentWait[] = [];
  let lastError: string | undefined;
  /** The rounds whose key an executor handed over (the rest came from the chain). */
  const fromExecutor = new Set<string>();
  const keySource = ctx.keySource;
  const asking: PaidKeySource | undefined = keySource === undefined ? undefined : async (round) => {
    const key = await keySource(round);
    if (key !== undefined) fromExecutor.add(keyOf(round));
    return key;
  };
  for (;;) {
    let outstanding: CollectablePayment[];
    try {
      // The chain is read first, the keys after: a payment that is not collectable at the first read
      // never becomes so again, and a collect that made it so (or any before) is then in the events.
      const candidates = await collectablePayments(ctx.chain, ctx.store, runId, nextRound());
      await recoverKeys(ctx.chain, ctx.store, ctx.codecs, { runId }, asking);
      const keyed = new Set(ctx.store.keyedRounds(runId).map((r) => r.round));
      const from = nextRound();
      outstanding = candidates.filter((o) => o.round >= from && !keyed.has(o.round));
      lastError = undefined;
    } catch (error) {
      // The chain cannot tell now: keep waiting rather than risk paying twice.
      const reason = isAirtntError(error) ? error.code : String(error);
      if (reason !== lastError) ctx.log(`cannot read the chain while waiting for withheld keys (${reason}); retrying`);
      lastError = reason;
      await sleep(ctx.pollMs);
      continue;
    }
    for (const [id, { started, ...wait }] of active) {
      if (outstanding.some((o) => keyOf(o) === id)) continue;
      active.delete(id);
      const keyed = ctx.store.keyedRounds(runId).some((r) => r.round === wait.round);
      const waitedMs = Date.now() - started;
      const handed = fromExecutor.has(id);
      settled.push({ ...wait, outcome: keyed ? (handed ? 'key-from-executor' : 'key-on-chain') : 'expired', waitedMs });
      ctx.log(
        keyed
          ? `round ${wait.round}: its key ${handed ? `was handed over by ${wait.executor}` : 'appeared on-chain'} after ${Math.round(waitedMs / 1000)} s; continuing from round ${nextRound()}`
          : `round ${wait.round}: the payment to ${wait.executor} can no longer be collected (channel expired or settled); continuing: the round is paid once`,
      );
    }
    const unopened = outstanding.filter((o) => o.keyKnown);
    if (ctx.allowDoublePayment) {
      for (const o of outstanding) {
        ctx.log(`WARNING: round ${o.round} was paid (the channel's cumulative amount ${o.amount} on ${o.channelId.slice(0, 10)}) to ${o.executor}, which can still collect it until ${timeText(o.expiry)}; continuing at once (--allow-double-payment): this round may be paid twice`);
        settled.push({ ...waitOf(o), outcome: 'risk-accepted', waitedMs: 0 });
      }
      return settled;
    }
    if (unopened.length > 0) {
      const o = unopened[0]!;
      throw new AirtntError('PAID_ROUND_UNOPENED', `round ${o.round} is paid and its key is known, but it does not open: running it again elsewhere would pay it twice`, {
        details: { round: o.round, channelId: o.channelId, executor: o.executor, collectableUntil: o.expiry },
        hint: 'check the requester\'s codecs and limits, then run again (the stored key is retried); or accept paying it twice (allowDoublePayment)',
      });
    }
    if (outstanding.length === 0) return settled;
    const now = await chainNow(ctx.chain).catch(() => undefined);
    for (const o of outstanding) {
      if (active.has(keyOf(o))) continue;
      active.set(keyOf(o), { ...waitOf(o), started: Date.now() });
      const left = now === undefined ? '' : ` (in ${o.expiry - now} s of chain time)`;
      ctx.log(
        `waiting for the key of round ${o.round}: paid ${o.amount} to ${o.executor} on channel ${o.channelId.slice(0, 10)}, which can collect it until ${timeText(o.expiry)}${left}; ` +
          'no other executor is paid for this round before then (--allow-double-payment continues at once, risking paying it twice)',
      );
      ctx.onWait?.(waitOf(o));
    }
    await sleep(ctx.pollMs);
  }
}

function keyOf(o: { round: bigint; channelId: Hex }): string {
  return `${o.round}:${o.channelId.toLowerCase()}`;
}

function waitOf(o: CollectablePayment): Omit<PaymentWait, 'outcome' | 'waitedMs'> {
  return { round: o.round, channelId: o.channelId, executor: o.executor, amount: o.amount, until: o.expiry };
}

/** A chain timestamp as ISO 8601 UTC. */
function timeText(seconds: bigint): string {
  return new Date(Number(seconds) * 1000).toISOString();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
