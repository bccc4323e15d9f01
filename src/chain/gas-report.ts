/**
 * Measures the gas of every channel operation from real receipts on a chain (normally a fresh
 * devnet): what `airtnt bench gas` prints. Needs a requester and an executor with ETH and tokens.
 */
import { randomBytes } from 'node:crypto';
import type { Address } from 'viem';
import { keyHashOf, signPayment } from '../protocol/payment.js';
import type { ChainClient } from './client.js';
import { closeChannel } from './close-channel.js';
import { collectPayment } from './collect-payment.js';
import { deployChannelsWithReceipt } from './deploy.js';
import { extendChannel } from './extend-channel.js';
import { readChannel } from './read-channel.js';
import { ETH } from './ref.js';
import { openChannel, type OpenChannelReturnType } from './open-channel.js';
import { refundChannel } from './refund-channel.js';
import { releaseChannel } from './release-channel.js';
import { chainNow, increaseTime } from './time.js';
import { approveToken } from './token.js';
import { measureRegistryGas, type RegistryGasReport } from '../registry/gas.js';
import { measurePoolGas, type PoolGasReport } from './pool-gas.js';
import { topUpChannel } from './top-up-channel.js';

export type GasReport = {
  /** Deploying AirtntChannels (once per chain, shared by every channel). */
  creation: number;
  /** Opening a lane used for the first time (a fresh storage slot: 22,100 of it is storage). */
  open: number;
  /** Opening a lane that was used and closed before (the design's normal case). */
  reopen: number;
  topUp: number;
  extend: number;
  /** Collecting a payment without closing (the first collect of a channel). */
  collect: number;
  /** Closing with a payment after an earlier collect. */
  close: number;
  /** Releasing (closing without a new payment). */
  release: number;
  /** Refunding after expiry. */
  refund: number;
  /** The same with a plain ERC-20 (allowance already given). */
  openErc20: number;
  reopenErc20: number;
  collectErc20: number;
  closeErc20: number;
  refundErc20: number;
  /** Sums the targets are stated in. */
  openPlusClose: number;
  reopenPlusClose: number;
  openPlusRefund: number;
  reopenPlusRefund: number;
  /** AirtntRegistry: join, admission (5 and 7 of 7), stake, leave, slashing, seeds and tasks. */
  registry: RegistryGasReport;
  /** AirtntPools (a separate contract: AirtntChannels' figures above do not move): collectPool. */
  pools: PoolGasReport;
};

export type GasReportParties = {
  requester: ChainClient;
  executor: ChainClient;
  /** A plain ERC-20 the requester holds. */
  token: Address;
  /** anvil RPC URL for moving time forward (refunds need expiry to pass). */
  rpcUrl: string;
};

const DEPOSIT = 10n ** 18n;
const ONE_HOUR = 3600n;
// Calldata costs 4 gas per zero byte and 16 per other byte, so an expiry whose low byte happens to be
// zero in one open and not in the next moves the comparison by 12 gas. Setting one bit in each of the
// three low bytes keeps every expiry's bytes nonzero (the fourth is nonzero until 2106), and adds at most
// 18 hours; OR with a constant keeps the order of expiries.
const NONZERO_LOW_BYTES = 0x01_01_01n;

/**
 * The lowest lane number whose slot was never used, for ETH and `token`, together with the next one
 * (so "open" always meets a fresh slot, even when the report runs twice on one chain).
 */
async function freshLane(requester: ChainClient, executor: Address, token: Address): Promise<bigint> {
  const used = async (lane: bigint, laneToken: Address): Promise<boolean> =>
    (await readChannel(requester, { requester: requester.account.address, executor, token: laneToken, lane })).nonce !== 0n;
  let lane = 0n;
  while ((await used(lane, ETH)) || (await used(lane + 1n, ETH)) || (await used(lane, token))) lane += 2n;
  return lane;
}

