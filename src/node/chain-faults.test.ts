/**
 * Chain faults on a real devnet, injected by a JSON-RPC proxy in front of it (src/chain/test-helpers/
 * rpc-proxy.ts): the executor's collector and the requester's refunds with real stores. The RPC down
 * (connections cut), slow and rate-limiting; a collect the node never got on a chain that mines only
 * on transactions; a base-fee spike; a refund sitting unmined; a refund a reorg removed. Nothing is
 * lost, nothing is collected or refunded twice, both say what they wait for. No fixed sleeps: every
 * wait polls a condition.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { createTestClient, http, parseGwei, zeroAddress, type Hex } from 'viem';
import { accountNonce, chainNow, createChainClient, increaseTime, openChannel, readChannel, readHead, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { newKey, pay } from '../chain/test-helpers/fixture.js';
import { startRpcProxy, type RpcProxy } from '../chain/test-helpers/rpc-proxy.js';
import { keyHashOf } from '../protocol/payment.js';
import { toHex } from '../util/bytes.js';
import { Collector, type CollectorOptions } from './collector.js';
import { ExecutorStore } from './executor-store.js';
import { ensureChannel, refundExpired } from './requester-channels.js';
import { RequesterStore } from './requester-store.js';
import { waitUntil } from './testing.js';

let devnet: Devnet;
let dir: string;
let anvil: ReturnType<typeof createTestClient>;
const proxies: RpcProxy[] = [];
let nextSession = 1;
const ETH = 10n ** 18n;

const client = (index: number, rpcUrl = devnet.rpcUrl): ChainClient =>
  createChainClient({ rpcUrl, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });

before(async () => {
  devnet = await startDevnet({ accountCount: 12 });
  dir = mkdtempSync(join(tmpdir(), 'airtnt-chain-faults-'));
  anvil = createTestClient({ mode: 'anvil', transport: http(devnet.rpcUrl, { retryCount: 0 }) });
});
afterEach(async () => {
  await anvil.setAutomine(true);
  for (const proxy of proxies.splice(0)) await proxy.close();
});
after(async () => {
  await devnet?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function proxy(): Promise<RpcProxy> {
  const started = await startRpcProxy(devnet.rpcUrl);
  proxies.push(started);
  return started;
}

/** An executor whose chain client goes through `rpcUrl`, its store, and a requester on the direct RPC. */
type Party = { requester: ChainClient; executor: ChainClient; direct: ChainClient; store: ExecutorStore; lines: string[] };

function party(executorIndex: number, rpcUrl: string): Party {
  return {
    requester: client(1),
    executor: client(executorIndex, rpcUrl),
    direct: client(executorIndex),
    store: new ExecutorStore(join(dir, `executor-${executorIndex}.sqlite`)),
    lines: [],
  };
}

function collectorFor(p: Party, extra: Partial<CollectorOptions> = {}): Collector {
  return new Collector({
    chain: p.executor,
    store: p.store,
    activeChannels: new Set(),
    safetySeconds: 60n,
    intervalMs: 50,
    enabled: true,
    confirmBlocks: 3n,
    blockTimeSeconds: 1,
    log: (line) => p.lines.push(line),
    ...extra,
  });
}

/** Opens a channel from the requester (direct RPC, mined at once) and records a paid session on it. */
async function paidChannel(p: Party, amount: bigint, expiresIn = 3600n): Promise<{ channelId: Hex; lane: bigint }> {
  const lane = BigInt(nextSession);
  const now = await chainNow(p.requester);
  const opened = await openChannel(p.requester, { executor: p.executor.account.address, lane, amount: ETH, expiry: now + expiresIn });
  const sessionId = toHex(new Uint8Array(32).fill(nextSession++));
  p.store.insertSession({ sessionId, channelId: opened.channelId, requester: p.requester.account.address, token: zeroAddress, lane, rate: 1n, base: 0n, firstRound: 0n }, opened.expiry, Date.now());
  const key = newKey();
  const { signature } = await pay(p.requester, opened.channelId, amount, key);
  p.store.insertPaymentAndRelease({ channelId: opened.channelId, amount, keyHash: keyHashOf(key), key, signature, sessionId, round: 0n }, Date.now());
  return { channelId: opened.channelId, lane };
}

