/**
 * Round r+1 running ahead of payment r (src/node/executor-session-rounds.ts, runAhead), on a real
 * devnet with an executor node in this process whose enclave (simulated TEE) is watched: once the
 * requester has paid a round, the next round is in the enclave before the requester pays the one it
 * has; never before the first payment, never past the signed schedule; a requester who ends early or
 * stops paying costs the executor one round's compute and nothing else: the round run ahead is never
 * stored, priced or sent, and leaves the channel free for the next session. A function that turns heavy
 * in the round run ahead (its own module) is stopped there at twice the last round's work; that round
 * runs again, in full, only once it is paid for. A round the enclave dropped unrun (its session closed
 * while it waited for a worker) does not mark the channel as owing a round.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { sha256 } from '@noble/hashes/sha2.js';
import { readChannel } from '../chain/index.js';
import { createEnclave, type EnclaveHandle } from '../enclave/index.js';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';
import { createTeeProvider } from '../tee/index.js';
import { toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { AHEAD_WORK_SLACK } from './executor-round-rules.js';
import { startExecutorNode, type ExecutorNode } from './executor.js';
import { builtinMeasurements } from './functions.js';
import { offerModule } from './module-offer.js';
import { ensureChannel } from './requester-channels.js';
import type { ChannelRow } from './requester-store.js';
import { SessionClient } from './session-client.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, waitUntil, type TestWorld } from './testing.js';
import { verifyExecutor } from './verify-executor.js';

const PER_ROUND = 10;
const ROUNDS = 5;

let world: TestWorld;
let enclave: EnclaveHandle;
let node: ExecutorNode;
/** Every round the executor asked its enclave for, in order, as "session:round". */
const asked: string[] = [];
/** Every enclave call, with its work budget and how it ended. */
const calls: { session: string; round: number; workBudget: number; outcome: string }[] = [];
/**
 * "session:round" calls the enclave answers with SESSION_CLOSED, as it does for a round still waiting
 * for an execution worker when its session is closed (src/enclave/execution.ts, dropQueued).
 */
const dropped = new Set<string>();

