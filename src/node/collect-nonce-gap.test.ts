/**
 * A nonce gap left by a lying RPC: the RPC in front of the executor swallows one collect, forges its
 * receipt and the channel() read at the receipt's block, so the collector records it mined and, one
 * block later, confirmed; then the RPC is honest. The collect's nonce was never used on chain, so
 * every later collect waits behind it in the node's pool. The collector must see the gap (the
 * account's mined nonce below what it counts as sent or mined, nothing pending at it), fill it from
 * its store after the bound, say so once, and then everything is collected, nothing twice. Real anvil,
 * real stores, a loopback JSON-RPC proxy; no fixed sleeps.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { decodeFunctionData, encodeFunctionResult, isAddressEqual, keccak256, zeroAddress, type Hex } from 'viem';
import { chainNow, createChainClient, openChannel, readChannel, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { airtntChannelsAbi } from '../chain/generated/contracts.js';
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
const ETH = 10n ** 18n;
/** While set: the forged receipt's block, and the channel() answer to give at that block (collected = the swallowed amount). */
let lie: { block: { hash: Hex; number: bigint }; channel: readonly [Hex, bigint, bigint, bigint, bigint] } | undefined;

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  dir = mkdtempSync(join(tmpdir(), 'airtnt-nonce-gap-'));
  proxy = await startRpcProxy(devnet.rpcUrl, (request) => {
    if (lie === undefined) return undefined;
    if (request.method === 'eth_getTransactionReceipt') {
      const hash = request.params?.[0] as Hex;
      if (!proxy.swallowed.some((raw) => keccak256(raw) === hash)) return undefined;
      return {
        transactionHash: hash, transactionIndex: '0x0', blockHash: lie.block.hash, blockNumber: `0x${lie.block.number.toString(16)}`,
        from: zeroAddress, to: null, cumulativeGasUsed: '0x10000', gasUsed: '0x10000', effectiveGasPrice: '0x3b9aca00',
        contractAddress: null, logs: [], logsBloom: `0x${'00'.repeat(256)}`, status: '0x1', type: '0x2',
      };
    }
    if (request.method === 'eth_call') {
      const [call, block] = request.params as [{ to?: Hex; data?: Hex; input?: Hex }, string];
      const data = call.data ?? call.input;
      if (call.to === undefined || data === undefined || !isAddressEqual(call.to, devnet.channels) || block !== `0x${lie.block.number.toString(16)}`) return undefined;
      if (decodeFunctionData({ abi: airtntChannelsAbi, data }).functionName !== 'channel') return undefined;
      return encodeFunctionResult({ abi: airtntChannelsAbi, functionName: 'channel', result: lie.channel });
    }
    return undefined;
  });
});
after(async () => {
  await proxy?.close();
  await devnet?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const client = (index: number, rpcUrl: string): ChainClient =>
  createChainClient({ rpcUrl, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });

describe('collector: a nonce gap left by a lying RPC', () => {
  it('is found, filled from the store once, and every collect behind it lands, nothing twice', { timeout: 180_000 }, async () => {
    const requester = client(1, devnet.rpcUrl);
    const executor = client(2, proxy.url);
    const direct = client(2, devnet.rpcUrl);
    const store = new ExecutorStore(join(dir, 'executor.sqlite'));
    let session = 1;
    const paid = async (lane: bigint, amount: bigint): Promise<{ channelId: Hex; lane: bigint; amount: bigint }> => {
      const opened = await openChannel(requester, { executor: executor.account.address, lane, amount: ETH, expiry: (await chainNow(requester)) + 3600n });
      const sessionId = toHex(new Uint8Array(32).fill(session++));
      store.insertSession({ sessionId, channelId: opened.channelId, requester: requester.account.address, token: zeroAddress, lane, rate: 1n, base: 0n, firstRound: 0n }, opened.expiry, Date.now());
      const key = newKey();
      const { signature } = await pay(requester, opened.channelId, amount, key);
      store.insertPaymentAndRelease({ channelId: opened.channelId, amount, keyHash: keyHashOf(key), key, signature, sessionId, round: 0n }, Date.now());
      return { channelId: opened.channelId, lane, amount };
    };
    const collectedOn = async (lane: bigint) => (await readChannel(direct, { requester: requester.account.address, executor: executor.account.address, token: zeroAddress, lane })).collected;

    const a = await paid(0n, ETH / 10n);
    const real = await readChannel(direct, { requester: requester.account.address, executor: executor.account.address, token: zeroAddress, lane: 0n });
    const head = await requester.public.getBlock();
    lie = { block: { hash: head.hash, number: head.number }, channel: [real.channelId, real.nonce, real.deposit, a.amount, real.expiry] };
    proxy.faults.swallowSends = true;
    const lines: string[] = [];
    const collector = new Collector({
      chain: executor, store, activeChannels: new Set(), safetySeconds: 60n, intervalMs: 50, enabled: true,
      confirmBlocks: 1n, blockTimeSeconds: 1, rebroadcastMs: 200, nonceGapMs: 1_000, log: (line) => lines.push(line),
    });
    try {
      await collector.sweep();
      assert.equal(proxy.swallowed.length, 1, 'the collect went to the lying RPC only');
      await collector.sweep();
      assert.equal(store.channel(a.channelId)!.collected, a.amount, 'the forged receipt and channel read were taken as mined');
      // A block later it is confirmed on the liar's word: the reconciler stops looking at it.
      const b = await paid(1n, ETH / 20n);
      await waitUntil(async () => {
        await collector.sweep();
        return collector.records.sendsOf(a.channelId)[0]!.status === 'confirmed';
      }, 'the swallowed collect counted as confirmed', 30_000);

      // Honest from here on. The swallowed nonce is unused on chain: the next collects wait behind it.
      lie = undefined;
      proxy.faults.swallowSends = false;
      const c = await paid(2n, ETH / 40n);
      collector.start();
      await waitUntil(async () => (await collectedOn(b.lane)) === b.amount && (await collectedOn(c.lane)) === c.amount && (await collectedOn(a.lane)) === a.amount, 'every channel collected on chain', 90_000, 100);
      await collector.sweep();

      for (const channel of [a, b, c]) {
        const sends = collector.records.sendsOf(channel.channelId);
        assert.equal(sends.filter((s) => s.status === 'mined' || s.status === 'confirmed').length, 1, `${channel.lane}: ${JSON.stringify(sends.map((s) => s.status))}`);
        assert.equal(store.channel(channel.channelId)!.collected, channel.amount);
      }
      // The gap was filled with the very collect stored for that nonce (its own bytes), not a new one.
      const aSends = collector.records.sendsOf(a.channelId);
      assert.equal(aSends.length, 1, 'the stored collect was sent again, not re-signed');
      assert.equal(keccak256(proxy.swallowed[0]!), aSends[0]!.txHash);
      const gapLines = lines.filter((line) => line.includes('nonce gap'));
      assert.equal(gapLines.length, 1, `said once:\n${lines.join('\n')}`);
      assert.match(gapLines[0]!, new RegExp(`nonce gap at ${aSends[0]!.nonce}`));
      assert.equal(store.uncollectedChannels().length, 0, 'nothing left to collect');
    } finally {
      await collector.stop();
      store.close();
    }
  });
});
