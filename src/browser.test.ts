/**
 * airtnt/browser in a real browser (Chromium, driven by playwright-core): the bundle built from the
 * sources loads in a page with no Node API, and does a requester's real protocol work there against
 * a real (simulated-TEE) enclave running in this Node process: it seals the session opening to the
 * enclave's HPKE key, checks the enclave-signed round record (noble Ed25519), signs the EIP-712
 * payment, checks the released key and opens the round. Every result must equal Node's.
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
import { browserSkipReason, launchChromium } from './node/admin/browser-testing.js';
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
});
