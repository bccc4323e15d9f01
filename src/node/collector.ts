/**
 * The executor's collection service: turns stored payment updates into money on-chain. It collects a
 * channel when its session ends, sweeps every channel with an uncollected payment on start (after a
 * crash) and then periodically when no session is using it, and collects even a busy channel once
 * its expiry is within the safety margin (after expiry the payment could no longer be collected).
 * Sweeps go soonest expiry first. A collect is trusted only once it is confirmBlocks deep: then it is
 * read back, and one a reorg dropped is collected again (in memory: a restart re-checks through the
 * 'already collected' read of the next collect instead).
 * Collecting reveals the round key on-chain, which is what lets a requester recover a withheld key.
 */
import type { Hex } from 'viem';
import { chainNow, collectPayment, findRevealedKeys, readChannel, type ChainClient } from '../chain/index.js';
import { isAirtntError } from '../util/errors.js';
import { emit, type ExecutorEvents } from './executor-events.js';
import type { ExecutorStore, StoredChannel } from './executor-store.js';

export type CollectorOptions = {
  chain: ChainClient;
  store: ExecutorStore;
  /** Channels with a live session: left alone by sweeps unless close to expiry. */
  activeChannels: ReadonlySet<Hex>;
  /** Seconds before expiry at which a channel is collected whatever else happens. */
  safetySeconds: bigint;
  /** How often to sweep (ms). */
  intervalMs: number;
  /** False only for the withhold-key-no-collect test switch. */
  enabled: boolean;
  /**
   * A collect is read back from the chain once it is this many blocks deep; if a reorg dropped it,
   * the payment counts as uncollected again and is collected anew (default 12).
   */
  confirmBlocks?: bigint;
  log(line: string): void;
  /** Metrics and dashboard sink (optional). */
  events?: ExecutorEvents;
};

export type CollectOutcome = { channelId: Hex; amount: bigint; status: 'collected' | 'already' | 'failed'; error?: string };

export class Collector {
  private timer: NodeJS.Timeout | undefined;
  private readonly inFlight = new Map<Hex, Promise<CollectOutcome | undefined>>();
  private sweeping: Promise<CollectOutcome[]> | undefined;
  /** Collects marked in the store but not yet confirmed deep enough on-chain. */
  private readonly unconfirmed = new Map<Hex, { amount: bigint; previous: bigint; blockNumber: bigint }>();

  constructor(private readonly options: CollectorOptions) {}

  start(): void {
    if (!this.options.enabled) return;
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await Promise.allSettled([...this.inFlight.values(), this.sweeping]);
  }

  /** Collects awaiting their confirmation depth. */
  get unconfirmedCount(): number {
    return this.unconfirmed.size;
  }

  /**
   * Collects every uncollected channel that is idle, or any that is about to expire, soonest expiry
   * first (those are the ones that can be lost); first re-checks earlier collects that are deep enough.
   */
  sweep(options: { includeActive?: boolean } = {}): Promise<CollectOutcome[]> {
    if (!this.options.enabled) return Promise.resolve([]);
    if (this.sweeping !== undefined) return this.sweeping;
    this.sweeping = (async () => {
      await this.confirmCollects();
      const pending = this.options.store.uncollectedChannels().sort((a, b) => (a.channel.expiry < b.channel.expiry ? -1 : a.channel.expiry > b.channel.expiry ? 1 : 0));
      if (pending.length === 0) return [];
      let now: bigint;
      try {
        now = await chainNow(this.options.chain);
      } catch (error) {
        this.options.log(`collector: cannot read chain time: ${String(error)}`);
        return [];
      }
      const outcomes: CollectOutcome[] = [];
      for (const { channel } of pending) {
        const expiring = channel.expiry - now <= this.options.safetySeconds;
        if (this.options.activeChannels.has(channel.channelId) && !expiring && options.includeActive !== true) continue;
        const outcome = await this.collectChannel(channel.channelId);
        if (outcome !== undefined) outcomes.push(outcome);
      }
      return outcomes;
    })().finally(() => {
      this.sweeping = undefined;
    });
    return this.sweeping;
  }

