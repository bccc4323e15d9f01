import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import * as viem from 'viem';
import { paymentTypedData } from '../protocol/payment.js';
import { encodeAbiParameters, getAddress, hashDomain, hashTypedData, isAddress, isAddressEqual, keccak256, zeroAddress } from './evm.js';
import { toHex } from './bytes.js';

const hex = (bytes: number): viem.Hex => toHex(randomBytes(bytes));

describe('EVM encodings (src/util/evm.ts) agree with viem', () => {
  it('checksums, validates and compares addresses as viem does, and throws where viem throws', () => {
    for (let i = 0; i < 50; i++) {
      const lower = hex(20);
      assert.equal(getAddress(lower), viem.getAddress(lower));
      assert.equal(getAddress(lower.toUpperCase().replace('0X', '0x')), viem.getAddress(lower));
      assert.equal(isAddressEqual(lower, viem.getAddress(lower)), true);
    }
    const checksummed = viem.getAddress(hex(20));
    const wrongChecksum = checksummed.replace(/[a-f]/, (c) => c.toUpperCase()) as viem.Address;
    for (const candidate of [checksummed, checksummed.toLowerCase(), wrongChecksum, '0x1234', `0x${'g'.repeat(40)}`, '', hex(21), zeroAddress]) {
      assert.equal(isAddress(candidate), viem.isAddress(candidate), candidate);
      assert.equal(isAddress(candidate, { strict: false }), viem.isAddress(candidate, { strict: false }), candidate);
    }
    assert.throws(() => getAddress('0x1234'));
    assert.throws(() => viem.getAddress('0x1234'));
    assert.equal(zeroAddress, viem.zeroAddress);
  });

  it('hashes bytes and hex with keccak256, as hex', () => {
    for (const length of [0, 1, 32, 65, 200]) {
      const bytes = new Uint8Array(randomBytes(length));
      assert.equal(keccak256(bytes), viem.keccak256(bytes));
      assert.equal(keccak256(toHex(bytes)), viem.keccak256(toHex(bytes)));
    }
  });

  it('gives the EIP-712 digests and domain separators viem gives, and the same ABI encoding', () => {
    for (let i = 0; i < 20; i++) {
      const domain = { chainId: 1 + (i * 7919), verifyingContract: viem.getAddress(hex(20)) };
      const typed = paymentTypedData(domain, { channelId: hex(32), amount: BigInt(hex(12)), keyHash: hex(32) });
      assert.equal(hashTypedData(typed), viem.hashTypedData(typed));
      const eip712Domain = { ...typed.domain, chainId: BigInt(typed.domain.chainId) };
      const types = { EIP712Domain: [{ name: 'name', type: 'string' }, { name: 'version', type: 'string' }, { name: 'chainId', type: 'uint256' }, { name: 'verifyingContract', type: 'address' }] } as const;
      assert.equal(hashDomain({ domain: eip712Domain, types }), viem.hashDomain({ domain: eip712Domain, types }));
      const parameters = [{ type: 'bytes32' }, { type: 'address[]' }, { type: 'uint64' }] as const;
      const values = [hex(32), [viem.getAddress(hex(20)), viem.getAddress(hex(20))], BigInt(i)] as const;
      assert.equal(encodeAbiParameters(parameters, values), viem.encodeAbiParameters(parameters, values));
    }
  });
});
