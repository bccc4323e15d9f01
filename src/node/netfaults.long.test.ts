/**
 * Network faults between hosts (Linux, root): each executor is a real process in its own network
 * namespace (src/bench/netns.ts), the requester and anvil stay in the root namespace. With delay
 * and loss a paid run completes; an executor partitioned mid-run is failed over from without paying a
 * round twice, and collects what it was paid once healed; a partition between a payment and its key
 * pays no round twice (the key comes from the chain). The moments are picked by events and fault
 * hooks, never by timing. Fails (does not skip) where namespaces cannot be created.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readChannel } from '../chain/index.js';
import type { ExecutorProcess } from './process.js';
import { runIdOf, type Requester } from './requester.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { misbehavingExecutor } from './test-helpers/misbehaving-process.js';
import { createHosts, kernelHasNetem, type Hosts } from '../bench/netns.js';

let world: TestWorld;
let net: Hosts;

before(async () => {
  world = await startTestWorld();
  net = await createHosts(3, world.devnet.rpcUrl);
});
after(async () => {
  await net?.teardown();
  await world?.close();
});

/** An executor (devnet account `index`) listening on host `host`'s namespace address. */
function startIn(host: number, index: number, options: { name?: string; command?: string[] } = {}): Promise<ExecutorProcess> {
  const h = net.hosts[host]!;
  const command = options.command === undefined ? h.command : ['ip', 'netns', 'exec', h.name, ...options.command];
  return world.startExecutor(index, { name: options.name, command, rpcUrl: h.rpcUrl, args: ['--host', h.address] });
}

function paymentsPerRound(requester: Requester, runId: string): [number, number][] {
  const rows = requester.store.db.prepare('SELECT round, COUNT(*) AS n FROM rounds WHERE run_id = ? GROUP BY round ORDER BY round').all(runId) as { round: number; n: number }[];
  return rows.map((r) => [r.round, r.n]);
}

async function collectedByAll(requester: Requester, index: number): Promise<bigint> {
  let total = 0n;
  for (const c of requester.store.allOpenChannels()) {
    total += (await readChannel(world.client(index), { requester: c.requester, executor: c.executor, token: c.token, lane: c.lane })).collected;
  }
  return total;
}

const FAST = { keyMs: 2_000, keyFromChainMs: 300, resultMs: 3_000, withheldKeyPollMs: 200 };

describe('network faults between hosts', () => {
  it('a partitioned executor mid-run: the run fails over, no round is paid twice, and once healed it collects what it was paid', async () => {
    const first = await startIn(0, 1);
    const second = await startIn(1, 2);
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 50, perRound: 10, executors: [first.url, second.url] });
    let cut: Promise<void> | undefined;
    let healed: Promise<void> | undefined;
    const heal = () => (healed ??= (cut ?? Promise.resolve()).then(() => net.heal(0)));
    const requester = world.requester(3, {
      timeouts: FAST,
      onProgress: (progress) => {
        if (progress.rounds === 2) cut ??= net.partition(0);
      },
      // A round paid to the partitioned executor whose key did not come: it can still collect it, so
      // the requester waits for the chain; the network heals meanwhile.
      onWait: () => void heal(),
    });
    const result = await requester.run(job);
    assert.ok(cut !== undefined, 'the partition happened');
    await heal();
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.transfers, 1);
    assert.equal(result.sessions[0]?.url, first.url);
    assert.equal(result.sessions[1]?.url, second.url);
    assert.deepEqual(paymentsPerRound(requester, runIdOf(job)), [[0, 1], [1, 1], [2, 1], [3, 1], [4, 1]], 'each round paid once');
    assert.equal(result.runSpent, 50n * TEST_PRICE_PER_CYCLE);
    // Both executors collect everything they were paid, the healed one included, and nothing more.
    await eventually(async () => ((await collectedByAll(requester, 3)) === result.runSpent ? true : undefined), 60_000, 'collection of the whole run');
  });

  it('a partition between a payment and its key: the requester waits for that key (from the chain, or from the healed executor), no round is paid twice', async () => {
    const cutting = await startIn(2, 4, misbehavingExecutor('cut-network-after-payment', 1));
    const honest = await startIn(1, 5);
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [cutting.url, honest.url] });
    let healed: Promise<void> | undefined;
    const requester = world.requester(6, { timeouts: FAST, onWait: () => void (healed ??= net.heal(2)) });
    const result = await requester.run(job);
    assert.ok(healed !== undefined, 'the requester waited for the paid round instead of paying it again');
    await healed;
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.waits[0]?.round, 1n);
    // Once healed, the executor both collects (k on chain) and answers GET /v1/keys: whichever the requester reads first.
    assert.ok(['key-on-chain', 'key-from-executor'].includes(result.waits[0]?.outcome ?? ''), `outcome ${result.waits[0]?.outcome}`);
    assert.equal(result.sessions[1]?.firstRound, 2n);
    assert.deepEqual(paymentsPerRound(requester, runIdOf(job)), [[0, 1], [1, 1], [2, 1], [3, 1]], 'each round paid once');
    await eventually(async () => ((await collectedByAll(requester, 6)) === 40n * TEST_PRICE_PER_CYCLE ? true : undefined), 60_000, 'collection of the whole run');
  });

  // Kernel netem where the kernel has it; elsewhere the same delay and loss in a user-space relay.
  it('50 ms ± 10 ms delay and 2% loss: a paid run completes and equals the reference', async (t) => {
    const impairment = { delayMs: 50, jitterMs: 10, lossPercent: 2 };
    const netem = await kernelHasNetem();
    t.diagnostic(netem ? 'delay and loss by tc netem' : 'no netem in this kernel: delay and loss by the user-space shaping relay');
    if (netem) await net.netem(1, impairment);
    try {
      const executor = await startIn(1, 7);
      const url = netem ? executor.url : await net.shapedUrl(1, executor.url, impairment);
      const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 30, perRound: 10, executors: [url] });
      const requester = world.requester(8, { timeouts: { keyMs: 10_000, keyFromChainMs: 5_000, resultMs: 20_000 } });
      const result = await requester.run(job);
      assert.deepEqual(result.finalState, expected);
      assert.equal(result.transfers, 0);
      assert.deepEqual(paymentsPerRound(requester, runIdOf(job)), [[0, 1], [1, 1], [2, 1]]);
      // Every round crossed the delay at least twice (request and result), so the impairment was on the path.
      for (const ms of result.timings.roundMs) assert.ok(ms >= 2 * (impairment.delayMs - impairment.jitterMs), `a round took ${ms} ms`);
    } finally {
      await net.clearNetem(1);
    }
  });
});
