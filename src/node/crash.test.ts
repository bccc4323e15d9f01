/**
 * Crashes on real processes and a real devnet: kill -9 of the executor between storing a payment and
 * releasing its key, and kill -9 of the requester right after paying. Nothing paid is lost and every
 * final grid equals an uninterrupted run. An executor killed mid-run whose run continues on another
 * executor: crash-transfer.long.test.ts (npm run test:long; npm test has the same transfer in the demo's
 * and run wasm's SIGKILL tests).
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { zeroAddress } from 'viem';
import { readChannel } from '../chain/index.js';
import { encodeLifeState, parsePatternFile } from '../functions/life.js';
import { runCli, type ExecutorProcess } from './process.js';
import { eventually, GLIDER_GUN_RLE, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { misbehavingExecutor, misbehavingRequester } from './test-helpers/misbehaving-process.js';

let world: TestWorld;
/**
 * The honest executor the requester test runs against: the first test's executor once restarted (a
 * plain CLI again, on its own account and data directory), or one started for it when that test did
 * not run (one executor process fewer to start).
 */
let honest: { process: ExecutorProcess; index: number } | undefined;

before(async () => {
  world = await startTestWorld();
});
after(async () => {
  await world.close();
});

async function collectedOn(requesterIndex: number, executorIndex: number, lane = 0n): Promise<bigint> {
  const ref = { requester: world.devnet.accounts[requesterIndex]!.address, executor: world.devnet.accounts[executorIndex]!.address, token: zeroAddress, lane };
  return (await readChannel(world.client(requesterIndex), ref)).collected;
}

describe('crashes', () => {
  it('executor killed between storing a payment and releasing k: after restart it collects, and the requester gets k from the chain', async () => {
    const crashing = await world.startExecutor(1, { name: 'crashing', ...misbehavingExecutor('crash-after-payment', 1) });
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [crashing.url] });
    const requester = world.requester(5, { timeouts: { keyMs: 2_000, keyFromChainMs: 300 } });
    await assert.rejects(requester.run(job), (error: Error & { details?: { lastCode?: string } }) => error.details?.lastCode === 'KEY_WITHHELD');
    assert.equal((await crashing.exited).signal, 'SIGKILL');
    // Same account, same data dir, no switch: on start it collects what it was paid (rounds 0 and 1).
    const restarted = await world.startExecutor(1, { name: 'crashing' });
    honest = { process: restarted, index: 1 };
    await eventually(async () => ((await collectedOn(5, 1)) === 20n * TEST_PRICE_PER_CYCLE ? true : undefined), 15_000, 'collection after restart');
    const result = await requester.run({ ...job, executors: [restarted.url] });
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.sessions[0]?.firstRound, 2n, 'round 1 was recovered from the chain, not paid again');
    // Round 2 ran while payment 1 was checked and its key was committed with that payment, so lane 0
    // owes the executor round 2 (its result never left): the resumed run pays rounds 2 and 3 on lane 1.
    const onBothLanes = async () => (await collectedOn(5, 1, 0n)) + (await collectedOn(5, 1, 1n));
    await eventually(async () => ((await onBothLanes()) === 40n * TEST_PRICE_PER_CYCLE ? true : undefined), 15_000, 'collection of the whole run');
    assert.equal(await collectedOn(5, 1, 0n), 20n * TEST_PRICE_PER_CYCLE, 'nothing more was paid on the lane that owes a round');
  });

  it('requester killed right after paying: after restart it resumes from the chain, nothing is paid twice', async () => {
    // Requester 6 has no channel with it yet, whichever it is.
    const { process: executor, index } = (honest ??= { process: await world.startExecutor(2), index: 2 });
    const patternFile = join(world.dir, 'gun.rle');
    const out = join(world.dir, 'out.rle');
    writeFileSync(patternFile, GLIDER_GUN_RLE);
    const dataDir = join(world.dir, 'cli-requester');
    const args = ['run', 'life', '--pattern', patternFile, '--width', '40', '--height', '20', '--cycles', '40', '--per-round', '10', '--executor', executor.url, '--out', out, '--json', '--allow-simulated', '--data-dir', dataDir, '--rpc-url', world.devnet.rpcUrl, '--channels', world.devnet.channels];
    const env = { AIRTNT_PRIVATE_KEY: world.devnet.accounts[6]!.privateKey };
    const crashed = await runCli(args, { env, command: misbehavingRequester('crash-after-payment') });
    assert.equal(crashed.signal, 'SIGKILL', crashed.stderr);
    // The executor released k to a dead socket, saw the session end, and collected round 0 (revealing k).
    await eventually(async () => ((await collectedOn(6, index)) === 10n * TEST_PRICE_PER_CYCLE ? true : undefined), 15_000, 'collection of round 0');
    const resumed = await runCli(args, { env });
    assert.equal(resumed.code, 0, resumed.stderr);
    const summary = JSON.parse(resumed.stdout.trim().split('\n').pop()!) as { rounds: number; sessions: { firstRound: string }[]; insecure: boolean };
    assert.equal(summary.rounds, 4);
    assert.equal(summary.sessions[0]?.firstRound, '1');
    assert.equal(summary.insecure, true);
    assert.match(resumed.stderr, /INSECURE/);
    const { expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [] });
    assert.deepEqual(encodeLifeState(40, 20, parsePatternFile(out, readFileSync(out, 'utf8'))), expected);
    // The executor ran round 1 on lane 0 and was never paid for it (the requester died), so it refuses
    // lane 0 from then on: the resumed run pays rounds 1..3 on lane 1. Lane 0 holds round 0 only.
    const onBothLanes = async () => (await collectedOn(6, index, 0n)) + (await collectedOn(6, index, 1n));
    await eventually(async () => ((await onBothLanes()) === 40n * TEST_PRICE_PER_CYCLE ? true : undefined), 15_000, 'collection of the whole run');
    assert.equal(await collectedOn(6, index, 0n), 10n * TEST_PRICE_PER_CYCLE, 'nothing more was paid on the lane that owes a round');
  });
});