async function collectedOn(p: Party, lane: bigint): Promise<bigint> {
  return (await readChannel(p.direct, { requester: p.requester.account.address, executor: p.executor.account.address, token: zeroAddress, lane })).collected;
}

/**
 * Every channel collected exactly once: one mined (or confirmed) send each. A replacement the node
 * refused ('rejected': a bump racing the receipt of the send it replaces) never left, and costs nothing.
 */
function assertCollectedOnce(collector: Collector, channels: { channelId: Hex }[]): void {
  for (const { channelId } of channels) {
    const sends = collector.records.sendsOf(channelId);
    assert.equal(sends.filter((s) => s.status === 'mined' || s.status === 'confirmed').length, 1, JSON.stringify(sends.map((s) => s.status)));
  }
}

describe('chain faults: the executor collector', () => {
  it('RPC down: says once what waits for the chain, backs off, and collects everything once the RPC is back', { timeout: 120_000 }, async () => {
    const rpc = await proxy();
    const p = party(2, rpc.url);
    const channels = [await paidChannel(p, ETH / 10n), await paidChannel(p, ETH / 20n), await paidChannel(p, ETH / 40n)];
    rpc.faults.down = 'refuse';
    const collector = collectorFor(p);
    collector.start();
    // It keeps trying: several passes fail against the cut connections.
    await waitUntil(() => rpc.failed >= 5, 'passes retried while the RPC is down');
    const waiting = p.lines.filter((line) => line.includes('waiting for the chain'));
    assert.equal(waiting.length, 1, `said once, not at every pass:\n${p.lines.join('\n')}`);
    assert.match(waiting[0]!, /RPC_UNREACHABLE/);
    assert.match(waiting[0]!, /3 channel\(s\) with payments to collect/);
    assert.equal(collector.records.allSends().length, 0);
    const failedBefore = rpc.failed;
    rpc.faults.down = '502';
    await waitUntil(() => rpc.failed > failedBefore, 'a pass against the gateway error');

    rpc.faults.down = 'up';
    await waitUntil(async () => (await Promise.all(channels.map((c) => collectedOn(p, c.lane)))).join() === [ETH / 10n, ETH / 20n, ETH / 40n].join(), 'every channel collected');
    await waitUntil(() => p.lines.some((line) => line.includes('the chain answers again')), 'the recovery said');
    await collector.sweep();
    assertCollectedOnce(collector, channels);
    assert.equal(p.store.uncollectedChannels().length, 0);
    await collector.stop();
    p.store.close();
  });

  it('RPC slow and rate-limiting: every collect lands once, nothing stored is lost', { timeout: 180_000 }, async () => {
    const rpc = await proxy();
    const p = party(3, rpc.url);
    const channels = [await paidChannel(p, ETH / 10n), await paidChannel(p, ETH / 20n), await paidChannel(p, ETH / 40n)];
    // Every answer 100-400 ms late, and every 6th request answered "rate limit exceeded" (-32005).
    rpc.faults.delayMs = [100, 400];
    rpc.faults.errors = { every: 6, kind: 'rate-limit' };
    const collector = collectorFor(p, { intervalMs: 100, rebroadcastMs: 1_000 });
    collector.start();
    await waitUntil(async () => (await Promise.all(channels.map((c) => collectedOn(p, c.lane)))).every((v, i) => v === [ETH / 10n, ETH / 20n, ETH / 40n][i]), 'every channel collected', 150_000);
    assert.ok(rpc.failed > 0, 'some requests were refused');
    rpc.faults.errors = undefined;
    rpc.faults.delayMs = undefined;
    await collector.sweep();
    assertCollectedOnce(collector, channels);
    await collector.stop();
    p.store.close();
  });

  it('a collect the node never got, on a chain that mines only on transactions: broadcast again from the store', { timeout: 120_000 }, async () => {
    const rpc = await proxy();
    const p = party(4, rpc.url);
    const channel = await paidChannel(p, ETH / 10n);
    rpc.faults.swallowSends = true; // the RPC answers with the hash and drops it: no node sees it
    const collector = collectorFor(p, { rebroadcastMs: 300 });
    collector.start();
    // No block comes (automine, nothing else sent): before re-sending on time, it stayed unmined forever.
    await waitUntil(() => rpc.swallowed.length >= 2, 'the stored collect broadcast again');
    const [stored] = collector.records.allSends();
    assert.equal(stored!.status, 'sent');
    assert.deepEqual(new Set(rpc.swallowed), new Set([stored!.raw]), 'the same stored bytes, not a new transaction');
    assert.ok(p.lines.some((line) => line.includes('broadcasting them again from the store')), p.lines.join('\n'));

    rpc.faults.swallowSends = false;
    await waitUntil(async () => (await collectedOn(p, channel.lane)) === ETH / 10n, 'the collect mined');
    await collector.sweep();
    assert.deepEqual(collector.records.allSends().map((s) => [s.txHash, s.status]), [[stored!.txHash, 'mined']]);
    await collector.stop();
    p.store.close();
  });

  it('gas spike: the valuable collect is replaced at a higher fee (same nonce); the cheap one waits and is never worth less than its gas', { timeout: 120_000 }, async () => {
    const p = party(5, devnet.rpcUrl);
    // Worth 1,250 gwei per gas: bumped through the spike. Worth ~25 gwei per gas: not above that.
    const valuable = await paidChannel(p, ETH / 10n, 3600n);
    const cheap = await paidChannel(p, 100_000n * parseGwei('20'), 7200n);
    const collector = collectorFor(p, { bumpAfterBlocks: 2, intervalMs: 60_000 });
    await anvil.setAutomine(false);
    await collector.sweep();
    const [first, second] = collector.records.allSends();
    assert.deepEqual([first!.channelId, second!.channelId], [valuable.channelId, cheap.channelId]);
    await anvil.request({ method: 'anvil_setNextBlockBaseFeePerGas', params: [`0x${parseGwei('100').toString(16)}`] } as never);
    await anvil.mine({ blocks: 1 });
    await collector.sweep();
    await anvil.mine({ blocks: 1 });
    await collector.sweep(); // two blocks unmined: the valuable one is replaced, the cheap one waits
    const replacement = collector.records.sendsOf(valuable.channelId)[1];
    assert.ok(replacement !== undefined, 'the valuable collect was replaced');
    assert.equal(replacement.nonce, first!.nonce);
    assert.ok(replacement.fees.kind === 'eip1559' && replacement.fees.maxFeePerGas > parseGwei('100'));
    assert.equal(collector.records.sendsOf(cheap.channelId).length, 1, 'no replacement costing more than the collect');
    assert.ok(p.lines.some((line) => line.includes('waiting for the base fee')), p.lines.join('\n'));

    await anvil.mine({ blocks: 1 });
    await collector.sweep();
    assert.equal(await collectedOn(p, valuable.lane), ETH / 10n);
    assert.deepEqual(collector.records.sendsOf(valuable.channelId).map((s) => s.status), ['replaced', 'mined']);
    // Empty blocks bring the base fee down (12.5 % each): the cheap collect gets in at its own fee.
    await anvil.mine({ blocks: 40 });
    await collector.sweep();
    // anvil drops from its pool a transaction whose max fee is below the base fee: the collector
    // re-sends it from its store (or bumps it, within its worth) once the fee has fallen.
    await collector.sweep();
    await anvil.mine({ blocks: 1 });
    await collector.sweep();
    const cheapSends = collector.records.sendsOf(cheap.channelId);
    assert.equal(cheapSends.filter((s) => s.status === 'mined').length, 1, JSON.stringify(cheapSends.map((s) => s.status)));
    for (const send of cheapSends) {
      const maxFee = send.fees.kind === 'eip1559' ? send.fees.maxFeePerGas : send.fees.gasPrice;
      assert.ok(maxFee * send.gas <= 100_000n * parseGwei('20'), `a send offered up to ${maxFee * send.gas} wei of gas`);
    }
    const cheapSend = cheapSends.find((s) => s.status === 'mined');
    assert.equal(await collectedOn(p, cheap.lane), 100_000n * parseGwei('20'));
    assert.ok(cheapSend!.feePaid! < 100_000n * parseGwei('20'), `paid ${cheapSend!.feePaid} in gas`);
    await collector.stop();
    p.store.close();
  });
});

