import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { keccak256, toHex, type Hex } from 'viem';
import { keyHashOf, paymentDigest, signPayment } from '../protocol/payment.js';
import { isAirtntError } from '../util/errors.js';
import { withChannels } from './client.js';
import { closeChannel } from './close-channel.js';
import { collectPayment } from './collect-payment.js';
import { deployChannels } from './deploy.js';
import { extendChannel } from './extend-channel.js';
import { findRevealedKeys } from './find-revealed-keys.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import { openChannel } from './open-channel.js';
import { readChannel } from './read-channel.js';
import { channelIdOf, type ChannelRef } from './ref.js';
import { refundChannel } from './refund-channel.js';
import { releaseChannel } from './release-channel.js';
import { newKey, pay, startFixture, type Fixture } from './test-helpers/fixture.js';
import { chainNow, increaseTime } from './time.js';
import { balanceOf } from './token.js';
import { topUpChannel } from './top-up-channel.js';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const DEPOSIT = 1_000_000n;

let f: Fixture;
let nextLane = 100n;

before(async () => {
  f = await startFixture();
});
after(async () => {
  await f?.devnet.stop();
});

/** Opens an ETH channel on a lane no other test uses. */
async function openEth(seconds = 3600n, amount = DEPOSIT) {
  return openChannel(f.requester, {
    executor: f.executor.account.address,
    lane: nextLane++,
    amount,
    expiry: (await chainNow(f.requester)) + seconds,
  });
}

function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  return assert.rejects(promise, (error) => {
    assert.ok(isAirtntError(error, code), `expected ${code}, got ${String(error)}`);
    return true;
  });
}