  /** Collects the latest payment of one channel (no-op when there is nothing new). */
  collectChannel(channelId: Hex): Promise<CollectOutcome | undefined> {
    if (!this.options.enabled) return Promise.resolve(undefined);
    const running = this.inFlight.get(channelId);
    if (running !== undefined) return running;
    const task = this.collectOnce(channelId).finally(() => this.inFlight.delete(channelId));
    this.inFlight.set(channelId, task);
    return task;
  }

  private async collectOnce(channelId: Hex): Promise<CollectOutcome | undefined> {
    const { store, chain, log } = this.options;
    const channel = store.channel(channelId);
    const payment = store.latestPayment(channelId);
    if (channel === undefined || payment === undefined || payment.amount <= channel.collected) return undefined;
    const ref = refOf(channel, chain);
    try {
      const onChain = await readChannel(chain, ref);
      if (onChain.channelId.toLowerCase() === channelId.toLowerCase() && onChain.collected >= payment.amount) {
        // Collected before a crash, or by an earlier attempt whose receipt we never saw.
        store.markCollected(channelId, onChain.collected, Date.now());
        emit(this.options.events, 'collect', 'already', channelId);
        return { channelId, amount: onChain.collected, status: 'already' };
      }
      const collected = await collectPayment(chain, { ref, amount: payment.amount, key: payment.key, signature: payment.signature });
      store.markCollected(channelId, payment.amount, Date.now());
      this.unconfirmed.set(channelId, { amount: payment.amount, previous: channel.collected, blockNumber: collected.blockNumber });
      emit(this.options.events, 'collect', 'sent', channelId);
      log(`collected ${payment.amount} on channel ${channelId.slice(0, 10)} (round ${payment.round})`);
      return { channelId, amount: payment.amount, status: 'collected' };
    } catch (error) {
      const reason = isAirtntError(error) ? error.code : String(error);
      log(`collector: channel ${channelId.slice(0, 10)} not collected: ${reason}`);
      emit(this.options.events, 'collect', 'failed', channelId, reason);
      return { channelId, amount: payment.amount, status: 'failed', error: reason };
    }
  }

  /** Re-reads collects that are confirmBlocks deep; one a reorg dropped is made uncollected again. */
  private async confirmCollects(): Promise<void> {
    if (this.unconfirmed.size === 0) return;
    const { store, chain, log } = this.options;
    const depth = this.options.confirmBlocks ?? 12n;
    let head: bigint;
    try {
      head = await chain.public.getBlockNumber({ cacheTime: 0 });
    } catch {
      return; // try again at the next sweep
    }
    for (const [channelId, collect] of this.unconfirmed) {
      if (head < collect.blockNumber + depth) continue;
      try {
        if (!(await this.collectStands(channelId, collect))) {
          store.markCollected(channelId, collect.previous, Date.now());
          log(`collector: the collect of ${collect.amount} on channel ${channelId.slice(0, 10)} is gone from the chain (reorg?); collecting again`);
        } else {
          emit(this.options.events, 'collect', 'confirmed', channelId);
        }
        this.unconfirmed.delete(channelId);
      } catch (error) {
        log(`collector: cannot confirm the collect on channel ${channelId.slice(0, 10)}: ${isAirtntError(error) ? error.code : String(error)}`);
      }
    }
  }

  /** True if the chain shows `amount` (or more) collected on the channel, now or in a Collected/Closed event. */
  private async collectStands(channelId: Hex, collect: { amount: bigint; blockNumber: bigint }): Promise<boolean> {
    const { store, chain } = this.options;
    const channel = store.channel(channelId);
    if (channel === undefined) return true;
    const onChain = await readChannel(chain, refOf(channel, chain));
    if (onChain.isOpen && onChain.channelId.toLowerCase() === channelId.toLowerCase()) return onChain.collected >= collect.amount;
    // Closed or re-opened since: its events tell. A reorg re-mines at or above the fork point.
    const depth = this.options.confirmBlocks ?? 12n;
    const fromBlock = collect.blockNumber > depth ? collect.blockNumber - depth : 0n;
    const revealed = await findRevealedKeys(chain, { channelId, fromBlock });
    return revealed.some((r) => r.amount >= collect.amount);
  }
}

function refOf(channel: StoredChannel, chain: ChainClient) {
  return { requester: channel.requester, executor: chain.account.address, token: channel.token, lane: channel.lane };
}
