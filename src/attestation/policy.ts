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
  /**
   * Accepted code identities (lowercase hex, 0x optional): SGX MRENCLAVE, TDX MRTD, SEV-SNP
   * MEASUREMENT, Nitro PCR0. Required for hardware evidence (POLICY_MEASUREMENT_NOT_PINNED without
   * it); only the simulated TEE, which proves nothing anyway, may go without.
   */
  measurements?: string[];
  /**
   * Further registers that must hold exactly these values, by the names of
   * `VerifiedEvidence.measurements` (TDX rtmr0..rtmr3, mrconfigid; SEV-SNP hostdata, vmpl, policy;
   * Nitro pcr1, pcr2, ...). On TDX/SEV-SNP the whole guest is the trusted base, so pin what measures it.
   */
  registers?: Record<string, string>;
  /**
   * The lowest Intel TCB status accepted (see TCB_STATUS_RANK); ignored for kinds without one.
   * Default DEFAULT_MIN_TCB_STATUS; 'NotApplicable' turns the check off (Revoked is always refused).
   */
  minTcbStatus?: TcbStatus;
  /** Accept debug-mode enclaves, whose host can read their memory (never implied by allowSimulated). */
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

/**
 * Refuses out-of-date platforms unless the policy lowers the bar explicitly: an OutOfDate TCB has
 * published vulnerabilities that may expose enclave memory or keys.
 */
export const DEFAULT_MIN_TCB_STATUS: TcbStatus = 'ConfigurationAndSWHardeningNeeded';

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
  const minTcbStatus = policy.minTcbStatus ?? DEFAULT_MIN_TCB_STATUS;
  if (minTcbStatus !== 'NotApplicable' && verified.tcbStatus !== 'NotApplicable') {
    const rank = TCB_STATUS_RANK.indexOf(verified.tcbStatus);
    if (rank < 0 || rank > TCB_STATUS_RANK.indexOf(minTcbStatus)) {
      throw new AirtntError('POLICY_TCB_TOO_LOW', `the platform TCB status ${verified.tcbStatus} is below ${minTcbStatus}`, {
        details: { tcbStatus: verified.tcbStatus, minTcbStatus, advisories: verified.advisories },
        hint: policy.minTcbStatus === undefined ? `the default minimum is ${DEFAULT_MIN_TCB_STATUS}; lower it explicitly (--min-tcb-status) only if you accept the platform's known vulnerabilities` : undefined,
      });
    }
  }
  checkMeasurements(verified, policy);
}

function checkMeasurements(verified: VerifiedEvidence, policy: AttestationPolicy): void {
  const pinned = policy.measurements ?? [];
  const simulated = verified.insecure || verified.kind === 'simulated';
  if (pinned.length === 0 && !simulated) {
    // Without a pinned measurement, genuine hardware running any code at all would pass.
    throw new AirtntError('POLICY_MEASUREMENT_NOT_PINNED', `no expected measurement is pinned for this ${verified.kind} enclave: any code on genuine hardware would be accepted`, {
      details: { kind: verified.kind, measurement: verified.measurement },
      hint: 'pin the measurement of the release you trust (--measurement HEX, or the policy\'s measurements); on TDX/SEV-SNP also pin the registers that measure the rest of the guest (--register rtmr0=HEX ...)',
    });
  }
  if (pinned.length > 0 && !pinned.map(normaliseHex).includes(normaliseHex(verified.measurement))) {
    throw new AirtntError('POLICY_MEASUREMENT_NOT_ALLOWED', 'the enclave runs code that the policy does not accept', {
      details: { measurement: verified.measurement },
    });
  }
  for (const [name, expected] of Object.entries(policy.registers ?? {})) {
    const actual = verified.measurements[name.toLowerCase()];
    if (actual === undefined || normaliseHex(actual) !== normaliseHex(expected)) {
      throw new AirtntError('POLICY_REGISTER_MISMATCH', `the enclave's ${name} is not the pinned value`, {
        details: { register: name, expected: normaliseHex(expected), actual: actual ?? null, available: Object.keys(verified.measurements) },
      });
    }
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
