/**
 * Recovery refunds a pool's channel on its AirtntPools contract (issue 12), on a real anvil with real
 * signatures: the requester gets back the deposit minus what the members collected, and the channel is
 * never marked closed because the channels contract, which does not know it, reads it closed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Address, Hex } from 'viem';
import { createChainClient, withChannels, type ChainClient } from '../chain/client.js';
import { collectPoolPayment } from '../chain/collect-pool-payment.js';
import { deployPools } from '../chain/deploy-pools.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { openChannel } from '../chain/open-channel.js';
import { readChannel } from '../chain/read-channel.js';
import { ETH } from '../chain/ref.js';
import { newKey } from '../chain/test-helpers/fixture.js';
import { chainNow, increaseTime } from '../chain/time.js';
import { balanceOf } from '../chain/token.js';
import { keyHashOf } from '../protocol/payment.js';
import { poolAddress, signPoolPayment } from '../protocol/pool-signatures.js';
import { toHex } from '../util/bytes.js';
import { RefundStore } from './refund-store.js';
import { ensureChannel, refundExpired } from './requester-channels.js';
import { RequesterStore } from './requester-store.js';

let devnet: Devnet;
let dir: string;
let pools: Address;
let members: ChainClient[];
let memberList: Address[];
let pool: Address;
const client = (index: number): ChainClient =>
  createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });

before(async () => {
  devnet = await startDevnet({ accountCount: 5 });
  dir = mkdtempSync(join(tmpdir(), 'airtnt-pool-refund-'));
  pools = (await deployPools(client(0))).address;
  members = [withChannels(client(2), pools), withChannels(client(3), pools)];
  memberList = members.map((member) => member.account.address);
  pool = poolAddress(memberList);
});
after(async () => {
  await devnet?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A member collects its own cumulative `amount` with a PoolPayment the requester really signed. */
async function memberCollects(requester: ChainClient, channel: { channelId: Hex; lane: bigint }, index: number, amount: bigint): Promise<void> {
  const key = newKey();
  const signature = await signPoolPayment(requester.account, requester.domain, { channelId: channel.channelId, member: memberList[index]!, amount, keyHash: keyHashOf(key) });
  const ref = { requester: requester.account.address, executor: pool, token: ETH, lane: channel.lane };
  await collectPoolPayment(members[index]!, { ref, members: memberList, amount, key, signature });
}

