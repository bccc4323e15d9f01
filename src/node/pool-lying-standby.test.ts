/**
 * A pool whose executor dies after a round was paid and before its key, and whose first standby lies:
 * it releases a wrong key (one bit flipped; its misbehaviour is a fault hook, src/node/test-helpers).
 * The requester checks each standby's key against the key hash it paid for, leaves the liar out and
 * takes the key from the next standby, which then continues the run: the run completes, equal to an
 * uninterrupted one, with no round paid twice and no transaction at failover. (Before, the first
 * key answer was taken as it came, and the run stalled with KEY_MISMATCH though an honest member held it.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deployPools } from '../chain/deploy-pools.js';
import type { ExecutorProcess } from './process.js';
import type { RunProgress } from './requester-types.js';
import { crashingAt } from './test-helpers/crashing-process.js';
import { misbehavingExecutor } from './test-helpers/misbehaving-process.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';

let world: TestWorld;
let pools: `0x${string}`;
let members: ExecutorProcess[];

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
  members = await Promise.all([
    world.startExecutor(1, { name: 'member-1', command: crashingAt('payment-stored', 1), args: ['--pools', pools] }),
    world.startExecutor(2, { name: 'member-2-liar', ...misbehavingExecutor('wrong-standby-key'), args: ['--pools', pools] }),
    world.startExecutor(3, { name: 'member-3', args: ['--pools', pools] }),
  ]);
});
after(async () => {
  await world?.close();
});

describe('a pool standby that releases a wrong key', { timeout: 300_000 }, () => {
  it('is left out: the key comes from the next standby, which continues; nothing paid twice', async () => {
    const [executor, liar, honest] = members as [ExecutorProcess, ExecutorProcess, ExecutorProcess];
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [executor.url] });
    const progress: RunProgress[] = [];
    const requester = world.requester(6, { pool: { contract: pools, standbys: [liar.url, honest.url], ackCount: 1, silenceMs: 15_000 }, onProgress: (p) => progress.push(p) });
    const account = world.devnet.accounts[6]!.address;
    const nonceBefore = await world.client(6).public.getTransactionCount({ address: account });
    const result = await requester.run(job);
    assert.deepEqual(result.finalState, expected, 'the same grid as an uninterrupted run');
    assert.equal(result.runSpent, 40n * TEST_PRICE_PER_CYCLE, 'each round paid once');
    assert.deepEqual(progress.map((p) => p.round), [0n, 1n, 2n, 3n], 'each round reported once');
    assert.deepEqual(progress.map((p) => p.keyFrom), ['executor', 'pool', 'executor', 'executor'], 'the paid round 1 key came from a standby');
    // Rounds 0 and 1 on the executor; the liar is left out of the view change, the honest standby runs the rest.
    assert.deepEqual(progress.map((p) => p.executor), [executor.url, executor.url, honest.url, honest.url]);
    assert.equal(await world.client(6).public.getTransactionCount({ address: account }), nonceBefore + 1, 'one transaction: the opening');
    assert.deepEqual(await executor.exited, { code: null, signal: 'SIGKILL' });
    assert.match(liar.log(), /key of round 1 released by standby 1/, 'the liar was asked first, and answered');
  });
});
