/**
 * Pool failover without a closed socket: the view-0 executor is alive, its socket open, and silent
 * to the requester. (1) Split brain: a relay the test controls stops forwarding requester <->
 * executor while the executor keeps its pool links to the standbys. (2) The executor process is
 * paused (SIGSTOP). Either way the requester's heartbeat (pool.silenceMs) takes the executor as
 * down, signs view 1, and a standby continues from its replica of the last paid round: the grid
 * equals an uninterrupted run, no round is paid twice, no transaction is sent, and each member
 * collects exactly the rounds it ran. The old view's executor ran (and had acked, in view 0) a round
 * after the last paid one: nobody paid it, and the standbys now hold view 1, so no replica or
 * payment of view 0 is taken again (the view rule, src/protocol/pool-rules.ts).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { withChannels } from '../chain/client.js';
import { deployPools } from '../chain/deploy-pools.js';
import { readMemberCollected } from '../chain/read-member-collected.js';
import type { ExecutorProcess } from './process.js';
import { PoolStore } from './pool-store.js';
import type { RunProgress } from './requester-types.js';
import { memberCollects } from './test-helpers/member-collected.js';
import { startPartitionProxy } from './test-helpers/partition-proxy.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';

/** Generous for a loaded 2-core machine; the documented default is POOL_SILENCE_MS. */
const SILENCE_MS = 5_000;

let world: TestWorld;
let pools: `0x${string}`;
let standbys: ExecutorProcess[];

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
  standbys = [await world.startExecutor(2, { name: 'member-2', args: ['--pools', pools] }), await world.startExecutor(3, { name: 'member-3', args: ['--pools', pools] })];
});
after(async () => {
  await world?.close();
});

function withPool<T>(dataDir: string, use: (store: PoolStore) => T): T {
  const store = PoolStore.open(join(world.dir, dataDir, 'pool.sqlite'));
  try {
    return use(store);
  } finally {
    store.close();
  }
}

describe('pool failover on a silent executor (partition, pause)', { timeout: 600_000 }, () => {
  for (const [how, requesterIndex] of [
    ['partitioned from the requester only (split brain)', 6],
    ['paused with SIGSTOP', 7],
  ] as const) {
    it(`executor ${how} after round 1: the heartbeat fails it over, nothing paid twice, no transaction, each member collects its own rounds`, async () => {
      const name = `member-1-${requesterIndex}`;
      const executor = await world.startExecutor(1, { name, args: ['--pools', pools] });
      const proxy = requesterIndex === 6 ? await startPartitionProxy(executor.url) : undefined;
      const executorUrl = proxy?.url ?? executor.url;
      let stopped = false;
      try {
        const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [executorUrl] });
        const progress: RunProgress[] = [];
        let silentAt = 0;
        const logs: string[] = [];
        const requester = world.requester(requesterIndex, {
          // The result's own timeout far above the silence limit: only the heartbeat can fail the executor over in time.
          timeouts: { resultMs: 300_000 },
          log: (line) => logs.push(line),
          pool: { contract: pools, standbys: standbys.map((s) => s.url), ackCount: 1, silenceMs: SILENCE_MS },
          onProgress: (p) => {
            progress.push(p);
            if (p.round !== 1n) return;
            silentAt = Date.now();
            if (proxy !== undefined) proxy.cut();
            else stopped = executor.child.kill('SIGSTOP');
          },
        });
        const account = world.devnet.accounts[requesterIndex]!.address;
        const nonceBefore = await world.client(requesterIndex).public.getTransactionCount({ address: account });
        const result = await requester.run(job);
        const failoverMs = Date.now() - silentAt;
        assert.ok(proxy?.isCut ?? stopped, 'the executor was made silent');
        assert.ok(logs.some((line) => line.includes('sent neither a frame nor a pong')), `the heartbeat took the executor as down:\n${logs.join('\n')}`);
        assert.deepEqual(result.finalState, expected, 'the same grid as an uninterrupted run');
        assert.equal(result.rounds, 4);
        // One transaction: the channel's opening. Nothing at failover.
        assert.equal(await world.client(requesterIndex).public.getTransactionCount({ address: account }), nonceBefore + 1);
        const total = result.paid.reduce((sum, p) => sum + p.amount, 0n);
        assert.equal(total, 40n * TEST_PRICE_PER_CYCLE, 'each round paid once');
        assert.equal(result.runSpent, 40n * TEST_PRICE_PER_CYCLE);
        assert.deepEqual(progress.map((p) => p.round), [0n, 1n, 2n, 3n], 'each round reported once: none re-run and paid again');
        // Rounds 0-1 (at least) ran on the silent executor, the rest on the first standby: never the old view after the new.
        const ranOnExecutor = progress.filter((p) => p.executor === executorUrl).length;
        assert.ok(ranOnExecutor >= 2 && ranOnExecutor < 4, `the executor ran rounds 0..${ranOnExecutor - 1}`);
        assert.deepEqual(progress.map((p) => p.executor), [...Array<string>(ranOnExecutor).fill(executorUrl), ...Array<string>(4 - ranOnExecutor).fill(standbys[0]!.url)]);
        // Both standbys moved to view 1 (member 2 its executor): a view-0 replica or payment is refused from then on.
        const sessionId = result.sessions[0]!.sessionId as `0x${string}`;
        assert.deepEqual(withPool('member-2', (store) => store.view(sessionId))?.view, 1);
        assert.deepEqual(withPool('member-3', (store) => store.view(sessionId))?.view, 1);
        // Each member collects exactly the rounds it ran; the silent executor holds no payment for a later round.
        const payees = [1, 2, 3].map((index) => world.devnet.accounts[index]!.address);
        const channelId = requester.store.allOpenChannels()[0]!.channelId;
        const paidRounds = withPool(name, (store) => store.ownRounds(sessionId).filter((round) => round.payment !== undefined).map((round) => round.round));
        // Its own rounds only. The last one it ran may have been paid to it through a standby instead: its
        // result left with the key of the round before (replicated and acked ahead), and the payment went
        // to a standby for its key once the executor was silent; the executor is handed that payment (pool-handover.ts).
        const ownRounds = Array.from({ length: ranOnExecutor }, (_, i) => BigInt(i));
        assert.ok([ownRounds, ownRounds.slice(0, -1)].some((expected) => JSON.stringify(expected.map(String)) === JSON.stringify(paidRounds.map(String))), `the old view's executor holds payments for its own rounds only: ${paidRounds.join(', ')} of ${ownRounds.join(', ')}`);
        if (stopped) {
          executor.child.kill('SIGCONT');
          stopped = false;
        }
        // Each member's own pool collector collects it (pool-collector.ts); member 3 ran nothing.
        const reader = withChannels(world.client(0), pools);
        await memberCollects(reader, channelId, payees[0]!, BigInt(ranOnExecutor * 10) * TEST_PRICE_PER_CYCLE);
        await memberCollects(reader, channelId, payees[1]!, BigInt((4 - ranOnExecutor) * 10) * TEST_PRICE_PER_CYCLE);
        assert.equal(await readMemberCollected(reader, channelId, payees[2]!), 0n);
        console.log(`# ${how}: failover done ${failoverMs} ms after the executor went silent (silence limit ${SILENCE_MS} ms, includes rounds 2-3)`);
      } finally {
        if (stopped) executor.child.kill('SIGCONT');
        await proxy?.close();
        await executor.kill();
      }
    });
  }
});
