/**
 * Round r+1 running ahead of payment r (src/node/executor-session-rounds.ts, runAhead), on a real
 * devnet with an executor node in this process whose enclave (simulated TEE) is watched: once the
 * requester has paid a round, the next round is in the enclave before the requester pays the one it
 * has; never before the first payment, never past the signed schedule; a requester who ends early or
 * stops paying costs the executor one round's compute and nothing else: the round run ahead is never
 * stored, priced or sent, and leaves the channel free for the next session.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { readChannel } from '../chain/index.js';
import { createEnclave, type EnclaveHandle } from '../enclave/index.js';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';
import { createTeeProvider } from '../tee/index.js';
import { toHex } from '../util/bytes.js';
import { startExecutorNode, type ExecutorNode } from './executor.js';
import { builtinMeasurements } from './functions.js';
import { ensureChannel } from './requester-channels.js';
import type { ChannelRow } from './requester-store.js';
import { SessionClient } from './session-client.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { verifyExecutor } from './verify-executor.js';

const PER_ROUND = 10;
const ROUNDS = 5;

let world: TestWorld;
let enclave: EnclaveHandle;
let node: ExecutorNode;
/** Every round the executor asked its enclave for, in order, as "session:round". */
const asked: string[] = [];

before(async () => {
  world = await startTestWorld();
  const inner = await createEnclave({ tee: await createTeeProvider('simulated') });
  enclave = {
    ...inner,
    runRound: (sessionId, round, cycles, options) => {
      asked.push(`${toHex(sessionId)}:${round}`);
      return inner.runRound(sessionId, round, cycles, options);
    },
  };
  node = await startExecutorNode({
    chain: world.client(1),
    enclave,
    dataDir: join(world.dir, 'executor'),
    pricePerCycle: TEST_PRICE_PER_CYCLE,
    functions: Object.values(await builtinMeasurements()),
    collectTuning: { worthFactor: 0n },
    collectIntervalMs: 200,
    // A requester that stops answering is dropped quickly (the stalled sessions below).
    sessionIdleMs: 1_500,
  });
});
after(async () => {
  await node?.close();
  await enclave?.close();
  await world?.close();
});

/** The rounds of `session` the enclave was asked for so far. */
function roundsAsked(session: SessionClient): number[] {
  return asked.filter((entry) => entry.startsWith(`${session.sessionIdHex}:`)).map((entry) => Number(entry.split(':')[1]));
}

async function sessionOn(requesterIndex: number): Promise<{ session: SessionClient; channel: ChannelRow }> {
  const chain = world.client(requesterIndex);
  const requester = world.requester(requesterIndex, { name: `ahead-${requesterIndex}` });
  const { job } = await lifeJob({ width: 40, height: 20, cycles: PER_ROUND * ROUNDS, perRound: PER_ROUND, executors: [node.url] });
  const verified = await verifyExecutor(node.url, { chain, policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true }, functionMeasurement: toHex(job.functionMeasurement).slice(2) }, 5_000);
  requester.store.ensureRun({ runId: 'ahead', functionMeasurement: toHex(job.functionMeasurement), initialState: job.initialState, totalCycles: PER_ROUND * ROUNDS, perRound: PER_ROUND }, Date.now());
  // The requester's open channel to this executor if it has one (with the amount signed on it as base), else a new one.
  const opened = await ensureChannel(chain, requester.store, { executor: node.address, needed: 1_000n * TEST_PRICE_PER_CYCLE, minSeconds: 600, channelSeconds: 3_600 });
  const session = new SessionClient(
    { chain, store: requester.store, codecs: ALL_DIFF_CODECS, timeouts: { connectMs: 5_000, resultMs: 20_000, keyMs: 20_000, keyFromChainMs: 0, chainPollMs: 100 }, log: () => undefined },
    { runId: 'ahead', executor: verified, channel: opened.channel, base: opened.base, functionMeasurement: job.functionMeasurement, firstRound: 0n, state: job.initialState },
  );
  return { session, channel: opened.channel };
}

/** Rounds, keys and payments the executor stored for a session. */
function storedRounds(sessionId: string): { rounds: number[]; payments: number[] } {
  const db = new Database(join(world.dir, 'executor', 'executor.sqlite'), { readonly: true });
  try {
    const rounds = (db.prepare('SELECT round FROM rounds WHERE session_id = ? ORDER BY round').all(sessionId) as { round: number }[]).map((r) => r.round);
    const payments = (db.prepare('SELECT round FROM payments WHERE session_id = ? ORDER BY round').all(sessionId) as { round: number }[]).map((r) => r.round);
    return { rounds, payments };
  } finally {
    db.close();
  }
}

