/**
 * The pool's byte layouts and decisions (docs/protocol.md, "The pool"), as pure functions of their
 * inputs: the pool part of a sealed session opening, the standby's ack, which results a requester
 * accepts, who becomes executor at a view change, which view changes a member accepts, which replica
 * a new executor continues from, and which member may release which round's key.
 * Signatures are checked by the caller (pool-signatures.ts recovers the signer) or through the
 * injected Ed25519 verifier; nothing here reads a clock, a socket or a store.
 */
import type { Address } from 'viem';
import { getAddress } from '../util/evm.js';
import { ED25519_PUBLIC_KEY_LENGTH, ED25519_SIGNATURE_LENGTH, NOBLE_PRIMITIVES, type CryptoPrimitives } from '../crypto/primitives.js';
import { concatBytes, equalBytes, fromHex, toHex, u32be, u64be, utf8, type Hex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { ChannelDomain } from './payment.js';
import { roundPrice } from './pricing.js';
import { checkPayees, MAX_POOL_MEMBERS, recoverPoolPaymentSigner, type PoolPaymentTerms, type ViewChangeTerms } from './pool-signatures.js';

/** One member as the requester seals it to every member's enclave. */
export type PoolMember = {
  /** Where this member collects its PoolPayments. */
  payee: Address;
  /** Its attested Ed25519 key: signs its records and acks. */
  enclavePublicKey: Uint8Array;
  /** Its attested X25519 HPKE key: the pool key is sealed to it. */
  enclaveHpkeKey: Uint8Array;
};

/** The pool part of a sealed session: `0x01 || n(1) || index(1) || ackCount(1) || n x (payee(20) || ed25519(32) || hpke(32))`. */
export type PoolOpening = { index: number; ackCount: number; members: PoolMember[] };

export const POOL_OPENING_VERSION = 0x01;
const MEMBER_BYTES = 20 + 32 + 32;
const HPKE_KEY_LENGTH = 32;

export function encodePoolOpening(opening: PoolOpening): Uint8Array {
  checkOpening(opening);
  const out = new Uint8Array(4 + opening.members.length * MEMBER_BYTES);
  out.set([POOL_OPENING_VERSION, opening.members.length, opening.index, opening.ackCount], 0);
  opening.members.forEach((member, i) => {
    const at = 4 + i * MEMBER_BYTES;
    out.set(fromHex(member.payee, 20, 'payee'), at);
    out.set(member.enclavePublicKey, at + 20);
    out.set(member.enclaveHpkeKey, at + 52);
  });
  return out;
}

/** Decodes the pool part of an opening; the length is checked against n before anything is sliced. */
export function decodePoolOpening(bytes: Uint8Array): PoolOpening {
  if (bytes.length < 4) throw malformedOpening(`${bytes.length} bytes, below the 4-byte header`, bytes.length);
  if (bytes[0] !== POOL_OPENING_VERSION) throw malformedOpening(`unknown version ${bytes[0]}`, bytes.length);
  const n = bytes[1]!;
  if (bytes.length !== 4 + n * MEMBER_BYTES) throw malformedOpening(`${bytes.length} bytes for ${n} members (expected ${4 + n * MEMBER_BYTES})`, bytes.length);
  const members: PoolMember[] = [];
  for (let i = 0; i < n; i += 1) {
    const at = 4 + i * MEMBER_BYTES;
    members.push({
      payee: getAddress(toHex(bytes.subarray(at, at + 20))),
      enclavePublicKey: bytes.slice(at + 20, at + 52),
      enclaveHpkeKey: bytes.slice(at + 52, at + 84),
    });
  }
  const opening = { index: bytes[2]!, ackCount: bytes[3]!, members };
  checkOpening(opening);
  return opening;
}

function checkOpening(opening: PoolOpening): void {
  checkPayees(opening.members.map((member) => member.payee));
  const n = opening.members.length;
  if (!Number.isInteger(opening.index) || opening.index < 0 || opening.index >= n) throw malformedOpening(`member index ${opening.index} is not below ${n}`, n);
  if (!Number.isInteger(opening.ackCount) || opening.ackCount < 0 || opening.ackCount > n - 1) throw malformedOpening(`ackCount ${opening.ackCount} is not in [0, ${n - 1}]`, n);
  for (const member of opening.members) {
    if (member.enclavePublicKey.length !== ED25519_PUBLIC_KEY_LENGTH || member.enclaveHpkeKey.length !== HPKE_KEY_LENGTH) {
      throw malformedOpening(`member ${member.payee} has keys of ${member.enclavePublicKey.length} and ${member.enclaveHpkeKey.length} bytes (expected 32 and 32)`, n);
    }
  }
  // One enclave per member: an ack names no index, so one enclave's ack at two indices would count twice
  // towards ackCount, and the requester would hold one copy of a round where it asked for two.
  for (const [field, keys] of [['signing', opening.members.map((m) => toHex(m.enclavePublicKey))], ['HPKE', opening.members.map((m) => toHex(m.enclaveHpkeKey))]] as const) {
    const twice = keys.findIndex((key, i) => keys.indexOf(key) !== i);
    if (twice !== -1) throw malformedOpening(`member ${opening.members[twice]!.payee} has the ${field} key of member ${opening.members[keys.indexOf(keys[twice]!)]!.payee}: each member is its own enclave`, n);
  }
}

function malformedOpening(reason: string, size: number): AirtntError {
  return new AirtntError('POOL_OPENING_MALFORMED', `pool opening refused: ${reason}`, { details: { size } });
}

// ---------------------------------------------------------------------------------------------------
// Acks: `"airtnt/pool-ack/v1"(18) || sessionId(32) || view(4) || round(8) || keyHash(32)`, 94 bytes,
// signed (Ed25519) by the standby's attested enclave once it holds the round's sealed state and key.
// ---------------------------------------------------------------------------------------------------

export const POOL_ACK_TAG = utf8('airtnt/pool-ack/v1');
export const POOL_ACK_LENGTH = 94;

export type AckedRound = { sessionId: Uint8Array; view: number; round: bigint; keyHash: Uint8Array };
export type PoolAck = { index: number; signature: Uint8Array };

export function poolAckBytes(acked: AckedRound): Uint8Array {
  if (acked.sessionId.length !== 32 || acked.keyHash.length !== 32) {
    throw new AirtntError('INVALID_ARGUMENT', 'an ack binds a 32-byte session id and a 32-byte key hash', {
      details: { sessionId: acked.sessionId.length, keyHash: acked.keyHash.length },
    });
  }
  const bytes = concatBytes(POOL_ACK_TAG, acked.sessionId, u32be(acked.view), u64be(acked.round), acked.keyHash);
  return bytes;
}

/**
 * The requester's check before it pays round `acked.round`: at least `ackCount` acks by distinct
 * standbys (not the executor) of this view, each valid under the member's attested key, so the
 * round's key is held by that many enclaves besides the executor's.
 */
export function checkPoolAcks(
  input: { acked: AckedRound; acks: readonly PoolAck[]; members: readonly PoolMember[]; executorIndex: number; ackCount: number },
  primitives: CryptoPrimitives = NOBLE_PRIMITIVES,
): void {
  const message = poolAckBytes(input.acked);
  const valid = new Set<number>();
  for (const ack of input.acks) {
    if (!Number.isInteger(ack.index) || ack.index < 0 || ack.index >= input.members.length || ack.index === input.executorIndex) continue;
    if (ack.signature.length !== ED25519_SIGNATURE_LENGTH) continue;
    if (primitives.ed25519.verify(ack.signature, message, input.members[ack.index]!.enclavePublicKey)) valid.add(ack.index);
  }
  if (valid.size < input.ackCount) {
    throw new AirtntError('POOL_ACKS_MISSING', `round ${input.acked.round} of view ${input.acked.view} carries ${valid.size} valid standby acks, ${input.ackCount} needed: it is not paid`, {
      details: { round: input.acked.round, view: input.acked.view, valid: [...valid], received: input.acks.length, needed: input.ackCount },
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------------

/** Where a member or the requester stands: the current view, its executor, and the last paid round it names. */
export type PoolView = { view: number; executorIndex: number; lastPaidRound: bigint | undefined };

/** View 0: member 0 runs the rounds; nothing is paid yet. */
export const INITIAL_POOL_VIEW: PoolView = Object.freeze({ view: 0, executorIndex: 0, lastPaidRound: undefined });

/**
 * Who takes over from `failedIndex`: the first member after it, in the pool's order and wrapping, that
 * the requester still reaches. undefined when no other member is alive.
 */
export function nextExecutorIndex(memberCount: number, failedIndex: number, isAlive: (index: number) => boolean): number | undefined {
  for (let step = 1; step < memberCount; step += 1) {
    const index = (failedIndex + step) % memberCount;
    if (isAlive(index)) return index;
  }
  return undefined;
}

/**
 * The view change the requester signs when the executor of `current` stops answering. The ack
 * count is capped by the standbys still alive, so the new view can make progress.
 */
export function proposeViewChange(input: {
  current: PoolView;
  sessionId: Hex;
  payees: readonly Address[];
  isAlive: (index: number) => boolean;
  ackCount: number;
  lastPaidRound: bigint;
  lastPaidKeyHash: Hex;
}): { terms: ViewChangeTerms; executorIndex: number } {
  const next = nextExecutorIndex(input.payees.length, input.current.executorIndex, input.isAlive);
  if (next === undefined) {
    throw new AirtntError('POOL_NO_MEMBER_LEFT', `no pool member but the failed executor (member ${input.current.executorIndex}) answers: the pool cannot continue`, {
      details: { view: input.current.view, members: input.payees.length },
    });
  }
  let liveStandbys = 0;
  for (let index = 0; index < input.payees.length; index += 1) if (index !== next && index !== input.current.executorIndex && input.isAlive(index)) liveStandbys += 1;
  return {
    executorIndex: next,
    terms: {
      sessionId: input.sessionId,
      view: input.current.view + 1,
      executor: input.payees[next]!,
      lastPaidRound: input.lastPaidRound,
      lastPaidKeyHash: input.lastPaidKeyHash,
      ackCount: Math.min(input.ackCount, liveStandbys),
    },
  };
}

/**
 * The last paid round a view change names, or undefined when nothing was paid in the session yet: a
 * zero `lastPaidKeyHash` says so (no round key hashes to zero), since `lastPaidRound` is a uint64 and
 * cannot be "firstRound - 1" when firstRound is 0. The requester then signs lastPaidRound = firstRound,
 * and the new executor starts from the session's opening state at firstRound.
 */
export function paidThrough(terms: Pick<ViewChangeTerms, 'lastPaidRound' | 'lastPaidKeyHash'>): bigint | undefined {
  return /^0x0{64}$/.test(terms.lastPaidKeyHash) ? undefined : terms.lastPaidRound;
}

/**
 * A member's decision on a view change whose signer the caller recovered: it must be the session's
 * requester, for this session, above every view accepted so far, and name a member as executor.
 * Returns the new view; the member stores it before acting on it.
 */
export function acceptViewChange(
  current: PoolView,
  change: { terms: ViewChangeTerms; signer: Address },
  session: { requester: Address; sessionId: Hex; payees: readonly Address[] },
): PoolView {
  const { terms } = change;
  if (getAddress(change.signer) !== getAddress(session.requester)) {
    throw new AirtntError('POOL_VIEW_CHANGE_INVALID', `view change ${terms.view} is signed by ${change.signer}, not by the session's requester ${session.requester}`, {
      details: { view: terms.view, signer: change.signer, requester: session.requester },
    });
  }
  if (terms.sessionId.toLowerCase() !== session.sessionId.toLowerCase()) {
    throw new AirtntError('POOL_VIEW_CHANGE_INVALID', 'view change for another session', { details: { sessionId: terms.sessionId, expected: session.sessionId } });
  }
  if (terms.view <= current.view) {
    throw new AirtntError('POOL_VIEW_STALE', `view change to view ${terms.view} refused: view ${current.view} is already accepted`, {
      details: { view: terms.view, current: current.view },
    });
  }
  const executorIndex = session.payees.findIndex((payee) => getAddress(payee) === getAddress(terms.executor));
  if (executorIndex < 0) {
    throw new AirtntError('POOL_VIEW_CHANGE_INVALID', `view change names ${terms.executor}, who is not a pool member`, { details: { view: terms.view, executor: terms.executor } });
  }
  if (terms.ackCount > Math.min(MAX_POOL_MEMBERS, session.payees.length) - 1) {
    throw new AirtntError('POOL_VIEW_CHANGE_INVALID', `view change asks ${terms.ackCount} acks of a pool of ${session.payees.length}`, { details: { view: terms.view, ackCount: terms.ackCount } });
  }
  return { view: terms.view, executorIndex, lastPaidRound: paidThrough(terms) };
}

/** A replica as a member holds it once opened in its enclave: round, view, who ran it, its key hash and price inputs. */
export type HeldReplica = {
  view: number;
  round: bigint;
  /** The member that ran the round (the executor of `view`). */
  executorIndex: number;
  keyHash: Uint8Array;
  cyclesDone: number;
  workUnits: bigint;
  /** The cumulative amount of that member before this round (the payment of the round before replicated with it, or that of the round two before plus the round between's price, or its base). */
  payeeBefore: bigint;
};

/** A member takes a replica of its current view only: older views' executors get no acks. */
export function acceptsReplica(current: PoolView, replicaView: number): boolean {
  return replicaView === current.view;
}

/**
 * The replica a new executor continues from: the one of `lastPaidRound` whose key hash is the one
 * the requester paid. undefined means the initial state (nothing paid yet in this session);
 * POOL_STATE_MISSING when the member does not hold it (the requester names another member).
 */
export function continuationReplica(held: readonly HeldReplica[], change: ViewChangeTerms, firstRound: bigint): HeldReplica | undefined {
  if (paidThrough(change) === undefined || change.lastPaidRound < firstRound) return undefined;
  const paidKeyHash = fromHex(change.lastPaidKeyHash, 32, 'lastPaidKeyHash');
  const replica = held.find((candidate) => candidate.round === change.lastPaidRound && equalBytes(candidate.keyHash, paidKeyHash));
  if (replica === undefined) {
    throw new AirtntError('POOL_STATE_MISSING', `this member holds no replica of paid round ${change.lastPaidRound} with the paid key hash: it cannot continue view ${change.view}`, {
      details: { round: change.lastPaidRound, view: change.view, held: held.map((candidate) => candidate.round) },
    });
  }
  return replica;
}

/**
 * The named executor's check, before it runs anything, that the round a view change names as paid was
 * paid: the view change carries the requester's PoolPayment of `lastPaidRound` (amount and signature as
 * on the wire), which must recover to the session's requester over this channel with member = the
 * member that ran the round (the replica's executor) and keyHash = the replica's (= lastPaidKeyHash),
 * for at least that member's cumulative due through the round (payeeBefore + the round's price). A view
 * change naming nothing paid (zero lastPaidKeyHash) carries no payment. Otherwise a requester could drop
 * a result, name its round as paid, and have the next member continue from work nobody paid for.
 * POOL_VIEW_CHANGE_INVALID saying what is missing or wrong.
 */
export function checkViewChangePayment(input: {
  change: ViewChangeTerms;
  /** continuationReplica's answer: the replica of lastPaidRound, or undefined when nothing was paid. */
  replica: HeldReplica | undefined;
  payment: { amount: bigint; signature: Uint8Array } | undefined;
  /** allocation: the member's share of the deposit (deposit / members), when the caller knows the deposit (the host; the enclave does not read the chain). */
  session: { requester: Address; channelId: Hex; payees: readonly Address[]; rate: bigint; domain: ChannelDomain; allocation?: bigint };
}): void {
  const { change, replica, payment, session } = input;
  const refuse = (reason: string, details: Record<string, unknown>) =>
    new AirtntError('POOL_VIEW_CHANGE_INVALID', `view change ${change.view} refused: ${reason}`, { details: { view: change.view, lastPaidRound: change.lastPaidRound, ...details } });
  if (paidThrough(change) === undefined || replica === undefined) {
    if (payment !== undefined) throw refuse('it names no paid round yet carries a payment', { amount: payment.amount });
    return;
  }
  if (replica.round !== change.lastPaidRound || toHex(replica.keyHash).toLowerCase() !== change.lastPaidKeyHash.toLowerCase()) {
    throw refuse(`the replica to continue from is round ${replica.round}, not the paid round ${change.lastPaidRound} with its key hash`, { round: replica.round });
  }
  if (payment === undefined) {
    throw refuse(`it names round ${change.lastPaidRound} as paid but carries no payment for it`, {});
  }
  const member = session.payees[replica.executorIndex];
  if (member === undefined) throw refuse(`round ${replica.round} was run by member ${replica.executorIndex}, not in the pool`, { executorIndex: replica.executorIndex });
  const terms: PoolPaymentTerms = { channelId: session.channelId, member, amount: payment.amount, keyHash: change.lastPaidKeyHash };
  const expected = `the requester's PoolPayment of round ${change.lastPaidRound} to ${member} bound to key hash ${change.lastPaidKeyHash} on channel ${session.channelId}`;
  let signer: Address;
  try {
    signer = recoverPoolPaymentSigner(session.domain, terms, toHex(payment.signature));
  } catch (cause) {
    throw refuse(`its payment is not ${expected}: the signature does not recover`, { cause: cause instanceof Error ? cause.message : String(cause), member });
  }
  if (getAddress(signer) !== getAddress(session.requester)) {
    throw refuse(`its payment is not ${expected}: it recovers to ${signer} (a payment of another round, member, key or channel, or a bad signature)`, { signer, member, requester: session.requester });
  }
  const owed = replica.payeeBefore + roundPrice(session.rate, replica.cyclesDone, replica.workUnits);
  if (payment.amount < owed) {
    throw refuse(`its payment gives ${member} a cumulative ${payment.amount}, below the ${owed} it is due through round ${replica.round}`, { amount: payment.amount, owed, member });
  }
  // Above the member's allocation the contract refuses the collect (AmountAboveAllocation): nothing it could be paid.
  if (session.allocation !== undefined && payment.amount > session.allocation) {
    throw refuse(`its payment gives ${member} a cumulative ${payment.amount}, above its allocation ${session.allocation} (deposit / members): not collectable`, { amount: payment.amount, allocation: session.allocation, member });
  }
}

/**
 * Whether a member may release the key of `replica` against `payment` (whose signer the caller
 * recovered): signed by the requester, for this channel, bound to this key, paying the member that
 * ran the round at least what the round adds to its cumulative amount. A round of an older view is
 * released only up to the last paid round the current view names (an old executor's later rounds were
 * never paid).
 */
export function checkKeyRelease(input: {
  current: PoolView;
  replica: HeldReplica;
  payment: { terms: PoolPaymentTerms; signer: Address };
  /** allocation: the member's share of the deposit (deposit / members), when the caller knows the deposit (the host; the enclave does not read the chain). */
  session: { requester: Address; channelId: Hex; payees: readonly Address[]; rate: bigint; allocation?: bigint };
}): void {
  const { current, replica, payment, session } = input;
  const refuse = (code: 'PAYMENT_BAD_SIGNATURE' | 'POOL_KEY_NOT_PAID' | 'PAYMENT_AMOUNT_TOO_LOW' | 'POOL_PAYMENT_ABOVE_ALLOCATION', reason: string, details: Record<string, unknown>) =>
    new AirtntError(code, `key of round ${replica.round} not released: ${reason}`, { details: { round: replica.round, view: replica.view, ...details } });
  if (getAddress(payment.signer) !== getAddress(session.requester) || payment.terms.channelId.toLowerCase() !== session.channelId.toLowerCase()) {
    throw refuse('PAYMENT_BAD_SIGNATURE', 'the payment is not the requester\'s for this channel', { signer: payment.signer, channelId: payment.terms.channelId });
  }
  if (!equalBytes(fromHex(payment.terms.keyHash, 32, 'keyHash'), replica.keyHash)) {
    throw refuse('POOL_KEY_NOT_PAID', 'the payment is bound to another key', { keyHash: payment.terms.keyHash });
  }
  const payee = session.payees[replica.executorIndex];
  if (payee === undefined || getAddress(payment.terms.member) !== getAddress(payee)) {
    throw refuse('POOL_KEY_NOT_PAID', `the payment names ${payment.terms.member}, not ${payee ?? 'a member'} who ran the round`, { member: payment.terms.member });
  }
  if (replica.view > current.view || (replica.view < current.view && (current.lastPaidRound === undefined || replica.round > current.lastPaidRound))) {
    throw refuse('POOL_KEY_NOT_PAID', `the round was run in view ${replica.view} and view ${current.view} does not name it as paid`, { current: current.view, lastPaidRound: current.lastPaidRound });
  }
  const owed = replica.payeeBefore + roundPrice(session.rate, replica.cyclesDone, replica.workUnits);
  if (payment.terms.amount < owed) {
    throw refuse('PAYMENT_AMOUNT_TOO_LOW', `the payment's cumulative ${payment.terms.amount} is below the ${owed} the round brings its member to`, { amount: payment.terms.amount, owed });
  }
  if (session.allocation !== undefined && payment.terms.amount > session.allocation) {
    throw refuse('POOL_PAYMENT_ABOVE_ALLOCATION', `the payment's cumulative ${payment.terms.amount} is above the member's allocation ${session.allocation} (deposit / members): the contract would refuse its collect`, { amount: payment.terms.amount, allocation: session.allocation });
  }
}

/**
 * A PoolPayment amount a member takes (key release, payment intake, view change) is collectable only up
 * to the member's allocation, deposit / members (AirtntPools AmountAboveAllocation): the host's check
 * before the enclave decides, since the enclave does not read the deposit.
 */
export function checkWithinAllocation(amount: bigint, allocation: bigint, what: string): void {
  if (amount > allocation) {
    throw new AirtntError('POOL_PAYMENT_ABOVE_ALLOCATION', `${what}: the payment's cumulative ${amount} is above the member's allocation ${allocation} (deposit / members): the contract would refuse its collect`, {
      details: { amount, allocation },
    });
  }
}
