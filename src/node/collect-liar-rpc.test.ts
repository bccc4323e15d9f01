/**
 * A lying RPC in front of the executor forges a successful receipt for a collect it never forwarded.
 * The collector must not take the receipt's word: the payment stays uncollected (in the store and on
 * chain) while the channel's on-chain state contradicts the receipt, and is collected for real once
 * the RPC is honest again (the stored collect is sent again).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { keccak256, zeroAddress, type Hex } from 'viem';
import { chainNow, createChainClient, openChannel, readChannel, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { newKey, pay } from '../chain/test-helpers/fixture.js';
import { startRpcProxy, type RpcProxy } from '../chain/test-helpers/rpc-proxy.js';
import { keyHashOf } from '../protocol/payment.js';
import { toHex } from '../util/bytes.js';
import { Collector } from './collector.js';
import { ExecutorStore } from './executor-store.js';
import { waitUntil } from './testing.js';

let devnet: Devnet;
let proxy: RpcProxy;
let dir: string;
/** The block the forged receipts name (the head when the collect was swallowed). */
let fakeBlock: { hash: Hex; number: bigint } | undefined;
let lying = true;

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  dir = mkdtempSync(join(tmpdir(), 'airtnt-liar-rpc-'));
  proxy = await startRpcProxy(devnet.rpcUrl, (request) => {
    if (!lying || fakeBlock === undefined || request.method !== 'eth_getTransactionReceipt') return undefined;
    const hash = request.params?.[0] as Hex;
    if (!proxy.swallowed.some((raw) => keccak256(raw) === hash)) return undefined;
    return {
      transactionHash: hash, transactionIndex: '0x0', blockHash: fakeBlock.hash, blockNumber: `0x${fakeBlock.number.toString(16)}`,
      from: zeroAddress, to: null, cumulativeGasUsed: '0x10000', gasUsed: '0x10000', effectiveGasPrice: '0x3b9aca00',
      contractAddress: null, logs: [], logsBloom: `0x${'00'.repeat(256)}`, status: '0x1', type: '0x2',
    };
  });
});
after(async () => {
  await proxy?.close();
  await devnet?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const client = (index: number, rpcUrl: string): ChainClient =>
  createChainClient({ rpcUrl, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });

describe('collector behind a lying RPC', () => {
  it('does not mark a collect collected on a forged receipt, and collects for real once the RPC is honest', async () => {
    const requester = client(1, devnet.rpcUrl);
    const executor = client(2, proxy.url);
    const store = new ExecutorStore(join(dir, 'executor.sqlite'));
    const lane = 0n;
    const opened = await openChannel(requester, { executor: executor.account.address, lane, amount: 10n ** 18n, expiry: (await chainNow(requester)) + 3600n });
    const sessionId = toHex(new Uint8Array(32).fill(7));
    store.insertSession({ sessionId, channelId: opened.channelId, requester: requester.account.address, token: zeroAddress, lane, rate: 1n, base: 0n, firstRound: 0n }, opened.expiry, Date.now());
    const key = newKey();
    const amount = 10n ** 15n;
    const { signature } = await pay(requester, opened.channelId, amount, key);
    store.insertPaymentAndRelease({ channelId: opened.channelId, amount, keyHash: keyHashOf(key), key, signature, sessionId, round: 0n }, Date.now());
    const ref = { requester: requester.account.address, executor: executor.account.address, token: zeroAddress, lane };

    const head = await requester.public.getBlock();
    fakeBlock = { hash: head.hash, number: head.number };
    proxy.faults.swallowSends = true;
    const logs: string[] = [];
    const collector = new Collector({ chain: executor, store, activeChannels: new Set(), safetySeconds: 60n, intervalMs: 50, enabled: true, confirmBlocks: 1n, blockTimeSeconds: 1, rebroadcastMs: 100, log: (line) => logs.push(line) });
    try {
      await collector.sweep();
      assert.equal(proxy.swallowed.length, 1, 'the collect went to the lying RPC');
      // A few passes that read the forged receipt.
      const receipts = () => proxy.counts.get('eth_getTransactionReceipt') ?? 0;
      const before = receipts();
      await waitUntil(async () => {
        await collector.sweep();
        return receipts() >= before + 3;
      }, 'the collector to read the forged receipt', 30_000);
      assert.equal(store.channel(opened.channelId)!.collected, 0n, 'not marked collected on a forged receipt');
      assert.deepEqual(collector.records.sendsOf(opened.channelId).map((s) => s.status), ['sent'], 'the collect is still owed');
      assert.equal((await readChannel(requester, ref)).collected, 0n);
      assert.equal(logs.filter((line) => line.includes('contradicts')).length, 1, 'the contradiction is said once');

      // Honest again: the stored collect goes out again and is collected for real.
      lying = false;
      proxy.faults.swallowSends = false;
      await waitUntil(async () => {
        await collector.sweep();
        return store.channel(opened.channelId)!.collected === amount;
      }, 'the payment to be collected for real', 60_000, 50);
      assert.equal((await readChannel(requester, ref)).collected, amount, 'collected on chain');
    } finally {
      await collector.stop();
      store.close();
    }
  });
});
