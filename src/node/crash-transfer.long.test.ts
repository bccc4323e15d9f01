/**
 * An executor SIGKILLed mid-run (killed after round 2, racing its payment and its key): the run continues
 * on another executor from the last paid state, waits for a paid round's key rather than pay it again, and
 * ends bit-identical. Real processes on a real devnet; npm run test:long (npm test has transfers after
 * SIGKILL in the demo's and run wasm's tests).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { zeroAddress } from 'viem';
import { chainNow, increaseTime, readChannel } from '../chain/index.js';
import type { ExecutorProcess } from './process.js';
import { eventually, lifeJob, startTestWorld, type TestWorld } from './testing.js';

let world: TestWorld;
let honest: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  honest = await world.startExecutor(2);
});
after(async () => {
  await world.close();
});

describe('crash and transfer', () => {
  it('transfer: executor 1 SIGKILLed mid-run, the run continues on executor 2 and ends bit-identical', async () => {
    const firstAs = { index: 3, options: {} };
    const first = await world.startExecutor(firstAs.index, firstAs.options);
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 50, perRound: 10, executors: [first.url, honest.url] });
    let killed: Promise<void> | undefined;
    // Killed after being paid for a round whose key it had not sent yet, it can still collect that
    // payment: the requester waits for it rather than pay the round again, and it comes back.
    let back: Promise<ExecutorProcess> | undefined;
    const requester = world.requester(7, {
      timeouts: { keyMs: 3_000, keyFromChainMs: 5_000, resultMs: 20_000, withheldKeyPollMs: 200 },
      onProgress: (progress) => {
        if (progress.rounds === 2 && killed === undefined) killed = first.kill();
      },
      onWait: (wait) =>
        void (back ??= killed!.then(async () => {
          const again = await world.startExecutor(firstAs.index, firstAs.options);
          void expireIfNeverStored(wait);
          return again;
        })),
    });
    // Killed before it stored the payment (the kill races the round), the executor can never collect
    // it, and the requester rightly waits until the channel's deadline: once the restarted executor
    // had the time to collect what it did store, the chain's clock is moved past that deadline (as the
    // hour would pass) and the run continues elsewhere, the round paid once.
    const expireIfNeverStored = async (wait: { channelId: `0x${string}`; amount: bigint; until: bigint }) => {
      const lane = requester.store.channel(wait.channelId)!.lane;
      const ref = { requester: world.devnet.accounts[7]!.address, executor: world.devnet.accounts[firstAs.index]!.address, token: zeroAddress, lane };
      const collectedInTime = await eventually(async () => ((await readChannel(world.client(1), ref)).collected >= wait.amount ? true : undefined), 20_000, 'the restarted executor to collect').catch(() => false);
      if (!collectedInTime) await increaseTime(world.devnet, Number(wait.until - (await chainNow(world.client(1)))) + 60);
    };
    const result = await requester.run(job);
    await killed;
    await back;
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.transfers, 1);
    assert.equal(result.sessions[0]?.url, first.url);
    assert.equal(result.sessions[1]?.url, honest.url);
    assert.ok([2n, 3n].includes(result.sessions[1]!.firstRound), `continued from round ${result.sessions[1]!.firstRound}`);
    assert.equal(result.rounds, 5);
  });
});
