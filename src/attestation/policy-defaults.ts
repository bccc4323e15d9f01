/**
 * The attestation policy's defaults (src/attestation/policy.ts), in a module that loads nothing
 * else, so command-line help can name them without loading the verifiers.
 */
import { TCB_STATUSES, type TcbStatus } from './types.js';

/**
 * 30 days: Intel reissues TCB info, QE identities and PCK CRLs daily, each valid for 30 days; a
 * verdict on older collateral would miss a TCB recovery published since.
 */
export const DEFAULT_MAX_COLLATERAL_AGE_SECONDS = 30 * 24 * 3600;

/** The rank of a status: its place in TCB_STATUSES (types.ts), best first; the same list, not a copy. */
export const TCB_STATUS_RANK: readonly TcbStatus[] = TCB_STATUSES;

/**
 * Refuses out-of-date platforms unless the policy lowers the bar explicitly: an OutOfDate TCB has
 * published vulnerabilities that may expose enclave memory or keys.
 */
export const DEFAULT_MIN_TCB_STATUS: TcbStatus = 'ConfigurationAndSWHardeningNeeded';
