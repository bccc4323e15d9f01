/**
 * airtnt/browser in a real browser (Chromium, driven by playwright-core): the bundle built from the
 * sources loads in a page with no Node API, and does a requester's real protocol work there against
 * a real (simulated-TEE) enclave running in this Node process: it seals the session opening to the
 * enclave's HPKE key, checks the enclave-signed round record (noble Ed25519), signs the EIP-712
 * payment, checks the released key and opens the round. Every result must equal Node's. Then the page
 * runs a whole paid round itself, over a WebSocket, against a real executor process on a devnet.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { privateKeyToAccount } from 'viem/accounts';
import { NODE_PRIMITIVES } from './crypto/node-primitives.js';
import { createEnclave, type EnclaveHandle } from './enclave/index.js';
import { loadBuiltinFunction, measureFunction } from './functions/abi.js';
import { encodeLifeState, parseRle } from './functions/life.js';
import { readChannel } from './chain/index.js';
import { browserSkipReason, launchChromium } from './node/admin/browser-testing.js';
import { ensureChannel } from './node/requester-channels.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE } from './node/testing.js';
import { verifyExecutor } from './node/verify-executor.js';
import { acceptResult, newRequesterSession } from './protocol/requester-session.js';
import { encodeMessage } from './protocol/messages.js';
import { recoverPaymentSigner, signPayment, type ChannelDomain } from './protocol/payment.js';
import { decodeRecord } from './protocol/record.js';
import { openRoundResult, stateCommitment } from './protocol/sealing.js';
import { createSimulatedProvider } from './tee/simulated.js';
import { fromHex, toHex } from './util/bytes.js';
import { packageRoot } from './util/paths.js';

const PAYER_KEY = '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d' as const;
const DOMAIN: ChannelDomain = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' };
const RATE = 1_000n;

type BrowserModule = Record<string, (...args: never[]) => unknown>;

describe('airtnt/browser in Chromium', { skip: browserSkipReason() }, () => {
  let directory: string;
  let bundle: Buffer;
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;
  let enclave: EnclaveHandle;

  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'airtnt-browser-'));
    const script = pathToFileURL(join(packageRoot(), 'scripts', 'build-browser.mjs')).href;
    const { buildBrowserBundle } = (await import(script)) as { buildBrowserBundle: (outfile: string) => Promise<{ outfile: string }> };
    const { outfile } = await buildBrowserBundle(join(directory, 'airtnt-protocol.js'));
    bundle = await readFile(outfile);
    server = createServer((request, response) => {
      if (request.url === '/airtnt-protocol.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
      } else if (request.url === '/') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>airtnt/browser</title>');
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage();
    // The test runs through tsx, whose esbuild names functions with a __name helper: the functions
    // handed to page.evaluate carry calls to it, so the page gets an identity one.
    await page.addInitScript('globalThis.__name = (target) => target;');
    await page.goto(`${url}/`);
    enclave = await createEnclave({ tee: createSimulatedProvider(), limits: { maxRoundMs: 30_000, maxMemoryPages: 64 } });
  });

  after(async () => {
    await browser?.close();
    await enclave?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('loads as one ES module without Node (no process, no Buffer) and exports what the snapshot lists', async () => {
    assert.doesNotMatch(bundle.toString('utf8'), /from\s*["']node:|require\(["']node:/, 'no Node import in the bundle');
    const seen = await page.evaluate(async (source) => {
      const module = (await import(source)) as Record<string, unknown>;
      return { names: Object.keys(module).sort(), process: typeof (globalThis as Record<string, unknown>).process, buffer: typeof (globalThis as Record<string, unknown>).Buffer };
    }, `${url}/airtnt-protocol.js`);
    assert.equal(seen.process, 'undefined');
    assert.equal(seen.buffer, 'undefined');
    const snapshot = await readFile(join(packageRoot(), 'src', 'exports.snapshot.txt'), 'utf8');
    const values = snapshot.split('\n').filter((line) => line.startsWith('airtnt/browser ') && line.endsWith('(value)')).map((line) => line.split(' ')[1]!).sort();
    assert.deepEqual(seen.names, values);
  });

  it('seals a session, checks an enclave-signed round, signs its payment and opens it, as Node does', async () => {
    const identity = enclave.identity();
    const life = await loadBuiltinFunction('life');
    const functionMeasurement = measureFunction(life);
    const initial = encodeLifeState(24, 24, parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!'));
    const sessionId = randomBytes(32);
    const channelId = toHex(randomBytes(32));
    const cycles = 7;

    // 1. The browser seals the session opening (a secret it draws itself) to the attested enclave.
    const sealed = await page.evaluate(async (input) => {
      const m = (await import(input.source)) as BrowserModule & Record<string, (...args: unknown[]) => unknown>;
      const fromHex = m.fromHex as (hex: string) => Uint8Array;
      const toHex = m.toHex as (bytes: Uint8Array) => string;
      const sessionSecret = crypto.getRandomValues(new Uint8Array(32));
      const sealedSession = (m.sealSessionOpening as (p: object) => Uint8Array)({
        enclaveHpkePublicKey: fromHex(input.hpke), sessionSecret, state: fromHex(input.state),
        sessionId: fromHex(input.sessionId), channelId: fromHex(input.channelId), functionMeasurement: fromHex(input.functionMeasurement), firstRound: 1n,
      });
      return { sessionSecret: toHex(sessionSecret), sealedSession: toHex(sealedSession) };
    }, { source: `${url}/airtnt-protocol.js`, hpke: toHex(identity.hpkePublicKey), state: toHex(initial), sessionId: toHex(sessionId), channelId, functionMeasurement: toHex(functionMeasurement) });

    // 2. The real enclave opens it (only the sealing was right if it can) and runs a round.
    await enclave.openSession({ sessionId, channelId: fromHex(channelId), functionMeasurement, firstRound: 1n, sealedSession: fromHex(sealed.sealedSession) });
    const result = await enclave.runRound(sessionId, 1n, cycles);
    const record = decodeRecord(result.record);
    const resultMessage = {
      kind: 'result' as const, round: 1n, cyclesDone: Number(record.cyclesDone), workUnits: Number(record.workUnits), keyHash: record.keyHash,
      signature: result.signature, stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext,
    };
    const tampered = { ...resultMessage, signature: result.signature.slice() };
    tampered.signature[10]! ^= 1;

    // 3. The browser checks the signed record, signs the payment, checks the key, opens the round.
    const browserSide = await page.evaluate(async (input) => {
      const m = (await import(input.source)) as Record<string, (...args: unknown[]) => unknown>;
      const fromHex = m.fromHex as (hex: string) => Uint8Array;
      const toHex = m.toHex as (bytes: Uint8Array) => string;
      const decode = (hex: string) => m.decodeMessage!(fromHex(hex)) as Record<string, unknown>;
      const machine = m.newRequesterSession!({
        sessionId: fromHex(input.sessionId), channelId: input.channelId, functionMeasurement: fromHex(input.functionMeasurement),
        enclavePublicKey: fromHex(input.enclavePublicKey), runtimeMeasurement: fromHex(input.runtimeMeasurement), insecure: true,
        rate: BigInt(input.rate), base: 0n, firstRound: 1n, cycles: input.cycles,
      });
      const commitment = m.stateCommitment!(fromHex(input.sessionSecret), fromHex(input.sessionId), fromHex(input.state)) as Uint8Array;
      let tamperedRefusal = 'accepted';
      try {
        m.acceptResult!(machine, decode(input.tamperedFrame), commitment);
      } catch (error) {
        tamperedRefusal = (error as { code: string }).code;
      }
      const accepted = m.acceptResult!(machine, decode(input.resultFrame), commitment) as { state: unknown; terms: { channelId: string; amount: bigint; keyHash: string } };
      const account = (m.privateKeyToAccount as (key: string) => unknown)(input.payerKey);
      const signature = (await m.signPayment!(account, input.domain, accepted.terms)) as string;
      const paid = m.paymentSent!(accepted.state, accepted.terms.amount, 0);
      const key = decode(input.keyFrame);
      const ended = m.acceptKey!(paid, key) as { phase: string };
      const opened = m.openRoundResult!({
        sessionSecret: fromHex(input.sessionSecret), sessionId: fromHex(input.sessionId), round: 1n, record: fromHex(input.record),
        key: key.key, stateCiphertext: fromHex(input.stateCiphertext), outputsCiphertext: fromHex(input.outputsCiphertext), previousState: fromHex(input.state),
      }) as { state: Uint8Array; stateCommitment: Uint8Array };
      return {
        tamperedRefusal, phase: ended.phase, signature,
        terms: { channelId: accepted.terms.channelId, amount: String(accepted.terms.amount), keyHash: accepted.terms.keyHash },
        state: toHex(opened.state), stateCommitment: toHex(opened.stateCommitment),
      };
    }, {
      source: `${url}/airtnt-protocol.js`, sessionId: toHex(sessionId), channelId, functionMeasurement: toHex(functionMeasurement),
      enclavePublicKey: toHex(identity.signingPublicKey), runtimeMeasurement: toHex(identity.runtimeMeasurement), rate: String(RATE), cycles,
      sessionSecret: sealed.sessionSecret, state: toHex(initial), payerKey: PAYER_KEY, domain: DOMAIN,
      resultFrame: toHex(encodeMessage(resultMessage)), tamperedFrame: toHex(encodeMessage(tampered)),
      keyFrame: toHex(encodeMessage({ kind: 'key', round: 1n, key: result.key })),
      record: toHex(result.record), stateCiphertext: toHex(result.stateCiphertext), outputsCiphertext: toHex(result.outputsCiphertext),
    });

    // 4. Node, with node:crypto, from the same bytes.
    const sessionSecret = fromHex(sealed.sessionSecret);
    const machine = newRequesterSession({ sessionId, channelId, functionMeasurement, enclavePublicKey: identity.signingPublicKey, runtimeMeasurement: identity.runtimeMeasurement, insecure: true, rate: RATE, base: 0n, firstRound: 1n, cycles });
    const nodeAccepted = acceptResult(machine, resultMessage, stateCommitment(sessionSecret, sessionId, initial), NODE_PRIMITIVES);
    const nodeOpened = openRoundResult({ sessionSecret, sessionId, round: 1n, record: result.record, key: result.key, stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext, previousState: initial, primitives: NODE_PRIMITIVES });
    const account = privateKeyToAccount(PAYER_KEY);

    assert.equal(browserSide.tamperedRefusal, 'RESULT_NOT_ATTESTED', 'a flipped signature bit is refused in the browser');
    assert.deepEqual(browserSide.terms, { channelId: nodeAccepted.terms.channelId, amount: String(nodeAccepted.terms.amount), keyHash: nodeAccepted.terms.keyHash });
    assert.ok(nodeAccepted.terms.amount > 0n, 'the round is priced');
    assert.equal(browserSide.signature, await signPayment(account, DOMAIN, nodeAccepted.terms), 'the same deterministic EIP-712 signature');
    assert.equal(await recoverPaymentSigner(DOMAIN, nodeAccepted.terms, browserSide.signature as `0x${string}`), account.address);
    assert.equal(browserSide.phase, 'ended');
    assert.equal(browserSide.state, toHex(nodeOpened.state));
    assert.equal(browserSide.stateCommitment, toHex(nodeOpened.stateCommitment));
    assert.notEqual(browserSide.state, toHex(initial), 'the glider moved');
  });

  it('runs a paid round from the page over a WebSocket against a real executor process', async () => {
    const world = await startTestWorld();
    try {
      const executor = await world.startExecutor(1);
      const requesterIndex = 4;
      const chain = world.client(requesterIndex);
      const store = world.requester(requesterIndex).store;
      const { job, expected } = await lifeJob({ width: 36, height: 24, cycles: 12, perRound: 12, executors: [executor.url] });
      const verified = await verifyExecutor(executor.url, { chain, policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true }, functionMeasurement: toHex(job.functionMeasurement).slice(2) }, 30_000);
      const { channel, base } = await ensureChannel(chain, store, { executor: verified.info.executor, needed: 1_000n * TEST_PRICE_PER_CYCLE, minSeconds: 600, channelSeconds: 3600 });

      const outcome = await page.evaluate(async (input) => {
        const m = (await import(input.source)) as Record<string, (...args: unknown[]) => unknown>;
        const fromHex = m.fromHex as (hex: string) => Uint8Array;
        const toHex = m.toHex as (bytes: Uint8Array) => string;
        const account = (m.privateKeyToAccount as (key: string) => unknown)(input.privateKey);
        const sessionId = crypto.getRandomValues(new Uint8Array(32));
        const sessionSecret = crypto.getRandomValues(new Uint8Array(32));
        const state = fromHex(input.initialState);
        const functionMeasurement = fromHex(input.functionMeasurement);
        const [rate, base, lane] = [BigInt(input.rate), BigInt(input.base), BigInt(input.lane)];

        const socket = new WebSocket(input.sessionUrl);
        socket.binaryType = 'arraybuffer';
        const inbox: Uint8Array[] = [];
        let wake: (() => void) | undefined;
        socket.onmessage = (event) => { inbox.push(new Uint8Array(event.data as ArrayBuffer)); wake?.(); };
        socket.onclose = () => wake?.();
        await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = () => reject(new Error('cannot connect')); });
        const next = async (kind: string) => {
          const deadline = Date.now() + 120_000;
          while (inbox.length === 0) {
            if (socket.readyState === WebSocket.CLOSED || Date.now() > deadline) throw new Error(`no ${kind} frame`);
            await new Promise<void>((resolve) => { wake = resolve; }); // a frame or the close wakes it
          }
          const message = m.decodeMessage!(inbox.shift()) as Record<string, unknown>;
          if (message.kind !== kind) throw new Error(`expected ${kind}, got ${String(message.kind)}: ${String(message.code ?? '')} ${String(message.message ?? '')}`);
          return message;
        };

        const sealedSession = m.sealSessionOpening!({ enclaveHpkePublicKey: fromHex(input.hpke), sessionId, channelId: fromHex(input.channelId), functionMeasurement, firstRound: 0n, sessionSecret, state }) as Uint8Array;
        const terms = { executor: input.executor, token: input.token, lane, sessionId, functionMeasurement, sealedSession, firstRound: 0n, rate, base, roundCycles: input.cycles, sessionCycles: input.cycles };
        const signature = await m.signSessionOpen!(account, input.domain, terms);
        socket.send(m.encodeMessage!({ kind: 'open', token: undefined, lane, functionMeasurement, sessionId, sealedSession, firstRound: 0n, rate, base, cycles: input.cycles, sessionCycles: input.cycles, signature }) as Uint8Array);

        let machine = m.newRequesterSession!({ sessionId, channelId: input.channelId, functionMeasurement, enclavePublicKey: fromHex(input.enclavePublicKey), runtimeMeasurement: fromHex(input.runtimeMeasurement), insecure: true, rate, base, firstRound: 0n, cycles: input.cycles, maxAmount: BigInt(input.deposit) });
        const result = await next('result');
        const accepted = m.acceptResult!(machine, result, m.stateCommitment!(sessionSecret, sessionId, state)) as { state: unknown; terms: { amount: bigint }; record: Uint8Array };
        const paymentSignature = (await m.signPayment!(account, input.domain, accepted.terms)) as string;
        socket.send(m.encodeMessage!({ kind: 'pay', amount: accepted.terms.amount, signature: fromHex(paymentSignature), nextCycles: 0 }) as Uint8Array);
        const key = await next('key');
        machine = m.acceptKey!(m.paymentSent!(accepted.state, accepted.terms.amount, 0), key);
        const opened = m.openRoundResult!({
          sessionSecret, sessionId, round: 0n, record: accepted.record, key: key.key, stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext,
          previousState: state, codecs: m.ALL_DIFF_CODECS,
        }) as { state: Uint8Array };
        socket.close();
        return { state: toHex(opened.state), amount: String(accepted.terms.amount), phase: (machine as { phase: string }).phase };
      }, {
        source: `${url}/airtnt-protocol.js`, sessionUrl: verified.sessionUrl, privateKey: world.devnet.accounts[requesterIndex]!.privateKey, domain: chain.domain,
        executor: verified.info.executor, token: channel.token, lane: String(channel.lane), channelId: channel.channelId, deposit: String(channel.deposit),
        hpke: toHex(verified.info.enclave.hpkePublicKey), enclavePublicKey: toHex(verified.info.enclave.signingPublicKey), runtimeMeasurement: toHex(verified.info.enclave.runtimeMeasurement),
        functionMeasurement: toHex(job.functionMeasurement), initialState: toHex(job.initialState), rate: String(verified.pricePerCycle), base: String(base), cycles: 12,
      });

      assert.equal(outcome.phase, 'ended');
      assert.equal(outcome.state, toHex(expected), 'the paid round in the browser reached the reference grid');
      assert.equal(BigInt(outcome.amount), base + 12n * TEST_PRICE_PER_CYCLE);
      // The executor accepted the browser's EIP-712 signature: it collects it on-chain.
      await eventually(async () => {
        const onChain = await readChannel(chain, { requester: channel.requester, executor: channel.executor, token: channel.token, lane: channel.lane });
        return onChain.collected === BigInt(outcome.amount) ? onChain : undefined;
      }, 180_000, 'the executor to collect the browser\'s payment');
    } finally {
      await world.close();
    }
  });
});
