/**
 * Misbehaving executors (real processes, their misbehaviour injected by src/node/test-helpers; a real
 * devnet): the requester never pays for a bad result, takes withheld keys from the chain, gets its
 * deposit back after expiry, and in every case finishes the run on an honest executor with the same
 * grid as an uninterrupted run.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { increaseTime, readChannel } from '../chain/index.js';
import type { ExecutorProcess } from './process.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { misbehavingExecutor } from './test-helpers/misbehaving-process.js';

let world: TestWorld;
let honest: ExecutorProcess;
let withholding: ExecutorProcess;
let vanishing: ExecutorProcess;
let tampering: ExecutorProcess;
let replaying: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  [honest, withholding, vanishing, tampering, replaying] = await Promise.all([
    world.startExecutor(1),
    world.startExecutor(2, misbehavingExecutor('withhold-key', 1)),
    world.startExecutor(3, misbehavingExecutor('withhold-key-no-collect', 1)),
    world.startExecutor(4, misbehavingExecutor('tamper-record')),
    world.startExecutor(5, misbehavingExecutor('replay-record', 1)),
  ]);
});
after(async () => {
  await world.close();
});

const job = (first: ExecutorProcess) => lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [first.url, honest.url] });
const refOf = (c: { requester: `0x${string}`; executor: `0x${string}`; token: `0x${string}`; lane: bigint }) => ({ requester: c.requester, executor: c.executor, token: c.token, lane: c.lane });

describe('misbehaving executors', () => {
  it('withheld key: taken from the chain once the executor collects; the run continues elsewhere', async () => {
    const { job: j, expected } = await job(withholding);
    const requester = world.requester(6);
    const result = await requester.run(j);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.failures[0]?.code, 'KEY_TAKEN_FROM_CHAIN');
    assert.equal(result.transfers, 1);
    // Rounds 0 and 1 were paid to the withholding executor (round 1's key came from the chain).
    assert.equal(result.paid.find((p) => p.url === withholding.url)?.amount, 20n * TEST_PRICE_PER_CYCLE);
    assert.equal(result.sessions[1]?.firstRound, 2n);
  });

  it('tampered record: rejected before paying, nothing paid to that executor', async () => {
    const { job: j, expected } = await job(tampering);
    const requester = world.requester(7);
    const result = await requester.run(j);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.failures[0]?.code, 'RESULT_NOT_ATTESTED');
    assert.equal(result.paid.find((p) => p.url === tampering.url)?.amount ?? 0n, 0n);
    const tamperChannel = requester.store.allOpenChannels().find((c) => c.executor !== result.paid.find((p) => p.url === honest.url)?.executor)!;
    assert.equal(tamperChannel.signed, 0n);
    assert.equal((await readChannel(world.client(7), refOf(tamperChannel))).collected, 0n);
  });

  it('replayed record: refused as out of order, the replayed round is not paid twice', async () => {
    const { job: j, expected } = await job(replaying);
    const result = await world.requester(8).run(j);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.failures[0]?.code, 'RESULT_OUT_OF_ORDER');
    assert.equal(result.paid.find((p) => p.url === replaying.url)?.amount, 10n * TEST_PRICE_PER_CYCLE);
    assert.equal(result.sessions[1]?.firstRound, 1n);
  });

  // Last: it moves the devnet's clock past every channel's expiry.
  it('withheld key never collected: the requester waits until the payment expires, then refunds its deposit', async () => {
    const { job: j, expected } = await job(vanishing);
    // The round whose key is withheld is paid again elsewhere only once its payment has expired.
    let expired: Promise<void> | undefined;
    const requester = world.requester(9, { timeouts: { keyMs: 2_000, keyFromChainMs: 500, withheldKeyPollMs: 200 }, onWait: () => void (expired ??= increaseTime(world.devnet, 3_700)) });
    const result = await requester.run(j);
    await expired;
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.failures[0]?.code, 'KEY_WITHHELD');
    assert.equal(result.waits[0]?.outcome, 'expired');
    const vanishingAddress = result.sessions[0]!.executor;
    const channel = requester.store.allOpenChannels().find((c) => c.executor === vanishingAddress)!;
    assert.ok(channel.signed > 0n, 'round 1 was signed for');
    const before = await readChannel(world.client(9), refOf(channel));
    const report = await requester.recover();
    const refund = report.refunded.find((r) => r.channelId === channel.channelId);
    assert.equal(refund?.amount, before.deposit - before.collected);
    assert.equal((await readChannel(world.client(9), refOf(channel))).isOpen, false);
    assert.ok(report.stillWaiting.some((w) => w.channelId === channel.channelId), 'the withheld round is still reported');
  });
});