describe('recovery refunds a pool channel on its pool contract', () => {
  it('returns the deposit minus what the members collected, and marks the channel refunded, not closed', async () => {
    // Recovery is given the ordinary client (the channels contract), as Requester recovery and `airtnt recover` are.
    const requester = client(1);
    const onPools = withChannels(requester, pools);
    const store = new RequesterStore(join(dir, 'pool-run.sqlite'));
    const { channel } = await ensureChannel(onPools, store, { executor: pool, needed: 3_000n, minSeconds: 0, channelSeconds: 200, freshOnly: true, pool: true });
    assert.equal(store.channel(channel.channelId)?.contract, pools);
    // The pool session as a run stores it (the channel's pool contract is named there too).
    const sessionId = toHex(new Uint8Array(32).fill(7));
    store.ensureRun({ runId: 'run', functionMeasurement: toHex(new Uint8Array(32)), initialState: new Uint8Array([0]), totalCycles: 30, perRound: 10 }, 1);
    store.insertSession({ sessionId, runId: 'run', executorUrl: 'http://127.0.0.1:1', channelId: channel.channelId, sessionSecret: new Uint8Array(32), enclaveAddress: memberList[0]!, firstRound: 0n }, 1);
    store.pool.insertSession({ sessionId, runId: 'run', contract: pools, members: memberList.map((payee, i) => ({ url: `http://127.0.0.1:${i + 1}`, payee })), ackCount: 1, firstView: 0 });
    // Member 0 ran and collected, failed; member 1 continued and collected: 1,200 of 3,000 taken.
    await memberCollects(onPools, channel, 0, 700n);
    await memberCollects(onPools, channel, 1, 500n);
    assert.equal(await balanceOf(requester, ETH, pools), 1_800n);

    // Not expired yet: nothing is refunded and the channel stays open (the channels contract must not close it).
    const early = await refundExpired(requester, store);
    assert.deepEqual([early.refunded, early.refundsWaiting, store.channel(channel.channelId)?.status], [[], [], 'open']);

    await increaseTime(devnet, 201);
    const report = await refundExpired(requester, store);
    assert.deepEqual(report, { refunded: [{ channelId: channel.channelId, amount: 1_800n }], refundsWaiting: [] });
    assert.equal(store.channel(channel.channelId)?.status, 'refunded');
    // What the members collected stays theirs; nothing of the requester's is left in the pool contract.
    assert.equal(await balanceOf(requester, ETH, pools), 0n);
    const ref = { requester: requester.account.address, executor: pool, token: ETH, lane: channel.lane };
    assert.equal((await readChannel(onPools, ref)).isOpen, false);
    // Stored before it was broadcast, like a channel's refund, and confirmed once.
    assert.deepEqual(new RefundStore(store.db).sendsOf(channel.channelId).map((send) => send.status), ['mined']);

    // The refunded pool channel is checked again on later recoveries on its own contract: it stays refunded.
    const again = await refundExpired(requester, store);
    assert.deepEqual([again.refunded, again.refundsWaiting, store.channel(channel.channelId)?.status], [[], [], 'refunded']);
    store.close();
  });

  it('refunds a pool channel whose session was never stored (the requester died right after the open)', async () => {
    const requester = client(4);
    const onPools = withChannels(requester, pools);
    const store = new RequesterStore(join(dir, 'killed-after-open.sqlite'));
    const { channel } = await ensureChannel(onPools, store, { executor: pool, needed: 2_000n, minSeconds: 0, channelSeconds: 100, freshOnly: true, pool: true });
    assert.equal(store.pool.contractOfChannel(channel.channelId), undefined);
    await increaseTime(devnet, 101);
    const report = await refundExpired(requester, store);
    assert.deepEqual(report, { refunded: [{ channelId: channel.channelId, amount: 2_000n }], refundsWaiting: [] });
    assert.equal(store.channel(channel.channelId)?.status, 'refunded');
    store.close();
  });

  it('refunds pool channels stored before channels named their contract, even one an earlier recovery marked closed', async () => {
    const requester = client(1);
    const onPools = withChannels(requester, pools);
    const store = new RequesterStore(join(dir, 'older-rows.sqlite'));
    store.ensureRun({ runId: 'old', functionMeasurement: toHex(new Uint8Array(32)), initialState: new Uint8Array([0]), totalCycles: 30, perRound: 10 }, 1);
    // Two pool channels as an older store holds them: no contract on the row, a pool session naming it.
    const opened: Hex[] = [];
    for (const lane of [5n, 6n]) {
      const channel = await openChannel(onPools, { executor: pool, token: ETH, lane, amount: 1_000n, expiry: (await chainNow(requester)) + 100n });
      store.insertChannel({ channelId: channel.channelId, requester: requester.account.address, executor: pool, token: ETH, lane, deposit: 1_000n, expiry: channel.expiry }, 1);
      const sessionId = toHex(new Uint8Array(32).fill(Number(lane)));
      store.insertSession({ sessionId, runId: 'old', executorUrl: 'http://127.0.0.1:1', channelId: channel.channelId, sessionSecret: new Uint8Array(32), enclaveAddress: memberList[0]!, firstRound: 0n }, 1);
      store.pool.insertSession({ sessionId, runId: 'old', contract: pools, members: memberList.map((payee, i) => ({ url: `http://127.0.0.1:${i + 1}`, payee })), ackCount: 1, firstView: 0 });
      await memberCollects(onPools, { channelId: channel.channelId, lane }, 1, 400n);
      opened.push(channel.channelId);
    }
    // The second was marked closed by a recovery that read it on the channels contract.
    store.setChannelStatus(opened[1]!, 'closed');
    await increaseTime(devnet, 101);
    const report = await refundExpired(requester, store);
    assert.deepEqual(report, { refunded: opened.map((channelId) => ({ channelId, amount: 600n })), refundsWaiting: [] });
    assert.deepEqual(opened.map((channelId) => store.channel(channelId)?.status), ['refunded', 'refunded']);
    store.close();
  });
});
