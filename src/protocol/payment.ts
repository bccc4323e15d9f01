/**
 * The payment update a requester signs for each round (EIP-712, docs/protocol.md part 1):
 *
 *   domain  EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)
 *           = { name: "Airtnt", version: "1", chainId, verifyingContract: the AirtntChannels contract }
 *   type    Payment(bytes32 channelId,uint256 amount,bytes32 keyHash)
 *
 * `amount` is cumulative over the channel's life; `keyHash = keccak256(k)` binds the payment to the
 * round whose result is encrypted under k, so the executor can only collect by revealing k.
 * Pure: no I/O. Signatures are 65 bytes r || s || v with v in {27, 28} and s <= n/2 (EIP-2), exactly
 * what the contract accepts.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import type { Address, LocalAccount } from 'viem';
import { addressOfPublicKey, hashDomain, hashTypedData, isAddress, keccak256, zeroAddress } from '../util/evm.js';
import { z } from 'zod';
import { assertLength, fromHex, toHex, type Hex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

/** Where a payment can be redeemed: one AirtntChannels contract on one chain. */
export type ChannelDomain = { chainId: number; verifyingContract: Address };

/** What one payment signature binds. */
export type PaymentTerms = {
  /** keccak256(abi.encode(requester, executor, token, lane, nonce)): one channel, never repeated. */
  channelId: Hex;
  /** Cumulative amount the executor may have collected in total once it reveals the key. */
  amount: bigint;
  /** keccak256 of the 32-byte round key k. */
  keyHash: Hex;
};

/** The contract stores amounts in 96 bits; a larger signed amount could never be collected. */
export const MAX_PAYMENT_AMOUNT = (1n << 96n) - 1n;
/** Round keys are 32 bytes (the contract takes them as bytes32). */
export const ROUND_KEY_LENGTH = 32;

/** secp256k1 group order n, and n / 2: a valid signature with s above it is the malleable twin (EIP-2). */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const HALF_N = SECP256K1_N / 2n;

const bytes32Hex = z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'expected 0x and 64 hex digits');

/** Schema for payment terms arriving from outside (wire messages use decimal strings for amounts). */
export const paymentTermsSchema = z.object({
  channelId: bytes32Hex,
  amount: z.union([z.bigint(), z.string().regex(/^[0-9]{1,30}$/)]).transform((value) => BigInt(value)),
  keyHash: bytes32Hex,
});

/** Schema for a 65-byte signature in hex. */
export const paymentSignatureSchema = z.string().regex(/^0x[0-9a-fA-F]{130}$/, 'expected a 65-byte signature');

export const PAYMENT_TYPES = {
  Payment: [
    { name: 'channelId', type: 'bytes32' },
    { name: 'amount', type: 'uint256' },
    { name: 'keyHash', type: 'bytes32' },
  ],
} as const;

/** keccak256 of a 32-byte round key: what payments and the contract's hash lock use. */
export function keyHashOf(key: Uint8Array): Hex {
  return keccak256(assertLength(key, ROUND_KEY_LENGTH, 'key'));
}

/**
 * The EIP-712 domain of every message the channels contract checks (Payment here; PoolPayment and
 * ViewChange in pool-signatures.ts). The address is lowercased: checkDomain accepts any case, and the
 * EIP-712 encoders refuse a mixed case that is not a valid checksum; the encoding is the same 20 bytes.
 */
export function channelsTypedDomain(domain: ChannelDomain) {
  return { name: 'Airtnt', version: '1', chainId: domain.chainId, verifyingContract: domain.verifyingContract.toLowerCase() as Address } as const;
}

/** The typed data to hand to viem's signTypedData (or any EIP-712 wallet). */
export function paymentTypedData(domain: ChannelDomain, terms: PaymentTerms) {
  checkDomain(domain);
  checkTerms(terms);
  return {
    domain: channelsTypedDomain(domain),
    types: PAYMENT_TYPES,
    primaryType: 'Payment',
    message: { channelId: terms.channelId, amount: terms.amount, keyHash: terms.keyHash },
  } as const;
}

/** keccak256("Payment(bytes32 channelId,uint256 amount,bytes32 keyHash)"), the EIP-712 type hash. */
const PAYMENT_TYPE_HASH = keccak_256(new TextEncoder().encode('Payment(bytes32 channelId,uint256 amount,bytes32 keyHash)'));
/** Domain separators by chainId and contract: the same for every payment of a node's life. */
const domainSeparators = new Map<string, Uint8Array>();

