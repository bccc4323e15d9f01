/** Key recovery from events in bounded block ranges, as real RPC providers require. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestClient, http, toHex } from 'viem';
import { isAirtntError } from '../util/errors.js';
import { createChainClient } from './client.js';
import { collectPayment } from './collect-payment.js';
import { findRevealedKeys } from './find-revealed-keys.js';
import { openChannel } from './open-channel.js';
import { newKey, pay, startFixture, type Fixture } from './test-helpers/fixture.js';
import { chainNow } from './time.js';

let f: Fixture;

before(async () => {
  f = await startFixture();
});
after(async () => {
  await f?.devnet.stop();
});

async function mine(blocks: number): Promise<void> {
  await createTestClient({ mode: 'anvil', transport: http(f.devnet.rpcUrl, { retryCount: 0 }) }).mine({ blocks });
}

describe('findRevealedKeys', () => {
  it('pages eth_getLogs from the open block in ranges of at most maxBlockRange blocks', async () => {
    const opened = await openChannel(f.requester, { executor: f.executor.account.address, lane: 7n, amount: 1_000n, expiry: (await chainNow(f.requester)) + 3600n });
    const keys = [newKey(), newKey()];
    await mine(5);
    const first = await collectPayment(f.executor, { ref: opened.ref, amount: 100n, key: keys[0]!, ...(await pay(f.requester, opened.channelId, 100n, keys[0]!)) });
    await mine(7);
    const second = await collectPayment(f.executor, { ref: opened.ref, amount: 300n, key: keys[1]!, ...(await pay(f.requester, opened.channelId, 300n, keys[1]!)) });
    await mine(3);

    // Watch the requests a real provider would see.
    const ranges: [bigint, bigint][] = [];
    const publicClient = f.requester.public;
    const original = publicClient.getContractEvents.bind(publicClient);
    const spy = ((args: { fromBlock: bigint; toBlock: bigint }) => {
      ranges.push([args.fromBlock, args.toBlock]);
      return original(args as never);
    }) as typeof publicClient.getContractEvents;
    const client = { ...f.requester, public: { ...publicClient, getContractEvents: spy } };

    const revealed = await findRevealedKeys(client, { channelId: opened.channelId, fromBlock: opened.blockNumber, maxBlockRange: 4n });
    assert.deepEqual(revealed.map((r) => [r.amount, toHex(r.key), r.blockNumber]), [[100n, toHex(keys[0]!), first.blockNumber], [300n, toHex(keys[1]!), second.blockNumber]]);
    const latest = await f.requester.public.getBlockNumber();
    assert.ok(ranges.length >= 2 * Math.ceil(Number(latest - opened.blockNumber + 1n) / 4));
    for (const [from, to] of ranges) assert.ok(to - from + 1n <= 4n && from >= opened.blockNumber && to <= latest, `range ${from}..${to}`);
    // Pages tile the whole span once, without gaps.
    const starts = [...new Set(ranges.map(([from]) => from))].sort((a, b) => Number(a - b));
    assert.equal(starts[0], opened.blockNumber);
    assert.equal(starts.length, Math.ceil(Number(latest - opened.blockNumber + 1n) / 4));

    // A later start misses the earlier key; an empty span finds nothing.
    const later = await findRevealedKeys(f.requester, { channelId: opened.channelId, fromBlock: first.blockNumber + 1n, maxBlockRange: 2n });
    assert.deepEqual(later.map((r) => r.amount), [300n]);
    assert.deepEqual(await findRevealedKeys(f.requester, { channelId: opened.channelId, fromBlock: latest + 1n }), []);
  });

  it('finds a key collected just after the head was read, whatever the client caches', async () => {
    // A requester client that would cache the head for ten seconds: the search after a collect must
    // still reach the block of that collect (a miss made a resumed run pay a round twice).
    const requester = createChainClient({ rpcUrl: f.devnet.rpcUrl, privateKey: f.devnet.accounts[1]!.privateKey, channels: f.devnet.channels, chainId: f.devnet.chainId, pollingIntervalMs: 10_000 });
    const opened = await openChannel(f.requester, { executor: f.executor.account.address, lane: 8n, amount: 1_000n, expiry: (await chainNow(f.requester)) + 3600n });
    const key = newKey();
    await requester.public.getBlockNumber();
    const collected = await collectPayment(f.executor, { ref: opened.ref, amount: 100n, key, ...(await pay(f.requester, opened.channelId, 100n, key)) });
    const revealed = await findRevealedKeys(requester, { channelId: opened.channelId, fromBlock: opened.blockNumber });
    assert.deepEqual(revealed.map((r) => [toHex(r.key), r.blockNumber]), [[toHex(key), collected.blockNumber]]);
  });

  it('refuses a block range below one block', async () => {
    await assert.rejects(findRevealedKeys(f.requester, { channelId: toHex(new Uint8Array(32)), maxBlockRange: 0n }), (error) => isAirtntError(error, 'INVALID_BLOCK_RANGE'));
  });
});
