/**
 * What the requester signs for a pool (docs/protocol.md, "The pool"): the pool address a channel names as
 * its executor, the per-member payment, and the view change. EIP-712, in the domain of payments:
 *
 *   pool        = address(uint160(uint256(keccak256(abi.encode(POOL_TAG, address[] payees)))))
 *   POOL_TAG    = keccak256("airtnt/pool/v1")
 *   PoolPayment(bytes32 channelId,address member,uint256 amount,bytes32 keyHash)
 *   ViewChange(bytes32 sessionId,uint32 view,address executor,uint64 lastPaidRound,bytes32 lastPaidKeyHash,uint8 ackCount)
 *
 * A PoolPayment's amount is cumulative per member (what `member` may have collected in all on the
 * channel), so each member is paid exactly for the rounds it ran and a failover needs no transaction.
 * Pure: no I/O. Signatures follow the rules of payment.ts (65 bytes, v 27/28, low s).
 */
import type { Address, LocalAccount } from 'viem';
import { encodeAbiParameters, getAddress, hashTypedData, isAddress, keccak256, zeroAddress } from '../util/evm.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { fromHex, toHex, utf8, type Hex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { channelsTypedDomain, MAX_PAYMENT_AMOUNT, recoverDigestSignerKey, typedDataDigest, type ChannelDomain } from './payment.js';

/** A pool has an executor and at least one standby; eight members bound every per-round fan-out. */
export const MIN_POOL_MEMBERS = 2;
export const MAX_POOL_MEMBERS = 8;
/** keccak256("airtnt/pool/v1"): separates pool addresses from any other hash of an address list. */
export const POOL_TAG: Hex = keccak256(utf8('airtnt/pool/v1'));
/** Views are uint32 in the signed view change. */
export const MAX_VIEW = 0xffff_ffff;
const MAX_ROUND = (1n << 64n) - 1n;

export const POOL_PAYMENT_TYPES = {
  PoolPayment: [
    { name: 'channelId', type: 'bytes32' },
    { name: 'member', type: 'address' },
    { name: 'amount', type: 'uint256' },
    { name: 'keyHash', type: 'bytes32' },
  ],
} as const;

export const VIEW_CHANGE_TYPES = {
  ViewChange: [
    { name: 'sessionId', type: 'bytes32' },
    { name: 'view', type: 'uint32' },
    { name: 'executor', type: 'address' },
    { name: 'lastPaidRound', type: 'uint64' },
    { name: 'lastPaidKeyHash', type: 'bytes32' },
    { name: 'ackCount', type: 'uint8' },
  ],
} as const;

/** What one PoolPayment signature binds. */
export type PoolPaymentTerms = {
  channelId: Hex;
  /** The member paid: the payee of the executor of the view that ran the round. */
  member: Address;
  /** Cumulative amount paid to `member` on this channel (not the channel's total). */
  amount: bigint;
  keyHash: Hex;
};

/** What one ViewChange signature binds. */
export type ViewChangeTerms = {
  sessionId: Hex;
  /** The new view: above every view signed before in this session. */
  view: number;
  /** Payee of the member that runs the rounds from this view on. */
  executor: Address;
  /** The last round the requester signed a payment for (firstRound - 1 before any). */
  lastPaidRound: bigint;
  /** keccak256(k) of that round (zero before any): pins the replica the new executor continues from. */
  lastPaidKeyHash: Hex;
  /** Acks of distinct standbys each result must carry from this view on. */
  ackCount: number;
};

const bytes32 = /^0x[0-9a-fA-F]{64}$/;

/** The address a pool's channel names as its executor; refuses lists of the wrong size, duplicates or bad addresses. */
export function poolAddress(payees: readonly Address[]): Address {
  checkPayees(payees);
  const hash = keccak256(encodeAbiParameters([{ type: 'bytes32' }, { type: 'address[]' }], [POOL_TAG, [...payees]]));
  return getAddress(`0x${hash.slice(26)}`);
}

