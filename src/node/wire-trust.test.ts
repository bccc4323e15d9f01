/**
 * What a requester can trust from an executor it reaches over the network (issue 9, cases 12 and 13),
 * against real executor processes on a real devnet: wss:// with a self-signed certificate, terms in
 * /v1/info that only the attested enclave can sign, and a refused signed `open` that cannot be
 * replayed later, even after a restart.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Encoder } from 'cbor-x';
import WebSocket, { WebSocketServer } from 'ws';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';
import { toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import type { ExecutorProcess } from './process.js';
import { EvidenceVerdicts, VERDICT_MAX_AGE_MS } from './evidence-verdicts.js';
import { infoEtag } from './info.js';
import { KnownInfos } from './known-infos.js';
import { ensureChannel } from './requester-channels.js';
import { SessionClient } from './session-client.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { verifyExecutor, verifyKnownExecutor, type ExecutorRequirements, type KnownExecutors, type VerifiedExecutor } from './verify-executor.js';

let world: TestWorld;
/** A plain executor: its signed info is rewritten in one test, a refused open replayed at it in another (which restarts it). */
let plain: ExecutorProcess;
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
/** Serves wss:// with a self-signed certificate (when openssl is there to make one). */
let tls: ExecutorProcess | undefined;

before(async () => {
  world = await startTestWorld();
  const startTls = async () => {
    if (!hasOpenssl) return undefined;
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', join(world.dir, 'tls-key.pem'), '-out', join(world.dir, 'tls-cert.pem'), '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost']);
    assert.equal(made.status, 0, made.stderr.toString());
    return world.startExecutor(3, { name: 'tls', args: ['--tls-cert', join(world.dir, 'tls-cert.pem'), '--tls-key', join(world.dir, 'tls-key.pem')] });
  };
  // Started side by side.
  [plain, tls] = await Promise.all([world.startExecutor(6, { name: 'replay' }), startTls()]);
});
after(async () => {
  await world.close();
});

const POLICY = { allowedKinds: ['simulated' as const], allowSimulated: true, allowDebug: true };

async function requirementsFor(index: number, extra: Partial<ExecutorRequirements & KnownExecutors> = {}): Promise<ExecutorRequirements & KnownExecutors> {
  const { job } = await lifeJob({ width: 40, height: 20, cycles: 20, perRound: 20, executors: [] });
  return { chain: world.client(index), policy: POLICY, functionMeasurement: toHex(job.functionMeasurement).slice(2), ...extra };
}