describe('chain faults: the requester refunds', () => {
  it('a refund sitting unmined: the channel stays open in the store and its lane is not re-used until the receipt is in', { timeout: 120_000 }, async () => {
    const requester = client(6);
    const opener = client(6); // same account, its own queue: it does not wait behind the refund
    const executor = devnet.accounts[7]!.address;
    const store = new RequesterStore(join(dir, 'requester-unmined.sqlite'));
    const params = { executor, needed: ETH / 100n, minSeconds: 10, channelSeconds: 100 };
    const first = await ensureChannel(requester, store, params);
    assert.equal(first.channel.lane, 0n);
    await increaseTime(devnet, 150);
    await anvil.setAutomine(false);
    const latest = await accountNonce(requester, 'latest');
    const refunding = refundExpired(requester, store);
    await waitUntil(async () => (await accountNonce(requester, 'pending')) === latest + 1, 'the refund in the pool');
    assert.equal(store.channel(first.channel.channelId)!.status, 'open', 'not refunded before its receipt');
    // A new channel wanted meanwhile: lane 0 is still open on-chain, so it takes another lane.
    const next = ensureChannel(opener, store, { ...params, channelSeconds: 3600 });
    await waitUntil(async () => (await accountNonce(requester, 'pending')) === latest + 2, 'the open in the pool');
    assert.equal(store.channel(first.channel.channelId)!.status, 'open');
    await anvil.mine({ blocks: 1 });
    const report = await refunding;
    const opened = await next;
    assert.deepEqual(report.refunded, [{ channelId: first.channel.channelId, amount: ETH / 100n }]);
    assert.deepEqual(report.refundsWaiting, []);
    assert.equal(store.channel(first.channel.channelId)!.status, 'refunded');
    assert.equal(opened.channel.lane, 1n, 'the lane with an unconfirmed refund was not re-used');
    store.close();
  });

  it('a refund a reorg removed is found open again and refunded once more', { timeout: 120_000 }, async () => {
    const requester = client(8);
    const executor = devnet.accounts[9]!.address;
    const store = new RequesterStore(join(dir, 'requester-reorg.sqlite'));
    const { channel } = await ensureChannel(requester, store, { executor, needed: ETH / 100n, minSeconds: 10, channelSeconds: 100 });
    await increaseTime(devnet, 150);
    const first = await refundExpired(requester, store);
    assert.deepEqual(first.refunded.map((r) => r.channelId), [channel.channelId]);
    const ref = { requester: requester.account.address, executor, token: zeroAddress, lane: channel.lane };
    assert.equal((await readChannel(requester, ref)).isOpen, false);

    await anvil.request({ method: 'anvil_reorg', params: [1, []] } as never);
    assert.equal((await readChannel(requester, ref)).isOpen, true, 'the reorg took the refund away');
    assert.equal(store.channel(channel.channelId)!.status, 'refunded');
    const head = await readHead(requester);
    const again = await refundExpired(requester, store);
    assert.deepEqual(again.refunded, [{ channelId: channel.channelId, amount: ETH / 100n }]);
    assert.equal((await readChannel(requester, ref)).isOpen, false);
    assert.ok((await readHead(requester)).number > head.number);
    assert.equal(store.channel(channel.channelId)!.status, 'refunded');
    // Nothing more to do: a third recovery sends nothing.
    assert.deepEqual(await refundExpired(requester, store), { refunded: [], refundsWaiting: [] });
    store.close();
  });

  it('an RPC that fails receipt lookups does not fail a transaction already sent', { timeout: 120_000 }, async () => {
    const rpc = await proxy();
    const requester = client(10, rpc.url);
    // Receipt lookups answered "rate limit exceeded" for a while: before, the first one failed the open.
    rpc.faults.errors = { every: 1, kind: 'rate-limit', methods: ['eth_getTransactionReceipt'] };
    const opening = openChannel(requester, { executor: devnet.accounts[11]!.address, lane: 0n, amount: ETH / 100n, expiry: (await chainNow(requester)) + 3600n });
    opening.catch(() => undefined); // awaited below; a rejection must not go unhandled meanwhile
    await waitUntil(() => rpc.failed >= 3, 'receipt lookups refused and retried');
    rpc.faults.errors = undefined;
    const opened = await opening;
    assert.equal(opened.deposit, ETH / 100n);
  });
});
