/**
 * A pool member's part of the enclave (docs/protocol.md, "The pool"): the pool key (drawn by the
 * view-0 executor's enclave, sent sealed to each standby's), each round's replica sealed under it,
 * and a standby's intake of a replica with its ack. Everything the decisions rest on (the members'
 * keys, who pays, the view) comes from the requester's sealed opening, never from the host. Lives in
 * the enclave worker, next to EnclaveCore, which owns the sessions.
 */
import { randomBytes } from 'node:crypto';
import type { Address } from 'viem';
import { acceptViewChange, checkKeyRelease, checkViewChangePayment, continuationReplica, INITIAL_POOL_VIEW, paidThrough, type HeldReplica, type PoolOpening, type PoolView } from '../protocol/pool-rules.js';
import { openPoolKey, POOL_KEY_LENGTH, sealPoolKey, sealReplica, type ReplicaContents } from '../protocol/pool-sealing.js';
import { takeReplica, type ReplicateInput } from '../protocol/pool-standby.js';
import { poolAgreement, type PoolTerms } from '../protocol/pool-opening.js';
import { PaymentSigners, PreparedKeyCache } from '../protocol/payment-key.js';
import { recoverPoolPaymentSigner, recoverViewChangeSigner, type ViewChangeTerms } from '../protocol/pool-signatures.js';
import type { CryptoPrimitives, RecordSigner } from '../crypto/primitives.js';
import { toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

/**
 * Replicas an enclave keeps per session: a view change continues from the last paid round, which is the
 * newest, the one before, or, with a round replicated ahead of the payment of the round before it (pool
 * link 2), the one before that.
 */
const HELD_REPLICAS = 3;

/**
 * Requesters' keys prepared for a standby's check of each replica's payment, shared by the sessions of
 * this enclave: a requester's key prepared in one pool session serves its next ones from their second
 * replica. At most 64 keys (83 kB each).
 */
const preparedKeys = new PreparedKeyCache(64);

export type PoolMemberState = {
  opening: PoolOpening;
  terms: PoolTerms;
  /** What every member of the pool was sealed alike (pool-opening.ts poolAgreement): signed with the pool key, checked by each standby. */
  agreement: Uint8Array;
  poolKey: Uint8Array | undefined;
  view: PoolView;
  held: { replica: HeldReplica; contents: ReplicaContents }[];
  /** The requester's payments as a standby checks them, one a round (its key learnt once, then prepared). */
  signers: PaymentSigners;
};

export type SealedPoolKey = { index: number; sealedPoolKey: Uint8Array; signature: Uint8Array };
export type SealedReplica = { view: number; keyHash: Uint8Array; ciphertext: Uint8Array };

/** A session's pool part at its opening: the view-0 executor draws the pool key, the others wait for it. */
export function startPoolMember(opening: PoolOpening, terms: PoolTerms, session: { channelId: Uint8Array; functionMeasurement: Uint8Array; firstRound: bigint }): PoolMemberState {
  return { opening, terms, agreement: poolAgreement(opening, terms, session), poolKey: opening.index === 0 ? new Uint8Array(randomBytes(POOL_KEY_LENGTH)) : undefined, view: INITIAL_POOL_VIEW, held: [], signers: new PaymentSigners(terms.requester, preparedKeys.prepare) };
}

/** View-0 executor: the pool key sealed to every standby's enclave, each signed by this enclave. */
export function sealPoolKeys(state: PoolMemberState, sessionId: Uint8Array, signer: RecordSigner, primitives?: CryptoPrimitives): SealedPoolKey[] {
  if (state.opening.index !== 0 || state.poolKey === undefined) {
    throw new AirtntError('POOL_KEY_INVALID', `member ${state.opening.index} is not the view-0 executor: it does not hand out the pool key`, { details: { index: state.opening.index } });
  }
  const { poolKey, agreement } = state;
  return state.opening.members.flatMap((member, index) =>
    index === 0 ? [] : [{ index, ...sealPoolKey({ sessionId, standbyIndex: index, standbyHpkeKey: member.enclaveHpkeKey, standbyEnclavePublicKey: member.enclavePublicKey, poolKey, agreement, signer }, primitives) }],
  );
}

/** Standby: the pool key from the view-0 executor's enclave (its key from the sealed opening); once. */
export function acceptPoolKey(
  state: PoolMemberState,
  input: { sessionId: Uint8Array; hpkeSecretKey: Uint8Array; sealedPoolKey: Uint8Array; signature: Uint8Array },
  primitives?: CryptoPrimitives,
): void {
  // Once: the view-0 executor hands it over once, first on its link; a second one (even the same,
  // replayed by whoever relayed the first) is refused, so a replay cannot pass for a pool link's opening.
  if (state.poolKey !== undefined) {
    throw new AirtntError('POOL_KEY_INVALID', 'this member already holds the pool key of the session: it is taken once', { details: { index: state.opening.index } });
  }
  const own = state.opening.members[state.opening.index]!;
  const poolKey = openPoolKey(
    { sessionId: input.sessionId, ownIndex: state.opening.index, ownEnclavePublicKey: own.enclavePublicKey, hpkeSecretKey: input.hpkeSecretKey, executorEnclavePublicKey: state.opening.members[0]!.enclavePublicKey, sealedPoolKey: input.sealedPoolKey, signature: input.signature, agreement: state.agreement },
    primitives,
  );
  state.poolKey = poolKey;
}

/**
 * Executor: the replica of the round it just ran, or undefined when this member is not the current
 * view's executor or holds no pool key (then the round cannot be acked, and the requester will not pay it).
 */
export function replicaOfRound(state: PoolMemberState, sessionId: Uint8Array, round: bigint, contents: ReplicaContents, primitives?: CryptoPrimitives): SealedReplica | undefined {
  if (state.poolKey === undefined || state.view.executorIndex !== state.opening.index) return undefined;
  const sealed = sealReplica(state.poolKey, { sessionId, view: state.view.view, round }, contents, primitives);
  return { view: state.view.view, ...sealed };
}

/**
 * Standby: takes a replica of the current view's executor (pool-standby.ts: opened at its position,
 * the payment of the round before, or of the round two before, checked against the requester of the
 * sealed opening), keeps the last three, and signs the ack. The host stores the frame before the ack leaves.
 */
export function takePoolReplica(
  state: PoolMemberState,
  input: { sessionId: Uint8Array; channelId: Uint8Array; frame: ReplicateInput; signer: RecordSigner },
  primitives?: CryptoPrimitives,
): { round: bigint; view: number; keyHash: Uint8Array; signature: Uint8Array } {
  if (state.poolKey === undefined) {
    throw new AirtntError('POOL_KEY_INVALID', 'this member holds no pool key for the session yet: it cannot open a replica', { details: { index: state.opening.index } });
  }
  if (state.view.executorIndex === state.opening.index) {
    throw new AirtntError('POOL_WRONG_VIEW', `member ${state.opening.index} is the executor of view ${state.view.view}: it takes no replicas`, { details: { view: state.view.view } });
  }
  const payees = state.opening.members.map((member) => member.payee);
  const previous = state.held.at(-1)?.replica;
  const taken = takeReplica(
    {
      current: state.view,
      poolKey: state.poolKey,
      session: { sessionId: input.sessionId, requester: state.terms.requester, channelId: toHex(input.channelId), payees, domain: state.terms.domain, rate: state.terms.rate },
      frame: input.frame,
      held: state.held.map((entry) => entry.replica),
      executorBase: 0n,
      signers: state.signers,
    },
    primitives,
  );
  if (previous !== undefined && taken.held.round <= previous.round && taken.held.view === previous.view) {
    throw new AirtntError('POOL_REPLICA_INVALID', `round ${taken.held.round} is not after round ${previous.round} already held in view ${previous.view}`, { details: { round: taken.held.round } });
  }
  state.held = [...state.held, { replica: taken.held, contents: taken.contents }].slice(-HELD_REPLICAS);
  return { round: taken.held.round, view: taken.held.view, keyHash: taken.held.keyHash, signature: input.signer.sign(taken.ackBytes) };
}


/**
 * Any member holding a round's replica: its key k, against the requester's PoolPayment to the member
 * that ran the round (pool-rules.ts checkKeyRelease: signed by the requester of the sealed opening,
 * bound to keccak256(k), at least the round's price above that member's amount before it).
 * POOL_STATE_MISSING when this member holds no replica of the round.
 */
export function releasePoolKey(state: PoolMemberState, input: { channelId: Uint8Array; round: bigint; payment: { amount: bigint; signature: Uint8Array } }): { key: Uint8Array; member: Address } {
  // The newest first: after a view change a round may be held from the old view and again from the new one.
  const held = [...state.held].reverse().find((entry) => entry.replica.round === input.round);
  if (held === undefined) {
    throw new AirtntError('POOL_STATE_MISSING', `member ${state.opening.index} holds no replica of round ${input.round}`, { details: { round: input.round, held: state.held.map((entry) => entry.replica.round) } });
  }
  const payees = state.opening.members.map((member) => member.payee);
  const channelId = toHex(input.channelId);
  const terms = { channelId, member: payees[held.replica.executorIndex]!, amount: input.payment.amount, keyHash: toHex(held.replica.keyHash) };
  let signer: Address;
  try {
    signer = recoverPoolPaymentSigner(state.terms.domain, terms, toHex(input.payment.signature));
  } catch (cause) {
    throw new AirtntError('PAYMENT_BAD_SIGNATURE', `key of round ${input.round} not released: the payment signature does not recover`, { cause, details: { round: input.round } });
  }
  checkKeyRelease({ current: state.view, replica: held.replica, payment: { terms, signer }, session: { requester: state.terms.requester, channelId, payees, rate: state.terms.rate } });
  return { key: held.contents.key.slice(), member: terms.member };
}

/**
 * Any member: the requester's signed view change (pool-rules.ts acceptViewChange: signed by the
 * requester of the sealed opening, for this session, above every view accepted). From then on this
 * member refuses replicas of older views. When it is named executor it returns the state to continue
 * from: its replica of the last paid round (pinned by its key hash), or undefined for the session's
 * initial state (nothing paid yet); POOL_STATE_MISSING when it holds neither. Named, it first checks the
 * requester's PoolPayment of that round carried by the view change (pool-rules.ts checkViewChangePayment):
 * nothing is accepted, kept or run from a round the requester did not pay.
 */
export function acceptPoolViewChange(
  state: PoolMemberState,
  input: { sessionId: Uint8Array; channelId: Uint8Array; terms: ViewChangeTerms; signature: Uint8Array; firstRound: bigint; payment: { amount: bigint; signature: Uint8Array } | undefined },
): { executor: boolean; continueFrom: ReplicaContents | undefined } {
  let signer: Address;
  try {
    signer = recoverViewChangeSigner(state.terms.domain, input.terms, toHex(input.signature));
  } catch (cause) {
    throw new AirtntError('POOL_VIEW_CHANGE_INVALID', `view change ${input.terms.view}: the signature does not recover`, { cause, details: { view: input.terms.view } });
  }
  const payees = state.opening.members.map((member) => member.payee);
  const view = acceptViewChange(state.view, { terms: input.terms, signer }, { requester: state.terms.requester, sessionId: toHex(input.sessionId), payees });
  const executor = view.executorIndex === state.opening.index;
  let continueFrom: ReplicaContents | undefined;
  if (executor) {
    const replica = continuationReplica(state.held.map((entry) => entry.replica), input.terms, input.firstRound);
    checkViewChangePayment({
      change: input.terms,
      replica,
      payment: input.payment,
      session: { requester: state.terms.requester, channelId: toHex(input.channelId), payees, rate: state.terms.rate, domain: state.terms.domain },
    });
    continueFrom = replica === undefined ? undefined : state.held.find((entry) => entry.replica === replica)!.contents;
    // Rounds replicated after the last paid one are run again under the new view with a fresh k.
    const paid = paidThrough(input.terms);
    state.held = paid === undefined ? [] : state.held.filter((entry) => entry.replica.round <= paid);
  }
  state.view = view;
  return { executor, continueFrom };
}
