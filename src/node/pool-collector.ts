/**
 * The pool collector: every pool member collects its own PoolPayments by itself (docs/protocol.md,
 * "The pool: collecting"). It is the executor's collector (collector.ts) run over pool.sqlite instead
 * of executor.sqlite, with collectPool on AirtntPools instead of collect: per pool channel the
 * member's highest PoolPayment (amounts are cumulative per channel and member) is planned with the
 * same policy and safety margin before the channel's expiry, signed and stored in pool.sqlite before
 * it is broadcast (re-sent from there after a kill -9), bumped, re-broadcast, and counted collected
 * only once the chain's state at the receipt's block shows this member's memberCollected at least at
 * its amount. A payment at or below what the member already collected on chain is never sent.
 */
import type { Address } from 'viem';
import { estimateCollectPoolGas, readChannel, readMemberCollected, signCollectPool, type ChainClient, type ChannelState } from '../chain/index.js';
import { poolAddress } from '../protocol/pool-signatures.js';
import { toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { CollectBook, CollectCalls } from './collect-book.js';
import { Collector, type CollectorOptions } from './collector.js';
import type { StoredChannel, StoredPayment } from './executor-store.js';
import type { ExecutorFaults } from './faults.js';
import type { HeldPoolPayment, PoolChannel, PoolStore } from './pool-store.js';

/** pool.sqlite seen as the collector's book: per pool channel, the member's highest PoolPayment and what it collected. */
export class PoolCollectBook implements CollectBook {
  constructor(private readonly store: PoolStore) {}

  get db(): CollectBook['db'] {
    return this.store.db;
  }

  channel(channelId: `0x${string}`): StoredChannel | undefined {
    const channel = this.store.poolChannel(channelId);
    return channel === undefined ? undefined : storedChannel(channel);
  }

  latestPayment(channelId: `0x${string}`): StoredPayment | undefined {
    const held = this.store.heldPayment(channelId);
    return held === undefined ? undefined : storedPayment(held);
  }

  markCollected(channelId: `0x${string}`, amount: bigint, now: number): void {
    this.store.setCollected(channelId, amount, now);
  }

  updateChannelExpiry(channelId: `0x${string}`, expiry: bigint): void {
    this.store.setExpiry(channelId, expiry);
  }

  /** One indexed query (pool-store.ts uncollected): the collector runs it on every block. */
  uncollectedChannels(): { channel: StoredChannel; payment: StoredPayment }[] {
    return this.store.uncollected().map(({ channel, payment }) => ({ channel: storedChannel(channel), payment: storedPayment(payment) }));
  }
}

function storedPayment(held: HeldPoolPayment): StoredPayment {
  return { channelId: held.channelId, amount: held.amount, keyHash: toHex(held.keyHash), key: held.key, signature: toHex(held.signature), sessionId: held.sessionId, round: held.round };
}

function storedChannel(channel: PoolChannel): StoredChannel {
  return { channelId: channel.channelId, requester: channel.requester, token: channel.token, lane: channel.lane, expiry: channel.expiry, collected: channel.collected };
}

/** collectPool calls for the channels of `store`: the executor is the pool address of the stored members; `collected` is this member's. */
export function poolCollectCalls(store: PoolStore): CollectCalls {
  const membersOf = (channel: StoredChannel): Address[] => {
    const pool = store.poolChannel(channel.channelId);
    if (pool === undefined) throw new AirtntError('INTERNAL_ERROR', `pool channel ${channel.channelId.slice(0, 10)} is not in pool.sqlite`);
    return pool.members;
  };
  const refOf = (channel: StoredChannel) => ({ requester: channel.requester, executor: poolAddress(membersOf(channel)), token: channel.token, lane: channel.lane });
  const call = (channel: StoredChannel, payment: StoredPayment) => ({ ref: refOf(channel), members: membersOf(channel), amount: payment.amount, key: payment.key, signature: payment.signature });
  return {
    async read(chain: ChainClient, channel: StoredChannel, options?: { blockNumber?: bigint }): Promise<ChannelState> {
      const onChain = await readChannel(chain, refOf(channel), options);
      // The lane's total collected is every member's; this member's own amount is what bounds its collect.
      const same = onChain.channelId.toLowerCase() === channel.channelId.toLowerCase();
      const collected = same ? await readMemberCollected(chain, onChain.channelId, chain.account.address, options) : 0n;
      return { ...onChain, collected };
    },
    estimate: (chain, channel, payment) => estimateCollectPoolGas(chain, call(channel, payment)),
    sign: (chain, channel, payment, tx) => signCollectPool(chain, { ...call(channel, payment), ...tx }),
  };
}

export type PoolCollectorOptions = Omit<CollectorOptions, 'store' | 'calls' | 'chain' | 'faults'> & {
  /** The member's chain client pointed at AirtntPools (withChannels). */
  chain: ChainClient;
  store: PoolStore;
  /** The executor's faults: the collector's steps are reached as pool-collect-* (faults.ts). */
  faults?: Pick<ExecutorFaults, 'reached'>;
};

/** The executor's collector over this member's pool payments (start, sweep and stop it beside the channel collector). */
export function poolCollector(options: PoolCollectorOptions): Collector {
  const { store, faults, ...rest } = options;
  return new Collector({
    ...rest,
    store: new PoolCollectBook(store),
    calls: poolCollectCalls(store),
    log: (line) => options.log(line.startsWith('collector:') ? `pool ${line}` : `pool: ${line}`),
    ...(faults === undefined ? {} : { faults: { reached: (point, step) => faults.reached(point.startsWith('collect-') ? (`pool-${point}` as 'pool-collect-stored') : point, step) } }),
  });
}
