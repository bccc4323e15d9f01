/**
 * The requester's signature on a session opening (EIP-712, same domain as payments), so that
 * nobody but a channel's requester can make an executor work on that channel:
 *
 *   SessionOpen(address executor,address token,uint256 lane,bytes32 sessionId,
 *               bytes32 functionMeasurement,bytes32 sealedSessionHash,uint64 firstRound,
 *               uint256 rate,uint256 base,uint32 roundCycles,uint64 sessionCycles)
 *
 * sealedSessionHash = keccak256(sealedSession). The requester is not sent: it is the signer, and
 * the executor reads the channel of (signer, executor, token, lane) on-chain. The channel id is not
 * signed either: the sealed session binds it (HPKE aad), so an opening replayed onto a reopened lane
 * cannot be opened by the enclave, and the executor refuses any session id it has seen before.
 * The cycles of every round are fixed by the signed schedule, so nobody on the path can change them
 * (a round the requester did not ask for would be refused by it, unpaid): each round asks
 * min(roundCycles, sessionCycles - cycles asked so far); `pay` can only continue that schedule or
 * end the session (docs/protocol.md part 3, "Cycles").
 */
import type { Address, LocalAccount } from 'viem';
import { hashTypedData, keccak256, recoverAddress } from 'viem';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { fromHex, toHex } from '../util/bytes.js';
import type { ChannelDomain } from './payment.js';
import { AirtntError } from '../util/errors.js';

/** The EIP-712 domain of the channels contract, shared with payments. */
export type SessionDomain = ChannelDomain;

export type SessionOpenTerms = {
  executor: Address;
  token: Address;
  lane: bigint;
  sessionId: Uint8Array;
  functionMeasurement: Uint8Array;
  sealedSession: Uint8Array;
  firstRound: bigint;
  rate: bigint;
  base: bigint;
  /** Cycles asked by each round (the last one asks what is left of sessionCycles). */
  roundCycles: number;
  /** Most cycles asked over the whole session. */
  sessionCycles: number;
};

const SESSION_OPEN_TYPES = {
  SessionOpen: [
    { name: 'executor', type: 'address' },
    { name: 'token', type: 'address' },
    { name: 'lane', type: 'uint256' },
    { name: 'sessionId', type: 'bytes32' },
    { name: 'functionMeasurement', type: 'bytes32' },
    { name: 'sealedSessionHash', type: 'bytes32' },
    { name: 'firstRound', type: 'uint64' },
    { name: 'rate', type: 'uint256' },
    { name: 'base', type: 'uint256' },
    { name: 'roundCycles', type: 'uint32' },
    { name: 'sessionCycles', type: 'uint64' },
  ],
} as const;

export function sessionOpenTypedData(domain: SessionDomain, terms: SessionOpenTerms) {
  return {
    domain: { name: 'Airtnt', version: '1', chainId: domain.chainId, verifyingContract: domain.verifyingContract },
    types: SESSION_OPEN_TYPES,
    primaryType: 'SessionOpen' as const,
    message: {
      executor: terms.executor,
      token: terms.token,
      lane: terms.lane,
      sessionId: toHex(terms.sessionId),
      functionMeasurement: toHex(terms.functionMeasurement),
      sealedSessionHash: keccak256(terms.sealedSession),
      firstRound: terms.firstRound,
      rate: terms.rate,
      base: terms.base,
      roundCycles: terms.roundCycles,
      sessionCycles: BigInt(terms.sessionCycles),
    },
  };
}

export async function signSessionOpen(
  account: LocalAccount,
  domain: SessionDomain,
  terms: SessionOpenTerms,
): Promise<Uint8Array> {
  const signature = await account.signTypedData(sessionOpenTypedData(domain, terms));
  return fromHex(signature, 65, 'session-open signature');
}

const HALF_N = secp256k1.Point.CURVE().n / 2n;

/** Recovers the signer; throws SESSION_OPEN_BAD_SIGNATURE for malformed or malleable (high-s) signatures. */
export async function recoverSessionOpenSigner(
  domain: SessionDomain,
  terms: SessionOpenTerms,
  signature: Uint8Array,
): Promise<Address> {
  const s = BigInt(toHex(signature.subarray(32, 64)));
  const v = signature[64];
  if (signature.length !== 65 || s > HALF_N || (v !== 27 && v !== 28)) {
    throw new AirtntError('SESSION_OPEN_BAD_SIGNATURE', 'the session opening signature is malformed', {
      hint: 'a 65-byte r || s || v signature with low s and v in {27, 28} is expected',
    });
  }
  try {
    return await recoverAddress({ hash: hashTypedData(sessionOpenTypedData(domain, terms)), signature: toHex(signature) });
  } catch (cause) {
    throw new AirtntError('SESSION_OPEN_BAD_SIGNATURE', 'the session opening signature does not recover', { cause });
  }
}
