/**
 * Chain faults during paid runs: a real executor process and a real requester, each on its own
 * JSON-RPC proxy in front of one devnet (src/chain/test-helpers/rpc-proxy.ts). The requester's RPC
 * down at the start: the run fails with a clear error and, once the RPC is back, runs. The
 * executor's RPC cut mid-run: the run ends, the executor says what waits for the chain, and once the
 * RPC is back it collects every round; nothing is lost or paid twice. A slow, rate-limiting RPC is
 * chain-faults-slow.long.test.ts (`npm run test:long`: it takes a minute on this machine).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { zeroAddress } from 'viem';
import { createChainClient, readChannel } from '../chain/index.js';
import { startRpcProxy, type RpcProxy } from '../chain/test-helpers/rpc-proxy.js';
import { isAirtntError } from '../util/errors.js';
import type { ExecutorProcess } from './process.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';

let world: TestWorld;
let executorRpc: RpcProxy;
let requesterRpc: RpcProxy;
let executor: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  executorRpc = await startRpcProxy(world.devnet.rpcUrl);
  requesterRpc = await startRpcProxy(world.devnet.rpcUrl);
  executor = await world.startExecutor(2, { rpcUrl: executorRpc.url });
});
after(async () => {
  await world?.close();
  await executorRpc?.close();
  await requesterRpc?.close();
});

const REQUESTER = 5;

async function collected(requester = REQUESTER): Promise<bigint> {
  const ref = { requester: world.devnet.accounts[requester]!.address, executor: world.devnet.accounts[2]!.address, token: zeroAddress, lane: 0n };
  return (await readChannel(world.client(1), ref)).collected;
}

describe('paid runs through chain faults', () => {
  it('requester RPC down, then the executor RPC cut mid-run: a clear error, a resumed run, every round collected once the RPC is back', { timeout: 300_000 }, async () => {
    const chain = createChainClient({ rpcUrl: requesterRpc.url, privateKey: world.devnet.accounts[REQUESTER]!.privateKey, channels: world.devnet.channels, chainId: world.devnet.chainId });
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [executor.url] });

    requesterRpc.faults.down = 'refuse';
    const down = world.requester(REQUESTER, { chain });
    let failure: unknown;
    await down.run(job).catch((error: unknown) => (failure = error));
    assert.ok(isAirtntError(failure), String(failure));
    const codes = [failure.code, (failure.details as { lastCode?: string } | undefined)?.lastCode];
    assert.ok(codes.includes('RPC_UNREACHABLE'), `${failure.code}: ${failure.message}`);
    down.close();

    requesterRpc.faults.down = 'up';
    let cut = false;
    const requester = world.requester(REQUESTER, {
      chain,
      name: 'requester-resumed',
      onProgress: (progress) => {
        // After the first paid round the executor's RPC goes: the rest of the run needs none of it.
        if (progress.rounds >= 1 && !cut) {
          cut = true;
          executorRpc.faults.down = 'refuse';
        }
      },
    });
    const result = await requester.run(job);
    assert.ok(cut);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.rounds, 4);
    // The sessions ended; the collector wants the chain and says so (once, not at every pass).
    await eventually(async () => (/collector: waiting for the chain/.test(executor.log()) ? true : undefined), 60_000, 'the executor saying it waits for the chain');
    assert.match(executor.log(), /channel\(s\) with payments to collect/);
    const failedWhileDown = executorRpc.failed;
    await eventually(async () => (executorRpc.failed > failedWhileDown ? true : undefined), 60_000, 'the collector retrying');
    assert.equal((executor.log().match(/collector: waiting for the chain/g) ?? []).length, 1, executor.log());
    assert.equal(await collected(), 0n, 'nothing collected while its RPC is down');

    executorRpc.faults.down = 'up';
    await eventually(async () => ((await collected()) === 40n * TEST_PRICE_PER_CYCLE ? true : undefined), 90_000, 'every round collected');
    // Said when the pass that collected ends (a moment after the chain shows the collects).
    await eventually(async () => (/collector: the chain answers again/.test(executor.log()) ? true : undefined), 60_000, 'the executor saying the chain answers again');
    requester.close();
  });
});
