/**
 * Settles what the collector sent against the chain, nonce by nonce: mined (the channel's collected
 * amount follows), reverted (the channel is checked; given up after a few), replaced (another send of
 * the nonce was mined), dropped (the nonce was used by a transaction not stored here), reorged out
 * (mined, now gone: back to 'sent' and broadcast again from the store), confirmed once deep enough.
 * A send unmined for bumpAfterBlocks is replaced at bumped fees, carrying the channel's latest payment.
 */
import { formatUnits, zeroAddress, type Hex, type TransactionReceipt } from 'viem';
import { accountNonce, findReceipt, readFeeMarket, type ChainClient, type ChainHead } from '../chain/index.js';
import { CHANNEL_COLLECT_CALLS, type CollectBook, type CollectCalls } from './collect-book.js';
import type { CollectChannels } from './collect-channels.js';
import { bumpFees } from './collect-policy.js';
import type { CollectSender } from './collect-sender.js';
import type { CollectSend, CollectStore } from './collect-store.js';
import type { StoredChannel } from './executor-store.js';

/** A channel whose collects reverted this often is given up (its payment cannot be collected). */
const MAX_REVERTS = 3;

export type ReconcileContext = {
  chain: ChainClient;
  store: CollectBook;
  sends: CollectStore;
  sender: CollectSender;
  channels: Pick<CollectChannels, 'checkAlive' | 'terminate'>;
  /** How a channel is read on chain (default: a channel's collect on AirtntChannels). */
  calls?: CollectCalls;
  confirmBlocks: bigint;
  bumpAfterBlocks: number;
  log(line: string): void;
  /** The highest fee per gas worth paying to collect `value` on the channel (undefined: no cap). */
  capPerGas(channel: StoredChannel, value: bigint, gas: bigint): bigint | undefined;
  /** Gas a mined collect used (to estimate the next ones). */
  onGasUsed(gas: bigint): void;
  chainNow(): bigint;
  /** Reports a collect confirmed at depth or reverted (metrics, dashboard). */
  onCollect?(kind: 'confirmed' | 'failed', channelId: Hex, reason?: string): void;
  /** Test-only crash point (src/node/faults.ts: reached): a collect is seen mined, not yet recorded. */
  reached?(point: 'collect-mined'): void;
};

/** Sends whose contradicted receipts were already logged, at most (the set is cleared past this). */
const MAX_CONTRADICTED_LOGGED = 1_024;

export class SendReconciler {
  /** Sends whose receipt the chain's state contradicted, already logged. */
  private readonly contradicted = new Set<number>();

  constructor(private readonly ctx: ReconcileContext) {}

  /** One pass over every open send; `rebroadcast` re-sends every pending one (after a restart). Returns the bumps made. */
  async reconcile(head: ChainHead, rebroadcast: boolean): Promise<number> {
    const { chain, sends, sender, log } = this.ctx;
    const open = sends.openSends();
    if (open.length === 0) return 0;
    // The nonce first: a send below it that has no receipt afterwards really was replaced by another transaction.
    const latestNonce = await accountNonce(chain, 'latest');
    const receipts = await Promise.all(open.map((s) => findReceipt(chain, s.txHash)));
    const receiptOf = new Map(open.map((s, i) => [s.id, receipts[i]]));
    let resend = rebroadcast;
    let bumped = 0;
    for (const nonce of [...new Set(open.map((s) => s.nonce))]) {
      const pending: CollectSend[] = [];
      for (const send of open.filter((s) => s.nonce === nonce)) {
        const receipt = receiptOf.get(send.id);
        if (send.status !== 'mined') {
          pending.push(send);
        } else if (receipt === undefined) {
          // Mined, now gone from the chain: a reorg. It goes back to 'sent' and out again (nonce order).
          sends.markUnmined(send.id, head.number);
          this.restoreCollected(send.channelId);
          log(`collector: collect ${send.txHash.slice(0, 10)} on channel ${send.channelId.slice(0, 10)} left the chain (reorg): sending it again`);
          resend = true;
          pending.push({ ...send, status: 'sent', sentBlock: head.number });
        } else if (head.number >= receipt.blockNumber + this.ctx.confirmBlocks) {
          sends.setStatus(send.id, 'confirmed');
          this.ctx.onCollect?.('confirmed', send.channelId);
        }
      }
      if (pending.length === 0) continue;
      const mined = pending.find((s) => receiptOf.get(s.id) !== undefined);
      if (mined !== undefined) {
        if (await this.onMined(mined, receiptOf.get(mined.id)!, head)) continue;
        // The chain's state contradicts the receipt: the collect is still owed. It stays 'sent' and goes
        // out again from the store (a lying or broken RPC may never have forwarded it).
        await sender.rebroadcast(mined);
        continue;
      }
      if (nonce < latestNonce) {
        // The nonce was used, by none of these: another transaction of this account took it.
        for (const send of pending) sends.setStatus(send.id, 'dropped');
        sender.resync();
        continue;
      }
      const newest = pending[pending.length - 1]!;
      if (resend) await sender.rebroadcast(newest);
      if (head.number - newest.sentBlock >= BigInt(this.ctx.bumpAfterBlocks)) {
        // Later nonces wait behind this one: then it is bumped even past its value cap, or it would stall them.
        const blocking = open.some((s) => s.nonce > nonce && s.status === 'sent');
        if (await this.bump(newest, head, blocking)) bumped++;
        else {
          // Not worth a bump now: make sure the node still has it, and look again later.
          await sender.rebroadcast(newest);
          sends.setSentBlock(newest.id, head.number);
        }
      }
    }
    return bumped;
  }

