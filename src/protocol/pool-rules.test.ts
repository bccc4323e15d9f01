import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Address } from 'viem';
import { nobleRecordSigner } from '../crypto/primitives.js';
import { fromHex, toHex, u32be, u64be } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { keyHashOf } from './payment.js';
import { roundPrice } from './pricing.js';
import {
  acceptsReplica,
  acceptViewChange,
  checkKeyRelease,
  checkWithinAllocation,
  checkPoolAcks,
  continuationReplica,
  paidThrough,
  decodePoolOpening,
  encodePoolOpening,
  INITIAL_POOL_VIEW,
  nextExecutorIndex,
  poolAckBytes,
  proposeViewChange,
  type HeldReplica,
  type PoolMember,
  type PoolView,
} from './pool-rules.js';
import type { PoolPaymentTerms, ViewChangeTerms } from './pool-signatures.js';

const requester: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const stranger: Address = '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65';
const payees: Address[] = ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8', '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', '0x90F79bf6EB2c4f870365E785982E1f101E93b906'];
const signers = payees.map((_, i) => nobleRecordSigner(new Uint8Array(32).fill(i + 1)));
const members: PoolMember[] = payees.map((payee, i) => ({ payee, enclavePublicKey: signers[i]!.publicKey, enclaveHpkeKey: new Uint8Array(32).fill(0x40 + i) }));
const sessionId = new Uint8Array(32).fill(0x5e);
const sessionIdHex = toHex(sessionId);
const channelId = `0x${'ab'.repeat(32)}` as const;
const rate = 7n;
const keyOf = (round: number, view: number) => new Uint8Array(32).fill(round * 16 + view);
const session = { requester, sessionId: sessionIdHex, payees, channelId, rate };

describe('pool opening bytes', () => {
  it('round-trips 0x01 || n || index || ackCount || n x (payee || ed25519 || hpke), 4 + 84 n bytes', () => {
    const bytes = encodePoolOpening({ index: 2, ackCount: 1, members });
    assert.equal(bytes.length, 4 + 84 * 3);
    assert.deepEqual([...bytes.subarray(0, 4)], [1, 3, 2, 1]);
    assert.equal(toHex(bytes.subarray(4, 24)), payees[0]!.toLowerCase());
    assert.deepEqual(decodePoolOpening(bytes), { index: 2, ackCount: 1, members });
  });

  it('refuses a length that does not match n, an unknown version, an index or ack count out of range, a duplicate', () => {
    const good = encodePoolOpening({ index: 0, ackCount: 2, members });
    const refused = (bytes: Uint8Array) => assert.throws(() => decodePoolOpening(bytes), (e) => isAirtntError(e, 'POOL_OPENING_MALFORMED') || isAirtntError(e, 'POOL_MEMBERS_INVALID'));
    refused(good.subarray(0, good.length - 1));
    refused(new Uint8Array([...good, 0]));
    refused(new Uint8Array(3));
    for (const [offset, value] of [[0, 2], [1, 2], [2, 3], [3, 3]] as const) {
      const bad = good.slice();
      bad[offset] = value;
      refused(bad);
    }
    const duplicate = good.slice();
    duplicate.set(good.subarray(4, 24), 4 + 84);
    refused(duplicate);
  });

  it('refuses one enclave at two indices (its ack would count twice): the same signing key or the same HPKE key', () => {
    const refused = (twice: PoolMember[]) => {
      assert.throws(() => encodePoolOpening({ index: 0, ackCount: 2, members: twice }), (e) => isAirtntError(e, 'POOL_OPENING_MALFORMED'));
      // The same on the wire: member 2's keys overwritten after encoding.
      const bytes = encodePoolOpening({ index: 0, ackCount: 2, members });
      bytes.set(new Uint8Array([...twice[2]!.enclavePublicKey, ...twice[2]!.enclaveHpkeKey]), 4 + 2 * 84 + 20);
      assert.throws(() => decodePoolOpening(bytes), (e) => isAirtntError(e, 'POOL_OPENING_MALFORMED'));
    };
    refused([members[0]!, members[1]!, { ...members[2]!, enclavePublicKey: members[1]!.enclavePublicKey }]);
    refused([members[0]!, members[1]!, { ...members[2]!, enclaveHpkeKey: members[0]!.enclaveHpkeKey }]);
  });
});

