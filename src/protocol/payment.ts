/**
 * The payment update a requester signs for each round (EIP-712, docs/protocol-channel.md):
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
import { hashTypedData, isAddress, keccak256, recoverAddress, zeroAddress, type Address, type LocalAccount } from 'viem';
import { z } from 'zod';
import { assertLength, fromHex, type Hex } from '../util/bytes.js';
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

/** The typed data to hand to viem's signTypedData (or any EIP-712 wallet). */
export function paymentTypedData(domain: ChannelDomain, terms: PaymentTerms) {
  checkDomain(domain);
  checkTerms(terms);
  return {
    domain: { name: 'Airtnt', version: '1', chainId: domain.chainId, verifyingContract: domain.verifyingContract },
    types: PAYMENT_TYPES,
    primaryType: 'Payment',
    message: { channelId: terms.channelId, amount: terms.amount, keyHash: terms.keyHash },
  } as const;
}

/** The 32-byte EIP-712 digest the requester signs (equals the contract's paymentDigest). */
export function paymentDigest(domain: ChannelDomain, terms: PaymentTerms): Hex {
  return hashTypedData(paymentTypedData(domain, terms));
}

/** Signs a payment update with a local account (viem's signTypedData: low s, v in {27, 28}). */
export async function signPayment(account: LocalAccount, domain: ChannelDomain, terms: PaymentTerms): Promise<Hex> {
  return account.signTypedData(paymentTypedData(domain, terms));
}

/**
 * The address that signed these terms. Throws INVALID_PAYMENT_SIGNATURE for anything the contract
 * would refuse: not 65 bytes, v not 27/28, s = 0 or s > n/2, r = 0 or r >= n.
 */
export async function recoverPaymentSigner(domain: ChannelDomain, terms: PaymentTerms, signature: Hex): Promise<Address> {
  checkSignature(signature);
  const signer = await recoverAddress({ hash: paymentDigest(domain, terms), signature });
  if (signer === zeroAddress) throw invalidSignature('the signature recovers to the zero address');
  return signer;
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