/**
 * The most each member may collect on a pool channel holding `deposit` (AirtntPools' AmountAboveAllocation):
 * an equal share, rounded down. The requester chooses the other members, so a member's share must be
 * its own: no payment signed to another member can take it.
 */
export function poolAllocation(deposit: bigint, memberCount: number): bigint {
  if (memberCount < MIN_POOL_MEMBERS || memberCount > MAX_POOL_MEMBERS) {
    throw new AirtntError('POOL_MEMBERS_INVALID', `a pool has ${MIN_POOL_MEMBERS} to ${MAX_POOL_MEMBERS} members, got ${memberCount}`, { details: { members: memberCount } });
  }
  return deposit / BigInt(memberCount);
}

export function checkPayees(payees: readonly Address[]): void {
  if (payees.length < MIN_POOL_MEMBERS || payees.length > MAX_POOL_MEMBERS) {
    throw new AirtntError('POOL_MEMBERS_INVALID', `a pool has ${MIN_POOL_MEMBERS} to ${MAX_POOL_MEMBERS} members, got ${payees.length}`, {
      details: { members: payees.length },
    });
  }
  const seen = new Set<string>();
  for (const payee of payees) {
    if (!isAddress(payee, { strict: false }) || payee === zeroAddress) {
      throw new AirtntError('POOL_MEMBERS_INVALID', `pool member ${String(payee)} is not a non-zero address`, { details: { payee } });
    }
    const lower = payee.toLowerCase();
    if (seen.has(lower)) throw new AirtntError('POOL_MEMBERS_INVALID', `pool member ${payee} appears twice`, { details: { payee } });
    seen.add(lower);
  }
}

/** An address as the typed data carries it (any case in, lowercase out; as channelsTypedDomain does). */
function lower(address: Address): Address {
  return address.toLowerCase() as Address;
}

export function poolPaymentTypedData(domain: ChannelDomain, terms: PoolPaymentTerms) {
  checkPoolPaymentTerms(terms);
  return {
    domain: channelsTypedDomain(domain),
    types: POOL_PAYMENT_TYPES,
    primaryType: 'PoolPayment',
    message: { channelId: terms.channelId, member: lower(terms.member), amount: terms.amount, keyHash: terms.keyHash },
  } as const;
}

export function viewChangeTypedData(domain: ChannelDomain, terms: ViewChangeTerms) {
  checkViewChangeTerms(terms);
  return {
    domain: channelsTypedDomain(domain),
    types: VIEW_CHANGE_TYPES,
    primaryType: 'ViewChange',
    message: {
      sessionId: terms.sessionId,
      view: terms.view,
      executor: lower(terms.executor),
      lastPaidRound: terms.lastPaidRound,
      lastPaidKeyHash: terms.lastPaidKeyHash,
      ackCount: terms.ackCount,
    },
  } as const;
}

const POOL_PAYMENT_TYPE_HASH = keccak_256(utf8('PoolPayment(bytes32 channelId,address member,uint256 amount,bytes32 keyHash)'));

/**
 * The 32-byte EIP-712 digest of a PoolPayment (equals the contract's poolPaymentDigest and viem's
 * hashTypedData of poolPaymentTypedData): computed directly, as paymentDigestBytes, because the
 * requester, the executor and each standby compute it every pool round (viem's encoder: 0.12 ms, this: 0.02).
 */
export function poolPaymentDigestBytes(domain: ChannelDomain, terms: PoolPaymentTerms): Uint8Array {
  checkPoolPaymentTerms(terms);
  const struct = new Uint8Array(160);
  struct.set(POOL_PAYMENT_TYPE_HASH, 0);
  struct.set(fromHex(terms.channelId, 32, 'channelId'), 32);
  struct.set(fromHex(terms.member, 20, 'member'), 76); // an address is left-padded to 32 bytes
  struct.set(fromHex(terms.amount.toString(16).padStart(64, '0'), 32, 'amount'), 96);
  struct.set(fromHex(terms.keyHash, 32, 'keyHash'), 128);
  return typedDataDigest(domain, keccak_256(struct));
}

