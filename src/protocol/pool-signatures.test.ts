import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { getAddress, hashTypedData, type Address } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { concatBytes, fromHex, toHex, utf8 } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { keyHashOf, type ChannelDomain } from './payment.js';
import {
  poolAddress,
  poolPaymentDigest,
  poolPaymentTypedData,
  recoverPoolPaymentSigner,
  recoverViewChangeSigner,
  signPoolPayment,
  signViewChange,
  viewChangeDigest,
  type PoolPaymentTerms,
  type ViewChangeTerms,
} from './pool-signatures.js';

// anvil's first and second development keys (public knowledge; never hold real money).
const requester = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
const stranger = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
const domain: ChannelDomain = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' };
const payees: Address[] = ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8', '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', '0x90F79bf6EB2c4f870365E785982E1f101E93b906'];
const payment: PoolPaymentTerms = { channelId: `0x${'ab'.repeat(32)}`, member: payees[1]!, amount: 5_000n, keyHash: keyHashOf(new Uint8Array(32).fill(9)) };
const change: ViewChangeTerms = {
  sessionId: `0x${'cd'.repeat(32)}`,
  view: 1,
  executor: payees[1]!,
  lastPaidRound: 41n,
  lastPaidKeyHash: keyHashOf(new Uint8Array(32).fill(4)),
  ackCount: 1,
};

const word = (value: bigint): Uint8Array => fromHex(value.toString(16).padStart(64, '0'), 32);

function domainSeparator(d: ChannelDomain): Uint8Array {
  const typeHash = keccak_256(utf8('EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)'));
  return keccak_256(concatBytes(typeHash, keccak_256(utf8('Airtnt')), keccak_256(utf8('1')), word(BigInt(d.chainId)), word(BigInt(d.verifyingContract))));
}

function digestOf(structHash: Uint8Array): string {
  return toHex(keccak_256(concatBytes(new Uint8Array([0x19, 0x01]), domainSeparator(domain), structHash)));
}

describe('pool address', () => {
  it('is the low 20 bytes of keccak256(abi.encode(keccak256("airtnt/pool/v1"), address[] payees)), computed by hand', () => {
    const encoded = concatBytes(keccak_256(utf8('airtnt/pool/v1')), word(64n), word(BigInt(payees.length)), ...payees.map((payee) => word(BigInt(payee))));
    assert.equal(poolAddress(payees), getAddress(toHex(keccak_256(encoded).subarray(12))));
  });

  it('depends on the order of the members (member 0 runs view 0)', () => {
    assert.notEqual(poolAddress(payees), poolAddress([payees[1]!, payees[0]!, payees[2]!]));
  });

  it('refuses one member, nine, a duplicate (in any case) and the zero address', () => {
    const refused = (list: Address[]) => assert.throws(() => poolAddress(list), (e) => isAirtntError(e, 'POOL_MEMBERS_INVALID'));
    refused([payees[0]!]);
    refused(Array.from({ length: 9 }, (_, i) => getAddress(`0x${(i + 1).toString(16).padStart(40, '0')}`)));
    refused([payees[0]!, payees[0]!.toLowerCase() as Address]);
    refused([payees[0]!, '0x0000000000000000000000000000000000000000']);
  });
});