describe('standby acks', () => {
  const acked = { sessionId, view: 3, round: 42n, keyHash: fromHex(keyHashOf(keyOf(2, 3)), 32) };
  const ackBy = (index: number, what = acked) => ({ index, signature: signers[index]!.sign(poolAckBytes(what)) });

  it('sign "airtnt/pool-ack/v1" || sessionId || view(4) || round(8) || keyHash, 94 bytes', () => {
    const bytes = poolAckBytes(acked);
    assert.equal(bytes.length, 94);
    assert.equal(new TextDecoder().decode(bytes.subarray(0, 18)), 'airtnt/pool-ack/v1');
    assert.deepEqual(bytes.subarray(50, 54), u32be(3));
    assert.deepEqual(bytes.subarray(54, 62), u64be(42n));
  });

  it('are enough when ackCount distinct standbys of this view signed this key hash', () => {
    checkPoolAcks({ acked, acks: [ackBy(0), ackBy(2)], members, executorIndex: 1, ackCount: 2 });
  });

  it('do not count the executor\'s own, a repeated standby, another view, round or key: the round is not paid', () => {
    const refused = (acks: { index: number; signature: Uint8Array }[], ackCount: number) =>
      assert.throws(() => checkPoolAcks({ acked, acks, members, executorIndex: 1, ackCount }), (e) => isAirtntError(e, 'POOL_ACKS_MISSING'));
    refused([ackBy(1)], 1);
    refused([ackBy(0), ackBy(0)], 2);
    refused([ackBy(0, { ...acked, view: 2 })], 1);
    refused([ackBy(0, { ...acked, round: 41n })], 1);
    refused([ackBy(0, { ...acked, keyHash: new Uint8Array(32) })], 1);
    refused([{ index: 0, signature: ackBy(2).signature }], 1);
    refused([{ index: 7, signature: ackBy(2).signature }], 1);
    refused([], 1);
  });
});

