/**
 * The collector's reads of a channel before it acts on it: is the channel still alive on-chain
 * (open, the same channel, not expired), would the collect go through (simulated, for its gas), and
 * if not, why: a dead channel gets a terminal state in the store instead of being retried forever.
 */
import type { Hex } from 'viem';
import type { ChainClient, ChannelState } from '../chain/index.js';
import { isAirtntError } from '../util/errors.js';
import type { CollectStore, TerminalState } from './collect-store.js';
import { CHANNEL_COLLECT_CALLS, type CollectBook, type CollectCalls } from './collect-book.js';
import type { StoredChannel } from './executor-store.js';

/** Contract errors that mean the stored payment can never be collected. */
const UNCOLLECTABLE = ['CHANNEL_SIGNER_MISMATCH', 'CHANNEL_AMOUNT_ABOVE_DEPOSIT', 'CHANNEL_INVALID_SIGNATURE'];

export type CollectChannelsContext = {
  chain: ChainClient;
  store: CollectBook;
  /** How a channel is read and its collect simulated (default: a channel's collect on AirtntChannels). */
  calls?: CollectCalls;
  sends: CollectStore;
  log(line: string): void;
  /** The channel was last left out as not worth its gas (an expiry then is 'uneconomic'). */
  notWorthGas(channelId: Hex): boolean;
  /** Called when a channel is given up. */
  onTerminal(channelId: Hex): void;
};

export class CollectChannels {
  constructor(private readonly ctx: CollectChannelsContext) {}

  /**
   * Reads the channel and simulates the collect of its latest payment: the gas (with 25 % headroom)
   * and what was collected so far; 'terminal' if the channel is dead; undefined if there is nothing
   * to send (already collected) or the chain did not answer (the next pass tries again).
   */
  async prepare(channelId: Hex, now: bigint): Promise<{ gas: bigint; previous: bigint } | 'terminal' | undefined> {
    const { store, chain } = this.ctx;
    const channel = store.channel(channelId)!;
    const payment = store.latestPayment(channelId)!;
    try {
      const onChain = await this.checkAlive(channel, payment.amount, now);
      if (onChain === undefined) return 'terminal';
      if (onChain.collected >= payment.amount) return undefined;
      const gas = await (this.ctx.calls ?? CHANNEL_COLLECT_CALLS).estimate(chain, channel, payment);
      return { gas: (gas * 5n) / 4n, previous: onChain.collected };
    } catch (error) {
      const code = isAirtntError(error) ? error.code : '';
      if (code === 'CHANNEL_EXPIRED') return this.terminate(channelId, 'expired', 'the channel expired', payment.amount);
      if (code === 'CHANNEL_NOT_OPEN') return this.terminate(channelId, 'closed', 'the channel was closed or refunded', payment.amount);
      if (UNCOLLECTABLE.includes(code)) return this.terminate(channelId, 'failed', `the payment cannot be collected: ${code}`, payment.amount);
      this.ctx.log(`collector: channel ${channelId.slice(0, 10)} not collected this time: ${describe(error)}`);
      return undefined;
    }
  }

  /**
   * Reads the channel on-chain: undefined (and a terminal state) when it was closed, refunded,
   * re-opened or has expired at chain time `now`; the store learns what was collected and a later expiry.
   */
  async checkAlive(channel: StoredChannel, amount: bigint, now: bigint): Promise<ChannelState | undefined> {
    const { store, chain } = this.ctx;
    const onChain = await (this.ctx.calls ?? CHANNEL_COLLECT_CALLS).read(chain, channel);
    const same = onChain.channelId.toLowerCase() === channel.channelId.toLowerCase();
    if (same && onChain.collected >= amount) {
      store.markCollected(channel.channelId, onChain.collected, Date.now());
      return onChain;
    }
    if (!onChain.isOpen || !same) {
      this.terminate(channel.channelId, 'closed', 'the channel was closed, refunded or re-opened', amount);
      return undefined;
    }
    if (onChain.expiry <= now) {
      const state: TerminalState = this.ctx.notWorthGas(channel.channelId) ? 'uneconomic' : 'expired';
      this.terminate(channel.channelId, state, `the channel expired at ${onChain.expiry} with ${amount - onChain.collected} uncollected`, amount);
      return undefined;
    }
    if (onChain.expiry !== channel.expiry) store.updateChannelExpiry(channel.channelId, onChain.expiry);
    return onChain;
  }

  terminate(channelId: Hex, state: TerminalState, reason: string, amount: bigint): 'terminal' {
    this.ctx.sends.markTerminal(channelId, state, reason, amount, Date.now());
    this.ctx.onTerminal(channelId);
    this.ctx.log(`collector: channel ${channelId.slice(0, 10)} given up (${state}): ${reason}`);
    return 'terminal';
  }
}

export function describe(error: unknown): string {
  return isAirtntError(error) ? `${error.code}: ${error.message.split('\n')[0]}` : String(error);
}
