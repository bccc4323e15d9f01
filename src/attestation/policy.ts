/**
 * The requester's attestation policy: what evidence it accepts before any data or money moves.
 * checkPolicy runs on an already verified result; verifyAgainstPolicy and verifyEnclaveIdentity do the
 * whole check (verification, policy, and the binding of the enclave's keys in the report data).
 */
import type { EnclaveIdentity } from '../enclave/types.js';
import { AirtntError } from '../util/errors.js';
import { fromHex } from '../util/bytes.js';
import { checkEnclaveBinding } from './binding.js';
import { verifyEvidence, type VerifyEvidenceOptions } from './index.js';
import { snpGuestPolicy, type SnpMinimumTcb } from './snp-tcb.js';
import type { Evidence, TcbStatus, TeeKind, VerifiedEvidence } from './types.js';
import { DEFAULT_MAX_COLLATERAL_AGE_SECONDS, DEFAULT_MIN_TCB_STATUS, TCB_STATUS_RANK } from './policy-defaults.js';

export { DEFAULT_MAX_COLLATERAL_AGE_SECONDS, DEFAULT_MIN_TCB_STATUS, TCB_STATUS_RANK } from './policy-defaults.js';

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
   * Nitro pcr1, pcr2, ...). On TDX/SEV-SNP the whole guest is the trusted base, so pin what measures it:
   * REQUIRED_PINS lists what hardware evidence is refused without (POLICY_PIN_INCOMPLETE).
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
  /** SEV-SNP guest policy bits and TCB minimum (snp-tcb.ts). */
  snp?: {
    /** Accept guests whose policy allows a migration agent, which can export the guest's memory (default: refused). */
    allowMigrationAgent?: boolean;
    /** Refuse guests whose policy allows SMT (sibling-thread side channels). Default: accepted, as most hosts run SMT. */
    requireSmtDisabled?: boolean;
    /** Minimum TCB per product, over AMD_MINIMUM_TCB (needed for products without a shipped minimum). */
    minimumTcb?: SnpMinimumTcb;
  };
  /**
   * The oldest collateral accepted, in seconds since the issue date of the oldest item the verdict
   * rests on (VerifiedEvidence.collateralIssuedAt). Default DEFAULT_MAX_COLLATERAL_AGE_SECONDS.
   */
  maxCollateralAgeSeconds?: number;
};


/**
 * Registers that must be pinned beside the measurement, per kind, because the measurement alone
 * covers only part of what runs (docs/attestation.md, "What a pin covers"). Each entry is a set of
 * alternatives; one of them, complete, is required.
 *  - TDX: MRTD measures the virtual firmware only; RTMR0 (firmware configuration, ACPI), RTMR1 (boot
 *    loader, kernel) and RTMR2 (kernel command line, initrd) measure the guest that runs on it.
 *  - SEV-SNP: MEASUREMENT covers the launch image; HOST_DATA (the launch configuration the guest
 *    checks, e.g. the hash of its policy or image) and VMPL (a report asked from the expected
 *    privilege level, not from a less privileged guest under an SVSM) bind the rest.
 *  - Nitro: PCR0 (the image) with PCR1 (kernel, boot ramdisk) and PCR2 (application), or PCR8
 *    (the certificate that signed the image) for signed images.
 *  - SGX: MRENCLAVE measures the enclave's whole code: nothing more is needed.
 */
export const REQUIRED_PINS: Partial<Record<TeeKind, readonly (readonly string[])[]>> = {
  tdx: [['rtmr0', 'rtmr1', 'rtmr2']],
  'sev-snp': [['hostdata', 'vmpl']],
  nitro: [['pcr1', 'pcr2'], ['pcr8']],
};

/** Registers holding a number rather than a digest: compared by value, so `vmpl=0` pins 00000000. */
const NUMERIC_REGISTERS = new Set(['vmpl', 'guestsvn', 'isvprodid', 'isvsvn']);



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
        hint: policy.minTcbStatus === undefined ? `the default minimum is ${DEFAULT_MIN_TCB_STATUS}; lower it explicitly (policy minTcbStatus) only if you accept the platform's known vulnerabilities` : undefined,
      });
    }
  }
  if (verified.kind === 'sev-snp') checkSnpGuestPolicy(verified, policy);
  checkMeasurements(verified, policy);
}

function checkSnpGuestPolicy(verified: VerifiedEvidence, policy: AttestationPolicy): void {
  const guest = snpGuestPolicy(BigInt(`0x${verified.measurements.policy ?? '0'}`));
  if (guest.migrationAgentAllowed && policy.snp?.allowMigrationAgent !== true) {
    throw new AirtntError('POLICY_SNP_GUEST_POLICY', 'the guest policy allows a migration agent, which can export the guest\'s memory', {
      details: { policy: verified.measurements.policy },
      hint: 'accept it only if you trust the migration agent (policy snp.allowMigrationAgent)',
    });
  }
  if (guest.smtAllowed && policy.snp?.requireSmtDisabled === true) {
    throw new AirtntError('POLICY_SNP_GUEST_POLICY', 'the guest policy allows SMT, and the policy requires it disabled', {
      details: { policy: verified.measurements.policy },
    });
  }
}

