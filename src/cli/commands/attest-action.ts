/**
 * The work of `airtnt attest verify|fuzz` (registered in attest.ts): read an evidence file (raw, hex or
 * base64, size-bounded), verify it against the pinned roots and the collateral given, or mutation-fuzz
 * the verifiers; print the outcome.
 */
import { readFileSync, statSync } from 'node:fs';
import { loadCollateralFiles } from '../../attestation/collateral-files.js';
import { runAttestationFuzz } from '../../attestation/fuzz.js';
import { detectEvidenceKind, verifyEvidence } from '../../attestation/index.js';
import { parseSnpMinimumTcb } from '../../attestation/snp-tcb.js';
import { TEE_KINDS, type Evidence, type TeeKind, type VerifiedEvidence } from '../../attestation/types.js';
import { AirtntError } from '../../util/errors.js';
import type { FuzzOptions, VerifyOptions } from './attest.js';

const MAX_EVIDENCE_FILE_BYTES = 512 * 1024;

function parseKind(value: string | undefined): TeeKind | undefined {
  if (value === undefined) return undefined;
  if (!(TEE_KINDS as readonly string[]).includes(value)) {
    throw new AirtntError('INVALID_ARGUMENT', `--kind must be one of ${TEE_KINDS.join(', ')}`, { details: { kind: value } });
  }
  return value as TeeKind;
}

function parseTime(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new AirtntError('INVALID_ARGUMENT', '--at must be an ISO-8601 time, e.g. 2025-07-01T00:00:00Z', { details: { at: value } });
  }
  return date;
}

function integerOption(name: string, value: string, min: number, max: number): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new AirtntError('INVALID_ARGUMENT', `--${name} must be an integer in ${min}..${max}`, { details: { [name]: value } });
  }
  return parsed;
}

/** Raw evidence, or the same as base64 or hex text (as some projects store it). */
function readEvidenceFile(path: string): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new AirtntError('EVIDENCE_NOT_FOUND', `cannot read ${path}`, { cause: error });
  }
  if (size > MAX_EVIDENCE_FILE_BYTES) throw new AirtntError('EVIDENCE_INVALID', 'the evidence file is too large', { details: { bytes: size } });
  const raw = new Uint8Array(readFileSync(path));
  if (detectEvidenceKind(raw)) return raw;
  const text = Buffer.from(raw).toString('latin1').trim();
  if (/^(0x)?[0-9a-fA-F]+$/.test(text) && text.length % 2 === 0) return new Uint8Array(Buffer.from(text.replace(/^0x/, ''), 'hex'));
  if (/^[A-Za-z0-9+/=\s_-]+$/.test(text)) return new Uint8Array(Buffer.from(text, 'base64'));
  return raw;
}

type VerifyOutput = {
  ok: boolean;
  kind: TeeKind | null;
  tcbStatus: string | null;
  advisories: string[];
  measurement: string | null;
  reportData: string | null;
  debug?: boolean;
  insecure?: boolean;
  validFrom?: string;
  validUntil?: string;
  measurements?: Record<string, string>;
  error?: { code: string; message: string };
};

function success(verified: VerifiedEvidence): VerifyOutput {
  return {
    ok: true,
    kind: verified.kind,
    tcbStatus: verified.tcbStatus,
    advisories: verified.advisories,
    measurement: verified.measurement,
    reportData: Buffer.from(verified.reportData).toString('hex'),
    debug: verified.debug,
    insecure: verified.insecure,
    validFrom: verified.validFrom,
    validUntil: verified.validUntil,
    measurements: verified.measurements,
  };
}

export async function verifyCommand(file: string, options: VerifyOptions): Promise<void> {
  let kind: TeeKind | undefined;
  let output: VerifyOutput;
  try {
    const quote = readEvidenceFile(file);
    kind = parseKind(options.kind) ?? detectEvidenceKind(quote);
    if (!kind) throw new AirtntError('EVIDENCE_KIND_UNKNOWN', 'cannot tell what kind of evidence this is', { hint: 'pass --kind sgx|tdx|sev-snp|nitro' });
    const now = parseTime(options.at);
    const collateral = options.collateral.length > 0 ? loadCollateralFiles(options.collateral) : undefined;
    const evidence: Evidence = { kind, quote };
    const snpMinimumTcb = Object.fromEntries((options.snpMinTcb ?? []).map((text) => {
      const { product, values } = parseSnpMinimumTcb(text);
      return [product, values];
    }));
    output = success(await verifyEvidence(evidence, { now, collateral, allowSimulated: options.allowSimulated === true, snpMinimumTcb }));
  } catch (error) {
    if (!(error instanceof AirtntError)) throw error;
    output = { ok: false, kind: kind ?? null, tcbStatus: null, advisories: [], measurement: null, reportData: null, error: { code: error.code, message: error.message.split('\n')[0]! } };
  }
  if (!output.ok) process.exitCode = 1;
  if (options.json) {
    console.log(JSON.stringify(output));
    return;
  }
  if (!output.ok) {
    console.log(`REJECTED ${output.kind ?? 'unknown'} evidence: ${output.error!.code}: ${output.error!.message}`);
    return;
  }
  const insecure = output.insecure ? ' INSECURE (simulated TEE)' : '';
  console.log(`VALID ${output.kind} evidence${insecure}${output.debug ? ' (DEBUG mode: not confidential)' : ''}`);
  console.log(`  TCB status   ${output.tcbStatus}${output.advisories.length > 0 ? ` [${output.advisories.join(', ')}]` : ''}`);
  console.log(`  measurement  ${output.measurement}`);
  console.log(`  report data  ${output.reportData}`);
  console.log(`  valid        ${output.validFrom} .. ${output.validUntil}`);
}

export async function fuzzCommand(options: FuzzOptions): Promise<void> {
  const kinds = options.kind?.map((kind) => parseKind(kind)!);
  const report = await runAttestationFuzz({
    iterations: integerOption('iterations', options.iterations, 1, 10_000_000),
    seed: integerOption('seed', options.seed, 0, 0xffffffff),
    kinds,
  });
  if (report.failures.length > 0) process.exitCode = 1;
  if (options.json) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(`fuzzed ${report.iterations} cases (seed ${report.seed}) in ${report.totalMs} ms, slowest ${report.maxCaseMs} ms`);
  for (const [kind, stats] of Object.entries(report.byKind)) {
    const reasons = Object.entries(stats.rejected).sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`).join(', ');
    console.log(`  ${kind}: ${stats.cases} cases, ${stats.accepted} accepted unchanged, rejected: ${reasons}`);
  }
  console.log(report.failures.length === 0 ? 'no failures' : `${report.failures.length} FAILURES:`);
  for (const failure of report.failures.slice(0, 20)) console.log(`  ${failure.file} #${failure.iteration} ${failure.mutation}: ${failure.problem}`);
}
