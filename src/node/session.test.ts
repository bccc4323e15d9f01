/**
 * The protocol end to end on a real devnet against a real executor process: the happy path, two
 * requesters at once, bad payment updates, a requester that stops paying, and bad frames.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Encoder } from 'cbor-x';
import WebSocket from 'ws';
import { readChannel } from '../chain/index.js';
import { signPayment } from '../protocol/payment.js';
import { toHex } from '../util/bytes.js';
import { isRemoteRefusal } from '../util/errors.js';
import { fetchExecutorInfo, verifyExecutor } from './verify-executor.js';
import { ensureChannel } from './requester-channels.js';
import { SessionClient } from './session-client.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import type { ExecutorProcess } from './process.js';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';

let world: TestWorld;
let executor: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  executor = await world.startExecutor(1, { args: ['--session-idle-ms', '1500'] });
});
after(async () => {
  await world.close();
});

/** A bare session on account `index`: a verified executor, a fresh channel, an opened session. */
async function openRawSession(index: number, cycles: number) {
  const chain = world.client(index);
  const requester = world.requester(index, { name: `raw-${index}-${Math.random()}` });
  const { job } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: cycles, executors: [executor.url] });
  const verified = await verifyExecutor(executor.url, { chain, policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true }, functionMeasurement: toHex(job.functionMeasurement).slice(2) }, 5_000);
  const { channel, base } = await ensureChannel(chain, requester.store, { executor: verified.info.executor, needed: 100_000n * TEST_PRICE_PER_CYCLE, minSeconds: 600, channelSeconds: 3600 });
  requester.store.ensureRun({ runId: 'raw', functionMeasurement: toHex(job.functionMeasurement), initialState: job.initialState, totalCycles: 40, perRound: cycles }, Date.now());
  const session = new SessionClient(
    { chain, store: requester.store, codecs: ALL_DIFF_CODECS, timeouts: { connectMs: 5_000, resultMs: 10_000, keyMs: 3_000, keyFromChainMs: 0, chainPollMs: 100 }, log: () => undefined },
    { runId: 'raw', executor: verified, channel, base, functionMeasurement: job.functionMeasurement, firstRound: 0n, state: job.initialState },
  );
  await session.open(cycles);
  return { chain, session, channel };
}

const refusedWith = (code: string) => (error: unknown) => isRemoteRefusal(error, code);

