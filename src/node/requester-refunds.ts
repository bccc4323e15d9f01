/**
 * The requester's refund of one expired channel, durable: the refund transaction is signed with an
 * explicit nonce and stored (hash, nonce, raw bytes; refund-store.ts) before it is broadcast. While a
 * stored refund is in play ('sent', or 'mined' and then taken away by a reorg) no other refund of the
 * channel is signed: after CHAIN_TX_UNMINED, an RPC failure or a restart, the same transaction is
 * broadcast again (same nonce, same bytes: harmless if the node has it) and its receipt waited for.
 * A second refund would revert once the first is mined, at the requester's cost. Only when the
 * account's mined nonce has passed the stored nonce without its receipt (another transaction of the
 * account took the nonce) is the stored refund dropped and a new one signed.
 *
 * Nothing acts on an unconfirmed refund: the caller marks the channel refunded (and its lane free to
 * re-use) only once the receipt is in and the channel reads closed on chain.
 */
import { parseEventLogs, type Hex, type TransactionReceipt } from 'viem';
import { isRpcUnavailable } from '../chain/errors.js';
import { accountNonce, broadcastTransaction, findReceipt, readChannel, readFeeMarket, readHead, type ChainClient } from '../chain/index.js';
import { requireChannels } from '../chain/client.js';
import { airtntChannelsAbi } from '../chain/generated/contracts.js';
import { channelLogs } from '../chain/logs.js';
import type { ChannelRef } from '../chain/ref.js';
import { signRefund } from '../chain/sign-refund.js';
import { waitForReceipt } from '../chain/transact.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import type { RefundSend, RefundStore } from './refund-store.js';

export type RefundOptions = {
  /** How long one recovery waits for a refund's receipt before reporting it as still waiting (default 120 s). */
  receiptTimeoutMs?: number;
};

export type RefundDone = { amount: bigint; hash: Hex; nonce: number };

/**
 * Refunds the channel once: waits for (and re-broadcasts) the stored refund in play, or signs, stores
 * and sends a new one. Throws when the refund is not confirmed (CHAIN_TX_UNMINED and others), with
 * `details.waitingFor` saying which transaction is waited for.
 */
export async function refundDurably(chain: ChainClient, refunds: RefundStore, channelId: Hex, ref: ChannelRef, options: RefundOptions = {}): Promise<RefundDone> {
  return chain.exclusive(async () => {
    let send = await settledOrLive(chain, refunds, channelId);
    if (send === undefined) send = await signAndStore(chain, refunds, channelId, ref);
    try {
      await broadcastTransaction(chain, send.raw);
    } catch (error) {
      // No answer is not a refusal: the node may have it. It stays 'sent' and is waited for below.
      if (!isRpcUnavailable(error)) {
        const mined = await findReceipt(chain, send.txHash);
        if (mined !== undefined) return confirm(chain, refunds, send, ref, mined);
        // Refused, no receipt: with its nonce taken it can never be mined (a new refund is signed next
        // time); refused for its fee it is waited for, and sent again, as it is.
        if (isAirtntError(error, 'CHAIN_NONCE_TOO_LOW')) refunds.setStatus(send.id, 'dropped');
        throw waiting(error, send);
      }
    }
    let receipt: TransactionReceipt;
    try {
      receipt = await waitForReceipt(chain, send.txHash, 'refund', options.receiptTimeoutMs);
    } catch (error) {
      throw waiting(error, send);
    }
    return confirm(chain, refunds, send, ref, receipt);
  });
}

/**
 * The channel reads closed: when a stored refund of it was mined (found on a later recovery, after
 * CHAIN_TX_UNMINED or a restart), that is what closed it; undefined when something else did.
 */
export async function minedRefundOf(chain: ChainClient, refunds: RefundStore, channelId: Hex): Promise<RefundDone | undefined> {
  const send = refunds.live(channelId);
  if (send === undefined) return undefined;
  const receipt = await findReceipt(chain, send.txHash);
  if (receipt === undefined || receipt.status !== 'success') return undefined;
  refunds.setStatus(send.id, 'mined', receipt.blockNumber);
  return { amount: refundedIn(chain, receipt), hash: send.txHash, nonce: send.nonce };
}