/** Waits until the executor ends the session (its idle deadline): the connection closes. */
async function droppedByExecutor(session: SessionClient): Promise<void> {
  await assert.rejects(session.nextMessage(20_000));
}

describe('the next round runs ahead of its payment', () => {
  it('from the second paid round on, the next round is in the enclave before the requester pays; none past the schedule', async () => {
    const { session } = await sessionOn(2);
    await session.open(PER_ROUND, PER_ROUND * ROUNDS);
    const askedWhenPaying: number[][] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const { round: got } = await session.receiveResult();
      assert.equal(got, BigInt(round));
      askedWhenPaying.push(roundsAsked(session));
      await session.pay(round < ROUNDS - 1 ? PER_ROUND : 0);
      await session.receiveKey();
    }
    await session.finish('test');
    assert.deepEqual(askedWhenPaying, [
      [0], // the opening round: nothing runs before the requester has paid one round
      [0, 1, 2], // round 1 was asked when payment 0 arrived; round 2 as soon as round 1's result left
      [0, 1, 2, 3], // and so on: round r+1 is in the enclave while the requester pays round r
      [0, 1, 2, 3, 4],
      [0, 1, 2, 3, 4], // the schedule ends with round 4: no round 5 is run for nothing
    ]);
    assert.deepEqual(roundsAsked(session), [0, 1, 2, 3, 4], 'each round asked of the enclave once');
  });

  it('a requester who ends early costs the round run ahead and nothing else: nothing stored, the channel free', async () => {
    const { session, channel } = await sessionOn(3);
    await session.open(PER_ROUND, PER_ROUND * ROUNDS);
    let amount = 0n;
    for (let round = 0; round < 3; round += 1) {
      const { terms } = await session.receiveResult();
      amount = terms.amount;
      await session.pay(round < 2 ? PER_ROUND : 0); // ends after round 2, two rounds before its schedule does
      await session.receiveKey();
    }
    await session.finish('test');
    assert.deepEqual(roundsAsked(session), [0, 1, 2, 3], 'round 3 ran ahead of payment 2');
    assert.deepEqual(storedRounds(session.sessionIdHex), { rounds: [0, 1, 2], payments: [0, 1, 2] }, 'round 3 was never stored');
    // The executor collects exactly what was paid, and the channel serves the next session (no unpaid round 3 on it).
    await eventually(async () => ((await readChannel(world.client(0), channel)).collected === amount ? true : undefined), 30_000, 'the executor to collect the 3 paid rounds');
    const next = await sessionOn(3);
    assert.equal(next.channel.channelId, channel.channelId, 'the same channel serves again');
    await next.session.open(PER_ROUND, PER_ROUND);
    const { round } = await next.session.receiveResult();
    assert.equal(round, 0n);
    await next.session.pay(0);
    await next.session.receiveKey();
    await next.session.finish('test');
  });

  it('a requester who stops paying costs at most one round run ahead; a requester who never paid, none', async () => {
    const never = await sessionOn(4);
    await never.session.open(PER_ROUND, PER_ROUND * ROUNDS);
    await never.session.receiveResult();
    await droppedByExecutor(never.session);
    never.session.abandon();
    assert.deepEqual(roundsAsked(never.session), [0], 'nothing ran ahead of a requester who has paid nothing');

    const stalls = await sessionOn(5);
    await stalls.session.open(PER_ROUND, PER_ROUND * ROUNDS);
    for (let round = 0; round < 2; round += 1) {
      await stalls.session.receiveResult();
      await stalls.session.pay(PER_ROUND);
      await stalls.session.receiveKey();
    }
    await stalls.session.receiveResult(); // round 2: never paid
    await droppedByExecutor(stalls.session);
    stalls.session.abandon();
    assert.deepEqual(roundsAsked(stalls.session), [0, 1, 2, 3], 'one round (3) ran ahead of the payment that never came');
    assert.deepEqual(storedRounds(stalls.session.sessionIdHex), { rounds: [0, 1, 2], payments: [0, 1] }, 'round 2 is the channel\'s one unpaid round; round 3 was never stored');
  });
});
