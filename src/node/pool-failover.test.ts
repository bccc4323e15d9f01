/**
 * Pool failover on real processes: the view-0 executor is SIGKILLed (1) after a round's payment is
    ['round-stored', 3, 7, 'after round 3 ran and before the standby ack (acked by nobody, paid by nobody)'],
    ['pool-acked', 3, 8, 'after round 3 was acked by a standby and before its result (acked in view 0, paid by nobody)'],
    // Nothing paid yet: the view change says so (a zero key hash) and the standby runs rounds 0-3 from the opening state.
    ['round-stored', 0, 9, 'at its first round, before anything was paid'],
 * takes the paid key from a standby (never from the chain, never paying twice), signs a view change,
 * and the next member continues by itself from its replica of the last paid round; the final state
 * equals an uninterrupted run, no transaction is sent at failover, and each member collects exactly
 * what it ran through collectPool on the one pool channel.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { withChannels } from '../chain/client.js';
import { collectPoolPayment } from '../chain/collect-pool-payment.js';
import { deployPools } from '../chain/deploy-pools.js';
import { readChannel } from '../chain/read-channel.js';
import { chainNow, increaseTime } from '../chain/time.js';
import { poolAddress } from '../protocol/pool-signatures.js';
import { toHex } from '../util/bytes.js';
import type { ExecutorProcess } from './process.js';
import { PoolStore } from './pool-store.js';
import { runIdOf } from './requester.js';
import type { RunProgress } from './requester-types.js';
import { readMemberCollected } from '../chain/read-member-collected.js';
import { memberCollects } from './test-helpers/member-collected.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { crashingAt } from './test-helpers/crashing-process.js';

let world: TestWorld;
let pools: `0x${string}`;
let standbys: ExecutorProcess[];

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
  standbys = await Promise.all([world.startExecutor(2, { name: 'member-2', args: ['--pools', pools] }), world.startExecutor(3, { name: 'member-3', args: ['--pools', pools] })]);
});
after(async () => {
  await world?.close();
});

/** Reads a member's stored PoolPayments (own rounds) and collects the last one on-chain; returns what it collected. */
async function collectOwn(accountIndex: number, dataDir: string, sessionId: `0x${string}`, payees: `0x${string}`[], requester: `0x${string}`, lane: bigint): Promise<bigint> {
  const store = PoolStore.open(join(world.dir, dataDir, 'pool.sqlite'));
  try {
    const paid = store.ownRounds(sessionId).filter((round) => round.payment !== undefined);
    if (paid.length === 0) return 0n;
    const last = paid.at(-1)!;
    const client = withChannels(world.client(accountIndex), pools);
    const collected = await collectPoolPayment(client, { ref: { requester, executor: poolAddress(payees), token: `0x${'00'.repeat(20)}`, lane }, members: payees, amount: last.payment!.amount, key: last.key, signature: toHex(last.payment!.signature) });
    return collected.collected;
  } finally {
    store.close();
  }
}

