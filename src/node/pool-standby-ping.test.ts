/**
 * Standby pings on real processes (anvil, executor processes, SIGSTOP): the first standby is paused
 * after round 0 (alive, its socket open, silent), the executor after round 1. The requester's pings
 * find the standby dead within standbySilenceMs and report it (log and failures, POOL_STANDBY_DEAD);
 * when the executor goes silent, the view change skips the dead standby and names the last member
 * in view 1 (without pings: view 1 named the paused standby and only view 2, a silence later, ran).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deployPools } from '../chain/deploy-pools.js';
import type { ExecutorProcess } from './process.js';
import type { RunProgress } from './requester-types.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';

/** Far apart, so that the standby is found dead long before the executor's silence ends (a loaded 2-core machine). */
const STANDBY_SILENCE_MS = 1_000;
const SILENCE_MS = 6_000;

let world: TestWorld;
let pools: `0x${string}`;

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
});
after(async () => {
  await world?.close();
});

describe('pool standby pings', { timeout: 300_000 }, () => {
  it('a silent standby is reported dead and the view change skips it', async () => {
    const args = ['--pools', pools];
    const members = await Promise.all([world.startExecutor(1, { name: 'ping-1', args }), world.startExecutor(2, { name: 'ping-2', args }), world.startExecutor(3, { name: 'ping-3', args })]);
    const [executor, first, last] = members as [ExecutorProcess, ExecutorProcess, ExecutorProcess];
    const stopped: ExecutorProcess[] = [];
    try {
      const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [executor.url] });
      const progress: RunProgress[] = [];
      const logs: string[] = [];
      const requester = world.requester(6, {
        timeouts: { resultMs: 300_000 },
        log: (line) => logs.push(line),
        pool: { contract: pools, standbys: [first.url, last.url], ackCount: 1, silenceMs: SILENCE_MS, standbySilenceMs: STANDBY_SILENCE_MS },
        onProgress: (p) => {
          progress.push(p);
          const target = p.round === 0n ? first : p.round === 1n ? executor : undefined;
          if (target !== undefined && target.child.kill('SIGSTOP')) stopped.push(target);
        },
      });
      const result = await requester.run(job);
      assert.equal(stopped.length, 2, 'the first standby and the executor were paused');
      assert.deepEqual(result.finalState, expected);
      assert.equal(result.paid.reduce((sum, p) => sum + p.amount, 0n), 40n * TEST_PRICE_PER_CYCLE, 'each round paid once');
      const dead = result.failures.filter((f) => f.code === 'POOL_STANDBY_DEAD');
      assert.deepEqual(dead.map((f) => f.url), [first.url], JSON.stringify(result.failures));
      assert.ok(logs.some((line) => line.includes('POOL_STANDBY_DEAD') && line.includes(first.url)), logs.join('\n'));
      // The view change named the last member at once: view 1 ran the rest there, no view on the paused standby.
      assert.deepEqual(result.sessions.map((s) => [s.view, s.url]), [[0, executor.url], [1, last.url]], JSON.stringify(result.sessions.map((s) => [s.view, s.url, s.endReason])));
      // Rounds 0-1 on the executor, and round 2 too when its result (run and replicated ahead of payment 1) left
      // with the key of round 1, before the pause: then its key came from the last member, which ran round 3.
      const ranOnExecutor = progress.filter((p) => p.executor === executor.url).length;
      assert.ok(ranOnExecutor === 2 || ranOnExecutor === 3, `the executor ran rounds 0..${ranOnExecutor - 1}`);
      assert.deepEqual(progress.map((p) => p.executor), [...Array<string>(ranOnExecutor).fill(executor.url), ...Array<string>(4 - ranOnExecutor).fill(last.url)]);
    } finally {
      for (const member of stopped) member.child.kill('SIGCONT');
    }
  });
});
