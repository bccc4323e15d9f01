/**
 * What a verifier judges and signs for a join or a review (docs/protocol.md, "Registry"): the node's
 * evidence, verified with src/attestation against the registry's policy at the pinned time, with the
 * collateral named by its hash. Deterministic: the same inputs give the same Verdict, field by field
 * (and, since EIP-712 signatures use RFC 6979 nonces, the same signature).
 *
 *   evidenceHash   = keccak256(abi.encode(string kind, bytes quote, bytes certificates))
 *   collateralHash = keccak256(abi.encode(bytes32[] tcbInfos, bytes32[] qeIdentities, bytes32[] crls,
 *                    bytes32[] certificates)), each list the keccak256 of its items (a SignedJson item:
 *                    of abi.encode(string body, string signature)), sorted ascending
 *   policyHash     = keccak256(utf8(canonical JSON of the AttestationPolicy: object keys sorted, no spaces))
 *
 * Pure apart from the signature: the fetched evidence, collateral, identity and chain data are passed in.
 */
import { encodeAbiParameters, isAddressEqual, keccak256, toHex as viemToHex, type Address, type Hex, type LocalAccount } from 'viem';
import { verifyEnclaveIdentity, type AttestationPolicy } from '../attestation/policy.js';
import type { Collateral } from '../attestation/collateral.js';
import type { Evidence } from '../attestation/types.js';
import { fromHex, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { keysHashOf, signVerdict, type RegistryDomain, type Verdict } from './signing.js';

export function evidenceHashOf(evidence: Evidence): Hex {
  return keccak256(
    encodeAbiParameters([{ type: 'string' }, { type: 'bytes' }, { type: 'bytes' }], [evidence.kind, viemToHex(evidence.quote), viemToHex(evidence.certificates ?? new Uint8Array(0))]),
  );
}

export function collateralHashOf(collateral: Collateral): Hex {
  const signedJson = (items: Collateral['tcbInfos']) =>
    (items ?? []).map((item) => keccak256(encodeAbiParameters([{ type: 'string' }, { type: 'string' }], [item.body, item.signature]))).sort();
  const blobs = (items: Uint8Array[] | undefined) => (items ?? []).map((item) => keccak256(item)).sort();
  return keccak256(
    encodeAbiParameters(
      [{ type: 'bytes32[]' }, { type: 'bytes32[]' }, { type: 'bytes32[]' }, { type: 'bytes32[]' }],
      [signedJson(collateral.tcbInfos), signedJson(collateral.qeIdentities), blobs(collateral.crls), blobs(collateral.certificates)],
    ),
  );
}

/** JSON with object keys sorted at every level and no whitespace. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  return JSON.stringify(value);
}

export function policyHashOf(policy: AttestationPolicy): Hex {
  return keccak256(utf8(canonicalJson(policy)));
}

export type VerdictCase = {
  /** The node as registered (its Joined event). */
  node: Address;
  enclaveKey: Address;
  sealingKey: Hex;
  vrfKey: Hex;
  /** The case epoch, its start (the pinned time) and the drawn committee's bitmap. */
  epoch: bigint;
  epochStart: bigint;
  committee: bigint;
  /** The registry's POLICY_HASH: the verifier refuses to judge against another policy. */
  registryPolicyHash: Hex;
};

export type VerdictEvidence = {
  /** What the node served: its evidence and the keys and runtime the evidence must bind. */
  evidence: Evidence;
  signingPublicKey: Uint8Array;
  runtimeMeasurement: Uint8Array;
  /** The enclave's record-claim address its /v1/info names (binding v3); absent: a v2 enclave, refused. */
  recordAddress?: Address | undefined;
  collateral: Collateral;
};

export type ProducedVerdict = {
  verdict: Verdict;
  /** Why pass is false: the code of the first check that failed. */
  reason?: string;
};

/**
 * Judges a case. Throws REGISTRY_POLICY_MISMATCH when the verifier's policy is not the registry's
 * (it must not sign then); every failure of the evidence itself gives pass = false with its code.
 */
export async function produceVerdict(policy: AttestationPolicy, c: VerdictCase, served: VerdictEvidence | undefined): Promise<ProducedVerdict> {
  const policyHash = policyHashOf(policy);
  if (policyHash !== c.registryPolicyHash) {
    throw new AirtntError('REGISTRY_POLICY_MISMATCH', 'the verifier\'s policy is not the registry\'s', {
      details: { policyHash, expected: c.registryPolicyHash },
      hint: 'load the policy whose canonical hash is the registry\'s POLICY_HASH before judging',
    });
  }
  const keysHash = keysHashOf(c.enclaveKey, c.sealingKey, c.vrfKey);
  const base = { node: c.node, epoch: c.epoch, committee: c.committee, policyHash, time: c.epochStart, keysHash };
  if (served === undefined) {
    // The node did not answer: a pass = false verdict on no evidence (the review's "unresponsive").
    return { verdict: { ...base, evidenceHash: `0x${'00'.repeat(32)}`, collateralHash: `0x${'00'.repeat(32)}`, pass: false }, reason: 'UNREACHABLE' };
  }
  const evidenceHash = evidenceHashOf(served.evidence);
  const collateralHash = collateralHashOf(served.collateral);
  const verdict: Verdict = { ...base, evidenceHash, collateralHash, pass: false };
  // The registry slashes equivocation by the registered enclave key: it must be the enclave's own
  // record-claim key, which the evidence binds (v3); the operator's or any other address is refused.
  const recordKey = checkRecordKey(c.enclaveKey, served.recordAddress);
  if (recordKey !== undefined) return { verdict, reason: recordKey.code };
  try {
    await verifyEnclaveIdentity(
      {
        tee: served.evidence.kind,
        insecure: served.evidence.kind === 'simulated',
        signingPublicKey: served.signingPublicKey,
        // The sealing key registered on chain must be the one the evidence binds.
        hpkePublicKey: fromHex(c.sealingKey, 32, 'sealingKey'),
        runtimeMeasurement: served.runtimeMeasurement,
        evidence: served.evidence,
        // Binding v3: the evidence must commit to the registered enclave key.
        recordAddress: c.enclaveKey,
      },
      policy,
      { now: new Date(Number(c.epochStart) * 1000), collateral: served.collateral },
    );
  } catch (error) {
    if (error instanceof AirtntError) return { verdict, reason: error.code };
    throw error;
  }
  return { verdict: { ...verdict, pass: true } };
}

/** REGISTRY_RECORD_KEY_MISMATCH unless the registered enclave key is the record address the enclave serves. */
export function checkRecordKey(registered: Address, served: Address | undefined): AirtntError | undefined {
  if (served !== undefined && isAddressEqual(registered, served)) return undefined;
  return new AirtntError('REGISTRY_RECORD_KEY_MISMATCH', 'the registered enclave key is not the record key the enclave\'s evidence binds', {
    details: { registered, served: served ?? 'none (binding v2)' },
  });
}

/** Produces and signs: the verdict, its reason and the verifier's 65-byte signature. */
export async function produceSignedVerdict(
  verifier: LocalAccount,
  domain: RegistryDomain,
  policy: AttestationPolicy,
  c: VerdictCase,
  served: VerdictEvidence | undefined,
): Promise<ProducedVerdict & { signature: Hex }> {
  const produced = await produceVerdict(policy, c, served);
  return { ...produced, signature: await signVerdict(verifier, domain, produced.verdict) };
}
