/** Checks on action parameters, so mistakes fail here with a clear error rather than as a revert. */
import { isAddress, type Address, type Hex } from 'viem';
import { MAX_PAYMENT_AMOUNT, ROUND_KEY_LENGTH } from '../protocol/payment.js';
import { AirtntError } from '../util/errors.js';
import type { ChannelRef } from './ref.js';

const MAX_UINT256 = (1n << 256n) - 1n;
const MAX_EXPIRY = (1n << 32n) - 1n;

export function checkAddress(value: Address, name: string): Address {
  if (typeof value !== 'string' || !isAddress(value, { strict: false })) {
    throw new AirtntError('INVALID_ADDRESS', `"${name}" is not an address`, { details: { [name]: value } });
  }
  return value;
}

export function checkAmount(value: bigint, name = 'amount'): bigint {
  if (typeof value !== 'bigint' || value < 0n || value > MAX_PAYMENT_AMOUNT) {
    throw new AirtntError('INVALID_AMOUNT', `"${name}" must be a bigint in [0, 2^96 - 1]`, {
      details: { [name]: value },
    });
  }
  return value;
}

/** A unix time in seconds that fits the contract's 32-bit expiry. */
export function checkExpiry(value: bigint | number): bigint {
  const expiry = typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : value;
  if (typeof expiry !== 'bigint' || expiry <= 0n || expiry > MAX_EXPIRY) {
    throw new AirtntError('INVALID_EXPIRY', 'expiry must be a unix time in seconds below 2^32', {
      details: { expiry: value },
    });
  }
  return expiry;
}

export function checkRef(ref: ChannelRef): ChannelRef {
  checkAddress(ref.requester, 'requester');
  checkAddress(ref.executor, 'executor');
  checkAddress(ref.token, 'token');
  if (typeof ref.lane !== 'bigint' || ref.lane < 0n || ref.lane > MAX_UINT256) {
    throw new AirtntError('INVALID_LANE', 'lane must be a bigint in [0, 2^256 - 1]', { details: { lane: ref.lane } });
  }
  return ref;
}

/** A round key as the contract takes it (bytes32). */
export function keyToBytes32(key: Uint8Array | Hex): Hex {
  const hex = typeof key === 'string' ? key : (`0x${Buffer.from(key).toString('hex')}` as Hex);
  if (!new RegExp(`^0x[0-9a-fA-F]{${ROUND_KEY_LENGTH * 2}}$`).test(hex)) {
    throw new AirtntError('INVALID_KEY', `the round key must be ${ROUND_KEY_LENGTH} bytes`, {
      details: { length: typeof key === 'string' ? (key.length - 2) / 2 : key.length },
    });
  }
  return hex;
}

/** Signatures are checked off-chain too (see checkSignature in src/protocol/payment.ts). */
export function checkSignatureHex(signature: Hex): Hex {
  if (typeof signature !== 'string' || !/^0x[0-9a-fA-F]{130}$/.test(signature)) {
    throw new AirtntError('INVALID_PAYMENT_SIGNATURE', 'the payment signature must be 65 bytes of hex', {
      details: { length: typeof signature === 'string' ? signature.length : typeof signature },
    });
  }
  return signature;
}
