/**
 * The collector on a real devnet and a real executor store, with blocks mined by the test (automine
 * off) where timing matters: several collects per block in plan order, a payment not worth its gas
 * left alone, a stuck collect replaced at bumped fees while later ones still go out, every collect
 * stored before it is broadcast and re-sent from the store after a restart, a collect a reorg removed
 * sent again, dead channels given a terminal state, and the block time measured from the chain.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { createTestClient, http, parseGwei, zeroAddress, type Hex } from 'viem';
import { chainNow, createChainClient, increaseTime, openChannel, readChannel, refundChannel, releaseChannel, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { newKey, pay } from '../chain/test-helpers/fixture.js';
import { keyHashOf } from '../protocol/payment.js';
import { toHex } from '../util/bytes.js';
import { Collector, type CollectorOptions } from './collector.js';
import { ExecutorStore } from './executor-store.js';
import { waitUntil } from './testing.js';

let devnet: Devnet;
let dir: string;
let anvil: ReturnType<typeof createTestClient>;
let nextLane = 0n;
let nextSession = 1;
const client = (index: number): ChainClient =>
  createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });

before(async () => {
  devnet = await startDevnet({ accountCount: 10 });
  dir = mkdtempSync(join(tmpdir(), 'airtnt-collector-'));
  anvil = createTestClient({ mode: 'anvil', transport: http(devnet.rpcUrl, { retryCount: 0 }) });
});
afterEach(async () => {
  await anvil.setAutomine(true);
});
after(async () => {
  await devnet?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Party = { requester: ChainClient; executor: ChainClient; store: ExecutorStore; path: string };

function party(executorIndex: number): Party {
  const path = join(dir, `executor-${executorIndex}.sqlite`);
  return { requester: client(1), executor: client(executorIndex), store: new ExecutorStore(path), path };
}

function collectorFor(p: Party, extra: Partial<CollectorOptions> = {}): Collector {
  return new Collector({ chain: p.executor, store: p.store, activeChannels: new Set(), safetySeconds: 60n, intervalMs: 60_000, enabled: true, confirmBlocks: 3n, blockTimeSeconds: 1, log: () => undefined, ...extra });
}

/** Opens a channel (mined at once: call with automine on) and records a session on it in the store. */
async function openWithSession(p: Party, deposit: bigint, expiresIn: bigint, lane = nextLane++): Promise<{ channelId: Hex; lane: bigint; sessionId: Hex }> {
  const now = await chainNow(p.requester);
  const opened = await openChannel(p.requester, { executor: p.executor.account.address, lane, amount: deposit, expiry: now + expiresIn });
  const sessionId = toHex(new Uint8Array(32).fill(0).map((_, i) => (i === 0 ? nextSession++ : i)));
  p.store.insertSession({ sessionId, channelId: opened.channelId, requester: p.requester.account.address, token: zeroAddress, lane, rate: 1n, base: 0n, firstRound: 0n }, opened.expiry, Date.now());
  return { channelId: opened.channelId, lane, sessionId };
}

/** A payment signed by the requester and accepted by the executor (as after a paid round). */
async function storePayment(p: Party, channel: { channelId: Hex; sessionId: Hex }, amount: bigint, round = 0n): Promise<void> {
  const key = newKey();
  const { signature } = await pay(p.requester, channel.channelId, amount, key);
  p.store.insertPaymentAndRelease({ channelId: channel.channelId, amount, keyHash: keyHashOf(key), key, signature, sessionId: channel.sessionId, round }, Date.now());
}

async function collectedOn(p: Party, lane: bigint): Promise<bigint> {
  return (await readChannel(p.executor, { requester: p.requester.account.address, executor: p.executor.account.address, token: zeroAddress, lane })).collected;
}

const ETH = 10n ** 18n;

