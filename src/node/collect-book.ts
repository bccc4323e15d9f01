/**
 * What the collector works from, so that one collector (collector.ts and its collect-*.ts parts)
 * serves two kinds of payments: the channels' own (executor.sqlite, a collect on AirtntChannels) and a
 * pool member's PoolPayments (pool.sqlite, a collectPool on AirtntPools; pool-collector.ts).
 * - The book: the payments held per channel, what was collected of them, and the channel's terms.
 * - The calls: how a channel is read (its `collected` is what this account collected on it), how a
 *   collect is simulated for its gas, and how it is signed (not sent: it is stored first).
 */
import { estimateCollectGas, readChannel, signCollect, type ChainClient, type ChannelState, type SignCollectReturnType, type TxFees } from '../chain/index.js';
import type { ExecutorStore, StoredChannel, StoredPayment } from './executor-store.js';

/** The store the collector reads payments from and writes collected amounts to (its sends go to the same database). */
export type CollectBook = Pick<ExecutorStore, 'db' | 'channel' | 'latestPayment' | 'markCollected' | 'updateChannelExpiry' | 'uncollectedChannels'>;

export type CollectCalls = {
  /** The channel on chain (at a block, if given); `collected` is what this collector's account collected on it. */
  read(chain: ChainClient, channel: StoredChannel, options?: { blockNumber?: bigint }): Promise<ChannelState>;
  /** The gas the collect of `payment` would use now (throws the contract's error if it would revert). */
  estimate(chain: ChainClient, channel: StoredChannel, payment: StoredPayment): Promise<bigint>;
  /** The signed collect transaction of `payment` (not broadcast). */
  sign(chain: ChainClient, channel: StoredChannel, payment: StoredPayment, tx: { nonce: number; gas: bigint; fees: TxFees }): Promise<SignCollectReturnType>;
};

const refOf = (chain: ChainClient, channel: StoredChannel) => ({ requester: channel.requester, executor: chain.account.address, token: channel.token, lane: channel.lane });

/** A channel's collect on AirtntChannels, the executor being this account (the default). */
export const CHANNEL_COLLECT_CALLS: CollectCalls = {
  read: (chain, channel, options) => readChannel(chain, refOf(chain, channel), options),
  estimate: (chain, channel, payment) => estimateCollectGas(chain, { ref: refOf(chain, channel), amount: payment.amount, key: payment.key, signature: payment.signature }),
  sign: (chain, channel, payment, tx) => signCollect(chain, { ref: refOf(chain, channel), amount: payment.amount, key: payment.key, signature: payment.signature, ...tx }),
};
