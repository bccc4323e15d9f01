/**
 * A member named executor again after a view change (three enclaves of one pool, simulated TEE: the
 * hardware is the one thing mocked): the standbys must bound its first round's key release above what
 * it already holds on the channel, or a requester gets that round for a payment worth nothing to it.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { loadBuiltinFunction, measureFunction } from '../functions/abi.js';
import { encodeLifeState, parseRle } from '../functions/life.js';
import { poolOpeningSection, sealPoolSessionOpening, type PoolTerms } from '../protocol/pool-opening.js';
import type { PoolMember, PoolOpening } from '../protocol/pool-rules.js';
import { signPoolPayment, signViewChange } from '../protocol/pool-signatures.js';
import type { ReplicatedPayment } from '../protocol/pool-wire.js';
import { createSimulatedProvider } from '../tee/simulated.js';
import { fromHex, toHex, type Hex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { createEnclave, type EnclaveHandle, type RoundResult } from './index.js';

describe('pool: a member named executor again carries its floor to the standbys', { timeout: 120_000 }, () => {
  const requester = privateKeyToAccount(generatePrivateKey());
  const terms: PoolTerms = { requester: requester.address, domain: { chainId: 31337, verifyingContract: privateKeyToAccount(generatePrivateKey()).address }, rate: 1n };
  const sessionId = new Uint8Array(randomBytes(32));
  const channelId = new Uint8Array(randomBytes(32));
  const enclaves: EnclaveHandle[] = [];
  let members: PoolMember[];
  const keyHashes = new Map<bigint, Uint8Array>();
  const keys = new Map<bigint, Uint8Array>();

  const pay = async (member: number, round: bigint, amount: bigint): Promise<{ amount: bigint; signature: Uint8Array }> => ({
    amount,
    signature: fromHex(await signPoolPayment(requester, terms.domain, { channelId: toHex(channelId), member: members[member]!.payee, amount, keyHash: toHex(keyHashes.get(round)!) })),
  });
  /** Member `executor` runs `round` in `view`; each of `to` takes its replica with `lastPayment`. */
  const runAndReplicate = async (executor: number, view: number, round: bigint, to: number[], lastPayment?: ReplicatedPayment): Promise<RoundResult> => {
    const result = await enclaves[executor]!.runRound(sessionId, round, 2);
    // A pool session's keys are never chained (key-chain.ts): its key hashes cross the pool link before the round before is paid.
    assert.notEqual(result.keyChained, true);
    if (keys.has(round - 1n)) assert.notDeepEqual(result.replica!.keyHash, keys.get(round - 1n), `round ${round}: its key hash is not the key of round ${round - 1n}`);
    keys.set(round, result.key);
    keyHashes.set(round, result.replica!.keyHash);
    for (const index of to) await enclaves[index]!.pool.takeReplica(sessionId, { view, round, keyHash: result.replica!.keyHash, ciphertext: result.replica!.ciphertext, lastPayment });
    return result;
  };
  const changeView = async (view: number, executor: number, lastPaidRound: bigint, payment: { amount: bigint; signature: Uint8Array }) => {
    const change = { sessionId: toHex(sessionId) as Hex, view, executor: members[executor]!.payee, lastPaidRound, lastPaidKeyHash: toHex(keyHashes.get(lastPaidRound)!) as Hex, ackCount: 1 };
    const signature = fromHex(await signViewChange(requester, terms.domain, change));
    for (const enclave of enclaves) await enclave.pool.acceptViewChange(sessionId, change, signature, payment);
  };

  before(async () => {
    for (let i = 0; i < 3; i++) enclaves.push(await createEnclave({ tee: createSimulatedProvider(), executionWorkers: 1 }));
    members = enclaves.map((enclave) => ({ payee: privateKeyToAccount(generatePrivateKey()).address, enclavePublicKey: enclave.identity().signingPublicKey, enclaveHpkeKey: enclave.identity().hpkePublicKey }));
    const functionMeasurement = measureFunction(await loadBuiltinFunction('life'));
    const state = encodeLifeState(20, 20, parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!'));
    const fields = { sessionId, channelId, functionMeasurement, firstRound: 1n };
    const sessionSecret = new Uint8Array(randomBytes(32));
    for (const [index, enclave] of enclaves.entries()) {
      const pool: PoolOpening = { index, ackCount: 1, members };
      await enclave.openSession({ ...fields, poolSection: poolOpeningSection(pool, terms), sealedSession: sealPoolSessionOpening({ ...fields, enclaveHpkePublicKey: members[index]!.enclaveHpkeKey, sessionSecret, pool, terms, state }) });
    }
    for (const key of await enclaves[0]!.pool.poolKeys(sessionId)) await enclaves[key.index]!.pool.acceptPoolKey(sessionId, key.sealedPoolKey, key.signature);
  });

  after(async () => {
    for (const enclave of enclaves) await enclave.close().catch(() => undefined);
  });

  it('view 0 on member 0 (paid 2,000,000), view 1 on member 1, view 2 on member 0 again: round 5\'s key is not released for a payment below what member 0 holds', async () => {
    // View 0: member 0 runs rounds 1 and 2, paid cumulatively 1,000,000 then 2,000,000 (each above a round's price at rate 1).
    await runAndReplicate(0, 0, 1n, [1, 2]);
    const paid1 = await pay(0, 1n, 1_000_000n);
    await runAndReplicate(0, 0, 2n, [1, 2], paid1);
    const paid2 = await pay(0, 2n, 2_000_000n);
    // View 1: member 1 continues from round 2 and runs rounds 3 and 4.
    await changeView(1, 1, 2n, paid2);
    await runAndReplicate(1, 1, 3n, [0, 2]);
    await runAndReplicate(1, 1, 4n, [0, 2], await pay(1, 3n, 1_000_000n));
    // View 2: member 0 again, from round 4. Its round 5 goes to member 1 as a standby of an earlier
    // release would take it (no floor), and to member 2 with member 0's floor, its payment of round 2.
    await changeView(2, 0, 4n, await pay(1, 4n, 2_000_000n));
    const fifth = await runAndReplicate(0, 2, 5n, [1]);
    await enclaves[2]!.pool.takeReplica(sessionId, { view: 2, round: 5n, keyHash: fifth.replica!.keyHash, ciphertext: fifth.replica!.ciphertext, lastPayment: { ...paid2, keyHash: keyHashes.get(2n)! } });
    // The requester asks a standby for round 5's key with a payment of 1,000,000 to member 0: below the
    // 2,000,000 member 0 already holds, so it could never collect anything for round 5.
    const cheap = await pay(0, 5n, 1_000_000n);
    const released = await enclaves[1]!.pool.releasePoolKey(sessionId, 5n, cheap);
    assert.equal(released.member, members[0]!.payee, 'without the floor a standby releases the round for nothing: the weakness the floor closes');
    await assert.rejects(enclaves[2]!.pool.releasePoolKey(sessionId, 5n, cheap), (error) => isAirtntError(error, 'PAYMENT_AMOUNT_TOO_LOW'));
    await assert.rejects(enclaves[2]!.pool.releasePoolKey(sessionId, 5n, await pay(0, 5n, 2_000_000n)), (error) => isAirtntError(error, 'PAYMENT_AMOUNT_TOO_LOW'), 'what member 0 already holds is not a payment of round 5');
    const honest = await enclaves[2]!.pool.releasePoolKey(sessionId, 5n, await pay(0, 5n, 3_000_000n));
    assert.equal(honest.member, members[0]!.payee);
  });

  it('a floor the requester did not sign, or signed to another member, is refused: no ack', async () => {
    const result = await enclaves[0]!.runRound(sessionId, 6n, 2);
    const forged = { amount: 9_000_000n, signature: fromHex(await signPoolPayment(privateKeyToAccount(generatePrivateKey()), terms.domain, { channelId: toHex(channelId), member: members[0]!.payee, amount: 9_000_000n, keyHash: toHex(keyHashes.get(2n)!) })), keyHash: keyHashes.get(2n)! };
    const frame = { view: 2, round: 6n, keyHash: result.replica!.keyHash, ciphertext: result.replica!.ciphertext, lastPayment: forged };
    await assert.rejects(enclaves[2]!.pool.takeReplica(sessionId, frame), (error) => isAirtntError(error, 'POOL_REPLICA_INVALID'));
  });
});