describe('executor node and requester on a devnet', () => {
  it('runs a paid Game of Life to the same grid as a local run, and the executor collects it', async () => {
    const { job, expected } = await lifeJob({ width: 40, height: 30, cycles: 60, perRound: 20, executors: [executor.url] });
    const requester = world.requester(2);
    const result = await requester.run(job);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.rounds, 3);
    assert.equal(result.cyclesDone, 60);
    assert.equal(result.transfers, 0);
    assert.deepEqual(result.paid.map((p) => p.amount), [60n * TEST_PRICE_PER_CYCLE]);
    assert.ok(result.bytesSent > 500 && result.bytesReceived > 500, `bytes ${result.bytesSent}/${result.bytesReceived}`);
    assert.equal(result.insecure, true);
    const channel = requester.store.allOpenChannels()[0]!;
    const onChain = await eventually(async () => {
      const state = await readChannel(world.client(2), { requester: channel.requester, executor: channel.executor, token: channel.token, lane: channel.lane });
      return state.collected === 60n * TEST_PRICE_PER_CYCLE ? state : undefined;
    }, 10_000, 'the executor to collect');
    assert.equal(onChain.isOpen, true);
    // The executor counted the same session at its socket.
    const stats = (await (await fetch(`${executor.url}/v1/stats`)).json()) as { sessions: number; bytesSent: number; bytesReceived: number };
    assert.ok(stats.sessions >= 1 && stats.bytesReceived > 0 && stats.bytesSent > 0);
    // Per session, both sides count the same socket: what one sent, the other received.
    const session = (await (await fetch(`${executor.url}/v1/sessions/${result.sessions[0]!.sessionId}`)).json()) as { bytesSent: number; bytesReceived: number; ended: boolean };
    assert.equal(session.ended, true);
    assert.equal(session.bytesReceived, result.bytesSent);
    assert.equal(session.bytesSent, result.bytesReceived);
    // Running the same job again resumes the finished run: nothing is paid twice.
    const again = await requester.run(job);
    assert.deepEqual(again.finalState, expected);
    assert.equal(again.sessions.length, 0);
  });

  it('an executor serving a registry sends its enclave\'s RoundRecord claim with every result; the requester stores it', async () => {
    const { recoverTypedDataAddress, keccak256 } = await import('viem');
    const { ROUND_RECORD_TYPES } = await import('../registry/signing.js');
    const { deployNetworkRegistry } = await import('../registry/devnet-network.js');
    // A real registry: an executor started with --registry reads its MAX_CHANNEL_DURATION (and refuses to start
    // on an address with no registry); the claims are signed for this registry's domain.
    const registry = await deployNetworkRegistry(world.client(0), ['0x000000000000000000000000000000000000dEaD']);
    const serving = await world.startExecutor(3, { name: 'registry-claims', args: ['--registry', registry] });
    const { info } = await fetchExecutorInfo(serving.url, 5_000);
    assert.match(info.enclave.recordAddress ?? '', /^0x[0-9a-fA-F]{40}$/);
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 20, perRound: 10, executors: [serving.url] });
    const requester = world.requester(4);
    // The requester verifies the evidence as binding v3 (it names the record address) before paying.
    const result = await requester.run(job);
    assert.deepEqual(result.finalState, expected);
    const rounds = requester.store.roundsOfSession(result.sessions[0]!.sessionId as `0x${string}`);
    assert.equal(rounds.length, 2);
    for (const round of rounds) {
      assert.equal(round.recordClaim?.length, 65);
      const signer = await recoverTypedDataAddress({
        domain: { name: 'Airtnt Registry', version: '1', chainId: info.chainId, verifyingContract: registry },
        types: ROUND_RECORD_TYPES,
        primaryType: 'RoundRecord',
        message: { sessionId: round.sessionId, round: round.round, recordHash: keccak256(round.record) },
        signature: toHex(round.recordClaim!),
      });
      assert.equal(signer, info.enclave.recordAddress);
    }
  });

  it('serves two requesters at once, each on its own channel and state', async () => {
    const a = await lifeJob({ width: 40, height: 20, cycles: 30, perRound: 10, executors: [executor.url] });
    const b = await lifeJob({ width: 25, height: 25, cycles: 24, perRound: 8, executors: [executor.url], rle: 'x = 3, y = 3\nbo$2bo$3o!' });
    const [ra, rb] = await Promise.all([world.requester(3).run(a.job), world.requester(4).run(b.job)]);
    assert.deepEqual(ra.finalState, a.expected);
    assert.deepEqual(rb.finalState, b.expected);
  });

  it('refuses payment updates with a wrong amount, key hash, channel, a lower amount or a bad signature', async () => {
    const cases: { name: string; code: string; make: (terms: { channelId: `0x${string}`; amount: bigint; keyHash: `0x${string}` }, chain: ReturnType<TestWorld['client']>) => Promise<{ amount: bigint; signature: `0x${string}` }> }[] = [
      { name: 'amount + 1', code: 'PAYMENT_AMOUNT_WRONG', make: async (t, chain) => ({ amount: t.amount + 1n, signature: await signPayment(chain.account, chain.domain, { ...t, amount: t.amount + 1n }) }) },
      { name: 'lower amount', code: 'PAYMENT_AMOUNT_TOO_LOW', make: async (t, chain) => ({ amount: t.amount - 1n, signature: await signPayment(chain.account, chain.domain, { ...t, amount: t.amount - 1n }) }) },
      { name: 'wrong key hash', code: 'PAYMENT_BAD_SIGNATURE', make: async (t, chain) => ({ amount: t.amount, signature: await signPayment(chain.account, chain.domain, { ...t, keyHash: `0x${'11'.repeat(32)}` }) }) },
      { name: 'wrong channel', code: 'PAYMENT_BAD_SIGNATURE', make: async (t, chain) => ({ amount: t.amount, signature: await signPayment(chain.account, chain.domain, { ...t, channelId: `0x${'22'.repeat(32)}` }) }) },
      { name: 'another signer', code: 'PAYMENT_BAD_SIGNATURE', make: async (t, chain) => ({ amount: t.amount, signature: await signPayment(world.client(6).account, chain.domain, t) }) },
      { name: 'high-s twin', code: 'PAYMENT_BAD_SIGNATURE', make: async (t, chain) => ({ amount: t.amount, signature: highS(await signPayment(chain.account, chain.domain, t)) }) },
    ];
    // Each case on an account of its own: a refused payment leaves its round unpaid, and an executor
    // runs no further round on that channel (and a requester adopts its own open channels).
    const accounts = [5, 8, 9, 10, 11, 6];
    for (const [index, c] of cases.entries()) {
      const { chain, session, channel } = await openRawSession(accounts[index]!, 5);
      await session.receiveResult();
      const bad = await c.make(session.pendingTerms!, chain);
      await session.sendPay(bad.amount, bad.signature, 5);
      await assert.rejects(session.nextMessage(5_000), refusedWith(c.code), c.name);
      await session.finish('test');
      // Nothing was stored as paid: the channel is untouched on-chain.
      const state = await readChannel(chain, { requester: channel.requester, executor: channel.executor, token: channel.token, lane: channel.lane });
      assert.equal(state.collected, 0n, c.name);
    }
  });

  it('runs no second round for a requester that stops paying, and collects what was paid', async () => {
    const { chain, session, channel } = await openRawSession(7, 4);
    const first = await session.receiveResult();
    await session.pay(4);
    await session.receiveKey();
    await session.receiveResult(); // round 1 ran: now the requester goes silent
    await assert.rejects(session.nextMessage(5_000), refusedWith('SESSION_IDLE'));
    const ref = { requester: channel.requester, executor: channel.executor, token: channel.token, lane: channel.lane };
    const collected = await eventually(async () => {
      const state = await readChannel(chain, ref);
      return state.collected > 0n ? state.collected : undefined;
    }, 10_000, 'collection of the paid round');
    assert.equal(collected, first.terms.amount);
  });

  it('answers bad frames with an error, drops the connection, and keeps serving', async () => {
    const cbor = new Encoder({ useRecords: false, tagUint8Array: false });
    const frames: { name: string; data: Buffer | string; code: string }[] = [
      { name: 'not CBOR', data: Buffer.from([0xff, 0x00]), code: 'MESSAGE_MALFORMED' },
      { name: 'unknown kind', data: Buffer.from(cbor.encode([42, 1])), code: 'MESSAGE_UNKNOWN_KIND' },
      { name: 'wrong types', data: Buffer.from(cbor.encode([1, 'x', 'y'])), code: 'MESSAGE_MALFORMED' },
      { name: 'pay before open', data: Buffer.from(cbor.encode([3, 1, Buffer.alloc(65), 0])), code: 'MESSAGE_OUT_OF_ORDER' },
      { name: 'text frame', data: 'hello', code: 'MESSAGE_NOT_BINARY' },
    ];
    for (const frame of frames) {
      const reply = await rawExchange(executor.url, frame.data);
      assert.equal(reply.code, frame.code, frame.name);
      assert.ok(reply.closed, `${frame.name}: connection dropped`);
    }
    const oversized = await rawExchange(executor.url, Buffer.alloc(5 * 1024 * 1024));
    assert.ok(oversized.closed);
    assert.equal(oversized.closeCode, 1009); // ws: message too big
    const info = await fetchExecutorInfo(executor.url, 5_000);
    assert.equal(info.info.insecure, true);
  });
});

/** Sends one frame on a fresh connection; returns the error code the executor answered and how it closed. */
async function rawExchange(url: string, data: Buffer | string): Promise<{ code?: string; closed: boolean; closeCode?: number }> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/v1/session`, { maxPayload: 1 << 20 });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const decoder = new Encoder({ useRecords: false });
  let code: string | undefined;
  ws.on('message', (frame: Buffer) => {
    const message = decoder.decode(frame) as unknown[];
    if (message[0] === 0) code = message[1] as string;
  });
  ws.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => ws.once('close', (closeCode) => resolve(closeCode)));
  ws.send(data);
  const closeCode = await Promise.race([closed, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5_000))]);
  return { code, closed: closeCode !== undefined, closeCode };
}

/** The malleable twin (r, n - s, v ^ 1) of a valid signature: valid for ecrecover, refused by airtnt. */
function highS(signature: `0x${string}`): `0x${string}` {
  const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
  const r = signature.slice(2, 66);
  const s = BigInt(`0x${signature.slice(66, 130)}`);
  const v = parseInt(signature.slice(130, 132), 16);
  return `0x${r}${(n - s).toString(16).padStart(64, '0')}${(v === 27 ? 28 : 27).toString(16)}`;
}