before(async () => {
  world = await startTestWorld();
  const inner = await createEnclave({ tee: await createTeeProvider('simulated') });
  enclave = {
    ...inner,
    runRound: async (sessionId, round, cycles, options) => {
      asked.push(`${toHex(sessionId)}:${round}`);
      const call = { session: toHex(sessionId), round: Number(round), workBudget: options?.workBudget ?? Number.NaN, outcome: 'running' };
      calls.push(call);
      if (dropped.has(`${toHex(sessionId)}:${round}`)) {
        call.outcome = 'SESSION_CLOSED';
        throw new AirtntError('SESSION_CLOSED', 'the session was closed before its round reached a worker');
      }
      try {
        const result = await inner.runRound(sessionId, round, cycles, options);
        call.outcome = 'ok';
        return result;
      } catch (error) {
        call.outcome = (error as { code?: string }).code ?? String(error);
        throw error;
      }
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
    // Requesters' own modules too (the function that turns heavy below).
    modules: { acceptance: { accept: 'any', measurements: [], maxModuleBytes: 4_096 } },
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

/** A function measurement and initial state to run (default: Game of Life); `module` is sent to the executor first. */
type SessionJob = { functionMeasurement: Uint8Array; initialState: Uint8Array; module?: Uint8Array };

async function sessionOn(requesterIndex: number, given?: SessionJob): Promise<{ session: SessionClient; channel: ChannelRow }> {
  const chain = world.client(requesterIndex);
  const requester = world.requester(requesterIndex, { name: `ahead-${requesterIndex}` });
  const job = given ?? (await lifeJob({ width: 40, height: 20, cycles: PER_ROUND * ROUNDS, perRound: PER_ROUND, executors: [node.url] })).job;
  const policy = { allowedKinds: ['simulated' as const], allowSimulated: true, allowDebug: true };
  const verified = await verifyExecutor(node.url, { chain, policy, functionMeasurement: toHex(job.functionMeasurement).slice(2), ...(job.module === undefined ? {} : { moduleBytes: job.module.length }) }, 5_000);
  if (job.module !== undefined) await offerModule(verified, job.module, job.functionMeasurement, { connectMs: 5_000, resultMs: 20_000 });
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

/** The channel's unpaid-round mark in the executor's store (null, null: none; new sessions open on it). */
function unpaidMark(channelId: string): { session: string | null; round: number | null } {
  const db = new Database(join(world.dir, 'executor', 'executor.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT unpaid_session_id AS session, unpaid_round AS round FROM channels WHERE channel_id = ?').get(channelId) as { session: string | null; round: number | null };
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

describe('a round dropped unrun', () => {
  it('a paid round the enclave dropped because its session closed does not mark the channel as owing a round', async () => {
    const { session, channel } = await sessionOn(6);
    await session.open(PER_ROUND, PER_ROUND * ROUNDS);
    await session.receiveResult();
    // Round 1, asked by payment 0, never reaches a worker: its session closed while it waited.
    dropped.add(`${session.sessionIdHex}:1`);
    await session.pay(PER_ROUND);
    await session.receiveKey(); // payment 0 is stored and its key released whatever round 1 does
    await droppedByExecutor(session);
    session.abandon();
    assert.deepEqual(storedRounds(session.sessionIdHex), { rounds: [0], payments: [0] }, 'round 1 was never stored');
    // A round that failed after running would be the channel's unpaid round, and no later session would open on it.
    assert.deepEqual(unpaidMark(channel.channelId), { session: null, round: null }, 'no unpaid round marked on the channel');
  });
});

describe('a function that turns heavy in the round run ahead', () => {
  const MODULE = new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'functions', 'fixtures', 'heavy-later.wasm')));
  /** Cheap for its first 2 cycles, then 3,000,000 steps a cycle: one cycle a round, so round 2 turns heavy. */
  function heavyJob(): SessionJob {
    const initialState = new Uint8Array(16);
    const view = new DataView(initialState.buffer);
    view.setUint32(0, 2, true); // heavyFrom
    view.setUint32(12, 3_000_000, true); // spin
    return { functionMeasurement: sha256(MODULE), initialState, module: MODULE };
  }
  const callsOf = (session: SessionClient) => calls.filter((call) => call.session === session.sessionIdHex);

  it('is stopped at twice the last round\'s work; when paid for, it runs in full and is delivered', async () => {
    const { session } = await sessionOn(6, heavyJob());
    await session.open(1, 3);
    for (let round = 0; round < 3; round += 1) {
      const { round: got } = await session.receiveResult();
      assert.equal(got, BigInt(round));
      await session.pay(round < 2 ? 1 : 0);
      const outcome = await session.receiveKey();
      assert.equal(outcome.cyclesDone, 1);
    }
    await session.finish('test');
    const [first, second, ahead, paid, ...rest] = callsOf(session);
    assert.deepEqual([first?.round, first?.outcome, second?.round, second?.outcome], [0, 'ok', 1, 'ok']);
    assert.equal(ahead?.round, 2);
    assert.equal(ahead?.outcome, 'FUNCTION_WORK_EXHAUSTED', 'the round run ahead stopped at its cap');
    assert.ok(ahead!.workBudget <= 2 ** 22 + AHEAD_WORK_SLACK, `the run ahead's budget ${ahead!.workBudget} is about twice round 1's work`);
    assert.equal(paid?.round, 2);
    assert.equal(paid?.outcome, 'ok', 'round 2 ran again once paid, with the channel\'s budget');
    assert.ok(paid!.workBudget > ahead!.workBudget * 10);
    assert.deepEqual(rest, [], 'the schedule ended with round 2');
  });

  it('costs a requester who ends before it twice its last round\'s work, and leaves the channel free', async () => {
    const job = heavyJob();
    const { session, channel } = await sessionOn(7, job);
    await session.open(1, 10);
    for (let round = 0; round < 2; round += 1) {
      await session.receiveResult();
      await session.pay(round < 1 ? 1 : 0); // ends after round 1; round 2 (heavy) ran ahead meanwhile
      await session.receiveKey();
    }
    await session.finish('test');
    await waitUntil(() => callsOf(session).every((call) => call.outcome !== 'running'), 'the round run ahead to stop');
    assert.deepEqual(callsOf(session).map((call) => [call.round, call.outcome]), [[0, 'ok'], [1, 'ok'], [2, 'FUNCTION_WORK_EXHAUSTED']]);
    assert.deepEqual(storedRounds(session.sessionIdHex), { rounds: [0, 1], payments: [0, 1] }, 'round 2 was never stored');
    const next = await sessionOn(7, job);
    assert.equal(next.channel.channelId, channel.channelId, 'the same channel serves again: round 2 did not mark it');
    await next.session.open(1, 1);
    await next.session.receiveResult();
    await next.session.pay(0);
    await next.session.receiveKey();
    await next.session.finish('test');
  });

  it('sends a paid round\'s key and the next round\'s result in one write, the key first', async () => {
    // Every write the executor's sockets hand to the system (net.Socket's _write and _writev, the stream methods it implements).
    const port = Number(new URL(node.url).port);
    const writes: Buffer[] = [];
    const prototype = Socket.prototype as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown>;
    const originals = { _write: prototype._write, _writev: prototype._writev };
    // HTTP answers are written as strings: only buffers (frames) are recorded.
    const bytes = (chunk: unknown): Buffer => (Buffer.isBuffer(chunk) ? chunk : Buffer.alloc(0));
    prototype._write = function (this: Socket, chunk: unknown, ...rest: unknown[]) {
      if (this.localPort === port) writes.push(bytes(chunk));
      return originals._write.call(this, chunk, ...rest);
    };
    prototype._writev = function (this: Socket, chunks: unknown, ...rest: unknown[]) {
      if (this.localPort === port) writes.push(Buffer.concat((chunks as { chunk: unknown }[]).map(({ chunk }) => bytes(chunk))));
      return originals._writev.call(this, chunks, ...rest);
    };
    try {
      const { session } = await sessionOn(8);
      await session.open(PER_ROUND, PER_ROUND * ROUNDS);
      for (let round = 0; round < ROUNDS; round += 1) {
        await session.receiveResult();
        await session.pay(round < ROUNDS - 1 ? PER_ROUND : 0);
        await session.receiveKey();
      }
      await session.finish('test');
    } finally {
      Object.assign(prototype, originals);
    }
    const withKey = writes.map(messageKinds).filter((kinds) => kinds.includes('key'));
    assert.deepEqual(withKey, [...Array.from({ length: ROUNDS - 1 }, () => ['key', 'result']), ['key']]);
  });
});

/** The message kinds (messages.ts: 2 result, 4 key) of the WebSocket frames one write holds (RFC 6455 section 5.2: a server's frames are unmasked). */
function messageKinds(write: Buffer): string[] {
  const names: Record<number, string> = { 0: 'error', 2: 'result', 4: 'key' };
  const kinds: string[] = [];
  for (let at = 0; at + 2 <= write.length; ) {
    const opcode = write[at]! & 0x0f;
    let length = write[at + 1]! & 0x7f;
    let header = 2;
    if (length === 126) [length, header] = [write.readUInt16BE(at + 2), 4];
    else if (length === 127) [length, header] = [Number(write.readBigUInt64BE(at + 2)), 10];
    // A binary frame holds one CBOR array [kind, ...]: its first item, a small integer, follows the array's header byte.
    if (opcode === 2) kinds.push(names[write[at + header + 1]!] ?? String(write[at + header + 1]));
    at += header + length;
  }
  return kinds;
}