describe('PoolPayment', () => {
  it('has the digest EIP-712 defines for PoolPayment(bytes32 channelId,address member,uint256 amount,bytes32 keyHash)', () => {
    const typeHash = keccak_256(utf8('PoolPayment(bytes32 channelId,address member,uint256 amount,bytes32 keyHash)'));
    const struct = keccak_256(concatBytes(typeHash, fromHex(payment.channelId, 32), word(BigInt(payment.member)), word(payment.amount), fromHex(payment.keyHash, 32)));
    assert.equal(poolPaymentDigest(domain, payment), digestOf(struct));
  });

  it('equals viem\'s EIP-712 encoder for any member casing, amount and domain (the digest is computed directly)', () => {
    const domains: ChannelDomain[] = [domain, { chainId: 1, verifyingContract: '0x00000000000000000000000000000000DeaDBeef' }];
    const amounts = [0n, 1n, 5_000n, 2n ** 64n + 7n, (1n << 96n) - 1n];
    for (const d of domains) {
      for (const amount of amounts) {
        for (const member of [payees[0]!, payees[2]!.toLowerCase() as Address]) {
          const terms = { ...payment, member, amount, channelId: toHex(keccak_256(utf8(`${amount}`))), keyHash: keyHashOf(new Uint8Array(32).fill(Number(amount % 251n))) };
          assert.equal(poolPaymentDigest(d, terms), hashTypedData(poolPaymentTypedData(d, terms)));
        }
      }
    }
  });

  it('recovers the requester, and another address once the member or the amount is changed', async () => {
    const signature = await signPoolPayment(requester, domain, payment);
    assert.equal(recoverPoolPaymentSigner(domain, payment, signature), requester.address);
    assert.notEqual(recoverPoolPaymentSigner(domain, { ...payment, member: payees[2]! }, signature), requester.address);
    assert.notEqual(recoverPoolPaymentSigner(domain, { ...payment, amount: payment.amount + 1n }, signature), requester.address);
  });

  it('is not a Payment: a channel payment over the same fields has another digest', () => {
    const paymentType = keccak_256(utf8('Payment(bytes32 channelId,uint256 amount,bytes32 keyHash)'));
    const plain = digestOf(keccak_256(concatBytes(paymentType, fromHex(payment.channelId, 32), word(payment.amount), fromHex(payment.keyHash, 32))));
    assert.notEqual(poolPaymentDigest(domain, payment), plain);
  });

  it('refuses a zero member, an amount above 2^96 - 1 and a malformed signature', async () => {
    assert.throws(() => poolPaymentDigest(domain, { ...payment, member: '0x0000000000000000000000000000000000000000' }), (e) => isAirtntError(e, 'INVALID_PAYMENT_TERMS'));
    assert.throws(() => poolPaymentDigest(domain, { ...payment, amount: 1n << 96n }), (e) => isAirtntError(e, 'INVALID_PAYMENT_TERMS'));
    const signature = await signPoolPayment(requester, domain, payment);
    assert.throws(() => recoverPoolPaymentSigner(domain, payment, `${signature.slice(0, 130)}1d` as `0x${string}`), (e) => isAirtntError(e, 'INVALID_PAYMENT_SIGNATURE'));
  });
});

describe('ViewChange', () => {
  it('has the digest EIP-712 defines for its six fields', () => {
    const typeHash = keccak_256(utf8('ViewChange(bytes32 sessionId,uint32 view,address executor,uint64 lastPaidRound,bytes32 lastPaidKeyHash,uint8 ackCount)'));
    const struct = keccak_256(
      concatBytes(typeHash, fromHex(change.sessionId, 32), word(BigInt(change.view)), word(BigInt(change.executor)), word(change.lastPaidRound), fromHex(change.lastPaidKeyHash, 32), word(BigInt(change.ackCount))),
    );
    assert.equal(viewChangeDigest(domain, change), digestOf(struct));
  });

  it('recovers its signer, so a member tells the requester from a stranger', async () => {
    assert.equal(recoverViewChangeSigner(domain, change, await signViewChange(requester, domain, change)), requester.address);
    assert.equal(recoverViewChangeSigner(domain, change, await signViewChange(stranger, domain, change)), stranger.address);
    const signature = await signViewChange(requester, domain, change);
    assert.notEqual(recoverViewChangeSigner(domain, { ...change, view: 2 }, signature), requester.address);
  });

  it('refuses view 0 (the opening is view 0), a view above 2^32 - 1 and an ack count above a pool of 8', () => {
    for (const bad of [{ view: 0 }, { view: 2 ** 32 }, { ackCount: 8 }, { lastPaidRound: 1n << 64n }]) {
      assert.throws(() => viewChangeDigest(domain, { ...change, ...bad }), (e) => isAirtntError(e, 'POOL_VIEW_CHANGE_INVALID'));
    }
  });
});
