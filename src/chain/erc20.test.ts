import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { keccak256, toHex, type Address } from 'viem';
import { isAirtntError } from '../util/errors.js';
import { closeChannel } from './close-channel.js';
import { collectPayment } from './collect-payment.js';
import { deployContract, deployTestToken, type TestTokenKind } from './deploy.js';
import { toChainError } from './errors.js';
import { airtntChannelsAbi, reentrantRequesterAbi, reentrantRequesterBytecode } from './generated/contracts.js';
import { openChannel } from './open-channel.js';
import { readChannel } from './read-channel.js';
import { refundChannel } from './refund-channel.js';
import { newKey, pay, startFixture, type Fixture } from './test-helpers/fixture.js';
import { chainNow, increaseTime } from './time.js';
import { balanceOf, mintTestToken } from './token.js';
import { topUpChannel } from './top-up-channel.js';

let f: Fixture;
const tokens = new Map<TestTokenKind, Address>();

before(async () => {
  f = await startFixture();
  for (const kind of ['no-bool', 'fee', 'hook'] as const) {
    const token = await deployTestToken(f.stranger, kind);
    await mintTestToken(f.stranger, { token, to: f.requester.account.address, amount: 10n ** 24n });
    tokens.set(kind, token);
  }
  tokens.set('plain', f.devnet.token);
});
after(async () => {
  await f?.devnet.stop();
});

async function openToken(kind: TestTokenKind, amount: bigint, lane = 0n, seconds = 3600n) {
  return openChannel(f.requester, {
    executor: f.executor.account.address,
    token: tokens.get(kind)!,
    lane,
    amount,
    expiry: (await chainNow(f.requester)) + seconds,
  });
}

async function collect(opened: Awaited<ReturnType<typeof openToken>>, amount: bigint, close = false) {
  const key = newKey();
  const { signature } = await pay(f.requester, opened.channelId, amount, key);
  const params = { ref: opened.ref, amount, key, signature };
  return close ? closeChannel(f.executor, params) : collectPayment(f.executor, params);
}

describe('AirtntChannels with ERC-20 tokens on anvil', () => {
  for (const kind of ['plain', 'no-bool'] as const) {
    it(`moves a ${kind} token exactly: open (with approval), collect, close, refund`, async () => {
      const token = tokens.get(kind)!;
      const balance = (who: Address) => balanceOf(f.requester, token, who);
      const [requester0, executor0, contract0] = await Promise.all([
        balance(f.requester.account.address),
        balance(f.executor.account.address),
        balance(f.devnet.channels),
      ]);
      const opened = await openToken(kind, 1000n, 1n);
      assert.ok(opened.approval, 'the allowance was short, so openChannel approved first');
      assert.equal(opened.deposit, 1000n);
      await collect(opened, 300n);
      await collect(opened, 700n, true);
      assert.equal(await balance(f.executor.account.address), executor0 + 700n);
      assert.equal(await balance(f.requester.account.address), requester0 - 700n);
      assert.equal(await balance(f.devnet.channels), contract0);

      const again = await openToken(kind, 500n, 1n, 10n);
      await increaseTime(f.devnet, 10);
      assert.equal((await refundChannel(f.requester, { ref: again.ref })).refunded, 500n);
      assert.equal(await balance(f.requester.account.address), requester0 - 700n);
      assert.equal(await balance(f.devnet.channels), contract0);
    });
  }

  it('credits a fee-on-transfer token with what actually arrived, so nothing is created', async () => {
    const token = tokens.get('fee')!;
    const opened = await openToken('fee', 10_000n, 2n);
    assert.equal(opened.deposit, 9_900n, '1% was burned on the way in');
    const topped = await topUpChannel(f.requester, { ref: opened.ref, amount: 1_000n });
    assert.equal(topped.deposit, 9_900n + 990n);
    assert.equal(await balanceOf(f.requester, token, f.devnet.channels), 10_890n);

    await assert.rejects(collect(opened, 10_891n), (e) => isAirtntError(e, 'CHANNEL_AMOUNT_ABOVE_DEPOSIT'));
    await collect(opened, 5_000n);
    assert.equal(await balanceOf(f.requester, token, f.executor.account.address), 4_950n, 'the fee is the recipient\'s loss');
    assert.equal(await balanceOf(f.requester, token, f.devnet.channels), 10_890n - 5_000n);
    const closed = await collect(opened, 10_890n, true);
    assert.ok('refunded' in closed && closed.refunded === 0n);
    assert.equal(await balanceOf(f.requester, token, f.devnet.channels), 0n, 'everything owed was paid out, nothing stuck');
  });

  it('refuses ETH sent along with a token deposit', async () => {
    const call = f.requester.wallet.writeContract({
      address: f.devnet.channels,
      abi: airtntChannelsAbi,
      functionName: 'open',
      args: [f.executor.account.address, f.devnet.token, 9n, 1n, (await chainNow(f.requester)) + 100n],
      value: 1n,
    });
    await assert.rejects(call.catch((e: unknown) => Promise.reject(toChainError(e, 'open'))), (e) =>
      isAirtntError(e, 'CHANNEL_VALUE_MISMATCH'),
    );
  });

  it('refuses a token that re-enters to top up during a deposit (no double counting)', async () => {
    const token = tokens.get('hook')!;
    const { address } = await deployContract(f.stranger, 'ReentrantRequester', reentrantRequesterAbi, reentrantRequesterBytecode, [
      f.devnet.channels,
      f.executor.account.address,
    ]);
    await mintTestToken(f.stranger, { token, to: address, amount: 1_000n });
    const hash = await f.stranger.wallet.writeContract({
      address,
      abi: reentrantRequesterAbi,
      functionName: 'openAndTopUpToken',
      args: [token, 100n, (await chainNow(f.stranger)) + 3600n],
    });
    assert.equal((await f.stranger.public.waitForTransactionReceipt({ hash })).status, 'success');
    const read = (functionName: 'reentryAttempts' | 'reentryError') =>
      f.stranger.public.readContract({ address, abi: reentrantRequesterAbi, functionName });
    assert.equal(await read('reentryAttempts'), 1n);
    assert.equal(await read('reentryError'), keccak256(toHex('Reentrancy()')).slice(0, 10));
    const state = await readChannel(f.stranger, { requester: address, executor: f.executor.account.address, token, lane: 0n });
    assert.equal(state.deposit, 200n);
    assert.equal(await balanceOf(f.stranger, token, f.devnet.channels), 200n);
  });
});
