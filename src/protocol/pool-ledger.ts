/**
 * The requester's ledger of a pool session (docs/protocol.md, "The pool"): who is executor in the
 * current view, what each member has been signed in all, the last paid round and whether its key
 * arrived. It decides what the next PoolPayment says and refuses, before anything is signed:
 * a result from anyone but the current view's executor (an old view cannot get a round paid), a
 * round that is not the one after the last paid (no round paid twice), and a payment that would take
 * the members together above the deposit. Pure: the caller stores the ledger (before it sends the
 * payment or the view change) and feeds it events.
 */
import { type Address } from 'viem';
import { AirtntError } from '../util/errors.js';
import { roundPrice } from './pricing.js';
import type { PoolView } from './pool-rules.js';

export type PoolLedger = {
  readonly view: PoolView;
  /** Cumulative amount signed to each member, by member index (PoolPayment amounts). */
  readonly signedByMember: readonly bigint[];
  /** The last round paid, to whom, and whether its key is in hand. */
  readonly lastPaid: { round: bigint; memberIndex: number; keyHash: Uint8Array; keyReceived: boolean } | undefined;
  /** The first round of the session: the round after the last paid one when nothing is paid yet. */
  readonly firstRound: bigint;
};

export function openPoolLedger(memberCount: number, firstRound: bigint, bases: readonly bigint[] = []): PoolLedger {
  return {
    view: { view: 0, executorIndex: 0, lastPaidRound: undefined },
    signedByMember: Array.from({ length: memberCount }, (_, i) => bases[i] ?? 0n),
    lastPaid: undefined,
    firstRound,
  };
}

/** The round the current view's executor must run next. */
export function nextPoolRound(ledger: PoolLedger): bigint {
  return ledger.lastPaid === undefined ? ledger.firstRound : ledger.lastPaid.round + 1n;
}

/**
 * The PoolPayment for a checked result (record and acks already verified by the caller): the member
 * that ran it and its new cumulative amount, with the ledger as it is once that payment is stored.
 */
export function payPoolRound(
  ledger: PoolLedger,
  result: { view: number; fromIndex: number; round: bigint; keyHash: Uint8Array; cyclesDone: number; workUnits: bigint },
  terms: { rate: bigint; deposit: bigint; payees: readonly Address[] },
): { member: Address; amount: bigint; ledger: PoolLedger } {
  if (result.view !== ledger.view.view || result.fromIndex !== ledger.view.executorIndex) {
    throw new AirtntError('POOL_WRONG_VIEW', `a result of view ${result.view} from member ${result.fromIndex} is refused: view ${ledger.view.view} runs on member ${ledger.view.executorIndex}`, {
      details: { view: result.view, fromIndex: result.fromIndex, current: ledger.view.view, executorIndex: ledger.view.executorIndex },
    });
  }
  const expected = nextPoolRound(ledger);
  if (result.round !== expected) {
    throw new AirtntError('POOL_ROUND_NOT_NEXT', `round ${result.round} is not the next unpaid round ${expected}: it is not paid (again)`, {
      details: { round: result.round, expected },
    });
  }
  if (ledger.lastPaid !== undefined && !ledger.lastPaid.keyReceived) {
    throw new AirtntError('POOL_KEY_OUTSTANDING', `round ${ledger.lastPaid.round} is paid and its key has not arrived: no further round is paid until it does`, {
      details: { round: ledger.lastPaid.round },
    });
  }
  const member = terms.payees[result.fromIndex];
  if (member === undefined) throw new AirtntError('POOL_WRONG_VIEW', `member ${result.fromIndex} is not in the pool`, { details: { fromIndex: result.fromIndex } });
  const price = roundPrice(terms.rate, result.cyclesDone, result.workUnits);
  const signedByMember = [...ledger.signedByMember];
  signedByMember[result.fromIndex] = signedByMember[result.fromIndex]! + price;
  const total = signedByMember.reduce((sum, amount) => sum + amount, 0n);
  const allocation = terms.deposit / BigInt(terms.payees.length);
  if (signedByMember[result.fromIndex]! > allocation) {
    throw new AirtntError('POOL_DEPOSIT_EXCEEDED', `paying round ${result.round} would sign member ${result.fromIndex} ${signedByMember[result.fromIndex]}, above its allocation ${allocation} (deposit / members)`, {
      details: { round: result.round, member: result.fromIndex, amount: signedByMember[result.fromIndex], allocation },
    });
  }
  if (total > terms.deposit) {
    throw new AirtntError('POOL_DEPOSIT_EXCEEDED', `paying round ${result.round} would sign ${total} to the pool in all, above its deposit ${terms.deposit}`, {
      details: { round: result.round, total, deposit: terms.deposit },
    });
  }
  return {
    member,
    amount: signedByMember[result.fromIndex]!,
    ledger: { ...ledger, signedByMember, lastPaid: { round: result.round, memberIndex: result.fromIndex, keyHash: result.keyHash, keyReceived: false } },
  };
}

/** The key of the last paid round arrived (from its executor or any member) and checked against its hash. */
export function poolKeyReceived(ledger: PoolLedger, round: bigint): PoolLedger {
  if (ledger.lastPaid === undefined || ledger.lastPaid.round !== round) {
    throw new AirtntError('POOL_ROUND_NOT_NEXT', `a key for round ${round}, which is not the last paid round`, { details: { round, lastPaid: ledger.lastPaid?.round } });
  }
  return { ...ledger, lastPaid: { ...ledger.lastPaid, keyReceived: true } };
}

/** The ledger once a view change the requester signed is stored: the new executor, the last paid round it names. */
export function poolViewChanged(ledger: PoolLedger, change: { view: number; executorIndex: number }): PoolLedger {
  if (change.view <= ledger.view.view) {
    throw new AirtntError('POOL_VIEW_STALE', `view ${change.view} is not above the current view ${ledger.view.view}`, { details: { view: change.view, current: ledger.view.view } });
  }
  return { ...ledger, view: { view: change.view, executorIndex: change.executorIndex, lastPaidRound: ledger.lastPaid?.round ?? ledger.firstRound - 1n } };
}