/** What the stored refund in play became: undefined when there is none (or its nonce went to another transaction). */
async function settledOrLive(chain: ChainClient, refunds: RefundStore, channelId: Hex): Promise<RefundSend | undefined> {
  const send = refunds.live(channelId);
  if (send === undefined) return undefined;
  if ((await findReceipt(chain, send.txHash)) !== undefined) return send;
  if ((await accountNonce(chain, 'latest')) > send.nonce) {
    // Mined nonces passed it without its receipt: another transaction of this account took the nonce.
    refunds.setStatus(send.id, 'dropped');
    return undefined;
  }
  // Unmined (or reorged out): the same transaction, broadcast again below.
  if (send.status === 'mined') refunds.setStatus(send.id, 'sent');
  return { ...send, status: 'sent' };
}

async function signAndStore(chain: ChainClient, refunds: RefundStore, channelId: Hex, ref: ChannelRef): Promise<RefundSend> {
  const pending = await accountNonce(chain, 'pending');
  // Our own refunds still waiting hold their nonces, whatever the node's pool says (it may have lost them).
  const taken = refunds.unminedNonces();
  let nonce = pending;
  while (taken.has(nonce)) nonce++;
  const fees = await readFeeMarket(chain, await readHead(chain));
  const signed = await signRefund(chain, { ref, nonce, fees });
  return refunds.insert({ channelId, nonce, txHash: signed.hash, raw: signed.raw }, Date.now());
}

/** A receipt is in: the refund counts once it succeeded and the channel reads closed (or re-opened) on chain. */
async function confirm(chain: ChainClient, refunds: RefundStore, send: RefundSend, ref: ChannelRef, receipt: TransactionReceipt): Promise<RefundDone> {
  if (receipt.status !== 'success') {
    refunds.setStatus(send.id, 'reverted', receipt.blockNumber);
    throw new AirtntError('CHAIN_TX_REVERTED', 'refund: the transaction was mined but reverted', {
      details: { hash: send.txHash, nonce: send.nonce, blockNumber: receipt.blockNumber },
      hint: 'the channel changed since it was read; read it again before refunding',
    });
  }
  const onChain = await readChannel(chain, ref);
  if (onChain.isOpen && onChain.channelId.toLowerCase() === send.channelId.toLowerCase()) {
    // The RPC's receipt is contradicted by the channel's state: not confirmed, waited for again.
    throw new AirtntError('CHAIN_TX_UNMINED', `refund: transaction ${send.txHash} has a receipt but the channel still reads open`, {
      details: { hash: send.txHash, nonce: send.nonce, waitingFor: waitingFor(send) },
      hint: 'it may be reorged out or the RPC may be wrong: read the chain again later',
    });
  }
  refunds.setStatus(send.id, 'mined', receipt.blockNumber);
  return { amount: refundedIn(chain, receipt), hash: send.txHash, nonce: send.nonce };
}

function refundedIn(chain: ChainClient, receipt: TransactionReceipt): bigint {
  const [event] = parseEventLogs({ abi: airtntChannelsAbi, logs: channelLogs(receipt, requireChannels(chain)), eventName: 'Refunded' });
  return event?.args.refunded ?? 0n;
}

function waitingFor(send: RefundSend): string {
  return `refund ${send.txHash} (nonce ${send.nonce}) to be mined`;
}

function waiting(error: unknown, send: RefundSend): unknown {
  if (!isAirtntError(error)) return error;
  return new AirtntError(error.code, error.shortMessage, {
    details: { ...error.details, hash: send.txHash, nonce: send.nonce, waitingFor: waitingFor(send) },
    hint: 'the same refund is broadcast again and waited for by the next recovery; no second refund is sent',
    cause: error,
  });
}
