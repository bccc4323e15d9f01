import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Encoder } from "cbor-x";
import WebSocket from "ws";
import { readChannel } from "../chain/index.js";
import { ALL_DIFF_CODECS } from "../protocol/codecs.js";
import { encodeMessage } from "../protocol/messages.js";
import { signPayment } from "../protocol/payment.js";
import { toHex } from "../util/bytes.js";
import { isRemoteRefusal } from "../util/errors.js";
import { ensureChannel } from "./requester-channels.js";
import { SessionClient } from "./session-client.js";
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE } from "./testing.js";
import { verifyExecutor } from "./verify-executor.js";
let world;
let executor;
before(async () => {
  world = await startTestWorld();
  executor = await world.startExecutor(1, { name: "guarded", args: ["--max-cycles-per-round", "50", "--session-idle-ms", "1500"] });
});
after(async () => {
  await world.close();
});
const refusedWith = (code) => (error) => isRemoteRefusal(error, code);
async function party(index, url = executor.url) {
  const chain = world.client(index);
  const requester = world.requester(index, { name: `guards-${index}` });
  const { job } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 20, executors: [url] });
  const verified = await verifyExecutor(url, { chain, policy: { allowedKinds: ["simulated"], allowSimulated: true, allowDebug: true }, functionMeasurement: toHex(job.functionMeasurement).slice(2) }, 5e3);
  requester.store.ensureRun({ runId: "guards", functionMeasurement: toHex(job.functionMeasurement), initialState: job.initialState, totalCycles: 40, perRound: 20 }, Date.now());
  return { index, verified, requester, job };
}
async function channelFor(p, cycles, minDeposit) {
  return ensureChannel(world.client(p.index), p.requester.store, { executor: p.verified.info.executor, needed: cycles * TEST_PRICE_PER_CYCLE, minSeconds: 600, channelSeconds: 3600, ...minDeposit === void 0 ? {} : { minDeposit } });
}
function session(p, channel, base, verified = p.verified) {
  return new SessionClient(
    { chain: world.client(p.index), store: p.requester.store, codecs: ALL_DIFF_CODECS, timeouts: { connectMs: 5e3, resultMs: 1e4, keyMs: 3e3, keyFromChainMs: 0, chainPollMs: 100 }, log: () => void 0 },
    { runId: "guards", executor: verified, channel, base, functionMeasurement: p.job.functionMeasurement, firstRound: 0n, state: p.job.initialState }
  );
}
async function collected(p, channel) {
  return (await readChannel(world.client(p.index), { requester: channel.requester, executor: channel.executor, token: channel.token, lane: channel.lane })).collected;
}
describe("executor guards", () => {
  it("stores a valid payment and releases k even when the next round is refused for the deposit", async () => {
    const p = await party(2);
    const { channel, base } = await channelFor(p, 30n);
    const s = session(p, channel, base);
    await s.open(20, 40);
    const { terms } = await s.receiveResult();
    await s.pay(20);
    const outcome = await s.receiveKey();
    assert.equal(outcome.keyFrom, "executor");
    await assert.rejects(s.nextMessage(5e3), refusedWith("CHANNEL_DEPOSIT_TOO_LOW"));
    await s.finish("test");
    await eventually(async () => await collected(p, channel) === terms.amount ? true : void 0, 15e3, "collection of the paid round");
  });
  it("refuses next cycles outside the signed schedule (or above maxCyclesPerRound), after storing the payment and releasing k", async () => {
    const p = await party(3);
    const { channel, base } = await channelFor(p, 1000n);
    const s = session(p, channel, base);
    await s.open(20, 100);
    await s.receiveResult();
    await s.pay(20);
    await s.receiveKey();
    await s.receiveResult();
    const terms = s.pendingTerms;
    const signature = await signPayment(world.client(3).account, world.client(3).domain, terms);
    await s.sendPay(terms.amount, signature, 51);
    const key = await s.nextMessage(5e3);
    assert.equal(key.kind, "key");
    await assert.rejects(s.nextMessage(5e3), refusedWith("ROUND_CYCLES_NOT_SIGNED"));
    await s.finish("test");
    await eventually(async () => await collected(p, channel) === terms.amount ? true : void 0, 15e3, "collection of both paid rounds");
  });
  it("gives a channel at most one unpaid round, across sessions and executor restarts", async () => {
    const restartable = await world.startExecutor(4, { name: "restartable" });
    const p = await party(5, restartable.url);
    const { channel, base } = await channelFor(p, 1000n);
    const first = session(p, channel, base);
    await first.open(20, 40);
    await first.receiveResult();
    first.abandon();
    await eventually(async () => {
      const again = session(p, channel, base);
      await again.open(20, 40);
      try {
        await again.receiveResult();
        return "ran";
      } catch (error) {
        if (refusedWith("CHANNEL_BUSY")(error)) return void 0;
        assert.ok(refusedWith("CHANNEL_HAS_UNPAID_ROUND")(error), String(error));
        return "refused";
      } finally {
        again.abandon();
      }
    }, 1e4, "the second session to be refused").then((outcome) => assert.equal(outcome, "refused"));
    const q = await party(6, restartable.url);
    const other = await channelFor(q, 1000n);
    const quick = session(q, other.channel, other.base);
    await quick.open(20, 40);
    quick.abandon();
    await eventually(async () => {
      const late = session(q, other.channel, other.base);
      await late.open(20, 40);
      try {
        await late.receiveResult();
        return "ran";
      } catch (error) {
        if (refusedWith("CHANNEL_BUSY")(error)) return void 0;
        assert.ok(refusedWith("CHANNEL_HAS_UNPAID_ROUND")(error), String(error));
        return "refused";
      } finally {
        late.abandon();
      }
    }, 1e4, "the late session to be refused").then((outcome) => assert.equal(outcome, "refused"));
    await restartable.kill();
    const restarted = await world.startExecutor(4, { name: "restartable" });
    const verified = await verifyExecutor(restarted.url, { chain: world.client(5), policy: { allowedKinds: ["simulated"], allowSimulated: true, allowDebug: true }, functionMeasurement: toHex(p.job.functionMeasurement).slice(2) }, 5e3);
    const afterRestart = session(p, channel, base, verified);
    await afterRestart.open(20, 40);
    await assert.rejects(afterRestart.receiveResult(), refusedWith("CHANNEL_HAS_UNPAID_ROUND"));
    afterRestart.abandon();
  });
  it("unpaid round the requester does not know of: refused on that channel, the run retries on a new lane and completes", async () => {
    const p = await party(8);
    const { channel, base } = await channelFor(p, 1000n);
    assert.equal(channel.lane, 0n);
    const first = session(p, channel, base);
    await first.open(20, 40);
    await first.receiveResult();
    first.abandon();
    await first.finish("test");
    assert.equal(p.requester.store.channelMayOweRound(channel.channelId), false);
    await eventually(async () => await sessionEnded(first.sessionIdHex) || void 0, 1e4, "the executor to settle the abandoned session");
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 20, executors: [executor.url] });
    const result = await p.requester.run(job);
    assert.deepEqual(result.finalState, expected);
    assert.deepEqual(result.failures.map((f) => f.code), ["EXECUTOR_REFUSED"]);
    assert.equal(result.sessions.length, 2);
    assert.equal(result.sessions[0].endReason, "EXECUTOR_REFUSED");
    assert.equal(result.transfers, 0);
    assert.equal(p.requester.store.channelMayOweRound(channel.channelId), true);
    assert.equal(p.requester.store.channel(channel.channelId).status, "open");
    const lane1 = p.requester.store.openChannelsTo(channel.requester, channel.executor).find((c) => c.lane === 1n);
    assert.ok(lane1 !== void 0, "the run opened lane 1");
    await eventually(async () => await collected(p, lane1) === 40n * TEST_PRICE_PER_CYCLE ? true : void 0, 15e3, "collection of the run on lane 1");
    assert.equal(await collected(p, channel), 0n);
  });
  it("refuses tokens it does not accept before any chain read, and drops sockets that never open", async () => {
    const open = junkOpen({ token: world.devnet.channels, sessionId: new Uint8Array(32).fill(7), signature: new Uint8Array(65) });
    assert.equal((await exchange(executor.url, [open])).code, "TOKEN_NOT_ACCEPTED");
    const started = Date.now();
    const silent = await exchange(executor.url, [], 8e3);
    assert.equal(silent.code, "SESSION_NOT_OPENED");
    assert.ok(silent.closed && Date.now() - started < 6e3, `closed after ${Date.now() - started} ms`);
  });
  it("closes a connection that sends a second frame while the first is being handled", async () => {
    const cbor = new Encoder({ useRecords: false, tagUint8Array: false });
    const open = junkOpen({ token: void 0, sessionId: new Uint8Array(32).fill(9), signature: new Uint8Array(65).fill(1) });
    const reply = await exchange(executor.url, [open, Buffer.from(cbor.encode([3, 1, Buffer.alloc(65), 0]))]);
    assert.equal(reply.code, "MESSAGE_OUT_OF_ORDER");
    assert.ok(reply.closed);
  });
});
describe("executor terms: connection limit, tokens, minimum deposit", () => {
  const MIN_DEPOSIT = 1000000n;
  const TOKEN = "0x00000000000000000000000000000000000a11ce";
  let strict;
  before(async () => {
    strict = await world.startExecutor(7, {
      name: "strict",
      args: ["--max-connections-per-address", "2", "--min-deposit", MIN_DEPOSIT.toString(), "--accept-token", `${TOKEN}:7`]
    });
  });
  it("refuses a third live connection from one address with 503, and admits one again once a slot is freed", async () => {
    const url = `${strict.url.replace("http", "ws")}/v1/session`;
    const connect = () => new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.once("open", () => resolve(ws));
      ws.once("unexpected-response", (_request, response) => {
        resolve(response.statusCode ?? 0);
        ws.terminate();
      });
      ws.once("error", reject);
    });
    const a = await connect();
    const b = await connect();
    assert.ok(a instanceof WebSocket && b instanceof WebSocket);
    assert.equal(await connect(), 503);
    const aClosed = new Promise((resolve) => a.once("close", resolve));
    a.terminate();
    await aClosed;
    const c = await eventually(async () => {
      const attempt = await connect();
      return attempt instanceof WebSocket ? attempt : void 0;
    }, 5e3, "a freed slot");
    b.terminate();
    c.terminate();
  });
  it("lists the accepted tokens with their prices and the minimum deposit in /v1/info", async () => {
    const info = await (await fetch(`${strict.url}/v1/info`)).json();
    assert.equal(info.minDeposit, MIN_DEPOSIT.toString());
    assert.deepEqual(
      info.acceptedTokens.map((t) => [t.token.toLowerCase(), t.pricePerCycle]),
      [["0x0000000000000000000000000000000000000000", TEST_PRICE_PER_CYCLE.toString()], [TOKEN, "7"]]
    );
  });
  it("refuses a channel below the minimum deposit; the requester tops it up to the minimum and runs", async () => {
    const p = await party(9, strict.url);
    assert.equal(p.verified.info.minDeposit, MIN_DEPOSIT);
    const { channel, base } = await channelFor(p, 40n);
    const s = session(p, channel, base);
    await s.open(20, 40);
    await assert.rejects(s.receiveResult(), refusedWith("CHANNEL_DEPOSIT_BELOW_MINIMUM"));
    await s.finish("test");
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 20, executors: [strict.url] });
    const result = await p.requester.run(job);
    assert.deepEqual(result.finalState, expected);
    assert.deepEqual(result.failures, []);
    const reused = p.requester.store.channel(channel.channelId);
    assert.equal(reused.deposit, MIN_DEPOSIT, "the same lane, topped up to the minimum");
  });
});
async function sessionEnded(sessionId) {
  const response = await fetch(`${executor.url}/v1/sessions/${sessionId}`);
  return response.ok && (await response.json()).ended;
}
function junkOpen(fields) {
  return encodeMessage({
    kind: "open",
    lane: 0n,
    functionMeasurement: new Uint8Array(32),
    sealedSession: new Uint8Array(10),
    firstRound: 0n,
    rate: 10n ** 18n,
    base: 0n,
    cycles: 10,
    sessionCycles: 10,
    ...fields
  });
}
async function exchange(url, frames, waitMs = 5e3) {
  const ws = new WebSocket(`${url.replace("http", "ws")}/v1/session`);
  await new Promise((resolve, reject) => {
    ws.once("open", resolve);
    ws.once("error", reject);
  });
  const decoder = new Encoder({ useRecords: false });
  let code;
  ws.on("message", (frame) => {
    const message = decoder.decode(frame);
    if (message[0] === 0) code ??= message[1];
  });
  ws.on("error", () => void 0);
  const closed = new Promise((resolve) => ws.once("close", () => resolve(true)));
  const socket = ws._socket;
  socket.cork();
  for (const frame of frames) ws.send(frame);
  socket.uncork();
  const done = await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve(false), waitMs))]);
  ws.terminate();
  return { code, closed: done };
}
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL25vZGUvZXhlY3V0b3ItZ3VhcmRzLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGV4ZWN1dG9yJ3MgZ3VhcmRzIGFnYWluc3QgcmVxdWVzdGVycywgb24gYSByZWFsIGRldm5ldCBhZ2FpbnN0IHJlYWwgZXhlY3V0b3IgcHJvY2Vzc2VzOiBhIHZhbGlkXG4gKiBwYXltZW50IGlzIGFsd2F5cyBzdG9yZWQgYW5kIGl0cyBrZXkgcmVsZWFzZWQgZXZlbiB3aGVuIHRoZSBuZXh0IHJvdW5kIGlzIHJlZnVzZWQ7IGEgY2hhbm5lbCBnZXRzXG4gKiBhdCBtb3N0IG9uZSB1bnBhaWQgcm91bmQgYWNyb3NzIHNlc3Npb25zIChhbmQgZXhlY3V0b3IgcmVzdGFydHMpOyB0aGUgY3ljbGVzIG9mIGV2ZXJ5IHJvdW5kIGFyZSB0aG9zZVxuICogdGhlIHJlcXVlc3RlciBzaWduZWQ7IGNoZWFwIHJlZnVzYWxzIGFuZCBjb25uZWN0aW9uIGh5Z2llbmUgKHByZS1vcGVuIHRpbWVvdXQsIG9uZSBmcmFtZSBpbiBmbGlnaHQpLlxuICovXG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBhZnRlciwgYmVmb3JlLCBkZXNjcmliZSwgaXQgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IHsgRW5jb2RlciB9IGZyb20gJ2Nib3IteCc7XG5pbXBvcnQgV2ViU29ja2V0IGZyb20gJ3dzJztcbmltcG9ydCB7IHJlYWRDaGFubmVsIH0gZnJvbSAnLi4vY2hhaW4vaW5kZXguanMnO1xuaW1wb3J0IHsgQUxMX0RJRkZfQ09ERUNTIH0gZnJvbSAnLi4vcHJvdG9jb2wvY29kZWNzLmpzJztcbmltcG9ydCB7IGVuY29kZU1lc3NhZ2UsIHR5cGUgT3Blbk1lc3NhZ2UgfSBmcm9tICcuLi9wcm90b2NvbC9tZXNzYWdlcy5qcyc7XG5pbXBvcnQgeyBzaWduUGF5bWVudCB9IGZyb20gJy4uL3Byb3RvY29sL3BheW1lbnQuanMnO1xuaW1wb3J0IHsgdG9IZXggfSBmcm9tICcuLi91dGlsL2J5dGVzLmpzJztcbmltcG9ydCB7IGlzUmVtb3RlUmVmdXNhbCB9IGZyb20gJy4uL3V0aWwvZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgRXhlY3V0b3JQcm9jZXNzIH0gZnJvbSAnLi9wcm9jZXNzLmpzJztcbmltcG9ydCB7IGVuc3VyZUNoYW5uZWwgfSBmcm9tICcuL3JlcXVlc3Rlci1jaGFubmVscy5qcyc7XG5pbXBvcnQgdHlwZSB7IENoYW5uZWxSb3cgfSBmcm9tICcuL3JlcXVlc3Rlci1zdG9yZS5qcyc7XG5pbXBvcnQgeyBTZXNzaW9uQ2xpZW50IH0gZnJvbSAnLi9zZXNzaW9uLWNsaWVudC5qcyc7XG5pbXBvcnQgeyBldmVudHVhbGx5LCBsaWZlSm9iLCBzdGFydFRlc3RXb3JsZCwgVEVTVF9QUklDRV9QRVJfQ1lDTEUsIHR5cGUgVGVzdFdvcmxkIH0gZnJvbSAnLi90ZXN0aW5nLmpzJztcbmltcG9ydCB7IHZlcmlmeUV4ZWN1dG9yLCB0eXBlIFZlcmlmaWVkRXhlY3V0b3IgfSBmcm9tICcuL3ZlcmlmeS1leGVjdXRvci5qcyc7XG5cbmxldCB3b3JsZDogVGVzdFdvcmxkO1xubGV0IGV4ZWN1dG9yOiBFeGVjdXRvclByb2Nlc3M7XG5cbmJlZm9yZShhc3luYyAoKSA9PiB7XG4gIHdvcmxkID0gYXdhaXQgc3RhcnRUZXN0V29ybGQoKTtcbiAgZXhlY3V0b3IgPSBhd2FpdCB3b3JsZC5zdGFydEV4ZWN1dG9yKDEsIHsgbmFtZTogJ2d1YXJkZWQnLCBhcmdzOiBbJy0tbWF4LWN5Y2xlcy1wZXItcm91bmQnLCAnNTAnLCAnLS1zZXNzaW9uLWlkbGUtbXMnLCAnMTUwMCddIH0pO1xufSk7XG5hZnRlcihhc3luYyAoKSA9PiB7XG4gIGF3YWl0IHdvcmxkLmNsb3NlKCk7XG59KTtcblxuY29uc3QgcmVmdXNlZFdpdGggPSAoY29kZTogc3RyaW5nKSA9PiAoZXJyb3I6IHVua25vd24pID0+IGlzUmVtb3RlUmVmdXNhbChlcnJvciwgY29kZSk7XG5cbnR5cGUgUGFydHkgPSB7IGluZGV4OiBudW1iZXI7IHZlcmlmaWVkOiBWZXJpZmllZEV4ZWN1dG9yOyByZXF1ZXN0ZXI6IFJldHVyblR5cGU8VGVzdFdvcmxkWydyZXF1ZXN0ZXInXT47IGpvYjogQXdhaXRlZDxSZXR1cm5UeXBlPHR5cGVvZiBsaWZlSm9iPj5bJ2pvYiddIH07XG5cbmFzeW5jIGZ1bmN0aW9uIHBhcnR5KGluZGV4OiBudW1iZXIsIHVybCA9IGV4ZWN1dG9yLnVybCk6IFByb21pc2U8UGFydHk+IHtcbiAgY29uc3QgY2hhaW4gPSB3b3JsZC5jbGllbnQoaW5kZXgpO1xuICBjb25zdCByZXF1ZXN0ZXIgPSB3b3JsZC5yZXF1ZXN0ZXIoaW5kZXgsIHsgbmFtZTogYGd1YXJkcy0ke2luZGV4fWAgfSk7XG4gIGNvbnN0IHsgam9iIH0gPSBhd2FpdCBsaWZlSm9iKHsgd2lkdGg6IDQwLCBoZWlnaHQ6IDIwLCBjeWNsZXM6IDQwLCBwZXJSb3VuZDogMjAsIGV4ZWN1dG9yczogW3VybF0gfSk7XG4gIGNvbnN0IHZlcmlmaWVkID0gYXdhaXQgdmVyaWZ5RXhlY3V0b3IodXJsLCB7IGNoYWluLCBwb2xpY3k6IHsgYWxsb3dlZEtpbmRzOiBbJ3NpbXVsYXRlZCddLCBhbGxvd1NpbXVsYXRlZDogdHJ1ZSwgYWxsb3dEZWJ1ZzogdHJ1ZSB9LCBmdW5jdGlvbk1lYXN1cmVtZW50OiB0b0hleChqb2IuZnVuY3Rpb25NZWFzdXJlbWVudCkuc2xpY2UoMikgfSwgNV8wMDApO1xuICByZXF1ZXN0ZXIuc3RvcmUuZW5zdXJlUnVuKHsgcnVuSWQ6ICdndWFyZHMnLCBmdW5jdGlvbk1lYXN1cmVtZW50OiB0b0hleChqb2IuZnVuY3Rpb25NZWFzdXJlbWVudCksIGluaXRpYWxTdGF0ZTogam9iLmluaXRpYWxTdGF0ZSwgdG90YWxDeWNsZXM6IDQwLCBwZXJSb3VuZDogMjAgfSwgRGF0ZS5ub3coKSk7XG4gIHJldHVybiB7IGluZGV4LCB2ZXJpZmllZCwgcmVxdWVzdGVyLCBqb2IgfTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gY2hhbm5lbEZvcihwOiBQYXJ0eSwgY3ljbGVzOiBiaWdpbnQsIG1pbkRlcG9zaXQ/OiBiaWdpbnQpOiBQcm9taXNlPHsgY2hhbm5lbDogQ2hhbm5lbFJvdzsgYmFzZTogYmlnaW50IH0+IHtcbiAgcmV0dXJuIGVuc3VyZUNoYW5uZWwod29ybGQuY2xpZW50KHAuaW5kZXgpLCBwLnJlcXVlc3Rlci5zdG9yZSwgeyBleGVjdXRvcjogcC52ZXJpZmllZC5pbmZvLmV4ZWN1dG9yLCBuZWVkZWQ6IGN5Y2xlcyAqIFRFU1RfUFJJQ0VfUEVSX0NZQ0xFLCBtaW5TZWNvbmRzOiA2MDAsIGNoYW5uZWxTZWNvbmRzOiAzNjAwLCAuLi4obWluRGVwb3NpdCA9PT0gdW5kZWZpbmVkID8ge30gOiB7IG1pbkRlcG9zaXQgfSkgfSk7XG59XG5cbmZ1bmN0aW9uIHNlc3Npb24ocDogUGFydHksIGNoYW5uZWw6IENoYW5uZWxSb3csIGJhc2U6IGJpZ2ludCwgdmVyaWZpZWQgPSBwLnZlcmlmaWVkKTogU2Vzc2lvbkNsaWVudCB7XG4gIHJldHVybiBuZXcgU2Vzc2lvbkNsaWVudChcbiAgICB7IGNoYWluOiB3b3JsZC5jbGllbnQocC5pbmRleCksIHN0b3JlOiBwLnJlcXVlc3Rlci5zdG9yZSwgY29kZWNzOiBBTExfRElGRl9DT0RFQ1MsIHRpbWVvdXRzOiB7IGNvbm5lY3RNczogNV8wMDAsIHJlc3VsdE1zOiAxMF8wMDAsIGtleU1zOiAzXzAwMCwga2V5RnJvbUNoYWluTXM6IDAsIGNoYWluUG9sbE1zOiAxMDAgfSwgbG9nOiAoKSA9PiB1bmRlZmluZWQgfSxcbiAgICB7IHJ1bklkOiAnZ3VhcmRzJywgZXhlY3V0b3I6IHZlcmlmaWVkLCBjaGFubmVsLCBiYXNlLCBmdW5jdGlvbk1lYXN1cmVtZW50OiBwLmpvYi5mdW5jdGlvbk1lYXN1cmVtZW50LCBmaXJzdFJvdW5kOiAwbiwgc3RhdGU6IHAuam9iLmluaXRpYWxTdGF0ZSB9LFxuICApO1xufVxuXG5hc3luYyBmdW5jdGlvbiBjb2xsZWN0ZWQocDogUGFydHksIGNoYW5uZWw6IENoYW5uZWxSb3cpOiBQcm9taXNlPGJpZ2ludD4ge1xuICByZXR1cm4gKGF3YWl0IHJlYWRDaGFubmVsKHdvcmxkLmNsaWVudChwLmluZGV4KSwgeyByZXF1ZXN0ZXI6IGNoYW5uZWwucmVxdWVzdGVyLCBleGVjdXRvcjogY2hhbm5lbC5leGVjdXRvciwgdG9rZW46IGNoYW5uZWwudG9rZW4sIGxhbmU6IGNoYW5uZWwubGFuZSB9KSkuY29sbGVjdGVkO1xufVxuXG5kZXNjcmliZSgnZXhlY3V0b3IgZ3VhcmRzJywgKCkgPT4ge1xuICBpdCgnc3RvcmVzIGEgdmFsaWQgcGF5bWVudCBhbmQgcmVsZWFzZXMgayBldmVuIHdoZW4gdGhlIG5leHQgcm91bmQgaXMgcmVmdXNlZCBmb3IgdGhlIGRlcG9zaXQnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgcCA9IGF3YWl0IHBhcnR5KDIpO1xuICAgIGNvbnN0IHsgY2hhbm5lbCwgYmFzZSB9ID0gYXdhaXQgY2hhbm5lbEZvcihwLCAzMG4pOyAvLyBwYXlzIHJvdW5kIDAgKDIwIGN5Y2xlcyksIG5vdCByb3VuZCAxICgyMCBtb3JlKVxuICAgIGNvbnN0IHMgPSBzZXNzaW9uKHAsIGNoYW5uZWwsIGJhc2UpO1xuICAgIGF3YWl0IHMub3BlbigyMCwgNDApO1xuICAgIGNvbnN0IHsgdGVybXMgfSA9IGF3YWl0IHMucmVjZWl2ZVJlc3VsdCgpO1xuICAgIGF3YWl0IHMucGF5KDIwKTtcbiAgICBjb25zdCBvdXRjb21lID0gYXdhaXQgcy5yZWNlaXZlS2V5KCk7XG4gICAgYXNzZXJ0LmVxdWFsKG91dGNvbWUua2V5RnJvbSwgJ2V4ZWN1dG9yJyk7XG4gICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMocy5uZXh0TWVzc2FnZSg1XzAwMCksIHJlZnVzZWRXaXRoKCdDSEFOTkVMX0RFUE9TSVRfVE9PX0xPVycpKTtcbiAgICBhd2FpdCBzLmZpbmlzaCgndGVzdCcpO1xuICAgIC8vIFRoZSBleGVjdXRvciBrZXB0IHRoZSBwYXltZW50OiBpdCBjb2xsZWN0cyBpdCBvbmNlIHRoZSBzZXNzaW9uIGhhcyBlbmRlZC5cbiAgICBhd2FpdCBldmVudHVhbGx5KGFzeW5jICgpID0+ICgoYXdhaXQgY29sbGVjdGVkKHAsIGNoYW5uZWwpKSA9PT0gdGVybXMuYW1vdW50ID8gdHJ1ZSA6IHVuZGVmaW5lZCksIDE1XzAwMCwgJ2NvbGxlY3Rpb24gb2YgdGhlIHBhaWQgcm91bmQnKTtcbiAgfSk7XG5cbiAgaXQoJ3JlZnVzZXMgbmV4dCBjeWNsZXMgb3V0c2lkZSB0aGUgc2lnbmVkIHNjaGVkdWxlIChvciBhYm92ZSBtYXhDeWNsZXNQZXJSb3VuZCksIGFmdGVyIHN0b3JpbmcgdGhlIHBheW1lbnQgYW5kIHJlbGVhc2luZyBrJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBhd2FpdCBwYXJ0eSgzKTtcbiAgICBjb25zdCB7IGNoYW5uZWwsIGJhc2UgfSA9IGF3YWl0IGNoYW5uZWxGb3IocCwgMV8wMDBuKTtcbiAgICBjb25zdCBzID0gc2Vzc2lvbihwLCBjaGFubmVsLCBiYXNlKTtcbiAgICBhd2FpdCBzLm9wZW4oMjAsIDEwMCk7XG4gICAgYXdhaXQgcy5yZWNlaXZlUmVzdWx0KCk7XG4gICAgYXdhaXQgcy5wYXkoMjApO1xuICAgIGF3YWl0IHMucmVjZWl2ZUtleSgpO1xuICAgIGF3YWl0IHMucmVjZWl2ZVJlc3VsdCgpOyAvLyByb3VuZCAxOiBwYXkgaXQsIGJ1dCB3aXRoIGN5Y2xlcyByZXdyaXR0ZW4gb24gdGhlIHdheVxuICAgIGNvbnN0IHRlcm1zID0gcy5wZW5kaW5nVGVybXMhO1xuICAgIGNvbnN0IHNpZ25hdHVyZSA9IGF3YWl0IHNpZ25QYXltZW50KHdvcmxkLmNsaWVudCgzKS5hY2NvdW50LCB3b3JsZC5jbGllbnQoMykuZG9tYWluLCB0ZXJtcyk7XG4gICAgYXdhaXQgcy5zZW5kUGF5KHRlcm1zLmFtb3VudCwgc2lnbmF0dXJlLCA1MSk7IC8vIG5vdCB0aGUgc2NoZWR1bGUncyAyMCwgYW5kIGFib3ZlIHRoZSBleGVjdXRvcidzIDUwXG4gICAgY29uc3Qga2V5ID0gYXdhaXQgcy5uZXh0TWVzc2FnZSg1XzAwMCk7XG4gICAgYXNzZXJ0LmVxdWFsKGtleS5raW5kLCAna2V5Jyk7XG4gICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMocy5uZXh0TWVzc2FnZSg1XzAwMCksIHJlZnVzZWRXaXRoKCdST1VORF9DWUNMRVNfTk9UX1NJR05FRCcpKTtcbiAgICBhd2FpdCBzLmZpbmlzaCgndGVzdCcpO1xuICAgIGF3YWl0IGV2ZW50dWFsbHkoYXN5bmMgKCkgPT4gKChhd2FpdCBjb2xsZWN0ZWQocCwgY2hhbm5lbCkpID09PSB0ZXJtcy5hbW91bnQgPyB0cnVlIDogdW5kZWZpbmVkKSwgMTVfMDAwLCAnY29sbGVjdGlvbiBvZiBib3RoIHBhaWQgcm91bmRzJyk7XG4gIH0pO1xuXG4gIGl0KCdnaXZlcyBhIGNoYW5uZWwgYXQgbW9zdCBvbmUgdW5wYWlkIHJvdW5kLCBhY3Jvc3Mgc2Vzc2lvbnMgYW5kIGV4ZWN1dG9yIHJlc3RhcnRzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHJlc3RhcnRhYmxlID0gYXdhaXQgd29ybGQuc3RhcnRFeGVjdXRvcig0LCB7IG5hbWU6ICdyZXN0YXJ0YWJsZScgfSk7XG4gICAgY29uc3QgcCA9IGF3YWl0IHBhcnR5KDUsIHJlc3RhcnRhYmxlLnVybCk7XG4gICAgY29uc3QgeyBjaGFubmVsLCBiYXNlIH0gPSBhd2FpdCBjaGFubmVsRm9yKHAsIDFfMDAwbik7XG4gICAgY29uc3QgZmlyc3QgPSBzZXNzaW9uKHAsIGNoYW5uZWwsIGJhc2UpO1xuICAgIGF3YWl0IGZpcnN0Lm9wZW4oMjAsIDQwKTtcbiAgICBhd2FpdCBmaXJzdC5yZWNlaXZlUmVzdWx0KCk7XG4gICAgZmlyc3QuYWJhbmRvbigpOyAvLyBuZXZlciBwYXlzXG4gICAgLy8gV2hpbGUgdGhlIHJvdW5kIGlzIGJlaW5nIHNldHRsZWQgdGhlIGNoYW5uZWwgc3RheXMgY2xhaW1lZDsgdGhlbiBpdCBvd2VzIHRoZSByb3VuZC5cbiAgICBhd2FpdCBldmVudHVhbGx5KGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IGFnYWluID0gc2Vzc2lvbihwLCBjaGFubmVsLCBiYXNlKTtcbiAgICAgIGF3YWl0IGFnYWluLm9wZW4oMjAsIDQwKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGF3YWl0IGFnYWluLnJlY2VpdmVSZXN1bHQoKTtcbiAgICAgICAgcmV0dXJuICdyYW4nO1xuICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgaWYgKHJlZnVzZWRXaXRoKCdDSEFOTkVMX0JVU1knKShlcnJvcikpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICAgIGFzc2VydC5vayhyZWZ1c2VkV2l0aCgnQ0hBTk5FTF9IQVNfVU5QQUlEX1JPVU5EJykoZXJyb3IpLCBTdHJpbmcoZXJyb3IpKTtcbiAgICAgICAgcmV0dXJuICdyZWZ1c2VkJztcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGFnYWluLmFiYW5kb24oKTtcbiAgICAgIH1cbiAgICB9LCAxMF8wMDAsICd0aGUgc2Vjb25kIHNlc3Npb24gdG8gYmUgcmVmdXNlZCcpLnRoZW4oKG91dGNvbWUpID0+IGFzc2VydC5lcXVhbChvdXRjb21lLCAncmVmdXNlZCcpKTtcbiAgICAvLyBBIHNlc3Npb24gdGhhdCBkaXNjb25uZWN0cyB3aGlsZSBpdHMgcm91bmQgcnVucyBvd2VzIGl0IHRvby5cbiAgICBjb25zdCBxID0gYXdhaXQgcGFydHkoNiwgcmVzdGFydGFibGUudXJsKTtcbiAgICBjb25zdCBvdGhlciA9IGF3YWl0IGNoYW5uZWxGb3IocSwgMV8wMDBuKTtcbiAgICBjb25zdCBxdWljayA9IHNlc3Npb24ocSwgb3RoZXIuY2hhbm5lbCwgb3RoZXIuYmFzZSk7XG4gICAgYXdhaXQgcXVpY2sub3BlbigyMCwgNDApO1xuICAgIHF1aWNrLmFiYW5kb24oKTtcbiAgICAvLyBVbnRpbCB0aGUgYWJhbmRvbmVkIHJvdW5kIHNldHRsZXMgdGhlIGNoYW5uZWwgaXMgc3RpbGwgY2xhaW1lZCAoQ0hBTk5FTF9CVVNZKTsgdGhlbiBpdCBvd2VzIHRoZSByb3VuZC5cbiAgICBhd2FpdCBldmVudHVhbGx5KGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IGxhdGUgPSBzZXNzaW9uKHEsIG90aGVyLmNoYW5uZWwsIG90aGVyLmJhc2UpO1xuICAgICAgYXdhaXQgbGF0ZS5vcGVuKDIwLCA0MCk7XG4gICAgICB0cnkge1xuICAgICAgICBhd2FpdCBsYXRlLnJlY2VpdmVSZXN1bHQoKTtcbiAgICAgICAgcmV0dXJuICdyYW4nO1xuICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgaWYgKHJlZnVzZWRXaXRoKCdDSEFOTkVMX0JVU1knKShlcnJvcikpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICAgIGFzc2VydC5vayhyZWZ1c2VkV2l0aCgnQ0hBTk5FTF9IQVNfVU5QQUlEX1JPVU5EJykoZXJyb3IpLCBTdHJpbmcoZXJyb3IpKTtcbiAgICAgICAgcmV0dXJuICdyZWZ1c2VkJztcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGxhdGUuYWJhbmRvbigpO1xuICAgICAgfVxuICAgIH0sIDEwXzAwMCwgJ3RoZSBsYXRlIHNlc3Npb24gdG8gYmUgcmVmdXNlZCcpLnRoZW4oKG91dGNvbWUpID0+IGFzc2VydC5lcXVhbChvdXRjb21lLCAncmVmdXNlZCcpKTtcbiAgICAvLyBUaGUgbWFyayBpcyBkdXJhYmxlOiBhIHJlc3RhcnRlZCBleGVjdXRvciByZWZ1c2VzIHRoZSBjaGFubmVsIHRvby5cbiAgICBhd2FpdCByZXN0YXJ0YWJsZS5raWxsKCk7XG4gICAgY29uc3QgcmVzdGFydGVkID0gYXdhaXQgd29ybGQuc3RhcnRFeGVjdXRvcig0LCB7IG5hbWU6ICdyZXN0YXJ0YWJsZScgfSk7XG4gICAgY29uc3QgdmVyaWZpZWQgPSBhd2FpdCB2ZXJpZnlFeGVjdXRvcihyZXN0YXJ0ZWQudXJsLCB7IGNoYWluOiB3b3JsZC5jbGllbnQoNSksIHBvbGljeTogeyBhbGxvd2VkS2luZHM6IFsnc2ltdWxhdGVkJ10sIGFsbG93U2ltdWxhdGVkOiB0cnVlLCBhbGxvd0RlYnVnOiB0cnVlIH0sIGZ1bmN0aW9uTWVhc3VyZW1lbnQ6IHRvSGV4KHAuam9iLmZ1bmN0aW9uTWVhc3VyZW1lbnQpLnNsaWNlKDIpIH0sIDVfMDAwKTtcbiAgICBjb25zdCBhZnRlclJlc3RhcnQgPSBzZXNzaW9uKHAsIGNoYW5uZWwsIGJhc2UsIHZlcmlmaWVkKTtcbiAgICBhd2FpdCBhZnRlclJlc3RhcnQub3BlbigyMCwgNDApO1xuICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGFmdGVyUmVzdGFydC5yZWNlaXZlUmVzdWx0KCksIHJlZnVzZWRXaXRoKCdDSEFOTkVMX0hBU19VTlBBSURfUk9VTkQnKSk7XG4gICAgYWZ0ZXJSZXN0YXJ0LmFiYW5kb24oKTtcbiAgfSk7XG5cbiAgaXQoJ3VucGFpZCByb3VuZCB0aGUgcmVxdWVzdGVyIGRvZXMgbm90IGtub3cgb2Y6IHJlZnVzZWQgb24gdGhhdCBjaGFubmVsLCB0aGUgcnVuIHJldHJpZXMgb24gYSBuZXcgbGFuZSBhbmQgY29tcGxldGVzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBhd2FpdCBwYXJ0eSg4KTtcbiAgICBjb25zdCB7IGNoYW5uZWwsIGJhc2UgfSA9IGF3YWl0IGNoYW5uZWxGb3IocCwgMV8wMDBuKTtcbiAgICBhc3NlcnQuZXF1YWwoY2hhbm5lbC5sYW5lLCAwbik7XG4gICAgLy8gQSBzZXNzaW9uIHRoZSByZXF1ZXN0ZXIgYmVsaWV2ZXMgZW5kZWQgY2xlYW5seSwgdGhvdWdoIHRoZSBleGVjdXRvciByYW4gYSByb3VuZCBpdCB3YXMgbmV2ZXIgcGFpZCBmb3IuXG4gICAgY29uc3QgZmlyc3QgPSBzZXNzaW9uKHAsIGNoYW5uZWwsIGJhc2UpO1xuICAgIGF3YWl0IGZpcnN0Lm9wZW4oMjAsIDQwKTtcbiAgICBhd2FpdCBmaXJzdC5yZWNlaXZlUmVzdWx0KCk7XG4gICAgZmlyc3QuYWJhbmRvbigpO1xuICAgIGF3YWl0IGZpcnN0LmZpbmlzaCgndGVzdCcpO1xuICAgIGFzc2VydC5lcXVhbChwLnJlcXVlc3Rlci5zdG9yZS5jaGFubmVsTWF5T3dlUm91bmQoY2hhbm5lbC5jaGFubmVsSWQpLCBmYWxzZSk7XG4gICAgYXdhaXQgZXZlbnR1YWxseShhc3luYyAoKSA9PiAoYXdhaXQgc2Vzc2lvbkVuZGVkKGZpcnN0LnNlc3Npb25JZEhleCkpIHx8IHVuZGVmaW5lZCwgMTBfMDAwLCAndGhlIGV4ZWN1dG9yIHRvIHNldHRsZSB0aGUgYWJhbmRvbmVkIHNlc3Npb24nKTtcbiAgICBjb25zdCB7IGpvYiwgZXhwZWN0ZWQgfSA9IGF3YWl0IGxpZmVKb2IoeyB3aWR0aDogNDAsIGhlaWdodDogMjAsIGN5Y2xlczogNDAsIHBlclJvdW5kOiAyMCwgZXhlY3V0b3JzOiBbZXhlY3V0b3IudXJsXSB9KTtcbiAgICBjb25zdCByZXN1bHQgPSBhd2FpdCBwLnJlcXVlc3Rlci5ydW4oam9iKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc3VsdC5maW5hbFN0YXRlLCBleHBlY3RlZCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXN1bHQuZmFpbHVyZXMubWFwKChmKSA9PiBmLmNvZGUpLCBbJ0VYRUNVVE9SX1JFRlVTRUQnXSk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlc3VsdC5zZXNzaW9ucy5sZW5ndGgsIDIpO1xuICAgIGFzc2VydC5lcXVhbChyZXN1bHQuc2Vzc2lvbnNbMF0hLmVuZFJlYXNvbiwgJ0VYRUNVVE9SX1JFRlVTRUQnKTtcbiAgICBhc3NlcnQuZXF1YWwocmVzdWx0LnRyYW5zZmVycywgMCk7XG4gICAgLy8gTGFuZSAwIGlzIG1hcmtlZCBhcyBvd2luZyBhbmQgc2tpcHBlZCBmcm9tIG5vdyBvbiwgYnV0IHN0YXlzIG9wZW46IGFmdGVyIGV4cGlyeSBpdCBpcyByZWZ1bmRlZC5cbiAgICBhc3NlcnQuZXF1YWwocC5yZXF1ZXN0ZXIuc3RvcmUuY2hhbm5lbE1heU93ZVJvdW5kKGNoYW5uZWwuY2hhbm5lbElkKSwgdHJ1ZSk7XG4gICAgYXNzZXJ0LmVxdWFsKHAucmVxdWVzdGVyLnN0b3JlLmNoYW5uZWwoY2hhbm5lbC5jaGFubmVsSWQpIS5zdGF0dXMsICdvcGVuJyk7XG4gICAgY29uc3QgbGFuZTEgPSBwLnJlcXVlc3Rlci5zdG9yZS5vcGVuQ2hhbm5lbHNUbyhjaGFubmVsLnJlcXVlc3RlciwgY2hhbm5lbC5leGVjdXRvcikuZmluZCgoYykgPT4gYy5sYW5lID09PSAxbik7XG4gICAgYXNzZXJ0Lm9rKGxhbmUxICE9PSB1bmRlZmluZWQsICd0aGUgcnVuIG9wZW5lZCBsYW5lIDEnKTtcbiAgICBhd2FpdCBldmVudHVhbGx5KGFzeW5jICgpID0+ICgoYXdhaXQgY29sbGVjdGVkKHAsIGxhbmUxKSkgPT09IDQwbiAqIFRFU1RfUFJJQ0VfUEVSX0NZQ0xFID8gdHJ1ZSA6IHVuZGVmaW5lZCksIDE1XzAwMCwgJ2NvbGxlY3Rpb24gb2YgdGhlIHJ1biBvbiBsYW5lIDEnKTtcbiAgICBhc3NlcnQuZXF1YWwoYXdhaXQgY29sbGVjdGVkKHAsIGNoYW5uZWwpLCAwbik7XG4gIH0pO1xuXG4gIGl0KCdyZWZ1c2VzIHRva2VucyBpdCBkb2VzIG5vdCBhY2NlcHQgYmVmb3JlIGFueSBjaGFpbiByZWFkLCBhbmQgZHJvcHMgc29ja2V0cyB0aGF0IG5ldmVyIG9wZW4nLCBhc3luYyAoKSA9PiB7XG4gICAgLy8gQW55IGFkZHJlc3MgdGhhdCBpcyBub3QgRVRILlxuICAgIGNvbnN0IG9wZW4gPSBqdW5rT3Blbih7IHRva2VuOiB3b3JsZC5kZXZuZXQuY2hhbm5lbHMsIHNlc3Npb25JZDogbmV3IFVpbnQ4QXJyYXkoMzIpLmZpbGwoNyksIHNpZ25hdHVyZTogbmV3IFVpbnQ4QXJyYXkoNjUpIH0pO1xuICAgIGFzc2VydC5lcXVhbCgoYXdhaXQgZXhjaGFuZ2UoZXhlY3V0b3IudXJsLCBbb3Blbl0pKS5jb2RlLCAnVE9LRU5fTk9UX0FDQ0VQVEVEJyk7XG4gICAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gICAgY29uc3Qgc2lsZW50ID0gYXdhaXQgZXhjaGFuZ2UoZXhlY3V0b3IudXJsLCBbXSwgOF8wMDApO1xuICAgIGFzc2VydC5lcXVhbChzaWxlbnQuY29kZSwgJ1NFU1NJT05fTk9UX09QRU5FRCcpO1xuICAgIGFzc2VydC5vayhzaWxlbnQuY2xvc2VkICYmIERhdGUubm93KCkgLSBzdGFydGVkIDwgNl8wMDAsIGBjbG9zZWQgYWZ0ZXIgJHtEYXRlLm5vdygpIC0gc3RhcnRlZH0gbXNgKTtcbiAgfSk7XG5cbiAgaXQoJ2Nsb3NlcyBhIGNvbm5lY3Rpb24gdGhhdCBzZW5kcyBhIHNlY29uZCBmcmFtZSB3aGlsZSB0aGUgZmlyc3QgaXMgYmVpbmcgaGFuZGxlZCcsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBjYm9yID0gbmV3IEVuY29kZXIoeyB1c2VSZWNvcmRzOiBmYWxzZSwgdGFnVWludDhBcnJheTogZmFsc2UgfSk7XG4gICAgY29uc3Qgb3BlbiA9IGp1bmtPcGVuKHsgdG9rZW46IHVuZGVmaW5lZCwgc2Vzc2lvbklkOiBuZXcgVWludDhBcnJheSgzMikuZmlsbCg5KSwgc2lnbmF0dXJlOiBuZXcgVWludDhBcnJheSg2NSkuZmlsbCgxKSB9KTtcbiAgICBjb25zdCByZXBseSA9IGF3YWl0IGV4Y2hhbmdlKGV4ZWN1dG9yLnVybCwgW29wZW4sIEJ1ZmZlci5mcm9tKGNib3IuZW5jb2RlKFszLCAxLCBCdWZmZXIuYWxsb2MoNjUpLCAwXSkpXSk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlcGx5LmNvZGUsICdNRVNTQUdFX09VVF9PRl9PUkRFUicpO1xuICAgIGFzc2VydC5vayhyZXBseS5jbG9zZWQpO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnZXhlY3V0b3IgdGVybXM6IGNvbm5lY3Rpb24gbGltaXQsIHRva2VucywgbWluaW11bSBkZXBvc2l0JywgKCkgPT4ge1xuICBjb25zdCBNSU5fREVQT1NJVCA9IDFfMDAwXzAwMG47XG4gIGNvbnN0IFRPS0VOID0gJzB4MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDBhMTFjZSc7XG4gIGxldCBzdHJpY3Q6IEV4ZWN1dG9yUHJvY2VzcztcbiAgYmVmb3JlKGFzeW5jICgpID0+IHtcbiAgICBzdHJpY3QgPSBhd2FpdCB3b3JsZC5zdGFydEV4ZWN1dG9yKDcsIHtcbiAgICAgIG5hbWU6ICdzdHJpY3QnLFxuICAgICAgYXJnczogWyctLW1heC1jb25uZWN0aW9ucy1wZXItYWRkcmVzcycsICcyJywgJy0tbWluLWRlcG9zaXQnLCBNSU5fREVQT1NJVC50b1N0cmluZygpLCAnLS1hY2NlcHQtdG9rZW4nLCBgJHtUT0tFTn06N2BdLFxuICAgIH0pO1xuICB9KTtcblxuICBpdCgncmVmdXNlcyBhIHRoaXJkIGxpdmUgY29ubmVjdGlvbiBmcm9tIG9uZSBhZGRyZXNzIHdpdGggNTAzLCBhbmQgYWRtaXRzIG9uZSBhZ2FpbiBvbmNlIGEgc2xvdCBpcyBmcmVlZCcsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCB1cmwgPSBgJHtzdHJpY3QudXJsLnJlcGxhY2UoJ2h0dHAnLCAnd3MnKX0vdjEvc2Vzc2lvbmA7XG4gICAgY29uc3QgY29ubmVjdCA9ICgpID0+XG4gICAgICBuZXcgUHJvbWlzZTxXZWJTb2NrZXQgfCBudW1iZXI+KChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICAgICAgY29uc3Qgd3MgPSBuZXcgV2ViU29ja2V0KHVybCk7XG4gICAgICAgIHdzLm9uY2UoJ29wZW4nLCAoKSA9PiByZXNvbHZlKHdzKSk7XG4gICAgICAgIHdzLm9uY2UoJ3VuZXhwZWN0ZWQtcmVzcG9uc2UnLCAoX3JlcXVlc3QsIHJlc3BvbnNlKSA9PiB7XG4gICAgICAgICAgcmVzb2x2ZShyZXNwb25zZS5zdGF0dXNDb2RlID8/IDApO1xuICAgICAgICAgIHdzLnRlcm1pbmF0ZSgpO1xuICAgICAgICB9KTtcbiAgICAgICAgd3Mub25jZSgnZXJyb3InLCByZWplY3QpO1xuICAgICAgfSk7XG4gICAgY29uc3QgYSA9IGF3YWl0IGNvbm5lY3QoKTtcbiAgICBjb25zdCBiID0gYXdhaXQgY29ubmVjdCgpO1xuICAgIGFzc2VydC5vayhhIGluc3RhbmNlb2YgV2ViU29ja2V0ICYmIGIgaW5zdGFuY2VvZiBXZWJTb2NrZXQpO1xuICAgIGFzc2VydC5lcXVhbChhd2FpdCBjb25uZWN0KCksIDUwMyk7XG4gICAgY29uc3QgYUNsb3NlZCA9IG5ldyBQcm9taXNlKChyZXNvbHZlKSA9PiBhLm9uY2UoJ2Nsb3NlJywgcmVzb2x2ZSkpO1xuICAgIGEudGVybWluYXRlKCk7XG4gICAgYXdhaXQgYUNsb3NlZDtcbiAgICBjb25zdCBjID0gYXdhaXQgZXZlbnR1YWxseShhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBhdHRlbXB0ID0gYXdhaXQgY29ubmVjdCgpO1xuICAgICAgcmV0dXJuIGF0dGVtcHQgaW5zdGFuY2VvZiBXZWJTb2NrZXQgPyBhdHRlbXB0IDogdW5kZWZpbmVkO1xuICAgIH0sIDVfMDAwLCAnYSBmcmVlZCBzbG90Jyk7XG4gICAgYi50ZXJtaW5hdGUoKTtcbiAgICBjLnRlcm1pbmF0ZSgpO1xuICB9KTtcblxuICBpdCgnbGlzdHMgdGhlIGFjY2VwdGVkIHRva2VucyB3aXRoIHRoZWlyIHByaWNlcyBhbmQgdGhlIG1pbmltdW0gZGVwb3NpdCBpbiAvdjEvaW5mbycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBpbmZvID0gKGF3YWl0IChhd2FpdCBmZXRjaChgJHtzdHJpY3QudXJsfS92MS9pbmZvYCkpLmpzb24oKSkgYXMgeyBtaW5EZXBvc2l0OiBzdHJpbmc7IGFjY2VwdGVkVG9rZW5zOiB7IHRva2VuOiBzdHJpbmc7IHByaWNlUGVyQ3ljbGU6IHN0cmluZyB9W10gfTtcbiAgICBhc3NlcnQuZXF1YWwoaW5mby5taW5EZXBvc2l0LCBNSU5fREVQT1NJVC50b1N0cmluZygpKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKFxuICAgICAgaW5mby5hY2NlcHRlZFRva2Vucy5tYXAoKHQpID0+IFt0LnRva2VuLnRvTG93ZXJDYXNlKCksIHQucHJpY2VQZXJDeWNsZV0pLFxuICAgICAgW1snMHgwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwJywgVEVTVF9QUklDRV9QRVJfQ1lDTEUudG9TdHJpbmcoKV0sIFtUT0tFTiwgJzcnXV0sXG4gICAgKTtcbiAgfSk7XG5cbiAgaXQoJ3JlZnVzZXMgYSBjaGFubmVsIGJlbG93IHRoZSBtaW5pbXVtIGRlcG9zaXQ7IHRoZSByZXF1ZXN0ZXIgdG9wcyBpdCB1cCB0byB0aGUgbWluaW11bSBhbmQgcnVucycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBwID0gYXdhaXQgcGFydHkoOSwgc3RyaWN0LnVybCk7XG4gICAgYXNzZXJ0LmVxdWFsKHAudmVyaWZpZWQuaW5mby5taW5EZXBvc2l0LCBNSU5fREVQT1NJVCk7XG4gICAgY29uc3QgeyBjaGFubmVsLCBiYXNlIH0gPSBhd2FpdCBjaGFubmVsRm9yKHAsIDQwbik7IC8vIDQwLDAwMCB3ZWk6IGJlbG93IHRoZSBtaW5pbXVtXG4gICAgY29uc3QgcyA9IHNlc3Npb24ocCwgY2hhbm5lbCwgYmFzZSk7XG4gICAgYXdhaXQgcy5vcGVuKDIwLCA0MCk7XG4gICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMocy5yZWNlaXZlUmVzdWx0KCksIHJlZnVzZWRXaXRoKCdDSEFOTkVMX0RFUE9TSVRfQkVMT1dfTUlOSU1VTScpKTtcbiAgICBhd2FpdCBzLmZpbmlzaCgndGVzdCcpO1xuICAgIGNvbnN0IHsgam9iLCBleHBlY3RlZCB9ID0gYXdhaXQgbGlmZUpvYih7IHdpZHRoOiA0MCwgaGVpZ2h0OiAyMCwgY3ljbGVzOiA0MCwgcGVyUm91bmQ6IDIwLCBleGVjdXRvcnM6IFtzdHJpY3QudXJsXSB9KTtcbiAgICBjb25zdCByZXN1bHQgPSBhd2FpdCBwLnJlcXVlc3Rlci5ydW4oam9iKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc3VsdC5maW5hbFN0YXRlLCBleHBlY3RlZCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXN1bHQuZmFpbHVyZXMsIFtdKTtcbiAgICBjb25zdCByZXVzZWQgPSBwLnJlcXVlc3Rlci5zdG9yZS5jaGFubmVsKGNoYW5uZWwuY2hhbm5lbElkKSE7XG4gICAgYXNzZXJ0LmVxdWFsKHJldXNlZC5kZXBvc2l0LCBNSU5fREVQT1NJVCwgJ3RoZSBzYW1lIGxhbmUsIHRvcHBlZCB1cCB0byB0aGUgbWluaW11bScpO1xuICB9KTtcbn0pO1xuXG4vKiogV2hldGhlciB0aGUgZXhlY3V0b3IgaGFzIGVuZGVkIChhbmQgc3RvcmVkIHRoZSBlbmQgb2YpIGEgc2Vzc2lvbiwgZnJvbSBHRVQgL3YxL3Nlc3Npb25zLzppZC4gKi9cbmFzeW5jIGZ1bmN0aW9uIHNlc3Npb25FbmRlZChzZXNzaW9uSWQ6IHN0cmluZyk6IFByb21pc2U8Ym9vbGVhbj4ge1xuICBjb25zdCByZXNwb25zZSA9IGF3YWl0IGZldGNoKGAke2V4ZWN1dG9yLnVybH0vdjEvc2Vzc2lvbnMvJHtzZXNzaW9uSWR9YCk7XG4gIHJldHVybiByZXNwb25zZS5vayAmJiAoKGF3YWl0IHJlc3BvbnNlLmpzb24oKSkgYXMgeyBlbmRlZDogYm9vbGVhbiB9KS5lbmRlZDtcbn1cblxuLyoqIEFuIGBvcGVuYCBmcmFtZSB3aXRoIGZpeGVkIHRlcm1zIGFuZCBubyB2YWxpZCBzaWduYXR1cmU6IHRoZSBleGVjdXRvciBtdXN0IHJlZnVzZSBpdCBiZWZvcmUgYW55IHJvdW5kLiAqL1xuZnVuY3Rpb24ganVua09wZW4oZmllbGRzOiBQaWNrPE9wZW5NZXNzYWdlLCAndG9rZW4nIHwgJ3Nlc3Npb25JZCcgfCAnc2lnbmF0dXJlJz4pOiBVaW50OEFycmF5IHtcbiAgcmV0dXJuIGVuY29kZU1lc3NhZ2Uoe1xuICAgIGtpbmQ6ICdvcGVuJyxcbiAgICBsYW5lOiAwbixcbiAgICBmdW5jdGlvbk1lYXN1cmVtZW50OiBuZXcgVWludDhBcnJheSgzMiksXG4gICAgc2VhbGVkU2Vzc2lvbjogbmV3IFVpbnQ4QXJyYXkoMTApLFxuICAgIGZpcnN0Um91bmQ6IDBuLFxuICAgIHJhdGU6IDEwbiAqKiAxOG4sXG4gICAgYmFzZTogMG4sXG4gICAgY3ljbGVzOiAxMCxcbiAgICBzZXNzaW9uQ3ljbGVzOiAxMCxcbiAgICAuLi5maWVsZHMsXG4gIH0pO1xufVxuXG4vKiogU2VuZHMgZnJhbWVzIGJhY2sgdG8gYmFjayBvbiBhIGZyZXNoIGNvbm5lY3Rpb247IHJldHVybnMgdGhlIGZpcnN0IGVycm9yIGNvZGUgYW5zd2VyZWQgYW5kIHdoZXRoZXIgaXQgY2xvc2VkLiAqL1xuYXN5bmMgZnVuY3Rpb24gZXhjaGFuZ2UodXJsOiBzdHJpbmcsIGZyYW1lczogVWludDhBcnJheVtdLCB3YWl0TXMgPSA1XzAwMCk6IFByb21pc2U8eyBjb2RlPzogc3RyaW5nOyBjbG9zZWQ6IGJvb2xlYW4gfT4ge1xuICBjb25zdCB3cyA9IG5ldyBXZWJTb2NrZXQoYCR7dXJsLnJlcGxhY2UoJ2h0dHAnLCAnd3MnKX0vdjEvc2Vzc2lvbmApO1xuICBhd2FpdCBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgd3Mub25jZSgnb3BlbicsIHJlc29sdmUpO1xuICAgIHdzLm9uY2UoJ2Vycm9yJywgcmVqZWN0KTtcbiAgfSk7XG4gIGNvbnN0IGRlY29kZXIgPSBuZXcgRW5jb2Rlcih7IHVzZVJlY29yZHM6IGZhbHNlIH0pO1xuICBsZXQgY29kZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICB3cy5vbignbWVzc2FnZScsIChmcmFtZTogQnVmZmVyKSA9PiB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGRlY29kZXIuZGVjb2RlKGZyYW1lKSBhcyB1bmtub3duW107XG4gICAgaWYgKG1lc3NhZ2VbMF0gPT09IDApIGNvZGUgPz89IG1lc3NhZ2VbMV0gYXMgc3RyaW5nO1xuICB9KTtcbiAgd3Mub24oJ2Vycm9yJywgKCkgPT4gdW5kZWZpbmVkKTtcbiAgY29uc3QgY2xvc2VkID0gbmV3IFByb21pc2U8Ym9vbGVhbj4oKHJlc29sdmUpID0+IHdzLm9uY2UoJ2Nsb3NlJywgKCkgPT4gcmVzb2x2ZSh0cnVlKSkpO1xuICAvLyBBbGwgZnJhbWVzIGluIG9uZSB3cml0ZSwgc28gdGhlIGV4ZWN1dG9yIHJlYWRzIHRoZW0gaW4gb25lIGNodW5rIGFuZCAod3MgZW1pdHMgZnJhbWVzIG9mIGEgY2h1bmtcbiAgLy8gc3luY2hyb25vdXNseSkgc2VlcyB0aGUgc2Vjb25kIHdoaWxlIHRoZSBmaXJzdCBpcyBzdGlsbCBiZWluZyBoYW5kbGVkLCB3aGF0ZXZlciB0aGUgdGltaW5nLlxuICBjb25zdCBzb2NrZXQgPSAod3MgYXMgdW5rbm93biBhcyB7IF9zb2NrZXQ6IGltcG9ydCgnbm9kZTpuZXQnKS5Tb2NrZXQgfSkuX3NvY2tldDtcbiAgc29ja2V0LmNvcmsoKTtcbiAgZm9yIChjb25zdCBmcmFtZSBvZiBmcmFtZXMpIHdzLnNlbmQoZnJhbWUpO1xuICBzb2NrZXQudW5jb3JrKCk7XG4gIGNvbnN0IGRvbmUgPSBhd2FpdCBQcm9taXNlLnJhY2UoW2Nsb3NlZCwgbmV3IFByb21pc2U8Ym9vbGVhbj4oKHJlc29sdmUpID0+IHNldFRpbWVvdXQoKCkgPT4gcmVzb2x2ZShmYWxzZSksIHdhaXRNcykpXSk7XG4gIHdzLnRlcm1pbmF0ZSgpO1xuICByZXR1cm4geyBjb2RlLCBjbG9zZWQ6IGRvbmUgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQU1BLE9BQU8sWUFBWTtBQUNuQixTQUFTLE9BQU8sUUFBUSxVQUFVLFVBQVU7QUFDNUMsU0FBUyxlQUFlO0FBQ3hCLE9BQU8sZUFBZTtBQUN0QixTQUFTLG1CQUFtQjtBQUM1QixTQUFTLHVCQUF1QjtBQUNoQyxTQUFTLHFCQUF1QztBQUNoRCxTQUFTLG1CQUFtQjtBQUM1QixTQUFTLGFBQWE7QUFDdEIsU0FBUyx1QkFBdUI7QUFFaEMsU0FBUyxxQkFBcUI7QUFFOUIsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUyxZQUFZLFNBQVMsZ0JBQWdCLDRCQUE0QztBQUMxRixTQUFTLHNCQUE2QztBQUV0RCxJQUFJO0FBQ0osSUFBSTtBQUVKLE9BQU8sWUFBWTtBQUNqQixVQUFRLE1BQU0sZUFBZTtBQUM3QixhQUFXLE1BQU0sTUFBTSxjQUFjLEdBQUcsRUFBRSxNQUFNLFdBQVcsTUFBTSxDQUFDLDBCQUEwQixNQUFNLHFCQUFxQixNQUFNLEVBQUUsQ0FBQztBQUNsSSxDQUFDO0FBQ0QsTUFBTSxZQUFZO0FBQ2hCLFFBQU0sTUFBTSxNQUFNO0FBQ3BCLENBQUM7QUFFRCxNQUFNLGNBQWMsQ0FBQyxTQUFpQixDQUFDLFVBQW1CLGdCQUFnQixPQUFPLElBQUk7QUFJckYsZUFBZSxNQUFNLE9BQWUsTUFBTSxTQUFTLEtBQXFCO0FBQ3RFLFFBQU0sUUFBUSxNQUFNLE9BQU8sS0FBSztBQUNoQyxRQUFNLFlBQVksTUFBTSxVQUFVLE9BQU8sRUFBRSxNQUFNLFVBQVUsS0FBSyxHQUFHLENBQUM7QUFDcEUsUUFBTSxFQUFFLElBQUksSUFBSSxNQUFNLFFBQVEsRUFBRSxPQUFPLElBQUksUUFBUSxJQUFJLFFBQVEsSUFBSSxVQUFVLElBQUksV0FBVyxDQUFDLEdBQUcsRUFBRSxDQUFDO0FBQ25HLFFBQU0sV0FBVyxNQUFNLGVBQWUsS0FBSyxFQUFFLE9BQU8sUUFBUSxFQUFFLGNBQWMsQ0FBQyxXQUFXLEdBQUcsZ0JBQWdCLE1BQU0sWUFBWSxLQUFLLEdBQUcscUJBQXFCLE1BQU0sSUFBSSxtQkFBbUIsRUFBRSxNQUFNLENBQUMsRUFBRSxHQUFHLEdBQUs7QUFDMU0sWUFBVSxNQUFNLFVBQVUsRUFBRSxPQUFPLFVBQVUscUJBQXFCLE1BQU0sSUFBSSxtQkFBbUIsR0FBRyxjQUFjLElBQUksY0FBYyxhQUFhLElBQUksVUFBVSxHQUFHLEdBQUcsS0FBSyxJQUFJLENBQUM7QUFDN0ssU0FBTyxFQUFFLE9BQU8sVUFBVSxXQUFXLElBQUk7QUFDM0M7QUFFQSxlQUFlLFdBQVcsR0FBVSxRQUFnQixZQUFxRTtBQUN2SCxTQUFPLGNBQWMsTUFBTSxPQUFPLEVBQUUsS0FBSyxHQUFHLEVBQUUsVUFBVSxPQUFPLEVBQUUsVUFBVSxFQUFFLFNBQVMsS0FBSyxVQUFVLFFBQVEsU0FBUyxzQkFBc0IsWUFBWSxLQUFLLGdCQUFnQixNQUFNLEdBQUksZUFBZSxTQUFZLENBQUMsSUFBSSxFQUFFLFdBQVcsRUFBRyxDQUFDO0FBQzFPO0FBRUEsU0FBUyxRQUFRLEdBQVUsU0FBcUIsTUFBYyxXQUFXLEVBQUUsVUFBeUI7QUFDbEcsU0FBTyxJQUFJO0FBQUEsSUFDVCxFQUFFLE9BQU8sTUFBTSxPQUFPLEVBQUUsS0FBSyxHQUFHLE9BQU8sRUFBRSxVQUFVLE9BQU8sUUFBUSxpQkFBaUIsVUFBVSxFQUFFLFdBQVcsS0FBTyxVQUFVLEtBQVEsT0FBTyxLQUFPLGdCQUFnQixHQUFHLGFBQWEsSUFBSSxHQUFHLEtBQUssTUFBTSxPQUFVO0FBQUEsSUFDN00sRUFBRSxPQUFPLFVBQVUsVUFBVSxVQUFVLFNBQVMsTUFBTSxxQkFBcUIsRUFBRSxJQUFJLHFCQUFxQixZQUFZLElBQUksT0FBTyxFQUFFLElBQUksYUFBYTtBQUFBLEVBQ2xKO0FBQ0Y7QUFFQSxlQUFlLFVBQVUsR0FBVSxTQUFzQztBQUN2RSxVQUFRLE1BQU0sWUFBWSxNQUFNLE9BQU8sRUFBRSxLQUFLLEdBQUcsRUFBRSxXQUFXLFFBQVEsV0FBVyxVQUFVLFFBQVEsVUFBVSxPQUFPLFFBQVEsT0FBTyxNQUFNLFFBQVEsS0FBSyxDQUFDLEdBQUc7QUFDNUo7QUFFQSxTQUFTLG1CQUFtQixNQUFNO0FBQ2hDLEtBQUcsNkZBQTZGLFlBQVk7QUFDMUcsVUFBTSxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ3ZCLFVBQU0sRUFBRSxTQUFTLEtBQUssSUFBSSxNQUFNLFdBQVcsR0FBRyxHQUFHO0FBQ2pELFVBQU0sSUFBSSxRQUFRLEdBQUcsU0FBUyxJQUFJO0FBQ2xDLFVBQU0sRUFBRSxLQUFLLElBQUksRUFBRTtBQUNuQixVQUFNLEVBQUUsTUFBTSxJQUFJLE1BQU0sRUFBRSxjQUFjO0FBQ3hDLFVBQU0sRUFBRSxJQUFJLEVBQUU7QUFDZCxVQUFNLFVBQVUsTUFBTSxFQUFFLFdBQVc7QUFDbkMsV0FBTyxNQUFNLFFBQVEsU0FBUyxVQUFVO0FBQ3hDLFVBQU0sT0FBTyxRQUFRLEVBQUUsWUFBWSxHQUFLLEdBQUcsWUFBWSx5QkFBeUIsQ0FBQztBQUNqRixVQUFNLEVBQUUsT0FBTyxNQUFNO0FBRXJCLFVBQU0sV0FBVyxZQUFjLE1BQU0sVUFBVSxHQUFHLE9BQU8sTUFBTyxNQUFNLFNBQVMsT0FBTyxRQUFZLE1BQVEsOEJBQThCO0FBQUEsRUFDMUksQ0FBQztBQUVELEtBQUcsMkhBQTJILFlBQVk7QUFDeEksVUFBTSxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ3ZCLFVBQU0sRUFBRSxTQUFTLEtBQUssSUFBSSxNQUFNLFdBQVcsR0FBRyxLQUFNO0FBQ3BELFVBQU0sSUFBSSxRQUFRLEdBQUcsU0FBUyxJQUFJO0FBQ2xDLFVBQU0sRUFBRSxLQUFLLElBQUksR0FBRztBQUNwQixVQUFNLEVBQUUsY0FBYztBQUN0QixVQUFNLEVBQUUsSUFBSSxFQUFFO0FBQ2QsVUFBTSxFQUFFLFdBQVc7QUFDbkIsVUFBTSxFQUFFLGNBQWM7QUFDdEIsVUFBTSxRQUFRLEVBQUU7QUFDaEIsVUFBTSxZQUFZLE1BQU0sWUFBWSxNQUFNLE9BQU8sQ0FBQyxFQUFFLFNBQVMsTUFBTSxPQUFPLENBQUMsRUFBRSxRQUFRLEtBQUs7QUFDMUYsVUFBTSxFQUFFLFFBQVEsTUFBTSxRQUFRLFdBQVcsRUFBRTtBQUMzQyxVQUFNLE1BQU0sTUFBTSxFQUFFLFlBQVksR0FBSztBQUNyQyxXQUFPLE1BQU0sSUFBSSxNQUFNLEtBQUs7QUFDNUIsVUFBTSxPQUFPLFFBQVEsRUFBRSxZQUFZLEdBQUssR0FBRyxZQUFZLHlCQUF5QixDQUFDO0FBQ2pGLFVBQU0sRUFBRSxPQUFPLE1BQU07QUFDckIsVUFBTSxXQUFXLFlBQWMsTUFBTSxVQUFVLEdBQUcsT0FBTyxNQUFPLE1BQU0sU0FBUyxPQUFPLFFBQVksTUFBUSxnQ0FBZ0M7QUFBQSxFQUM1SSxDQUFDO0FBRUQsS0FBRyxtRkFBbUYsWUFBWTtBQUNoRyxVQUFNLGNBQWMsTUFBTSxNQUFNLGNBQWMsR0FBRyxFQUFFLE1BQU0sY0FBYyxDQUFDO0FBQ3hFLFVBQU0sSUFBSSxNQUFNLE1BQU0sR0FBRyxZQUFZLEdBQUc7QUFDeEMsVUFBTSxFQUFFLFNBQVMsS0FBSyxJQUFJLE1BQU0sV0FBVyxHQUFHLEtBQU07QUFDcEQsVUFBTSxRQUFRLFFBQVEsR0FBRyxTQUFTLElBQUk7QUFDdEMsVUFBTSxNQUFNLEtBQUssSUFBSSxFQUFFO0FBQ3ZCLFVBQU0sTUFBTSxjQUFjO0FBQzFCLFVBQU0sUUFBUTtBQUVkLFVBQU0sV0FBVyxZQUFZO0FBQzNCLFlBQU0sUUFBUSxRQUFRLEdBQUcsU0FBUyxJQUFJO0FBQ3RDLFlBQU0sTUFBTSxLQUFLLElBQUksRUFBRTtBQUN2QixVQUFJO0FBQ0YsY0FBTSxNQUFNLGNBQWM7QUFDMUIsZUFBTztBQUFBLE1BQ1QsU0FBUyxPQUFPO0FBQ2QsWUFBSSxZQUFZLGNBQWMsRUFBRSxLQUFLLEVBQUcsUUFBTztBQUMvQyxlQUFPLEdBQUcsWUFBWSwwQkFBMEIsRUFBRSxLQUFLLEdBQUcsT0FBTyxLQUFLLENBQUM7QUFDdkUsZUFBTztBQUFBLE1BQ1QsVUFBRTtBQUNBLGNBQU0sUUFBUTtBQUFBLE1BQ2hCO0FBQUEsSUFDRixHQUFHLEtBQVEsa0NBQWtDLEVBQUUsS0FBSyxDQUFDLFlBQVksT0FBTyxNQUFNLFNBQVMsU0FBUyxDQUFDO0FBRWpHLFVBQU0sSUFBSSxNQUFNLE1BQU0sR0FBRyxZQUFZLEdBQUc7QUFDeEMsVUFBTSxRQUFRLE1BQU0sV0FBVyxHQUFHLEtBQU07QUFDeEMsVUFBTSxRQUFRLFFBQVEsR0FBRyxNQUFNLFNBQVMsTUFBTSxJQUFJO0FBQ2xELFVBQU0sTUFBTSxLQUFLLElBQUksRUFBRTtBQUN2QixVQUFNLFFBQVE7QUFFZCxVQUFNLFdBQVcsWUFBWTtBQUMzQixZQUFNLE9BQU8sUUFBUSxHQUFHLE1BQU0sU0FBUyxNQUFNLElBQUk7QUFDakQsWUFBTSxLQUFLLEtBQUssSUFBSSxFQUFFO0FBQ3RCLFVBQUk7QUFDRixjQUFNLEtBQUssY0FBYztBQUN6QixlQUFPO0FBQUEsTUFDVCxTQUFTLE9BQU87QUFDZCxZQUFJLFlBQVksY0FBYyxFQUFFLEtBQUssRUFBRyxRQUFPO0FBQy9DLGVBQU8sR0FBRyxZQUFZLDBCQUEwQixFQUFFLEtBQUssR0FBRyxPQUFPLEtBQUssQ0FBQztBQUN2RSxlQUFPO0FBQUEsTUFDVCxVQUFFO0FBQ0EsYUFBSyxRQUFRO0FBQUEsTUFDZjtBQUFBLElBQ0YsR0FBRyxLQUFRLGdDQUFnQyxFQUFFLEtBQUssQ0FBQyxZQUFZLE9BQU8sTUFBTSxTQUFTLFNBQVMsQ0FBQztBQUUvRixVQUFNLFlBQVksS0FBSztBQUN2QixVQUFNLFlBQVksTUFBTSxNQUFNLGNBQWMsR0FBRyxFQUFFLE1BQU0sY0FBYyxDQUFDO0FBQ3RFLFVBQU0sV0FBVyxNQUFNLGVBQWUsVUFBVSxLQUFLLEVBQUUsT0FBTyxNQUFNLE9BQU8sQ0FBQyxHQUFHLFFBQVEsRUFBRSxjQUFjLENBQUMsV0FBVyxHQUFHLGdCQUFnQixNQUFNLFlBQVksS0FBSyxHQUFHLHFCQUFxQixNQUFNLEVBQUUsSUFBSSxtQkFBbUIsRUFBRSxNQUFNLENBQUMsRUFBRSxHQUFHLEdBQUs7QUFDdk8sVUFBTSxlQUFlLFFBQVEsR0FBRyxTQUFTLE1BQU0sUUFBUTtBQUN2RCxVQUFNLGFBQWEsS0FBSyxJQUFJLEVBQUU7QUFDOUIsVUFBTSxPQUFPLFFBQVEsYUFBYSxjQUFjLEdBQUcsWUFBWSwwQkFBMEIsQ0FBQztBQUMxRixpQkFBYSxRQUFRO0FBQUEsRUFDdkIsQ0FBQztBQUVELEtBQUcscUhBQXFILFlBQVk7QUFDbEksVUFBTSxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ3ZCLFVBQU0sRUFBRSxTQUFTLEtBQUssSUFBSSxNQUFNLFdBQVcsR0FBRyxLQUFNO0FBQ3BELFdBQU8sTUFBTSxRQUFRLE1BQU0sRUFBRTtBQUU3QixVQUFNLFFBQVEsUUFBUSxHQUFHLFNBQVMsSUFBSTtBQUN0QyxVQUFNLE1BQU0sS0FBSyxJQUFJLEVBQUU7QUFDdkIsVUFBTSxNQUFNLGNBQWM7QUFDMUIsVUFBTSxRQUFRO0FBQ2QsVUFBTSxNQUFNLE9BQU8sTUFBTTtBQUN6QixXQUFPLE1BQU0sRUFBRSxVQUFVLE1BQU0sbUJBQW1CLFFBQVEsU0FBUyxHQUFHLEtBQUs7QUFDM0UsVUFBTSxXQUFXLFlBQWEsTUFBTSxhQUFhLE1BQU0sWUFBWSxLQUFNLFFBQVcsS0FBUSw4Q0FBOEM7QUFDMUksVUFBTSxFQUFFLEtBQUssU0FBUyxJQUFJLE1BQU0sUUFBUSxFQUFFLE9BQU8sSUFBSSxRQUFRLElBQUksUUFBUSxJQUFJLFVBQVUsSUFBSSxXQUFXLENBQUMsU0FBUyxHQUFHLEVBQUUsQ0FBQztBQUN0SCxVQUFNLFNBQVMsTUFBTSxFQUFFLFVBQVUsSUFBSSxHQUFHO0FBQ3hDLFdBQU8sVUFBVSxPQUFPLFlBQVksUUFBUTtBQUM1QyxXQUFPLFVBQVUsT0FBTyxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxHQUFHLENBQUMsa0JBQWtCLENBQUM7QUFDekUsV0FBTyxNQUFNLE9BQU8sU0FBUyxRQUFRLENBQUM7QUFDdEMsV0FBTyxNQUFNLE9BQU8sU0FBUyxDQUFDLEVBQUcsV0FBVyxrQkFBa0I7QUFDOUQsV0FBTyxNQUFNLE9BQU8sV0FBVyxDQUFDO0FBRWhDLFdBQU8sTUFBTSxFQUFFLFVBQVUsTUFBTSxtQkFBbUIsUUFBUSxTQUFTLEdBQUcsSUFBSTtBQUMxRSxXQUFPLE1BQU0sRUFBRSxVQUFVLE1BQU0sUUFBUSxRQUFRLFNBQVMsRUFBRyxRQUFRLE1BQU07QUFDekUsVUFBTSxRQUFRLEVBQUUsVUFBVSxNQUFNLGVBQWUsUUFBUSxXQUFXLFFBQVEsUUFBUSxFQUFFLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQzdHLFdBQU8sR0FBRyxVQUFVLFFBQVcsdUJBQXVCO0FBQ3RELFVBQU0sV0FBVyxZQUFjLE1BQU0sVUFBVSxHQUFHLEtBQUssTUFBTyxNQUFNLHVCQUF1QixPQUFPLFFBQVksTUFBUSxpQ0FBaUM7QUFDdkosV0FBTyxNQUFNLE1BQU0sVUFBVSxHQUFHLE9BQU8sR0FBRyxFQUFFO0FBQUEsRUFDOUMsQ0FBQztBQUVELEtBQUcsOEZBQThGLFlBQVk7QUFFM0csVUFBTSxPQUFPLFNBQVMsRUFBRSxPQUFPLE1BQU0sT0FBTyxVQUFVLFdBQVcsSUFBSSxXQUFXLEVBQUUsRUFBRSxLQUFLLENBQUMsR0FBRyxXQUFXLElBQUksV0FBVyxFQUFFLEVBQUUsQ0FBQztBQUM1SCxXQUFPLE9BQU8sTUFBTSxTQUFTLFNBQVMsS0FBSyxDQUFDLElBQUksQ0FBQyxHQUFHLE1BQU0sb0JBQW9CO0FBQzlFLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsVUFBTSxTQUFTLE1BQU0sU0FBUyxTQUFTLEtBQUssQ0FBQyxHQUFHLEdBQUs7QUFDckQsV0FBTyxNQUFNLE9BQU8sTUFBTSxvQkFBb0I7QUFDOUMsV0FBTyxHQUFHLE9BQU8sVUFBVSxLQUFLLElBQUksSUFBSSxVQUFVLEtBQU8sZ0JBQWdCLEtBQUssSUFBSSxJQUFJLE9BQU8sS0FBSztBQUFBLEVBQ3BHLENBQUM7QUFFRCxLQUFHLGtGQUFrRixZQUFZO0FBQy9GLFVBQU0sT0FBTyxJQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sZUFBZSxNQUFNLENBQUM7QUFDcEUsVUFBTSxPQUFPLFNBQVMsRUFBRSxPQUFPLFFBQVcsV0FBVyxJQUFJLFdBQVcsRUFBRSxFQUFFLEtBQUssQ0FBQyxHQUFHLFdBQVcsSUFBSSxXQUFXLEVBQUUsRUFBRSxLQUFLLENBQUMsRUFBRSxDQUFDO0FBQ3hILFVBQU0sUUFBUSxNQUFNLFNBQVMsU0FBUyxLQUFLLENBQUMsTUFBTSxPQUFPLEtBQUssS0FBSyxPQUFPLENBQUMsR0FBRyxHQUFHLE9BQU8sTUFBTSxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3hHLFdBQU8sTUFBTSxNQUFNLE1BQU0sc0JBQXNCO0FBQy9DLFdBQU8sR0FBRyxNQUFNLE1BQU07QUFBQSxFQUN4QixDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsNkRBQTZELE1BQU07QUFDMUUsUUFBTSxjQUFjO0FBQ3BCLFFBQU0sUUFBUTtBQUNkLE1BQUk7QUFDSixTQUFPLFlBQVk7QUFDakIsYUFBUyxNQUFNLE1BQU0sY0FBYyxHQUFHO0FBQUEsTUFDcEMsTUFBTTtBQUFBLE1BQ04sTUFBTSxDQUFDLGlDQUFpQyxLQUFLLGlCQUFpQixZQUFZLFNBQVMsR0FBRyxrQkFBa0IsR0FBRyxLQUFLLElBQUk7QUFBQSxJQUN0SCxDQUFDO0FBQUEsRUFDSCxDQUFDO0FBRUQsS0FBRyx3R0FBd0csWUFBWTtBQUNySCxVQUFNLE1BQU0sR0FBRyxPQUFPLElBQUksUUFBUSxRQUFRLElBQUksQ0FBQztBQUMvQyxVQUFNLFVBQVUsTUFDZCxJQUFJLFFBQTRCLENBQUMsU0FBUyxXQUFXO0FBQ25ELFlBQU0sS0FBSyxJQUFJLFVBQVUsR0FBRztBQUM1QixTQUFHLEtBQUssUUFBUSxNQUFNLFFBQVEsRUFBRSxDQUFDO0FBQ2pDLFNBQUcsS0FBSyx1QkFBdUIsQ0FBQyxVQUFVLGFBQWE7QUFDckQsZ0JBQVEsU0FBUyxjQUFjLENBQUM7QUFDaEMsV0FBRyxVQUFVO0FBQUEsTUFDZixDQUFDO0FBQ0QsU0FBRyxLQUFLLFNBQVMsTUFBTTtBQUFBLElBQ3pCLENBQUM7QUFDSCxVQUFNLElBQUksTUFBTSxRQUFRO0FBQ3hCLFVBQU0sSUFBSSxNQUFNLFFBQVE7QUFDeEIsV0FBTyxHQUFHLGFBQWEsYUFBYSxhQUFhLFNBQVM7QUFDMUQsV0FBTyxNQUFNLE1BQU0sUUFBUSxHQUFHLEdBQUc7QUFDakMsVUFBTSxVQUFVLElBQUksUUFBUSxDQUFDLFlBQVksRUFBRSxLQUFLLFNBQVMsT0FBTyxDQUFDO0FBQ2pFLE1BQUUsVUFBVTtBQUNaLFVBQU07QUFDTixVQUFNLElBQUksTUFBTSxXQUFXLFlBQVk7QUFDckMsWUFBTSxVQUFVLE1BQU0sUUFBUTtBQUM5QixhQUFPLG1CQUFtQixZQUFZLFVBQVU7QUFBQSxJQUNsRCxHQUFHLEtBQU8sY0FBYztBQUN4QixNQUFFLFVBQVU7QUFDWixNQUFFLFVBQVU7QUFBQSxFQUNkLENBQUM7QUFFRCxLQUFHLG1GQUFtRixZQUFZO0FBQ2hHLFVBQU0sT0FBUSxPQUFPLE1BQU0sTUFBTSxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsS0FBSztBQUNoRSxXQUFPLE1BQU0sS0FBSyxZQUFZLFlBQVksU0FBUyxDQUFDO0FBQ3BELFdBQU87QUFBQSxNQUNMLEtBQUssZUFBZSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxZQUFZLEdBQUcsRUFBRSxhQUFhLENBQUM7QUFBQSxNQUN2RSxDQUFDLENBQUMsOENBQThDLHFCQUFxQixTQUFTLENBQUMsR0FBRyxDQUFDLE9BQU8sR0FBRyxDQUFDO0FBQUEsSUFDaEc7QUFBQSxFQUNGLENBQUM7QUFFRCxLQUFHLGlHQUFpRyxZQUFZO0FBQzlHLFVBQU0sSUFBSSxNQUFNLE1BQU0sR0FBRyxPQUFPLEdBQUc7QUFDbkMsV0FBTyxNQUFNLEVBQUUsU0FBUyxLQUFLLFlBQVksV0FBVztBQUNwRCxVQUFNLEVBQUUsU0FBUyxLQUFLLElBQUksTUFBTSxXQUFXLEdBQUcsR0FBRztBQUNqRCxVQUFNLElBQUksUUFBUSxHQUFHLFNBQVMsSUFBSTtBQUNsQyxVQUFNLEVBQUUsS0FBSyxJQUFJLEVBQUU7QUFDbkIsVUFBTSxPQUFPLFFBQVEsRUFBRSxjQUFjLEdBQUcsWUFBWSwrQkFBK0IsQ0FBQztBQUNwRixVQUFNLEVBQUUsT0FBTyxNQUFNO0FBQ3JCLFVBQU0sRUFBRSxLQUFLLFNBQVMsSUFBSSxNQUFNLFFBQVEsRUFBRSxPQUFPLElBQUksUUFBUSxJQUFJLFFBQVEsSUFBSSxVQUFVLElBQUksV0FBVyxDQUFDLE9BQU8sR0FBRyxFQUFFLENBQUM7QUFDcEgsVUFBTSxTQUFTLE1BQU0sRUFBRSxVQUFVLElBQUksR0FBRztBQUN4QyxXQUFPLFVBQVUsT0FBTyxZQUFZLFFBQVE7QUFDNUMsV0FBTyxVQUFVLE9BQU8sVUFBVSxDQUFDLENBQUM7QUFDcEMsVUFBTSxTQUFTLEVBQUUsVUFBVSxNQUFNLFFBQVEsUUFBUSxTQUFTO0FBQzFELFdBQU8sTUFBTSxPQUFPLFNBQVMsYUFBYSx5Q0FBeUM7QUFBQSxFQUNyRixDQUFDO0FBQ0gsQ0FBQztBQUdELGVBQWUsYUFBYSxXQUFxQztBQUMvRCxRQUFNLFdBQVcsTUFBTSxNQUFNLEdBQUcsU0FBUyxHQUFHLGdCQUFnQixTQUFTLEVBQUU7QUFDdkUsU0FBTyxTQUFTLE9BQVEsTUFBTSxTQUFTLEtBQUssR0FBMEI7QUFDeEU7QUFHQSxTQUFTLFNBQVMsUUFBNEU7QUFDNUYsU0FBTyxjQUFjO0FBQUEsSUFDbkIsTUFBTTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04scUJBQXFCLElBQUksV0FBVyxFQUFFO0FBQUEsSUFDdEMsZUFBZSxJQUFJLFdBQVcsRUFBRTtBQUFBLElBQ2hDLFlBQVk7QUFBQSxJQUNaLE1BQU0sT0FBTztBQUFBLElBQ2IsTUFBTTtBQUFBLElBQ04sUUFBUTtBQUFBLElBQ1IsZUFBZTtBQUFBLElBQ2YsR0FBRztBQUFBLEVBQ0wsQ0FBQztBQUNIO0FBR0EsZUFBZSxTQUFTLEtBQWEsUUFBc0IsU0FBUyxLQUFvRDtBQUN0SCxRQUFNLEtBQUssSUFBSSxVQUFVLEdBQUcsSUFBSSxRQUFRLFFBQVEsSUFBSSxDQUFDLGFBQWE7QUFDbEUsUUFBTSxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDckMsT0FBRyxLQUFLLFFBQVEsT0FBTztBQUN2QixPQUFHLEtBQUssU0FBUyxNQUFNO0FBQUEsRUFDekIsQ0FBQztBQUNELFFBQU0sVUFBVSxJQUFJLFFBQVEsRUFBRSxZQUFZLE1BQU0sQ0FBQztBQUNqRCxNQUFJO0FBQ0osS0FBRyxHQUFHLFdBQVcsQ0FBQyxVQUFrQjtBQUNsQyxVQUFNLFVBQVUsUUFBUSxPQUFPLEtBQUs7QUFDcEMsUUFBSSxRQUFRLENBQUMsTUFBTSxFQUFHLFVBQVMsUUFBUSxDQUFDO0FBQUEsRUFDMUMsQ0FBQztBQUNELEtBQUcsR0FBRyxTQUFTLE1BQU0sTUFBUztBQUM5QixRQUFNLFNBQVMsSUFBSSxRQUFpQixDQUFDLFlBQVksR0FBRyxLQUFLLFNBQVMsTUFBTSxRQUFRLElBQUksQ0FBQyxDQUFDO0FBR3RGLFFBQU0sU0FBVSxHQUF5RDtBQUN6RSxTQUFPLEtBQUs7QUFDWixhQUFXLFNBQVMsT0FBUSxJQUFHLEtBQUssS0FBSztBQUN6QyxTQUFPLE9BQU87QUFDZCxRQUFNLE9BQU8sTUFBTSxRQUFRLEtBQUssQ0FBQyxRQUFRLElBQUksUUFBaUIsQ0FBQyxZQUFZLFdBQVcsTUFBTSxRQUFRLEtBQUssR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDO0FBQ3JILEtBQUcsVUFBVTtBQUNiLFNBQU8sRUFBRSxNQUFNLFFBQVEsS0FBSztBQUM5QjsiLAogICJuYW1lcyI6IFtdCn0K
