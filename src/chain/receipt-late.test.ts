/**
 * Regression (invariant test, seed 1305898833: CHAIN_CALL_FAILED "Timed out while waiting for
 * transaction" on a fee-token open): a node that shows a block a moment before it serves the receipt
 * in it. viem's wait looked again only on a new block, which a chain that mines only on transactions
 * never makes, so a mined transaction timed out. A proxy in front of anvil answers "no receipt yet"
 * to the first receipt lookups of every transaction; each write must still return once mined.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createChainClient } from './client.js';
import { startDevnet, type Devnet } from './devnet.js';
import { openChannel } from './open-channel.js';
import { startRpcProxy, type RpcProxy } from './test-helpers/rpc-proxy.js';
import { chainNow } from './time.js';

let devnet: Devnet;
let proxy: RpcProxy;
/** Receipt lookups answered "not yet", per transaction hash. */
const hidden = new Map<string, number>();
const HIDDEN_LOOKUPS = 3;

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  proxy = await startRpcProxy(devnet.rpcUrl, (request) => {
    if (request.method !== 'eth_getTransactionReceipt') return undefined;
    const hash = String(request.params?.[0]);
    const seen = hidden.get(hash) ?? 0;
    if (seen >= HIDDEN_LOOKUPS) return undefined;
    hidden.set(hash, seen + 1);
    return null;
  });
});
after(async () => {
  await proxy?.close();
  await devnet?.stop();
});

describe('a receipt served late', () => {
  it('a token open (approve, then open) returns once mined, well before the receipt timeout', { timeout: 90_000 }, async () => {
    const requester = createChainClient({ rpcUrl: proxy.url, privateKey: devnet.accounts[1]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });
    const started = Date.now();
    const opened = await openChannel(requester, { executor: devnet.accounts[2]!.address, token: devnet.token, amount: 1_000n, expiry: (await chainNow(requester)) + 3_600n });
    assert.equal(opened.deposit, 1_000n);
    assert.ok(hidden.size >= 2, `receipts hidden for ${hidden.size} transactions`);
    // Before the fix this waited the whole 120 s receipt timeout and failed.
    assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
  });
});
