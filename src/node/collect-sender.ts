/**
 * Signs, stores and broadcasts collect transactions with the collector's own nonces, so several go
 * out per block without waiting for each other's receipts. The executor's account is not the
 * collector's alone (the operator releases or closes channels from it), so every new collect takes
 * the higher of the local counter and the chain's pending nonce, and one whose nonce the node says
 * is taken goes out again at once with a fresh one. Every transaction is in the store (with its raw
 * bytes) before it is broadcast: after a crash or a reorg it is simply broadcast again.
 */
import type { Hex } from 'viem';
import { isRpcUnavailable } from '../chain/errors.js';
import { accountNonce, broadcastTransaction, type ChainClient, type TxFees } from '../chain/index.js';
import { isAirtntError } from '../util/errors.js';
import { CHANNEL_COLLECT_CALLS, type CollectCalls } from './collect-book.js';
import type { CollectSend, CollectStore } from './collect-store.js';
import type { StoredChannel, StoredPayment } from './executor-store.js';

/** Fresh nonces tried for one collect when the node keeps saying the nonce is taken (another sender is racing). */
const NONCE_ATTEMPTS = 3;

export type CollectToSend = {
  channel: StoredChannel;
  payment: StoredPayment;
  /** What the channel had collected on-chain when this was planned. */
  previous: bigint;
  gas: bigint;
  fees: TxFees;
  head: bigint;
};

export class CollectSender {
  private nextNonce: number | undefined;

  constructor(
    private readonly chain: ChainClient,
    private readonly sends: CollectStore,
    private readonly log: (line: string) => void,
    private readonly onCollect: (kind: 'sent' | 'failed', channelId: Hex, reason?: string) => void = () => undefined,
    /** Test-only crash points (src/node/faults.ts: reached). */
    private readonly reached: (point: 'collect-signed' | 'collect-stored' | 'collect-broadcast') => void = () => undefined,
    /** A broadcast got no answer (RPC down, rate-limited, timed out): the collector re-sends its stored sends on the next pass. */
    private readonly onUnanswered: () => void = () => undefined,
    /** How a collect is signed (default: a channel's collect on AirtntChannels). */
    private readonly calls: CollectCalls = CHANNEL_COLLECT_CALLS,
  ) {}

  /** Forgets the local counter: the next send reads the chain's pending nonce again. */
  resync(): void {
    this.nextNonce = undefined;
  }

  /** A new collect with the next free nonce; undefined when the node refused it (nothing is then owed to that nonce). */
  async send(collect: CollectToSend): Promise<CollectSend | undefined> {
    for (let attempt = 1; ; attempt++) {
      // The pending nonce counts what the operator sent from this account since (mined or in the pool):
      // a stale local counter would be refused, or worse, replace the operator's transaction in the pool.
      const pending = await accountNonce(this.chain, 'pending');
      // The local counter stays ahead of a node whose pool lost our sends (a restart of the node).
      let nonce = Math.max(this.nextNonce ?? pending, pending);
      // Nonces of our own sends still waiting are not free, whatever the node's pool says after a restart.
      const taken = new Set(this.sends.openSends().filter((s) => s.status === 'sent').map((s) => s.nonce));
      while (taken.has(nonce)) nonce++;
      const send = await this.signAndStore(collect, nonce);
      try {
        await broadcastTransaction(this.chain, send.raw);
        this.reached('collect-broadcast');
        this.nextNonce = nonce + 1;
        this.onCollect('sent', collect.channel.channelId);
        return send;
      } catch (error) {
        if (isRpcUnavailable(error)) {
          // No answer is not a refusal: the node may have the transaction (the RPC failed after
          // forwarding it). Marked rejected, its nonce would go to another collect while it may still
          // be mined. It stays 'sent' (stored, with its bytes) and goes out again until the chain
          // settles it: mined, or its nonce used by another send (then dropped).
          this.nextNonce = nonce + 1;
          this.log(`collector: collect on channel ${collect.channel.channelId.slice(0, 10)} (nonce ${nonce}) stored, but the RPC did not take it (${describe(error)}): waiting for the RPC to send it again`);
          this.onUnanswered();
          this.onCollect('sent', collect.channel.channelId);
          return send;
        }
        this.sends.setStatus(send.id, 'rejected');
        const nonceTaken = isAirtntError(error, 'CHAIN_NONCE_TOO_LOW');
        if (nonceTaken) this.resync();
        this.log(`collector: collect on channel ${collect.channel.channelId.slice(0, 10)} (nonce ${nonce}) refused by the node: ${describe(error)}`);
        // Nothing went out, and the collect is still owed: retry now rather than at the next pass, which
        // waits for a new block (never mined on a quiet chain that mines only on transactions).
        if (nonceTaken && attempt < NONCE_ATTEMPTS) continue;
        this.onCollect('failed', collect.channel.channelId, isAirtntError(error) ? error.code : 'CHAIN_CALL_FAILED');
        return undefined;
      }
    }
  }

  /** A replacement of `previous` (same nonce): the latest payment of its channel at higher fees. */
  async replace(previous: CollectSend, collect: CollectToSend): Promise<CollectSend | undefined> {
    const send = await this.signAndStore(collect, previous.nonce);
    try {
      await broadcastTransaction(this.chain, send.raw);
      return send;
    } catch (error) {
      if (isRpcUnavailable(error)) {
        // As in send(): unanswered is not refused; it stays 'sent' beside the one it replaces.
        this.log(`collector: replacement of ${previous.txHash.slice(0, 10)} (nonce ${previous.nonce}) stored, but the RPC did not take it (${describe(error)}): waiting for the RPC to send it again`);
        this.onUnanswered();
        return send;
      }
      this.sends.setStatus(send.id, 'rejected');
      this.log(`collector: replacement of ${previous.txHash.slice(0, 10)} (nonce ${previous.nonce}) refused: ${describe(error)}`);
      return undefined;
    }
  }

  /** Broadcasts a stored send again (after a restart or a reorg); the chain settles what it becomes. */
  async rebroadcast(send: CollectSend): Promise<void> {
    try {
      await broadcastTransaction(this.chain, send.raw);
    } catch (error) {
      // Nonce taken: reconciliation marks it dropped or mined. Fee too low: the next bump replaces it.
      this.log(`collector: re-sending ${send.txHash.slice(0, 10)} (nonce ${send.nonce}): ${describe(error)}`);
    }
  }

  private async signAndStore(collect: CollectToSend, nonce: number): Promise<CollectSend> {
    const { channel, payment } = collect;
    const signed = await this.calls.sign(this.chain, channel, payment, { nonce, gas: collect.gas, fees: collect.fees });
    const row = { channelId: channel.channelId, amount: payment.amount, previous: collect.previous, nonce, txHash: signed.hash, raw: signed.raw, gas: collect.gas, fees: collect.fees, sentBlock: collect.head };
    this.reached('collect-signed');
    const createdAt = Date.now();
    const id = this.sends.insertSend(row, createdAt);
    this.reached('collect-stored');
    return { ...row, id, status: 'sent', minedBlock: undefined, gasUsed: undefined, feePaid: undefined, createdAt };
  }
}

function describe(error: unknown): string {
  return isAirtntError(error) ? `${error.code}: ${error.message.split('\n')[0]}` : String(error);
}