/** Serves `body` as /v1/info on loopback: an info document rewritten on the path (or, for 304, none: "yours is current"). */
async function serveInfo(body: unknown, status = 200): Promise<string> {
  const server = createServer((_request, response) => {
    response.statusCode = status;
    if (status === 304) return void response.end();
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The first error code an executor answers to `frame` on a fresh connection (undefined: it answered something else). */
async function answerTo(url: string, frame: Uint8Array): Promise<string | undefined> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/v1/session`);
  ws.on('error', () => undefined);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('unexpected-response', () => reject(new Error('upgrade refused')));
  });
  ws.send(frame);
  const decoder = new Encoder({ useRecords: false });
  const code = await new Promise<string | undefined>((resolve) => {
    ws.once('message', (data: Buffer) => {
      const message = decoder.decode(data) as unknown[];
      resolve(message[0] === 0 ? (message[1] as string) : undefined);
    });
    ws.once('close', () => resolve('CLOSED'));
  });
  ws.terminate();
  return code;
}

describe('trust over the network', () => {
  it('serves wss:// with its own certificate; the requester runs through it with a CA file, and refuses it without', async (t) => {
    if (tls === undefined) {
      t.skip('openssl is not installed');
      return;
    }
    const cert = join(world.dir, 'tls-cert.pem');
    assert.match(tls.url, /^https:\/\//);
    const ca = readFileSync(cert, 'utf8');
    await assert.rejects(verifyExecutor(tls.url, await requirementsFor(2), 5_000), (error) => isAirtntError(error, 'EXECUTOR_UNREACHABLE') && /self.signed/i.test(error.message));
    const verified = await verifyExecutor(tls.url, await requirementsFor(2, { tlsCa: ca }), 5_000);
    assert.match(verified.sessionUrl, /^wss:\/\//);
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 20, executors: [tls.url] });
    const result = await world.requester(2, { tlsCa: ca }).run(job);
    assert.deepEqual(result.finalState, expected);
    await tls.stop();
  });

  it('refuses an info document whose terms were rewritten on the path (payee, price, deposit, limits) or unsigned', async () => {
    const executor = plain;
    const genuine = (await (await fetch(`${executor.url}/v1/info`)).json()) as Record<string, unknown> & { limits: Record<string, number> };
    assert.match(String(genuine.signature), /^0x[0-9a-f]{128}$/);
    await verifyExecutor(await serveInfo(genuine), await requirementsFor(5), 5_000);
    const rewrites: Record<string, unknown>[] = [
      { executor: world.devnet.accounts[9]!.address },
      { pricePerCycle: '1', acceptedTokens: [{ token: '0x0000000000000000000000000000000000000000', pricePerCycle: '1' }] },
      { minDeposit: '0' === genuine.minDeposit ? '1' : '0' },
      { limits: { ...genuine.limits, minChannelSeconds: (genuine.limits.minChannelSeconds ?? 0) + 1 } },
      { functions: [...(genuine.functions as string[]), 'ab'.repeat(32)] },
    ];
    for (const rewrite of rewrites) {
      await assert.rejects(verifyExecutor(await serveInfo({ ...genuine, ...rewrite }), await requirementsFor(5), 5_000), (error) => isAirtntError(error, 'INFO_NOT_SIGNED'), JSON.stringify(rewrite));
    }
    const { signature: _dropped, ...unsigned } = genuine;
    await assert.rejects(verifyExecutor(await serveInfo(unsigned), await requirementsFor(5), 5_000), (error) => isAirtntError(error, 'INFO_NOT_SIGNED'));
  });

  it('opens no new channel after a session whose connection failed: its opening never left, so the channel owes nothing', async () => {
    // The executor's genuine terms, but nobody behind /v1/session (a proxy that relays only GETs, say).
    const genuine = (await (await fetch(`${plain.url}/v1/info`)).json()) as Record<string, unknown>;
    const front = await serveInfo(genuine);
    const requester = world.requester(8, { name: 'no-session-requester' });
    for (const attempt of [1, 2]) {
      const { job } = await lifeJob({ width: 40, height: 20, cycles: 20 + attempt, perRound: 20, executors: [front] });
      await assert.rejects(requester.run(job), (error) => isAirtntError(error, 'RUN_STALLED'));
      const channels = requester.store.allOpenChannels();
      assert.equal(channels.length, 1, `attempt ${attempt}: ${channels.length} channels`);
      assert.equal(requester.store.channelMayOweRound(channels[0]!.channelId), false);
    }
  });

  it('takes a known executor\'s evidence verdict and info document again (304), and still checks the terms\' signature, the key binding and the policy at every use', async () => {
    const genuine = (await (await fetch(`${plain.url}/v1/info`)).json()) as Record<string, unknown> & { enclave: Record<string, unknown> };
    const verdicts = new EvidenceVerdicts();
    const now = Date.now();
    const at = (ms: number) => ({ verdicts, now: () => new Date(now + ms) });
    const first = await verifyKnownExecutor(plain.url, await requirementsFor(5, at(0)), 5_000);
    const again = await verifyKnownExecutor(plain.url, await requirementsFor(5, at(1_000)), 5_000);
    assert.equal(again.evidence, first.evidence, 'the verdict reached at the first contact, not a new verification');
    // The same evidence beside other keys, other terms, or under a policy that refuses it: refused as at a first contact.
    const otherKey = { ...genuine, enclave: { ...genuine.enclave, hpkePublicKey: `0x${'11'.repeat(32)}` } };
    await assert.rejects(verifyKnownExecutor(await serveInfo(otherKey), await requirementsFor(5, at(2_000)), 5_000), (error) => isAirtntError(error, 'BINDING_MISMATCH'));
    await assert.rejects(verifyKnownExecutor(await serveInfo({ ...genuine, minDeposit: '1' === genuine.minDeposit ? '2' : '1' }), await requirementsFor(5, at(2_000)), 5_000), (error) => isAirtntError(error, 'INFO_NOT_SIGNED'));
    await assert.rejects(verifyKnownExecutor(plain.url, await requirementsFor(5, { ...at(2_000), policy: { ...POLICY, measurements: ['00'.repeat(32)] } }), 5_000), (error) => isAirtntError(error, 'POLICY_MEASUREMENT_NOT_ALLOWED'));
    // The document too: asked with its tag, the executor answers 304 and the stored copy is checked again.
    const infos = new KnownInfos();
    const fetched = await verifyKnownExecutor(plain.url, await requirementsFor(5, { ...at(3_000), infos }), 5_000);
    const known = await verifyKnownExecutor(plain.url, await requirementsFor(5, { ...at(3_000), infos }), 5_000);
    assert.deepEqual(known.info, fetched.info);
    assert.ok(known.infoBytes.received < 400 && fetched.infoBytes.received > 1_000, `${fetched.infoBytes.received} B, then ${known.infoBytes.received} B`);
    const direct = await fetch(`${plain.url}/v1/info`, { headers: { 'if-none-match': infoEtag(infos.get(plain.url)!) } });
    assert.equal(direct.status, 304);
    assert.equal((await fetch(`${plain.url}/v1/info`, { headers: { 'if-none-match': '"00"' } })).status, 200);
    // A 304 from the path with a rewritten stored copy: the copy is checked as if it had just come.
    const always304 = await serveInfo(undefined, 304);
    infos.put(always304, JSON.stringify({ ...genuine, minDeposit: '1' === genuine.minDeposit ? '2' : '1' }), now);
    await assert.rejects(verifyKnownExecutor(always304, await requirementsFor(5, { ...at(3_000), infos }), 5_000), (error) => isAirtntError(error, 'INFO_NOT_SIGNED'));
    // Past VERDICT_MAX_AGE_MS the evidence is verified again.
    const later = await verifyKnownExecutor(plain.url, await requirementsFor(5, at(VERDICT_MAX_AGE_MS + 1_000)), 5_000);
    assert.notEqual(later.evidence, first.evidence);
    assert.deepEqual(later.evidence, first.evidence);
  });

  it('records a refused signed open, so that replaying it later is refused, even after a restart', async () => {
    let executor: ExecutorProcess = plain;
    const chain = world.client(7);
    const requester = world.requester(7, { name: 'replay-requester' });
    const { job } = await lifeJob({ width: 40, height: 20, cycles: 20, perRound: 20, executors: [executor.url] });
    const verified = await verifyExecutor(executor.url, await requirementsFor(7), 5_000);
    requester.store.ensureRun({ runId: 'replay', functionMeasurement: toHex(job.functionMeasurement), initialState: job.initialState, totalCycles: 20, perRound: 20 }, Date.now());
    const { channel, base } = await ensureChannel(chain, requester.store, { executor: verified.info.executor, needed: 60n * TEST_PRICE_PER_CYCLE, minSeconds: 600, channelSeconds: 3600 });
    const session = (at: VerifiedExecutor, sessionBase: bigint) =>
      new SessionClient(
        { chain, store: requester.store, codecs: ALL_DIFF_CODECS, timeouts: { connectMs: 5_000, resultMs: 10_000, keyMs: 3_000, keyFromChainMs: 0, chainPollMs: 100 }, log: () => undefined },
        { runId: 'replay', executor: at, channel, base: sessionBase, functionMeasurement: job.functionMeasurement, firstRound: 0n, state: job.initialState },
      );
    // Session A runs a round on the channel and waits to pay for it.
    const a = session(verified, base);
    await a.open(20, 20);
    const { terms } = await a.receiveResult();
    // Meanwhile the requester signs an opening B on the same channel (to follow A): someone records it.
    const recorder = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => recorder.once('listening', resolve));
    const recorded = new Promise<Uint8Array>((resolve) => recorder.once('connection', (ws) => ws.once('message', (data: Buffer) => resolve(new Uint8Array(data)))));
    const b = session({ ...verified, sessionUrl: `ws://127.0.0.1:${(recorder.address() as AddressInfo).port}/v1/session` }, terms.amount);
    await b.open(20, 20);
    const openB = await recorded;
    b.abandon();
    for (const client of recorder.clients) client.terminate();
    recorder.close();
    // B reaches the executor while A holds the channel (and owes its round): refused.
    assert.ok(['CHANNEL_BUSY', 'CHANNEL_HAS_UNPAID_ROUND'].includes((await answerTo(executor.url, openB)) ?? ''));
    // A pays and ends: B's terms would now pass every check (base = what A paid).
    await a.pay(0);
    await a.receiveKey();
    await a.finish('done');
    // Replayed now, B would run a round nobody pays for and mark the channel: it is refused instead.
    assert.equal(await answerTo(executor.url, openB), 'SESSION_EXISTS');
    await executor.kill();
    executor = await world.startExecutor(6, { name: 'replay', startTimeoutMs: 120_000 });
    assert.equal(await answerTo(executor.url, openB), 'SESSION_EXISTS', 'the refusal survived kill -9');
    // The channel owes nothing: the requester's next session on it runs.
    const again = await verifyExecutor(executor.url, await requirementsFor(7), 5_000);
    const c = session(again, terms.amount);
    await c.open(20, 20);
    await c.receiveResult();
    c.abandon();
    await executor.stop();
  });
});
