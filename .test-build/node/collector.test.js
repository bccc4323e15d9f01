import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, afterEach, before, describe, it } from "node:test";
import { createTestClient, http, parseGwei, zeroAddress } from "viem";
import { chainNow, createChainClient, increaseTime, openChannel, readChannel, refundChannel, releaseChannel, startDevnet } from "../chain/index.js";
import { newKey, pay } from "../chain/test-helpers/fixture.js";
import { keyHashOf } from "../protocol/payment.js";
import { toHex } from "../util/bytes.js";
import { Collector } from "./collector.js";
import { ExecutorStore } from "./executor-store.js";
let devnet;
let dir;
let anvil;
let nextLane = 0n;
let nextSession = 1;
const client = (index) => createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[index].privateKey, channels: devnet.channels, chainId: devnet.chainId });
before(async () => {
  devnet = await startDevnet({ accountCount: 10 });
  dir = mkdtempSync(join(tmpdir(), "airtnt-collector-"));
  anvil = createTestClient({ mode: "anvil", transport: http(devnet.rpcUrl, { retryCount: 0 }) });
});
afterEach(async () => {
  await anvil.setAutomine(true);
});
after(async () => {
  await devnet?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
function party(executorIndex) {
  const path = join(dir, `executor-${executorIndex}.sqlite`);
  return { requester: client(1), executor: client(executorIndex), store: new ExecutorStore(path), path };
}
function collectorFor(p, extra = {}) {
  return new Collector({ chain: p.executor, store: p.store, activeChannels: /* @__PURE__ */ new Set(), safetySeconds: 60n, intervalMs: 6e4, enabled: true, confirmBlocks: 3n, blockTimeSeconds: 1, log: () => void 0, ...extra });
}
async function openWithSession(p, deposit, expiresIn, lane = nextLane++) {
  const now = await chainNow(p.requester);
  const opened = await openChannel(p.requester, { executor: p.executor.account.address, lane, amount: deposit, expiry: now + expiresIn });
  const sessionId = toHex(new Uint8Array(32).fill(0).map((_, i) => i === 0 ? nextSession++ : i));
  p.store.insertSession({ sessionId, channelId: opened.channelId, requester: p.requester.account.address, token: zeroAddress, lane, rate: 1n, base: 0n, firstRound: 0n }, opened.expiry, Date.now());
  return { channelId: opened.channelId, lane, sessionId };
}
async function storePayment(p, channel, amount, round = 0n) {
  const key = newKey();
  const { signature } = await pay(p.requester, channel.channelId, amount, key);
  p.store.insertPaymentAndRelease({ channelId: channel.channelId, amount, keyHash: keyHashOf(key), key, signature, sessionId: channel.sessionId, round }, Date.now());
}
async function collectedOn(p, lane) {
  return (await readChannel(p.executor, { requester: p.requester.account.address, executor: p.executor.account.address, token: zeroAddress, lane })).collected;
}
const ETH = 10n ** 18n;
async function waitUntil(condition, what, timeoutMs = 3e4) {
  const deadline = Date.now() + timeoutMs;
  while (!await condition()) {
    if (Date.now() > deadline) assert.fail(`${what}: not seen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
describe("Collector", () => {
  it("sends several collects in one block, due first then soonest expiry, and leaves a 1-wei payment alone", async () => {
    const p = party(2);
    const farther = await openWithSession(p, ETH, 7200n);
    const far = await openWithSession(p, ETH, 3600n);
    const due = await openWithSession(p, ETH, 70n);
    const decoy = await openWithSession(p, 1000n, 3000n);
    await storePayment(p, farther, ETH / 10n);
    await storePayment(p, far, ETH / 100n);
    await storePayment(p, due, ETH / 1000n);
    await storePayment(p, decoy, 1n);
    const collector = collectorFor(p);
    await anvil.setAutomine(false);
    await collector.sweep();
    const sent = collector.records.allSends();
    assert.deepEqual(sent.map((s) => s.channelId), [due.channelId, far.channelId, farther.channelId]);
    assert.deepEqual(sent.map((s) => s.nonce - sent[0].nonce), [0, 1, 2]);
    await anvil.mine({ blocks: 1 });
    await collector.sweep();
    const mined = collector.records.allSends();
    assert.deepEqual(mined.map((s) => s.status), ["mined", "mined", "mined"]);
    assert.equal(new Set(mined.map((s) => s.minedBlock)).size, 1, "all three in one block");
    assert.deepEqual([await collectedOn(p, due.lane), await collectedOn(p, far.lane), await collectedOn(p, farther.lane), await collectedOn(p, decoy.lane)], [ETH / 1000n, ETH / 100n, ETH / 10n, 0n]);
    await collector.stop();
    p.store.close();
  });
  it("replaces a stuck collect at fees raised by at least 12.5 %, while a later collect still goes out", async () => {
    const p = party(3);
    const stuck = await openWithSession(p, ETH, 3600n);
    const later = await openWithSession(p, ETH, 3600n);
    await storePayment(p, stuck, ETH / 10n);
    const collector = collectorFor(p, { bumpAfterBlocks: 2 });
    await anvil.setAutomine(false);
    await collector.sweep();
    const [first] = collector.records.allSends();
    await anvil.request({ method: "anvil_setNextBlockBaseFeePerGas", params: [`0x${parseGwei("100").toString(16)}`] });
    await anvil.mine({ blocks: 1 });
    await storePayment(p, later, ETH / 20n);
    await collector.sweep();
    const afterOne = collector.records.allSends();
    assert.equal(afterOne.find((s) => s.id === first.id).status, "sent", "not mined, not bumped yet");
    const laterSend = afterOne.find((s) => s.channelId === later.channelId);
    assert.equal(laterSend.nonce, first.nonce + 1, "the later collect went out without waiting for the stuck one");
    await anvil.mine({ blocks: 1 });
    await collector.sweep();
    const replacement = collector.records.sendsOf(stuck.channelId)[1];
    assert.equal(replacement.nonce, first.nonce);
    assert.ok(first.fees.kind === "eip1559" && replacement.fees.kind === "eip1559");
    assert.ok(replacement.fees.maxFeePerGas * 1000n >= first.fees.maxFeePerGas * 1125n);
    assert.ok(replacement.fees.maxPriorityFeePerGas * 1000n >= first.fees.maxPriorityFeePerGas * 1125n);
    await anvil.mine({ blocks: 1 });
    await collector.sweep();
    assert.deepEqual(collector.records.sendsOf(stuck.channelId).map((s) => s.status), ["replaced", "mined"]);
    assert.deepEqual([await collectedOn(p, stuck.lane), await collectedOn(p, later.lane)], [ETH / 10n, ETH / 20n]);
    await collector.stop();
    p.store.close();
  });
  it("stores every collect before broadcasting it, and re-sends the stored bytes after a restart", async () => {
    const p = party(4);
    const channel = await openWithSession(p, ETH, 3600n);
    await storePayment(p, channel, ETH / 10n);
    const storedAtBroadcast = [];
    const watched = {
      ...p.executor,
      public: new Proxy(p.executor.public, {
        get(target, property, receiver) {
          if (property !== "sendRawTransaction") return Reflect.get(target, property, receiver);
          return (args) => {
            storedAtBroadcast.push(p.store.db.prepare("SELECT 1 FROM collect_sends WHERE raw = ?").get(args.serializedTransaction) !== void 0);
            return target.sendRawTransaction(args);
          };
        }
      })
    };
    const first = collectorFor(p, { chain: watched });
    await anvil.setAutomine(false);
    await first.sweep();
    assert.deepEqual(storedAtBroadcast, [true]);
    const [sent] = first.records.allSends();
    await first.stop();
    p.store.close();
    await anvil.request({ method: "anvil_dropAllTransactions", params: [] });
    const store = new ExecutorStore(p.path);
    const restarted = collectorFor({ ...p, store });
    await restarted.sweep();
    await anvil.mine({ blocks: 1 });
    await restarted.sweep();
    const sends = restarted.records.allSends();
    assert.equal(sends.length, 1, "the stored transaction was re-sent, not a new one");
    assert.equal(sends[0].txHash, sent.txHash);
    assert.equal(sends[0].status, "mined");
    assert.equal(await collectedOn(p, channel.lane), ETH / 10n);
    await restarted.stop();
    store.close();
  });
  it("sends again a collect that a reorg removed, and confirms it once deep enough", async () => {
    const p = party(5);
    const channel = await openWithSession(p, ETH, 3600n);
    await storePayment(p, channel, ETH / 10n);
    const lines = [];
    const collector = collectorFor(p, { log: (line) => lines.push(line) });
    await collector.sweep();
    await collector.sweep();
    assert.equal(collector.records.allSends()[0].status, "mined");
    assert.equal(await collectedOn(p, channel.lane), ETH / 10n);
    await anvil.request({ method: "anvil_reorg", params: [1, []] });
    assert.equal(await collectedOn(p, channel.lane), 0n, "the reorg took the collect away");
    await collector.sweep();
    assert.ok(lines.some((line) => line.includes("reorg")), lines.join("\n"));
    await collector.sweep();
    assert.equal(await collectedOn(p, channel.lane), ETH / 10n);
    await anvil.mine({ blocks: 3 });
    await collector.sweep();
    assert.deepEqual(collector.records.allSends().map((s) => s.status), ["confirmed"]);
    assert.equal(p.store.uncollectedChannels().length, 0);
    await collector.stop();
    p.store.close();
  });
  it("gives expired and refunded channels a terminal state instead of retrying them, and still collects live ones", async () => {
    const p = party(6);
    const expiring = await openWithSession(p, ETH, 100n);
    const refunded = await openWithSession(p, ETH, 100n);
    const cheap = await openWithSession(p, 1000n, 100n);
    const live = await openWithSession(p, ETH, 3600n);
    const collector = collectorFor(p);
    await storePayment(p, cheap, 1n);
    await collector.sweep();
    await storePayment(p, expiring, ETH / 10n);
    await storePayment(p, refunded, ETH / 10n);
    await storePayment(p, live, ETH / 10n);
    await increaseTime(devnet, 150);
    await refundChannel(p.requester, { ref: { requester: p.requester.account.address, executor: p.executor.account.address, token: zeroAddress, lane: refunded.lane } });
    await collector.sweep();
    await collector.sweep();
    assert.equal(collector.records.terminal(expiring.channelId)?.state, "expired");
    assert.equal(collector.records.terminal(refunded.channelId)?.state, "closed");
    assert.equal(collector.records.terminal(cheap.channelId)?.state, "uneconomic");
    assert.deepEqual(collector.records.allSends().map((s) => [s.channelId, s.status]), [[live.channelId, "mined"]]);
    await anvil.mine({ blocks: 2 });
    await collector.sweep();
    assert.equal(collector.records.allSends().length, 1);
    await collector.stop();
    p.store.close();
  });
  it("re-syncs its nonce when another transaction of the account took it, and re-plans a collect whose nonce was taken", async () => {
    const p = party(8);
    const first = await openWithSession(p, ETH, 3600n);
    const second = await openWithSession(p, ETH, 3600n);
    const third = await openWithSession(p, ETH, 3600n);
    const collector = collectorFor(p);
    const outside = async (nonce) => p.executor.wallet.sendTransaction({ to: p.executor.account.address, value: 0n, ...nonce === void 0 ? {} : { nonce, maxFeePerGas: parseGwei("500"), maxPriorityFeePerGas: parseGwei("100") } });
    await storePayment(p, first, ETH / 10n);
    await collector.sweep();
    await outside();
    await storePayment(p, second, ETH / 10n);
    await collector.sweep();
    const [firstSend] = collector.records.sendsOf(first.channelId);
    assert.deepEqual(collector.records.sendsOf(second.channelId).map((s) => [s.nonce, s.status === "rejected"]), [[firstSend.nonce + 2, false]]);
    await collector.sweep();
    assert.equal(await collectedOn(p, second.lane), ETH / 10n);
    await anvil.setAutomine(false);
    await storePayment(p, third, ETH / 10n);
    await collector.sweep();
    const [taken] = collector.records.sendsOf(third.channelId);
    await outside(taken.nonce);
    await anvil.mine({ blocks: 1 });
    await collector.sweep();
    await anvil.mine({ blocks: 1 });
    await collector.sweep();
    assert.deepEqual(collector.records.sendsOf(third.channelId).map((s) => s.status), ["dropped", "mined"]);
    assert.equal(await collectedOn(p, third.lane), ETH / 10n);
    await collector.stop();
    p.store.close();
  });
  it("collects at once after the operator released the channel from the same account, with no new block to wake it", async () => {
    const p = party(7);
    const collector = collectorFor(p);
    const ref = (lane) => ({ requester: p.requester.account.address, executor: p.executor.account.address, token: zeroAddress, lane });
    const warmUp = await openWithSession(p, ETH, 3600n);
    await storePayment(p, warmUp, ETH / 10n);
    await collector.collectChannel(warmUp.channelId);
    await waitUntil(async () => await collectedOn(p, warmUp.lane) === ETH / 10n, "the first collect");
    await releaseChannel(p.executor, { ref: ref(warmUp.lane) });
    const measured = await openWithSession(p, ETH, 3600n, warmUp.lane);
    assert.notEqual(measured.channelId, warmUp.channelId);
    await storePayment(p, measured, ETH / 20n);
    await collector.collectChannel(measured.channelId);
    assert.deepEqual(collector.records.sendsOf(measured.channelId).map((s) => s.status === "rejected"), [false], "the collect went out in that pass");
    await waitUntil(async () => await collectedOn(p, measured.lane) === ETH / 20n, "the collect on the reopened lane");
    const pooled = await openWithSession(p, ETH, 3600n);
    await storePayment(p, pooled, ETH / 10n);
    await anvil.setAutomine(false);
    const operatorTx = await p.executor.wallet.sendTransaction({ to: p.executor.account.address, value: 0n });
    const operatorNonce = (await p.executor.public.getTransaction({ hash: operatorTx })).nonce;
    await collector.collectChannel(pooled.channelId);
    assert.deepEqual(collector.records.sendsOf(pooled.channelId).map((s) => [s.nonce, s.status]), [[operatorNonce + 1, "sent"]]);
    await anvil.mine({ blocks: 1 });
    assert.equal((await p.executor.public.getTransactionReceipt({ hash: operatorTx })).status, "success");
    await collector.sweep();
    assert.deepEqual(collector.records.sendsOf(pooled.channelId).map((s) => s.status), ["mined"]);
    assert.equal(await collectedOn(p, pooled.lane), ETH / 10n);
    await collector.stop();
    p.store.close();
  });
  it("measures the chain's block time from recent blocks", async () => {
    const p = party(9);
    await anvil.mine({ blocks: 20, interval: 12 });
    const collector = new Collector({ chain: p.executor, store: p.store, activeChannels: /* @__PURE__ */ new Set(), safetySeconds: 60n, intervalMs: 6e4, enabled: true, log: () => void 0 });
    await collector.sweep();
    const measured = collector.blockTimeSeconds();
    assert.ok(Math.abs(measured - 12) < 0.5, `measured ${measured} s per block`);
    assert.equal(collector.timing().leadSeconds, 60n + BigInt(Math.ceil(measured)) * 3n);
    await collector.stop();
    p.store.close();
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL25vZGUvY29sbGVjdG9yLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGNvbGxlY3RvciBvbiBhIHJlYWwgZGV2bmV0IGFuZCBhIHJlYWwgZXhlY3V0b3Igc3RvcmUsIHdpdGggYmxvY2tzIG1pbmVkIGJ5IHRoZSB0ZXN0IChhdXRvbWluZVxuICogb2ZmKSB3aGVyZSB0aW1pbmcgbWF0dGVyczogc2V2ZXJhbCBjb2xsZWN0cyBwZXIgYmxvY2sgaW4gcGxhbiBvcmRlciwgYSBwYXltZW50IG5vdCB3b3J0aCBpdHMgZ2FzXG4gKiBsZWZ0IGFsb25lLCBhIHN0dWNrIGNvbGxlY3QgcmVwbGFjZWQgYXQgYnVtcGVkIGZlZXMgd2hpbGUgbGF0ZXIgb25lcyBzdGlsbCBnbyBvdXQsIGV2ZXJ5IGNvbGxlY3RcbiAqIHN0b3JlZCBiZWZvcmUgaXQgaXMgYnJvYWRjYXN0IGFuZCByZS1zZW50IGZyb20gdGhlIHN0b3JlIGFmdGVyIGEgcmVzdGFydCwgYSBjb2xsZWN0IGEgcmVvcmcgcmVtb3ZlZFxuICogc2VudCBhZ2FpbiwgZGVhZCBjaGFubmVscyBnaXZlbiBhIHRlcm1pbmFsIHN0YXRlLCBhbmQgdGhlIGJsb2NrIHRpbWUgbWVhc3VyZWQgZnJvbSB0aGUgY2hhaW4uXG4gKi9cbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IG1rZHRlbXBTeW5jLCBybVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IHRtcGRpciB9IGZyb20gJ25vZGU6b3MnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBhZnRlciwgYWZ0ZXJFYWNoLCBiZWZvcmUsIGRlc2NyaWJlLCBpdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgeyBjcmVhdGVUZXN0Q2xpZW50LCBodHRwLCBwYXJzZUd3ZWksIHplcm9BZGRyZXNzLCB0eXBlIEhleCB9IGZyb20gJ3ZpZW0nO1xuaW1wb3J0IHsgY2hhaW5Ob3csIGNyZWF0ZUNoYWluQ2xpZW50LCBpbmNyZWFzZVRpbWUsIG9wZW5DaGFubmVsLCByZWFkQ2hhbm5lbCwgcmVmdW5kQ2hhbm5lbCwgcmVsZWFzZUNoYW5uZWwsIHN0YXJ0RGV2bmV0LCB0eXBlIENoYWluQ2xpZW50LCB0eXBlIERldm5ldCB9IGZyb20gJy4uL2NoYWluL2luZGV4LmpzJztcbmltcG9ydCB7IG5ld0tleSwgcGF5IH0gZnJvbSAnLi4vY2hhaW4vdGVzdC1oZWxwZXJzL2ZpeHR1cmUuanMnO1xuaW1wb3J0IHsga2V5SGFzaE9mIH0gZnJvbSAnLi4vcHJvdG9jb2wvcGF5bWVudC5qcyc7XG5pbXBvcnQgeyB0b0hleCB9IGZyb20gJy4uL3V0aWwvYnl0ZXMuanMnO1xuaW1wb3J0IHsgQ29sbGVjdG9yLCB0eXBlIENvbGxlY3Rvck9wdGlvbnMgfSBmcm9tICcuL2NvbGxlY3Rvci5qcyc7XG5pbXBvcnQgeyBFeGVjdXRvclN0b3JlIH0gZnJvbSAnLi9leGVjdXRvci1zdG9yZS5qcyc7XG5cbmxldCBkZXZuZXQ6IERldm5ldDtcbmxldCBkaXI6IHN0cmluZztcbmxldCBhbnZpbDogUmV0dXJuVHlwZTx0eXBlb2YgY3JlYXRlVGVzdENsaWVudD47XG5sZXQgbmV4dExhbmUgPSAwbjtcbmxldCBuZXh0U2Vzc2lvbiA9IDE7XG5jb25zdCBjbGllbnQgPSAoaW5kZXg6IG51bWJlcik6IENoYWluQ2xpZW50ID0+XG4gIGNyZWF0ZUNoYWluQ2xpZW50KHsgcnBjVXJsOiBkZXZuZXQucnBjVXJsLCBwcml2YXRlS2V5OiBkZXZuZXQuYWNjb3VudHNbaW5kZXhdIS5wcml2YXRlS2V5LCBjaGFubmVsczogZGV2bmV0LmNoYW5uZWxzLCBjaGFpbklkOiBkZXZuZXQuY2hhaW5JZCB9KTtcblxuYmVmb3JlKGFzeW5jICgpID0+IHtcbiAgZGV2bmV0ID0gYXdhaXQgc3RhcnREZXZuZXQoeyBhY2NvdW50Q291bnQ6IDEwIH0pO1xuICBkaXIgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCAnYWlydG50LWNvbGxlY3Rvci0nKSk7XG4gIGFudmlsID0gY3JlYXRlVGVzdENsaWVudCh7IG1vZGU6ICdhbnZpbCcsIHRyYW5zcG9ydDogaHR0cChkZXZuZXQucnBjVXJsLCB7IHJldHJ5Q291bnQ6IDAgfSkgfSk7XG59KTtcbmFmdGVyRWFjaChhc3luYyAoKSA9PiB7XG4gIGF3YWl0IGFudmlsLnNldEF1dG9taW5lKHRydWUpO1xufSk7XG5hZnRlcihhc3luYyAoKSA9PiB7XG4gIGF3YWl0IGRldm5ldD8uc3RvcCgpO1xuICBpZiAoZGlyKSBybVN5bmMoZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG59KTtcblxudHlwZSBQYXJ0eSA9IHsgcmVxdWVzdGVyOiBDaGFpbkNsaWVudDsgZXhlY3V0b3I6IENoYWluQ2xpZW50OyBzdG9yZTogRXhlY3V0b3JTdG9yZTsgcGF0aDogc3RyaW5nIH07XG5cbmZ1bmN0aW9uIHBhcnR5KGV4ZWN1dG9ySW5kZXg6IG51bWJlcik6IFBhcnR5IHtcbiAgY29uc3QgcGF0aCA9IGpvaW4oZGlyLCBgZXhlY3V0b3ItJHtleGVjdXRvckluZGV4fS5zcWxpdGVgKTtcbiAgcmV0dXJuIHsgcmVxdWVzdGVyOiBjbGllbnQoMSksIGV4ZWN1dG9yOiBjbGllbnQoZXhlY3V0b3JJbmRleCksIHN0b3JlOiBuZXcgRXhlY3V0b3JTdG9yZShwYXRoKSwgcGF0aCB9O1xufVxuXG5mdW5jdGlvbiBjb2xsZWN0b3JGb3IocDogUGFydHksIGV4dHJhOiBQYXJ0aWFsPENvbGxlY3Rvck9wdGlvbnM+ID0ge30pOiBDb2xsZWN0b3Ige1xuICByZXR1cm4gbmV3IENvbGxlY3Rvcih7IGNoYWluOiBwLmV4ZWN1dG9yLCBzdG9yZTogcC5zdG9yZSwgYWN0aXZlQ2hhbm5lbHM6IG5ldyBTZXQoKSwgc2FmZXR5U2Vjb25kczogNjBuLCBpbnRlcnZhbE1zOiA2MF8wMDAsIGVuYWJsZWQ6IHRydWUsIGNvbmZpcm1CbG9ja3M6IDNuLCBibG9ja1RpbWVTZWNvbmRzOiAxLCBsb2c6ICgpID0+IHVuZGVmaW5lZCwgLi4uZXh0cmEgfSk7XG59XG5cbi8qKiBPcGVucyBhIGNoYW5uZWwgKG1pbmVkIGF0IG9uY2U6IGNhbGwgd2l0aCBhdXRvbWluZSBvbikgYW5kIHJlY29yZHMgYSBzZXNzaW9uIG9uIGl0IGluIHRoZSBzdG9yZS4gKi9cbmFzeW5jIGZ1bmN0aW9uIG9wZW5XaXRoU2Vzc2lvbihwOiBQYXJ0eSwgZGVwb3NpdDogYmlnaW50LCBleHBpcmVzSW46IGJpZ2ludCwgbGFuZSA9IG5leHRMYW5lKyspOiBQcm9taXNlPHsgY2hhbm5lbElkOiBIZXg7IGxhbmU6IGJpZ2ludDsgc2Vzc2lvbklkOiBIZXggfT4ge1xuICBjb25zdCBub3cgPSBhd2FpdCBjaGFpbk5vdyhwLnJlcXVlc3Rlcik7XG4gIGNvbnN0IG9wZW5lZCA9IGF3YWl0IG9wZW5DaGFubmVsKHAucmVxdWVzdGVyLCB7IGV4ZWN1dG9yOiBwLmV4ZWN1dG9yLmFjY291bnQuYWRkcmVzcywgbGFuZSwgYW1vdW50OiBkZXBvc2l0LCBleHBpcnk6IG5vdyArIGV4cGlyZXNJbiB9KTtcbiAgY29uc3Qgc2Vzc2lvbklkID0gdG9IZXgobmV3IFVpbnQ4QXJyYXkoMzIpLmZpbGwoMCkubWFwKChfLCBpKSA9PiAoaSA9PT0gMCA/IG5leHRTZXNzaW9uKysgOiBpKSkpO1xuICBwLnN0b3JlLmluc2VydFNlc3Npb24oeyBzZXNzaW9uSWQsIGNoYW5uZWxJZDogb3BlbmVkLmNoYW5uZWxJZCwgcmVxdWVzdGVyOiBwLnJlcXVlc3Rlci5hY2NvdW50LmFkZHJlc3MsIHRva2VuOiB6ZXJvQWRkcmVzcywgbGFuZSwgcmF0ZTogMW4sIGJhc2U6IDBuLCBmaXJzdFJvdW5kOiAwbiB9LCBvcGVuZWQuZXhwaXJ5LCBEYXRlLm5vdygpKTtcbiAgcmV0dXJuIHsgY2hhbm5lbElkOiBvcGVuZWQuY2hhbm5lbElkLCBsYW5lLCBzZXNzaW9uSWQgfTtcbn1cblxuLyoqIEEgcGF5bWVudCBzaWduZWQgYnkgdGhlIHJlcXVlc3RlciBhbmQgYWNjZXB0ZWQgYnkgdGhlIGV4ZWN1dG9yIChhcyBhZnRlciBhIHBhaWQgcm91bmQpLiAqL1xuYXN5bmMgZnVuY3Rpb24gc3RvcmVQYXltZW50KHA6IFBhcnR5LCBjaGFubmVsOiB7IGNoYW5uZWxJZDogSGV4OyBzZXNzaW9uSWQ6IEhleCB9LCBhbW91bnQ6IGJpZ2ludCwgcm91bmQgPSAwbik6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBrZXkgPSBuZXdLZXkoKTtcbiAgY29uc3QgeyBzaWduYXR1cmUgfSA9IGF3YWl0IHBheShwLnJlcXVlc3RlciwgY2hhbm5lbC5jaGFubmVsSWQsIGFtb3VudCwga2V5KTtcbiAgcC5zdG9yZS5pbnNlcnRQYXltZW50QW5kUmVsZWFzZSh7IGNoYW5uZWxJZDogY2hhbm5lbC5jaGFubmVsSWQsIGFtb3VudCwga2V5SGFzaDoga2V5SGFzaE9mKGtleSksIGtleSwgc2lnbmF0dXJlLCBzZXNzaW9uSWQ6IGNoYW5uZWwuc2Vzc2lvbklkLCByb3VuZCB9LCBEYXRlLm5vdygpKTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gY29sbGVjdGVkT24ocDogUGFydHksIGxhbmU6IGJpZ2ludCk6IFByb21pc2U8YmlnaW50PiB7XG4gIHJldHVybiAoYXdhaXQgcmVhZENoYW5uZWwocC5leGVjdXRvciwgeyByZXF1ZXN0ZXI6IHAucmVxdWVzdGVyLmFjY291bnQuYWRkcmVzcywgZXhlY3V0b3I6IHAuZXhlY3V0b3IuYWNjb3VudC5hZGRyZXNzLCB0b2tlbjogemVyb0FkZHJlc3MsIGxhbmUgfSkpLmNvbGxlY3RlZDtcbn1cblxuY29uc3QgRVRIID0gMTBuICoqIDE4bjtcblxuLyoqIFBvbGxzIGBjb25kaXRpb25gIChjaGFpbiByZWFkcykgdW50aWwgaXQgaG9sZHM7IGZhaWxzIGFmdGVyIGEgZ2VuZXJvdXMgYm91bmQsIG5ldmVyIGEgZml4ZWQgc2xlZXAuICovXG5hc3luYyBmdW5jdGlvbiB3YWl0VW50aWwoY29uZGl0aW9uOiAoKSA9PiBQcm9taXNlPGJvb2xlYW4+LCB3aGF0OiBzdHJpbmcsIHRpbWVvdXRNcyA9IDMwXzAwMCk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyB0aW1lb3V0TXM7XG4gIHdoaWxlICghKGF3YWl0IGNvbmRpdGlvbigpKSkge1xuICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIGFzc2VydC5mYWlsKGAke3doYXR9OiBub3Qgc2VlbiB3aXRoaW4gJHt0aW1lb3V0TXN9IG1zYCk7XG4gICAgYXdhaXQgbmV3IFByb21pc2UoKHJlc29sdmUpID0+IHNldFRpbWVvdXQocmVzb2x2ZSwgNTApKTtcbiAgfVxufVxuXG5kZXNjcmliZSgnQ29sbGVjdG9yJywgKCkgPT4ge1xuICBpdCgnc2VuZHMgc2V2ZXJhbCBjb2xsZWN0cyBpbiBvbmUgYmxvY2ssIGR1ZSBmaXJzdCB0aGVuIHNvb25lc3QgZXhwaXJ5LCBhbmQgbGVhdmVzIGEgMS13ZWkgcGF5bWVudCBhbG9uZScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBwID0gcGFydHkoMik7XG4gICAgY29uc3QgZmFydGhlciA9IGF3YWl0IG9wZW5XaXRoU2Vzc2lvbihwLCBFVEgsIDcyMDBuKTtcbiAgICBjb25zdCBmYXIgPSBhd2FpdCBvcGVuV2l0aFNlc3Npb24ocCwgRVRILCAzNjAwbik7XG4gICAgY29uc3QgZHVlID0gYXdhaXQgb3BlbldpdGhTZXNzaW9uKHAsIEVUSCwgNzBuKTsgLy8gZHVlOiA3MCBzIDw9IGxlYWQgKDYwICsgMyB4IDEgcykgKyBhIHJvdW5kICgxNSBzKVxuICAgIGNvbnN0IGRlY295ID0gYXdhaXQgb3BlbldpdGhTZXNzaW9uKHAsIDFfMDAwbiwgMzAwMG4pO1xuICAgIGF3YWl0IHN0b3JlUGF5bWVudChwLCBmYXJ0aGVyLCBFVEggLyAxMG4pO1xuICAgIGF3YWl0IHN0b3JlUGF5bWVudChwLCBmYXIsIEVUSCAvIDEwMG4pO1xuICAgIGF3YWl0IHN0b3JlUGF5bWVudChwLCBkdWUsIEVUSCAvIDEwMDBuKTtcbiAgICBhd2FpdCBzdG9yZVBheW1lbnQocCwgZGVjb3ksIDFuKTtcbiAgICBjb25zdCBjb2xsZWN0b3IgPSBjb2xsZWN0b3JGb3IocCk7XG4gICAgYXdhaXQgYW52aWwuc2V0QXV0b21pbmUoZmFsc2UpO1xuXG4gICAgYXdhaXQgY29sbGVjdG9yLnN3ZWVwKCk7XG4gICAgY29uc3Qgc2VudCA9IGNvbGxlY3Rvci5yZWNvcmRzLmFsbFNlbmRzKCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChzZW50Lm1hcCgocykgPT4gcy5jaGFubmVsSWQpLCBbZHVlLmNoYW5uZWxJZCwgZmFyLmNoYW5uZWxJZCwgZmFydGhlci5jaGFubmVsSWRdKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHNlbnQubWFwKChzKSA9PiBzLm5vbmNlIC0gc2VudFswXSEubm9uY2UpLCBbMCwgMSwgMl0pO1xuXG4gICAgYXdhaXQgYW52aWwubWluZSh7IGJsb2NrczogMSB9KTtcbiAgICBhd2FpdCBjb2xsZWN0b3Iuc3dlZXAoKTtcbiAgICBjb25zdCBtaW5lZCA9IGNvbGxlY3Rvci5yZWNvcmRzLmFsbFNlbmRzKCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChtaW5lZC5tYXAoKHMpID0+IHMuc3RhdHVzKSwgWydtaW5lZCcsICdtaW5lZCcsICdtaW5lZCddKTtcbiAgICBhc3NlcnQuZXF1YWwobmV3IFNldChtaW5lZC5tYXAoKHMpID0+IHMubWluZWRCbG9jaykpLnNpemUsIDEsICdhbGwgdGhyZWUgaW4gb25lIGJsb2NrJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChbYXdhaXQgY29sbGVjdGVkT24ocCwgZHVlLmxhbmUpLCBhd2FpdCBjb2xsZWN0ZWRPbihwLCBmYXIubGFuZSksIGF3YWl0IGNvbGxlY3RlZE9uKHAsIGZhcnRoZXIubGFuZSksIGF3YWl0IGNvbGxlY3RlZE9uKHAsIGRlY295LmxhbmUpXSwgW0VUSCAvIDEwMDBuLCBFVEggLyAxMDBuLCBFVEggLyAxMG4sIDBuXSk7XG4gICAgYXdhaXQgY29sbGVjdG9yLnN0b3AoKTtcbiAgICBwLnN0b3JlLmNsb3NlKCk7XG4gIH0pO1xuXG4gIGl0KCdyZXBsYWNlcyBhIHN0dWNrIGNvbGxlY3QgYXQgZmVlcyByYWlzZWQgYnkgYXQgbGVhc3QgMTIuNSAlLCB3aGlsZSBhIGxhdGVyIGNvbGxlY3Qgc3RpbGwgZ29lcyBvdXQnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgcCA9IHBhcnR5KDMpO1xuICAgIGNvbnN0IHN0dWNrID0gYXdhaXQgb3BlbldpdGhTZXNzaW9uKHAsIEVUSCwgMzYwMG4pO1xuICAgIGNvbnN0IGxhdGVyID0gYXdhaXQgb3BlbldpdGhTZXNzaW9uKHAsIEVUSCwgMzYwMG4pO1xuICAgIGF3YWl0IHN0b3JlUGF5bWVudChwLCBzdHVjaywgRVRIIC8gMTBuKTtcbiAgICBjb25zdCBjb2xsZWN0b3IgPSBjb2xsZWN0b3JGb3IocCwgeyBidW1wQWZ0ZXJCbG9ja3M6IDIgfSk7XG4gICAgYXdhaXQgYW52aWwuc2V0QXV0b21pbmUoZmFsc2UpO1xuICAgIGF3YWl0IGNvbGxlY3Rvci5zd2VlcCgpO1xuICAgIGNvbnN0IFtmaXJzdF0gPSBjb2xsZWN0b3IucmVjb3Jkcy5hbGxTZW5kcygpO1xuICAgIC8vIFRoZSBiYXNlIGZlZSBqdW1wcyBhYm92ZSB3aGF0IHRoZSBjb2xsZWN0IG9mZmVyZWQ6IGl0IHNpdHMgaW4gdGhlIHBvb2wsIHVubWluZWQuXG4gICAgYXdhaXQgYW52aWwucmVxdWVzdCh7IG1ldGhvZDogJ2FudmlsX3NldE5leHRCbG9ja0Jhc2VGZWVQZXJHYXMnLCBwYXJhbXM6IFtgMHgke3BhcnNlR3dlaSgnMTAwJykudG9TdHJpbmcoMTYpfWBdIH0gYXMgbmV2ZXIpO1xuICAgIGF3YWl0IGFudmlsLm1pbmUoeyBibG9ja3M6IDEgfSk7XG4gICAgYXdhaXQgc3RvcmVQYXltZW50KHAsIGxhdGVyLCBFVEggLyAyMG4pO1xuICAgIGF3YWl0IGNvbGxlY3Rvci5zd2VlcCgpO1xuICAgIGNvbnN0IGFmdGVyT25lID0gY29sbGVjdG9yLnJlY29yZHMuYWxsU2VuZHMoKTtcbiAgICBhc3NlcnQuZXF1YWwoYWZ0ZXJPbmUuZmluZCgocykgPT4gcy5pZCA9PT0gZmlyc3QhLmlkKSEuc3RhdHVzLCAnc2VudCcsICdub3QgbWluZWQsIG5vdCBidW1wZWQgeWV0Jyk7XG4gICAgY29uc3QgbGF0ZXJTZW5kID0gYWZ0ZXJPbmUuZmluZCgocykgPT4gcy5jaGFubmVsSWQgPT09IGxhdGVyLmNoYW5uZWxJZCkhO1xuICAgIGFzc2VydC5lcXVhbChsYXRlclNlbmQubm9uY2UsIGZpcnN0IS5ub25jZSArIDEsICd0aGUgbGF0ZXIgY29sbGVjdCB3ZW50IG91dCB3aXRob3V0IHdhaXRpbmcgZm9yIHRoZSBzdHVjayBvbmUnKTtcblxuICAgIGF3YWl0IGFudmlsLm1pbmUoeyBibG9ja3M6IDEgfSk7XG4gICAgYXdhaXQgY29sbGVjdG9yLnN3ZWVwKCk7IC8vIHR3byBibG9ja3MgdW5taW5lZDogcmVwbGFjZWRcbiAgICBjb25zdCByZXBsYWNlbWVudCA9IGNvbGxlY3Rvci5yZWNvcmRzLnNlbmRzT2Yoc3R1Y2suY2hhbm5lbElkKVsxXSE7XG4gICAgYXNzZXJ0LmVxdWFsKHJlcGxhY2VtZW50Lm5vbmNlLCBmaXJzdCEubm9uY2UpO1xuICAgIGFzc2VydC5vayhmaXJzdCEuZmVlcy5raW5kID09PSAnZWlwMTU1OScgJiYgcmVwbGFjZW1lbnQuZmVlcy5raW5kID09PSAnZWlwMTU1OScpO1xuICAgIGFzc2VydC5vayhyZXBsYWNlbWVudC5mZWVzLm1heEZlZVBlckdhcyAqIDEwMDBuID49IGZpcnN0IS5mZWVzLm1heEZlZVBlckdhcyAqIDExMjVuKTtcbiAgICBhc3NlcnQub2socmVwbGFjZW1lbnQuZmVlcy5tYXhQcmlvcml0eUZlZVBlckdhcyAqIDEwMDBuID49IGZpcnN0IS5mZWVzLm1heFByaW9yaXR5RmVlUGVyR2FzICogMTEyNW4pO1xuXG4gICAgYXdhaXQgYW52aWwubWluZSh7IGJsb2NrczogMSB9KTtcbiAgICBhd2FpdCBjb2xsZWN0b3Iuc3dlZXAoKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGNvbGxlY3Rvci5yZWNvcmRzLnNlbmRzT2Yoc3R1Y2suY2hhbm5lbElkKS5tYXAoKHMpID0+IHMuc3RhdHVzKSwgWydyZXBsYWNlZCcsICdtaW5lZCddKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKFthd2FpdCBjb2xsZWN0ZWRPbihwLCBzdHVjay5sYW5lKSwgYXdhaXQgY29sbGVjdGVkT24ocCwgbGF0ZXIubGFuZSldLCBbRVRIIC8gMTBuLCBFVEggLyAyMG5dKTtcbiAgICBhd2FpdCBjb2xsZWN0b3Iuc3RvcCgpO1xuICAgIHAuc3RvcmUuY2xvc2UoKTtcbiAgfSk7XG5cbiAgaXQoJ3N0b3JlcyBldmVyeSBjb2xsZWN0IGJlZm9yZSBicm9hZGNhc3RpbmcgaXQsIGFuZCByZS1zZW5kcyB0aGUgc3RvcmVkIGJ5dGVzIGFmdGVyIGEgcmVzdGFydCcsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBwID0gcGFydHkoNCk7XG4gICAgY29uc3QgY2hhbm5lbCA9IGF3YWl0IG9wZW5XaXRoU2Vzc2lvbihwLCBFVEgsIDM2MDBuKTtcbiAgICBhd2FpdCBzdG9yZVBheW1lbnQocCwgY2hhbm5lbCwgRVRIIC8gMTBuKTtcbiAgICAvLyBXYXRjaGVzIHRoZSBicm9hZGNhc3Q6IHRoZSB0cmFuc2FjdGlvbiBtdXN0IGFscmVhZHkgYmUgaW4gdGhlIHN0b3JlIHdoZW4gaXQgbGVhdmVzLlxuICAgIGNvbnN0IHN0b3JlZEF0QnJvYWRjYXN0OiBib29sZWFuW10gPSBbXTtcbiAgICBjb25zdCB3YXRjaGVkOiBDaGFpbkNsaWVudCA9IHtcbiAgICAgIC4uLnAuZXhlY3V0b3IsXG4gICAgICBwdWJsaWM6IG5ldyBQcm94eShwLmV4ZWN1dG9yLnB1YmxpYywge1xuICAgICAgICBnZXQodGFyZ2V0LCBwcm9wZXJ0eSwgcmVjZWl2ZXIpIHtcbiAgICAgICAgICBpZiAocHJvcGVydHkgIT09ICdzZW5kUmF3VHJhbnNhY3Rpb24nKSByZXR1cm4gUmVmbGVjdC5nZXQodGFyZ2V0LCBwcm9wZXJ0eSwgcmVjZWl2ZXIpIGFzIHVua25vd247XG4gICAgICAgICAgcmV0dXJuIChhcmdzOiB7IHNlcmlhbGl6ZWRUcmFuc2FjdGlvbjogSGV4IH0pID0+IHtcbiAgICAgICAgICAgIHN0b3JlZEF0QnJvYWRjYXN0LnB1c2gocC5zdG9yZS5kYi5wcmVwYXJlKCdTRUxFQ1QgMSBGUk9NIGNvbGxlY3Rfc2VuZHMgV0hFUkUgcmF3ID0gPycpLmdldChhcmdzLnNlcmlhbGl6ZWRUcmFuc2FjdGlvbikgIT09IHVuZGVmaW5lZCk7XG4gICAgICAgICAgICByZXR1cm4gdGFyZ2V0LnNlbmRSYXdUcmFuc2FjdGlvbihhcmdzKTtcbiAgICAgICAgICB9O1xuICAgICAgICB9LFxuICAgICAgfSksXG4gICAgfTtcbiAgICBjb25zdCBmaXJzdCA9IGNvbGxlY3RvckZvcihwLCB7IGNoYWluOiB3YXRjaGVkIH0pO1xuICAgIGF3YWl0IGFudmlsLnNldEF1dG9taW5lKGZhbHNlKTtcbiAgICBhd2FpdCBmaXJzdC5zd2VlcCgpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoc3RvcmVkQXRCcm9hZGNhc3QsIFt0cnVlXSk7XG4gICAgY29uc3QgW3NlbnRdID0gZmlyc3QucmVjb3Jkcy5hbGxTZW5kcygpO1xuICAgIC8vIFRoZSBleGVjdXRvciBkaWVzIGFuZCBpdHMgbm9kZSBmb3JnZXRzIHRoZSBwb29sOyB0aGUgc3RvcmUgaXMgcmVvcGVuZWQgYnkgYSBuZXcgY29sbGVjdG9yLlxuICAgIGF3YWl0IGZpcnN0LnN0b3AoKTtcbiAgICBwLnN0b3JlLmNsb3NlKCk7XG4gICAgYXdhaXQgYW52aWwucmVxdWVzdCh7IG1ldGhvZDogJ2FudmlsX2Ryb3BBbGxUcmFuc2FjdGlvbnMnLCBwYXJhbXM6IFtdIH0gYXMgbmV2ZXIpO1xuICAgIGNvbnN0IHN0b3JlID0gbmV3IEV4ZWN1dG9yU3RvcmUocC5wYXRoKTtcbiAgICBjb25zdCByZXN0YXJ0ZWQgPSBjb2xsZWN0b3JGb3IoeyAuLi5wLCBzdG9yZSB9KTtcbiAgICBhd2FpdCByZXN0YXJ0ZWQuc3dlZXAoKTtcbiAgICBhd2FpdCBhbnZpbC5taW5lKHsgYmxvY2tzOiAxIH0pO1xuICAgIGF3YWl0IHJlc3RhcnRlZC5zd2VlcCgpO1xuICAgIGNvbnN0IHNlbmRzID0gcmVzdGFydGVkLnJlY29yZHMuYWxsU2VuZHMoKTtcbiAgICBhc3NlcnQuZXF1YWwoc2VuZHMubGVuZ3RoLCAxLCAndGhlIHN0b3JlZCB0cmFuc2FjdGlvbiB3YXMgcmUtc2VudCwgbm90IGEgbmV3IG9uZScpO1xuICAgIGFzc2VydC5lcXVhbChzZW5kc1swXSEudHhIYXNoLCBzZW50IS50eEhhc2gpO1xuICAgIGFzc2VydC5lcXVhbChzZW5kc1swXSEuc3RhdHVzLCAnbWluZWQnKTtcbiAgICBhc3NlcnQuZXF1YWwoYXdhaXQgY29sbGVjdGVkT24ocCwgY2hhbm5lbC5sYW5lKSwgRVRIIC8gMTBuKTtcbiAgICBhd2FpdCByZXN0YXJ0ZWQuc3RvcCgpO1xuICAgIHN0b3JlLmNsb3NlKCk7XG4gIH0pO1xuXG4gIGl0KCdzZW5kcyBhZ2FpbiBhIGNvbGxlY3QgdGhhdCBhIHJlb3JnIHJlbW92ZWQsIGFuZCBjb25maXJtcyBpdCBvbmNlIGRlZXAgZW5vdWdoJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBwYXJ0eSg1KTtcbiAgICBjb25zdCBjaGFubmVsID0gYXdhaXQgb3BlbldpdGhTZXNzaW9uKHAsIEVUSCwgMzYwMG4pO1xuICAgIGF3YWl0IHN0b3JlUGF5bWVudChwLCBjaGFubmVsLCBFVEggLyAxMG4pO1xuICAgIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICAgIGNvbnN0IGNvbGxlY3RvciA9IGNvbGxlY3RvckZvcihwLCB7IGxvZzogKGxpbmUpID0+IGxpbmVzLnB1c2gobGluZSkgfSk7XG4gICAgYXdhaXQgY29sbGVjdG9yLnN3ZWVwKCk7IC8vIHNlbnQgYW5kIChhdXRvbWluZSkgbWluZWQgYXQgb25jZVxuICAgIGF3YWl0IGNvbGxlY3Rvci5zd2VlcCgpOyAvLyBzZWVuIG1pbmVkXG4gICAgYXNzZXJ0LmVxdWFsKGNvbGxlY3Rvci5yZWNvcmRzLmFsbFNlbmRzKClbMF0hLnN0YXR1cywgJ21pbmVkJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGF3YWl0IGNvbGxlY3RlZE9uKHAsIGNoYW5uZWwubGFuZSksIEVUSCAvIDEwbik7XG5cbiAgICBhd2FpdCBhbnZpbC5yZXF1ZXN0KHsgbWV0aG9kOiAnYW52aWxfcmVvcmcnLCBwYXJhbXM6IFsxLCBbXV0gfSBhcyBuZXZlcik7XG4gICAgYXNzZXJ0LmVxdWFsKGF3YWl0IGNvbGxlY3RlZE9uKHAsIGNoYW5uZWwubGFuZSksIDBuLCAndGhlIHJlb3JnIHRvb2sgdGhlIGNvbGxlY3QgYXdheScpO1xuICAgIGF3YWl0IGNvbGxlY3Rvci5zd2VlcCgpOyAvLyBub3RpY2VzLCByZS1zZW5kcyB0aGUgc3RvcmVkIHRyYW5zYWN0aW9uIChtaW5lZCBhdCBvbmNlKVxuICAgIGFzc2VydC5vayhsaW5lcy5zb21lKChsaW5lKSA9PiBsaW5lLmluY2x1ZGVzKCdyZW9yZycpKSwgbGluZXMuam9pbignXFxuJykpO1xuICAgIGF3YWl0IGNvbGxlY3Rvci5zd2VlcCgpO1xuICAgIGFzc2VydC5lcXVhbChhd2FpdCBjb2xsZWN0ZWRPbihwLCBjaGFubmVsLmxhbmUpLCBFVEggLyAxMG4pO1xuICAgIGF3YWl0IGFudmlsLm1pbmUoeyBibG9ja3M6IDMgfSk7XG4gICAgYXdhaXQgY29sbGVjdG9yLnN3ZWVwKCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChjb2xsZWN0b3IucmVjb3Jkcy5hbGxTZW5kcygpLm1hcCgocykgPT4gcy5zdGF0dXMpLCBbJ2NvbmZpcm1lZCddKTtcbiAgICBhc3NlcnQuZXF1YWwocC5zdG9yZS51bmNvbGxlY3RlZENoYW5uZWxzKCkubGVuZ3RoLCAwKTtcbiAgICBhd2FpdCBjb2xsZWN0b3Iuc3RvcCgpO1xuICAgIHAuc3RvcmUuY2xvc2UoKTtcbiAgfSk7XG5cbiAgaXQoJ2dpdmVzIGV4cGlyZWQgYW5kIHJlZnVuZGVkIGNoYW5uZWxzIGEgdGVybWluYWwgc3RhdGUgaW5zdGVhZCBvZiByZXRyeWluZyB0aGVtLCBhbmQgc3RpbGwgY29sbGVjdHMgbGl2ZSBvbmVzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBwYXJ0eSg2KTtcbiAgICBjb25zdCBleHBpcmluZyA9IGF3YWl0IG9wZW5XaXRoU2Vzc2lvbihwLCBFVEgsIDEwMG4pO1xuICAgIGNvbnN0IHJlZnVuZGVkID0gYXdhaXQgb3BlbldpdGhTZXNzaW9uKHAsIEVUSCwgMTAwbik7XG4gICAgY29uc3QgY2hlYXAgPSBhd2FpdCBvcGVuV2l0aFNlc3Npb24ocCwgMV8wMDBuLCAxMDBuKTtcbiAgICBjb25zdCBsaXZlID0gYXdhaXQgb3BlbldpdGhTZXNzaW9uKHAsIEVUSCwgMzYwMG4pO1xuICAgIGNvbnN0IGNvbGxlY3RvciA9IGNvbGxlY3RvckZvcihwKTtcbiAgICBhd2FpdCBzdG9yZVBheW1lbnQocCwgY2hlYXAsIDFuKTtcbiAgICBhd2FpdCBjb2xsZWN0b3Iuc3dlZXAoKTsgLy8gdGhlIDEtd2VpIHBheW1lbnQgaXMgbGVmdCBhbG9uZSAobm90IHdvcnRoIGl0cyBnYXMpXG4gICAgYXdhaXQgc3RvcmVQYXltZW50KHAsIGV4cGlyaW5nLCBFVEggLyAxMG4pO1xuICAgIGF3YWl0IHN0b3JlUGF5bWVudChwLCByZWZ1bmRlZCwgRVRIIC8gMTBuKTtcbiAgICBhd2FpdCBzdG9yZVBheW1lbnQocCwgbGl2ZSwgRVRIIC8gMTBuKTtcbiAgICAvLyBUaGUgZXhlY3V0b3Igd2FzIGRvd24gdW50aWwgYWZ0ZXIgYm90aCBleHBpcmVkOyB0aGUgcmVxdWVzdGVyIHJlZnVuZGVkIG9uZS5cbiAgICBhd2FpdCBpbmNyZWFzZVRpbWUoZGV2bmV0LCAxNTApO1xuICAgIGF3YWl0IHJlZnVuZENoYW5uZWwocC5yZXF1ZXN0ZXIsIHsgcmVmOiB7IHJlcXVlc3RlcjogcC5yZXF1ZXN0ZXIuYWNjb3VudC5hZGRyZXNzLCBleGVjdXRvcjogcC5leGVjdXRvci5hY2NvdW50LmFkZHJlc3MsIHRva2VuOiB6ZXJvQWRkcmVzcywgbGFuZTogcmVmdW5kZWQubGFuZSB9IH0pO1xuICAgIGF3YWl0IGNvbGxlY3Rvci5zd2VlcCgpO1xuICAgIGF3YWl0IGNvbGxlY3Rvci5zd2VlcCgpO1xuICAgIGFzc2VydC5lcXVhbChjb2xsZWN0b3IucmVjb3Jkcy50ZXJtaW5hbChleHBpcmluZy5jaGFubmVsSWQpPy5zdGF0ZSwgJ2V4cGlyZWQnKTtcbiAgICBhc3NlcnQuZXF1YWwoY29sbGVjdG9yLnJlY29yZHMudGVybWluYWwocmVmdW5kZWQuY2hhbm5lbElkKT8uc3RhdGUsICdjbG9zZWQnKTtcbiAgICBhc3NlcnQuZXF1YWwoY29sbGVjdG9yLnJlY29yZHMudGVybWluYWwoY2hlYXAuY2hhbm5lbElkKT8uc3RhdGUsICd1bmVjb25vbWljJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChjb2xsZWN0b3IucmVjb3Jkcy5hbGxTZW5kcygpLm1hcCgocykgPT4gW3MuY2hhbm5lbElkLCBzLnN0YXR1c10pLCBbW2xpdmUuY2hhbm5lbElkLCAnbWluZWQnXV0pO1xuICAgIC8vIExhdGVyIHBhc3NlcyBsZWF2ZSB0aGVtIGFsb25lLlxuICAgIGF3YWl0IGFudmlsLm1pbmUoeyBibG9ja3M6IDIgfSk7XG4gICAgYXdhaXQgY29sbGVjdG9yLnN3ZWVwKCk7XG4gICAgYXNzZXJ0LmVxdWFsKGNvbGxlY3Rvci5yZWNvcmRzLmFsbFNlbmRzKCkubGVuZ3RoLCAxKTtcbiAgICBhd2FpdCBjb2xsZWN0b3Iuc3RvcCgpO1xuICAgIHAuc3RvcmUuY2xvc2UoKTtcbiAgfSk7XG5cbiAgaXQoJ3JlLXN5bmNzIGl0cyBub25jZSB3aGVuIGFub3RoZXIgdHJhbnNhY3Rpb24gb2YgdGhlIGFjY291bnQgdG9vayBpdCwgYW5kIHJlLXBsYW5zIGEgY29sbGVjdCB3aG9zZSBub25jZSB3YXMgdGFrZW4nLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgcCA9IHBhcnR5KDgpO1xuICAgIGNvbnN0IGZpcnN0ID0gYXdhaXQgb3BlbldpdGhTZXNzaW9uKHAsIEVUSCwgMzYwMG4pO1xuICAgIGNvbnN0IHNlY29uZCA9IGF3YWl0IG9wZW5XaXRoU2Vzc2lvbihwLCBFVEgsIDM2MDBuKTtcbiAgICBjb25zdCB0aGlyZCA9IGF3YWl0IG9wZW5XaXRoU2Vzc2lvbihwLCBFVEgsIDM2MDBuKTtcbiAgICBjb25zdCBjb2xsZWN0b3IgPSBjb2xsZWN0b3JGb3IocCk7XG4gICAgY29uc3Qgb3V0c2lkZSA9IGFzeW5jIChub25jZT86IG51bWJlcikgPT4gcC5leGVjdXRvci53YWxsZXQuc2VuZFRyYW5zYWN0aW9uKHsgdG86IHAuZXhlY3V0b3IuYWNjb3VudC5hZGRyZXNzLCB2YWx1ZTogMG4sIC4uLihub25jZSA9PT0gdW5kZWZpbmVkID8ge30gOiB7IG5vbmNlLCBtYXhGZWVQZXJHYXM6IHBhcnNlR3dlaSgnNTAwJyksIG1heFByaW9yaXR5RmVlUGVyR2FzOiBwYXJzZUd3ZWkoJzEwMCcpIH0pIH0pO1xuICAgIGF3YWl0IHN0b3JlUGF5bWVudChwLCBmaXJzdCwgRVRIIC8gMTBuKTtcbiAgICBhd2FpdCBjb2xsZWN0b3Iuc3dlZXAoKTsgLy8gbm9uY2UgbiwgbWluZWQgYXQgb25jZVxuICAgIGF3YWl0IG91dHNpZGUoKTsgLy8gdGhlIG9wZXJhdG9yJ3Mgd2FsbGV0IHNlbmRzIGZyb20gdGhlIHNhbWUgYWNjb3VudDogbm9uY2UgbiArIDFcbiAgICBhd2FpdCBzdG9yZVBheW1lbnQocCwgc2Vjb25kLCBFVEggLyAxMG4pO1xuICAgIGF3YWl0IGNvbGxlY3Rvci5zd2VlcCgpOyAvLyB0aGUgcGVuZGluZyBub25jZSBpcyByZWFkIGFnYWluOiBuICsgMiwgbm90IHRoZSBzdGFsZSBuICsgMVxuICAgIGNvbnN0IFtmaXJzdFNlbmRdID0gY29sbGVjdG9yLnJlY29yZHMuc2VuZHNPZihmaXJzdC5jaGFubmVsSWQpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoY29sbGVjdG9yLnJlY29yZHMuc2VuZHNPZihzZWNvbmQuY2hhbm5lbElkKS5tYXAoKHMpID0+IFtzLm5vbmNlLCBzLnN0YXR1cyA9PT0gJ3JlamVjdGVkJ10pLCBbW2ZpcnN0U2VuZCEubm9uY2UgKyAyLCBmYWxzZV1dKTtcbiAgICBhd2FpdCBjb2xsZWN0b3Iuc3dlZXAoKTtcbiAgICBhc3NlcnQuZXF1YWwoYXdhaXQgY29sbGVjdGVkT24ocCwgc2Vjb25kLmxhbmUpLCBFVEggLyAxMG4pO1xuXG4gICAgLy8gQSBjb2xsZWN0IGluIHRoZSBwb29sIGxvc2VzIGl0cyBub25jZSB0byBhbm90aGVyIHRyYW5zYWN0aW9uIChhIHJlcGxhY2VtZW50IHNlbnQgYnkgc29tZW9uZSBlbHNlIHdpdGggdGhlIGtleSkuXG4gICAgYXdhaXQgYW52aWwuc2V0QXV0b21pbmUoZmFsc2UpO1xuICAgIGF3YWl0IHN0b3JlUGF5bWVudChwLCB0aGlyZCwgRVRIIC8gMTBuKTtcbiAgICBhd2FpdCBjb2xsZWN0b3Iuc3dlZXAoKTtcbiAgICBjb25zdCBbdGFrZW5dID0gY29sbGVjdG9yLnJlY29yZHMuc2VuZHNPZih0aGlyZC5jaGFubmVsSWQpO1xuICAgIGF3YWl0IG91dHNpZGUodGFrZW4hLm5vbmNlKTtcbiAgICBhd2FpdCBhbnZpbC5taW5lKHsgYmxvY2tzOiAxIH0pO1xuICAgIGF3YWl0IGNvbGxlY3Rvci5zd2VlcCgpOyAvLyBubyByZWNlaXB0LCBub25jZSB1c2VkOiBkcm9wcGVkLCBhbmQgdGhlIGNoYW5uZWwgaXMgcGxhbm5lZCBhZ2FpblxuICAgIGF3YWl0IGFudmlsLm1pbmUoeyBibG9ja3M6IDEgfSk7XG4gICAgYXdhaXQgY29sbGVjdG9yLnN3ZWVwKCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChjb2xsZWN0b3IucmVjb3Jkcy5zZW5kc09mKHRoaXJkLmNoYW5uZWxJZCkubWFwKChzKSA9PiBzLnN0YXR1cyksIFsnZHJvcHBlZCcsICdtaW5lZCddKTtcbiAgICBhc3NlcnQuZXF1YWwoYXdhaXQgY29sbGVjdGVkT24ocCwgdGhpcmQubGFuZSksIEVUSCAvIDEwbik7XG4gICAgYXdhaXQgY29sbGVjdG9yLnN0b3AoKTtcbiAgICBwLnN0b3JlLmNsb3NlKCk7XG4gIH0pO1xuXG4gIGl0KCdjb2xsZWN0cyBhdCBvbmNlIGFmdGVyIHRoZSBvcGVyYXRvciByZWxlYXNlZCB0aGUgY2hhbm5lbCBmcm9tIHRoZSBzYW1lIGFjY291bnQsIHdpdGggbm8gbmV3IGJsb2NrIHRvIHdha2UgaXQnLCBhc3luYyAoKSA9PiB7XG4gICAgLy8gVGhlIGJlbmNoJ3Mgc2V0dGxlIHN0ZXA6IGNvbGxlY3QsIHJlbGVhc2UgdGhlIGxhbmUgZnJvbSB0aGUgZXhlY3V0b3IncyBhY2NvdW50IChhIG5vbmNlIHRoZVxuICAgIC8vIGNvbGxlY3RvciBkaWQgbm90IHNlbmQpLCByZW9wZW4gdGhlIGxhbmUsIGNvbGxlY3QgYWdhaW4uIFRoZSBjaGFpbiBtaW5lcyBvbmx5IG9uIHRyYW5zYWN0aW9ucyxcbiAgICAvLyBzbyBhIGNvbGxlY3QgcmVmdXNlZCBmb3IgaXRzIG5vbmNlIHdvdWxkIHdhaXQgZm9yIGEgYmxvY2sgdGhhdCBuZXZlciBjb21lcy5cbiAgICBjb25zdCBwID0gcGFydHkoNyk7XG4gICAgY29uc3QgY29sbGVjdG9yID0gY29sbGVjdG9yRm9yKHApO1xuICAgIGNvbnN0IHJlZiA9IChsYW5lOiBiaWdpbnQpID0+ICh7IHJlcXVlc3RlcjogcC5yZXF1ZXN0ZXIuYWNjb3VudC5hZGRyZXNzLCBleGVjdXRvcjogcC5leGVjdXRvci5hY2NvdW50LmFkZHJlc3MsIHRva2VuOiB6ZXJvQWRkcmVzcywgbGFuZSB9KTtcbiAgICBjb25zdCB3YXJtVXAgPSBhd2FpdCBvcGVuV2l0aFNlc3Npb24ocCwgRVRILCAzNjAwbik7XG4gICAgYXdhaXQgc3RvcmVQYXltZW50KHAsIHdhcm1VcCwgRVRIIC8gMTBuKTtcbiAgICBhd2FpdCBjb2xsZWN0b3IuY29sbGVjdENoYW5uZWwod2FybVVwLmNoYW5uZWxJZCk7XG4gICAgYXdhaXQgd2FpdFVudGlsKGFzeW5jICgpID0+IChhd2FpdCBjb2xsZWN0ZWRPbihwLCB3YXJtVXAubGFuZSkpID09PSBFVEggLyAxMG4sICd0aGUgZmlyc3QgY29sbGVjdCcpO1xuICAgIGF3YWl0IHJlbGVhc2VDaGFubmVsKHAuZXhlY3V0b3IsIHsgcmVmOiByZWYod2FybVVwLmxhbmUpIH0pO1xuICAgIGNvbnN0IG1lYXN1cmVkID0gYXdhaXQgb3BlbldpdGhTZXNzaW9uKHAsIEVUSCwgMzYwMG4sIHdhcm1VcC5sYW5lKTtcbiAgICBhc3NlcnQubm90RXF1YWwobWVhc3VyZWQuY2hhbm5lbElkLCB3YXJtVXAuY2hhbm5lbElkKTtcbiAgICBhd2FpdCBzdG9yZVBheW1lbnQocCwgbWVhc3VyZWQsIEVUSCAvIDIwbik7XG4gICAgYXdhaXQgY29sbGVjdG9yLmNvbGxlY3RDaGFubmVsKG1lYXN1cmVkLmNoYW5uZWxJZCk7IC8vIG9uZSBwYXNzLCBhcyB3aGVuIGEgc2Vzc2lvbiBlbmRzXG4gICAgYXNzZXJ0LmRlZXBFcXVhbChjb2xsZWN0b3IucmVjb3Jkcy5zZW5kc09mKG1lYXN1cmVkLmNoYW5uZWxJZCkubWFwKChzKSA9PiBzLnN0YXR1cyA9PT0gJ3JlamVjdGVkJyksIFtmYWxzZV0sICd0aGUgY29sbGVjdCB3ZW50IG91dCBpbiB0aGF0IHBhc3MnKTtcbiAgICBhd2FpdCB3YWl0VW50aWwoYXN5bmMgKCkgPT4gKGF3YWl0IGNvbGxlY3RlZE9uKHAsIG1lYXN1cmVkLmxhbmUpKSA9PT0gRVRIIC8gMjBuLCAndGhlIGNvbGxlY3Qgb24gdGhlIHJlb3BlbmVkIGxhbmUnKTtcblxuICAgIC8vIFRoZSBvcGVyYXRvcidzIHRyYW5zYWN0aW9uIHN0aWxsIGluIHRoZSBwb29sIGhvbGRzIHRoZSBuZXh0IG5vbmNlOiB0aGUgY29sbGVjdCBtdXN0IG5vdCByZXBsYWNlIGl0LlxuICAgIGNvbnN0IHBvb2xlZCA9IGF3YWl0IG9wZW5XaXRoU2Vzc2lvbihwLCBFVEgsIDM2MDBuKTtcbiAgICBhd2FpdCBzdG9yZVBheW1lbnQocCwgcG9vbGVkLCBFVEggLyAxMG4pO1xuICAgIGF3YWl0IGFudmlsLnNldEF1dG9taW5lKGZhbHNlKTtcbiAgICBjb25zdCBvcGVyYXRvclR4ID0gYXdhaXQgcC5leGVjdXRvci53YWxsZXQuc2VuZFRyYW5zYWN0aW9uKHsgdG86IHAuZXhlY3V0b3IuYWNjb3VudC5hZGRyZXNzLCB2YWx1ZTogMG4gfSk7XG4gICAgY29uc3Qgb3BlcmF0b3JOb25jZSA9IChhd2FpdCBwLmV4ZWN1dG9yLnB1YmxpYy5nZXRUcmFuc2FjdGlvbih7IGhhc2g6IG9wZXJhdG9yVHggfSkpLm5vbmNlO1xuICAgIGF3YWl0IGNvbGxlY3Rvci5jb2xsZWN0Q2hhbm5lbChwb29sZWQuY2hhbm5lbElkKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGNvbGxlY3Rvci5yZWNvcmRzLnNlbmRzT2YocG9vbGVkLmNoYW5uZWxJZCkubWFwKChzKSA9PiBbcy5ub25jZSwgcy5zdGF0dXNdKSwgW1tvcGVyYXRvck5vbmNlICsgMSwgJ3NlbnQnXV0pO1xuICAgIGF3YWl0IGFudmlsLm1pbmUoeyBibG9ja3M6IDEgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKChhd2FpdCBwLmV4ZWN1dG9yLnB1YmxpYy5nZXRUcmFuc2FjdGlvblJlY2VpcHQoeyBoYXNoOiBvcGVyYXRvclR4IH0pKS5zdGF0dXMsICdzdWNjZXNzJyk7XG4gICAgYXdhaXQgY29sbGVjdG9yLnN3ZWVwKCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChjb2xsZWN0b3IucmVjb3Jkcy5zZW5kc09mKHBvb2xlZC5jaGFubmVsSWQpLm1hcCgocykgPT4gcy5zdGF0dXMpLCBbJ21pbmVkJ10pO1xuICAgIGFzc2VydC5lcXVhbChhd2FpdCBjb2xsZWN0ZWRPbihwLCBwb29sZWQubGFuZSksIEVUSCAvIDEwbik7XG4gICAgYXdhaXQgY29sbGVjdG9yLnN0b3AoKTtcbiAgICBwLnN0b3JlLmNsb3NlKCk7XG4gIH0pO1xuXG4gIGl0KCdtZWFzdXJlcyB0aGUgY2hhaW5cXCdzIGJsb2NrIHRpbWUgZnJvbSByZWNlbnQgYmxvY2tzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHAgPSBwYXJ0eSg5KTtcbiAgICBhd2FpdCBhbnZpbC5taW5lKHsgYmxvY2tzOiAyMCwgaW50ZXJ2YWw6IDEyIH0pO1xuICAgIGNvbnN0IGNvbGxlY3RvciA9IG5ldyBDb2xsZWN0b3IoeyBjaGFpbjogcC5leGVjdXRvciwgc3RvcmU6IHAuc3RvcmUsIGFjdGl2ZUNoYW5uZWxzOiBuZXcgU2V0KCksIHNhZmV0eVNlY29uZHM6IDYwbiwgaW50ZXJ2YWxNczogNjBfMDAwLCBlbmFibGVkOiB0cnVlLCBsb2c6ICgpID0+IHVuZGVmaW5lZCB9KTtcbiAgICBhd2FpdCBjb2xsZWN0b3Iuc3dlZXAoKTtcbiAgICAvLyBBIHNwYW4gb2YgaGVhZHMgbWF5IGluY2x1ZGUgdGhlIHByZXZpb3VzIHRlc3QncyBsYXN0IChzaG9ydGVyIG9yIGxvbmdlcikgaW50ZXJ2YWwuXG4gICAgY29uc3QgbWVhc3VyZWQgPSBjb2xsZWN0b3IuYmxvY2tUaW1lU2Vjb25kcygpO1xuICAgIGFzc2VydC5vayhNYXRoLmFicyhtZWFzdXJlZCAtIDEyKSA8IDAuNSwgYG1lYXN1cmVkICR7bWVhc3VyZWR9IHMgcGVyIGJsb2NrYCk7XG4gICAgYXNzZXJ0LmVxdWFsKGNvbGxlY3Rvci50aW1pbmcoKSEubGVhZFNlY29uZHMsIDYwbiArIEJpZ0ludChNYXRoLmNlaWwobWVhc3VyZWQpKSAqIDNuKTtcbiAgICBhd2FpdCBjb2xsZWN0b3Iuc3RvcCgpO1xuICAgIHAuc3RvcmUuY2xvc2UoKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICJBQU9BLE9BQU8sWUFBWTtBQUNuQixTQUFTLGFBQWEsY0FBYztBQUNwQyxTQUFTLGNBQWM7QUFDdkIsU0FBUyxZQUFZO0FBQ3JCLFNBQVMsT0FBTyxXQUFXLFFBQVEsVUFBVSxVQUFVO0FBQ3ZELFNBQVMsa0JBQWtCLE1BQU0sV0FBVyxtQkFBNkI7QUFDekUsU0FBUyxVQUFVLG1CQUFtQixjQUFjLGFBQWEsYUFBYSxlQUFlLGdCQUFnQixtQkFBa0Q7QUFDL0osU0FBUyxRQUFRLFdBQVc7QUFDNUIsU0FBUyxpQkFBaUI7QUFDMUIsU0FBUyxhQUFhO0FBQ3RCLFNBQVMsaUJBQXdDO0FBQ2pELFNBQVMscUJBQXFCO0FBRTlCLElBQUk7QUFDSixJQUFJO0FBQ0osSUFBSTtBQUNKLElBQUksV0FBVztBQUNmLElBQUksY0FBYztBQUNsQixNQUFNLFNBQVMsQ0FBQyxVQUNkLGtCQUFrQixFQUFFLFFBQVEsT0FBTyxRQUFRLFlBQVksT0FBTyxTQUFTLEtBQUssRUFBRyxZQUFZLFVBQVUsT0FBTyxVQUFVLFNBQVMsT0FBTyxRQUFRLENBQUM7QUFFakosT0FBTyxZQUFZO0FBQ2pCLFdBQVMsTUFBTSxZQUFZLEVBQUUsY0FBYyxHQUFHLENBQUM7QUFDL0MsUUFBTSxZQUFZLEtBQUssT0FBTyxHQUFHLG1CQUFtQixDQUFDO0FBQ3JELFVBQVEsaUJBQWlCLEVBQUUsTUFBTSxTQUFTLFdBQVcsS0FBSyxPQUFPLFFBQVEsRUFBRSxZQUFZLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDL0YsQ0FBQztBQUNELFVBQVUsWUFBWTtBQUNwQixRQUFNLE1BQU0sWUFBWSxJQUFJO0FBQzlCLENBQUM7QUFDRCxNQUFNLFlBQVk7QUFDaEIsUUFBTSxRQUFRLEtBQUs7QUFDbkIsTUFBSSxJQUFLLFFBQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUN2RCxDQUFDO0FBSUQsU0FBUyxNQUFNLGVBQThCO0FBQzNDLFFBQU0sT0FBTyxLQUFLLEtBQUssWUFBWSxhQUFhLFNBQVM7QUFDekQsU0FBTyxFQUFFLFdBQVcsT0FBTyxDQUFDLEdBQUcsVUFBVSxPQUFPLGFBQWEsR0FBRyxPQUFPLElBQUksY0FBYyxJQUFJLEdBQUcsS0FBSztBQUN2RztBQUVBLFNBQVMsYUFBYSxHQUFVLFFBQW1DLENBQUMsR0FBYztBQUNoRixTQUFPLElBQUksVUFBVSxFQUFFLE9BQU8sRUFBRSxVQUFVLE9BQU8sRUFBRSxPQUFPLGdCQUFnQixvQkFBSSxJQUFJLEdBQUcsZUFBZSxLQUFLLFlBQVksS0FBUSxTQUFTLE1BQU0sZUFBZSxJQUFJLGtCQUFrQixHQUFHLEtBQUssTUFBTSxRQUFXLEdBQUcsTUFBTSxDQUFDO0FBQ3ROO0FBR0EsZUFBZSxnQkFBZ0IsR0FBVSxTQUFpQixXQUFtQixPQUFPLFlBQXVFO0FBQ3pKLFFBQU0sTUFBTSxNQUFNLFNBQVMsRUFBRSxTQUFTO0FBQ3RDLFFBQU0sU0FBUyxNQUFNLFlBQVksRUFBRSxXQUFXLEVBQUUsVUFBVSxFQUFFLFNBQVMsUUFBUSxTQUFTLE1BQU0sUUFBUSxTQUFTLFFBQVEsTUFBTSxVQUFVLENBQUM7QUFDdEksUUFBTSxZQUFZLE1BQU0sSUFBSSxXQUFXLEVBQUUsRUFBRSxLQUFLLENBQUMsRUFBRSxJQUFJLENBQUMsR0FBRyxNQUFPLE1BQU0sSUFBSSxnQkFBZ0IsQ0FBRSxDQUFDO0FBQy9GLElBQUUsTUFBTSxjQUFjLEVBQUUsV0FBVyxXQUFXLE9BQU8sV0FBVyxXQUFXLEVBQUUsVUFBVSxRQUFRLFNBQVMsT0FBTyxhQUFhLE1BQU0sTUFBTSxJQUFJLE1BQU0sSUFBSSxZQUFZLEdBQUcsR0FBRyxPQUFPLFFBQVEsS0FBSyxJQUFJLENBQUM7QUFDak0sU0FBTyxFQUFFLFdBQVcsT0FBTyxXQUFXLE1BQU0sVUFBVTtBQUN4RDtBQUdBLGVBQWUsYUFBYSxHQUFVLFNBQTZDLFFBQWdCLFFBQVEsSUFBbUI7QUFDNUgsUUFBTSxNQUFNLE9BQU87QUFDbkIsUUFBTSxFQUFFLFVBQVUsSUFBSSxNQUFNLElBQUksRUFBRSxXQUFXLFFBQVEsV0FBVyxRQUFRLEdBQUc7QUFDM0UsSUFBRSxNQUFNLHdCQUF3QixFQUFFLFdBQVcsUUFBUSxXQUFXLFFBQVEsU0FBUyxVQUFVLEdBQUcsR0FBRyxLQUFLLFdBQVcsV0FBVyxRQUFRLFdBQVcsTUFBTSxHQUFHLEtBQUssSUFBSSxDQUFDO0FBQ3BLO0FBRUEsZUFBZSxZQUFZLEdBQVUsTUFBK0I7QUFDbEUsVUFBUSxNQUFNLFlBQVksRUFBRSxVQUFVLEVBQUUsV0FBVyxFQUFFLFVBQVUsUUFBUSxTQUFTLFVBQVUsRUFBRSxTQUFTLFFBQVEsU0FBUyxPQUFPLGFBQWEsS0FBSyxDQUFDLEdBQUc7QUFDcko7QUFFQSxNQUFNLE1BQU0sT0FBTztBQUduQixlQUFlLFVBQVUsV0FBbUMsTUFBYyxZQUFZLEtBQXVCO0FBQzNHLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSTtBQUM5QixTQUFPLENBQUUsTUFBTSxVQUFVLEdBQUk7QUFDM0IsUUFBSSxLQUFLLElBQUksSUFBSSxTQUFVLFFBQU8sS0FBSyxHQUFHLElBQUkscUJBQXFCLFNBQVMsS0FBSztBQUNqRixVQUFNLElBQUksUUFBUSxDQUFDLFlBQVksV0FBVyxTQUFTLEVBQUUsQ0FBQztBQUFBLEVBQ3hEO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsTUFBTTtBQUMxQixLQUFHLHdHQUF3RyxZQUFZO0FBQ3JILFVBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsVUFBTSxVQUFVLE1BQU0sZ0JBQWdCLEdBQUcsS0FBSyxLQUFLO0FBQ25ELFVBQU0sTUFBTSxNQUFNLGdCQUFnQixHQUFHLEtBQUssS0FBSztBQUMvQyxVQUFNLE1BQU0sTUFBTSxnQkFBZ0IsR0FBRyxLQUFLLEdBQUc7QUFDN0MsVUFBTSxRQUFRLE1BQU0sZ0JBQWdCLEdBQUcsT0FBUSxLQUFLO0FBQ3BELFVBQU0sYUFBYSxHQUFHLFNBQVMsTUFBTSxHQUFHO0FBQ3hDLFVBQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxJQUFJO0FBQ3JDLFVBQU0sYUFBYSxHQUFHLEtBQUssTUFBTSxLQUFLO0FBQ3RDLFVBQU0sYUFBYSxHQUFHLE9BQU8sRUFBRTtBQUMvQixVQUFNLFlBQVksYUFBYSxDQUFDO0FBQ2hDLFVBQU0sTUFBTSxZQUFZLEtBQUs7QUFFN0IsVUFBTSxVQUFVLE1BQU07QUFDdEIsVUFBTSxPQUFPLFVBQVUsUUFBUSxTQUFTO0FBQ3hDLFdBQU8sVUFBVSxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxHQUFHLENBQUMsSUFBSSxXQUFXLElBQUksV0FBVyxRQUFRLFNBQVMsQ0FBQztBQUNoRyxXQUFPLFVBQVUsS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsS0FBSyxDQUFDLEVBQUcsS0FBSyxHQUFHLENBQUMsR0FBRyxHQUFHLENBQUMsQ0FBQztBQUVyRSxVQUFNLE1BQU0sS0FBSyxFQUFFLFFBQVEsRUFBRSxDQUFDO0FBQzlCLFVBQU0sVUFBVSxNQUFNO0FBQ3RCLFVBQU0sUUFBUSxVQUFVLFFBQVEsU0FBUztBQUN6QyxXQUFPLFVBQVUsTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sR0FBRyxDQUFDLFNBQVMsU0FBUyxPQUFPLENBQUM7QUFDeEUsV0FBTyxNQUFNLElBQUksSUFBSSxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsVUFBVSxDQUFDLEVBQUUsTUFBTSxHQUFHLHdCQUF3QjtBQUN0RixXQUFPLFVBQVUsQ0FBQyxNQUFNLFlBQVksR0FBRyxJQUFJLElBQUksR0FBRyxNQUFNLFlBQVksR0FBRyxJQUFJLElBQUksR0FBRyxNQUFNLFlBQVksR0FBRyxRQUFRLElBQUksR0FBRyxNQUFNLFlBQVksR0FBRyxNQUFNLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxPQUFPLE1BQU0sTUFBTSxNQUFNLEtBQUssRUFBRSxDQUFDO0FBQ2pNLFVBQU0sVUFBVSxLQUFLO0FBQ3JCLE1BQUUsTUFBTSxNQUFNO0FBQUEsRUFDaEIsQ0FBQztBQUVELEtBQUcsb0dBQW9HLFlBQVk7QUFDakgsVUFBTSxJQUFJLE1BQU0sQ0FBQztBQUNqQixVQUFNLFFBQVEsTUFBTSxnQkFBZ0IsR0FBRyxLQUFLLEtBQUs7QUFDakQsVUFBTSxRQUFRLE1BQU0sZ0JBQWdCLEdBQUcsS0FBSyxLQUFLO0FBQ2pELFVBQU0sYUFBYSxHQUFHLE9BQU8sTUFBTSxHQUFHO0FBQ3RDLFVBQU0sWUFBWSxhQUFhLEdBQUcsRUFBRSxpQkFBaUIsRUFBRSxDQUFDO0FBQ3hELFVBQU0sTUFBTSxZQUFZLEtBQUs7QUFDN0IsVUFBTSxVQUFVLE1BQU07QUFDdEIsVUFBTSxDQUFDLEtBQUssSUFBSSxVQUFVLFFBQVEsU0FBUztBQUUzQyxVQUFNLE1BQU0sUUFBUSxFQUFFLFFBQVEsbUNBQW1DLFFBQVEsQ0FBQyxLQUFLLFVBQVUsS0FBSyxFQUFFLFNBQVMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFVO0FBQzFILFVBQU0sTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFLENBQUM7QUFDOUIsVUFBTSxhQUFhLEdBQUcsT0FBTyxNQUFNLEdBQUc7QUFDdEMsVUFBTSxVQUFVLE1BQU07QUFDdEIsVUFBTSxXQUFXLFVBQVUsUUFBUSxTQUFTO0FBQzVDLFdBQU8sTUFBTSxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsT0FBTyxNQUFPLEVBQUUsRUFBRyxRQUFRLFFBQVEsMkJBQTJCO0FBQ2xHLFVBQU0sWUFBWSxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsY0FBYyxNQUFNLFNBQVM7QUFDdEUsV0FBTyxNQUFNLFVBQVUsT0FBTyxNQUFPLFFBQVEsR0FBRyw4REFBOEQ7QUFFOUcsVUFBTSxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsQ0FBQztBQUM5QixVQUFNLFVBQVUsTUFBTTtBQUN0QixVQUFNLGNBQWMsVUFBVSxRQUFRLFFBQVEsTUFBTSxTQUFTLEVBQUUsQ0FBQztBQUNoRSxXQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU8sS0FBSztBQUM1QyxXQUFPLEdBQUcsTUFBTyxLQUFLLFNBQVMsYUFBYSxZQUFZLEtBQUssU0FBUyxTQUFTO0FBQy9FLFdBQU8sR0FBRyxZQUFZLEtBQUssZUFBZSxTQUFTLE1BQU8sS0FBSyxlQUFlLEtBQUs7QUFDbkYsV0FBTyxHQUFHLFlBQVksS0FBSyx1QkFBdUIsU0FBUyxNQUFPLEtBQUssdUJBQXVCLEtBQUs7QUFFbkcsVUFBTSxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsQ0FBQztBQUM5QixVQUFNLFVBQVUsTUFBTTtBQUN0QixXQUFPLFVBQVUsVUFBVSxRQUFRLFFBQVEsTUFBTSxTQUFTLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLEdBQUcsQ0FBQyxZQUFZLE9BQU8sQ0FBQztBQUN2RyxXQUFPLFVBQVUsQ0FBQyxNQUFNLFlBQVksR0FBRyxNQUFNLElBQUksR0FBRyxNQUFNLFlBQVksR0FBRyxNQUFNLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxLQUFLLE1BQU0sR0FBRyxDQUFDO0FBQzdHLFVBQU0sVUFBVSxLQUFLO0FBQ3JCLE1BQUUsTUFBTSxNQUFNO0FBQUEsRUFDaEIsQ0FBQztBQUVELEtBQUcsOEZBQThGLFlBQVk7QUFDM0csVUFBTSxJQUFJLE1BQU0sQ0FBQztBQUNqQixVQUFNLFVBQVUsTUFBTSxnQkFBZ0IsR0FBRyxLQUFLLEtBQUs7QUFDbkQsVUFBTSxhQUFhLEdBQUcsU0FBUyxNQUFNLEdBQUc7QUFFeEMsVUFBTSxvQkFBK0IsQ0FBQztBQUN0QyxVQUFNLFVBQXVCO0FBQUEsTUFDM0IsR0FBRyxFQUFFO0FBQUEsTUFDTCxRQUFRLElBQUksTUFBTSxFQUFFLFNBQVMsUUFBUTtBQUFBLFFBQ25DLElBQUksUUFBUSxVQUFVLFVBQVU7QUFDOUIsY0FBSSxhQUFhLHFCQUFzQixRQUFPLFFBQVEsSUFBSSxRQUFRLFVBQVUsUUFBUTtBQUNwRixpQkFBTyxDQUFDLFNBQXlDO0FBQy9DLDhCQUFrQixLQUFLLEVBQUUsTUFBTSxHQUFHLFFBQVEsMkNBQTJDLEVBQUUsSUFBSSxLQUFLLHFCQUFxQixNQUFNLE1BQVM7QUFDcEksbUJBQU8sT0FBTyxtQkFBbUIsSUFBSTtBQUFBLFVBQ3ZDO0FBQUEsUUFDRjtBQUFBLE1BQ0YsQ0FBQztBQUFBLElBQ0g7QUFDQSxVQUFNLFFBQVEsYUFBYSxHQUFHLEVBQUUsT0FBTyxRQUFRLENBQUM7QUFDaEQsVUFBTSxNQUFNLFlBQVksS0FBSztBQUM3QixVQUFNLE1BQU0sTUFBTTtBQUNsQixXQUFPLFVBQVUsbUJBQW1CLENBQUMsSUFBSSxDQUFDO0FBQzFDLFVBQU0sQ0FBQyxJQUFJLElBQUksTUFBTSxRQUFRLFNBQVM7QUFFdEMsVUFBTSxNQUFNLEtBQUs7QUFDakIsTUFBRSxNQUFNLE1BQU07QUFDZCxVQUFNLE1BQU0sUUFBUSxFQUFFLFFBQVEsNkJBQTZCLFFBQVEsQ0FBQyxFQUFFLENBQVU7QUFDaEYsVUFBTSxRQUFRLElBQUksY0FBYyxFQUFFLElBQUk7QUFDdEMsVUFBTSxZQUFZLGFBQWEsRUFBRSxHQUFHLEdBQUcsTUFBTSxDQUFDO0FBQzlDLFVBQU0sVUFBVSxNQUFNO0FBQ3RCLFVBQU0sTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFLENBQUM7QUFDOUIsVUFBTSxVQUFVLE1BQU07QUFDdEIsVUFBTSxRQUFRLFVBQVUsUUFBUSxTQUFTO0FBQ3pDLFdBQU8sTUFBTSxNQUFNLFFBQVEsR0FBRyxtREFBbUQ7QUFDakYsV0FBTyxNQUFNLE1BQU0sQ0FBQyxFQUFHLFFBQVEsS0FBTSxNQUFNO0FBQzNDLFdBQU8sTUFBTSxNQUFNLENBQUMsRUFBRyxRQUFRLE9BQU87QUFDdEMsV0FBTyxNQUFNLE1BQU0sWUFBWSxHQUFHLFFBQVEsSUFBSSxHQUFHLE1BQU0sR0FBRztBQUMxRCxVQUFNLFVBQVUsS0FBSztBQUNyQixVQUFNLE1BQU07QUFBQSxFQUNkLENBQUM7QUFFRCxLQUFHLGdGQUFnRixZQUFZO0FBQzdGLFVBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsVUFBTSxVQUFVLE1BQU0sZ0JBQWdCLEdBQUcsS0FBSyxLQUFLO0FBQ25ELFVBQU0sYUFBYSxHQUFHLFNBQVMsTUFBTSxHQUFHO0FBQ3hDLFVBQU0sUUFBa0IsQ0FBQztBQUN6QixVQUFNLFlBQVksYUFBYSxHQUFHLEVBQUUsS0FBSyxDQUFDLFNBQVMsTUFBTSxLQUFLLElBQUksRUFBRSxDQUFDO0FBQ3JFLFVBQU0sVUFBVSxNQUFNO0FBQ3RCLFVBQU0sVUFBVSxNQUFNO0FBQ3RCLFdBQU8sTUFBTSxVQUFVLFFBQVEsU0FBUyxFQUFFLENBQUMsRUFBRyxRQUFRLE9BQU87QUFDN0QsV0FBTyxNQUFNLE1BQU0sWUFBWSxHQUFHLFFBQVEsSUFBSSxHQUFHLE1BQU0sR0FBRztBQUUxRCxVQUFNLE1BQU0sUUFBUSxFQUFFLFFBQVEsZUFBZSxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxDQUFVO0FBQ3ZFLFdBQU8sTUFBTSxNQUFNLFlBQVksR0FBRyxRQUFRLElBQUksR0FBRyxJQUFJLGlDQUFpQztBQUN0RixVQUFNLFVBQVUsTUFBTTtBQUN0QixXQUFPLEdBQUcsTUFBTSxLQUFLLENBQUMsU0FBUyxLQUFLLFNBQVMsT0FBTyxDQUFDLEdBQUcsTUFBTSxLQUFLLElBQUksQ0FBQztBQUN4RSxVQUFNLFVBQVUsTUFBTTtBQUN0QixXQUFPLE1BQU0sTUFBTSxZQUFZLEdBQUcsUUFBUSxJQUFJLEdBQUcsTUFBTSxHQUFHO0FBQzFELFVBQU0sTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFLENBQUM7QUFDOUIsVUFBTSxVQUFVLE1BQU07QUFDdEIsV0FBTyxVQUFVLFVBQVUsUUFBUSxTQUFTLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLEdBQUcsQ0FBQyxXQUFXLENBQUM7QUFDakYsV0FBTyxNQUFNLEVBQUUsTUFBTSxvQkFBb0IsRUFBRSxRQUFRLENBQUM7QUFDcEQsVUFBTSxVQUFVLEtBQUs7QUFDckIsTUFBRSxNQUFNLE1BQU07QUFBQSxFQUNoQixDQUFDO0FBRUQsS0FBRywrR0FBK0csWUFBWTtBQUM1SCxVQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLFVBQU0sV0FBVyxNQUFNLGdCQUFnQixHQUFHLEtBQUssSUFBSTtBQUNuRCxVQUFNLFdBQVcsTUFBTSxnQkFBZ0IsR0FBRyxLQUFLLElBQUk7QUFDbkQsVUFBTSxRQUFRLE1BQU0sZ0JBQWdCLEdBQUcsT0FBUSxJQUFJO0FBQ25ELFVBQU0sT0FBTyxNQUFNLGdCQUFnQixHQUFHLEtBQUssS0FBSztBQUNoRCxVQUFNLFlBQVksYUFBYSxDQUFDO0FBQ2hDLFVBQU0sYUFBYSxHQUFHLE9BQU8sRUFBRTtBQUMvQixVQUFNLFVBQVUsTUFBTTtBQUN0QixVQUFNLGFBQWEsR0FBRyxVQUFVLE1BQU0sR0FBRztBQUN6QyxVQUFNLGFBQWEsR0FBRyxVQUFVLE1BQU0sR0FBRztBQUN6QyxVQUFNLGFBQWEsR0FBRyxNQUFNLE1BQU0sR0FBRztBQUVyQyxVQUFNLGFBQWEsUUFBUSxHQUFHO0FBQzlCLFVBQU0sY0FBYyxFQUFFLFdBQVcsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLFVBQVUsUUFBUSxTQUFTLFVBQVUsRUFBRSxTQUFTLFFBQVEsU0FBUyxPQUFPLGFBQWEsTUFBTSxTQUFTLEtBQUssRUFBRSxDQUFDO0FBQ25LLFVBQU0sVUFBVSxNQUFNO0FBQ3RCLFVBQU0sVUFBVSxNQUFNO0FBQ3RCLFdBQU8sTUFBTSxVQUFVLFFBQVEsU0FBUyxTQUFTLFNBQVMsR0FBRyxPQUFPLFNBQVM7QUFDN0UsV0FBTyxNQUFNLFVBQVUsUUFBUSxTQUFTLFNBQVMsU0FBUyxHQUFHLE9BQU8sUUFBUTtBQUM1RSxXQUFPLE1BQU0sVUFBVSxRQUFRLFNBQVMsTUFBTSxTQUFTLEdBQUcsT0FBTyxZQUFZO0FBQzdFLFdBQU8sVUFBVSxVQUFVLFFBQVEsU0FBUyxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLEVBQUUsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssV0FBVyxPQUFPLENBQUMsQ0FBQztBQUU5RyxVQUFNLE1BQU0sS0FBSyxFQUFFLFFBQVEsRUFBRSxDQUFDO0FBQzlCLFVBQU0sVUFBVSxNQUFNO0FBQ3RCLFdBQU8sTUFBTSxVQUFVLFFBQVEsU0FBUyxFQUFFLFFBQVEsQ0FBQztBQUNuRCxVQUFNLFVBQVUsS0FBSztBQUNyQixNQUFFLE1BQU0sTUFBTTtBQUFBLEVBQ2hCLENBQUM7QUFFRCxLQUFHLG9IQUFvSCxZQUFZO0FBQ2pJLFVBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsVUFBTSxRQUFRLE1BQU0sZ0JBQWdCLEdBQUcsS0FBSyxLQUFLO0FBQ2pELFVBQU0sU0FBUyxNQUFNLGdCQUFnQixHQUFHLEtBQUssS0FBSztBQUNsRCxVQUFNLFFBQVEsTUFBTSxnQkFBZ0IsR0FBRyxLQUFLLEtBQUs7QUFDakQsVUFBTSxZQUFZLGFBQWEsQ0FBQztBQUNoQyxVQUFNLFVBQVUsT0FBTyxVQUFtQixFQUFFLFNBQVMsT0FBTyxnQkFBZ0IsRUFBRSxJQUFJLEVBQUUsU0FBUyxRQUFRLFNBQVMsT0FBTyxJQUFJLEdBQUksVUFBVSxTQUFZLENBQUMsSUFBSSxFQUFFLE9BQU8sY0FBYyxVQUFVLEtBQUssR0FBRyxzQkFBc0IsVUFBVSxLQUFLLEVBQUUsRUFBRyxDQUFDO0FBQzVPLFVBQU0sYUFBYSxHQUFHLE9BQU8sTUFBTSxHQUFHO0FBQ3RDLFVBQU0sVUFBVSxNQUFNO0FBQ3RCLFVBQU0sUUFBUTtBQUNkLFVBQU0sYUFBYSxHQUFHLFFBQVEsTUFBTSxHQUFHO0FBQ3ZDLFVBQU0sVUFBVSxNQUFNO0FBQ3RCLFVBQU0sQ0FBQyxTQUFTLElBQUksVUFBVSxRQUFRLFFBQVEsTUFBTSxTQUFTO0FBQzdELFdBQU8sVUFBVSxVQUFVLFFBQVEsUUFBUSxPQUFPLFNBQVMsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsT0FBTyxFQUFFLFdBQVcsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLFVBQVcsUUFBUSxHQUFHLEtBQUssQ0FBQyxDQUFDO0FBQzVJLFVBQU0sVUFBVSxNQUFNO0FBQ3RCLFdBQU8sTUFBTSxNQUFNLFlBQVksR0FBRyxPQUFPLElBQUksR0FBRyxNQUFNLEdBQUc7QUFHekQsVUFBTSxNQUFNLFlBQVksS0FBSztBQUM3QixVQUFNLGFBQWEsR0FBRyxPQUFPLE1BQU0sR0FBRztBQUN0QyxVQUFNLFVBQVUsTUFBTTtBQUN0QixVQUFNLENBQUMsS0FBSyxJQUFJLFVBQVUsUUFBUSxRQUFRLE1BQU0sU0FBUztBQUN6RCxVQUFNLFFBQVEsTUFBTyxLQUFLO0FBQzFCLFVBQU0sTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFLENBQUM7QUFDOUIsVUFBTSxVQUFVLE1BQU07QUFDdEIsVUFBTSxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsQ0FBQztBQUM5QixVQUFNLFVBQVUsTUFBTTtBQUN0QixXQUFPLFVBQVUsVUFBVSxRQUFRLFFBQVEsTUFBTSxTQUFTLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLEdBQUcsQ0FBQyxXQUFXLE9BQU8sQ0FBQztBQUN0RyxXQUFPLE1BQU0sTUFBTSxZQUFZLEdBQUcsTUFBTSxJQUFJLEdBQUcsTUFBTSxHQUFHO0FBQ3hELFVBQU0sVUFBVSxLQUFLO0FBQ3JCLE1BQUUsTUFBTSxNQUFNO0FBQUEsRUFDaEIsQ0FBQztBQUVELEtBQUcsZ0hBQWdILFlBQVk7QUFJN0gsVUFBTSxJQUFJLE1BQU0sQ0FBQztBQUNqQixVQUFNLFlBQVksYUFBYSxDQUFDO0FBQ2hDLFVBQU0sTUFBTSxDQUFDLFVBQWtCLEVBQUUsV0FBVyxFQUFFLFVBQVUsUUFBUSxTQUFTLFVBQVUsRUFBRSxTQUFTLFFBQVEsU0FBUyxPQUFPLGFBQWEsS0FBSztBQUN4SSxVQUFNLFNBQVMsTUFBTSxnQkFBZ0IsR0FBRyxLQUFLLEtBQUs7QUFDbEQsVUFBTSxhQUFhLEdBQUcsUUFBUSxNQUFNLEdBQUc7QUFDdkMsVUFBTSxVQUFVLGVBQWUsT0FBTyxTQUFTO0FBQy9DLFVBQU0sVUFBVSxZQUFhLE1BQU0sWUFBWSxHQUFHLE9BQU8sSUFBSSxNQUFPLE1BQU0sS0FBSyxtQkFBbUI7QUFDbEcsVUFBTSxlQUFlLEVBQUUsVUFBVSxFQUFFLEtBQUssSUFBSSxPQUFPLElBQUksRUFBRSxDQUFDO0FBQzFELFVBQU0sV0FBVyxNQUFNLGdCQUFnQixHQUFHLEtBQUssT0FBTyxPQUFPLElBQUk7QUFDakUsV0FBTyxTQUFTLFNBQVMsV0FBVyxPQUFPLFNBQVM7QUFDcEQsVUFBTSxhQUFhLEdBQUcsVUFBVSxNQUFNLEdBQUc7QUFDekMsVUFBTSxVQUFVLGVBQWUsU0FBUyxTQUFTO0FBQ2pELFdBQU8sVUFBVSxVQUFVLFFBQVEsUUFBUSxTQUFTLFNBQVMsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFdBQVcsVUFBVSxHQUFHLENBQUMsS0FBSyxHQUFHLG1DQUFtQztBQUNoSixVQUFNLFVBQVUsWUFBYSxNQUFNLFlBQVksR0FBRyxTQUFTLElBQUksTUFBTyxNQUFNLEtBQUssa0NBQWtDO0FBR25ILFVBQU0sU0FBUyxNQUFNLGdCQUFnQixHQUFHLEtBQUssS0FBSztBQUNsRCxVQUFNLGFBQWEsR0FBRyxRQUFRLE1BQU0sR0FBRztBQUN2QyxVQUFNLE1BQU0sWUFBWSxLQUFLO0FBQzdCLFVBQU0sYUFBYSxNQUFNLEVBQUUsU0FBUyxPQUFPLGdCQUFnQixFQUFFLElBQUksRUFBRSxTQUFTLFFBQVEsU0FBUyxPQUFPLEdBQUcsQ0FBQztBQUN4RyxVQUFNLGlCQUFpQixNQUFNLEVBQUUsU0FBUyxPQUFPLGVBQWUsRUFBRSxNQUFNLFdBQVcsQ0FBQyxHQUFHO0FBQ3JGLFVBQU0sVUFBVSxlQUFlLE9BQU8sU0FBUztBQUMvQyxXQUFPLFVBQVUsVUFBVSxRQUFRLFFBQVEsT0FBTyxTQUFTLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE9BQU8sRUFBRSxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsZ0JBQWdCLEdBQUcsTUFBTSxDQUFDLENBQUM7QUFDM0gsVUFBTSxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsQ0FBQztBQUM5QixXQUFPLE9BQU8sTUFBTSxFQUFFLFNBQVMsT0FBTyxzQkFBc0IsRUFBRSxNQUFNLFdBQVcsQ0FBQyxHQUFHLFFBQVEsU0FBUztBQUNwRyxVQUFNLFVBQVUsTUFBTTtBQUN0QixXQUFPLFVBQVUsVUFBVSxRQUFRLFFBQVEsT0FBTyxTQUFTLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLEdBQUcsQ0FBQyxPQUFPLENBQUM7QUFDNUYsV0FBTyxNQUFNLE1BQU0sWUFBWSxHQUFHLE9BQU8sSUFBSSxHQUFHLE1BQU0sR0FBRztBQUN6RCxVQUFNLFVBQVUsS0FBSztBQUNyQixNQUFFLE1BQU0sTUFBTTtBQUFBLEVBQ2hCLENBQUM7QUFFRCxLQUFHLHNEQUF1RCxZQUFZO0FBQ3BFLFVBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsVUFBTSxNQUFNLEtBQUssRUFBRSxRQUFRLElBQUksVUFBVSxHQUFHLENBQUM7QUFDN0MsVUFBTSxZQUFZLElBQUksVUFBVSxFQUFFLE9BQU8sRUFBRSxVQUFVLE9BQU8sRUFBRSxPQUFPLGdCQUFnQixvQkFBSSxJQUFJLEdBQUcsZUFBZSxLQUFLLFlBQVksS0FBUSxTQUFTLE1BQU0sS0FBSyxNQUFNLE9BQVUsQ0FBQztBQUM3SyxVQUFNLFVBQVUsTUFBTTtBQUV0QixVQUFNLFdBQVcsVUFBVSxpQkFBaUI7QUFDNUMsV0FBTyxHQUFHLEtBQUssSUFBSSxXQUFXLEVBQUUsSUFBSSxLQUFLLFlBQVksUUFBUSxjQUFjO0FBQzNFLFdBQU8sTUFBTSxVQUFVLE9BQU8sRUFBRyxhQUFhLE1BQU0sT0FBTyxLQUFLLEtBQUssUUFBUSxDQUFDLElBQUksRUFBRTtBQUNwRixVQUFNLFVBQVUsS0FBSztBQUNyQixNQUFFLE1BQU0sTUFBTTtBQUFBLEVBQ2hCLENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