describe('Collector', () => {
  it('sends several collects in one block, due first then soonest expiry, and leaves a 1-wei payment alone', async () => {
    const p = party(2);
    const farther = await openWithSession(p, ETH, 7200n);
    const far = await openWithSession(p, ETH, 3600n);
    const due = await openWithSession(p, ETH, 70n); // due: 70 s <= lead (60 + 3 x 1 s) + a round (15 s)
    const decoy = await openWithSession(p, 1_000n, 3000n);
    await storePayment(p, farther, ETH / 10n);
    await storePayment(p, far, ETH / 100n);
    await storePayment(p, due, ETH / 1000n);
    await storePayment(p, decoy, 1n);
    const collector = collectorFor(p);
    await anvil.setAutomine(false);

    await collector.sweep();
    const sent = collector.records.allSends();
    assert.deepEqual(sent.map((s) => s.channelId), [due.channelId, far.channelId, farther.channelId]);
    assert.deepEqual(sent.map((s) => s.nonce - sent[0]!.nonce), [0, 1, 2]);

    await anvil.mine({ blocks: 1 });
    await collector.sweep();
    const mined = collector.records.allSends();
    assert.deepEqual(mined.map((s) => s.status), ['mined', 'mined', 'mined']);
    assert.equal(new Set(mined.map((s) => s.minedBlock)).size, 1, 'all three in one block');
    assert.deepEqual([await collectedOn(p, due.lane), await collectedOn(p, far.lane), await collectedOn(p, farther.lane), await collectedOn(p, decoy.lane)], [ETH / 1000n, ETH / 100n, ETH / 10n, 0n]);
    await collector.stop();
    p.store.close();
  });

  it('replaces a stuck collect at fees raised by at least 12.5 %, while a later collect still goes out', async () => {
    const p = party(3);
    const stuck = await openWithSession(p, ETH, 3600n);
    const later = await openWithSession(p, ETH, 3600n);
    await storePayment(p, stuck, ETH / 10n);
    const collector = collectorFor(p, { bumpAfterBlocks: 2 });
    await anvil.setAutomine(false);
    await collector.sweep();
    const [first] = collector.records.allSends();
    // The base fee jumps above what the collect offered: it sits in the pool, unmined.
    await anvil.request({ method: 'anvil_setNextBlockBaseFeePerGas', params: [`0x${parseGwei('100').toString(16)}`] } as never);
    await anvil.mine({ blocks: 1 });
    await storePayment(p, later, ETH / 20n);
    await collector.sweep();
    const afterOne = collector.records.allSends();
    assert.equal(afterOne.find((s) => s.id === first!.id)!.status, 'sent', 'not mined, not bumped yet');
    const laterSend = afterOne.find((s) => s.channelId === later.channelId)!;
    assert.equal(laterSend.nonce, first!.nonce + 1, 'the later collect went out without waiting for the stuck one');

    await anvil.mine({ blocks: 1 });
    await collector.sweep(); // two blocks unmined: replaced
    const replacement = collector.records.sendsOf(stuck.channelId)[1]!;
    assert.equal(replacement.nonce, first!.nonce);
    assert.ok(first!.fees.kind === 'eip1559' && replacement.fees.kind === 'eip1559');
    assert.ok(replacement.fees.maxFeePerGas * 1000n >= first!.fees.maxFeePerGas * 1125n);
    assert.ok(replacement.fees.maxPriorityFeePerGas * 1000n >= first!.fees.maxPriorityFeePerGas * 1125n);

    await anvil.mine({ blocks: 1 });
    await collector.sweep();
    assert.deepEqual(collector.records.sendsOf(stuck.channelId).map((s) => s.status), ['replaced', 'mined']);
    assert.deepEqual([await collectedOn(p, stuck.lane), await collectedOn(p, later.lane)], [ETH / 10n, ETH / 20n]);
    await collector.stop();
    p.store.close();
  });

  it('stores every collect before broadcasting it, and re-sends the stored bytes after a restart', async () => {
    const p = party(4);
    const channel = await openWithSession(p, ETH, 3600n);
    await storePayment(p, channel, ETH / 10n);
    // Watches the broadcast: the transaction must already be in the store when it leaves.
    const storedAtBroadcast: boolean[] = [];
    const watched: ChainClient = {
      ...p.executor,
      public: new Proxy(p.executor.public, {
        get(target, property, receiver) {
          if (property !== 'sendRawTransaction') return Reflect.get(target, property, receiver) as unknown;
          return (args: { serializedTransaction: Hex }) => {
            storedAtBroadcast.push(p.store.db.prepare('SELECT 1 FROM collect_sends WHERE raw = ?').get(args.serializedTransaction) !== undefined);
            return target.sendRawTransaction(args);
          };
        },
      }),
    };
    const first = collectorFor(p, { chain: watched });
    await anvil.setAutomine(false);
    await first.sweep();
    assert.deepEqual(storedAtBroadcast, [true]);
    const [sent] = first.records.allSends();
    // The executor dies and its node forgets the pool; the store is reopened by a new collector.
    await first.stop();
    p.store.close();
    await anvil.request({ method: 'anvil_dropAllTransactions', params: [] } as never);
    const store = new ExecutorStore(p.path);
    const restarted = collectorFor({ ...p, store });
    await restarted.sweep();
    await anvil.mine({ blocks: 1 });
    await restarted.sweep();
    const sends = restarted.records.allSends();
    assert.equal(sends.length, 1, 'the stored transaction was re-sent, not a new one');
    assert.equal(sends[0]!.txHash, sent!.txHash);
    assert.equal(sends[0]!.status, 'mined');
    assert.equal(await collectedOn(p, channel.lane), ETH / 10n);
    await restarted.stop();
    store.close();
  });

  it('sends again a collect that a reorg removed, and confirms it once deep enough', async () => {
    const p = party(5);
    const channel = await openWithSession(p, ETH, 3600n);
    await storePayment(p, channel, ETH / 10n);
    const lines: string[] = [];
    const collector = collectorFor(p, { log: (line) => lines.push(line) });
    await collector.sweep(); // sent; automine mines it, though not always before the answer comes back
    await collector.sweep({ waitMs: 10_000 }); // seen mined (the sweep waits while a collect is still 'sent')
    assert.equal(collector.records.allSends()[0]!.status, 'mined');
    assert.equal(await collectedOn(p, channel.lane), ETH / 10n);

    await anvil.request({ method: 'anvil_reorg', params: [1, []] } as never);
    assert.equal(await collectedOn(p, channel.lane), 0n, 'the reorg took the collect away');
    await collector.sweep(); // notices, re-sends the stored transaction (automine mines it)
    assert.ok(lines.some((line) => line.includes('reorg')), lines.join('\n'));
    await collector.sweep({ waitMs: 10_000 });
    assert.equal(await collectedOn(p, channel.lane), ETH / 10n);
    await anvil.mine({ blocks: 3 });
    await collector.sweep();
    assert.deepEqual(collector.records.allSends().map((s) => s.status), ['confirmed']);
    assert.equal(p.store.uncollectedChannels().length, 0);
    await collector.stop();
    p.store.close();
  });

  it('gives expired and refunded channels a terminal state instead of retrying them, and still collects live ones', async () => {
    const p = party(6);
    const expiring = await openWithSession(p, ETH, 100n);
    const refunded = await openWithSession(p, ETH, 100n);
    const cheap = await openWithSession(p, 1_000n, 100n);
    const live = await openWithSession(p, ETH, 3600n);
    const collector = collectorFor(p);
    await storePayment(p, cheap, 1n);
    await collector.sweep(); // the 1-wei payment is left alone (not worth its gas)
    await storePayment(p, expiring, ETH / 10n);
    await storePayment(p, refunded, ETH / 10n);
    await storePayment(p, live, ETH / 10n);
    // The executor was down until after both expired; the requester refunded one.
    await increaseTime(devnet, 150);
    await refundChannel(p.requester, { ref: { requester: p.requester.account.address, executor: p.executor.account.address, token: zeroAddress, lane: refunded.lane } });
    await collector.sweep(); // sends the live collect; automine mines it, though not always before the answer comes back
    await collector.sweep({ waitMs: 10_000 }); // seen mined (the sweep waits while a collect is still 'sent')
    assert.equal(collector.records.terminal(expiring.channelId)?.state, 'expired');
    assert.equal(collector.records.terminal(refunded.channelId)?.state, 'closed');
    assert.equal(collector.records.terminal(cheap.channelId)?.state, 'uneconomic');
    assert.deepEqual(collector.records.allSends().map((s) => [s.channelId, s.status]), [[live.channelId, 'mined']]);
    // Later passes leave them alone.
    await anvil.mine({ blocks: 2 });
    await collector.sweep();
    assert.equal(collector.records.allSends().length, 1);
    await collector.stop();
    p.store.close();
  });

  it('re-syncs its nonce when another transaction of the account took it, and re-plans a collect whose nonce was taken', async () => {
    const p = party(8);
    const first = await openWithSession(p, ETH, 3600n);
    const second = await openWithSession(p, ETH, 3600n);
    const third = await openWithSession(p, ETH, 3600n);
    const collector = collectorFor(p);
    const outside = async (nonce?: number) => p.executor.wallet.sendTransaction({ to: p.executor.account.address, value: 0n, ...(nonce === undefined ? {} : { nonce, maxFeePerGas: parseGwei('500'), maxPriorityFeePerGas: parseGwei('100') }) });
    await storePayment(p, first, ETH / 10n);
    await collector.sweep(); // nonce n, mined at once
    await outside(); // the operator's wallet sends from the same account: nonce n + 1
    await storePayment(p, second, ETH / 10n);
    await collector.sweep(); // the pending nonce is read again: n + 2, not the stale n + 1
    const [firstSend] = collector.records.sendsOf(first.channelId);
    assert.deepEqual(collector.records.sendsOf(second.channelId).map((s) => [s.nonce, s.status === 'rejected']), [[firstSend!.nonce + 2, false]]);
    await collector.sweep();
    assert.equal(await collectedOn(p, second.lane), ETH / 10n);

    // A collect in the pool loses its nonce to another transaction (a replacement sent by someone else with the key).
    await anvil.setAutomine(false);
    await storePayment(p, third, ETH / 10n);
    await collector.sweep();
    const [taken] = collector.records.sendsOf(third.channelId);
    await outside(taken!.nonce);
    await anvil.mine({ blocks: 1 });
    await collector.sweep(); // no receipt, nonce used: dropped, and the channel is planned again
    await anvil.mine({ blocks: 1 });
    await collector.sweep();
    assert.deepEqual(collector.records.sendsOf(third.channelId).map((s) => s.status), ['dropped', 'mined']);
    assert.equal(await collectedOn(p, third.lane), ETH / 10n);
    await collector.stop();
    p.store.close();
  });

  it('collects at once after the operator released the channel from the same account, with no new block to wake it', async () => {
    // The bench's settle step: collect, release the lane from the executor's account (a nonce the
    // collector did not send), reopen the lane, collect again. The chain mines only on transactions,
    // so a collect refused for its nonce would wait for a block that never comes.
    const p = party(7);
    const collector = collectorFor(p);
    const ref = (lane: bigint) => ({ requester: p.requester.account.address, executor: p.executor.account.address, token: zeroAddress, lane });
    const warmUp = await openWithSession(p, ETH, 3600n);
    await storePayment(p, warmUp, ETH / 10n);
    await collector.collectChannel(warmUp.channelId);
    await waitUntil(async () => (await collectedOn(p, warmUp.lane)) === ETH / 10n, 'the first collect');
    await releaseChannel(p.executor, { ref: ref(warmUp.lane) });
    const measured = await openWithSession(p, ETH, 3600n, warmUp.lane);
    assert.notEqual(measured.channelId, warmUp.channelId);
    await storePayment(p, measured, ETH / 20n);
    await collector.collectChannel(measured.channelId); // one pass, as when a session ends
    assert.deepEqual(collector.records.sendsOf(measured.channelId).map((s) => s.status === 'rejected'), [false], 'the collect went out in that pass');
    await waitUntil(async () => (await collectedOn(p, measured.lane)) === ETH / 20n, 'the collect on the reopened lane');

    // The operator's transaction still in the pool holds the next nonce: the collect must not replace it.
    const pooled = await openWithSession(p, ETH, 3600n);
    await storePayment(p, pooled, ETH / 10n);
    await anvil.setAutomine(false);
    const operatorTx = await p.executor.wallet.sendTransaction({ to: p.executor.account.address, value: 0n });
    const operatorNonce = (await p.executor.public.getTransaction({ hash: operatorTx })).nonce;
    await collector.collectChannel(pooled.channelId);
    assert.deepEqual(collector.records.sendsOf(pooled.channelId).map((s) => [s.nonce, s.status]), [[operatorNonce + 1, 'sent']]);
    await anvil.mine({ blocks: 1 });
    assert.equal((await p.executor.public.getTransactionReceipt({ hash: operatorTx })).status, 'success');
    await collector.sweep();
    assert.deepEqual(collector.records.sendsOf(pooled.channelId).map((s) => s.status), ['mined']);
    assert.equal(await collectedOn(p, pooled.lane), ETH / 10n);
    await collector.stop();
    p.store.close();
  });

  it('measures the chain\'s block time from recent blocks', async () => {
    const p = party(9);
    await anvil.mine({ blocks: 20, interval: 12 });
    const collector = new Collector({ chain: p.executor, store: p.store, activeChannels: new Set(), safetySeconds: 60n, intervalMs: 60_000, enabled: true, log: () => undefined });
    await collector.sweep();
    // A span of heads may include the previous test's last (shorter or longer) interval.
    const measured = collector.blockTimeSeconds();
    assert.ok(Math.abs(measured - 12) < 0.5, `measured ${measured} s per block`);
    assert.equal(collector.timing()!.leadSeconds, 60n + BigInt(Math.ceil(measured)) * 3n);
    await collector.stop();
    p.store.close();
  });
});
