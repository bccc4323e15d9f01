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
import { encodeAbiParameters, keccak256, toHex as viemToHex, type Address, type Hex, type LocalAccount } from 'viem';
import { verifyEnclaveIdentity, type AttestationPolicy } from '../attestation/policy.js';
import type { Collateral } from '../attestation/collateral.js';
import type { Evidence } from '../attestation/types.js';
import { fromHex, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { keysHashOf, signVerdict, type CommittedKeys, type RegistryDomain, type Verdict } from './signing.js';

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
  /**
   * The keys its join committed (Joined event; the verdict's keysHash covers them): what is judged,
   * never what the node serves, so a node cannot make a verifier judge one thing then another.
   */
  keys: CommittedKeys;
  /** The evidence hash its join committed: other evidence is not judged at all. */
  evidenceHash: Hex;
  /** The case epoch, its start (the pinned time) and the drawn committee's bitmap. */
  epoch: bigint;
  epochStart: bigint;
  committee: bigint;
  /** The registry's POLICY_HASH: the verifier refuses to judge against another policy. */
  registryPolicyHash: Hex;
};

/** What the node served: its evidence (checked against the committed hash) and the collateral. */
export type VerdictEvidence = { evidence: Evidence; collateral: Collateral };

export type ProducedVerdict = {
  verdict: Verdict;
  /** Why pass is false: the code of the first check that failed. */
  reason?: string;
};

/**
 * Judges a case: a function of (committed keys, evidence, collateral, policy, pinned time) only, which
 * are exactly what the verdict names. Throws (no verdict at all) when the verifier's policy is not the
 * registry's (REGISTRY_POLICY_MISMATCH) or the served evidence is not the one committed at join
 * (REGISTRY_EVIDENCE_MISMATCH); every failure of the committed evidence itself gives pass = false.
 */
export async function produceVerdict(policy: AttestationPolicy, c: VerdictCase, served: VerdictEvidence | undefined): Promise<ProducedVerdict> {
  const policyHash = policyHashOf(policy);
  if (policyHash !== c.registryPolicyHash) {
    throw new AirtntError('REGISTRY_POLICY_MISMATCH', 'the verifier\'s policy is not the registry\'s', {
      details: { policyHash, expected: c.registryPolicyHash },
      hint: 'load the policy whose canonical hash is the registry\'s POLICY_HASH before judging',
    });
  }
  const keysHash = keysHashOf(c.keys);
  const base = { node: c.node, epoch: c.epoch, committee: c.committee, policyHash, time: c.epochStart, keysHash };
  if (served === undefined) {
    // The node did not answer: a pass = false verdict on no evidence (the review's "unresponsive").
    return { verdict: { ...base, evidenceHash: `0x${'00'.repeat(32)}`, collateralHash: `0x${'00'.repeat(32)}`, pass: false }, reason: 'UNREACHABLE' };
  }
  const evidenceHash = evidenceHashOf(served.evidence);
  if (evidenceHash !== c.evidenceHash) {
    throw new AirtntError('REGISTRY_EVIDENCE_MISMATCH', 'the node serves other evidence than the hash its join committed: not judged', {
      details: { node: c.node, served: evidenceHash, committed: c.evidenceHash },
    });
  }
  const collateralHash = collateralHashOf(served.collateral);
  const verdict: Verdict = { ...base, evidenceHash, collateralHash, pass: false };
  try {
    await verifyEnclaveIdentity(
      {
        tee: served.evidence.kind,
        insecure: served.evidence.kind === 'simulated',
        // The committed keys, not the served ones: the evidence must bind exactly these.
        signingPublicKey: fromHex(c.keys.signingKey, 32, 'signingKey'),
        hpkePublicKey: fromHex(c.keys.sealingKey, 32, 'sealingKey'),
        runtimeMeasurement: fromHex(c.keys.runtimeMeasurement, 32, 'runtimeMeasurement'),
        evidence: served.evidence,
        // Binding v3: the evidence must commit to the registered enclave key (the registry slashes
        // equivocation by it); evidence of binding v2 binds none and fails.
        recordAddress: c.keys.enclaveKey,
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