describe('view changes', () => {
  const change = (over: Partial<ViewChangeTerms> = {}): ViewChangeTerms => ({
    sessionId: sessionIdHex,
    view: 1,
    executor: payees[1]!,
    lastPaidRound: 5n,
    lastPaidKeyHash: keyHashOf(keyOf(5, 0)),
    ackCount: 1,
    ...over,
  });

  it('name the next live member after the failed one, wrapping, and none when only the failed one is left', () => {
    assert.equal(nextExecutorIndex(3, 0, () => true), 1);
    assert.equal(nextExecutorIndex(3, 0, (i) => i !== 1), 2);
    assert.equal(nextExecutorIndex(3, 2, () => true), 0);
    assert.equal(nextExecutorIndex(3, 1, () => false), undefined);
  });

  it('are proposed for view + 1 with the ack count capped by the standbys still alive', () => {
    const both = proposeViewChange({ current: INITIAL_POOL_VIEW, sessionId: sessionIdHex, payees, isAlive: () => true, ackCount: 2, lastPaidRound: 5n, lastPaidKeyHash: keyHashOf(keyOf(5, 0)) });
    assert.equal(both.executorIndex, 1);
    assert.deepEqual({ view: both.terms.view, executor: both.terms.executor, ackCount: both.terms.ackCount }, { view: 1, executor: payees[1], ackCount: 1 });
    const alone = proposeViewChange({ current: INITIAL_POOL_VIEW, sessionId: sessionIdHex, payees, isAlive: (i) => i === 1, ackCount: 1, lastPaidRound: 5n, lastPaidKeyHash: keyHashOf(keyOf(5, 0)) });
    assert.equal(alone.terms.ackCount, 0);
    assert.throws(
      () => proposeViewChange({ current: INITIAL_POOL_VIEW, sessionId: sessionIdHex, payees, isAlive: () => false, ackCount: 1, lastPaidRound: 5n, lastPaidKeyHash: keyHashOf(keyOf(5, 0)) }),
      (e) => isAirtntError(e, 'POOL_NO_MEMBER_LEFT'),
    );
  });

  it('are accepted from the requester only, for this session, above the current view, naming a member', () => {
    assert.deepEqual(acceptViewChange(INITIAL_POOL_VIEW, { terms: change(), signer: requester }, session), { view: 1, executorIndex: 1, lastPaidRound: 5n });
    const refused = (current: PoolView, terms: ViewChangeTerms, signer: Address, code: string) =>
      assert.throws(() => acceptViewChange(current, { terms, signer }, session), (e) => isAirtntError(e, code));
    refused(INITIAL_POOL_VIEW, change(), stranger, 'POOL_VIEW_CHANGE_INVALID');
    refused(INITIAL_POOL_VIEW, change({ sessionId: `0x${'00'.repeat(32)}` }), requester, 'POOL_VIEW_CHANGE_INVALID');
    refused(INITIAL_POOL_VIEW, change({ executor: stranger }), requester, 'POOL_VIEW_CHANGE_INVALID');
    refused(INITIAL_POOL_VIEW, change({ ackCount: 3 }), requester, 'POOL_VIEW_CHANGE_INVALID');
    refused({ view: 1, executorIndex: 1, lastPaidRound: 5n }, change(), requester, 'POOL_VIEW_STALE');
    refused({ view: 2, executorIndex: 2, lastPaidRound: 5n }, change(), requester, 'POOL_VIEW_STALE');
  });

  it('after which members take replicas of the new view only (the old executor gets no acks)', () => {
    const after = acceptViewChange(INITIAL_POOL_VIEW, { terms: change(), signer: requester }, session);
    assert.equal(acceptsReplica(after, 0), false);
    assert.equal(acceptsReplica(after, 1), true);
  });
});

