/**
 * The executor's intake of a `pay`: who signed it (recovered once, then verified against the
 * requester's public key, prepared once the session has paid a few rounds), and committing it to SQLite in the way its deadline allows. A payment is
 * stored (fsync) before its key may leave; when it arrives too late for the collect queue, it is
 * collected ahead of the queue first, which reveals k on-chain anyway, and k is marked released after.
 */
import type { Address, Hex } from 'viem';
import { isDigestSignedBy, recoverDigestSignerKey } from '../protocol/payment.js';
import { isDigestSignedByKey, preparePaymentKey, type PreparedPaymentKey } from '../protocol/payment-key.js';
import { toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import type { ConnectionContext } from './executor-connection.js';
import type { StoredPayment } from './executor-store.js';

/** Payments of one session checked against the plain key before the key is prepared: preparing costs about ten checks. */
export const PREPARE_KEY_AFTER_PAYMENTS = 8;

/**
 * Requesters' keys prepared for the per-round check (src/protocol/payment-key.ts), shared by every
 * session of the process: one requester runs many sessions. At most PREPARED_KEYS_LIMIT keys (each a
 * few hundred points), then the cache starts again.
 */
const PREPARED_KEYS_LIMIT = 64;
const preparedKeys = new Map<string, PreparedPaymentKey>();

function preparedKeyOf(publicKey: Uint8Array, prepare: boolean): PreparedPaymentKey | undefined {
  const id = toHex(publicKey);
  let prepared = preparedKeys.get(id);
  if (prepared === undefined && prepare) {
    prepared = preparePaymentKey(publicKey);
    if (preparedKeys.size >= PREPARED_KEYS_LIMIT) preparedKeys.clear();
    preparedKeys.set(id, prepared);
  }
  return prepared;
}

/**
 * Who signed each payment of one session (a Payment, or a pool session's PoolPayment: any EIP-712
 * digest the requester signs per round).
 */
export class PaymentSigners {
  /** The requester's public key, learnt from its first valid payment: later ones are verified, not recovered. */
  private requesterPublicKey: Uint8Array | undefined;
  /** The same key prepared, once this requester has paid PREPARE_KEY_AFTER_PAYMENTS rounds of one session (or is in the cache). */
  private preparedKey: PreparedPaymentKey | undefined;
  private checked = 0;

  constructor(private readonly requester: Address) {}

  /**
   * Who signed `digest`, as recovery says (undefined if nothing recovers). Once a payment of this
   * session recovered to the requester, later ones are verified against its public key (the same
   * acceptance, see isDigestSignedBy and isDigestSignedByKey); one that fails is recovered, so
   * errors name the signer.
   */
  signerOf(digest: Uint8Array, signature: Hex): Address | undefined {
    if (this.requesterPublicKey !== undefined && this.isSignedByRequester(this.requesterPublicKey, digest, signature)) {
      return this.requester;
    }
    try {
      const { signer, publicKey } = recoverDigestSignerKey(digest, signature);
      if (signer.toLowerCase() === this.requester.toLowerCase()) this.requesterPublicKey = publicKey;
      return signer;
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      return undefined;
    }
  }

  private isSignedByRequester(publicKey: Uint8Array, digest: Uint8Array, signature: Hex): boolean {
    this.checked += 1;
    this.preparedKey ??= preparedKeyOf(publicKey, this.checked >= PREPARE_KEY_AFTER_PAYMENTS);
    return this.preparedKey === undefined ? isDigestSignedBy(digest, signature, publicKey) : isDigestSignedByKey(digest, signature, this.preparedKey);
  }
}

/**
 * Commits an accepted payment: with its key withheld (stored, never released), collected first and
 * then released (too late for the queue), or stored and released in one transaction. Resolves once
 * the transaction holding the payment committed: the payments of all sessions that wait together
 * share one transaction and one fsync (group-commit.ts); the key may leave only after this resolved.
 * `withPayment` (the key row of the round that the payment's `nextCycles` ran) is written in the same
 * transaction as the payment, after it: one fsync for both.
 */
export async function storePayment(
  ctx: Pick<ConnectionContext, 'store' | 'deadlines' | 'log'>,
  payment: StoredPayment,
  release: 'release' | 'collect-first' | 'withhold',
  withPayment?: () => void,
): Promise<void> {
  const { store } = ctx;
  const now = Date.now();
  const also = (write: () => void) =>
    withPayment === undefined
      ? write
      : () => {
          write();
          withPayment();
        };
  if (release === 'withhold') {
    await store.group.commit(also(() => store.insertPayment(payment, now)));
  } else if (release === 'collect-first') {
    // Too late for the queue: k leaves only once the payment is collected (which reveals k anyway).
    await store.group.commit(also(() => store.insertPayment(payment, now)));
    await ctx.deadlines!.collectFirst(payment.channelId);
    store.markReleased(payment.sessionId, payment.round);
    ctx.log(`session ${payment.sessionId.slice(0, 10)}: late payment for round ${payment.round} collected before its key was released`);
  } else {
    await store.group.commit(also(() => store.insertPaymentAndRelease(payment, now)));
  }
}
