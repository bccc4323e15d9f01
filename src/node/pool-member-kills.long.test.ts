/**
 * Pool members SIGKILLed mid-run on real processes (docs/protocol.md, "The pool"): (1) a standby:
 * the executor goes on with the acks of the standby left (ackCount 1 of 2), nobody fails over;
 * (2) the executor and the first standby at once: the requester's view change names the first
 * standby, finds it dead too, and names the last member in the next view, which continues alone
 * from its replica of the last paid round (ackCount capped at the 0 standbys left). Either way the
 * grid equals an uninterrupted run, each round is paid once, and no transaction is sent.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deployPools } from '../chain/deploy-pools.js';
import type { ExecutorProcess } from './process.js';
import type { RunProgress } from './requester-types.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';

let world: TestWorld;
let pools: `0x${string}`;

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
});
after(async () => {
  await world?.close();
});

/** A fresh pool of 3 (payees: accounts 1, 2, 3) named after the case. */
async function poolOf3(tag: string): Promise<ExecutorProcess[]> {
  const args = ['--pools', pools];
  return [await world.startExecutor(1, { name: `${tag}-1`, args }), await world.startExecutor(2, { name: `${tag}-2`, args }), await world.startExecutor(3, { name: `${tag}-3`, args })];
}

/** Runs 4 rounds of 10 cycles on `members`, SIGKILLing `kill(members)` once round 1 is done; checks what every pool run must hold. */
async function runKilling(requesterIndex: number, members: ExecutorProcess[], kill: (members: ExecutorProcess[]) => ExecutorProcess[]): Promise<{ progress: RunProgress[]; logs: string[] }> {
  const [executor, ...standbys] = members as [ExecutorProcess, ...ExecutorProcess[]];
  const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [executor.url] });
  const progress: RunProgress[] = [];
  const logs: string[] = [];
  const killed: Promise<unknown>[] = [];
  const requester = world.requester(requesterIndex, {
    pool: { contract: pools, standbys: standbys.map((s) => s.url), ackCount: 1, silenceMs: 15_000 },
    log: (line) => logs.push(line),
    onProgress: (p) => {
      progress.push(p);
      if (p.round === 1n) for (const member of kill(members)) killed.push(member.kill());
    },
  });
  const account = world.devnet.accounts[requesterIndex]!.address;
  const nonceBefore = await world.client(requesterIndex).public.getTransactionCount({ address: account });
  const result = await requester.run(job);
  await Promise.all(killed);
  assert.equal(killed.length, kill(members).length, 'the members were killed');
  assert.deepEqual(result.finalState, expected, 'the same grid as an uninterrupted run');
  assert.equal(result.rounds, 4);
  assert.equal(await world.client(requesterIndex).public.getTransactionCount({ address: account }), nonceBefore + 1, 'one transaction: the channel\'s opening');
  assert.equal(result.paid.reduce((sum, p) => sum + p.amount, 0n), 40n * TEST_PRICE_PER_CYCLE, 'each round paid once');
  assert.equal(result.runSpent, 40n * TEST_PRICE_PER_CYCLE);
  assert.deepEqual(progress.map((p) => p.round), [0n, 1n, 2n, 3n], 'each round reported once');
  return { progress, logs };
}

describe('pool members SIGKILLed mid-run', { timeout: 600_000 }, () => {
  it('a standby: the executor goes on with the other standby\'s acks; no view change', async () => {
    const members = await poolOf3('standby-kill');
    const { progress, logs } = await runKilling(6, members, ([, , last]) => [last!]);
    assert.deepEqual(progress.map((p) => p.executor), Array<string>(4).fill(members[0]!.url), 'every round on the executor');
    assert.ok(!logs.some((line) => line.includes('view change')), logs.join('\n'));
    assert.ok(progress.every((p) => p.keyFrom === 'executor'));
  });

  it('the executor and the first standby at once: the last standby continues alone in view 2', async () => {
    const members = await poolOf3('two-kill');
    const { progress } = await runKilling(7, members, ([first, second]) => [first!, second!]);
    const ranOnExecutor = progress.filter((p) => p.executor === members[0]!.url).length;
    assert.ok(ranOnExecutor >= 2 && ranOnExecutor < 4, `the executor ran rounds 0..${ranOnExecutor - 1}`);
    assert.deepEqual(progress.map((p) => p.executor), [...Array<string>(ranOnExecutor).fill(members[0]!.url), ...Array<string>(4 - ranOnExecutor).fill(members[2]!.url)]);
  });
});