function domainSeparator(domain: ChannelDomain): Uint8Array {
  const cacheKey = `${domain.chainId}:${domain.verifyingContract.toLowerCase()}`;
  let separator = domainSeparators.get(cacheKey);
  if (separator === undefined) {
    checkDomain(domain);
    const typed = paymentTypedData(domain, { channelId: `0x${'00'.repeat(32)}`, amount: 0n, keyHash: `0x${'00'.repeat(32)}` });
    separator = fromHex(hashDomain({ domain: { ...typed.domain, chainId: BigInt(typed.domain.chainId) }, types: { EIP712Domain: DOMAIN_TYPE } }), 32);
    domainSeparators.set(cacheKey, separator);
  }
  return separator;
}

const DOMAIN_TYPE = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
] as const;

/**
 * The 32-byte EIP-712 digest the requester signs (equals the contract's paymentDigest and viem's
 * hashTypedData): keccak256(0x1901 || domainSeparator || keccak256(typeHash || channelId || amount || keyHash)).
 * Computed directly (EIP-712 section "Specification of hashStruct") with the domain separator cached,
 * because it runs twice per paid round.
 */
export function paymentDigestBytes(domain: ChannelDomain, terms: PaymentTerms): Uint8Array {
  checkTerms(terms);
  const struct = new Uint8Array(128);
  struct.set(PAYMENT_TYPE_HASH, 0);
  struct.set(fromHex(terms.channelId, 32, 'channelId'), 32);
  struct.set(fromHex(terms.amount.toString(16).padStart(64, '0'), 32, 'amount'), 64);
  struct.set(fromHex(terms.keyHash, 32, 'keyHash'), 96);
  return typedDataDigest(domain, keccak_256(struct));
}

/**
 * keccak256(0x1901 || domainSeparator || structHash): the EIP-712 digest of a struct signed in the
 * channels' domain (payments here, pool payments in pool-signatures.ts), with the separator cached.
 */
export function typedDataDigest(domain: ChannelDomain, structHash: Uint8Array): Uint8Array {
  assertLength(structHash, 32, 'structHash');
  const message = new Uint8Array(66);
  message.set([0x19, 0x01], 0);
  message.set(domainSeparator(domain), 2);
  message.set(structHash, 34);
  return keccak_256(message);
}

/** The 32-byte EIP-712 digest the requester signs (equals the contract's paymentDigest). */
export function paymentDigest(domain: ChannelDomain, terms: PaymentTerms): Hex {
  return toHex(paymentDigestBytes(domain, terms));
}

/** The same digest through viem's generic EIP-712 encoder (tests compare the two). */
export function paymentDigestViem(domain: ChannelDomain, terms: PaymentTerms): Hex {
  return hashTypedData(paymentTypedData(domain, terms));
}

/** Signs a payment update with a local account: the digest above, signed by the account (low s, v in {27, 28}). */
export async function signPayment(account: LocalAccount, domain: ChannelDomain, terms: PaymentTerms): Promise<Hex> {
  if (account.sign === undefined) return account.signTypedData(paymentTypedData(domain, terms));
  return account.sign({ hash: paymentDigest(domain, terms) });
}

/**
 * The address that signed these terms. Throws INVALID_PAYMENT_SIGNATURE for anything the contract
 * would refuse: not 65 bytes, v not 27/28, s = 0 or s > n/2, r = 0 or r >= n. Recovers with noble
 * directly (what viem's recoverAddress does, without its format conversions).
 */
export async function recoverPaymentSigner(domain: ChannelDomain, terms: PaymentTerms, signature: Hex): Promise<Address> {
  return recoverPaymentSignerKey(domain, terms, signature).signer;
}

/**
 * recoverPaymentSigner, also returning the signer's uncompressed public key (65 bytes): an executor
 * recovers the first payment of a session and checks the next ones with isPaymentSignedBy.
 */
export function recoverPaymentSignerKey(domain: ChannelDomain, terms: PaymentTerms, signature: Hex): { signer: Address; publicKey: Uint8Array } {
  return recoverDigestSignerKey(paymentDigestBytes(domain, terms), signature);
}

/**
 * Who signed a 32-byte EIP-712 digest (any of airtnt's typed data: Payment, PoolPayment, ViewChange),
 * as ecrecover would say, and the signer's uncompressed public key. Throws INVALID_PAYMENT_SIGNATURE
 * for anything the contract would refuse (checkSignature), for a signature from which no key
 * recovers, and for one that recovers to the zero address.
 */