  /** Records a mined send; false (nothing recorded) when the channel's on-chain state contradicts a successful receipt. */
  private async onMined(send: CollectSend, receipt: TransactionReceipt, head: ChainHead): Promise<boolean> {
    const { store, sends, log } = this.ctx;
    const feePaid = receipt.gasUsed * receipt.effectiveGasPrice;
    if (receipt.status === 'success' && !(await this.chainShowsCollected(send, receipt, head))) return false;
    this.contradicted.delete(send.id);
    this.ctx.reached?.('collect-mined');
    if (receipt.status === 'success') {
      sends.markMined(send, 'mined', { blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed, feePaid });
      this.ctx.onGasUsed(receipt.gasUsed);
      const channel = store.channel(send.channelId);
      if (channel !== undefined && send.amount > channel.collected) store.markCollected(send.channelId, send.amount, Date.now());
      log(`collected ${collectedAmount(send.amount, channel?.token)} on channel ${send.channelId.slice(0, 10)} in block ${receipt.blockNumber} (nonce ${send.nonce})`);
      return true;
    }
    sends.markMined(send, 'reverted', { blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed, feePaid });
    log(`collector: collect ${send.txHash.slice(0, 10)} on channel ${send.channelId.slice(0, 10)} reverted`);
    this.ctx.onCollect?.('failed', send.channelId, 'CHAIN_REVERTED');
    const channel = store.channel(send.channelId);
    if (channel === undefined) return true;
    // A dead channel is given up by checkAlive; a live one is tried again, a few times.
    if ((await this.ctx.channels.checkAlive(channel, send.amount, this.ctx.chainNow())) === undefined) return true;
    if (sends.revertCount(send.channelId) >= MAX_REVERTS) this.ctx.channels.terminate(send.channelId, 'failed', `reverted ${MAX_REVERTS} times`, send.amount);
    return true;
  }

  /**
   * A receipt is only the RPC's word. The payment counts as collected once the channel's state on
   * chain, in the receipt's block, shows it (the same channel, collected at least the send's amount);
   * otherwise the contradiction is logged (once per send) and the send stays owed.
   */
  private async chainShowsCollected(send: CollectSend, receipt: TransactionReceipt, head: ChainHead): Promise<boolean> {
    const { store, chain, log } = this.ctx;
    const channel = store.channel(send.channelId);
    if (channel === undefined) return true;
    let why: string;
    if (receipt.blockNumber > head.number) {
      why = `its block ${receipt.blockNumber} is above the head ${head.number}`;
    } else {
      const onChain = await (this.ctx.calls ?? CHANNEL_COLLECT_CALLS).read(chain, channel, { blockNumber: receipt.blockNumber });
      const same = onChain.channelId.toLowerCase() === send.channelId.toLowerCase();
      if (same && onChain.collected >= send.amount) return true;
      why = same ? `the channel shows ${onChain.collected} collected in block ${receipt.blockNumber}, not ${send.amount}` : `the lane holds another channel (${onChain.channelId.slice(0, 10)}) in block ${receipt.blockNumber}`;
    }
    if (!this.contradicted.has(send.id)) {
      if (this.contradicted.size >= MAX_CONTRADICTED_LOGGED) this.contradicted.clear();
      this.contradicted.add(send.id);
      log(`collector: the RPC reports collect ${send.txHash.slice(0, 10)} on channel ${send.channelId.slice(0, 10)} (nonce ${send.nonce}) mined, but the chain's state contradicts it (${why}): the payment stays uncollected and the collect is sent again until the chain shows it`);
    }
    return false;
  }

  /** The channel's collected amount is what its surviving mined sends say (a reorg took one away). */
  private restoreCollected(channelId: Hex): void {
    let collected = 0n;
    for (const s of this.ctx.sends.sendsOf(channelId)) {
      if ((s.status === 'mined' || s.status === 'confirmed') && s.amount > collected) collected = s.amount;
      if (s.status === 'sent' && s.previous > collected) collected = s.previous;
    }
    this.ctx.store.markCollected(channelId, collected, Date.now());
  }

  /** A replacement at bumped fees, carrying the channel's latest payment; false if not worth it (unless `uncapped`). */
  private async bump(send: CollectSend, head: ChainHead, uncapped: boolean): Promise<boolean> {
    const { store, log } = this.ctx;
    const channel = store.channel(send.channelId);
    const payment = store.latestPayment(send.channelId);
    if (channel === undefined || payment === undefined) return false;
    const market = await readFeeMarket(this.ctx.chain, head);
    const fees = bumpFees(send.fees, market, uncapped ? undefined : this.ctx.capPerGas(channel, payment.amount - send.previous, send.gas));
    if (fees === undefined) {
      log(`collector: collect on channel ${send.channelId.slice(0, 10)} (nonce ${send.nonce}) is unmined but a higher fee would cost more than it collects: waiting for the base fee (${head.baseFeePerGas ?? '?'} wei) to fall back under what it offers`);
      return false;
    }
    const replaced = await this.ctx.sender.replace(send, { channel, payment, previous: send.previous, gas: send.gas, fees, head: head.number });
    if (replaced !== undefined) log(`collector: bumped nonce ${send.nonce} on channel ${send.channelId.slice(0, 10)} (unmined since block ${send.sentBlock})`);
    return replaced !== undefined;
  }
}

/** A collected amount for the log: in ETH for an ETH channel, in the token's smallest units otherwise (its decimals are the chain's). */
function collectedAmount(amount: bigint, token: string | undefined): string {
  return token === undefined || token.toLowerCase() === zeroAddress ? `${formatUnits(amount, 18)} ETH` : `${amount} token units`;
}
