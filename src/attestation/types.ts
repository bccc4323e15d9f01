/**
 * The evidence envelope and the normalised verification result shared by every TEE kind.
 * Verifiers for real hardware live in this folder; the simulated (insecure, development-only)
 * kind lives in src/tee/simulated.ts and returns the same result shape.
 */

export const TEE_KINDS = ['sgx', 'tdx', 'sev-snp', 'nitro', 'simulated'] as const;
export type TeeKind = (typeof TEE_KINDS)[number];

/** What an executor hands out so that others can check its enclave. */
export type Evidence = {
  kind: TeeKind;
  /** The raw vendor evidence: a DCAP quote, an SEV-SNP report, a Nitro COSE_Sign1 document, or the simulated record. */
  quote: Uint8Array;
  /**
   * Extra material needed to verify, when the quote does not carry it (for SEV-SNP: the VCEK/VLEK
   * certificate in DER, optionally followed by the ASK/ARK bundle in PEM). Empty for the others.
   */
  certificates?: Uint8Array;
};

/**
 * Every platform TCB status, best first: the one list that Intel's collateral schemas accept, the
 * policy ranks by (policy.ts) and the CLI offers. Intel's statuses are not totally ordered (a
 * configuration fix and a software hardening fix are different things); this order treats a needed
 * configuration change as worse than needed software hardening, and any out-of-date status as worse
 * than both. SEV-SNP gets UpToDate or OutOfDate (snp-tcb.ts).
 */
export const TCB_STATUSES = [
  'UpToDate',
  'SWHardeningNeeded',
  'ConfigurationNeeded',
  'ConfigurationAndSWHardeningNeeded',
  'OutOfDate',
  'OutOfDateConfigurationNeeded',
  'Revoked',
] as const;

/** A status of TCB_STATUSES. */
export type PlatformTcbStatus = (typeof TCB_STATUSES)[number];

/** A platform status, or NotApplicable for kinds without a TCB-status notion (Nitro, simulated). */
export type TcbStatus = PlatformTcbStatus | 'NotApplicable';

export type VerifiedEvidence = {
  kind: TeeKind;
  /** True for the simulated TEE: no hardware protects anything. Shown as INSECURE wherever displayed. */
  insecure: boolean;
  /**
   * The code identity: SGX MRENCLAVE, TDX MRTD, SEV-SNP MEASUREMENT, Nitro PCR0, or the simulated
   * runtime's sha256. Lowercase hex without 0x.
   */
  measurement: string;
  /** Other measurements by name (mrsigner, rtmr0..3, pcr1, hostData, ...), lowercase hex. */
  measurements: Record<string, string>;
  /** The 64 bytes of report/user data the enclave put into its evidence (Nitro: user_data, padded). */
  reportData: Uint8Array;
  tcbStatus: TcbStatus;
  advisories: string[];
  debug: boolean;
  /** The window in which every certificate and collateral item used is valid (ISO-8601). */
  validFrom: string;
  validUntil: string;
  /**
   * The issue date of the oldest collateral item the verdict rests on (Intel: TCB info, QE identity,
   * CRLs; AMD: the CRL), ISO-8601; absent for kinds judged without collateral. The policy's
   * maxCollateralAgeSeconds bounds it, so a stale but unexpired verdict can be refused.
   */
  collateralIssuedAt?: string;
};