export function poolPaymentDigest(domain: ChannelDomain, terms: PoolPaymentTerms): Hex {
  return toHex(poolPaymentDigestBytes(domain, terms));
}

export function viewChangeDigest(domain: ChannelDomain, terms: ViewChangeTerms): Hex {
  return hashTypedData(viewChangeTypedData(domain, terms));
}

export async function signPoolPayment(account: LocalAccount, domain: ChannelDomain, terms: PoolPaymentTerms): Promise<Hex> {
  if (account.sign === undefined) return account.signTypedData(poolPaymentTypedData(domain, terms));
  return account.sign({ hash: poolPaymentDigest(domain, terms) });
}

export async function signViewChange(account: LocalAccount, domain: ChannelDomain, terms: ViewChangeTerms): Promise<Hex> {
  if (account.sign === undefined) return account.signTypedData(viewChangeTypedData(domain, terms));
  return account.sign({ hash: viewChangeDigest(domain, terms) });
}

/** The address that signed a PoolPayment; INVALID_PAYMENT_SIGNATURE for anything the contract would refuse. */
export function recoverPoolPaymentSigner(domain: ChannelDomain, terms: PoolPaymentTerms, signature: Hex): Address {
  return recoverSigner(poolPaymentDigestBytes(domain, terms), signature);
}

/** The address that signed a ViewChange (same signature rules as payments). */
export function recoverViewChangeSigner(domain: ChannelDomain, terms: ViewChangeTerms, signature: Hex): Address {
  return recoverSigner(fromHex(viewChangeDigest(domain, terms), 32), signature);
}

function recoverSigner(digest: Uint8Array, signature: Hex): Address {
  return recoverDigestSignerKey(digest, signature).signer;
}

function checkPoolPaymentTerms(terms: PoolPaymentTerms): void {
  const problems: string[] = [];
  if (!bytes32.test(terms.channelId)) problems.push('channelId must be 32 bytes of hex');
  if (!bytes32.test(terms.keyHash)) problems.push('keyHash must be 32 bytes of hex');
  if (!isAddress(terms.member, { strict: false }) || terms.member === zeroAddress) problems.push('member must be a non-zero address');
  if (typeof terms.amount !== 'bigint' || terms.amount < 0n || terms.amount > MAX_PAYMENT_AMOUNT) problems.push('amount must be a bigint in [0, 2^96 - 1]');
  if (problems.length > 0) {
    throw new AirtntError('INVALID_PAYMENT_TERMS', problems.join('; '), {
      details: { channelId: terms.channelId, member: terms.member, amount: terms.amount, keyHash: terms.keyHash },
    });
  }
}

function checkViewChangeTerms(terms: ViewChangeTerms): void {
  const problems: string[] = [];
  if (!bytes32.test(terms.sessionId)) problems.push('sessionId must be 32 bytes of hex');
  if (!bytes32.test(terms.lastPaidKeyHash)) problems.push('lastPaidKeyHash must be 32 bytes of hex');
  if (!Number.isInteger(terms.view) || terms.view < 1 || terms.view > MAX_VIEW) problems.push('view must be an integer in [1, 2^32 - 1]');
  if (!isAddress(terms.executor, { strict: false }) || terms.executor === zeroAddress) problems.push('executor must be a non-zero address');
  if (typeof terms.lastPaidRound !== 'bigint' || terms.lastPaidRound < 0n || terms.lastPaidRound > MAX_ROUND) problems.push('lastPaidRound must be a uint64');
  if (!Number.isInteger(terms.ackCount) || terms.ackCount < 0 || terms.ackCount > MAX_POOL_MEMBERS - 1) problems.push(`ackCount must be an integer in [0, ${MAX_POOL_MEMBERS - 1}]`);
  if (problems.length > 0) {
    throw new AirtntError('POOL_VIEW_CHANGE_INVALID', problems.join('; '), {
      details: { view: terms.view, executor: terms.executor, lastPaidRound: terms.lastPaidRound, ackCount: terms.ackCount },
    });
  }
}