describe('continuing and releasing keys', () => {
  const replica = (round: number, view: number, executorIndex: number, payeeBefore = 0n): HeldReplica => ({
    view,
    round: BigInt(round),
    executorIndex,
    keyHash: fromHex(keyHashOf(keyOf(round, view)), 32),
    cyclesDone: 10,
    workUnits: 1000n,
    payeeBefore,
  });
  const held = [replica(5, 0, 0), replica(6, 0, 0)];
  const paymentFor = (r: HeldReplica, over: Partial<PoolPaymentTerms> = {}): PoolPaymentTerms => ({
    channelId,
    member: payees[r.executorIndex]!,
    amount: r.payeeBefore + roundPrice(rate, r.cyclesDone, r.workUnits),
    keyHash: toHex(r.keyHash),
    ...over,
  });
  const viewChange: ViewChangeTerms = { sessionId: sessionIdHex, view: 1, executor: payees[1]!, lastPaidRound: 5n, lastPaidKeyHash: keyHashOf(keyOf(5, 0)), ackCount: 1 };

  it('a new executor continues from its replica of the last paid round, with the paid key hash', () => {
    assert.equal(continuationReplica(held, viewChange, 1n), held[0]);
    assert.equal(continuationReplica(held, { ...viewChange, lastPaidRound: 0n }, 1n), undefined);
    assert.throws(() => continuationReplica(held, { ...viewChange, lastPaidKeyHash: keyHashOf(keyOf(5, 2)) }, 1n), (e) => isAirtntError(e, 'POOL_STATE_MISSING'));
    assert.throws(() => continuationReplica([held[1]!], viewChange, 1n), (e) => isAirtntError(e, 'POOL_STATE_MISSING'));
  });

  it('nothing paid yet is a zero key hash (lastPaidRound = firstRound, a uint64 even for firstRound 0): the opening state', () => {
    const nothingPaid = { ...viewChange, lastPaidRound: 0n, lastPaidKeyHash: `0x${'00'.repeat(32)}` as const };
    assert.equal(paidThrough(nothingPaid), undefined);
    assert.equal(paidThrough(viewChange), viewChange.lastPaidRound);
    assert.equal(continuationReplica(held, nothingPaid, 0n), undefined);
    const accepted = acceptViewChange(INITIAL_POOL_VIEW, { terms: { ...nothingPaid, sessionId: sessionIdHex }, signer: requester }, { requester, sessionId: sessionIdHex, payees });
    assert.equal(accepted.lastPaidRound, undefined, 'no round of view 0 is named paid: none of its keys is released');
  });

  it('any member releases the key of a round paid to the member that ran it (a dead executor\'s key comes from a standby)', () => {
    const standby: PoolView = { view: 1, executorIndex: 1, lastPaidRound: 5n };
    checkKeyRelease({ current: standby, replica: held[0]!, payment: { terms: paymentFor(held[0]!), signer: requester }, session });
    checkKeyRelease({ current: INITIAL_POOL_VIEW, replica: held[1]!, payment: { terms: paymentFor(held[1]!, { amount: 10_000n }), signer: requester }, session });
  });

  it('no key for a payment by another signer, on another channel, to another member, under the round\'s price, or of another key', () => {
    const refused = (terms: PoolPaymentTerms, signer: Address, code: string) =>
      assert.throws(() => checkKeyRelease({ current: INITIAL_POOL_VIEW, replica: held[0]!, payment: { terms, signer }, session }), (e) => isAirtntError(e, code));
    refused(paymentFor(held[0]!), stranger, 'PAYMENT_BAD_SIGNATURE');
    refused(paymentFor(held[0]!, { channelId: `0x${'cd'.repeat(32)}` }), requester, 'PAYMENT_BAD_SIGNATURE');
    refused(paymentFor(held[0]!, { member: payees[1]! }), requester, 'POOL_KEY_NOT_PAID');
    refused(paymentFor(held[0]!, { keyHash: keyHashOf(keyOf(6, 0)) }), requester, 'POOL_KEY_NOT_PAID');
    refused(paymentFor(held[0]!, { amount: roundPrice(rate, 10, 1000n) - 1n }), requester, 'PAYMENT_AMOUNT_TOO_LOW');
  });

  it('no key for a payment above the member\'s allocation (deposit / members), which the contract would not pay', () => {
    const price = roundPrice(rate, 10, 1000n);
    checkKeyRelease({ current: INITIAL_POOL_VIEW, replica: held[0]!, payment: { terms: paymentFor(held[0]!), signer: requester }, session: { ...session, allocation: price } });
    assert.throws(
      () => checkKeyRelease({ current: INITIAL_POOL_VIEW, replica: held[0]!, payment: { terms: paymentFor(held[0]!, { amount: price + 1n }), signer: requester }, session: { ...session, allocation: price } }),
      (e) => isAirtntError(e, 'POOL_PAYMENT_ABOVE_ALLOCATION') && /above the member's allocation/.test((e as Error).message),
    );
    assert.throws(() => checkWithinAllocation(price + 1n, price, 'payment of round 5 refused'), (e) => isAirtntError(e, 'POOL_PAYMENT_ABOVE_ALLOCATION'));
    checkWithinAllocation(price, price, 'payment of round 5 refused');
  });

  it('split brain: once view 1 names round 5 as the last paid, round 6 of the old executor is never released', () => {
    const afterChange: PoolView = { view: 1, executorIndex: 1, lastPaidRound: 5n };
    assert.throws(
      () => checkKeyRelease({ current: afterChange, replica: held[1]!, payment: { terms: paymentFor(held[1]!), signer: requester }, session }),
      (e) => isAirtntError(e, 'POOL_KEY_NOT_PAID'),
    );
    // The round the new executor runs instead (view 1, member 1) is released against its own payment.
    const rerun = replica(6, 1, 1);
    checkKeyRelease({ current: afterChange, replica: rerun, payment: { terms: paymentFor(rerun), signer: requester }, session });
  });
});
