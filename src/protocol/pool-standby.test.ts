import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Address } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { poolAckBytes, type PoolView } from './pool-rules.js';
import { sealReplica } from './pool-sealing.js';
import { roundPrice } from './pricing.js';
import { signPoolPayment } from './pool-signatures.js';
import { takeReplica, type ReplicateInput } from './pool-standby.js';

// anvil's first and second development keys (public knowledge; never hold real money).
const requester = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
const stranger = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
const payees: Address[] = ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8', '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', '0x90F79bf6EB2c4f870365E785982E1f101E93b906'];
const domain = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' as Address };
const sessionId = new Uint8Array(32).fill(0x5e);
const channelId = `0x${'ab'.repeat(32)}` as const;
const rate = 3n;
const session = { sessionId, requester: requester.address, channelId, payees, domain, rate };
const poolKey = new Uint8Array(32).fill(0x77);
const current: PoolView = { view: 1, executorIndex: 1, lastPaidRound: 4n };

function replicate(round: number, view = 1): ReplicateInput {
  const sealed = sealReplica(poolKey, { sessionId, view, round: BigInt(round) }, { key: new Uint8Array(32).fill(round), cyclesDone: 10, workUnits: 5n, statePayload: new Uint8Array([round]) });
  return { view, round: BigInt(round), keyHash: sealed.keyHash, ciphertext: sealed.ciphertext, lastPayment: undefined };
}

describe('standby: taking a replica', () => {
  it('holds the first round of a view at the executor\'s base and signs the ack of that position', () => {
    const taken = takeReplica({ current, poolKey, session, frame: replicate(5), held: [], executorBase: 40n });
    assert.equal(taken.held.payeeBefore, 40n);
    assert.deepEqual(taken.ackBytes, poolAckBytes({ sessionId, view: 1, round: 5n, keyHash: taken.held.keyHash }));
    assert.deepEqual(taken.contents.statePayload, new Uint8Array([5]));
  });

  it('takes the payee\'s amount before a round from the requester\'s payment of the round before, checked', async () => {
    const fifth = takeReplica({ current, poolKey, session, frame: replicate(5), held: [], executorBase: 40n }).held;
    const pay = async (signer = requester, member = payees[1]!) =>
      signPoolPayment(signer, domain, { channelId, member, amount: 90n, keyHash: toHex(fifth.keyHash) });
    const sixth = { ...replicate(6), lastPayment: { amount: 90n, signature: hexBytes(await pay()) } };
    assert.equal(takeReplica({ current, poolKey, session, frame: sixth, held: [fifth], executorBase: 40n }).held.payeeBefore, 90n);
    const refused = (frame: ReplicateInput, code: string, previous = fifth) =>
      assert.throws(() => takeReplica({ current, poolKey, session, frame, held: [previous], executorBase: 40n }), (e) => isAirtntError(e, code));
    refused({ ...sixth, lastPayment: { amount: 90n, signature: hexBytes(await pay(stranger)) } }, 'POOL_REPLICA_INVALID');
    refused({ ...sixth, lastPayment: { amount: 90n, signature: hexBytes(await pay(requester, payees[0]!)) } }, 'POOL_REPLICA_INVALID');
    refused({ ...sixth, lastPayment: { amount: 1n, signature: hexBytes(await pay()) } }, 'POOL_REPLICA_INVALID');
    refused(replicate(6), 'POOL_REPLICA_INVALID');
    refused(sixth, 'POOL_REPLICA_INVALID', { ...fifth, executorIndex: 0 });
  });

  it('takes a round replicated ahead (pool link 2) with the payment of the round two before, plus the price of the round between from its replica', async () => {
    const fifth = takeReplica({ current, poolKey, session, frame: replicate(5), held: [], executorBase: 40n }).held;
    const pay = async (keyHash: Uint8Array, amount: bigint, signer = requester) => hexBytes(await signPoolPayment(signer, domain, { channelId, member: payees[1]!, amount, keyHash: toHex(keyHash) }));
    const sixth = takeReplica({ current, poolKey, session, frame: { ...replicate(6), lastPayment: { amount: 90n, signature: await pay(fifth.keyHash, 90n), round: 5n } }, held: [fifth], executorBase: 40n }).held;
    assert.equal(sixth.payeeBefore, 90n, 'the payment of the round before, its round named');
    // Round 7 leaves before payment 6 exists: it carries payment 5, and the standby adds round 6's price.
    const seventh = { ...replicate(7), lastPayment: { amount: 90n, signature: await pay(fifth.keyHash, 90n), round: 5n } };
    const held = [fifth, sixth];
    assert.equal(takeReplica({ current, poolKey, session, frame: seventh, held, executorBase: 40n }).held.payeeBefore, 90n + roundPrice(rate, sixth.cyclesDone, sixth.workUnits));
    const refused = (frame: ReplicateInput, replicas = held) => assert.throws(() => takeReplica({ current, poolKey, session, frame, held: replicas, executorBase: 40n }), (e) => isAirtntError(e, 'POOL_REPLICA_INVALID'));
    refused({ ...seventh, lastPayment: { ...seventh.lastPayment, round: 4n } }, [{ ...fifth, round: 4n }, fifth, sixth]); // three before: too old
    refused({ ...seventh, lastPayment: { ...seventh.lastPayment, round: 7n } }); // itself
    refused({ ...seventh, lastPayment: { ...seventh.lastPayment, round: 8n } }); // a later round
    refused(seventh, [fifth]); // the round between is not held: its price is unknown
    refused(seventh, [fifth, { ...sixth, executorIndex: 0 }]); // the round between ran on another member
    refused({ ...seventh, lastPayment: { amount: 90n, signature: await pay(sixth.keyHash, 90n), round: 5n } }); // signed for round 6's key, named as 5's
    refused({ ...seventh, lastPayment: { amount: 90n, signature: await pay(fifth.keyHash, 90n, stranger), round: 5n } });
    refused(replicate(7)); // no payment while rounds 5 and 6 of this executor are held
  });

  it('refuses a replica of another view (an old executor gets no ack) and one that does not open', () => {
    assert.throws(() => takeReplica({ current, poolKey, session, frame: replicate(5, 0), held: [], executorBase: 0n }), (e) => isAirtntError(e, 'POOL_WRONG_VIEW'));
    const frame = replicate(5);
    assert.throws(() => takeReplica({ current, poolKey: new Uint8Array(32), session, frame, held: [], executorBase: 0n }), (e) => isAirtntError(e, 'POOL_REPLICA_INVALID'));
  });
});

function hexBytes(hex: `0x${string}`): Uint8Array {
  return Uint8Array.from(Buffer.from(hex.slice(2), 'hex'));
}
