/**
 * A refund that sits unmined past the requester's wait (CHAIN_TX_UNMINED) on a real devnet, through a
 * loopback JSON-RPC proxy that counts what is sent: the next recovery, after a restart of the
 * requester (store closed and opened again, a new chain client), broadcasts the same stored refund
 * again (same hash, same nonce) instead of signing a second one, which would revert once the first is
 * mined. The channel is marked refunded only once the receipt is in. No fixed sleeps.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestClient, http } from 'viem';
import { accountNonce, createChainClient, increaseTime, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { RpcErrorAnswer, startRpcProxy, type RpcProxy } from '../chain/test-helpers/rpc-proxy.js';
import { RefundStore } from './refund-store.js';
import { ensureChannel, refundExpired } from './requester-channels.js';
import { RequesterStore } from './requester-store.js';

let devnet: Devnet;
let dir: string;
let rpc: RpcProxy;
let anvil: ReturnType<typeof createTestClient>;
const ETH = 10n ** 18n;

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  dir = mkdtempSync(join(tmpdir(), 'airtnt-refund-unmined-'));
  // An RPC that estimates gas against the latest block and has no eth_fillTransaction (as many
  // providers): a refund still in the pool does not make the estimate of a second one fail (anvil
  // alone fills and estimates against its pending block).
  rpc = await startRpcProxy(devnet.rpcUrl, async (request) => {
    if (request.method === 'eth_fillTransaction') return new RpcErrorAnswer(-32601, 'the method eth_fillTransaction does not exist/is not available');
    if (request.method !== 'eth_estimateGas') return undefined;
    const body = JSON.stringify({ ...request, params: [request.params?.[0], 'latest'] });
    const answer = (await (await fetch(devnet.rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as { result?: unknown };
    return answer.result;
  });
  anvil = createTestClient({ mode: 'anvil', transport: http(devnet.rpcUrl, { retryCount: 0 }) });
});
after(async () => {
  await anvil?.setAutomine(true);
  await rpc?.close();
  await devnet?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const requesterClient = (): ChainClient => createChainClient({ rpcUrl: rpc.url, privateKey: devnet.accounts[1]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });
const sent = () => rpc.counts.get('eth_sendRawTransaction') ?? 0;

describe('chain faults: a refund unmined past its wait', () => {
  it('is waited for and broadcast again (same nonce) after CHAIN_TX_UNMINED and a restart, never sent a second time', { timeout: 300_000 }, async () => {
    const path = join(dir, 'requester.sqlite');
    let requester = requesterClient();
    let store = new RequesterStore(path);
    const executor = devnet.accounts[2]!.address;
    const { channel } = await ensureChannel(requester, store, { executor, needed: ETH / 100n, minSeconds: 10, channelSeconds: 100 });
    await increaseTime(devnet, 150);
    await anvil.setAutomine(false);
    const latest = await accountNonce(requester, 'latest');

    const first = await refundExpired(requester, store, { receiptTimeoutMs: 1_500 });
    assert.deepEqual(first.refunded, []);
    assert.equal(first.refundsWaiting.length, 1);
    assert.equal(first.refundsWaiting[0]!.error, 'CHAIN_TX_UNMINED');
    assert.equal(await accountNonce(requester, 'pending'), latest + 1, 'one refund in the pool');
    assert.equal(store.channel(channel.channelId)!.status, 'open', 'not refunded before its receipt');

    // The requester restarts while its refund still sits in the pool.
    store.close();
    store = new RequesterStore(path);
    requester = requesterClient();
    const sendsBefore = sent();
    const second = await refundExpired(requester, store, { receiptTimeoutMs: 1_500 });
    assert.ok(sent() > sendsBefore, 'the stored refund was broadcast again');
    assert.equal(await accountNonce(requester, 'pending'), latest + 1, 'no second refund: the pool still holds one transaction of the account');
    assert.deepEqual(second.refunded, []);
    assert.equal(second.refundsWaiting[0]!.error, 'CHAIN_TX_UNMINED');
    const stored = new RefundStore(store.db).sendsOf(channel.channelId);
    assert.equal(stored.length, 1, 'one refund stored');
    assert.equal(stored[0]!.nonce, latest);
    assert.equal(second.refundsWaiting[0]!.waitingFor, `refund ${stored[0]!.txHash} (nonce ${latest}) to be mined`, 'says what it waits for');
    assert.equal(first.refundsWaiting[0]!.waitingFor, second.refundsWaiting[0]!.waitingFor, 'the same transaction both times');

    await anvil.mine({ blocks: 1 });
    const third = await refundExpired(requester, store);
    assert.deepEqual(third.refunded, [{ channelId: channel.channelId, amount: ETH / 100n }]);
    assert.equal(store.channel(channel.channelId)!.status, 'refunded');
    assert.equal(await accountNonce(requester, 'latest'), latest + 1, 'one refund mined, none reverted');
    const receipt = await requester.public.getTransactionReceipt({ hash: stored[0]!.txHash });
    assert.equal(receipt.status, 'success');
    assert.deepEqual(new RefundStore(store.db).sendsOf(channel.channelId).map((s) => s.status), ['mined']);
    assert.deepEqual(await refundExpired(requester, store), { refunded: [], refundsWaiting: [] }, 'nothing more to do');
    store.close();
  });
});