/** Throws COLLATERAL_STALE when the collateral the verdict rests on was issued longer ago than the policy accepts. */
export function checkCollateralAge(verified: VerifiedEvidence, policy: AttestationPolicy, now: Date): void {
  if (verified.collateralIssuedAt === undefined) return;
  const maxAgeSeconds = policy.maxCollateralAgeSeconds ?? DEFAULT_MAX_COLLATERAL_AGE_SECONDS;
  const ageSeconds = Math.floor((now.getTime() - Date.parse(verified.collateralIssuedAt)) / 1000);
  if (ageSeconds > maxAgeSeconds) {
    throw new AirtntError('COLLATERAL_STALE', `the collateral judging this ${verified.kind} platform is ${ageSeconds} s old, more than ${maxAgeSeconds} s`, {
      details: { collateralIssuedAt: verified.collateralIssuedAt, now: now.toISOString(), maxAgeSeconds },
      hint: 'the executor should refresh its collateral (PCS/PCCS or AMD KDS); raise the maximum age only knowingly',
    });
  }
}

/** The registers a pin of this kind still lacks (empty when it covers what runs). */
export function missingPins(kind: TeeKind, registers: Record<string, string> | undefined): string[] {
  const alternatives = REQUIRED_PINS[kind];
  if (!alternatives) return [];
  const pinned = new Set(Object.keys(registers ?? {}).map((name) => name.toLowerCase()));
  const gaps = alternatives.map((names) => names.filter((name) => !pinned.has(name)));
  if (gaps.some((gap) => gap.length === 0)) return [];
  return gaps[0]!;
}

function sameRegister(name: string, actual: string, expected: string): boolean {
  const a = normaliseHex(actual);
  const e = normaliseHex(expected);
  if (NUMERIC_REGISTERS.has(name) && /^[0-9a-f]{1,16}$/.test(a) && /^[0-9a-f]{1,16}$/.test(e)) return BigInt(`0x${a}`) === BigInt(`0x${e}`);
  return a === e;
}

function checkMeasurements(verified: VerifiedEvidence, policy: AttestationPolicy): void {
  const pinned = policy.measurements ?? [];
  const simulated = verified.insecure || verified.kind === 'simulated';
  if (pinned.length === 0 && !simulated) {
    // Without a pinned measurement, genuine hardware running any code at all would pass.
    throw new AirtntError('POLICY_MEASUREMENT_NOT_PINNED', `no expected measurement is pinned for this ${verified.kind} enclave: any code on genuine hardware would be accepted`, {
      details: { kind: verified.kind, measurement: verified.measurement },
      hint: 'pin the measurement of the release you trust (policy measurements); on TDX/SEV-SNP also pin the registers that measure the rest of the guest (policy registers, e.g. { rtmr0: HEX })',
    });
  }
  if (pinned.length > 0 && !pinned.map(normaliseHex).includes(normaliseHex(verified.measurement))) {
    throw new AirtntError('POLICY_MEASUREMENT_NOT_ALLOWED', 'the enclave runs code that the policy does not accept', {
      details: { measurement: verified.measurement },
    });
  }
  const missing = simulated ? [] : missingPins(verified.kind, policy.registers);
  if (missing.length > 0) {
    // A measurement that covers only the firmware lets any guest code on that firmware pass.
    const alternatives = (REQUIRED_PINS[verified.kind] ?? []).map((names) => names.join('+')).join(' or ');
    throw new AirtntError('POLICY_PIN_INCOMPLETE', `the policy pins the ${verified.kind} measurement but not ${missing.join(', ')}: it does not cover the code that runs`, {
      details: { kind: verified.kind, missing, required: alternatives },
      hint: `also pin ${missing.join(', ')} in the policy registers (values as in the verified evidence measurements)`,
    });
  }
  for (const [name, expected] of Object.entries(policy.registers ?? {})) {
    const actual = verified.measurements[name.toLowerCase()];
    if (actual === undefined || !sameRegister(name.toLowerCase(), actual, expected)) {
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
  const snpMinimumTcb = options.snpMinimumTcb ?? policy.snp?.minimumTcb;
  const verified = await verifyEvidence(evidence, { ...options, ...(snpMinimumTcb ? { snpMinimumTcb } : {}), allowSimulated: policy.allowSimulated === true });
  checkPolicy(verified, policy);
  checkCollateralAge(verified, policy, options.now ?? new Date());
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
  const recordAddress = identity.recordAddress === undefined ? undefined : fromHex(identity.recordAddress, 20, 'recordAddress');
  checkEnclaveBinding(verified.reportData, identity.signingPublicKey, identity.hpkePublicKey, identity.runtimeMeasurement, recordAddress);
  return verified;
}

/**
 * verifyEnclaveIdentity on evidence whose verification (verifyEvidence: signatures, certificate chains,
 * collateral, the costly part) gave `verified` earlier, under the same options (a requester's verdicts
 * on the executors it knows, src/node/evidence-verdicts.ts). What may differ from one use to the next
 * is checked again: the policy, the collateral's age at `now`, and the binding to these keys.
 */
export function acceptVerifiedIdentity(identity: EnclaveIdentity, verified: VerifiedEvidence, policy: AttestationPolicy, now: Date): VerifiedEvidence {
  if (identity.tee !== identity.evidence.kind || verified.kind !== identity.evidence.kind) {
    throw new AirtntError('BINDING_MISMATCH', 'the identity names another TEE kind than its evidence', {
      details: { tee: identity.tee, evidence: identity.evidence.kind, verified: verified.kind },
    });
  }
  checkPolicy(verified, policy);
  checkCollateralAge(verified, policy, now);
  const recordAddress = identity.recordAddress === undefined ? undefined : fromHex(identity.recordAddress, 20, 'recordAddress');
  checkEnclaveBinding(verified.reportData, identity.signingPublicKey, identity.hpkePublicKey, identity.runtimeMeasurement, recordAddress);
  return verified;
}
