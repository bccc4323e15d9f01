/**
 * The executor's guards against requesters, on a real devnet against real executor processes: a valid
 * payment is always stored and its key released even when the next round is refused; a channel gets
 * at most one unpaid round across sessions (and executor restarts); the cycles of every round are those
 * the requester signed; cheap refusals and connection hygiene (pre-open timeout, one frame in flight).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Encoder } from 'cbor-x';
import WebSocket from 'ws';
import { readChannel } from '../chain/index.js';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';
import { encodeMessage, type OpenMessage } from '../protocol/messages.js';
import { signPayment } from '../protocol/payment.js';
import { toHex } from '../util/bytes.js';
import { isAirtntError, isRemoteRefusal } from '../util/errors.js';
import type { ExecutorProcess } from './process.js';
import { ensureChannel } from './requester-channels.js';
import type { ChannelRow } from './requester-store.js';
import { SessionClient } from './session-client.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { verifyExecutor, type VerifiedExecutor } from './verify-executor.js';

let world: TestWorld;
let executor: ExecutorProcess;
const startGuarded = () => world.startExecutor(1, { name: 'guarded', args: ['--max-cycles-per-round', '50', '--session-idle-ms', '1500'] });

before(async () => {
  world = await startTestWorld();
  executor = await startGuarded();
});
after(async () => {
  await world.close();
});

const refusedWith = (code: string) => (error: unknown) => isRemoteRefusal(error, code);

type Party = { index: number; verified: VerifiedExecutor; requester: ReturnType<TestWorld['requester']>; job: Awaited<ReturnType<typeof lifeJob>>['job'] };

async function party(index: number, url = executor.url, channelSeconds?: number): Promise<Party> {
  const chain = world.client(index);
  const requester = world.requester(index, { name: `guards-${index}`, ...(channelSeconds === undefined ? {} : { channelSeconds }) });
  const { job } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 20, executors: [url] });
  const verified = await verifyExecutor(url, { chain, policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true }, functionMeasurement: toHex(job.functionMeasurement).slice(2), ...(channelSeconds === undefined ? {} : { channelSeconds }) }, 5_000);
  requester.store.ensureRun({ runId: 'guards', functionMeasurement: toHex(job.functionMeasurement), initialState: job.initialState, totalCycles: 40, perRound: 20 }, Date.now());
  return { index, verified, requester, job };
}

async function channelFor(p: Party, cycles: bigint, minDeposit?: bigint, channelSeconds = 3600): Promise<{ channel: ChannelRow; base: bigint }> {
  return ensureChannel(world.client(p.index), p.requester.store, { executor: p.verified.info.executor, needed: cycles * TEST_PRICE_PER_CYCLE, minSeconds: 600, channelSeconds, ...(minDeposit === undefined ? {} : { minDeposit }) });
}

function session(p: Party, channel: ChannelRow, base: bigint, verified = p.verified): SessionClient {
  return new SessionClient(
    { chain: world.client(p.index), store: p.requester.store, codecs: ALL_DIFF_CODECS, timeouts: { connectMs: 5_000, resultMs: 10_000, keyMs: 3_000, keyFromChainMs: 0, chainPollMs: 100 }, log: () => undefined },
    { runId: 'guards', executor: verified, channel, base, functionMeasurement: p.job.functionMeasurement, firstRound: 0n, state: p.job.initialState },
  );
}

async function collected(p: Party, channel: ChannelRow): Promise<bigint> {
  return (await readChannel(world.client(p.index), { requester: channel.requester, executor: channel.executor, token: channel.token, lane: channel.lane })).collected;
}

describe('executor guards', () => {
  it('stores a valid payment and releases k even when the next round is refused for the deposit', async () => {
    const p = await party(2);
    const { channel, base } = await channelFor(p, 30n); // pays round 0 (20 cycles), not round 1 (20 more)
    const s = session(p, channel, base);
    await s.open(20, 40);
    const { terms } = await s.receiveResult();
    await s.pay(20);
    const outcome = await s.receiveKey();
    assert.equal(outcome.keyFrom, 'executor');
    await assert.rejects(s.nextMessage(5_000), refusedWith('CHANNEL_DEPOSIT_TOO_LOW'));
    await s.finish('test');
    // The executor kept the payment: it collects it once the session has ended.
    await eventually(async () => ((await collected(p, channel)) === terms.amount ? true : undefined), 15_000, 'collection of the paid round');
  });

  it('refuses next cycles outside the signed schedule (or above maxCyclesPerRound), after storing the payment and releasing k', async () => {
    const p = await party(3);
    const { channel, base } = await channelFor(p, 1_000n);
    const s = session(p, channel, base);
    await s.open(20, 100);
    await s.receiveResult();
    await s.pay(20);
    await s.receiveKey();
    await s.receiveResult(); // round 1: pay it, but with cycles rewritten on the way
    const terms = s.pendingTerms!;
    const signature = await signPayment(world.client(3).account, world.client(3).domain, terms);
    await s.sendPay(terms.amount, signature, 51); // not the schedule's 20, and above the executor's 50
    const key = await s.nextMessage(5_000);
    assert.equal(key.kind, 'key');
    await assert.rejects(s.nextMessage(5_000), refusedWith('ROUND_CYCLES_NOT_SIGNED'));
    await s.finish('test');
    await eventually(async () => ((await collected(p, channel)) === terms.amount ? true : undefined), 15_000, 'collection of both paid rounds');
  });

  it('gives a channel at most one unpaid round, across sessions and executor restarts', async () => {
    // On the shared executor (fresh parties and channels), which this test restarts.
    const p = await party(5);
    const { channel, base } = await channelFor(p, 1_000n);
    const first = session(p, channel, base);
    await first.open(20, 40);
    await first.receiveResult();
    first.abandon(); // never pays
    // While the round is being settled the channel stays claimed; then it owes the round.
    await eventually(async () => {
      const again = session(p, channel, base);
      await again.open(20, 40);
      try {
        await again.receiveResult();
        return 'ran';
      } catch (error) {
        if (refusedWith('CHANNEL_BUSY')(error)) return undefined;
        assert.ok(refusedWith('CHANNEL_HAS_UNPAID_ROUND')(error), String(error));
        return 'refused';
      } finally {
        again.abandon();
      }
    }, 10_000, 'the second session to be refused').then((outcome) => assert.equal(outcome, 'refused'));
    // A session that disconnects while its round runs owes it too.
    const q = await party(6);
    const other = await channelFor(q, 1_000n);
    const quick = session(q, other.channel, other.base);
    await quick.open(20, 40);
    quick.abandon();
    // Until the abandoned round settles the channel is still claimed (CHANNEL_BUSY); then it owes the round.
    await eventually(async () => {
      const late = session(q, other.channel, other.base);
      await late.open(20, 40);
      try {
        await late.receiveResult();
        return 'ran';
      } catch (error) {
        if (refusedWith('CHANNEL_BUSY')(error)) return undefined;
        assert.ok(refusedWith('CHANNEL_HAS_UNPAID_ROUND')(error), String(error));
        return 'refused';
      } finally {
        late.abandon();
      }
    }, 10_000, 'the late session to be refused').then((outcome) => assert.equal(outcome, 'refused'));
    // The mark is durable: a restarted executor refuses the channel too.
    await executor.kill();
    executor = await startGuarded();
    const verified = await verifyExecutor(executor.url, { chain: world.client(5), policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true }, functionMeasurement: toHex(p.job.functionMeasurement).slice(2) }, 5_000);
    const afterRestart = session(p, channel, base, verified);
    await afterRestart.open(20, 40);
    await assert.rejects(afterRestart.receiveResult(), refusedWith('CHANNEL_HAS_UNPAID_ROUND'));
    afterRestart.abandon();
  });

  it('unpaid round the requester does not know of: refused on that channel, the run retries on a new lane and completes', async () => {
    const p = await party(8);
    const { channel, base } = await channelFor(p, 1_000n);
    assert.equal(channel.lane, 0n);
    // A session the requester believes ended cleanly, though the executor ran a round it was never paid for.
    const first = session(p, channel, base);
    await first.open(20, 40);
    await first.receiveResult();
    first.abandon();
    await first.finish('test');
    assert.equal(p.requester.store.channelMayOweRound(channel.channelId), false);
    await eventually(async () => (await sessionEnded(first.sessionIdHex)) || undefined, 10_000, 'the executor to settle the abandoned session');
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 20, executors: [executor.url] });
    const result = await p.requester.run(job);
    assert.deepEqual(result.finalState, expected);
    assert.deepEqual(result.failures.map((f) => f.code), ['EXECUTOR_REFUSED']);
    assert.equal(result.sessions.length, 2);
    assert.equal(result.sessions[0]!.endReason, 'EXECUTOR_REFUSED');
    assert.equal(result.transfers, 0);
    // Lane 0 is marked as owing and skipped from now on, but stays open: after expiry it is refunded.
    assert.equal(p.requester.store.channelMayOweRound(channel.channelId), true);
    assert.equal(p.requester.store.channel(channel.channelId)!.status, 'open');
    const lane1 = p.requester.store.openChannelsTo(channel.requester, channel.executor).find((c) => c.lane === 1n);
    assert.ok(lane1 !== undefined, 'the run opened lane 1');
    await eventually(async () => ((await collected(p, lane1)) === 40n * TEST_PRICE_PER_CYCLE ? true : undefined), 15_000, 'collection of the run on lane 1');
    assert.equal(await collected(p, channel), 0n);
  });

  it('refuses tokens it does not accept before any chain read, and drops sockets that never open', async () => {
    // Any address that is not ETH.
    const open = junkOpen({ token: world.devnet.channels, sessionId: new Uint8Array(32).fill(7), signature: new Uint8Array(65) });
    assert.equal((await exchange(executor.url, [open])).code, 'TOKEN_NOT_ACCEPTED');
    const started = Date.now();
    const silent = await exchange(executor.url, [], 8_000);
    assert.equal(silent.code, 'SESSION_NOT_OPENED');
    assert.ok(silent.closed && Date.now() - started < 6_000, `closed after ${Date.now() - started} ms`);
  });

  it('closes a connection that sends a second frame while the first is being handled', async () => {
    const cbor = new Encoder({ useRecords: false, tagUint8Array: false });
    const open = junkOpen({ token: undefined, sessionId: new Uint8Array(32).fill(9), signature: new Uint8Array(65).fill(1) });
    const reply = await exchange(executor.url, [open, Buffer.from(cbor.encode([3, 1, Buffer.alloc(65), 0]))]);
    assert.equal(reply.code, 'MESSAGE_OUT_OF_ORDER');
    assert.ok(reply.closed);
  });
});

describe('executor terms: connection limit, tokens, minimum deposit', () => {
  const MIN_DEPOSIT = 1_000_000n;
  const TOKEN = '0x00000000000000000000000000000000000a11ce';
  let strict: ExecutorProcess;
  before(async () => {
    strict = await world.startExecutor(7, {
      name: 'strict',
      args: ['--max-connections-per-address', '2', '--min-deposit', MIN_DEPOSIT.toString(), '--accept-token', `${TOKEN}:7`, '--max-channel-seconds', '1800'],
    });
  });

  it('refuses a third live connection from one address with 503, and admits one again once a slot is freed', async () => {
    const url = `${strict.url.replace('http', 'ws')}/v1/session`;
    const connect = () =>
      new Promise<WebSocket | number>((resolve, reject) => {
        const ws = new WebSocket(url);
        ws.once('open', () => resolve(ws));
        ws.once('unexpected-response', (_request, response) => {
          resolve(response.statusCode ?? 0);
          ws.terminate();
        });
        ws.once('error', reject);
      });
    const a = await connect();
    const b = await connect();
    assert.ok(a instanceof WebSocket && b instanceof WebSocket);
    assert.equal(await connect(), 503);
    const aClosed = new Promise((resolve) => a.once('close', resolve));
    a.terminate();
    await aClosed;
    const c = await eventually(async () => {
      const attempt = await connect();
      return attempt instanceof WebSocket ? attempt : undefined;
    }, 5_000, 'a freed slot');
    b.terminate();
    c.terminate();
  });

  it('lists the accepted tokens with their prices and the minimum deposit in /v1/info', async () => {
    const info = (await (await fetch(`${strict.url}/v1/info`)).json()) as { minDeposit: string; acceptedTokens: { token: string; pricePerCycle: string }[] };
    assert.equal(info.minDeposit, MIN_DEPOSIT.toString());
    assert.deepEqual(
      info.acceptedTokens.map((t) => [t.token.toLowerCase(), t.pricePerCycle]),
      [['0x0000000000000000000000000000000000000000', TEST_PRICE_PER_CYCLE.toString()], [TOKEN, '7']],
    );
  });

  it('refuses a channel below the minimum deposit; the requester tops it up to the minimum and runs', async () => {
    const p = await party(9, strict.url, 1700); // within the executor's --max-channel-seconds
    assert.equal(p.verified.info.minDeposit, MIN_DEPOSIT);
    const { channel, base } = await channelFor(p, 40n, undefined, 1700); // 40,000 wei: below the minimum
    const s = session(p, channel, base);
    await s.open(20, 40);
    await assert.rejects(s.receiveResult(), refusedWith('CHANNEL_DEPOSIT_BELOW_MINIMUM'));
    await s.finish('test');
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 20, executors: [strict.url] });
    const result = await p.requester.run(job);
    assert.deepEqual(result.finalState, expected);
    assert.deepEqual(result.failures, []);
    const reused = p.requester.store.channel(channel.channelId)!;
    assert.equal(reused.deposit, MIN_DEPOSIT, 'the same lane, topped up to the minimum');
  });

  it('refuses a session on a channel that runs longer than --max-channel-seconds (a registry executor: MAX_CHANNEL_DURATION); the requester, told by the signed info, opens none and passes over a longer one', async () => {
    const p = await party(10, strict.url, 1700);
    assert.equal(p.verified.info.limits.maxChannelSeconds, 1800, 'advertised in /v1/info, inside the signed statement');
    // A requester that ignores the advertisement opens a longer channel anyway: the executor refuses the session.
    const long = await ensureChannel(world.client(p.index), p.requester.store, { executor: p.verified.info.executor, needed: 40n * TEST_PRICE_PER_CYCLE, minDeposit: MIN_DEPOSIT, minSeconds: 600, channelSeconds: 3600 });
    const refused = session(p, long.channel, long.base);
    await refused.open(20, 40);
    await assert.rejects(refused.receiveResult(), refusedWith('CHANNEL_EXPIRES_TOO_LATE'));
    await refused.finish('test');
    // A requester that opens longer channels refuses the executor before opening one.
    const verifyFor = (channelSeconds: number) => verifyExecutor(strict.url, { chain: world.client(p.index), policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true }, functionMeasurement: toHex(p.job.functionMeasurement).slice(2), channelSeconds }, 5_000);
    await assert.rejects(verifyFor(3600), (error: unknown) => isAirtntError(error, 'EXECUTOR_SERVES_SHORTER_CHANNELS'));
    // The same store with shorter channels: the long channel is passed over, a new lane opened, and the run completes.
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 20, executors: [strict.url] });
    const result = await p.requester.run(job);
    assert.deepEqual(result.finalState, expected);
    const lanes = p.requester.store.openChannelsTo(world.client(p.index).account.address, p.verified.info.executor).map((c) => c.lane);
    assert.ok(lanes.some((lane) => lane !== long.channel.lane), `a new lane was opened beside lane ${long.channel.lane}: ${lanes.join(', ')}`);
    assert.equal((await readChannel(world.client(p.index), { requester: world.client(p.index).account.address, executor: p.verified.info.executor, token: long.channel.token, lane: long.channel.lane })).collected, 0n, 'nothing paid on the long channel');
  });
});

/** Whether the executor has ended (and stored the end of) a session, from GET /v1/sessions/:id. */
async function sessionEnded(sessionId: string): Promise<boolean> {
  const response = await fetch(`${executor.url}/v1/sessions/${sessionId}`);
  return response.ok && ((await response.json()) as { ended: boolean }).ended;
}

