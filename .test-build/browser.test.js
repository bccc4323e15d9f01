import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import { privateKeyToAccount } from "viem/accounts";
import { NODE_PRIMITIVES } from "./crypto/node-primitives.js";
import { createEnclave } from "./enclave/index.js";
import { loadBuiltinFunction, measureFunction } from "./functions/abi.js";
import { encodeLifeState, parseRle } from "./functions/life.js";
import { readChannel } from "./chain/index.js";
import { browserSkipReason, launchChromium } from "./node/admin/browser-testing.js";
import { ensureChannel } from "./node/requester-channels.js";
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE } from "./node/testing.js";
import { verifyExecutor } from "./node/verify-executor.js";
import { acceptResult, newRequesterSession } from "./protocol/requester-session.js";
import { encodeMessage } from "./protocol/messages.js";
import { recoverPaymentSigner, signPayment } from "./protocol/payment.js";
import { decodeRecord } from "./protocol/record.js";
import { openRoundResult, stateCommitment } from "./protocol/sealing.js";
import { createSimulatedProvider } from "./tee/simulated.js";
import { fromHex, toHex } from "./util/bytes.js";
import { packageRoot } from "./util/paths.js";
const PAYER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const DOMAIN = { chainId: 31337, verifyingContract: "0x5FbDB2315678afecb367f032d93F642f64180aa3" };
const RATE = 1000n;
describe("airtnt/browser in Chromium", { skip: browserSkipReason() }, () => {
  let directory;
  let bundle;
  let server;
  let url;
  let browser;
  let page;
  let enclave;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), "airtnt-browser-"));
    const script = pathToFileURL(join(packageRoot(), "scripts", "build-browser.mjs")).href;
    const { buildBrowserBundle } = await import(script);
    const { outfile } = await buildBrowserBundle(join(directory, "airtnt-protocol.js"));
    bundle = await readFile(outfile);
    server = createServer((request, response) => {
      if (request.url === "/airtnt-protocol.js") {
        response.writeHead(200, { "content-type": "text/javascript" }).end(bundle);
      } else if (request.url === "/") {
        response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>airtnt/browser</title>");
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
    page = await browser.newPage();
    await page.addInitScript("globalThis.__name = (target) => target;");
    await page.goto(`${url}/`);
    enclave = await createEnclave({ tee: createSimulatedProvider(), limits: { maxRoundMs: 3e4, maxMemoryPages: 64 } });
  });
  after(async () => {
    await browser?.close();
    await enclave?.close();
    await new Promise((resolve) => server ? server.close(resolve) : resolve(void 0));
    if (directory) await rm(directory, { recursive: true, force: true });
  });
  it("loads as one ES module without Node (no process, no Buffer) and exports what the snapshot lists", async () => {
    assert.doesNotMatch(bundle.toString("utf8"), /from\s*["']node:|require\(["']node:/, "no Node import in the bundle");
    const seen = await page.evaluate(async (source) => {
      const module = await import(source);
      return { names: Object.keys(module).sort(), process: typeof globalThis.process, buffer: typeof globalThis.Buffer };
    }, `${url}/airtnt-protocol.js`);
    assert.equal(seen.process, "undefined");
    assert.equal(seen.buffer, "undefined");
    const snapshot = await readFile(join(packageRoot(), "src", "exports.snapshot.txt"), "utf8");
    const values = snapshot.split("\n").filter((line) => line.startsWith("airtnt/browser ") && line.endsWith("(value)")).map((line) => line.split(" ")[1]).sort();
    assert.deepEqual(seen.names, values);
  });
  it("seals a session, checks an enclave-signed round, signs its payment and opens it, as Node does", async () => {
    const identity = enclave.identity();
    const life = await loadBuiltinFunction("life");
    const functionMeasurement = measureFunction(life);
    const initial = encodeLifeState(24, 24, parseRle("x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!"));
    const sessionId = randomBytes(32);
    const channelId = toHex(randomBytes(32));
    const cycles = 7;
    const sealed = await page.evaluate(async (input) => {
      const m = await import(input.source);
      const fromHex2 = m.fromHex;
      const toHex2 = m.toHex;
      const sessionSecret2 = crypto.getRandomValues(new Uint8Array(32));
      const sealedSession = m.sealSessionOpening({
        enclaveHpkePublicKey: fromHex2(input.hpke),
        sessionSecret: sessionSecret2,
        state: fromHex2(input.state),
        sessionId: fromHex2(input.sessionId),
        channelId: fromHex2(input.channelId),
        functionMeasurement: fromHex2(input.functionMeasurement),
        firstRound: 1n
      });
      return { sessionSecret: toHex2(sessionSecret2), sealedSession: toHex2(sealedSession) };
    }, { source: `${url}/airtnt-protocol.js`, hpke: toHex(identity.hpkePublicKey), state: toHex(initial), sessionId: toHex(sessionId), channelId, functionMeasurement: toHex(functionMeasurement) });
    await enclave.openSession({ sessionId, channelId: fromHex(channelId), functionMeasurement, firstRound: 1n, sealedSession: fromHex(sealed.sealedSession) });
    const result = await enclave.runRound(sessionId, 1n, cycles);
    const record = decodeRecord(result.record);
    const resultMessage = {
      kind: "result",
      round: 1n,
      cyclesDone: Number(record.cyclesDone),
      workUnits: Number(record.workUnits),
      keyHash: record.keyHash,
      signature: result.signature,
      stateCiphertext: result.stateCiphertext,
      outputsCiphertext: result.outputsCiphertext
    };
    const tampered = { ...resultMessage, signature: result.signature.slice() };
    tampered.signature[10] ^= 1;
    const browserSide = await page.evaluate(async (input) => {
      const m = await import(input.source);
      const fromHex2 = m.fromHex;
      const toHex2 = m.toHex;
      const decode = (hex) => m.decodeMessage(fromHex2(hex));
      const machine2 = m.newRequesterSession({
        sessionId: fromHex2(input.sessionId),
        channelId: input.channelId,
        functionMeasurement: fromHex2(input.functionMeasurement),
        enclavePublicKey: fromHex2(input.enclavePublicKey),
        runtimeMeasurement: fromHex2(input.runtimeMeasurement),
        insecure: true,
        rate: BigInt(input.rate),
        base: 0n,
        firstRound: 1n,
        cycles: input.cycles
      });
      const commitment = m.stateCommitment(fromHex2(input.sessionSecret), fromHex2(input.sessionId), fromHex2(input.state));
      let tamperedRefusal = "accepted";
      try {
        m.acceptResult(machine2, decode(input.tamperedFrame), commitment);
      } catch (error) {
        tamperedRefusal = error.code;
      }
      const accepted = m.acceptResult(machine2, decode(input.resultFrame), commitment);
      const account2 = m.privateKeyToAccount(input.payerKey);
      const signature = await m.signPayment(account2, input.domain, accepted.terms);
      const paid = m.paymentSent(accepted.state, accepted.terms.amount, 0);
      const key = decode(input.keyFrame);
      const ended = m.acceptKey(paid, key);
      const opened = m.openRoundResult({
        sessionSecret: fromHex2(input.sessionSecret),
        sessionId: fromHex2(input.sessionId),
        round: 1n,
        record: fromHex2(input.record),
        key: key.key,
        stateCiphertext: fromHex2(input.stateCiphertext),
        outputsCiphertext: fromHex2(input.outputsCiphertext),
        previousState: fromHex2(input.state)
      });
      return {
        tamperedRefusal,
        phase: ended.phase,
        signature,
        terms: { channelId: accepted.terms.channelId, amount: String(accepted.terms.amount), keyHash: accepted.terms.keyHash },
        state: toHex2(opened.state),
        stateCommitment: toHex2(opened.stateCommitment)
      };
    }, {
      source: `${url}/airtnt-protocol.js`,
      sessionId: toHex(sessionId),
      channelId,
      functionMeasurement: toHex(functionMeasurement),
      enclavePublicKey: toHex(identity.signingPublicKey),
      runtimeMeasurement: toHex(identity.runtimeMeasurement),
      rate: String(RATE),
      cycles,
      sessionSecret: sealed.sessionSecret,
      state: toHex(initial),
      payerKey: PAYER_KEY,
      domain: DOMAIN,
      resultFrame: toHex(encodeMessage(resultMessage)),
      tamperedFrame: toHex(encodeMessage(tampered)),
      keyFrame: toHex(encodeMessage({ kind: "key", round: 1n, key: result.key })),
      record: toHex(result.record),
      stateCiphertext: toHex(result.stateCiphertext),
      outputsCiphertext: toHex(result.outputsCiphertext)
    });
    const sessionSecret = fromHex(sealed.sessionSecret);
    const machine = newRequesterSession({ sessionId, channelId, functionMeasurement, enclavePublicKey: identity.signingPublicKey, runtimeMeasurement: identity.runtimeMeasurement, insecure: true, rate: RATE, base: 0n, firstRound: 1n, cycles });
    const nodeAccepted = acceptResult(machine, resultMessage, stateCommitment(sessionSecret, sessionId, initial), NODE_PRIMITIVES);
    const nodeOpened = openRoundResult({ sessionSecret, sessionId, round: 1n, record: result.record, key: result.key, stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext, previousState: initial, primitives: NODE_PRIMITIVES });
    const account = privateKeyToAccount(PAYER_KEY);
    assert.equal(browserSide.tamperedRefusal, "RESULT_NOT_ATTESTED", "a flipped signature bit is refused in the browser");
    assert.deepEqual(browserSide.terms, { channelId: nodeAccepted.terms.channelId, amount: String(nodeAccepted.terms.amount), keyHash: nodeAccepted.terms.keyHash });
    assert.ok(nodeAccepted.terms.amount > 0n, "the round is priced");
    assert.equal(browserSide.signature, await signPayment(account, DOMAIN, nodeAccepted.terms), "the same deterministic EIP-712 signature");
    assert.equal(await recoverPaymentSigner(DOMAIN, nodeAccepted.terms, browserSide.signature), account.address);
    assert.equal(browserSide.phase, "ended");
    assert.equal(browserSide.state, toHex(nodeOpened.state));
    assert.equal(browserSide.stateCommitment, toHex(nodeOpened.stateCommitment));
    assert.notEqual(browserSide.state, toHex(initial), "the glider moved");
  });
  it("runs a paid round from the page over a WebSocket against a real executor process", async () => {
    const world = await startTestWorld();
    try {
      const executor = await world.startExecutor(1);
      const requesterIndex = 4;
      const chain = world.client(requesterIndex);
      const store = world.requester(requesterIndex).store;
      const { job, expected } = await lifeJob({ width: 36, height: 24, cycles: 12, perRound: 12, executors: [executor.url] });
      const verified = await verifyExecutor(executor.url, { chain, policy: { allowedKinds: ["simulated"], allowSimulated: true, allowDebug: true }, functionMeasurement: toHex(job.functionMeasurement).slice(2) }, 3e4);
      const { channel, base } = await ensureChannel(chain, store, { executor: verified.info.executor, needed: 1000n * TEST_PRICE_PER_CYCLE, minSeconds: 600, channelSeconds: 3600 });
      const outcome = await page.evaluate(async (input) => {
        const m = await import(input.source);
        const fromHex2 = m.fromHex;
        const toHex2 = m.toHex;
        const account = m.privateKeyToAccount(input.privateKey);
        const sessionId = crypto.getRandomValues(new Uint8Array(32));
        const sessionSecret = crypto.getRandomValues(new Uint8Array(32));
        const state = fromHex2(input.initialState);
        const functionMeasurement = fromHex2(input.functionMeasurement);
        const [rate, base2, lane] = [BigInt(input.rate), BigInt(input.base), BigInt(input.lane)];
        const socket = new WebSocket(input.sessionUrl);
        socket.binaryType = "arraybuffer";
        const inbox = [];
        let wake;
        socket.onmessage = (event) => {
          inbox.push(new Uint8Array(event.data));
          wake?.();
        };
        socket.onclose = () => wake?.();
        await new Promise((resolve, reject) => {
          socket.onopen = resolve;
          socket.onerror = () => reject(new Error("cannot connect"));
        });
        const next = async (kind) => {
          const deadline = Date.now() + 12e4;
          while (inbox.length === 0) {
            if (socket.readyState === WebSocket.CLOSED || Date.now() > deadline) throw new Error(`no ${kind} frame`);
            await new Promise((resolve) => {
              wake = resolve;
            });
          }
          const message = m.decodeMessage(inbox.shift());
          if (message.kind !== kind) throw new Error(`expected ${kind}, got ${String(message.kind)}: ${String(message.code ?? "")} ${String(message.message ?? "")}`);
          return message;
        };
        const sealedSession = m.sealSessionOpening({ enclaveHpkePublicKey: fromHex2(input.hpke), sessionId, channelId: fromHex2(input.channelId), functionMeasurement, firstRound: 0n, sessionSecret, state });
        const terms = { executor: input.executor, token: input.token, lane, sessionId, functionMeasurement, sealedSession, firstRound: 0n, rate, base: base2, roundCycles: input.cycles, sessionCycles: input.cycles };
        const signature = await m.signSessionOpen(account, input.domain, terms);
        socket.send(m.encodeMessage({ kind: "open", token: void 0, lane, functionMeasurement, sessionId, sealedSession, firstRound: 0n, rate, base: base2, cycles: input.cycles, sessionCycles: input.cycles, signature }));
        let machine = m.newRequesterSession({ sessionId, channelId: input.channelId, functionMeasurement, enclavePublicKey: fromHex2(input.enclavePublicKey), runtimeMeasurement: fromHex2(input.runtimeMeasurement), insecure: true, rate, base: base2, firstRound: 0n, cycles: input.cycles, maxAmount: BigInt(input.deposit) });
        const result = await next("result");
        const accepted = m.acceptResult(machine, result, m.stateCommitment(sessionSecret, sessionId, state));
        const paymentSignature = await m.signPayment(account, input.domain, accepted.terms);
        socket.send(m.encodeMessage({ kind: "pay", amount: accepted.terms.amount, signature: fromHex2(paymentSignature), nextCycles: 0 }));
        const key = await next("key");
        machine = m.acceptKey(m.paymentSent(accepted.state, accepted.terms.amount, 0), key);
        const opened = m.openRoundResult({
          sessionSecret,
          sessionId,
          round: 0n,
          record: accepted.record,
          key: key.key,
          stateCiphertext: result.stateCiphertext,
          outputsCiphertext: result.outputsCiphertext,
          previousState: state,
          codecs: m.ALL_DIFF_CODECS
        });
        socket.close();
        return { state: toHex2(opened.state), amount: String(accepted.terms.amount), phase: machine.phase };
      }, {
        source: `${url}/airtnt-protocol.js`,
        sessionUrl: verified.sessionUrl,
        privateKey: world.devnet.accounts[requesterIndex].privateKey,
        domain: chain.domain,
        executor: verified.info.executor,
        token: channel.token,
        lane: String(channel.lane),
        channelId: channel.channelId,
        deposit: String(channel.deposit),
        hpke: toHex(verified.info.enclave.hpkePublicKey),
        enclavePublicKey: toHex(verified.info.enclave.signingPublicKey),
        runtimeMeasurement: toHex(verified.info.enclave.runtimeMeasurement),
        functionMeasurement: toHex(job.functionMeasurement),
        initialState: toHex(job.initialState),
        rate: String(verified.pricePerCycle),
        base: String(base),
        cycles: 12
      });
      assert.equal(outcome.phase, "ended");
      assert.equal(outcome.state, toHex(expected), "the paid round in the browser reached the reference grid");
      assert.equal(BigInt(outcome.amount), base + 12n * TEST_PRICE_PER_CYCLE);
      await eventually(async () => {
        const onChain = await readChannel(chain, { requester: channel.requester, executor: channel.executor, token: channel.token, lane: channel.lane });
        return onChain.collected === BigInt(outcome.amount) ? onChain : void 0;
      }, 18e4, "the executor to collect the browser's payment");
    } finally {
      await world.close();
    }
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vc3JjL2Jyb3dzZXIudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBhaXJ0bnQvYnJvd3NlciBpbiBhIHJlYWwgYnJvd3NlciAoQ2hyb21pdW0sIGRyaXZlbiBieSBwbGF5d3JpZ2h0LWNvcmUpOiB0aGUgYnVuZGxlIGJ1aWx0IGZyb20gdGhlXG4gKiBzb3VyY2VzIGxvYWRzIGluIGEgcGFnZSB3aXRoIG5vIE5vZGUgQVBJLCBhbmQgZG9lcyBhIHJlcXVlc3RlcidzIHJlYWwgcHJvdG9jb2wgd29yayB0aGVyZSBhZ2FpbnN0XG4gKiBhIHJlYWwgKHNpbXVsYXRlZC1URUUpIGVuY2xhdmUgcnVubmluZyBpbiB0aGlzIE5vZGUgcHJvY2VzczogaXQgc2VhbHMgdGhlIHNlc3Npb24gb3BlbmluZyB0byB0aGVcbiAqIGVuY2xhdmUncyBIUEtFIGtleSwgY2hlY2tzIHRoZSBlbmNsYXZlLXNpZ25lZCByb3VuZCByZWNvcmQgKG5vYmxlIEVkMjU1MTkpLCBzaWducyB0aGUgRUlQLTcxMlxuICogcGF5bWVudCwgY2hlY2tzIHRoZSByZWxlYXNlZCBrZXkgYW5kIG9wZW5zIHRoZSByb3VuZC4gRXZlcnkgcmVzdWx0IG11c3QgZXF1YWwgTm9kZSdzLiBUaGVuIHRoZSBwYWdlXG4gKiBydW5zIGEgd2hvbGUgcGFpZCByb3VuZCBpdHNlbGYsIG92ZXIgYSBXZWJTb2NrZXQsIGFnYWluc3QgYSByZWFsIGV4ZWN1dG9yIHByb2Nlc3Mgb24gYSBkZXZuZXQuXG4gKi9cbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IHJhbmRvbUJ5dGVzIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHsgcmVhZEZpbGUsIG1rZHRlbXAsIHJtIH0gZnJvbSAnbm9kZTpmcy9wcm9taXNlcyc7XG5pbXBvcnQgeyBjcmVhdGVTZXJ2ZXIsIHR5cGUgU2VydmVyIH0gZnJvbSAnbm9kZTpodHRwJztcbmltcG9ydCB7IHRtcGRpciB9IGZyb20gJ25vZGU6b3MnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBwYXRoVG9GaWxlVVJMIH0gZnJvbSAnbm9kZTp1cmwnO1xuaW1wb3J0IHsgYWZ0ZXIsIGJlZm9yZSwgZGVzY3JpYmUsIGl0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCB0eXBlIHsgQWRkcmVzc0luZm8gfSBmcm9tICdub2RlOm5ldCc7XG5pbXBvcnQgdHlwZSB7IEJyb3dzZXIsIFBhZ2UgfSBmcm9tICdwbGF5d3JpZ2h0LWNvcmUnO1xuaW1wb3J0IHsgcHJpdmF0ZUtleVRvQWNjb3VudCB9IGZyb20gJ3ZpZW0vYWNjb3VudHMnO1xuaW1wb3J0IHsgTk9ERV9QUklNSVRJVkVTIH0gZnJvbSAnLi9jcnlwdG8vbm9kZS1wcmltaXRpdmVzLmpzJztcbmltcG9ydCB7IGNyZWF0ZUVuY2xhdmUsIHR5cGUgRW5jbGF2ZUhhbmRsZSB9IGZyb20gJy4vZW5jbGF2ZS9pbmRleC5qcyc7XG5pbXBvcnQgeyBsb2FkQnVpbHRpbkZ1bmN0aW9uLCBtZWFzdXJlRnVuY3Rpb24gfSBmcm9tICcuL2Z1bmN0aW9ucy9hYmkuanMnO1xuaW1wb3J0IHsgZW5jb2RlTGlmZVN0YXRlLCBwYXJzZVJsZSB9IGZyb20gJy4vZnVuY3Rpb25zL2xpZmUuanMnO1xuaW1wb3J0IHsgcmVhZENoYW5uZWwgfSBmcm9tICcuL2NoYWluL2luZGV4LmpzJztcbmltcG9ydCB7IGJyb3dzZXJTa2lwUmVhc29uLCBsYXVuY2hDaHJvbWl1bSB9IGZyb20gJy4vbm9kZS9hZG1pbi9icm93c2VyLXRlc3RpbmcuanMnO1xuaW1wb3J0IHsgZW5zdXJlQ2hhbm5lbCB9IGZyb20gJy4vbm9kZS9yZXF1ZXN0ZXItY2hhbm5lbHMuanMnO1xuaW1wb3J0IHsgZXZlbnR1YWxseSwgbGlmZUpvYiwgc3RhcnRUZXN0V29ybGQsIFRFU1RfUFJJQ0VfUEVSX0NZQ0xFIH0gZnJvbSAnLi9ub2RlL3Rlc3RpbmcuanMnO1xuaW1wb3J0IHsgdmVyaWZ5RXhlY3V0b3IgfSBmcm9tICcuL25vZGUvdmVyaWZ5LWV4ZWN1dG9yLmpzJztcbmltcG9ydCB7IGFjY2VwdFJlc3VsdCwgbmV3UmVxdWVzdGVyU2Vzc2lvbiB9IGZyb20gJy4vcHJvdG9jb2wvcmVxdWVzdGVyLXNlc3Npb24uanMnO1xuaW1wb3J0IHsgZW5jb2RlTWVzc2FnZSB9IGZyb20gJy4vcHJvdG9jb2wvbWVzc2FnZXMuanMnO1xuaW1wb3J0IHsgcmVjb3ZlclBheW1lbnRTaWduZXIsIHNpZ25QYXltZW50LCB0eXBlIENoYW5uZWxEb21haW4gfSBmcm9tICcuL3Byb3RvY29sL3BheW1lbnQuanMnO1xuaW1wb3J0IHsgZGVjb2RlUmVjb3JkIH0gZnJvbSAnLi9wcm90b2NvbC9yZWNvcmQuanMnO1xuaW1wb3J0IHsgb3BlblJvdW5kUmVzdWx0LCBzdGF0ZUNvbW1pdG1lbnQgfSBmcm9tICcuL3Byb3RvY29sL3NlYWxpbmcuanMnO1xuaW1wb3J0IHsgY3JlYXRlU2ltdWxhdGVkUHJvdmlkZXIgfSBmcm9tICcuL3RlZS9zaW11bGF0ZWQuanMnO1xuaW1wb3J0IHsgZnJvbUhleCwgdG9IZXggfSBmcm9tICcuL3V0aWwvYnl0ZXMuanMnO1xuaW1wb3J0IHsgcGFja2FnZVJvb3QgfSBmcm9tICcuL3V0aWwvcGF0aHMuanMnO1xuXG5jb25zdCBQQVlFUl9LRVkgPSAnMHg1OWM2OTk1ZTk5OGY5N2E1YTAwNDQ5NjZmMDk0NTM4OWRjOWU4NmRhZTg4YzdhODQxMmY0NjAzYjZiNzg2OTBkJyBhcyBjb25zdDtcbmNvbnN0IERPTUFJTjogQ2hhbm5lbERvbWFpbiA9IHsgY2hhaW5JZDogMzEzMzcsIHZlcmlmeWluZ0NvbnRyYWN0OiAnMHg1RmJEQjIzMTU2NzhhZmVjYjM2N2YwMzJkOTNGNjQyZjY0MTgwYWEzJyB9O1xuY29uc3QgUkFURSA9IDFfMDAwbjtcblxudHlwZSBCcm93c2VyTW9kdWxlID0gUmVjb3JkPHN0cmluZywgKC4uLmFyZ3M6IG5ldmVyW10pID0+IHVua25vd24+O1xuXG5kZXNjcmliZSgnYWlydG50L2Jyb3dzZXIgaW4gQ2hyb21pdW0nLCB7IHNraXA6IGJyb3dzZXJTa2lwUmVhc29uKCkgfSwgKCkgPT4ge1xuICBsZXQgZGlyZWN0b3J5OiBzdHJpbmc7XG4gIGxldCBidW5kbGU6IEJ1ZmZlcjtcbiAgbGV0IHNlcnZlcjogU2VydmVyO1xuICBsZXQgdXJsOiBzdHJpbmc7XG4gIGxldCBicm93c2VyOiBCcm93c2VyO1xuICBsZXQgcGFnZTogUGFnZTtcbiAgbGV0IGVuY2xhdmU6IEVuY2xhdmVIYW5kbGU7XG5cbiAgYmVmb3JlKGFzeW5jICgpID0+IHtcbiAgICBkaXJlY3RvcnkgPSBhd2FpdCBta2R0ZW1wKGpvaW4odG1wZGlyKCksICdhaXJ0bnQtYnJvd3Nlci0nKSk7XG4gICAgY29uc3Qgc2NyaXB0ID0gcGF0aFRvRmlsZVVSTChqb2luKHBhY2thZ2VSb290KCksICdzY3JpcHRzJywgJ2J1aWxkLWJyb3dzZXIubWpzJykpLmhyZWY7XG4gICAgY29uc3QgeyBidWlsZEJyb3dzZXJCdW5kbGUgfSA9IChhd2FpdCBpbXBvcnQoc2NyaXB0KSkgYXMgeyBidWlsZEJyb3dzZXJCdW5kbGU6IChvdXRmaWxlOiBzdHJpbmcpID0+IFByb21pc2U8eyBvdXRmaWxlOiBzdHJpbmcgfT4gfTtcbiAgICBjb25zdCB7IG91dGZpbGUgfSA9IGF3YWl0IGJ1aWxkQnJvd3NlckJ1bmRsZShqb2luKGRpcmVjdG9yeSwgJ2FpcnRudC1wcm90b2NvbC5qcycpKTtcbiAgICBidW5kbGUgPSBhd2FpdCByZWFkRmlsZShvdXRmaWxlKTtcbiAgICBzZXJ2ZXIgPSBjcmVhdGVTZXJ2ZXIoKHJlcXVlc3QsIHJlc3BvbnNlKSA9PiB7XG4gICAgICBpZiAocmVxdWVzdC51cmwgPT09ICcvYWlydG50LXByb3RvY29sLmpzJykge1xuICAgICAgICByZXNwb25zZS53cml0ZUhlYWQoMjAwLCB7ICdjb250ZW50LXR5cGUnOiAndGV4dC9qYXZhc2NyaXB0JyB9KS5lbmQoYnVuZGxlKTtcbiAgICAgIH0gZWxzZSBpZiAocmVxdWVzdC51cmwgPT09ICcvJykge1xuICAgICAgICByZXNwb25zZS53cml0ZUhlYWQoMjAwLCB7ICdjb250ZW50LXR5cGUnOiAndGV4dC9odG1sJyB9KS5lbmQoJzwhZG9jdHlwZSBodG1sPjx0aXRsZT5haXJ0bnQvYnJvd3NlcjwvdGl0bGU+Jyk7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICByZXNwb25zZS53cml0ZUhlYWQoNDA0KS5lbmQoKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4gc2VydmVyLmxpc3RlbigwLCAnMTI3LjAuMC4xJywgcmVzb2x2ZSkpO1xuICAgIHVybCA9IGBodHRwOi8vMTI3LjAuMC4xOiR7KHNlcnZlci5hZGRyZXNzKCkgYXMgQWRkcmVzc0luZm8pLnBvcnR9YDtcbiAgICBicm93c2VyID0gYXdhaXQgbGF1bmNoQ2hyb21pdW0oKTtcbiAgICBwYWdlID0gYXdhaXQgYnJvd3Nlci5uZXdQYWdlKCk7XG4gICAgLy8gVGhlIHRlc3QgcnVucyB0aHJvdWdoIHRzeCwgd2hvc2UgZXNidWlsZCBuYW1lcyBmdW5jdGlvbnMgd2l0aCBhIF9fbmFtZSBoZWxwZXI6IHRoZSBmdW5jdGlvbnNcbiAgICAvLyBoYW5kZWQgdG8gcGFnZS5ldmFsdWF0ZSBjYXJyeSBjYWxscyB0byBpdCwgc28gdGhlIHBhZ2UgZ2V0cyBhbiBpZGVudGl0eSBvbmUuXG4gICAgYXdhaXQgcGFnZS5hZGRJbml0U2NyaXB0KCdnbG9iYWxUaGlzLl9fbmFtZSA9ICh0YXJnZXQpID0+IHRhcmdldDsnKTtcbiAgICBhd2FpdCBwYWdlLmdvdG8oYCR7dXJsfS9gKTtcbiAgICBlbmNsYXZlID0gYXdhaXQgY3JlYXRlRW5jbGF2ZSh7IHRlZTogY3JlYXRlU2ltdWxhdGVkUHJvdmlkZXIoKSwgbGltaXRzOiB7IG1heFJvdW5kTXM6IDMwXzAwMCwgbWF4TWVtb3J5UGFnZXM6IDY0IH0gfSk7XG4gIH0pO1xuXG4gIGFmdGVyKGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCBicm93c2VyPy5jbG9zZSgpO1xuICAgIGF3YWl0IGVuY2xhdmU/LmNsb3NlKCk7XG4gICAgYXdhaXQgbmV3IFByb21pc2UoKHJlc29sdmUpID0+IChzZXJ2ZXIgPyBzZXJ2ZXIuY2xvc2UocmVzb2x2ZSkgOiByZXNvbHZlKHVuZGVmaW5lZCkpKTtcbiAgICBpZiAoZGlyZWN0b3J5KSBhd2FpdCBybShkaXJlY3RvcnksIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgfSk7XG5cbiAgaXQoJ2xvYWRzIGFzIG9uZSBFUyBtb2R1bGUgd2l0aG91dCBOb2RlIChubyBwcm9jZXNzLCBubyBCdWZmZXIpIGFuZCBleHBvcnRzIHdoYXQgdGhlIHNuYXBzaG90IGxpc3RzJywgYXN5bmMgKCkgPT4ge1xuICAgIGFzc2VydC5kb2VzTm90TWF0Y2goYnVuZGxlLnRvU3RyaW5nKCd1dGY4JyksIC9mcm9tXFxzKltcIiddbm9kZTp8cmVxdWlyZVxcKFtcIiddbm9kZTovLCAnbm8gTm9kZSBpbXBvcnQgaW4gdGhlIGJ1bmRsZScpO1xuICAgIGNvbnN0IHNlZW4gPSBhd2FpdCBwYWdlLmV2YWx1YXRlKGFzeW5jIChzb3VyY2UpID0+IHtcbiAgICAgIGNvbnN0IG1vZHVsZSA9IChhd2FpdCBpbXBvcnQoc291cmNlKSkgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgICByZXR1cm4geyBuYW1lczogT2JqZWN0LmtleXMobW9kdWxlKS5zb3J0KCksIHByb2Nlc3M6IHR5cGVvZiAoZ2xvYmFsVGhpcyBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPikucHJvY2VzcywgYnVmZmVyOiB0eXBlb2YgKGdsb2JhbFRoaXMgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pLkJ1ZmZlciB9O1xuICAgIH0sIGAke3VybH0vYWlydG50LXByb3RvY29sLmpzYCk7XG4gICAgYXNzZXJ0LmVxdWFsKHNlZW4ucHJvY2VzcywgJ3VuZGVmaW5lZCcpO1xuICAgIGFzc2VydC5lcXVhbChzZWVuLmJ1ZmZlciwgJ3VuZGVmaW5lZCcpO1xuICAgIGNvbnN0IHNuYXBzaG90ID0gYXdhaXQgcmVhZEZpbGUoam9pbihwYWNrYWdlUm9vdCgpLCAnc3JjJywgJ2V4cG9ydHMuc25hcHNob3QudHh0JyksICd1dGY4Jyk7XG4gICAgY29uc3QgdmFsdWVzID0gc25hcHNob3Quc3BsaXQoJ1xcbicpLmZpbHRlcigobGluZSkgPT4gbGluZS5zdGFydHNXaXRoKCdhaXJ0bnQvYnJvd3NlciAnKSAmJiBsaW5lLmVuZHNXaXRoKCcodmFsdWUpJykpLm1hcCgobGluZSkgPT4gbGluZS5zcGxpdCgnICcpWzFdISkuc29ydCgpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoc2Vlbi5uYW1lcywgdmFsdWVzKTtcbiAgfSk7XG5cbiAgaXQoJ3NlYWxzIGEgc2Vzc2lvbiwgY2hlY2tzIGFuIGVuY2xhdmUtc2lnbmVkIHJvdW5kLCBzaWducyBpdHMgcGF5bWVudCBhbmQgb3BlbnMgaXQsIGFzIE5vZGUgZG9lcycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBpZGVudGl0eSA9IGVuY2xhdmUuaWRlbnRpdHkoKTtcbiAgICBjb25zdCBsaWZlID0gYXdhaXQgbG9hZEJ1aWx0aW5GdW5jdGlvbignbGlmZScpO1xuICAgIGNvbnN0IGZ1bmN0aW9uTWVhc3VyZW1lbnQgPSBtZWFzdXJlRnVuY3Rpb24obGlmZSk7XG4gICAgY29uc3QgaW5pdGlhbCA9IGVuY29kZUxpZmVTdGF0ZSgyNCwgMjQsIHBhcnNlUmxlKCd4ID0gMywgeSA9IDMsIHJ1bGUgPSBCMy9TMjNcXG5ibyQyYm8kM28hJykpO1xuICAgIGNvbnN0IHNlc3Npb25JZCA9IHJhbmRvbUJ5dGVzKDMyKTtcbiAgICBjb25zdCBjaGFubmVsSWQgPSB0b0hleChyYW5kb21CeXRlcygzMikpO1xuICAgIGNvbnN0IGN5Y2xlcyA9IDc7XG5cbiAgICAvLyAxLiBUaGUgYnJvd3NlciBzZWFscyB0aGUgc2Vzc2lvbiBvcGVuaW5nIChhIHNlY3JldCBpdCBkcmF3cyBpdHNlbGYpIHRvIHRoZSBhdHRlc3RlZCBlbmNsYXZlLlxuICAgIGNvbnN0IHNlYWxlZCA9IGF3YWl0IHBhZ2UuZXZhbHVhdGUoYXN5bmMgKGlucHV0KSA9PiB7XG4gICAgICBjb25zdCBtID0gKGF3YWl0IGltcG9ydChpbnB1dC5zb3VyY2UpKSBhcyBCcm93c2VyTW9kdWxlICYgUmVjb3JkPHN0cmluZywgKC4uLmFyZ3M6IHVua25vd25bXSkgPT4gdW5rbm93bj47XG4gICAgICBjb25zdCBmcm9tSGV4ID0gbS5mcm9tSGV4IGFzIChoZXg6IHN0cmluZykgPT4gVWludDhBcnJheTtcbiAgICAgIGNvbnN0IHRvSGV4ID0gbS50b0hleCBhcyAoYnl0ZXM6IFVpbnQ4QXJyYXkpID0+IHN0cmluZztcbiAgICAgIGNvbnN0IHNlc3Npb25TZWNyZXQgPSBjcnlwdG8uZ2V0UmFuZG9tVmFsdWVzKG5ldyBVaW50OEFycmF5KDMyKSk7XG4gICAgICBjb25zdCBzZWFsZWRTZXNzaW9uID0gKG0uc2VhbFNlc3Npb25PcGVuaW5nIGFzIChwOiBvYmplY3QpID0+IFVpbnQ4QXJyYXkpKHtcbiAgICAgICAgZW5jbGF2ZUhwa2VQdWJsaWNLZXk6IGZyb21IZXgoaW5wdXQuaHBrZSksIHNlc3Npb25TZWNyZXQsIHN0YXRlOiBmcm9tSGV4KGlucHV0LnN0YXRlKSxcbiAgICAgICAgc2Vzc2lvbklkOiBmcm9tSGV4KGlucHV0LnNlc3Npb25JZCksIGNoYW5uZWxJZDogZnJvbUhleChpbnB1dC5jaGFubmVsSWQpLCBmdW5jdGlvbk1lYXN1cmVtZW50OiBmcm9tSGV4KGlucHV0LmZ1bmN0aW9uTWVhc3VyZW1lbnQpLCBmaXJzdFJvdW5kOiAxbixcbiAgICAgIH0pO1xuICAgICAgcmV0dXJuIHsgc2Vzc2lvblNlY3JldDogdG9IZXgoc2Vzc2lvblNlY3JldCksIHNlYWxlZFNlc3Npb246IHRvSGV4KHNlYWxlZFNlc3Npb24pIH07XG4gICAgfSwgeyBzb3VyY2U6IGAke3VybH0vYWlydG50LXByb3RvY29sLmpzYCwgaHBrZTogdG9IZXgoaWRlbnRpdHkuaHBrZVB1YmxpY0tleSksIHN0YXRlOiB0b0hleChpbml0aWFsKSwgc2Vzc2lvbklkOiB0b0hleChzZXNzaW9uSWQpLCBjaGFubmVsSWQsIGZ1bmN0aW9uTWVhc3VyZW1lbnQ6IHRvSGV4KGZ1bmN0aW9uTWVhc3VyZW1lbnQpIH0pO1xuXG4gICAgLy8gMi4gVGhlIHJlYWwgZW5jbGF2ZSBvcGVucyBpdCAob25seSB0aGUgc2VhbGluZyB3YXMgcmlnaHQgaWYgaXQgY2FuKSBhbmQgcnVucyBhIHJvdW5kLlxuICAgIGF3YWl0IGVuY2xhdmUub3BlblNlc3Npb24oeyBzZXNzaW9uSWQsIGNoYW5uZWxJZDogZnJvbUhleChjaGFubmVsSWQpLCBmdW5jdGlvbk1lYXN1cmVtZW50LCBmaXJzdFJvdW5kOiAxbiwgc2VhbGVkU2Vzc2lvbjogZnJvbUhleChzZWFsZWQuc2VhbGVkU2Vzc2lvbikgfSk7XG4gICAgY29uc3QgcmVzdWx0ID0gYXdhaXQgZW5jbGF2ZS5ydW5Sb3VuZChzZXNzaW9uSWQsIDFuLCBjeWNsZXMpO1xuICAgIGNvbnN0IHJlY29yZCA9IGRlY29kZVJlY29yZChyZXN1bHQucmVjb3JkKTtcbiAgICBjb25zdCByZXN1bHRNZXNzYWdlID0ge1xuICAgICAga2luZDogJ3Jlc3VsdCcgYXMgY29uc3QsIHJvdW5kOiAxbiwgY3ljbGVzRG9uZTogTnVtYmVyKHJlY29yZC5jeWNsZXNEb25lKSwgd29ya1VuaXRzOiBOdW1iZXIocmVjb3JkLndvcmtVbml0cyksIGtleUhhc2g6IHJlY29yZC5rZXlIYXNoLFxuICAgICAgc2lnbmF0dXJlOiByZXN1bHQuc2lnbmF0dXJlLCBzdGF0ZUNpcGhlcnRleHQ6IHJlc3VsdC5zdGF0ZUNpcGhlcnRleHQsIG91dHB1dHNDaXBoZXJ0ZXh0OiByZXN1bHQub3V0cHV0c0NpcGhlcnRleHQsXG4gICAgfTtcbiAgICBjb25zdCB0YW1wZXJlZCA9IHsgLi4ucmVzdWx0TWVzc2FnZSwgc2lnbmF0dXJlOiByZXN1bHQuc2lnbmF0dXJlLnNsaWNlKCkgfTtcbiAgICB0YW1wZXJlZC5zaWduYXR1cmVbMTBdISBePSAxO1xuXG4gICAgLy8gMy4gVGhlIGJyb3dzZXIgY2hlY2tzIHRoZSBzaWduZWQgcmVjb3JkLCBzaWducyB0aGUgcGF5bWVudCwgY2hlY2tzIHRoZSBrZXksIG9wZW5zIHRoZSByb3VuZC5cbiAgICBjb25zdCBicm93c2VyU2lkZSA9IGF3YWl0IHBhZ2UuZXZhbHVhdGUoYXN5bmMgKGlucHV0KSA9PiB7XG4gICAgICBjb25zdCBtID0gKGF3YWl0IGltcG9ydChpbnB1dC5zb3VyY2UpKSBhcyBSZWNvcmQ8c3RyaW5nLCAoLi4uYXJnczogdW5rbm93bltdKSA9PiB1bmtub3duPjtcbiAgICAgIGNvbnN0IGZyb21IZXggPSBtLmZyb21IZXggYXMgKGhleDogc3RyaW5nKSA9PiBVaW50OEFycmF5O1xuICAgICAgY29uc3QgdG9IZXggPSBtLnRvSGV4IGFzIChieXRlczogVWludDhBcnJheSkgPT4gc3RyaW5nO1xuICAgICAgY29uc3QgZGVjb2RlID0gKGhleDogc3RyaW5nKSA9PiBtLmRlY29kZU1lc3NhZ2UhKGZyb21IZXgoaGV4KSkgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgICBjb25zdCBtYWNoaW5lID0gbS5uZXdSZXF1ZXN0ZXJTZXNzaW9uISh7XG4gICAgICAgIHNlc3Npb25JZDogZnJvbUhleChpbnB1dC5zZXNzaW9uSWQpLCBjaGFubmVsSWQ6IGlucHV0LmNoYW5uZWxJZCwgZnVuY3Rpb25NZWFzdXJlbWVudDogZnJvbUhleChpbnB1dC5mdW5jdGlvbk1lYXN1cmVtZW50KSxcbiAgICAgICAgZW5jbGF2ZVB1YmxpY0tleTogZnJvbUhleChpbnB1dC5lbmNsYXZlUHVibGljS2V5KSwgcnVudGltZU1lYXN1cmVtZW50OiBmcm9tSGV4KGlucHV0LnJ1bnRpbWVNZWFzdXJlbWVudCksIGluc2VjdXJlOiB0cnVlLFxuICAgICAgICByYXRlOiBCaWdJbnQoaW5wdXQucmF0ZSksIGJhc2U6IDBuLCBmaXJzdFJvdW5kOiAxbiwgY3ljbGVzOiBpbnB1dC5jeWNsZXMsXG4gICAgICB9KTtcbiAgICAgIGNvbnN0IGNvbW1pdG1lbnQgPSBtLnN0YXRlQ29tbWl0bWVudCEoZnJvbUhleChpbnB1dC5zZXNzaW9uU2VjcmV0KSwgZnJvbUhleChpbnB1dC5zZXNzaW9uSWQpLCBmcm9tSGV4KGlucHV0LnN0YXRlKSkgYXMgVWludDhBcnJheTtcbiAgICAgIGxldCB0YW1wZXJlZFJlZnVzYWwgPSAnYWNjZXB0ZWQnO1xuICAgICAgdHJ5IHtcbiAgICAgICAgbS5hY2NlcHRSZXN1bHQhKG1hY2hpbmUsIGRlY29kZShpbnB1dC50YW1wZXJlZEZyYW1lKSwgY29tbWl0bWVudCk7XG4gICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICB0YW1wZXJlZFJlZnVzYWwgPSAoZXJyb3IgYXMgeyBjb2RlOiBzdHJpbmcgfSkuY29kZTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGFjY2VwdGVkID0gbS5hY2NlcHRSZXN1bHQhKG1hY2hpbmUsIGRlY29kZShpbnB1dC5yZXN1bHRGcmFtZSksIGNvbW1pdG1lbnQpIGFzIHsgc3RhdGU6IHVua25vd247IHRlcm1zOiB7IGNoYW5uZWxJZDogc3RyaW5nOyBhbW91bnQ6IGJpZ2ludDsga2V5SGFzaDogc3RyaW5nIH0gfTtcbiAgICAgIGNvbnN0IGFjY291bnQgPSAobS5wcml2YXRlS2V5VG9BY2NvdW50IGFzIChrZXk6IHN0cmluZykgPT4gdW5rbm93bikoaW5wdXQucGF5ZXJLZXkpO1xuICAgICAgY29uc3Qgc2lnbmF0dXJlID0gKGF3YWl0IG0uc2lnblBheW1lbnQhKGFjY291bnQsIGlucHV0LmRvbWFpbiwgYWNjZXB0ZWQudGVybXMpKSBhcyBzdHJpbmc7XG4gICAgICBjb25zdCBwYWlkID0gbS5wYXltZW50U2VudCEoYWNjZXB0ZWQuc3RhdGUsIGFjY2VwdGVkLnRlcm1zLmFtb3VudCwgMCk7XG4gICAgICBjb25zdCBrZXkgPSBkZWNvZGUoaW5wdXQua2V5RnJhbWUpO1xuICAgICAgY29uc3QgZW5kZWQgPSBtLmFjY2VwdEtleSEocGFpZCwga2V5KSBhcyB7IHBoYXNlOiBzdHJpbmcgfTtcbiAgICAgIGNvbnN0IG9wZW5lZCA9IG0ub3BlblJvdW5kUmVzdWx0ISh7XG4gICAgICAgIHNlc3Npb25TZWNyZXQ6IGZyb21IZXgoaW5wdXQuc2Vzc2lvblNlY3JldCksIHNlc3Npb25JZDogZnJvbUhleChpbnB1dC5zZXNzaW9uSWQpLCByb3VuZDogMW4sIHJlY29yZDogZnJvbUhleChpbnB1dC5yZWNvcmQpLFxuICAgICAgICBrZXk6IGtleS5rZXksIHN0YXRlQ2lwaGVydGV4dDogZnJvbUhleChpbnB1dC5zdGF0ZUNpcGhlcnRleHQpLCBvdXRwdXRzQ2lwaGVydGV4dDogZnJvbUhleChpbnB1dC5vdXRwdXRzQ2lwaGVydGV4dCksIHByZXZpb3VzU3RhdGU6IGZyb21IZXgoaW5wdXQuc3RhdGUpLFxuICAgICAgfSkgYXMgeyBzdGF0ZTogVWludDhBcnJheTsgc3RhdGVDb21taXRtZW50OiBVaW50OEFycmF5IH07XG4gICAgICByZXR1cm4ge1xuICAgICAgICB0YW1wZXJlZFJlZnVzYWwsIHBoYXNlOiBlbmRlZC5waGFzZSwgc2lnbmF0dXJlLFxuICAgICAgICB0ZXJtczogeyBjaGFubmVsSWQ6IGFjY2VwdGVkLnRlcm1zLmNoYW5uZWxJZCwgYW1vdW50OiBTdHJpbmcoYWNjZXB0ZWQudGVybXMuYW1vdW50KSwga2V5SGFzaDogYWNjZXB0ZWQudGVybXMua2V5SGFzaCB9LFxuICAgICAgICBzdGF0ZTogdG9IZXgob3BlbmVkLnN0YXRlKSwgc3RhdGVDb21taXRtZW50OiB0b0hleChvcGVuZWQuc3RhdGVDb21taXRtZW50KSxcbiAgICAgIH07XG4gICAgfSwge1xuICAgICAgc291cmNlOiBgJHt1cmx9L2FpcnRudC1wcm90b2NvbC5qc2AsIHNlc3Npb25JZDogdG9IZXgoc2Vzc2lvbklkKSwgY2hhbm5lbElkLCBmdW5jdGlvbk1lYXN1cmVtZW50OiB0b0hleChmdW5jdGlvbk1lYXN1cmVtZW50KSxcbiAgICAgIGVuY2xhdmVQdWJsaWNLZXk6IHRvSGV4KGlkZW50aXR5LnNpZ25pbmdQdWJsaWNLZXkpLCBydW50aW1lTWVhc3VyZW1lbnQ6IHRvSGV4KGlkZW50aXR5LnJ1bnRpbWVNZWFzdXJlbWVudCksIHJhdGU6IFN0cmluZyhSQVRFKSwgY3ljbGVzLFxuICAgICAgc2Vzc2lvblNlY3JldDogc2VhbGVkLnNlc3Npb25TZWNyZXQsIHN0YXRlOiB0b0hleChpbml0aWFsKSwgcGF5ZXJLZXk6IFBBWUVSX0tFWSwgZG9tYWluOiBET01BSU4sXG4gICAgICByZXN1bHRGcmFtZTogdG9IZXgoZW5jb2RlTWVzc2FnZShyZXN1bHRNZXNzYWdlKSksIHRhbXBlcmVkRnJhbWU6IHRvSGV4KGVuY29kZU1lc3NhZ2UodGFtcGVyZWQpKSxcbiAgICAgIGtleUZyYW1lOiB0b0hleChlbmNvZGVNZXNzYWdlKHsga2luZDogJ2tleScsIHJvdW5kOiAxbiwga2V5OiByZXN1bHQua2V5IH0pKSxcbiAgICAgIHJlY29yZDogdG9IZXgocmVzdWx0LnJlY29yZCksIHN0YXRlQ2lwaGVydGV4dDogdG9IZXgocmVzdWx0LnN0YXRlQ2lwaGVydGV4dCksIG91dHB1dHNDaXBoZXJ0ZXh0OiB0b0hleChyZXN1bHQub3V0cHV0c0NpcGhlcnRleHQpLFxuICAgIH0pO1xuXG4gICAgLy8gNC4gTm9kZSwgd2l0aCBub2RlOmNyeXB0bywgZnJvbSB0aGUgc2FtZSBieXRlcy5cbiAgICBjb25zdCBzZXNzaW9uU2VjcmV0ID0gZnJvbUhleChzZWFsZWQuc2Vzc2lvblNlY3JldCk7XG4gICAgY29uc3QgbWFjaGluZSA9IG5ld1JlcXVlc3RlclNlc3Npb24oeyBzZXNzaW9uSWQsIGNoYW5uZWxJZCwgZnVuY3Rpb25NZWFzdXJlbWVudCwgZW5jbGF2ZVB1YmxpY0tleTogaWRlbnRpdHkuc2lnbmluZ1B1YmxpY0tleSwgcnVudGltZU1lYXN1cmVtZW50OiBpZGVudGl0eS5ydW50aW1lTWVhc3VyZW1lbnQsIGluc2VjdXJlOiB0cnVlLCByYXRlOiBSQVRFLCBiYXNlOiAwbiwgZmlyc3RSb3VuZDogMW4sIGN5Y2xlcyB9KTtcbiAgICBjb25zdCBub2RlQWNjZXB0ZWQgPSBhY2NlcHRSZXN1bHQobWFjaGluZSwgcmVzdWx0TWVzc2FnZSwgc3RhdGVDb21taXRtZW50KHNlc3Npb25TZWNyZXQsIHNlc3Npb25JZCwgaW5pdGlhbCksIE5PREVfUFJJTUlUSVZFUyk7XG4gICAgY29uc3Qgbm9kZU9wZW5lZCA9IG9wZW5Sb3VuZFJlc3VsdCh7IHNlc3Npb25TZWNyZXQsIHNlc3Npb25JZCwgcm91bmQ6IDFuLCByZWNvcmQ6IHJlc3VsdC5yZWNvcmQsIGtleTogcmVzdWx0LmtleSwgc3RhdGVDaXBoZXJ0ZXh0OiByZXN1bHQuc3RhdGVDaXBoZXJ0ZXh0LCBvdXRwdXRzQ2lwaGVydGV4dDogcmVzdWx0Lm91dHB1dHNDaXBoZXJ0ZXh0LCBwcmV2aW91c1N0YXRlOiBpbml0aWFsLCBwcmltaXRpdmVzOiBOT0RFX1BSSU1JVElWRVMgfSk7XG4gICAgY29uc3QgYWNjb3VudCA9IHByaXZhdGVLZXlUb0FjY291bnQoUEFZRVJfS0VZKTtcblxuICAgIGFzc2VydC5lcXVhbChicm93c2VyU2lkZS50YW1wZXJlZFJlZnVzYWwsICdSRVNVTFRfTk9UX0FUVEVTVEVEJywgJ2EgZmxpcHBlZCBzaWduYXR1cmUgYml0IGlzIHJlZnVzZWQgaW4gdGhlIGJyb3dzZXInKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGJyb3dzZXJTaWRlLnRlcm1zLCB7IGNoYW5uZWxJZDogbm9kZUFjY2VwdGVkLnRlcm1zLmNoYW5uZWxJZCwgYW1vdW50OiBTdHJpbmcobm9kZUFjY2VwdGVkLnRlcm1zLmFtb3VudCksIGtleUhhc2g6IG5vZGVBY2NlcHRlZC50ZXJtcy5rZXlIYXNoIH0pO1xuICAgIGFzc2VydC5vayhub2RlQWNjZXB0ZWQudGVybXMuYW1vdW50ID4gMG4sICd0aGUgcm91bmQgaXMgcHJpY2VkJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGJyb3dzZXJTaWRlLnNpZ25hdHVyZSwgYXdhaXQgc2lnblBheW1lbnQoYWNjb3VudCwgRE9NQUlOLCBub2RlQWNjZXB0ZWQudGVybXMpLCAndGhlIHNhbWUgZGV0ZXJtaW5pc3RpYyBFSVAtNzEyIHNpZ25hdHVyZScpO1xuICAgIGFzc2VydC5lcXVhbChhd2FpdCByZWNvdmVyUGF5bWVudFNpZ25lcihET01BSU4sIG5vZGVBY2NlcHRlZC50ZXJtcywgYnJvd3NlclNpZGUuc2lnbmF0dXJlIGFzIGAweCR7c3RyaW5nfWApLCBhY2NvdW50LmFkZHJlc3MpO1xuICAgIGFzc2VydC5lcXVhbChicm93c2VyU2lkZS5waGFzZSwgJ2VuZGVkJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGJyb3dzZXJTaWRlLnN0YXRlLCB0b0hleChub2RlT3BlbmVkLnN0YXRlKSk7XG4gICAgYXNzZXJ0LmVxdWFsKGJyb3dzZXJTaWRlLnN0YXRlQ29tbWl0bWVudCwgdG9IZXgobm9kZU9wZW5lZC5zdGF0ZUNvbW1pdG1lbnQpKTtcbiAgICBhc3NlcnQubm90RXF1YWwoYnJvd3NlclNpZGUuc3RhdGUsIHRvSGV4KGluaXRpYWwpLCAndGhlIGdsaWRlciBtb3ZlZCcpO1xuICB9KTtcblxuICBpdCgncnVucyBhIHBhaWQgcm91bmQgZnJvbSB0aGUgcGFnZSBvdmVyIGEgV2ViU29ja2V0IGFnYWluc3QgYSByZWFsIGV4ZWN1dG9yIHByb2Nlc3MnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3Qgd29ybGQgPSBhd2FpdCBzdGFydFRlc3RXb3JsZCgpO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBleGVjdXRvciA9IGF3YWl0IHdvcmxkLnN0YXJ0RXhlY3V0b3IoMSk7XG4gICAgICBjb25zdCByZXF1ZXN0ZXJJbmRleCA9IDQ7XG4gICAgICBjb25zdCBjaGFpbiA9IHdvcmxkLmNsaWVudChyZXF1ZXN0ZXJJbmRleCk7XG4gICAgICBjb25zdCBzdG9yZSA9IHdvcmxkLnJlcXVlc3RlcihyZXF1ZXN0ZXJJbmRleCkuc3RvcmU7XG4gICAgICBjb25zdCB7IGpvYiwgZXhwZWN0ZWQgfSA9IGF3YWl0IGxpZmVKb2IoeyB3aWR0aDogMzYsIGhlaWdodDogMjQsIGN5Y2xlczogMTIsIHBlclJvdW5kOiAxMiwgZXhlY3V0b3JzOiBbZXhlY3V0b3IudXJsXSB9KTtcbiAgICAgIGNvbnN0IHZlcmlmaWVkID0gYXdhaXQgdmVyaWZ5RXhlY3V0b3IoZXhlY3V0b3IudXJsLCB7IGNoYWluLCBwb2xpY3k6IHsgYWxsb3dlZEtpbmRzOiBbJ3NpbXVsYXRlZCddLCBhbGxvd1NpbXVsYXRlZDogdHJ1ZSwgYWxsb3dEZWJ1ZzogdHJ1ZSB9LCBmdW5jdGlvbk1lYXN1cmVtZW50OiB0b0hleChqb2IuZnVuY3Rpb25NZWFzdXJlbWVudCkuc2xpY2UoMikgfSwgMzBfMDAwKTtcbiAgICAgIGNvbnN0IHsgY2hhbm5lbCwgYmFzZSB9ID0gYXdhaXQgZW5zdXJlQ2hhbm5lbChjaGFpbiwgc3RvcmUsIHsgZXhlY3V0b3I6IHZlcmlmaWVkLmluZm8uZXhlY3V0b3IsIG5lZWRlZDogMV8wMDBuICogVEVTVF9QUklDRV9QRVJfQ1lDTEUsIG1pblNlY29uZHM6IDYwMCwgY2hhbm5lbFNlY29uZHM6IDM2MDAgfSk7XG5cbiAgICAgIGNvbnN0IG91dGNvbWUgPSBhd2FpdCBwYWdlLmV2YWx1YXRlKGFzeW5jIChpbnB1dCkgPT4ge1xuICAgICAgICBjb25zdCBtID0gKGF3YWl0IGltcG9ydChpbnB1dC5zb3VyY2UpKSBhcyBSZWNvcmQ8c3RyaW5nLCAoLi4uYXJnczogdW5rbm93bltdKSA9PiB1bmtub3duPjtcbiAgICAgICAgY29uc3QgZnJvbUhleCA9IG0uZnJvbUhleCBhcyAoaGV4OiBzdHJpbmcpID0+IFVpbnQ4QXJyYXk7XG4gICAgICAgIGNvbnN0IHRvSGV4ID0gbS50b0hleCBhcyAoYnl0ZXM6IFVpbnQ4QXJyYXkpID0+IHN0cmluZztcbiAgICAgICAgY29uc3QgYWNjb3VudCA9IChtLnByaXZhdGVLZXlUb0FjY291bnQgYXMgKGtleTogc3RyaW5nKSA9PiB1bmtub3duKShpbnB1dC5wcml2YXRlS2V5KTtcbiAgICAgICAgY29uc3Qgc2Vzc2lvbklkID0gY3J5cHRvLmdldFJhbmRvbVZhbHVlcyhuZXcgVWludDhBcnJheSgzMikpO1xuICAgICAgICBjb25zdCBzZXNzaW9uU2VjcmV0ID0gY3J5cHRvLmdldFJhbmRvbVZhbHVlcyhuZXcgVWludDhBcnJheSgzMikpO1xuICAgICAgICBjb25zdCBzdGF0ZSA9IGZyb21IZXgoaW5wdXQuaW5pdGlhbFN0YXRlKTtcbiAgICAgICAgY29uc3QgZnVuY3Rpb25NZWFzdXJlbWVudCA9IGZyb21IZXgoaW5wdXQuZnVuY3Rpb25NZWFzdXJlbWVudCk7XG4gICAgICAgIGNvbnN0IFtyYXRlLCBiYXNlLCBsYW5lXSA9IFtCaWdJbnQoaW5wdXQucmF0ZSksIEJpZ0ludChpbnB1dC5iYXNlKSwgQmlnSW50KGlucHV0LmxhbmUpXTtcblxuICAgICAgICBjb25zdCBzb2NrZXQgPSBuZXcgV2ViU29ja2V0KGlucHV0LnNlc3Npb25VcmwpO1xuICAgICAgICBzb2NrZXQuYmluYXJ5VHlwZSA9ICdhcnJheWJ1ZmZlcic7XG4gICAgICAgIGNvbnN0IGluYm94OiBVaW50OEFycmF5W10gPSBbXTtcbiAgICAgICAgbGV0IHdha2U6ICgoKSA9PiB2b2lkKSB8IHVuZGVmaW5lZDtcbiAgICAgICAgc29ja2V0Lm9ubWVzc2FnZSA9IChldmVudCkgPT4geyBpbmJveC5wdXNoKG5ldyBVaW50OEFycmF5KGV2ZW50LmRhdGEgYXMgQXJyYXlCdWZmZXIpKTsgd2FrZT8uKCk7IH07XG4gICAgICAgIHNvY2tldC5vbmNsb3NlID0gKCkgPT4gd2FrZT8uKCk7XG4gICAgICAgIGF3YWl0IG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+IHsgc29ja2V0Lm9ub3BlbiA9IHJlc29sdmU7IHNvY2tldC5vbmVycm9yID0gKCkgPT4gcmVqZWN0KG5ldyBFcnJvcignY2Fubm90IGNvbm5lY3QnKSk7IH0pO1xuICAgICAgICBjb25zdCBuZXh0ID0gYXN5bmMgKGtpbmQ6IHN0cmluZykgPT4ge1xuICAgICAgICAgIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIDEyMF8wMDA7XG4gICAgICAgICAgd2hpbGUgKGluYm94Lmxlbmd0aCA9PT0gMCkge1xuICAgICAgICAgICAgaWYgKHNvY2tldC5yZWFkeVN0YXRlID09PSBXZWJTb2NrZXQuQ0xPU0VEIHx8IERhdGUubm93KCkgPiBkZWFkbGluZSkgdGhyb3cgbmV3IEVycm9yKGBubyAke2tpbmR9IGZyYW1lYCk7XG4gICAgICAgICAgICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4geyB3YWtlID0gcmVzb2x2ZTsgfSk7IC8vIGEgZnJhbWUgb3IgdGhlIGNsb3NlIHdha2VzIGl0XG4gICAgICAgICAgfVxuICAgICAgICAgIGNvbnN0IG1lc3NhZ2UgPSBtLmRlY29kZU1lc3NhZ2UhKGluYm94LnNoaWZ0KCkpIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgICAgICAgIGlmIChtZXNzYWdlLmtpbmQgIT09IGtpbmQpIHRocm93IG5ldyBFcnJvcihgZXhwZWN0ZWQgJHtraW5kfSwgZ290ICR7U3RyaW5nKG1lc3NhZ2Uua2luZCl9OiAke1N0cmluZyhtZXNzYWdlLmNvZGUgPz8gJycpfSAke1N0cmluZyhtZXNzYWdlLm1lc3NhZ2UgPz8gJycpfWApO1xuICAgICAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgICAgICB9O1xuXG4gICAgICAgIGNvbnN0IHNlYWxlZFNlc3Npb24gPSBtLnNlYWxTZXNzaW9uT3BlbmluZyEoeyBlbmNsYXZlSHBrZVB1YmxpY0tleTogZnJvbUhleChpbnB1dC5ocGtlKSwgc2Vzc2lvbklkLCBjaGFubmVsSWQ6IGZyb21IZXgoaW5wdXQuY2hhbm5lbElkKSwgZnVuY3Rpb25NZWFzdXJlbWVudCwgZmlyc3RSb3VuZDogMG4sIHNlc3Npb25TZWNyZXQsIHN0YXRlIH0pIGFzIFVpbnQ4QXJyYXk7XG4gICAgICAgIGNvbnN0IHRlcm1zID0geyBleGVjdXRvcjogaW5wdXQuZXhlY3V0b3IsIHRva2VuOiBpbnB1dC50b2tlbiwgbGFuZSwgc2Vzc2lvbklkLCBmdW5jdGlvbk1lYXN1cmVtZW50LCBzZWFsZWRTZXNzaW9uLCBmaXJzdFJvdW5kOiAwbiwgcmF0ZSwgYmFzZSwgcm91bmRDeWNsZXM6IGlucHV0LmN5Y2xlcywgc2Vzc2lvbkN5Y2xlczogaW5wdXQuY3ljbGVzIH07XG4gICAgICAgIGNvbnN0IHNpZ25hdHVyZSA9IGF3YWl0IG0uc2lnblNlc3Npb25PcGVuIShhY2NvdW50LCBpbnB1dC5kb21haW4sIHRlcm1zKTtcbiAgICAgICAgc29ja2V0LnNlbmQobS5lbmNvZGVNZXNzYWdlISh7IGtpbmQ6ICdvcGVuJywgdG9rZW46IHVuZGVmaW5lZCwgbGFuZSwgZnVuY3Rpb25NZWFzdXJlbWVudCwgc2Vzc2lvbklkLCBzZWFsZWRTZXNzaW9uLCBmaXJzdFJvdW5kOiAwbiwgcmF0ZSwgYmFzZSwgY3ljbGVzOiBpbnB1dC5jeWNsZXMsIHNlc3Npb25DeWNsZXM6IGlucHV0LmN5Y2xlcywgc2lnbmF0dXJlIH0pIGFzIFVpbnQ4QXJyYXkpO1xuXG4gICAgICAgIGxldCBtYWNoaW5lID0gbS5uZXdSZXF1ZXN0ZXJTZXNzaW9uISh7IHNlc3Npb25JZCwgY2hhbm5lbElkOiBpbnB1dC5jaGFubmVsSWQsIGZ1bmN0aW9uTWVhc3VyZW1lbnQsIGVuY2xhdmVQdWJsaWNLZXk6IGZyb21IZXgoaW5wdXQuZW5jbGF2ZVB1YmxpY0tleSksIHJ1bnRpbWVNZWFzdXJlbWVudDogZnJvbUhleChpbnB1dC5ydW50aW1lTWVhc3VyZW1lbnQpLCBpbnNlY3VyZTogdHJ1ZSwgcmF0ZSwgYmFzZSwgZmlyc3RSb3VuZDogMG4sIGN5Y2xlczogaW5wdXQuY3ljbGVzLCBtYXhBbW91bnQ6IEJpZ0ludChpbnB1dC5kZXBvc2l0KSB9KTtcbiAgICAgICAgY29uc3QgcmVzdWx0ID0gYXdhaXQgbmV4dCgncmVzdWx0Jyk7XG4gICAgICAgIGNvbnN0IGFjY2VwdGVkID0gbS5hY2NlcHRSZXN1bHQhKG1hY2hpbmUsIHJlc3VsdCwgbS5zdGF0ZUNvbW1pdG1lbnQhKHNlc3Npb25TZWNyZXQsIHNlc3Npb25JZCwgc3RhdGUpKSBhcyB7IHN0YXRlOiB1bmtub3duOyB0ZXJtczogeyBhbW91bnQ6IGJpZ2ludCB9OyByZWNvcmQ6IFVpbnQ4QXJyYXkgfTtcbiAgICAgICAgY29uc3QgcGF5bWVudFNpZ25hdHVyZSA9IChhd2FpdCBtLnNpZ25QYXltZW50IShhY2NvdW50LCBpbnB1dC5kb21haW4sIGFjY2VwdGVkLnRlcm1zKSkgYXMgc3RyaW5nO1xuICAgICAgICBzb2NrZXQuc2VuZChtLmVuY29kZU1lc3NhZ2UhKHsga2luZDogJ3BheScsIGFtb3VudDogYWNjZXB0ZWQudGVybXMuYW1vdW50LCBzaWduYXR1cmU6IGZyb21IZXgocGF5bWVudFNpZ25hdHVyZSksIG5leHRDeWNsZXM6IDAgfSkgYXMgVWludDhBcnJheSk7XG4gICAgICAgIGNvbnN0IGtleSA9IGF3YWl0IG5leHQoJ2tleScpO1xuICAgICAgICBtYWNoaW5lID0gbS5hY2NlcHRLZXkhKG0ucGF5bWVudFNlbnQhKGFjY2VwdGVkLnN0YXRlLCBhY2NlcHRlZC50ZXJtcy5hbW91bnQsIDApLCBrZXkpO1xuICAgICAgICBjb25zdCBvcGVuZWQgPSBtLm9wZW5Sb3VuZFJlc3VsdCEoe1xuICAgICAgICAgIHNlc3Npb25TZWNyZXQsIHNlc3Npb25JZCwgcm91bmQ6IDBuLCByZWNvcmQ6IGFjY2VwdGVkLnJlY29yZCwga2V5OiBrZXkua2V5LCBzdGF0ZUNpcGhlcnRleHQ6IHJlc3VsdC5zdGF0ZUNpcGhlcnRleHQsIG91dHB1dHNDaXBoZXJ0ZXh0OiByZXN1bHQub3V0cHV0c0NpcGhlcnRleHQsXG4gICAgICAgICAgcHJldmlvdXNTdGF0ZTogc3RhdGUsIGNvZGVjczogbS5BTExfRElGRl9DT0RFQ1MsXG4gICAgICAgIH0pIGFzIHsgc3RhdGU6IFVpbnQ4QXJyYXkgfTtcbiAgICAgICAgc29ja2V0LmNsb3NlKCk7XG4gICAgICAgIHJldHVybiB7IHN0YXRlOiB0b0hleChvcGVuZWQuc3RhdGUpLCBhbW91bnQ6IFN0cmluZyhhY2NlcHRlZC50ZXJtcy5hbW91bnQpLCBwaGFzZTogKG1hY2hpbmUgYXMgeyBwaGFzZTogc3RyaW5nIH0pLnBoYXNlIH07XG4gICAgICB9LCB7XG4gICAgICAgIHNvdXJjZTogYCR7dXJsfS9haXJ0bnQtcHJvdG9jb2wuanNgLCBzZXNzaW9uVXJsOiB2ZXJpZmllZC5zZXNzaW9uVXJsLCBwcml2YXRlS2V5OiB3b3JsZC5kZXZuZXQuYWNjb3VudHNbcmVxdWVzdGVySW5kZXhdIS5wcml2YXRlS2V5LCBkb21haW46IGNoYWluLmRvbWFpbixcbiAgICAgICAgZXhlY3V0b3I6IHZlcmlmaWVkLmluZm8uZXhlY3V0b3IsIHRva2VuOiBjaGFubmVsLnRva2VuLCBsYW5lOiBTdHJpbmcoY2hhbm5lbC5sYW5lKSwgY2hhbm5lbElkOiBjaGFubmVsLmNoYW5uZWxJZCwgZGVwb3NpdDogU3RyaW5nKGNoYW5uZWwuZGVwb3NpdCksXG4gICAgICAgIGhwa2U6IHRvSGV4KHZlcmlmaWVkLmluZm8uZW5jbGF2ZS5ocGtlUHVibGljS2V5KSwgZW5jbGF2ZVB1YmxpY0tleTogdG9IZXgodmVyaWZpZWQuaW5mby5lbmNsYXZlLnNpZ25pbmdQdWJsaWNLZXkpLCBydW50aW1lTWVhc3VyZW1lbnQ6IHRvSGV4KHZlcmlmaWVkLmluZm8uZW5jbGF2ZS5ydW50aW1lTWVhc3VyZW1lbnQpLFxuICAgICAgICBmdW5jdGlvbk1lYXN1cmVtZW50OiB0b0hleChqb2IuZnVuY3Rpb25NZWFzdXJlbWVudCksIGluaXRpYWxTdGF0ZTogdG9IZXgoam9iLmluaXRpYWxTdGF0ZSksIHJhdGU6IFN0cmluZyh2ZXJpZmllZC5wcmljZVBlckN5Y2xlKSwgYmFzZTogU3RyaW5nKGJhc2UpLCBjeWNsZXM6IDEyLFxuICAgICAgfSk7XG5cbiAgICAgIGFzc2VydC5lcXVhbChvdXRjb21lLnBoYXNlLCAnZW5kZWQnKTtcbiAgICAgIGFzc2VydC5lcXVhbChvdXRjb21lLnN0YXRlLCB0b0hleChleHBlY3RlZCksICd0aGUgcGFpZCByb3VuZCBpbiB0aGUgYnJvd3NlciByZWFjaGVkIHRoZSByZWZlcmVuY2UgZ3JpZCcpO1xuICAgICAgYXNzZXJ0LmVxdWFsKEJpZ0ludChvdXRjb21lLmFtb3VudCksIGJhc2UgKyAxMm4gKiBURVNUX1BSSUNFX1BFUl9DWUNMRSk7XG4gICAgICAvLyBUaGUgZXhlY3V0b3IgYWNjZXB0ZWQgdGhlIGJyb3dzZXIncyBFSVAtNzEyIHNpZ25hdHVyZTogaXQgY29sbGVjdHMgaXQgb24tY2hhaW4uXG4gICAgICBhd2FpdCBldmVudHVhbGx5KGFzeW5jICgpID0+IHtcbiAgICAgICAgY29uc3Qgb25DaGFpbiA9IGF3YWl0IHJlYWRDaGFubmVsKGNoYWluLCB7IHJlcXVlc3RlcjogY2hhbm5lbC5yZXF1ZXN0ZXIsIGV4ZWN1dG9yOiBjaGFubmVsLmV4ZWN1dG9yLCB0b2tlbjogY2hhbm5lbC50b2tlbiwgbGFuZTogY2hhbm5lbC5sYW5lIH0pO1xuICAgICAgICByZXR1cm4gb25DaGFpbi5jb2xsZWN0ZWQgPT09IEJpZ0ludChvdXRjb21lLmFtb3VudCkgPyBvbkNoYWluIDogdW5kZWZpbmVkO1xuICAgICAgfSwgMTgwXzAwMCwgJ3RoZSBleGVjdXRvciB0byBjb2xsZWN0IHRoZSBicm93c2VyXFwncyBwYXltZW50Jyk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIGF3YWl0IHdvcmxkLmNsb3NlKCk7XG4gICAgfVxuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIkFBUUEsT0FBTyxZQUFZO0FBQ25CLFNBQVMsbUJBQW1CO0FBQzVCLFNBQVMsVUFBVSxTQUFTLFVBQVU7QUFDdEMsU0FBUyxvQkFBaUM7QUFDMUMsU0FBUyxjQUFjO0FBQ3ZCLFNBQVMsWUFBWTtBQUNyQixTQUFTLHFCQUFxQjtBQUM5QixTQUFTLE9BQU8sUUFBUSxVQUFVLFVBQVU7QUFHNUMsU0FBUywyQkFBMkI7QUFDcEMsU0FBUyx1QkFBdUI7QUFDaEMsU0FBUyxxQkFBeUM7QUFDbEQsU0FBUyxxQkFBcUIsdUJBQXVCO0FBQ3JELFNBQVMsaUJBQWlCLGdCQUFnQjtBQUMxQyxTQUFTLG1CQUFtQjtBQUM1QixTQUFTLG1CQUFtQixzQkFBc0I7QUFDbEQsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUyxZQUFZLFNBQVMsZ0JBQWdCLDRCQUE0QjtBQUMxRSxTQUFTLHNCQUFzQjtBQUMvQixTQUFTLGNBQWMsMkJBQTJCO0FBQ2xELFNBQVMscUJBQXFCO0FBQzlCLFNBQVMsc0JBQXNCLG1CQUF1QztBQUN0RSxTQUFTLG9CQUFvQjtBQUM3QixTQUFTLGlCQUFpQix1QkFBdUI7QUFDakQsU0FBUywrQkFBK0I7QUFDeEMsU0FBUyxTQUFTLGFBQWE7QUFDL0IsU0FBUyxtQkFBbUI7QUFFNUIsTUFBTSxZQUFZO0FBQ2xCLE1BQU0sU0FBd0IsRUFBRSxTQUFTLE9BQU8sbUJBQW1CLDZDQUE2QztBQUNoSCxNQUFNLE9BQU87QUFJYixTQUFTLDhCQUE4QixFQUFFLE1BQU0sa0JBQWtCLEVBQUUsR0FBRyxNQUFNO0FBQzFFLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSTtBQUNKLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSTtBQUNKLE1BQUk7QUFFSixTQUFPLFlBQVk7QUFDakIsZ0JBQVksTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHLGlCQUFpQixDQUFDO0FBQzNELFVBQU0sU0FBUyxjQUFjLEtBQUssWUFBWSxHQUFHLFdBQVcsbUJBQW1CLENBQUMsRUFBRTtBQUNsRixVQUFNLEVBQUUsbUJBQW1CLElBQUssTUFBTSxPQUFPO0FBQzdDLFVBQU0sRUFBRSxRQUFRLElBQUksTUFBTSxtQkFBbUIsS0FBSyxXQUFXLG9CQUFvQixDQUFDO0FBQ2xGLGFBQVMsTUFBTSxTQUFTLE9BQU87QUFDL0IsYUFBUyxhQUFhLENBQUMsU0FBUyxhQUFhO0FBQzNDLFVBQUksUUFBUSxRQUFRLHVCQUF1QjtBQUN6QyxpQkFBUyxVQUFVLEtBQUssRUFBRSxnQkFBZ0Isa0JBQWtCLENBQUMsRUFBRSxJQUFJLE1BQU07QUFBQSxNQUMzRSxXQUFXLFFBQVEsUUFBUSxLQUFLO0FBQzlCLGlCQUFTLFVBQVUsS0FBSyxFQUFFLGdCQUFnQixZQUFZLENBQUMsRUFBRSxJQUFJLDhDQUE4QztBQUFBLE1BQzdHLE9BQU87QUFDTCxpQkFBUyxVQUFVLEdBQUcsRUFBRSxJQUFJO0FBQUEsTUFDOUI7QUFBQSxJQUNGLENBQUM7QUFDRCxVQUFNLElBQUksUUFBYyxDQUFDLFlBQVksT0FBTyxPQUFPLEdBQUcsYUFBYSxPQUFPLENBQUM7QUFDM0UsVUFBTSxvQkFBcUIsT0FBTyxRQUFRLEVBQWtCLElBQUk7QUFDaEUsY0FBVSxNQUFNLGVBQWU7QUFDL0IsV0FBTyxNQUFNLFFBQVEsUUFBUTtBQUc3QixVQUFNLEtBQUssY0FBYyx5Q0FBeUM7QUFDbEUsVUFBTSxLQUFLLEtBQUssR0FBRyxHQUFHLEdBQUc7QUFDekIsY0FBVSxNQUFNLGNBQWMsRUFBRSxLQUFLLHdCQUF3QixHQUFHLFFBQVEsRUFBRSxZQUFZLEtBQVEsZ0JBQWdCLEdBQUcsRUFBRSxDQUFDO0FBQUEsRUFDdEgsQ0FBQztBQUVELFFBQU0sWUFBWTtBQUNoQixVQUFNLFNBQVMsTUFBTTtBQUNyQixVQUFNLFNBQVMsTUFBTTtBQUNyQixVQUFNLElBQUksUUFBUSxDQUFDLFlBQWEsU0FBUyxPQUFPLE1BQU0sT0FBTyxJQUFJLFFBQVEsTUFBUyxDQUFFO0FBQ3BGLFFBQUksVUFBVyxPQUFNLEdBQUcsV0FBVyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ3JFLENBQUM7QUFFRCxLQUFHLG1HQUFtRyxZQUFZO0FBQ2hILFdBQU8sYUFBYSxPQUFPLFNBQVMsTUFBTSxHQUFHLHVDQUF1Qyw4QkFBOEI7QUFDbEgsVUFBTSxPQUFPLE1BQU0sS0FBSyxTQUFTLE9BQU8sV0FBVztBQUNqRCxZQUFNLFNBQVUsTUFBTSxPQUFPO0FBQzdCLGFBQU8sRUFBRSxPQUFPLE9BQU8sS0FBSyxNQUFNLEVBQUUsS0FBSyxHQUFHLFNBQVMsT0FBUSxXQUF1QyxTQUFTLFFBQVEsT0FBUSxXQUF1QyxPQUFPO0FBQUEsSUFDN0ssR0FBRyxHQUFHLEdBQUcscUJBQXFCO0FBQzlCLFdBQU8sTUFBTSxLQUFLLFNBQVMsV0FBVztBQUN0QyxXQUFPLE1BQU0sS0FBSyxRQUFRLFdBQVc7QUFDckMsVUFBTSxXQUFXLE1BQU0sU0FBUyxLQUFLLFlBQVksR0FBRyxPQUFPLHNCQUFzQixHQUFHLE1BQU07QUFDMUYsVUFBTSxTQUFTLFNBQVMsTUFBTSxJQUFJLEVBQUUsT0FBTyxDQUFDLFNBQVMsS0FBSyxXQUFXLGlCQUFpQixLQUFLLEtBQUssU0FBUyxTQUFTLENBQUMsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBRSxFQUFFLEtBQUs7QUFDN0osV0FBTyxVQUFVLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDckMsQ0FBQztBQUVELEtBQUcsaUdBQWlHLFlBQVk7QUFDOUcsVUFBTSxXQUFXLFFBQVEsU0FBUztBQUNsQyxVQUFNLE9BQU8sTUFBTSxvQkFBb0IsTUFBTTtBQUM3QyxVQUFNLHNCQUFzQixnQkFBZ0IsSUFBSTtBQUNoRCxVQUFNLFVBQVUsZ0JBQWdCLElBQUksSUFBSSxTQUFTLHlDQUF5QyxDQUFDO0FBQzNGLFVBQU0sWUFBWSxZQUFZLEVBQUU7QUFDaEMsVUFBTSxZQUFZLE1BQU0sWUFBWSxFQUFFLENBQUM7QUFDdkMsVUFBTSxTQUFTO0FBR2YsVUFBTSxTQUFTLE1BQU0sS0FBSyxTQUFTLE9BQU8sVUFBVTtBQUNsRCxZQUFNLElBQUssTUFBTSxPQUFPLE1BQU07QUFDOUIsWUFBTUEsV0FBVSxFQUFFO0FBQ2xCLFlBQU1DLFNBQVEsRUFBRTtBQUNoQixZQUFNQyxpQkFBZ0IsT0FBTyxnQkFBZ0IsSUFBSSxXQUFXLEVBQUUsQ0FBQztBQUMvRCxZQUFNLGdCQUFpQixFQUFFLG1CQUFpRDtBQUFBLFFBQ3hFLHNCQUFzQkYsU0FBUSxNQUFNLElBQUk7QUFBQSxRQUFHLGVBQUFFO0FBQUEsUUFBZSxPQUFPRixTQUFRLE1BQU0sS0FBSztBQUFBLFFBQ3BGLFdBQVdBLFNBQVEsTUFBTSxTQUFTO0FBQUEsUUFBRyxXQUFXQSxTQUFRLE1BQU0sU0FBUztBQUFBLFFBQUcscUJBQXFCQSxTQUFRLE1BQU0sbUJBQW1CO0FBQUEsUUFBRyxZQUFZO0FBQUEsTUFDakosQ0FBQztBQUNELGFBQU8sRUFBRSxlQUFlQyxPQUFNQyxjQUFhLEdBQUcsZUFBZUQsT0FBTSxhQUFhLEVBQUU7QUFBQSxJQUNwRixHQUFHLEVBQUUsUUFBUSxHQUFHLEdBQUcsdUJBQXVCLE1BQU0sTUFBTSxTQUFTLGFBQWEsR0FBRyxPQUFPLE1BQU0sT0FBTyxHQUFHLFdBQVcsTUFBTSxTQUFTLEdBQUcsV0FBVyxxQkFBcUIsTUFBTSxtQkFBbUIsRUFBRSxDQUFDO0FBRy9MLFVBQU0sUUFBUSxZQUFZLEVBQUUsV0FBVyxXQUFXLFFBQVEsU0FBUyxHQUFHLHFCQUFxQixZQUFZLElBQUksZUFBZSxRQUFRLE9BQU8sYUFBYSxFQUFFLENBQUM7QUFDekosVUFBTSxTQUFTLE1BQU0sUUFBUSxTQUFTLFdBQVcsSUFBSSxNQUFNO0FBQzNELFVBQU0sU0FBUyxhQUFhLE9BQU8sTUFBTTtBQUN6QyxVQUFNLGdCQUFnQjtBQUFBLE1BQ3BCLE1BQU07QUFBQSxNQUFtQixPQUFPO0FBQUEsTUFBSSxZQUFZLE9BQU8sT0FBTyxVQUFVO0FBQUEsTUFBRyxXQUFXLE9BQU8sT0FBTyxTQUFTO0FBQUEsTUFBRyxTQUFTLE9BQU87QUFBQSxNQUNoSSxXQUFXLE9BQU87QUFBQSxNQUFXLGlCQUFpQixPQUFPO0FBQUEsTUFBaUIsbUJBQW1CLE9BQU87QUFBQSxJQUNsRztBQUNBLFVBQU0sV0FBVyxFQUFFLEdBQUcsZUFBZSxXQUFXLE9BQU8sVUFBVSxNQUFNLEVBQUU7QUFDekUsYUFBUyxVQUFVLEVBQUUsS0FBTTtBQUczQixVQUFNLGNBQWMsTUFBTSxLQUFLLFNBQVMsT0FBTyxVQUFVO0FBQ3ZELFlBQU0sSUFBSyxNQUFNLE9BQU8sTUFBTTtBQUM5QixZQUFNRCxXQUFVLEVBQUU7QUFDbEIsWUFBTUMsU0FBUSxFQUFFO0FBQ2hCLFlBQU0sU0FBUyxDQUFDLFFBQWdCLEVBQUUsY0FBZUQsU0FBUSxHQUFHLENBQUM7QUFDN0QsWUFBTUcsV0FBVSxFQUFFLG9CQUFxQjtBQUFBLFFBQ3JDLFdBQVdILFNBQVEsTUFBTSxTQUFTO0FBQUEsUUFBRyxXQUFXLE1BQU07QUFBQSxRQUFXLHFCQUFxQkEsU0FBUSxNQUFNLG1CQUFtQjtBQUFBLFFBQ3ZILGtCQUFrQkEsU0FBUSxNQUFNLGdCQUFnQjtBQUFBLFFBQUcsb0JBQW9CQSxTQUFRLE1BQU0sa0JBQWtCO0FBQUEsUUFBRyxVQUFVO0FBQUEsUUFDcEgsTUFBTSxPQUFPLE1BQU0sSUFBSTtBQUFBLFFBQUcsTUFBTTtBQUFBLFFBQUksWUFBWTtBQUFBLFFBQUksUUFBUSxNQUFNO0FBQUEsTUFDcEUsQ0FBQztBQUNELFlBQU0sYUFBYSxFQUFFLGdCQUFpQkEsU0FBUSxNQUFNLGFBQWEsR0FBR0EsU0FBUSxNQUFNLFNBQVMsR0FBR0EsU0FBUSxNQUFNLEtBQUssQ0FBQztBQUNsSCxVQUFJLGtCQUFrQjtBQUN0QixVQUFJO0FBQ0YsVUFBRSxhQUFjRyxVQUFTLE9BQU8sTUFBTSxhQUFhLEdBQUcsVUFBVTtBQUFBLE1BQ2xFLFNBQVMsT0FBTztBQUNkLDBCQUFtQixNQUEyQjtBQUFBLE1BQ2hEO0FBQ0EsWUFBTSxXQUFXLEVBQUUsYUFBY0EsVUFBUyxPQUFPLE1BQU0sV0FBVyxHQUFHLFVBQVU7QUFDL0UsWUFBTUMsV0FBVyxFQUFFLG9CQUFpRCxNQUFNLFFBQVE7QUFDbEYsWUFBTSxZQUFhLE1BQU0sRUFBRSxZQUFhQSxVQUFTLE1BQU0sUUFBUSxTQUFTLEtBQUs7QUFDN0UsWUFBTSxPQUFPLEVBQUUsWUFBYSxTQUFTLE9BQU8sU0FBUyxNQUFNLFFBQVEsQ0FBQztBQUNwRSxZQUFNLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFDakMsWUFBTSxRQUFRLEVBQUUsVUFBVyxNQUFNLEdBQUc7QUFDcEMsWUFBTSxTQUFTLEVBQUUsZ0JBQWlCO0FBQUEsUUFDaEMsZUFBZUosU0FBUSxNQUFNLGFBQWE7QUFBQSxRQUFHLFdBQVdBLFNBQVEsTUFBTSxTQUFTO0FBQUEsUUFBRyxPQUFPO0FBQUEsUUFBSSxRQUFRQSxTQUFRLE1BQU0sTUFBTTtBQUFBLFFBQ3pILEtBQUssSUFBSTtBQUFBLFFBQUssaUJBQWlCQSxTQUFRLE1BQU0sZUFBZTtBQUFBLFFBQUcsbUJBQW1CQSxTQUFRLE1BQU0saUJBQWlCO0FBQUEsUUFBRyxlQUFlQSxTQUFRLE1BQU0sS0FBSztBQUFBLE1BQ3hKLENBQUM7QUFDRCxhQUFPO0FBQUEsUUFDTDtBQUFBLFFBQWlCLE9BQU8sTUFBTTtBQUFBLFFBQU87QUFBQSxRQUNyQyxPQUFPLEVBQUUsV0FBVyxTQUFTLE1BQU0sV0FBVyxRQUFRLE9BQU8sU0FBUyxNQUFNLE1BQU0sR0FBRyxTQUFTLFNBQVMsTUFBTSxRQUFRO0FBQUEsUUFDckgsT0FBT0MsT0FBTSxPQUFPLEtBQUs7QUFBQSxRQUFHLGlCQUFpQkEsT0FBTSxPQUFPLGVBQWU7QUFBQSxNQUMzRTtBQUFBLElBQ0YsR0FBRztBQUFBLE1BQ0QsUUFBUSxHQUFHLEdBQUc7QUFBQSxNQUF1QixXQUFXLE1BQU0sU0FBUztBQUFBLE1BQUc7QUFBQSxNQUFXLHFCQUFxQixNQUFNLG1CQUFtQjtBQUFBLE1BQzNILGtCQUFrQixNQUFNLFNBQVMsZ0JBQWdCO0FBQUEsTUFBRyxvQkFBb0IsTUFBTSxTQUFTLGtCQUFrQjtBQUFBLE1BQUcsTUFBTSxPQUFPLElBQUk7QUFBQSxNQUFHO0FBQUEsTUFDaEksZUFBZSxPQUFPO0FBQUEsTUFBZSxPQUFPLE1BQU0sT0FBTztBQUFBLE1BQUcsVUFBVTtBQUFBLE1BQVcsUUFBUTtBQUFBLE1BQ3pGLGFBQWEsTUFBTSxjQUFjLGFBQWEsQ0FBQztBQUFBLE1BQUcsZUFBZSxNQUFNLGNBQWMsUUFBUSxDQUFDO0FBQUEsTUFDOUYsVUFBVSxNQUFNLGNBQWMsRUFBRSxNQUFNLE9BQU8sT0FBTyxJQUFJLEtBQUssT0FBTyxJQUFJLENBQUMsQ0FBQztBQUFBLE1BQzFFLFFBQVEsTUFBTSxPQUFPLE1BQU07QUFBQSxNQUFHLGlCQUFpQixNQUFNLE9BQU8sZUFBZTtBQUFBLE1BQUcsbUJBQW1CLE1BQU0sT0FBTyxpQkFBaUI7QUFBQSxJQUNqSSxDQUFDO0FBR0QsVUFBTSxnQkFBZ0IsUUFBUSxPQUFPLGFBQWE7QUFDbEQsVUFBTSxVQUFVLG9CQUFvQixFQUFFLFdBQVcsV0FBVyxxQkFBcUIsa0JBQWtCLFNBQVMsa0JBQWtCLG9CQUFvQixTQUFTLG9CQUFvQixVQUFVLE1BQU0sTUFBTSxNQUFNLE1BQU0sSUFBSSxZQUFZLElBQUksT0FBTyxDQUFDO0FBQzdPLFVBQU0sZUFBZSxhQUFhLFNBQVMsZUFBZSxnQkFBZ0IsZUFBZSxXQUFXLE9BQU8sR0FBRyxlQUFlO0FBQzdILFVBQU0sYUFBYSxnQkFBZ0IsRUFBRSxlQUFlLFdBQVcsT0FBTyxJQUFJLFFBQVEsT0FBTyxRQUFRLEtBQUssT0FBTyxLQUFLLGlCQUFpQixPQUFPLGlCQUFpQixtQkFBbUIsT0FBTyxtQkFBbUIsZUFBZSxTQUFTLFlBQVksZ0JBQWdCLENBQUM7QUFDN1AsVUFBTSxVQUFVLG9CQUFvQixTQUFTO0FBRTdDLFdBQU8sTUFBTSxZQUFZLGlCQUFpQix1QkFBdUIsbURBQW1EO0FBQ3BILFdBQU8sVUFBVSxZQUFZLE9BQU8sRUFBRSxXQUFXLGFBQWEsTUFBTSxXQUFXLFFBQVEsT0FBTyxhQUFhLE1BQU0sTUFBTSxHQUFHLFNBQVMsYUFBYSxNQUFNLFFBQVEsQ0FBQztBQUMvSixXQUFPLEdBQUcsYUFBYSxNQUFNLFNBQVMsSUFBSSxxQkFBcUI7QUFDL0QsV0FBTyxNQUFNLFlBQVksV0FBVyxNQUFNLFlBQVksU0FBUyxRQUFRLGFBQWEsS0FBSyxHQUFHLDBDQUEwQztBQUN0SSxXQUFPLE1BQU0sTUFBTSxxQkFBcUIsUUFBUSxhQUFhLE9BQU8sWUFBWSxTQUEwQixHQUFHLFFBQVEsT0FBTztBQUM1SCxXQUFPLE1BQU0sWUFBWSxPQUFPLE9BQU87QUFDdkMsV0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNLFdBQVcsS0FBSyxDQUFDO0FBQ3ZELFdBQU8sTUFBTSxZQUFZLGlCQUFpQixNQUFNLFdBQVcsZUFBZSxDQUFDO0FBQzNFLFdBQU8sU0FBUyxZQUFZLE9BQU8sTUFBTSxPQUFPLEdBQUcsa0JBQWtCO0FBQUEsRUFDdkUsQ0FBQztBQUVELEtBQUcsb0ZBQW9GLFlBQVk7QUFDakcsVUFBTSxRQUFRLE1BQU0sZUFBZTtBQUNuQyxRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sTUFBTSxjQUFjLENBQUM7QUFDNUMsWUFBTSxpQkFBaUI7QUFDdkIsWUFBTSxRQUFRLE1BQU0sT0FBTyxjQUFjO0FBQ3pDLFlBQU0sUUFBUSxNQUFNLFVBQVUsY0FBYyxFQUFFO0FBQzlDLFlBQU0sRUFBRSxLQUFLLFNBQVMsSUFBSSxNQUFNLFFBQVEsRUFBRSxPQUFPLElBQUksUUFBUSxJQUFJLFFBQVEsSUFBSSxVQUFVLElBQUksV0FBVyxDQUFDLFNBQVMsR0FBRyxFQUFFLENBQUM7QUFDdEgsWUFBTSxXQUFXLE1BQU0sZUFBZSxTQUFTLEtBQUssRUFBRSxPQUFPLFFBQVEsRUFBRSxjQUFjLENBQUMsV0FBVyxHQUFHLGdCQUFnQixNQUFNLFlBQVksS0FBSyxHQUFHLHFCQUFxQixNQUFNLElBQUksbUJBQW1CLEVBQUUsTUFBTSxDQUFDLEVBQUUsR0FBRyxHQUFNO0FBQ3BOLFlBQU0sRUFBRSxTQUFTLEtBQUssSUFBSSxNQUFNLGNBQWMsT0FBTyxPQUFPLEVBQUUsVUFBVSxTQUFTLEtBQUssVUFBVSxRQUFRLFFBQVMsc0JBQXNCLFlBQVksS0FBSyxnQkFBZ0IsS0FBSyxDQUFDO0FBRTlLLFlBQU0sVUFBVSxNQUFNLEtBQUssU0FBUyxPQUFPLFVBQVU7QUFDbkQsY0FBTSxJQUFLLE1BQU0sT0FBTyxNQUFNO0FBQzlCLGNBQU1ELFdBQVUsRUFBRTtBQUNsQixjQUFNQyxTQUFRLEVBQUU7QUFDaEIsY0FBTSxVQUFXLEVBQUUsb0JBQWlELE1BQU0sVUFBVTtBQUNwRixjQUFNLFlBQVksT0FBTyxnQkFBZ0IsSUFBSSxXQUFXLEVBQUUsQ0FBQztBQUMzRCxjQUFNLGdCQUFnQixPQUFPLGdCQUFnQixJQUFJLFdBQVcsRUFBRSxDQUFDO0FBQy9ELGNBQU0sUUFBUUQsU0FBUSxNQUFNLFlBQVk7QUFDeEMsY0FBTSxzQkFBc0JBLFNBQVEsTUFBTSxtQkFBbUI7QUFDN0QsY0FBTSxDQUFDLE1BQU1LLE9BQU0sSUFBSSxJQUFJLENBQUMsT0FBTyxNQUFNLElBQUksR0FBRyxPQUFPLE1BQU0sSUFBSSxHQUFHLE9BQU8sTUFBTSxJQUFJLENBQUM7QUFFdEYsY0FBTSxTQUFTLElBQUksVUFBVSxNQUFNLFVBQVU7QUFDN0MsZUFBTyxhQUFhO0FBQ3BCLGNBQU0sUUFBc0IsQ0FBQztBQUM3QixZQUFJO0FBQ0osZUFBTyxZQUFZLENBQUMsVUFBVTtBQUFFLGdCQUFNLEtBQUssSUFBSSxXQUFXLE1BQU0sSUFBbUIsQ0FBQztBQUFHLGlCQUFPO0FBQUEsUUFBRztBQUNqRyxlQUFPLFVBQVUsTUFBTSxPQUFPO0FBQzlCLGNBQU0sSUFBSSxRQUFRLENBQUMsU0FBUyxXQUFXO0FBQUUsaUJBQU8sU0FBUztBQUFTLGlCQUFPLFVBQVUsTUFBTSxPQUFPLElBQUksTUFBTSxnQkFBZ0IsQ0FBQztBQUFBLFFBQUcsQ0FBQztBQUMvSCxjQUFNLE9BQU8sT0FBTyxTQUFpQjtBQUNuQyxnQkFBTSxXQUFXLEtBQUssSUFBSSxJQUFJO0FBQzlCLGlCQUFPLE1BQU0sV0FBVyxHQUFHO0FBQ3pCLGdCQUFJLE9BQU8sZUFBZSxVQUFVLFVBQVUsS0FBSyxJQUFJLElBQUksU0FBVSxPQUFNLElBQUksTUFBTSxNQUFNLElBQUksUUFBUTtBQUN2RyxrQkFBTSxJQUFJLFFBQWMsQ0FBQyxZQUFZO0FBQUUscUJBQU87QUFBQSxZQUFTLENBQUM7QUFBQSxVQUMxRDtBQUNBLGdCQUFNLFVBQVUsRUFBRSxjQUFlLE1BQU0sTUFBTSxDQUFDO0FBQzlDLGNBQUksUUFBUSxTQUFTLEtBQU0sT0FBTSxJQUFJLE1BQU0sWUFBWSxJQUFJLFNBQVMsT0FBTyxRQUFRLElBQUksQ0FBQyxLQUFLLE9BQU8sUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLE9BQU8sUUFBUSxXQUFXLEVBQUUsQ0FBQyxFQUFFO0FBQzFKLGlCQUFPO0FBQUEsUUFDVDtBQUVBLGNBQU0sZ0JBQWdCLEVBQUUsbUJBQW9CLEVBQUUsc0JBQXNCTCxTQUFRLE1BQU0sSUFBSSxHQUFHLFdBQVcsV0FBV0EsU0FBUSxNQUFNLFNBQVMsR0FBRyxxQkFBcUIsWUFBWSxJQUFJLGVBQWUsTUFBTSxDQUFDO0FBQ3BNLGNBQU0sUUFBUSxFQUFFLFVBQVUsTUFBTSxVQUFVLE9BQU8sTUFBTSxPQUFPLE1BQU0sV0FBVyxxQkFBcUIsZUFBZSxZQUFZLElBQUksTUFBTSxNQUFBSyxPQUFNLGFBQWEsTUFBTSxRQUFRLGVBQWUsTUFBTSxPQUFPO0FBQ3RNLGNBQU0sWUFBWSxNQUFNLEVBQUUsZ0JBQWlCLFNBQVMsTUFBTSxRQUFRLEtBQUs7QUFDdkUsZUFBTyxLQUFLLEVBQUUsY0FBZSxFQUFFLE1BQU0sUUFBUSxPQUFPLFFBQVcsTUFBTSxxQkFBcUIsV0FBVyxlQUFlLFlBQVksSUFBSSxNQUFNLE1BQUFBLE9BQU0sUUFBUSxNQUFNLFFBQVEsZUFBZSxNQUFNLFFBQVEsVUFBVSxDQUFDLENBQWU7QUFFN04sWUFBSSxVQUFVLEVBQUUsb0JBQXFCLEVBQUUsV0FBVyxXQUFXLE1BQU0sV0FBVyxxQkFBcUIsa0JBQWtCTCxTQUFRLE1BQU0sZ0JBQWdCLEdBQUcsb0JBQW9CQSxTQUFRLE1BQU0sa0JBQWtCLEdBQUcsVUFBVSxNQUFNLE1BQU0sTUFBQUssT0FBTSxZQUFZLElBQUksUUFBUSxNQUFNLFFBQVEsV0FBVyxPQUFPLE1BQU0sT0FBTyxFQUFFLENBQUM7QUFDalQsY0FBTSxTQUFTLE1BQU0sS0FBSyxRQUFRO0FBQ2xDLGNBQU0sV0FBVyxFQUFFLGFBQWMsU0FBUyxRQUFRLEVBQUUsZ0JBQWlCLGVBQWUsV0FBVyxLQUFLLENBQUM7QUFDckcsY0FBTSxtQkFBb0IsTUFBTSxFQUFFLFlBQWEsU0FBUyxNQUFNLFFBQVEsU0FBUyxLQUFLO0FBQ3BGLGVBQU8sS0FBSyxFQUFFLGNBQWUsRUFBRSxNQUFNLE9BQU8sUUFBUSxTQUFTLE1BQU0sUUFBUSxXQUFXTCxTQUFRLGdCQUFnQixHQUFHLFlBQVksRUFBRSxDQUFDLENBQWU7QUFDL0ksY0FBTSxNQUFNLE1BQU0sS0FBSyxLQUFLO0FBQzVCLGtCQUFVLEVBQUUsVUFBVyxFQUFFLFlBQWEsU0FBUyxPQUFPLFNBQVMsTUFBTSxRQUFRLENBQUMsR0FBRyxHQUFHO0FBQ3BGLGNBQU0sU0FBUyxFQUFFLGdCQUFpQjtBQUFBLFVBQ2hDO0FBQUEsVUFBZTtBQUFBLFVBQVcsT0FBTztBQUFBLFVBQUksUUFBUSxTQUFTO0FBQUEsVUFBUSxLQUFLLElBQUk7QUFBQSxVQUFLLGlCQUFpQixPQUFPO0FBQUEsVUFBaUIsbUJBQW1CLE9BQU87QUFBQSxVQUMvSSxlQUFlO0FBQUEsVUFBTyxRQUFRLEVBQUU7QUFBQSxRQUNsQyxDQUFDO0FBQ0QsZUFBTyxNQUFNO0FBQ2IsZUFBTyxFQUFFLE9BQU9DLE9BQU0sT0FBTyxLQUFLLEdBQUcsUUFBUSxPQUFPLFNBQVMsTUFBTSxNQUFNLEdBQUcsT0FBUSxRQUE4QixNQUFNO0FBQUEsTUFDMUgsR0FBRztBQUFBLFFBQ0QsUUFBUSxHQUFHLEdBQUc7QUFBQSxRQUF1QixZQUFZLFNBQVM7QUFBQSxRQUFZLFlBQVksTUFBTSxPQUFPLFNBQVMsY0FBYyxFQUFHO0FBQUEsUUFBWSxRQUFRLE1BQU07QUFBQSxRQUNuSixVQUFVLFNBQVMsS0FBSztBQUFBLFFBQVUsT0FBTyxRQUFRO0FBQUEsUUFBTyxNQUFNLE9BQU8sUUFBUSxJQUFJO0FBQUEsUUFBRyxXQUFXLFFBQVE7QUFBQSxRQUFXLFNBQVMsT0FBTyxRQUFRLE9BQU87QUFBQSxRQUNqSixNQUFNLE1BQU0sU0FBUyxLQUFLLFFBQVEsYUFBYTtBQUFBLFFBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLLFFBQVEsZ0JBQWdCO0FBQUEsUUFBRyxvQkFBb0IsTUFBTSxTQUFTLEtBQUssUUFBUSxrQkFBa0I7QUFBQSxRQUNyTCxxQkFBcUIsTUFBTSxJQUFJLG1CQUFtQjtBQUFBLFFBQUcsY0FBYyxNQUFNLElBQUksWUFBWTtBQUFBLFFBQUcsTUFBTSxPQUFPLFNBQVMsYUFBYTtBQUFBLFFBQUcsTUFBTSxPQUFPLElBQUk7QUFBQSxRQUFHLFFBQVE7QUFBQSxNQUNoSyxDQUFDO0FBRUQsYUFBTyxNQUFNLFFBQVEsT0FBTyxPQUFPO0FBQ25DLGFBQU8sTUFBTSxRQUFRLE9BQU8sTUFBTSxRQUFRLEdBQUcsMERBQTBEO0FBQ3ZHLGFBQU8sTUFBTSxPQUFPLFFBQVEsTUFBTSxHQUFHLE9BQU8sTUFBTSxvQkFBb0I7QUFFdEUsWUFBTSxXQUFXLFlBQVk7QUFDM0IsY0FBTSxVQUFVLE1BQU0sWUFBWSxPQUFPLEVBQUUsV0FBVyxRQUFRLFdBQVcsVUFBVSxRQUFRLFVBQVUsT0FBTyxRQUFRLE9BQU8sTUFBTSxRQUFRLEtBQUssQ0FBQztBQUMvSSxlQUFPLFFBQVEsY0FBYyxPQUFPLFFBQVEsTUFBTSxJQUFJLFVBQVU7QUFBQSxNQUNsRSxHQUFHLE1BQVMsK0NBQWdEO0FBQUEsSUFDOUQsVUFBRTtBQUNBLFlBQU0sTUFBTSxNQUFNO0FBQUEsSUFDcEI7QUFBQSxFQUNGLENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogWyJmcm9tSGV4IiwgInRvSGV4IiwgInNlc3Npb25TZWNyZXQiLCAibWFjaGluZSIsICJhY2NvdW50IiwgImJhc2UiXQp9Cg==
