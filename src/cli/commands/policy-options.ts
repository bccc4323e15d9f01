/**
 * The attestation policy flags (which executors a requester accepts) and the policy they make:
 * shared by `run`, `executor info` and the owners' commands. Kept apart from the commands' work so
 * that `--help` loads nothing heavy.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { AttestationPolicy } from '../../attestation/index.js';
import { DEFAULT_MAX_COLLATERAL_AGE_SECONDS, DEFAULT_MIN_TCB_STATUS, TCB_STATUS_RANK } from '../../attestation/policy-defaults.js';
import { parseSnpMinimumTcb, type SnpProduct } from '../../attestation/snp-tcb.js';
import { TEE_KINDS, type TcbStatus, type TeeKind } from '../../attestation/types.js';
import { integer } from '../integer-arg.js';

export type PolicyOptions = {
  allowSimulated?: boolean;
  allowDebug?: boolean;
  teeKind?: TeeKind[];
  measurement?: string[];
  register?: [string, string][];
  minTcbStatus?: TcbStatus;
  maxCollateralAge?: number;
  snpMinTcb?: { product: SnpProduct; values: Record<string, number> }[];
  allowSnpMigrationAgent?: boolean;
  requireSnpSmtDisabled?: boolean;
};

const REAL_KINDS = TEE_KINDS.filter((kind) => kind !== 'simulated');

/** A repeatable flag: each value parsed, collected in order. */
export function collect<T>(parse: (value: string) => T) {
  return (value: string, previous: T[] | undefined): T[] => [...(previous ?? []), parse(value)];
}

function teeKind(value: string): TeeKind {
  if (!(TEE_KINDS as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${TEE_KINDS.join(', ')}`);
  return value as TeeKind;
}

function measurementHex(value: string): string {
  if (!/^(0x)?[0-9a-fA-F]{64,96}$/.test(value)) throw new InvalidArgumentError('a measurement is 32 to 48 bytes of hex');
  return value.toLowerCase().replace(/^0x/, '');
}

function register(value: string): [string, string] {
  const match = /^([a-z][a-z0-9]{0,31})=(?:0x)?([0-9a-fA-F]{2,128})$/i.exec(value);
  if (match === null) throw new InvalidArgumentError('NAME=HEX, e.g. rtmr0=ab12... (names as in `airtnt attest verify --json`; TDX needs rtmr0-2, SEV-SNP hostdata and vmpl, Nitro pcr1+pcr2 or pcr8)');
  return [match[1]!.toLowerCase(), match[2]!.toLowerCase()];
}

function snpMinTcb(value: string): { product: SnpProduct; values: Record<string, number> } {
  try {
    return parseSnpMinimumTcb(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

function tcbStatus(value: string): TcbStatus {
  const known: readonly string[] = [...TCB_STATUS_RANK, 'NotApplicable'];
  if (!known.includes(value)) throw new InvalidArgumentError(`one of ${known.join(', ')} (NotApplicable: no minimum)`);
  return value as TcbStatus;
}

/**
 * The attestation policy of the flags. --allow-simulated accepts the simulated TEE only: a debug
 * hardware enclave (whose host reads its memory) needs --allow-debug of its own. Hardware evidence
 * is refused unless --measurement pins the code (checkPolicy: POLICY_MEASUREMENT_NOT_PINNED).
 */
export function policyOf(options: PolicyOptions): AttestationPolicy {
  const kinds = options.teeKind ?? [...REAL_KINDS];
  const policy: AttestationPolicy = { allowedKinds: options.allowSimulated ? [...kinds, 'simulated'] : kinds };
  if (options.allowSimulated) policy.allowSimulated = true;
  if (options.allowDebug) policy.allowDebug = true;
  if (options.measurement !== undefined) policy.measurements = options.measurement;
  if (options.register !== undefined) policy.registers = Object.fromEntries(options.register);
  if (options.minTcbStatus !== undefined) policy.minTcbStatus = options.minTcbStatus;
  if (options.maxCollateralAge !== undefined) policy.maxCollateralAgeSeconds = options.maxCollateralAge;
  if (options.snpMinTcb !== undefined || options.allowSnpMigrationAgent || options.requireSnpSmtDisabled) {
    policy.snp = {
      ...(options.snpMinTcb ? { minimumTcb: Object.fromEntries(options.snpMinTcb.map((entry) => [entry.product, entry.values])) } : {}),
      ...(options.allowSnpMigrationAgent ? { allowMigrationAgent: true } : {}),
      ...(options.requireSnpSmtDisabled ? { requireSmtDisabled: true } : {}),
    };
  }
  return policy;
}

/** The attestation policy flags (what executors a requester accepts). */
export function addPolicyOptions(command: Command): Command {
  return command
    .option('--allow-simulated', 'accept executors with the simulated TEE (INSECURE, development only)')
    .option('--allow-debug', 'accept debug-mode hardware enclaves, whose host can read their memory (INSECURE)')
    .option('--tee-kind <kind>', 'accept this TEE kind (repeatable; default all hardware kinds)', collect(teeKind))
    .option('--measurement <hex>', 'the enclave measurement to accept (MRENCLAVE, MRTD, SNP MEASUREMENT, PCR0; repeatable; required for hardware TEEs)', collect(measurementHex))
    .option('--register <name=hex>', 'also require this register value (rtmr0..3, hostdata, vmpl, pcr1, ...; repeatable)', collect(register))
    .option('--min-tcb-status <status>', `lowest platform TCB status accepted, Intel and AMD alike (default ${DEFAULT_MIN_TCB_STATUS}: OutOfDate and Revoked are refused)`, tcbStatus)
    .option('--max-collateral-age <seconds>', `refuse collateral (TCB info, QE identity, CRLs) issued longer ago than this (default ${DEFAULT_MAX_COLLATERAL_AGE_SECONDS})`, integer(60, 365 * 24 * 3600))
    .option('--snp-min-tcb <product:spls>', 'AMD minimum TCB for a product, e.g. Genoa:blSPL=N,teeSPL=N,snpSPL=N,ucodeSPL=N (repeatable; overrides the shipped one)', collect(snpMinTcb))
    .option('--allow-snp-migration-agent', 'accept SEV-SNP guests whose policy allows a migration agent (it can export guest memory)')
    .option('--require-snp-smt-disabled', 'refuse SEV-SNP guests whose policy allows SMT');
}
