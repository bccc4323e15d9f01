/**
 * A slow, rate-limiting chain during a paid run: a real executor process behind a JSON-RPC proxy
 * (src/chain/test-helpers/rpc-proxy.ts) that from the second round answers in 1-3 s and refuses one
 * request in five. The run ends and every round is collected, once. In `npm run test:long` (most of
 * a minute); the RPC-down cases are in chain-faults-run.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { zeroAddress } from 'viem';
import { readChannel } from '../chain/index.js';
import { startRpcProxy, type RpcProxy } from '../chain/test-helpers/rpc-proxy.js';
import type { ExecutorProcess } from './process.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';

let world: TestWorld;
let executorRpc: RpcProxy;
let executor: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  executorRpc = await startRpcProxy(world.devnet.rpcUrl);
  executor = await world.startExecutor(2, { rpcUrl: executorRpc.url });
});
after(async () => {
  await world?.close();
  await executorRpc?.close();
});

async function collected(requester: number): Promise<bigint> {
  const ref = { requester: world.devnet.accounts[requester]!.address, executor: world.devnet.accounts[2]!.address, token: zeroAddress, lane: 0n };
  return (await readChannel(world.client(1), ref)).collected;
}

describe('a paid run through a slow chain', () => {
  it('executor RPC slow (1-3 s an answer) and rate-limiting from mid-run: the run ends, every round is collected once', { timeout: 300_000 }, async () => {
    const index = 6;
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [executor.url] });
    let slowed = false;
    const requester = world.requester(index, {
      onProgress: (progress) => {
        if (progress.rounds >= 1 && !slowed) {
          slowed = true;
          executorRpc.faults.delayMs = [1_000, 3_000];
          executorRpc.faults.errors = { every: 5, kind: 'rate-limit' };
        }
      },
    });
    const failedBefore = executorRpc.failed;
    const result = await requester.run(job);
    assert.ok(slowed);
    assert.deepEqual(result.finalState, expected);
    await eventually(async () => ((await collected(index)) === 40n * TEST_PRICE_PER_CYCLE ? true : undefined), 240_000, 'every round collected through the slow RPC');
    assert.ok(executorRpc.failed > failedBefore, 'some requests were refused');
    executorRpc.faults.delayMs = undefined;
    executorRpc.faults.errors = undefined;
    requester.close();
  });
});