export function recoverDigestSignerKey(digest: Uint8Array, signature: Hex): { signer: Address; publicKey: Uint8Array } {
  checkSignature(signature);
  let publicKey: Uint8Array;
  try {
    publicKey = secp256k1.recoverPublicKey(recoveredFormat(signature), digest, { prehash: false });
  } catch (cause) {
    throw new AirtntError('INVALID_PAYMENT_SIGNATURE', 'invalid signature: no public key recovers from it', { cause });
  }
  const uncompressed = secp256k1.Point.fromBytes(publicKey).toBytes(false);
  const signer = addressOfPublicKey(uncompressed);
  if (signer === zeroAddress) throw invalidSignature('the signature recovers to the zero address');
  return { signer, publicKey: uncompressed };
}

/**
 * True exactly when recoverPaymentSigner would accept `signature` and recover it to `publicKey`
 * (what ecrecover on-chain does with v). See isDigestSignedBy.
 */
export function isPaymentSignedBy(domain: ChannelDomain, terms: PaymentTerms, signature: Hex, publicKey: Uint8Array): boolean {
  return isDigestSignedBy(paymentDigestBytes(domain, terms), signature, publicKey);
}

/**
 * True exactly when recoverDigestSignerKey would accept `signature` over `digest` and recover it to
 * `publicKey`: the same layout checks (v 27/28, low s, r and s in range), then noble's ECDSA verify
 * in its 'recovered' format, which also binds the recovery id: R = u1*G + u2*P must have x = r (no
 * overflow) and the y parity that v names. Cheaper than recovering: no square root for R, no hashing
 * of the recovered key.
 */
export function isDigestSignedBy(digest: Uint8Array, signature: Hex, publicKey: Uint8Array): boolean {
  try {
    checkSignature(signature);
  } catch {
    return false;
  }
  return secp256k1.verify(recoveredFormat(signature), digest, publicKey, { prehash: false, lowS: true, format: 'recovered' });
}

/** noble's 'recovered' layout, recovery id || r || s, from the contract's r || s || v (v in {27, 28}). */
function recoveredFormat(signature: Hex): Uint8Array {
  const bytes = fromHex(signature, 65, 'signature');
  const recovered = new Uint8Array(65);
  recovered[0] = bytes[64]! - 27;
  recovered.set(bytes.subarray(0, 64), 1);
  return recovered;
}

/** Checks the layout the contract accepts, so an executor never stores a payment it cannot redeem. */
export function checkSignature(signature: Hex): void {
  if (!paymentSignatureSchema.safeParse(signature).success) throw invalidSignature('expected 65 bytes r || s || v');
  const bytes = fromHex(signature, 65, 'signature');
  const r = BigInt(`0x${signature.slice(2, 66)}`);
  const s = BigInt(`0x${signature.slice(66, 130)}`);
  const v = bytes[64]!;
  if (v !== 27 && v !== 28) throw invalidSignature(`v must be 27 or 28, got ${v}`);
  if (r === 0n || r >= SECP256K1_N) throw invalidSignature('r is out of range');
  if (s === 0n || s > HALF_N) {
    throw invalidSignature('s is zero or above n/2 (a malleable high-s signature)');
  }
}

function checkDomain(domain: ChannelDomain): void {
  if (!Number.isSafeInteger(domain.chainId) || domain.chainId <= 0) {
    throw new AirtntError('INVALID_PAYMENT_DOMAIN', 'chainId must be a positive integer', {
      details: { chainId: domain.chainId },
    });
  }
  if (!isAddress(domain.verifyingContract, { strict: false }) || domain.verifyingContract === zeroAddress) {
    throw new AirtntError('INVALID_PAYMENT_DOMAIN', 'verifyingContract must be the channels contract address', {
      details: { verifyingContract: domain.verifyingContract },
    });
  }
}

function checkTerms(terms: PaymentTerms): void {
  const problems: string[] = [];
  if (!bytes32Hex.safeParse(terms.channelId).success) problems.push('channelId must be 32 bytes of hex');
  if (!bytes32Hex.safeParse(terms.keyHash).success) problems.push('keyHash must be 32 bytes of hex');
  if (typeof terms.amount !== 'bigint' || terms.amount < 0n || terms.amount > MAX_PAYMENT_AMOUNT) {
    problems.push('amount must be a bigint in [0, 2^96 - 1]');
  }
  if (problems.length > 0) {
    throw new AirtntError('INVALID_PAYMENT_TERMS', problems.join('; '), {
      details: { channelId: terms.channelId, amount: terms.amount, keyHash: terms.keyHash },
    });
  }
}

function invalidSignature(reason: string): AirtntError {
  return new AirtntError('INVALID_PAYMENT_SIGNATURE', `invalid payment signature: ${reason}`, {
    hint: 'payment signatures are 65 bytes r || s || v with v 27/28 and low s, as produced by signTypedData',
  });
}
