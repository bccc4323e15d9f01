/**
 * The collector on a real devnet and a real executor store: it collects the channel that expires
 * first first, and a collect that a reorg (anvil snapshot/revert) dropped is collected again once
 * the collector reads it back at depth.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestClient, http, type Hex } from 'viem';
import { chainNow, createChainClient, openChannel, readChannel, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { newKey, pay } from '../chain/test-helpers/fixture.js';
import { keyHashOf } from '../protocol/payment.js';
import { toHex } from '../util/bytes.js';
import { Collector } from './collector.js';
import { ExecutorStore } from './executor-store.js';

let devnet: Devnet;
let dir: string;
const client = (index: number): ChainClient =>
  createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  dir = mkdtempSync(join(tmpdir(), 'airtnt-collector-'));
});
after(async () => {
  await devnet?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Collector', () => {
  it('collects soonest expiry first, and collects again what a reorg dropped', async () => {
    const requester = client(1);
    const executor = client(2);
    const anvil = createTestClient({ mode: 'anvil', transport: http(devnet.rpcUrl, { retryCount: 0 }) });
    const store = new ExecutorStore(join(dir, 'executor.sqlite'));
    const now = await chainNow(requester);
    // Stored late-expiring first, so the order of the sweep is not the order of insertion.
    const channels: { channelId: Hex; amount: bigint }[] = [];
    for (const [lane, seconds] of [[0n, 7200n], [1n, 1800n]] as const) {
      const opened = await openChannel(requester, { executor: executor.account.address, lane, amount: 10_000n, expiry: now + seconds });
      const sessionId = toHex(new Uint8Array(32).fill(Number(lane) + 1));
      store.insertSession({ sessionId, channelId: opened.channelId, requester: requester.account.address, token: opened.ref.token, lane, rate: 1n, base: 0n, firstRound: 0n }, opened.expiry, 1);
      const key = newKey();
      const amount = 100n * (lane + 1n);
      const { signature } = await pay(requester, opened.channelId, amount, key);
      store.insertPayment({ channelId: opened.channelId, amount, keyHash: keyHashOf(key), key, signature, sessionId, round: 0n }, 2);
      channels.push({ channelId: opened.channelId, amount });
    }
    const collector = new Collector({ chain: executor, store, activeChannels: new Set(), safetySeconds: 60n, intervalMs: 60_000, enabled: true, confirmBlocks: 3n, log: () => undefined });
    const collectedOf = async (lane: bigint) => (await readChannel(executor, { requester: requester.account.address, executor: executor.account.address, token: '0x0000000000000000000000000000000000000000', lane })).collected;

    const snapshot = await anvil.snapshot();
    const first = await collector.sweep();
    assert.deepEqual(first.map((o) => [o.channelId, o.status]), [[channels[1]!.channelId, 'collected'], [channels[0]!.channelId, 'collected']]);
    assert.deepEqual(store.uncollectedChannels(), []);
    assert.equal(collector.unconfirmedCount, 2);

    // A reorg drops both collects; nothing is noticed until they would be 3 blocks deep.
    await anvil.revert({ id: snapshot });
    assert.deepEqual([await collectedOf(0n), await collectedOf(1n)], [0n, 0n]);
    await anvil.mine({ blocks: 5 });
    const second = await collector.sweep();
    assert.deepEqual(second.map((o) => [o.channelId, o.status]), [[channels[1]!.channelId, 'collected'], [channels[0]!.channelId, 'collected']]);
    assert.deepEqual([await collectedOf(0n), await collectedOf(1n)], [100n, 200n]);

    // Deep enough and still there: confirmed and forgotten; nothing left to do.
    await anvil.mine({ blocks: 5 });
    assert.deepEqual(await collector.sweep(), []);
    assert.equal(collector.unconfirmedCount, 0);
    await collector.stop();
    store.close();
  });
});
