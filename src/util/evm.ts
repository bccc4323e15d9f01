/**
 * The EVM encodings the protocol core and the enclave worker need: checksummed addresses, keccak256
 * as hex, EIP-712 digests and ABI encoding. From ox, the library viem is built on, which is split into
 * one module per concern: importing viem's root loads all of viem (about 350 modules, some 0.4 s of
 * CPU), which every enclave worker paid at its start for these few functions. Node code that talks to
 * a chain uses viem as before; the two agree (src/util/evm.test.ts).
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import * as OxAbiParameters from 'ox/AbiParameters';
import * as OxAddress from 'ox/Address';
import * as OxHash from 'ox/Hash';
import * as OxTypedData from 'ox/TypedData';
import type { Address, Hex } from 'viem';
import { toHex } from './bytes.js';

export const zeroAddress: Address = '0x0000000000000000000000000000000000000000';

/** The EIP-55 checksummed form of a 20-byte hex address (any case); throws on anything else, as viem's getAddress. */
export function getAddress(address: string): Address {
  return OxAddress.checksum(address);
}

/** Whether `address` is 20 bytes of hex; with strict (the default), a mixed-case one must carry a valid checksum. */
export function isAddress(address: string, options: { strict?: boolean } = {}): address is Address {
  return OxAddress.validate(address, { strict: options.strict ?? true });
}

/** Whether two addresses are the same, whatever their case; throws on a malformed one, as viem's isAddressEqual. */
export function isAddressEqual(a: Address, b: Address): boolean {
  return OxAddress.isEqual(a, b);
}

/** The checksummed address of an uncompressed secp256k1 public key (0x04 || x || y): the last 20 bytes of keccak256(x || y). */
export function addressOfPublicKey(uncompressed: Uint8Array): Address {
  if (uncompressed.length !== 65 || uncompressed[0] !== 0x04) throw new TypeError('expected an uncompressed public key (65 bytes, 0x04 first)');
  return OxAddress.checksum(toHex(keccak_256(uncompressed.subarray(1)).subarray(12)));
}

/** keccak256 of bytes or hex, as hex. */
export function keccak256(value: Uint8Array | Hex): Hex {
  return OxHash.keccak256(value, { as: 'Hex' });
}

/** The 32-byte EIP-712 digest of typed data (domain types derived from the domain's fields), as hex. */
export const hashTypedData: typeof OxTypedData.getSignPayload = OxTypedData.getSignPayload;

/** The EIP-712 domain separator. */
export const hashDomain: typeof OxTypedData.hashDomain = OxTypedData.hashDomain;

/** abi.encode of values by their parameter types. */
export const encodeAbiParameters: typeof OxAbiParameters.encode = OxAbiParameters.encode;
