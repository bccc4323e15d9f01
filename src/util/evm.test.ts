import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import * as viem from 'viem';
import { paymentDigest, paymentDigestBytes, paymentTypedData } from '../protocol/payment.js';
import { poolPaymentDigest, viewChangeDigest } from '../protocol/pool-signatures.js';
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

  it('gives one digest for an address in any letter case the checks accept, on every path (never an encoder\'s untyped refusal)', () => {
    const contract = viem.getAddress(hex(20));
    const member = viem.getAddress(hex(20));
    // A mixed case that is not the checksum, and all upper case: isAddress(strict: false) accepts both.
    const badCase = (address: viem.Address) => `0x${[...address.slice(2)].map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c.toLowerCase())).join('')}` as viem.Address;
    const upper = (address: viem.Address) => `0x${address.slice(2).toUpperCase()}` as viem.Address;
    const terms = { channelId: hex(32), amount: 7n, keyHash: hex(32) };
    const pool = { channelId: terms.channelId, member, amount: 7n, keyHash: terms.keyHash };
    const view = { sessionId: hex(32), view: 1, executor: member, lastPaidRound: 0n, lastPaidKeyHash: hex(32), ackCount: 1 };
    const expected = {
      payment: viem.hashTypedData(paymentTypedData({ chainId: 1, verifyingContract: contract }, terms)),
      pool: poolPaymentDigest({ chainId: 1, verifyingContract: contract }, pool),
      view: viewChangeDigest({ chainId: 1, verifyingContract: contract }, view),
    };
    for (const form of [badCase, upper, (a: viem.Address) => a.toLowerCase() as viem.Address]) {
      const domain = { chainId: 1, verifyingContract: form(contract) };
      assert.equal(paymentDigest(domain, terms), expected.payment);
      assert.equal(toHex(paymentDigestBytes(domain, terms)), expected.payment);
      assert.equal(poolPaymentDigest(domain, { ...pool, member: form(member) }), expected.pool);
      assert.equal(viewChangeDigest(domain, { ...view, executor: form(member) }), expected.view);
    }
  });
});
