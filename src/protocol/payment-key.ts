/**
 * A requester's public key prepared for checking many payments against it. An executor checks one
 * payment a round, always against the same requester's key, and that check is the largest step of a
 * round's critical path (`airtnt bench floor`, `executorPaymentCheck`). noble's `secp256k1.verify`
 * takes the key as bytes and so redoes every multiple of the key on each call; here noble's wNAF
 * multiples of the key are computed once (window 4: 520 points, about 5 ms and 83 kB), after which
 * a check costs about half of one `verify` (0.6 against 1.2 ms on a 2-core machine).
 *
 * The check is the ECDSA verification of SEC 1 v2 section 4.1.4 written on noble's point arithmetic,
 * because noble's verify has no way to take a prepared key. It accepts exactly what
 * `isPaymentSignedBy` (noble's verify in its 'recovered' format) accepts, which is exactly what the
 * contract's ecrecover accepts as the requester's: the layout checks of `checkSignature` (v 27 or 28,
 * 0 < r < n, 0 < s <= n/2), then R = u1*G + u2*Q with u1 = z/s and u2 = r/s, and R must be a point
 * whose x is r itself (not r + n: v cannot say so) and whose y has the parity v names. A wrong v
 * would pass a check without it and then fail on chain, so it is part of the check.
 * src/protocol/payment-key.test.ts compares the two checks on valid, tampered and malformed signatures.
 *
 * Pure: no I/O; the prepared key is a value the caller keeps.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToNumberBE } from '@noble/curves/utils.js';
import type { Address } from 'viem';
import { fromHex, toHex, type Hex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { checkSignature, isDigestSignedBy, paymentDigestBytes, recoverDigestSignerKey, type ChannelDomain, type PaymentTerms } from './payment.js';

const { Point } = secp256k1;
const { Fn } = Point;

/** noble's wNAF window for a prepared key: 8 points a window, 65 windows. Larger windows cost more to prepare than they save here. */
const PREPARED_WINDOW = 4;

/** A public key with its multiples precomputed; make one with preparePaymentKey. */
export type PreparedPaymentKey = {
  /** The key, uncompressed (65 bytes, 0x04 || x || y). */
  readonly publicKey: Uint8Array;
  readonly point: InstanceType<typeof Point>;
};

/**
 * Prepares a secp256k1 public key (33 or 65 bytes, as `recoverPaymentSignerKey` returns it) for
 * `isPaymentSignedByKey`. Throws INVALID_PAYMENT_SIGNATURE if the bytes are not a point of the curve.
 */
export function preparePaymentKey(publicKey: Uint8Array): PreparedPaymentKey {
  let point: InstanceType<typeof Point>;
  try {
    point = Point.fromBytes(publicKey);
  } catch (cause) {
    throw new AirtntError('INVALID_PAYMENT_SIGNATURE', 'the signer key is not a point of secp256k1', { cause });
  }
  if (point.is0()) throw new AirtntError('INVALID_PAYMENT_SIGNATURE', 'the signer key is the point at infinity');
  // Lazily, then built by a first multiplyUnsafe: the table the check uses. noble's eager precompute
  // warms through multiply, whose blinded constant-time path builds a wider table the check never uses.
  point.precompute(PREPARED_WINDOW, true).multiplyUnsafe(3n);
  return { publicKey: point.toBytes(false), point };
}

/** True exactly when isPaymentSignedBy(domain, terms, signature, key.publicKey) is, at about half its cost. */
export function isPaymentSignedByKey(domain: ChannelDomain, terms: PaymentTerms, signature: Hex, key: PreparedPaymentKey): boolean {
  return isDigestSignedByKey(paymentDigestBytes(domain, terms), signature, key);
}