describe('AirtntChannels (ETH) on anvil', () => {
  it('agrees with the TypeScript side on ids, digests and the EIP-712 domain', async () => {
    const read = <T>(functionName: 'PAYMENT_TYPEHASH' | 'eip712Domain' | 'DOMAIN_SEPARATOR') =>
      f.requester.public.readContract({ address: f.devnet.channels, abi: airtntChannelsAbi, functionName }) as Promise<T>;
    assert.equal(await read('PAYMENT_TYPEHASH'), keccak256(toHex('Payment(bytes32 channelId,uint256 amount,bytes32 keyHash)')));
    const [fields, name, version, chainId, verifyingContract] = await read<readonly [Hex, string, string, bigint, Hex]>('eip712Domain');
    assert.deepEqual([fields, name, version, chainId, verifyingContract], ['0x0f', 'Airtnt', '1', 31337n, f.devnet.channels]);
    const opened = await openEth();
    const state = await readChannel(f.requester, opened.ref);
    assert.equal(opened.channelId, channelIdOf(opened.ref, 1n));
    assert.equal(state.channelId, opened.channelId);
    const terms = { channelId: opened.channelId, amount: 77n, keyHash: keyHashOf(newKey()) };
    const onChain = await f.requester.public.readContract({
      address: f.devnet.channels,
      abi: airtntChannelsAbi,
      functionName: 'paymentDigest',
      args: [terms.channelId, terms.amount, terms.keyHash],
    });
    assert.equal(onChain, paymentDigest(f.requester.domain, terms));
  });

  it('runs the happy path: open, top up, extend, collect twice, close; keys are on-chain', async () => {
    const opened = await openEth();
    const contractBefore = await balanceOf(f.requester, opened.ref.token, f.devnet.channels);
    await topUpChannel(f.requester, { ref: opened.ref, amount: 500n });
    await extendChannel(f.requester, { ref: opened.ref, expiry: opened.expiry + 60n });
    const keys = [newKey(), newKey(), newKey()];
    const executorBefore = await balanceOf(f.executor, opened.ref.token, f.executor.account.address);
    const requesterBefore = await balanceOf(f.requester, opened.ref.token, f.requester.account.address);

    const first = await collectPayment(f.executor, { ref: opened.ref, key: keys[0]!, ...(await pay(f.requester, opened.channelId, 100n, keys[0]!)), amount: 100n });
    const second = await collectPayment(f.executor, { ref: opened.ref, key: keys[1]!, ...(await pay(f.requester, opened.channelId, 250n, keys[1]!)), amount: 250n });
    let state = await readChannel(f.requester, opened.ref);
    assert.deepEqual([state.deposit, state.collected, state.expiry, state.isOpen], [DEPOSIT + 500n, 250n, opened.expiry + 60n, true]);

    const closed = await closeChannel(f.executor, { ref: opened.ref, key: keys[2]!, ...(await pay(f.requester, opened.channelId, 400n, keys[2]!)), amount: 400n });
    assert.deepEqual([closed.amount, closed.refunded], [400n, DEPOSIT + 500n - 400n]);
    state = await readChannel(f.requester, opened.ref);
    assert.deepEqual([state.deposit, state.collected, state.expiry, state.isOpen, state.nonce], [0n, 0n, 0n, false, 1n]);

    const fees = first.fee + second.fee + closed.fee;
    assert.equal(await balanceOf(f.executor, opened.ref.token, f.executor.account.address), executorBefore + 400n - fees);
    assert.equal(await balanceOf(f.requester, opened.ref.token, f.requester.account.address), requesterBefore + DEPOSIT + 100n);
    assert.equal(await balanceOf(f.requester, opened.ref.token, f.devnet.channels), contractBefore - DEPOSIT);

    const revealed = await findRevealedKeys(f.requester, { channelId: opened.channelId });
    assert.deepEqual(revealed.map((r) => [r.amount, toHex(r.key), r.keyHash]), keys.map((k, i) => [[100n, 250n, 400n][i], toHex(k), keyHashOf(k)]));
  });

  it('reopens a used lane under a new channel id; old signatures are dead there', async () => {
    const opened = await openEth();
    const key = newKey();
    const old = await pay(f.requester, opened.channelId, 10n, key);
    await closeChannel(f.executor, { ref: opened.ref, amount: 10n, key, signature: old.signature });
    const again = await openChannel(f.requester, { executor: opened.ref.executor, lane: opened.ref.lane, amount: DEPOSIT, expiry: opened.expiry });
    assert.notEqual(again.channelId, opened.channelId);
    assert.equal(again.channelId, channelIdOf(opened.ref, 2n));
    await rejectsWith(collectPayment(f.executor, { ref: opened.ref, amount: 10n, key, signature: old.signature }), 'CHANNEL_SIGNER_MISMATCH');
    await rejectsWith(
      openChannel(f.requester, { executor: opened.ref.executor, lane: opened.ref.lane, amount: 1n, expiry: opened.expiry }),
      'CHANNEL_ALREADY_OPEN',
    );
  });

  it('refunds after expiry only, and release returns the rest at any time', async () => {
    const opened = await openEth(100n);
    const key = newKey();
    await collectPayment(f.executor, { ref: opened.ref, amount: 30n, key, ...(await pay(f.requester, opened.channelId, 30n, key)) });
    await rejectsWith(refundChannel(f.requester, { ref: opened.ref }), 'CHANNEL_NOT_EXPIRED');
    await increaseTime(f.devnet, 100);
    const later = newKey();
    await rejectsWith(
      collectPayment(f.executor, { ref: opened.ref, amount: 40n, key: later, ...(await pay(f.requester, opened.channelId, 40n, later)) }),
      'CHANNEL_EXPIRED',
    );
    const refunded = await refundChannel(f.requester, { ref: opened.ref });
    assert.equal(refunded.refunded, DEPOSIT - 30n);
    await rejectsWith(refundChannel(f.requester, { ref: opened.ref }), 'CHANNEL_NOT_OPEN');

    const toRelease = await openEth();
    const released = await releaseChannel(f.executor, { ref: toRelease.ref });
    assert.deepEqual([released.amount, released.refunded], [0n, DEPOSIT]);
    assert.equal((await findRevealedKeys(f.requester, { channelId: toRelease.channelId })).length, 0);
  });

  it('refuses payments that are not the requester\'s for exactly this channel, contract and chain', async () => {
    const opened = await openEth();
    const other = await openEth();
    const key = newKey();
    const terms = { channelId: opened.channelId, amount: 50n, keyHash: keyHashOf(key) };
    const collect = (signature: Hex, amount = 50n, k = key) => collectPayment(f.executor, { ref: opened.ref, amount, key: k, signature });

    // signed by someone else
    await rejectsWith(collect(await signPayment(f.stranger.account, f.requester.domain, terms)), 'CHANNEL_SIGNER_MISMATCH');
    // signed for another channel
    await rejectsWith(collect((await pay(f.requester, other.channelId, 50n, key)).signature), 'CHANNEL_SIGNER_MISMATCH');
    // signed for another contract (a second deployment on the same chain)
    const otherContract = withChannels(f.requester, await deployChannels(f.stranger));
    await rejectsWith(collect(await signPayment(f.requester.account, otherContract.domain, terms)), 'CHANNEL_SIGNER_MISMATCH');
    // signed for another chain
    await rejectsWith(collect(await signPayment(f.requester.account, { ...f.requester.domain, chainId: 1 }, terms)), 'CHANNEL_SIGNER_MISMATCH');
    // the right signature but a key whose hash was not signed
    const good = await signPayment(f.requester.account, f.requester.domain, terms);
    await rejectsWith(collect(good, 50n, newKey()), 'CHANNEL_SIGNER_MISMATCH');
    // a different amount than signed
    await rejectsWith(collect(good, 51n), 'CHANNEL_SIGNER_MISMATCH');
    // the malleable high-s twin of the good signature
    const s = BigInt(`0x${good.slice(66, 130)}`);
    const twin = `${good.slice(0, 66)}${(N - s).toString(16).padStart(64, '0')}${good.endsWith('1b') ? '1c' : '1b'}` as Hex;
    await rejectsWith(collect(twin), 'CHANNEL_INVALID_SIGNATURE');
    // above the deposit (properly signed)
    const big = await pay(f.requester, opened.channelId, DEPOSIT + 1n, key);
    await rejectsWith(collect(big.signature, DEPOSIT + 1n), 'CHANNEL_AMOUNT_ABOVE_DEPOSIT');

    // the good one works exactly once
    await collect(good);
    await rejectsWith(collect(good), 'CHANNEL_AMOUNT_NOT_ABOVE_COLLECTED');
    // and after close, nothing can be collected
    await releaseChannel(f.executor, { ref: opened.ref });
    const late = await pay(f.requester, opened.channelId, 60n, key);
    await rejectsWith(collect(late.signature, 60n), 'CHANNEL_NOT_OPEN');
  });

  it('lets only the requester fund, extend or refund, and only the executor collect', async () => {
    const opened = await openEth();
    const before = await readChannel(f.requester, opened.ref);
    await rejectsWith(topUpChannel(f.stranger, { ref: opened.ref, amount: 1n }), 'NOT_REQUESTER');
    // The contract itself: a stranger's top-up lands on the stranger's own (closed) lane.
    const strangersView: ChannelRef = { ...opened.ref, requester: f.stranger.account.address };
    await rejectsWith(topUpChannel(f.stranger, { ref: strangersView, amount: 1n }), 'CHANNEL_NOT_OPEN');
    await rejectsWith(extendChannel(f.stranger, { ref: strangersView, expiry: opened.expiry + 10n }), 'CHANNEL_NOT_OPEN');
    await rejectsWith(refundChannel(f.stranger, { ref: strangersView }), 'CHANNEL_NOT_OPEN');
    const key = newKey();
    const payment = await pay(f.requester, opened.channelId, 5n, key);
    await rejectsWith(collectPayment(f.stranger, { ref: opened.ref, amount: 5n, key, signature: payment.signature }), 'NOT_EXECUTOR');
    const asStranger: ChannelRef = { ...opened.ref, executor: f.stranger.account.address };
    await rejectsWith(collectPayment(f.stranger, { ref: asStranger, amount: 5n, key, signature: payment.signature }), 'CHANNEL_NOT_OPEN');
    await rejectsWith(releaseChannel(f.stranger, { ref: asStranger }), 'CHANNEL_NOT_OPEN');
    assert.deepEqual(await readChannel(f.requester, opened.ref), before);

    await rejectsWith(extendChannel(f.requester, { ref: opened.ref, expiry: opened.expiry - 1n }), 'CHANNEL_INVALID_EXPIRY');
    await rejectsWith(
      openChannel(f.requester, { executor: f.executor.account.address, lane: nextLane++, amount: 1n, expiry: 1n }),
      'CHANNEL_INVALID_EXPIRY',
    );
  });

  it('sends a refund to a re-entrant requester once: its re-entered refund finds the channel closed', async () => {
    const { deployContract } = await import('./deploy.js');
    const { reentrantRequesterAbi, reentrantRequesterBytecode } = await import('./generated/contracts.js');
    const { address } = await deployContract(f.stranger, 'ReentrantRequester', reentrantRequesterAbi, reentrantRequesterBytecode, [
      f.devnet.channels,
      f.executor.account.address,
    ]);
    const write = async (functionName: 'openEth' | 'refundEth', args: readonly bigint[], value = 0n) => {
      const hash = await f.stranger.wallet.writeContract({ address, abi: reentrantRequesterAbi, functionName, args, value } as never);
      assert.equal((await f.stranger.public.waitForTransactionReceipt({ hash })).status, 'success');
    };
    await write('openEth', [(await chainNow(f.stranger)) + 10n], 1000n);
    await increaseTime(f.devnet, 10);
    const contractBefore = await balanceOf(f.stranger, '0x0000000000000000000000000000000000000000', f.devnet.channels);
    await write('refundEth', []);
    const read = (functionName: 'reentryAttempts' | 'reentryError') =>
      f.stranger.public.readContract({ address, abi: reentrantRequesterAbi, functionName });
    assert.equal(await read('reentryAttempts'), 1n);
    assert.equal(String(await read('reentryError')).slice(0, 10), keccak256(toHex('ChannelNotOpen(bytes32)')).slice(0, 10));
    assert.equal(await balanceOf(f.stranger, '0x0000000000000000000000000000000000000000', address), 1000n);
    assert.equal(await balanceOf(f.stranger, '0x0000000000000000000000000000000000000000', f.devnet.channels), contractBefore - 1000n);
  });
});
