/**
 * Verification of TEE evidence: one entry point for every kind, one normalised result.
 *
 *   const verified = await verifyEvidence(evidence, { now, collateral });
 *   checkPolicy(verified, policy);  // or verifyAgainstPolicy / verifyEnclaveIdentity
 *
 * Every failure is an AirtntError whose code says what failed (CERT_CHAIN_UNTRUSTED,
 * QUOTE_SIGNATURE_INVALID, COLLATERAL_EXPIRED, TCB_LEVEL_NOT_FOUND, ...); docs/attestation.md lists them.
 */
import { verifySimulatedEvidence } from '../tee/simulated.js';
import { AirtntError } from '../util/errors.js';
import type { Collateral } from './collateral.js';
import { verifyDcapEvidence } from './dcap.js';
import { verifyNitroEvidence } from './nitro.js';
import { verifySnpEvidence } from './sev-snp.js';
import type { SnpMinimumTcb } from './snp-tcb.js';
import { TEE_KINDS, type Evidence, type VerifiedEvidence } from './types.js';

export type VerifyEvidenceOptions = {
  /** The verifier's clock (default: now); every certificate, CRL and collateral item must be valid at it. */
  now?: Date;
  /** Intel: TCB info, QE identity, CRLs. SEV-SNP: VCEK/VLEK (if not in the evidence), ASK/ARK, CRL. */
  collateral?: Collateral;
  /** Development only: verify simulated (INSECURE) evidence instead of refusing it. */
  allowSimulated?: boolean;
  /** SEV-SNP: minimum TCB per product, over AMD_MINIMUM_TCB (snp-tcb.ts). */
  snpMinimumTcb?: SnpMinimumTcb;
};

const MAX_EVIDENCE_BYTES = 256 * 1024;

export async function verifyEvidence(evidence: Evidence, options: VerifyEvidenceOptions = {}): Promise<VerifiedEvidence> {
  if (
    typeof evidence !== 'object' ||
    evidence === null ||
    !TEE_KINDS.includes(evidence.kind) ||
    !(evidence.quote instanceof Uint8Array) ||
    evidence.quote.length > MAX_EVIDENCE_BYTES ||
    (evidence.certificates !== undefined && !(evidence.certificates instanceof Uint8Array))
  ) {
    throw new AirtntError('EVIDENCE_INVALID', 'the evidence is not { kind, quote: Uint8Array, certificates?: Uint8Array }', {
      details: { kind: (evidence as { kind?: unknown } | null)?.kind },
    });
  }
  const now = options.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new AirtntError('INVALID_TIME', 'the verification time is not a valid date');
  switch (evidence.kind) {
    case 'sgx':
    case 'tdx': {
      const verified = verifyDcapEvidence(evidence.quote, { now, collateral: options.collateral });
      if (verified.kind !== evidence.kind) {
        throw new AirtntError('EVIDENCE_KIND_MISMATCH', `the evidence says ${evidence.kind} but holds a ${verified.kind} quote`);
      }
      return verified;
    }
    case 'sev-snp':
      return verifySnpEvidence(evidence.quote, evidence.certificates, { now, collateral: options.collateral, minimumTcb: options.snpMinimumTcb });
    case 'nitro':
      return verifyNitroEvidence(evidence.quote, { now });
    case 'simulated':
      if (!options.allowSimulated) {
        throw new AirtntError('SIMULATED_NOT_ALLOWED', 'simulated (INSECURE) evidence is refused', {
          hint: 'only for development: pass allowSimulated',
        });
      }
      return await verifySimulatedEvidence(evidence, { now });
  }
}

export type { Collateral, SignedJson } from './collateral.js';
export { mergeCollateral, splitSignedJson } from './collateral.js';
export { loadCollateralFiles } from './collateral-files.js';
export { createFileCache, createMemoryCache, fetchAmdCollateral, fetchIntelCollateral, type CollateralFetchOptions, type FetchLike } from './collateral-fetch.js';
export { detectEvidenceKind } from './detect.js';
export { AMD_MINIMUM_TCB, parseSnpMinimumTcb, type SnpMinimumTcb } from './snp-tcb.js';
export { verifyDcapQuote } from './dcap.js';
export { checkPolicy, verifyAgainstPolicy, verifyEnclaveIdentity, TCB_STATUS_RANK, type AttestationPolicy } from './policy.js';
export { PINNED_ANCHORS, PINNED_INTERMEDIATES } from './roots.js';
export { TCB_STATUSES } from './types.js';
export type { Evidence, PlatformTcbStatus, TcbStatus, TeeKind, VerifiedEvidence } from './types.js';