/** True exactly when isDigestSignedBy(digest, signature, key.publicKey) is (any of airtnt's EIP-712 digests). */
export function isDigestSignedByKey(digest: Uint8Array, signature: Hex, key: PreparedPaymentKey): boolean {
  try {
    checkSignature(signature);
  } catch {
    return false;
  }
  const bytes = fromHex(signature, 65, 'signature');
  const r = bytesToNumberBE(bytes.subarray(0, 32));
  const s = bytesToNumberBE(bytes.subarray(32, 64));
  // bits2int of a 256-bit digest on a 256-bit order is the digest read as a number; then mod n.
  const z = Fn.create(bytesToNumberBE(digest));
  const sInverse = Fn.inv(s);
  const R = Point.BASE.multiplyUnsafe(Fn.create(z * sInverse)).add(key.point.multiplyUnsafe(Fn.create(r * sInverse)));
  if (R.is0()) return false;
  const { x, y } = R.toAffine();
  return x === r && Number(y & 1n) === bytes[64]! - 27;
}

/**
 * Checks against the plain key (a session's payments after the first, which is recovered) before the
 * key is prepared, at the eighth: the session's ninth payment. Preparing (about 5 ms) costs what about
 * eight checks against the prepared key save (0.65 ms each), so preparing at the eighth costs a
 * session at most about twice the best choice made knowing its length.
 */
export const PREPARE_KEY_AFTER_PAYMENTS = 8;

/** The default of PaymentSigners: the key prepared from the session's PREPARE_KEY_AFTER_PAYMENTS-th check on. */
export function prepareAfterPayments(publicKey: Uint8Array, checked: number): PreparedPaymentKey | undefined {
  return checked >= PREPARE_KEY_AFTER_PAYMENTS ? preparePaymentKey(publicKey) : undefined;
}

/**
 * Requesters' keys prepared for the per-round check, shared by the sessions of one process (the
 * executor host, or the enclave where a standby checks replicas): one requester runs many sessions, so
 * a key in the cache is used from a session's second payment on. Keys are prepared as
 * prepareAfterPayments says; at most `limit` are kept (83 kB each), then the cache starts again.
 */
export class PreparedKeyCache {
  private readonly keys = new Map<string, PreparedPaymentKey>();

  constructor(private readonly limit: number) {}

  /** PaymentSigners' `prepare`: the cached key, or one prepared once the session has checked enough payments. */
  readonly prepare = (publicKey: Uint8Array, checked: number): PreparedPaymentKey | undefined => {
    const id = toHex(publicKey);
    let prepared = this.keys.get(id);
    if (prepared === undefined) {
      prepared = prepareAfterPayments(publicKey, checked);
      if (prepared === undefined) return undefined;
      if (this.keys.size >= this.limit) this.keys.clear();
      this.keys.set(id, prepared);
    }
    return prepared;
  };
}

/**
 * Who signed each payment of one session (a Payment, or a pool session's PoolPayment: any EIP-712
 * digest the session's requester signs once a round). The first payment is recovered; once one
 * recovered to the requester, later ones are verified against its public key (isDigestSignedBy), and
 * against the key prepared once `prepare` gives it (isDigestSignedByKey): the same acceptance at a
 * lower cost. One that fails is recovered, so errors name whoever signed it.
 */
export class PaymentSigners {
  /** The requester's public key, learnt from its first valid payment. */
  private requesterPublicKey: Uint8Array | undefined;
  private preparedKey: PreparedPaymentKey | undefined;
  private checked = 0;

  /**
   * @param prepare the requester's key prepared, or undefined for not yet; called before each check
   *   against the known key (with the number of such checks so far, this one included) until it gives one.
   */
  constructor(
    private readonly requester: Address,
    private readonly prepare: (publicKey: Uint8Array, checked: number) => PreparedPaymentKey | undefined = prepareAfterPayments,
  ) {}

  /** Who signed `digest` with `signature`, as ecrecover would say; undefined if the contract would refuse the signature. */
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
    this.preparedKey ??= this.prepare(publicKey, this.checked);
    return this.preparedKey === undefined ? isDigestSignedBy(digest, signature, publicKey) : isDigestSignedByKey(digest, signature, this.preparedKey);
  }
}
