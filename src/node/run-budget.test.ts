/**
 * --max-spend is the run's budget, not one invocation's (real executor processes, a real devnet, and
 * the CLI as a process): what a run signed away is counted in its store when each payment is stored,
 * so resuming the run (in-process or with `airtnt run life`) never takes it past its budget; naming a
 * larger budget raises it.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readChannel } from '../chain/index.js';
import { isAirtntError } from '../util/errors.js';
import { runCli, type ExecutorProcess } from './process.js';
import { runIdOf, type Requester } from './requester.js';
import { eventually, GLIDER_GUN_RLE, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { misbehavingExecutor } from './test-helpers/misbehaving-process.js';

let world: TestWorld;
let honest: ExecutorProcess;
let replaying: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  [honest, replaying] = await Promise.all([world.startExecutor(1), world.startExecutor(2, misbehavingExecutor('replay-record', 2))]);
});
after(async () => {
  await world.close();
});

const REQUESTER = 3;

async function collectedByAll(requester: Requester): Promise<bigint> {
  let total = 0n;
  for (const c of requester.store.allOpenChannels()) {
    total += (await readChannel(world.client(REQUESTER), { requester: c.requester, executor: c.executor, token: c.token, lane: c.lane })).collected;
  }
  return total;
}

async function transactionCount(): Promise<number> {
  const chain = world.client(REQUESTER);
  return chain.public.getTransactionCount({ address: chain.account.address });
}

describe('the run budget spans invocations', () => {
  it('a resumed invocation spends only what is left of the run\'s --max-spend; the CLI honours it too; a larger budget raises it', async () => {
    const budget = 25n * TEST_PRICE_PER_CYCLE;
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [replaying.url] });
    const runId = runIdOf(job);

    // 1. Rounds 0 and 1 are paid (20 cycles), then the executor replays a result: the run stops.
    const first = world.requester(REQUESTER, { name: 'budget', maxSpend: budget });
    await assert.rejects(first.run(job), (error) => isAirtntError(error, 'RUN_STALLED'));
    first.close();

    // 2. Resumed on an honest executor with the same --max-spend: 5 cycles are left in the budget.
    const second = world.requester(REQUESTER, { name: 'budget', maxSpend: budget });
    await assert.rejects(second.run({ ...job, executors: [honest.url] }), (error) => isAirtntError(error, 'SPEND_LIMIT_REACHED'));
    assert.deepEqual(second.store.keyedRounds(runId).map((r) => [r.round, r.cyclesAsked]), [[0n, 10], [1n, 10], [2n, 5]]);
    await eventually(async () => ((await collectedByAll(second)) === budget ? true : undefined), 30_000, 'collection of the budget');
    assert.equal(second.store.run(runId)!.spent, budget);
    second.close();

    // 3. The CLI on the same data dir and run, naming no budget: the stored one holds, nothing is sent.
    const sent = await transactionCount();
    const pattern = join(world.dir, 'gun.rle');
    writeFileSync(pattern, GLIDER_GUN_RLE);
    const cli = await runCli(
      ['run', 'life', '--pattern', pattern, '--width', '40', '--height', '20', '--cycles', '40', '--per-round', '10', '--executor', honest.url, '--out', join(world.dir, 'out.rle'),
        '--allow-simulated', '--data-dir', join(world.dir, 'budget'), '--rpc-url', world.devnet.rpcUrl, '--channels', world.devnet.channels],
      { env: { AIRTNT_PRIVATE_KEY: world.devnet.accounts[REQUESTER]!.privateKey } },
    );
    assert.equal(cli.code, 1, cli.stderr);
    assert.match(cli.stderr, /the run has spent 0\.000000000000025 ETH \(25000 wei\) of its budget of 0\.000000000000025 ETH/);
    assert.equal(await transactionCount(), sent, 'no transaction: nothing was paid or deposited');

    // 4. A larger budget, named: the run finishes, and its total is what it used.
    const fourth = world.requester(REQUESTER, { name: 'budget', maxSpend: 40n * TEST_PRICE_PER_CYCLE });
    const result = await fourth.run({ ...job, executors: [honest.url] });
    assert.deepEqual(result.finalState, expected);
    // The result says which part this call covers: from round 3 (rounds 0-2 were paid before) to the whole run's last.
    assert.equal(result.resumedFromRound, 3);
    assert.equal(result.rounds, fourth.store.keyedRounds(runId).length);
    assert.equal(result.runSpent, 40n * TEST_PRICE_PER_CYCLE);
    assert.equal(result.maxSpend, 40n * TEST_PRICE_PER_CYCLE);
    await eventually(async () => ((await collectedByAll(fourth)) === 40n * TEST_PRICE_PER_CYCLE ? true : undefined), 30_000, 'collection of the run');
  });
});
