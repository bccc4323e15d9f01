/**
 * Nonce gaps in the collector's account. Transactions of one account are mined in nonce order, so a
 * nonce nobody uses holds back every later one for ever. The collector can leave one behind when a
 * collect it recorded as mined (or confirmed) is not on chain after all (a lying RPC forged its
 * receipt and the channel read, or a reorg deeper than confirmBlocks took it away) or when a
 * transaction vanished from the node's pool: the reconciler no longer looks at it, new collects take
 * the following nonces and wait behind the gap.
 *
 * A gap is: the account's mined nonce (latest) is N, the node's pool has nothing at N (its pending
 * nonce is N too), no stored send waits at N, and the collector counts a send at N or above as sent,
 * mined or confirmed. Held for longer than `boundMs` (a send that is merely slow to reach the pool is
 * not a gap), it is filled by sending the stored collect for nonce N again (its own bytes; the most
 * valuable if several were stored for N): it goes back to 'sent' (its channel's collected amount back
 * to what the chain can show), the reconciler follows it from there and bumps it if its fees are too
 * low. Said once per nonce. A gap at a nonce for which nothing is stored (a transaction of the
 * operator's that vanished) is said once and left to the operator: any transaction at that nonce
 * fills it.
 */
import { accountNonce, type ChainClient, type ChainHead } from '../chain/index.js';
import type { CollectSender } from './collect-sender.js';
import type { CollectSend, CollectStore } from './collect-store.js';
import type { CollectBook } from './collect-book.js';

/** Default time a gap must last before it is filled (ms). */
export const DEFAULT_NONCE_GAP_MS = 30_000;
/** Nonces whose gap was already said, at most (cleared past this). */
const MAX_SAID = 1_024;

export type NonceGapContext = {
  chain: ChainClient;
  /** The channels whose collected amount a refilled send restores (the executor's store, or a pool member's book). */
  store: Pick<CollectBook, 'channel' | 'markCollected'>;
  sends: CollectStore;
  sender: CollectSender;
  boundMs: number;
  log(line: string): void;
};

export class NonceGaps {
  /** The gap seen, and since when (local time). */
  private seen: { nonce: number; since: number } | undefined;
  private readonly said = new Set<number>();

  constructor(private readonly ctx: NonceGapContext) {}

  /** One check (after the reconciler's pass); true when a gap was filled from the store. */
  async check(head: ChainHead): Promise<boolean> {
    const { chain, sends } = this.ctx;
    const latest = await accountNonce(chain, 'latest');
    const above = sends.sendsFromNonce(latest);
    const gap = above.length > 0 && !above.some((s) => s.nonce === latest && s.status === 'sent') && (await accountNonce(chain, 'pending')) === latest;
    if (!gap) {
      this.seen = undefined;
      return false;
    }
    const now = Date.now();
    if (this.seen?.nonce !== latest) {
      this.seen = { nonce: latest, since: now };
      return false;
    }
    if (now - this.seen.since < this.ctx.boundMs) return false;
    this.seen = undefined;
    return this.fill(latest, above, head);
  }

  private async fill(nonce: number, above: CollectSend[], head: ChainHead): Promise<boolean> {
    const { sends, sender } = this.ctx;
    const stored = sends.sendsAtNonce(nonce);
    const best = stored.reduce<CollectSend | undefined>((a, s) => (a === undefined || s.amount > a.amount ? s : a), undefined);
    const behind = above.filter((s) => s.nonce > nonce);
    const waiting = behind.length === 0 ? 'none' : `${behind.length} (nonces ${behind[0]!.nonce}..${behind[behind.length - 1]!.nonce})`;
    if (best === undefined) {
      this.sayOnce(nonce, `collector: nonce gap at ${nonce}: the chain's next nonce for this account is ${nonce}, nothing is pending at it and no collect was stored for it (a transaction sent from this account outside the collector vanished); collects waiting behind it: ${waiting}. Send any transaction from this account at nonce ${nonce} to release them`);
      return false;
    }
    const was = best.status;
    sends.markUnmined(best.id, head.number);
    this.restoreCollected(best);
    this.sayOnce(
      nonce,
      `collector: nonce gap at ${nonce}: the chain's next nonce for this account is ${nonce} and nothing is pending at it, yet the collector counted collect ${best.txHash.slice(0, 10)} (channel ${best.channelId.slice(0, 10)}, ${best.amount}) at that nonce as ${was}; collects waiting behind it: ${waiting}. It is not on chain (a lying RPC or a reorg): sending it again from the store`,
    );
    await sender.rebroadcast({ ...best, status: 'sent', minedBlock: undefined, gasUsed: undefined, feePaid: undefined, sentBlock: head.number });
    return true;
  }

  /** The channel's collected amount is what its other mined sends show, or what it had before this one. */
  private restoreCollected(send: CollectSend): void {
    let collected = send.previous;
    for (const s of this.ctx.sends.sendsOf(send.channelId)) {
      if (s.id !== send.id && (s.status === 'mined' || s.status === 'confirmed') && s.nonce < send.nonce && s.amount > collected) collected = s.amount;
    }
    const channel = this.ctx.store.channel(send.channelId);
    if (channel !== undefined && channel.collected !== collected) this.ctx.store.markCollected(send.channelId, collected, Date.now());
  }

  private sayOnce(nonce: number, line: string): void {
    if (this.said.has(nonce)) return;
    if (this.said.size >= MAX_SAID) this.said.clear();
    this.said.add(nonce);
    this.ctx.log(line);
  }
}
