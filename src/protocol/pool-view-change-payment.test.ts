import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Address, Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { fromHex, toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { keyHashOf, type ChannelDomain } from './payment.js';
import { roundPrice } from './pricing.js';
import { checkViewChangePayment, continuationReplica, type HeldReplica } from './pool-rules.js';
import { signPoolPayment, type PoolPaymentTerms, type ViewChangeTerms } from './pool-signatures.js';

// anvil's first and second development keys (public knowledge; never hold real money).
const requester = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
const stranger = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
const domain: ChannelDomain = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' };
const payees: Address[] = ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8', '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', '0x90F79bf6EB2c4f870365E785982E1f101E93b906'];
const channelId: Hex = `0x${'ab'.repeat(32)}`;
const rate = 7n;
const session = { requester: requester.address, channelId, payees, rate, domain };
const keyOf = (round: number) => new Uint8Array(32).fill(round);
const zeroHash: Hex = `0x${'00'.repeat(32)}`;

// Member 1 holds the replicas of rounds 5 and 6 run by member 0 in view 0; round 5 brought member 0 to 3,000.
const replica = (round: number, payeeBefore: bigint): HeldReplica => ({ view: 0, round: BigInt(round), executorIndex: 0, keyHash: fromHex(keyHashOf(keyOf(round)), 32), cyclesDone: 10, workUnits: 1000n, payeeBefore });
const held: HeldReplica[] = [replica(5, 3_000n - roundPrice(rate, 10, 1000n)), replica(6, 3_000n)];
const owed6 = 3_000n + roundPrice(rate, 10, 1000n);
const change: ViewChangeTerms = { sessionId: `0x${'5e'.repeat(32)}`, view: 1, executor: payees[1]!, lastPaidRound: 6n, lastPaidKeyHash: keyHashOf(keyOf(6)), ackCount: 1 };

async function paymentOf(over: Partial<PoolPaymentTerms> = {}, signer = requester): Promise<{ amount: bigint; signature: Uint8Array }> {
  const terms: PoolPaymentTerms = { channelId, member: payees[0]!, amount: owed6, keyHash: keyHashOf(keyOf(6)), ...over };
  return { amount: terms.amount, signature: fromHex(await signPoolPayment(signer, domain, terms), 65) };
}

function check(terms: ViewChangeTerms, payment: { amount: bigint; signature: Uint8Array } | undefined): void {
  // As the named executor's enclave does: the replica of the paid round first, then its payment.
  checkViewChangePayment({ change: terms, replica: continuationReplica(held, terms, 1n), payment, session });
}

function refused(terms: ViewChangeTerms, payment: { amount: bigint; signature: Uint8Array } | undefined, says: RegExp): void {
  assert.throws(
    () => check(terms, payment),
    (error: unknown) => isAirtntError(error, 'POOL_VIEW_CHANGE_INVALID') && says.test((error as Error).message),
  );
}

describe('a view change carries the payment of the round it names as paid', () => {
  it('accepts the requester\'s PoolPayment of round 6 to the member that ran it, for what round 6 brought it to (or more)', async () => {
    check(change, await paymentOf());
    check(change, await paymentOf({ amount: owed6 + 1n }));
  });

  it('refuses a view change naming round 6 as paid without a payment', () => {
    refused(change, undefined, /names round 6 as paid but carries no payment/);
  });

  it('refuses the payment of another round (round 5, with its own key hash and amount)', async () => {
    const round5 = await paymentOf({ keyHash: keyHashOf(keyOf(5)), amount: 3_000n });
    refused(change, round5, new RegExp(`not the requester's PoolPayment of round 6 to ${payees[0]} bound to key hash ${change.lastPaidKeyHash}.*recovers to`));
  });

  it('refuses a payment to another member (the new executor itself, or a third member)', async () => {
    refused(change, await paymentOf({ member: payees[1]! }), new RegExp(`to ${payees[0]}.*recovers to`));
    refused(change, await paymentOf({ member: payees[2]! }), new RegExp(`to ${payees[0]}.*recovers to`));
  });

  it('refuses a payment bound to another key hash, or over another channel', async () => {
    refused(change, await paymentOf({ keyHash: keyHashOf(keyOf(7)) }), /bound to key hash .* recovers to/);
    refused(change, await paymentOf({ channelId: `0x${'cd'.repeat(32)}` }), new RegExp(`on channel ${channelId}: it recovers to`));
  });

  it('refuses a bad signature: someone else\'s, or one from which no key recovers', async () => {
    const byStranger = await paymentOf({}, stranger);
    refused(change, byStranger, new RegExp(`recovers to ${stranger.address}`));
    const garbled = { amount: owed6, signature: new Uint8Array(65).fill(0xff) };
    refused(change, garbled, /the signature does not recover/);
    // The honest payment with another amount than it was signed for recovers to nobody in particular.
    const honest = await paymentOf();
    refused(change, { amount: owed6 + 5n, signature: honest.signature }, /recovers to/);
  });

  it('refuses a payment below what the member is due through the round', async () => {
    refused(change, await paymentOf({ amount: owed6 - 1n }), new RegExp(`cumulative ${owed6 - 1n}, below the ${owed6} it is due through round 6`));
  });

  it('refuses a payment above the member\'s allocation (deposit / members): the contract would refuse its collect', async () => {
    const withAllocation = { ...session, allocation: owed6 + 10n };
    checkViewChangePayment({ change, replica: continuationReplica(held, change, 1n), payment: await paymentOf({ amount: owed6 + 10n }), session: withAllocation });
    const above = await paymentOf({ amount: owed6 + 11n });
    assert.throws(
      () => checkViewChangePayment({ change, replica: continuationReplica(held, change, 1n), payment: above, session: withAllocation }),
      (error: unknown) => isAirtntError(error, 'POOL_VIEW_CHANGE_INVALID') && new RegExp(`cumulative ${owed6 + 11n}, above its allocation ${owed6 + 10n}`).test((error as Error).message),
    );
  });

  it('a member without the paid round\'s replica cannot continue at all (POOL_STATE_MISSING), before any payment is looked at', async () => {
    const unknown = { ...change, lastPaidKeyHash: keyHashOf(keyOf(9)) };
    assert.throws(() => check(unknown, undefined), (error: unknown) => isAirtntError(error, 'POOL_STATE_MISSING'));
  });

  it('nothing paid yet (zero key hash, lastPaidRound = firstRound): no payment, and one carried anyway is refused', async () => {
    const none = { ...change, lastPaidRound: 1n, lastPaidKeyHash: zeroHash };
    check(none, undefined);
    refused(none, await paymentOf(), /names no paid round yet carries a payment/);
  });

  it('the check runs on the replica it is given: a replica of another round than the one named is refused', async () => {
    assert.throws(
      () => checkViewChangePayment({ change, replica: held[0]!, payment: undefined, session }),
      (error: unknown) => isAirtntError(error, 'POOL_VIEW_CHANGE_INVALID') && /replica to continue from is round 5/.test((error as Error).message),
    );
    assert.equal(toHex(held[1]!.keyHash), change.lastPaidKeyHash);
  });
});