/** An `open` frame with fixed terms and no valid signature: the executor must refuse it before any round. */
function junkOpen(fields: Pick<OpenMessage, 'token' | 'sessionId' | 'signature'>): Uint8Array {
  return encodeMessage({
    kind: 'open',
    lane: 0n,
    functionMeasurement: new Uint8Array(32),
    sealedSession: new Uint8Array(10),
    firstRound: 0n,
    rate: 10n ** 18n,
    base: 0n,
    cycles: 10,
    sessionCycles: 10,
    ...fields,
  });
}

/** Sends frames back to back on a fresh connection; returns the first error code answered and whether it closed. */
async function exchange(url: string, frames: Uint8Array[], waitMs = 5_000): Promise<{ code?: string; closed: boolean }> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/v1/session`);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const decoder = new Encoder({ useRecords: false });
  let code: string | undefined;
  ws.on('message', (frame: Buffer) => {
    const message = decoder.decode(frame) as unknown[];
    if (message[0] === 0) code ??= message[1] as string;
  });
  ws.on('error', () => undefined);
  const closed = new Promise<boolean>((resolve) => ws.once('close', () => resolve(true)));
  // All frames in one write, so the executor reads them in one chunk and (ws emits frames of a chunk
  // synchronously) sees the second while the first is still being handled, whatever the timing.
  const socket = (ws as unknown as { _socket: import('node:net').Socket })._socket;
  socket.cork();
  for (const frame of frames) ws.send(frame);
  socket.uncork();
  const done = await Promise.race([closed, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), waitMs))]);
  ws.terminate();
  return { code, closed: done };
}