export async function measureGas(parties: GasReportParties): Promise<GasReport> {
  const { requester, executor, token } = parties;
  // A second deployment, only to measure creation: the channels under test are the clients' own.
  const creation = await deployChannelsWithReceipt(requester);
  const lane = await freshLane(requester, executor.account.address, token);
  const expiry = async (): Promise<bigint> => ((await chainNow(requester)) + ONE_HOUR) | NONZERO_LOW_BYTES;
  // Refunds wait until the channel's own expiry has passed (up to 19 hours away, see NONZERO_LOW_BYTES).
  const passExpiry = async (opened: OpenChannelReturnType): Promise<void> =>
    increaseTime(parties.rpcUrl, (await readChannel(requester, opened.ref)).expiry - (await chainNow(requester)) + 1n);
  const openEth = async (laneOffset: bigint): Promise<OpenChannelReturnType> =>
    openChannel(requester, {
      executor: executor.account.address,
      lane: lane + laneOffset,
      amount: DEPOSIT,
      expiry: await expiry(),
    });
  const payment = async (opened: OpenChannelReturnType, amount: bigint) => {
    const key = new Uint8Array(randomBytes(32));
    const terms = { channelId: opened.channelId, amount, keyHash: keyHashOf(key) };
    return { ref: opened.ref, amount, key, signature: await signPayment(requester.account, requester.domain, terms) };
  };

  // ETH: open, top up, extend, collect, close; then reopen the same lane and refund it after expiry.
  const opened = await openEth(0n);
  const toppedUp = await topUpChannel(requester, { ref: opened.ref, amount: DEPOSIT });
  const extended = await extendChannel(requester, { ref: opened.ref, expiry: (await expiry()) + ONE_HOUR });
  const collected = await collectPayment(executor, await payment(opened, DEPOSIT / 4n));
  const closed = await closeChannel(executor, await payment(opened, DEPOSIT / 2n));
  const reopened = await openEth(0n);
  await passExpiry(reopened);
  const refunded = await refundChannel(requester, { ref: reopened.ref });
  const forRelease = await openEth(1n);
  const released = await releaseChannel(executor, { ref: forRelease.ref });

  // ERC-20: the allowance is given once up front, as a requester would for many channels.
  await approveToken(requester, { token, spender: requester.channels, amount: DEPOSIT * 100n });
  const openToken = async () =>
    openChannel(requester, {
      executor: executor.account.address,
      token,
      lane,
      amount: DEPOSIT,
      expiry: await expiry(),
      approve: false,
    });
  const openedErc20 = await openToken();
  const collectedErc20 = await collectPayment(executor, await payment(openedErc20, DEPOSIT / 4n));
  const closedErc20 = await closeChannel(executor, await payment(openedErc20, DEPOSIT / 2n));
  const reopenedErc20 = await openToken();
  await passExpiry(reopenedErc20);
  const refundedErc20 = await refundChannel(requester, { ref: reopenedErc20.ref });

  const registry = await measureRegistryGas(requester);
  const pools = await measurePoolGas(requester, executor);

  const gas = (result: { gasUsed: bigint }): number => Number(result.gasUsed);
  return {
    creation: gas(creation),
    open: gas(opened),
    reopen: gas(reopened),
    topUp: gas(toppedUp),
    extend: gas(extended),
    collect: gas(collected),
    close: gas(closed),
    release: gas(released),
    refund: gas(refunded),
    openErc20: gas(openedErc20),
    reopenErc20: gas(reopenedErc20),
    collectErc20: gas(collectedErc20),
    closeErc20: gas(closedErc20),
    refundErc20: gas(refundedErc20),
    openPlusClose: gas(opened) + gas(closed),
    reopenPlusClose: gas(reopened) + gas(closed),
    openPlusRefund: gas(opened) + gas(refunded),
    reopenPlusRefund: gas(reopened) + gas(refunded),
    registry,
    pools,
  };
}