describe('pool failover on executor processes', { timeout: 600_000 }, () => {
  it('executor SIGKILLed while round 3 ran ahead of payment 2 (result 2 sent and acked, payment 2 not in): key 2 from a standby, which keeps payment 2 for the executor; a standby runs round 3; nothing paid twice, no transaction', async () => {
    const executor = await world.startExecutor(1, { name: 'member-1-pool-ahead-3', command: crashingAt('pool-ahead', 3), args: ['--pools', pools] });
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [executor.url] });
    const progress: RunProgress[] = [];
    const requester = world.requester(5, { pool: { contract: pools, standbys: standbys.map((s) => s.url), ackCount: 1, silenceMs: 15_000 }, onProgress: (p) => progress.push(p) });
    const account = world.devnet.accounts[5]!.address;
    const nonceBefore = await world.client(5).public.getTransactionCount({ address: account });
    const running = requester.run(job);
    // Killed there, so round 3 was in its enclave before payment 2 reached it: the pool's compute runs ahead.
    // Had it not, the executor would have served the whole run alive: the run's end comes first then.
    const first = await Promise.race([executor.exited, running.then(() => 'the run ended with the executor alive' as const)]);
    assert.deepEqual(first, { code: null, signal: 'SIGKILL' }, 'the executor was killed with round 3 running ahead');
    const result = await running;
    assert.deepEqual(result.finalState, expected, 'the same grid as an uninterrupted run');
    assert.equal(await world.client(5).public.getTransactionCount({ address: account }), nonceBefore + 1);
    const total = result.paid.reduce((sum, p) => sum + p.amount, 0n);
    assert.equal(total, 40n * TEST_PRICE_PER_CYCLE);
    assert.deepEqual(progress.map((p) => p.round), [0n, 1n, 2n, 3n], 'each round reported once: none re-run and paid again');
    assert.deepEqual(progress.map((p) => p.executor), [executor.url, executor.url, executor.url, standbys[0]!.url]);
    assert.deepEqual(progress.map((p) => p.keyFrom), ['executor', 'executor', 'pool', 'executor']);
    // The executor stored payments 0 and 1 only; payment 2 (30 cycles' worth to it) is with the standby that released key 2.
    const sessionId = result.sessions[0]!.sessionId as `0x${string}`;
    const own = PoolStore.open(join(world.dir, 'member-1-pool-ahead-3', 'pool.sqlite'));
    try {
      assert.deepEqual(own.ownRounds(sessionId).filter((r) => r.payment !== undefined).map((r) => r.round), [0n, 1n]);
    } finally {
      own.close();
    }
    const member1 = world.devnet.accounts[1]!.address;
    const held = ['member-2', 'member-3'].flatMap((name) => {
      const store = PoolStore.open(join(world.dir, name, 'pool.sqlite'));
      try {
        return store.releasedPaymentsFor(member1, 8, sessionId).map((payment) => payment.amount);
      } finally {
        store.close();
      }
    });
    assert.deepEqual(held, [30n * TEST_PRICE_PER_CYCLE]);
  });

  for (const [point, round, requesterIndex, name] of [
    // Rounds 0-3 of 10 cycles: the executor runs rounds 0-2 (paid), the standby round 3.
    ['payment-stored', 2, 6, 'after round 2 was paid and before its key'],
    ['round-stored', 3, 7, 'after round 3 ran and before the standby ack (acked by nobody, paid by nobody)'],
    ['pool-acked', 3, 8, 'after round 3 was acked by a standby and before its result (acked in view 0, paid by nobody)'],
    // Nothing paid yet: the view change says so (a zero key hash) and the standby runs rounds 0-3 from the opening state.
    ['round-stored', 0, 9, 'at its first round, before anything was paid'],
  ] as const) {
    // The rounds the killed executor ran and was paid for: those before `round`.
    const paidToExecutor = point === 'payment-stored' ? round + 1 : round;
    it(`executor SIGKILLed ${name}: a standby continues, nothing paid twice, no transaction, each member collects its own rounds`, async () => {
      const executor = await world.startExecutor(1, { name: `member-1-${point}-${round}`, command: crashingAt(point, round), args: ['--pools', pools] });
      const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [executor.url] });
      const progress: RunProgress[] = [];
      const requester = world.requester(requesterIndex, { pool: { contract: pools, standbys: standbys.map((s) => s.url), ackCount: 1, silenceMs: 15_000 }, onProgress: (p) => progress.push(p) });
      const account = world.devnet.accounts[requesterIndex]!.address;
      const nonceBefore = await world.client(requesterIndex).public.getTransactionCount({ address: account });
      const result = await requester.run(job);
      assert.deepEqual(result.finalState, expected, 'the same grid as an uninterrupted run');
      assert.equal(result.rounds, 4);
      assert.equal(result.cyclesDone, 40);
      // One transaction: the channel's opening. Nothing at failover.
      assert.equal(await world.client(requesterIndex).public.getTransactionCount({ address: account }), nonceBefore + 1);
      // Paid once per round: 40 cycles' worth in all, on the run's budget too.
      const total = result.paid.reduce((sum, p) => sum + p.amount, 0n);
      assert.equal(total, 40n * TEST_PRICE_PER_CYCLE);
      assert.equal(result.runSpent, 40n * TEST_PRICE_PER_CYCLE);
      assert.deepEqual(progress.map((p) => p.round), [0n, 1n, 2n, 3n], 'each round reported once: none re-run and paid again');
      // Each round names the member that ran it: the executor for rounds 0-2, the standby that took over for round 3.
      assert.deepEqual(progress.map((p) => p.executor), [0, 1, 2, 3].map((r) => (r < paidToExecutor ? executor.url : standbys[0]!.url)));
      const keyFrom = progress.map((p) => p.keyFrom);
      if ((point === 'round-stored' || point === 'pool-acked') && round > 0 && keyFrom[round - 1] === 'pool') {
        // Round 3 ran (and was replicated) ahead of payment 2 and its key row was committed with that
        // payment (one fsync): the kill at its round-stored or pool-acked then came in the same turn as
        // k of round 2 was handed to the socket, before it left, so the requester took k of round 2 from a
        // standby. Had round 3 not been done in time to join the commit, k of round 2 left first.
        keyFrom[round - 1] = 'executor';
      }
      assert.deepEqual(keyFrom, point === 'payment-stored' ? ['executor', 'executor', 'pool', 'executor'] : ['executor', 'executor', 'executor', 'executor']);
      assert.deepEqual(await executor.exited, { code: null, signal: 'SIGKILL' }, 'the executor was killed at that point');
      // Every socket of the session counts in the run's bytes, the killed executor's too: at least what the
      // stored results carried (their state ciphertexts and 64-byte record signatures), and the same in requester.sqlite.
      const carried = requester.store.keyedRounds(runIdOf(job)).reduce((sum, r) => sum + r.stateCiphertext.length + 64, 0);
      assert.ok(result.bytesReceived >= carried + 2 * 64, `bytes received ${result.bytesReceived}, the stored results alone ${carried}`);
      const stored = requester.store.sessionsOfRun(runIdOf(job)).reduce((sum, s) => sum + s.bytesReceived, 0);
      assert.equal(stored, result.bytesReceived);
      // Each member collects exactly the rounds it ran (10 cycles each): member 1 (killed, so by hand here) those before the kill, member 2 the rest.
      const sessionId = result.sessions[0]!.sessionId as `0x${string}`;
      const payees = [1, 2, 3].map((index) => world.devnet.accounts[index]!.address);
      const lane = requester.store.allOpenChannels()[0]!.lane;
      assert.equal(await collectOwn(1, `member-1-${point}-${round}`, sessionId, payees, account, lane), BigInt(paidToExecutor * 10) * TEST_PRICE_PER_CYCLE);
      // The live members' pool collectors collect by themselves (pool-collector.ts); member 3 ran nothing.
      const channelId = requester.store.allOpenChannels()[0]!.channelId;
      await memberCollects(withChannels(world.client(0), pools), channelId, payees[1]!, BigInt((4 - paidToExecutor) * 10) * TEST_PRICE_PER_CYCLE);
      assert.equal(await readMemberCollected(withChannels(world.client(0), pools), channelId, payees[2]!), 0n);
      // After the channel's expiry recovery refunds what the members did not collect, on AirtntPools (issue 12).
      const row = requester.store.channel(channelId)!;
      assert.equal(row.contract, pools);
      const onChain = await readChannel(withChannels(world.client(0), pools), { requester: account, executor: row.executor, token: row.token, lane });
      await increaseTime(world.devnet, onChain.expiry - (await chainNow(world.client(0))) + 1n);
      const recovered = await requester.recover();
      assert.deepEqual([recovered.refunded, recovered.refundsWaiting], [[{ channelId, amount: onChain.deposit - onChain.collected }], []]);
      assert.ok(onChain.deposit - onChain.collected > 0n);
      assert.equal(requester.store.channel(channelId)?.status, 'refunded');
    });
  }
});
