/**
 * Gas of one requester-executor relationship on the happy path, measured on the devnet with the
 * chain library (real transactions, real signatures): the same rows as the paper's table 1.
 */
import { randomBytes } from '@noble/hashes/utils.js';
import { createChainClient, closeChannel, collectPayment, deployChannelsWithReceipt, openChannel, releaseChannel, type ChainClient } from '../chain/index.js';
import { keyHashOf, signPayment } from '../protocol/payment.js';
import type { BenchHarness } from './harness.js';
import type { GasResult, GasRow } from './types.js';

const DEPOSIT = 10n ** 15n;
/** Lanes no paid run uses, so the first open writes fresh storage as a new relationship does. */
const FRESH_LANE = 1_000_000n;

export async function measureGas(harness: BenchHarness): Promise<GasResult> {
  const requester = harness.requester;
  const executorAccount = harness.devnet.accounts[1]!;
  const executor = createChainClient({ rpcUrl: harness.devnet.rpcUrl, chainId: harness.devnet.chainId, privateKey: executorAccount.privateKey, channels: harness.devnet.channels, pollingIntervalMs: 5 });
  const rows: GasRow[] = [];
  const deployed = await deployChannelsWithReceipt(requester);
  rows.push({ operation: 'deploy AirtntChannels (once for everyone, not per channel)', gas: Number(deployed.gasUsed) });

  const expiry = BigInt(Math.floor(Date.now() / 1000) + 3600);
  const first = await openChannel(requester, { executor: executor.account.address, lane: FRESH_LANE, amount: DEPOSIT, expiry });
  rows.push({ operation: 'open (first channel on a lane, ETH deposit)', gas: Number(first.gasUsed) });
  const collected = await pay(requester, executor, first, 1000n, 'collect');
  rows.push({ operation: 'collect (payment, channel stays open)', gas: Number(collected) });
  const closed = await pay(requester, executor, first, 2000n, 'close');
  rows.push({ operation: 'close (collect the last payment and close)', gas: Number(closed) });

  const again = await openChannel(requester, { executor: executor.account.address, lane: FRESH_LANE, amount: DEPOSIT, expiry });
  rows.push({ operation: 'open (lane used before)', gas: Number(again.gasUsed) });
  const released = await releaseChannel(executor, { ref: again.ref });
  rows.push({ operation: 'release (close without a new payment)', gas: Number(released.gasUsed) });

  return {
    rows,
    openCloseGas: Number(first.gasUsed) + Number(closed),
    reopenCloseGas: Number(again.gasUsed) + Number(closed),
    source: 'measured on the devnet (anvil) with src/chain',
  };
}

async function pay(
  requester: ChainClient,
  executor: ChainClient,
  channel: Awaited<ReturnType<typeof openChannel>>,
  amount: bigint,
  how: 'collect' | 'close',
): Promise<bigint> {
  const key = randomBytes(32);
  const signature = await signPayment(requester.account, requester.domain, { channelId: channel.channelId, amount, keyHash: keyHashOf(key) });
  const params = { ref: channel.ref, amount, key, signature };
  const result = how === 'collect' ? await collectPayment(executor, params) : await closeChannel(executor, params);
  return result.gasUsed;
}
