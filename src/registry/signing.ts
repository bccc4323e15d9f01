/**
 * The two structures signed for the registry (EIP-712, docs/protocol.md part "Registry"):
 *
 *   domain  { name: "Airtnt Registry", version: "1", chainId, verifyingContract: the AirtntRegistry }
 *   Verdict(address node,uint64 epoch,uint256 committee,bytes32 evidenceHash,bytes32 collateralHash,
 *           bytes32 policyHash,uint64 time,bytes32 keysHash,bool pass)      signed by a verifier
 *   RoundRecord(bytes32 sessionId,uint64 round,bytes32 recordHash)         signed by an enclave key
 *
 * Pure: no I/O. Signatures are 65 bytes r || s || v with v in {27, 28} and low s, as the contract wants.
 */
import type { Address, Hex, LocalAccount } from 'viem';
import { encodeAbiParameters, hashTypedData, keccak256 } from '../util/evm.js';
import { AirtntError } from '../util/errors.js';

/** Where registry signatures count: one AirtntRegistry on one chain. */
export type RegistryDomain = { chainId: number; verifyingContract: Address };

export type Verdict = {
  /** The node judged (its operator address). */
  node: Address;
  /** The epoch whose seed drew the committee (a join's case epoch, or the review epoch). */
  epoch: bigint;
  /** Bitmap of the committee's verifier slots. */
  committee: bigint;
  /** keccak256 of the evidence judged (zero for an unreachable node). */
  evidenceHash: Hex;
  /** keccak256 of the collateral versions judged against. */
  collateralHash: Hex;
  /** The registry's POLICY_HASH. */
  policyHash: Hex;
  /** The pinned time the evidence was judged at: epochStart(epoch). */
  time: bigint;
  /** keccak256(abi.encode(enclaveKey, sealingKey, vrfKey, signingKey, runtimeMeasurement)), committed at join. */
  keysHash: Hex;
  /** true admits (or keeps), false removes. */
  pass: boolean;
};

export const VERDICT_TYPES = {
  Verdict: [
    { name: 'node', type: 'address' },
    { name: 'epoch', type: 'uint64' },
    { name: 'committee', type: 'uint256' },
    { name: 'evidenceHash', type: 'bytes32' },
    { name: 'collateralHash', type: 'bytes32' },
    { name: 'policyHash', type: 'bytes32' },
    { name: 'time', type: 'uint64' },
    { name: 'keysHash', type: 'bytes32' },
    { name: 'pass', type: 'bool' },
  ],
} as const;

export const ROUND_RECORD_TYPES = {
  RoundRecord: [
    { name: 'sessionId', type: 'bytes32' },
    { name: 'round', type: 'uint64' },
    { name: 'recordHash', type: 'bytes32' },
  ],
} as const;

export type RoundRecordClaim = { sessionId: Hex; round: bigint; recordHash: Hex };

function eip712Domain(domain: RegistryDomain) {
  return { name: 'Airtnt Registry', version: '1', chainId: domain.chainId, verifyingContract: domain.verifyingContract } as const;
}

export function verdictDigest(domain: RegistryDomain, verdict: Verdict): Hex {
  return hashTypedData({ domain: eip712Domain(domain), types: VERDICT_TYPES, primaryType: 'Verdict', message: verdict });
}

export function signVerdict(account: LocalAccount, domain: RegistryDomain, verdict: Verdict): Promise<Hex> {
  return account.signTypedData({ domain: eip712Domain(domain), types: VERDICT_TYPES, primaryType: 'Verdict', message: verdict });
}

export function recordDigest(domain: RegistryDomain, record: RoundRecordClaim): Hex {
  return hashTypedData({ domain: eip712Domain(domain), types: ROUND_RECORD_TYPES, primaryType: 'RoundRecord', message: record });
}

/** What the enclave signs for every round record, with its registered secp256k1 key. */
export function signRoundRecord(enclaveAccount: LocalAccount, domain: RegistryDomain, record: RoundRecordClaim): Promise<Hex> {
  return enclaveAccount.signTypedData({ domain: eip712Domain(domain), types: ROUND_RECORD_TYPES, primaryType: 'RoundRecord', message: record });
}

/** What a join commits besides the evidence: every key a verdict depends on (all 32 bytes but the address). */
export type CommittedKeys = { enclaveKey: Address; sealingKey: Hex; vrfKey: Hex; signingKey: Hex; runtimeMeasurement: Hex };

/**
 * keccak256(abi.encode(enclaveKey, sealingKey, vrfKey, signingKey, runtimeMeasurement)): the keys a
 * verdict names, as the registry's join computes them.
 */
export function keysHashOf(keys: CommittedKeys): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: 'address' }, { type: 'bytes32' }, { type: 'bytes32' }, { type: 'bytes32' }, { type: 'bytes32' }],
      [keys.enclaveKey, keys.sealingKey, keys.vrfKey, keys.signingKey, keys.runtimeMeasurement],
    ),
  );
}

/** The bitmap of a set of verifier slots (0 .. 255). */
export function committeeBitmap(indices: readonly number[]): bigint {
  let bitmap = 0n;
  for (const index of indices) {
    if (!Number.isInteger(index) || index < 0 || index > 255) {
      throw new AirtntError('REGISTRY_BAD_INPUT', 'verifier slots are integers 0 .. 255', { details: { index } });
    }
    bitmap |= 1n << BigInt(index);
  }
  return bitmap;
}

/** Concatenates verdict signatures in ascending order of their signers' slots, as admit/remove want. */
export function packSignatures(signed: readonly { index: number; signature: Hex }[]): Hex {
  const sorted = [...signed].sort((a, b) => a.index - b.index);
  for (const { signature } of sorted) {
    if (!/^0x[0-9a-fA-F]{130}$/.test(signature)) {
      throw new AirtntError('REGISTRY_BAD_INPUT', 'a verdict signature is not 65 bytes', { details: { length: signature.length } });
    }
  }
  return `0x${sorted.map((s) => s.signature.slice(2)).join('')}`;
}
