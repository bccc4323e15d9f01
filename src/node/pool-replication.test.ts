import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { createEnclave, type EnclaveHandle, type RoundResult } from '../enclave/index.js';
import { loadBuiltinFunction, measureFunction } from '../functions/abi.js';
import { decodeLifeState, encodeLifeState, lifeRunReference, parseRle } from '../functions/life.js';
import { poolOpeningSection, sealPoolSessionOpening, type PoolTerms } from '../protocol/pool-opening.js';
import { checkPoolAcks, type PoolMember, type PoolOpening } from '../protocol/pool-rules.js';
import { signPoolPayment, signViewChange } from '../protocol/pool-signatures.js';
import { openRoundResult } from '../protocol/sealing.js';
import { createSimulatedProvider } from '../tee/simulated.js';
import { fromHex, toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { PoolReplicator } from './pool-replicator.js';
import { PoolStore, sessionKey } from './pool-store.js';
import { eventually } from './testing.js';

/** What the requester signs after round 2: round 1's 1,000 plus more than round 2's price at rate 1. */
const PAID_ROUND_2 = 1_000n + 1_000_000n;
// From the sources through tsx, or compiled beside this file (the tests' mirror of src/).
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const HELPER = fileURLToPath(new URL(`./test-helpers/pool-standby-process.${FROM_SOURCES ? 'ts' : 'js'}`, import.meta.url));

type Standby = { child: ChildProcessWithoutNullStreams; url: string; signingPublicKey: Uint8Array; hpkePublicKey: Uint8Array; nextLine(): Promise<Record<string, string>> };

async function startStandby(storePath: string): Promise<Standby> {
  const child = spawn(process.execPath, [...(FROM_SOURCES ? ['--import', 'tsx'] : []), HELPER, storePath], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.on('data', () => undefined);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const { value, done } = await lines.next();
    if (done === true) throw new Error('the standby process ended');
    return JSON.parse(value as string) as Record<string, string>;
  };
  const ready = await nextLine();
  return { child, url: ready.url!, signingPublicKey: fromHex(ready.signingPublicKey!), hpkePublicKey: fromHex(ready.hpkePublicKey!), nextLine };
}

describe('pool: executor -> standby process replication, key release and view change', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'airtnt-pool-'));
  const storePath = join(dir, 'pool.sqlite');
  const requester = privateKeyToAccount(generatePrivateKey());
  const stranger = privateKeyToAccount(generatePrivateKey());
  const terms: PoolTerms = { requester: requester.address, domain: { chainId: 31337, verifyingContract: privateKeyToAccount(generatePrivateKey()).address }, rate: 1n };
  const sessionId = new Uint8Array(randomBytes(32));
  const channelId = new Uint8Array(randomBytes(32));
  let executor: EnclaveHandle;
  let standby: Standby;
  let members: PoolMember[];
  let replicator: PoolReplicator;
  const keyHashes: Uint8Array[] = [];
  const results: RoundResult[] = [];
  let staleRound3: RoundResult | undefined;
  const sessionSecret = new Uint8Array(randomBytes(32));
  const initialState = encodeLifeState(20, 20, parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!'));

  before(async () => {
    executor = await createEnclave({ tee: createSimulatedProvider(), executionWorkers: 1 });
    standby = await startStandby(storePath);
    const payees = [privateKeyToAccount(generatePrivateKey()).address, privateKeyToAccount(generatePrivateKey()).address];
    members = [
      { payee: payees[0]!, enclavePublicKey: executor.identity().signingPublicKey, enclaveHpkeKey: executor.identity().hpkePublicKey },
      { payee: payees[1]!, enclavePublicKey: standby.signingPublicKey, enclaveHpkeKey: standby.hpkePublicKey },
    ];
    const functionMeasurement = measureFunction(await loadBuiltinFunction('life'));
    const state = initialState;
    const fields = { sessionId, channelId, functionMeasurement, firstRound: 1n };
    const sealFor = (index: number) => {
      const pool: PoolOpening = { index, ackCount: 1, members };
      return { poolSection: poolOpeningSection(pool, terms), sealedSession: sealPoolSessionOpening({ ...fields, enclaveHpkePublicKey: members[index]!.enclaveHpkeKey, sessionSecret, pool, terms, state }) };
    };
    await executor.openSession({ ...fields, ...sealFor(0) });
    const forStandby = sealFor(1);
    standby.child.stdin.write(`${JSON.stringify({ type: 'open', sessionId: toHex(sessionId), channelId: toHex(channelId), functionMeasurement: toHex(functionMeasurement), firstRound: '1', sealedSession: toHex(forStandby.sealedSession), poolSection: toHex(forStandby.poolSection) })}\n`);
    assert.deepEqual(await standby.nextLine(), { opened: toHex(sessionId) });
    replicator = await PoolReplicator.connect({ sessionId, executorIndex: 0, members, standbys: new Map([[1, standby.url]]), ackCount: 1, ackTimeoutMs: 60_000 });
    replicator.handOverPoolKeys(await executor.pool.poolKeys(sessionId));
  });

  after(async () => {
    replicator?.close();
    if (standby !== undefined && standby.child.exitCode === null) standby.child.kill('SIGKILL');
    await executor?.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('round 1: the standby enclave acks the replica, the ack verifies under its attested key', async () => {
    const result = await executor.runRound(sessionId, 1n, 2);
    assert.ok(result.replica, 'a pool session\'s executor seals a replica of every round');
    assert.deepEqual(result.replica.keyHash, keccak_256(result.key));
    const acks = await replicator.replicate(1n, result.replica, undefined);
    assert.deepEqual(acks.map((ack) => ack.index), [1]);
    checkPoolAcks({ acked: { sessionId, view: 0, round: 1n, keyHash: result.replica.keyHash }, acks, members, executorIndex: 0, ackCount: 1 });
    keyHashes.push(result.replica.keyHash);
    results.push(result);
  });

  it('round 2 carries the requester\'s payment of round 1 and is acked', async () => {
    const result = await executor.runRound(sessionId, 2n, 2);
    const signature = await signPoolPayment(requester, terms.domain, { channelId: toHex(channelId), member: members[0]!.payee, amount: 1_000n, keyHash: toHex(keyHashes[0]!) });
    const acks = await replicator.replicate(2n, result.replica!, { amount: 1_000n, signature: fromHex(signature) });
    assert.equal(acks.length, 1);
    keyHashes.push(result.replica!.keyHash);
    results.push(result);
  });

  it('the pool key replayed on another link is refused: the standby takes it once', async () => {
    const replay = await PoolReplicator.connect({ sessionId, executorIndex: 0, members, standbys: new Map([[1, standby.url]]), ackCount: 1, ackTimeoutMs: 60_000 });
    try {
      replay.handOverPoolKeys(await executor.pool.poolKeys(sessionId));
      await eventually(async () => (replay.reachable.length === 0 ? true : undefined), 10_000, 'the replayed pool key ends its link');
    } finally {
      replay.close();
    }
    assert.deepEqual(replicator.reachable, [1], 'the executor\'s own link is untouched');
  });

  it('round 3 with a payment not signed by the requester is refused: no ack, nothing stored', async () => {
    const result = await executor.runRound(sessionId, 3n, 2);
    staleRound3 = result;
    const forged = await signPoolPayment(stranger, terms.domain, { channelId: toHex(channelId), member: members[0]!.payee, amount: 2_000n, keyHash: toHex(keyHashes[1]!) });
    await assert.rejects(replicator.replicate(3n, result.replica!, { amount: 2_000n, signature: fromHex(forged) }), (error) => isAirtntError(error, 'POOL_ACKS_MISSING'));
    assert.deepEqual(replicator.reachable, [], 'the refusing standby ended the link');
  });

  it('with the executor gone after payment, the standby releases round 2\'s key against the payment only', async () => {
    await executor.close();
    const ask = async (signer: typeof requester, member: `0x${string}`, amount: bigint) => {
      const signature = await signPoolPayment(signer, terms.domain, { channelId: toHex(channelId), member, amount, keyHash: toHex(keyHashes[1]!) });
      standby.child.stdin.write(`${JSON.stringify({ type: 'releaseKey', sessionId: toHex(sessionId), round: '2', amount: amount.toString(), signature })}\n`);
      return standby.nextLine();
    };
    assert.deepEqual(await ask(requester, members[0]!.payee, 1_000n), { error: 'PAYMENT_AMOUNT_TOO_LOW' }, 'nothing added over round 1\'s payment');
    assert.deepEqual(await ask(stranger, members[0]!.payee, PAID_ROUND_2), { error: 'PAYMENT_BAD_SIGNATURE' });
    assert.deepEqual(await ask(requester, members[1]!.payee, PAID_ROUND_2), { error: 'PAYMENT_BAD_SIGNATURE' }, 'paid to a member that did not run the round');
    const released = await ask(requester, members[0]!.payee, PAID_ROUND_2);
    assert.ok(released.key !== undefined, JSON.stringify(released));
    assert.deepEqual(keccak_256(fromHex(released.key)), keyHashes[1], 'the key the round\'s record names');
  });

  it('view change: the standby continues by itself from its replica of paid round 2 (its payment shown), nothing re-sent', async () => {
    const change = { sessionId: toHex(sessionId), view: 1, executor: members[1]!.payee, lastPaidRound: 2n, lastPaidKeyHash: toHex(keyHashes[1]!), ackCount: 0 };
    const send = async (request: Record<string, unknown>) => {
      standby.child.stdin.write(`${JSON.stringify(request, (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))}\n`);
      return standby.nextLine();
    };
    const forged = await signViewChange(stranger, terms.domain, change);
    assert.deepEqual(await send({ type: 'viewChange', ...change, signature: forged }), { error: 'POOL_VIEW_CHANGE_INVALID' });
    // The requester's own signature, but for another session, sent to this one.
    const elsewhere = { ...change, sessionId: toHex(new Uint8Array(32).fill(0xee)) };
    const otherSession = await signViewChange(requester, terms.domain, elsewhere);
    assert.deepEqual(await send({ type: 'viewChange', ...elsewhere, target: toHex(sessionId), signature: otherSession }), { error: 'POOL_VIEW_CHANGE_INVALID' });
    const signature = await signViewChange(requester, terms.domain, change);
    const paid = await signPoolPayment(requester, terms.domain, { channelId: toHex(channelId), member: members[0]!.payee, amount: PAID_ROUND_2, keyHash: toHex(keyHashes[1]!) });
    // Round 2 named as paid on the requester's word only, or with round 1's payment: refused, and the view is not used up.
    assert.deepEqual(await send({ type: 'viewChange', ...change, signature }), { error: 'POOL_VIEW_CHANGE_INVALID' });
    const round1 = await signPoolPayment(requester, terms.domain, { channelId: toHex(channelId), member: members[0]!.payee, amount: 1_000n, keyHash: toHex(keyHashes[0]!) });
    assert.deepEqual(await send({ type: 'viewChange', ...change, signature, paymentAmount: '1000', paymentSignature: round1 }), { error: 'POOL_VIEW_CHANGE_INVALID' });
    const withPayment = { ...change, signature, paymentAmount: PAID_ROUND_2, paymentSignature: paid };
    assert.deepEqual(await send({ type: 'viewChange', ...withPayment }), { executor: 'true', nextRound: '3' });
    assert.deepEqual(await send({ type: 'viewChange', ...withPayment }), { error: 'POOL_VIEW_STALE' }, 'a view is accepted once');
    // Split brain: the view-0 executor, still reaching the standby, gets no ack for a round after the view change, even with round 2's valid payment.
    const oldView = await PoolReplicator.connect({ sessionId, executorIndex: 0, members, standbys: new Map([[1, standby.url]]), ackCount: 1, ackTimeoutMs: 60_000 });
    try {
      await assert.rejects(oldView.replicate(3n, staleRound3!.replica!, { amount: PAID_ROUND_2, signature: fromHex(paid) }), (error) => isAirtntError(error, 'POOL_ACKS_MISSING'));
    } finally {
      oldView.close();
    }
    const ran = await send({ type: 'runRound', sessionId: toHex(sessionId), round: '3', cycles: 2 });
    assert.ok(ran.record !== undefined, JSON.stringify(ran));
    // The requester's own check: round 3 starts from the state it paid for in round 2 (input commitment) and is signed by the standby's attested key.
    let state = initialState;
    for (const [index, result] of results.entries()) {
      state = openRoundResult({ sessionSecret, sessionId, round: BigInt(index + 1), record: result.record, key: result.key, stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext, previousState: state }).state;
    }
    const round3 = openRoundResult({ sessionSecret, sessionId, round: 3n, record: fromHex(ran.record), key: fromHex(ran.key!), stateCiphertext: fromHex(ran.stateCiphertext!), outputsCiphertext: fromHex(ran.outputsCiphertext!), previousState: state });
    assert.deepEqual(round3.record.enclavePublicKey, standby.signingPublicKey);
    assert.deepEqual(decodeLifeState(round3.state), lifeRunReference(decodeLifeState(initialState), 6).pattern);
  });

  it('the acked replicas and the payment a key was released against survive a SIGKILL of the standby process', async () => {
    standby.child.kill('SIGKILL');
    await once(standby.child, 'exit');
    const store = PoolStore.open(storePath);
    try {
      const held = store.replicas(sessionKey(sessionId));
      assert.deepEqual(held.map((replica) => replica.round), [1n, 2n]);
      assert.deepEqual(held.map((replica) => toHex(replica.keyHash)), keyHashes.map(toHex));
      assert.equal(held[1]!.lastPayment?.amount, 1_000n);
      assert.ok(held.every((replica) => replica.ciphertext.length > 44), 'the sealed state is stored, not only its position');
      const payments = store.paymentsFor(members[0]!.payee);
      assert.deepEqual(payments.map((payment) => [payment.amount, toHex(payment.keyHash)]), [[PAID_ROUND_2, toHex(keyHashes[1]!)]]);
    } finally {
      store.close();
    }
  });
});
