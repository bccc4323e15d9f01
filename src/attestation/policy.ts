/**
 * The requester's attestation policy: what evidence it accepts before any data or money moves.
 * checkPolicy runs on an already verified result; verifyAgainstPolicy and verifyEnclaveIdentity do the
 * whole check (verification, policy, and the binding of the enclave's keys in the report data).
 */
import type { EnclaveIdentity } from '../enclave/types.js';
import { AirtntError } from '../util/errors.js';
import { checkEnclaveBinding } from './binding.js';
import { verifyEvidence, type VerifyEvidenceOptions } from './index.js';
import type { Evidence, TcbStatus, TeeKind, VerifiedEvidence } from './types.js';

export type AttestationPolicy = {
  /** Kinds accepted at all; 'simulated' is accepted only if also allowSimulated. */
  allowedKinds: TeeKind[];
  /** Accepted code identities (lowercase hex, 0x optional); absent = any. */
  measurements?: string[];
  /** The lowest Intel TCB status accepted (see TCB_STATUS_RANK); ignored for kinds without one. */
  minTcbStatus?: TcbStatus;
  allowDebug?: boolean;
  /** Development only: accept the simulated (INSECURE) TEE. */
  allowSimulated?: boolean;
};

/**
 * Best first. Intel's statuses are not totally ordered (a configuration fix and a software hardening
 * fix are different things); this order treats a needed configuration change as worse than needed
 * software hardening, and any out-of-date status as worse than both.
 */
export const TCB_STATUS_RANK: readonly TcbStatus[] = [
  'UpToDate',
  'SWHardeningNeeded',
  'ConfigurationNeeded',
  'ConfigurationAndSWHardeningNeeded',
  'OutOfDate',
  'OutOfDateConfigurationNeeded',
  'Revoked',
];

const normaliseHex = (value: string) => value.toLowerCase().replace(/^0x/, '');

/** Throws a POLICY_* error unless `verified` is acceptable under `policy`. */
export function checkPolicy(verified: VerifiedEvidence, policy: AttestationPolicy): void {
  if (!policy.allowedKinds.includes(verified.kind)) {
    throw new AirtntError('POLICY_KIND_NOT_ALLOWED', `evidence of kind ${verified.kind} is not accepted`, {
      details: { kind: verified.kind, allowedKinds: policy.allowedKinds },
    });
  }
  if ((verified.insecure || verified.kind === 'simulated') && !policy.allowSimulated) {
    throw new AirtntError('POLICY_SIMULATED_NOT_ALLOWED', 'the evidence comes from the simulated (INSECURE) TEE', {
      hint: 'accept it only in development (allowSimulated)',
    });
  }
  // The simulated TEE reports debug (nothing is confidential); accepting it already accepted that.
  if (verified.debug && !policy.allowDebug && !verified.insecure) {
    throw new AirtntError('POLICY_DEBUG_NOT_ALLOWED', 'the enclave runs in debug mode: its host can read its memory', {
      details: { kind: verified.kind },
    });
  }
  if (verified.tcbStatus === 'Revoked') {
    throw new AirtntError('POLICY_TCB_TOO_LOW', 'the platform TCB is revoked', { details: { tcbStatus: verified.tcbStatus } });
  }
  if (policy.minTcbStatus && policy.minTcbStatus !== 'NotApplicable' && verified.tcbStatus !== 'NotApplicable') {
    const rank = TCB_STATUS_RANK.indexOf(verified.tcbStatus);
    if (rank < 0 || rank > TCB_STATUS_RANK.indexOf(policy.minTcbStatus)) {
      throw new AirtntError('POLICY_TCB_TOO_LOW', `the platform TCB status ${verified.tcbStatus} is below ${policy.minTcbStatus}`, {
        details: { tcbStatus: verified.tcbStatus, minTcbStatus: policy.minTcbStatus, advisories: verified.advisories },
      });
    }
  }
  if (policy.measurements && !policy.measurements.map(normaliseHex).includes(normaliseHex(verified.measurement))) {
    throw new AirtntError('POLICY_MEASUREMENT_NOT_ALLOWED', 'the enclave runs code that the policy does not accept', {
      details: { measurement: verified.measurement },
    });
  }
}

/** Verifies evidence and applies the policy; the policy decides whether simulated evidence is verified at all. */
export async function verifyAgainstPolicy(
  evidence: Evidence,
  policy: AttestationPolicy,
  options: Omit<VerifyEvidenceOptions, 'allowSimulated'> = {},
): Promise<VerifiedEvidence> {
  if (!policy.allowedKinds.includes(evidence.kind)) {
    throw new AirtntError('POLICY_KIND_NOT_ALLOWED', `evidence of kind ${evidence.kind} is not accepted`, {
      details: { kind: evidence.kind, allowedKinds: policy.allowedKinds },
    });
  }
  const verified = await verifyEvidence(evidence, { ...options, allowSimulated: policy.allowSimulated === true });
  checkPolicy(verified, policy);
  return verified;
}

/**
 * What a requester runs on an executor's enclave identity before sending anything: the evidence is
 * genuine and acceptable, and its report data commits to exactly these keys and runtime.
 */
export async function verifyEnclaveIdentity(
  identity: EnclaveIdentity,
  policy: AttestationPolicy,
  options: Omit<VerifyEvidenceOptions, 'allowSimulated'> = {},
): Promise<VerifiedEvidence> {
  if (identity.tee !== identity.evidence.kind) {
    throw new AirtntError('BINDING_MISMATCH', 'the identity names another TEE kind than its evidence', {
      details: { tee: identity.tee, evidence: identity.evidence.kind },
    });
  }
  const verified = await verifyAgainstPolicy(identity.evidence, policy, options);
  checkEnclaveBinding(verified.reportData, identity.signingPublicKey, identity.hpkePublicKey, identity.runtimeMeasurement);
  return verified;
}
