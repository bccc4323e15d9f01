/**
 * Sessions against the time a collect needs (issue 9, cases 5 and 11), on a real devnet with an
 * executor node in this process (its collector's view of the chain is read to know when it has seen
 * a time jump): a session whose collect could not land before expiry is refused; a payment that
 * arrives too late for the collect queue is collected before its key is released, and the next
 * round refused; a payment too late to collect at all is refused and its key kept.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chainNow, increaseTime, readChannel } from '../chain/index.js';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';
import { createEnclave, type EnclaveHandle } from '../enclave/index.js';
import { createTeeProvider } from '../tee/index.js';
import { toHex } from '../util/bytes.js';
import { isRemoteRefusal } from '../util/errors.js';
import { startExecutorNode, type ExecutorNode } from './executor.js';
import { builtinMeasurements } from './functions.js';
import { ensureChannel } from './requester-channels.js';
import type { ChannelRow } from './requester-store.js';
import { SessionClient } from './session-client.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { verifyExecutor } from './verify-executor.js';

let world: TestWorld;
let enclave: EnclaveHandle;
const nodes: ExecutorNode[] = [];

before(async () => {
  world = await startTestWorld();
  enclave = await createEnclave({ tee: await createTeeProvider('simulated') });
});
after(async () => {
  for (const node of nodes) await node.close();
  await enclave?.close();
  await world?.close();
});

async function startNode(index: number, blockTimeSeconds: number): Promise<ExecutorNode> {
  const node = await startExecutorNode({
    chain: world.client(index),
    enclave,
    dataDir: join(world.dir, `deadline-executor-${index}`),
    pricePerCycle: TEST_PRICE_PER_CYCLE,
    functions: Object.values(await builtinMeasurements()),
    minChannelSeconds: 120,
    collectSafetySeconds: 60,
    // Fixed rather than measured, so the thresholds are known: lead = 60 + 3 x block time.
    blockTimeSeconds,
    collectIntervalMs: 100,
    sessionIdleMs: 60_000,
  });
  nodes.push(node);
  return node;
}

const refusedWith = (code: string) => (error: unknown) => isRemoteRefusal(error, code);

async function sessionOn(node: ExecutorNode, requesterIndex: number, channelSeconds: number): Promise<{ session: SessionClient; channel: ChannelRow }> {
  const chain = world.client(requesterIndex);
  const requester = world.requester(requesterIndex, { name: `deadline-${requesterIndex}` });
  const { job } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 20, executors: [node.url] });
  const verified = await verifyExecutor(node.url, { chain, policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true }, functionMeasurement: toHex(job.functionMeasurement).slice(2) }, 5_000);
  requester.store.ensureRun({ runId: 'deadline', functionMeasurement: toHex(job.functionMeasurement), initialState: job.initialState, totalCycles: 40, perRound: 20 }, Date.now());
  const { channel, base } = await ensureChannel(chain, requester.store, { executor: node.address, needed: 1_000n * TEST_PRICE_PER_CYCLE, minSeconds: 120, channelSeconds });
  const session = new SessionClient(
    { chain, store: requester.store, codecs: ALL_DIFF_CODECS, timeouts: { connectMs: 5_000, resultMs: 20_000, keyMs: 20_000, keyFromChainMs: 0, chainPollMs: 100 }, log: () => undefined },
    { runId: 'deadline', executor: verified, channel, base, functionMeasurement: job.functionMeasurement, firstRound: 0n, state: job.initialState },
  );
  return { session, channel };
}

/** Moves chain time to `secondsLeft` before the channel's expiry and waits until the executor has seen it. */
async function jumpTo(node: ExecutorNode, channel: ChannelRow, secondsLeft: bigint): Promise<void> {
  const now = await chainNow(world.client(0));
  await increaseTime(world.devnet, channel.expiry - secondsLeft - now);
  const target = channel.expiry - secondsLeft;
  await eventually(async () => ((node.collectStatus()?.chainNow ?? 0n) >= target ? true : undefined), 20_000, 'the executor to see the new chain time');
}

async function collected(channel: ChannelRow): Promise<bigint> {
  return (await readChannel(world.client(0), { requester: channel.requester, executor: channel.executor, token: channel.token, lane: channel.lane })).collected;
}

describe('collect deadlines', () => {
  it('refuses a session whose collect could not land before expiry at the chain\'s block time', async () => {
    // 30-second blocks: a round (15 s) and a collect (60 s margin + 3 blocks = 150 s) need 165 s; the channel has about 150.
    const slow = await startNode(8, 30);
    const { session } = await sessionOn(slow, 2, 150);
    await session.open(20, 40);
    await assert.rejects(session.receiveResult(), refusedWith('CHANNEL_COLLECT_INFEASIBLE'));
    session.abandon();
  });

  it('collects a payment that came too late for the queue before releasing its key, and starts no further round', async () => {
    const node = await startNode(9, 1); // lead: 60 + 3 x 1 = 63 s; urgent: 3 s
    const { session, channel } = await sessionOn(node, 3, 400);
    await session.open(20, 40);
    const { terms } = await session.receiveResult();
    await jumpTo(node, channel, 40n); // 40 s left: after the lead, before the urgent limit
    await session.pay(20);
    const outcome = await session.receiveKey();
    assert.equal(outcome.keyFrom, 'executor');
    // The key came only after the collect was mined.
    assert.equal(await collected(channel), terms.amount);
    await assert.rejects(session.nextMessage(10_000), refusedWith('CHANNEL_COLLECT_INFEASIBLE'));
    await session.finish('test');
  });

  it('refuses a payment too late to be collected at all, and keeps the key', async () => {
    const node = nodes[1]!;
    const { session, channel } = await sessionOn(node, 4, 400);
    await session.open(20, 40);
    await session.receiveResult();
    await jumpTo(node, channel, 2n); // less than the 3 s a collect sent at once needs
    await session.pay(0);
    await assert.rejects(session.nextMessage(10_000), refusedWith('PAYMENT_TOO_LATE'));
    session.abandon();
    assert.equal(await collected(channel), 0n);
  });
});
