/**
 * The executor's intake of a `pay`: who signed it (recovered once, then verified against the
 * requester's public key, prepared once the session has paid a few rounds: payment-key.ts), and
 * committing it to SQLite in the way its deadline allows. A payment is stored (fsync) before its key
 * may leave; when it arrives too late for the collect queue, it is collected ahead of the queue
 * first, which reveals k on-chain anyway, and k is marked released after.
 */
import type { Address } from 'viem';
import { PaymentSigners, PreparedKeyCache } from '../protocol/payment-key.js';
import type { ConnectionContext } from './executor-connection.js';
import type { StoredPayment } from './executor-store.js';

/** Requesters' keys prepared for the per-round check, shared by every session of the process (PreparedKeyCache). */
const PREPARED_KEYS_LIMIT = 64;
const preparedKeys = new PreparedKeyCache(PREPARED_KEYS_LIMIT);

/** Who signed each payment of one executor session, with the requester's prepared keys shared by the process. */
export function paymentSigners(requester: Address): PaymentSigners {
  return new PaymentSigners(requester, preparedKeys.prepare);
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
