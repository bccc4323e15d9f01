/**
 * Mutation fuzzing of the verifiers with the real samples as seeds: bit flips, boundary bytes,
 * truncations, insertions, deletions and duplicated ranges of the evidence (and sometimes of the SEV-SNP
 * certificates or an Intel collateral item). Each case must end in an AirtntError or in an acceptance
 * identical to the unmutated sample's (the mutation touched only unsigned bytes); anything else (a
 * foreign exception, an acceptance with another identity, a case slower than the limit) is a failure.
 * Deterministic for a given seed.
 */
import { isAirtntError } from '../util/errors.js';
import type { Collateral } from './collateral.js';
import { verifyEvidence } from './index.js';
import { loadSampleCases, type SampleCase } from './samples.js';
import type { Evidence, VerifiedEvidence } from './types.js';
import { seededRandom } from '../util/random.js';

export { seededRandom };

export type FuzzOptions = {
  iterations: number;
  seed: number;
  /** Only these kinds (default: all in the corpus). */
  kinds?: string[];
  /** A case slower than this is a failure (a sign of super-linear parsing). */
  maxCaseMs?: number;
  cases?: SampleCase[];
};

export type FuzzFailure = { kind: string; file: string; iteration: number; mutation: string; problem: string };

export type FuzzReport = {
  seed: number;
  iterations: number;
  byKind: Record<string, { cases: number; accepted: number; rejected: Record<string, number> }>;
  failures: FuzzFailure[];
  maxCaseMs: number;
  totalMs: number;
};

type Mutation = { name: string; apply: (bytes: Uint8Array, random: () => number) => Uint8Array };

const pick = (random: () => number, n: number) => Math.floor(random() * n);
const BOUNDARY = [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff];

const MUTATIONS: Mutation[] = [
  { name: 'flip-bit', apply: (b, r) => { const out = Uint8Array.from(b); const i = pick(r, out.length); out[i]! ^= 1 << pick(r, 8); return out; } },
  { name: 'boundary-byte', apply: (b, r) => { const out = Uint8Array.from(b); out[pick(r, out.length)] = BOUNDARY[pick(r, BOUNDARY.length)]!; return out; } },
  { name: 'random-bytes', apply: (b, r) => { const out = Uint8Array.from(b); const n = 1 + pick(r, 8); for (let k = 0; k < n; k++) out[pick(r, out.length)] = pick(r, 256); return out; } },
  { name: 'max-length-field', apply: (b, r) => { const out = Uint8Array.from(b); const i = pick(r, Math.max(1, out.length - 4)); out.fill(0xff, i, i + 2 + pick(r, 3)); return out; } },
  { name: 'truncate', apply: (b, r) => b.slice(0, pick(r, b.length)) },
  { name: 'insert', apply: (b, r) => { const i = pick(r, b.length + 1); const extra = Uint8Array.from({ length: 1 + pick(r, 16) }, () => pick(r, 256)); return Uint8Array.from([...b.subarray(0, i), ...extra, ...b.subarray(i)]); } },
  { name: 'delete-range', apply: (b, r) => { const i = pick(r, b.length); const n = 1 + pick(r, 32); return Uint8Array.from([...b.subarray(0, i), ...b.subarray(i + n)]); } },
  { name: 'duplicate-range', apply: (b, r) => { const i = pick(r, b.length); const n = 1 + pick(r, 64); return Uint8Array.from([...b.subarray(0, i + n), ...b.subarray(i, i + n), ...b.subarray(i + n)]); } },
  { name: 'empty', apply: () => new Uint8Array() },
];

function mutateCollateral(collateral: Collateral, mutation: Mutation, random: () => number): Collateral {
  const crls = collateral.crls ?? [];
  const tcbInfos = collateral.tcbInfos ?? [];
  if (crls.length > 0 && random() < 0.5) {
    const index = pick(random, crls.length);
    return { ...collateral, crls: crls.map((crl, i) => (i === index ? mutation.apply(crl, random) : crl)) };
  }
  if (tcbInfos.length === 0) return collateral;
  const index = pick(random, tcbInfos.length);
  return {
    ...collateral,
    tcbInfos: tcbInfos.map((doc, i) => (i === index ? { ...doc, body: Buffer.from(mutation.apply(Buffer.from(doc.body), random)).toString('utf8') } : doc)),
  };
}

function sameIdentity(a: VerifiedEvidence, b: VerifiedEvidence): boolean {
  return (
    a.kind === b.kind &&
    a.measurement === b.measurement &&
    Buffer.compare(a.reportData, b.reportData) === 0 &&
    a.tcbStatus === b.tcbStatus &&
    a.debug === b.debug &&
    JSON.stringify(a.measurements) === JSON.stringify(b.measurements)
  );
}

export async function runAttestationFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const random = seededRandom(options.seed);
  const maxCaseMs = options.maxCaseMs ?? 2000;
  const corpus = (options.cases ?? loadSampleCases()).filter((entry) => !options.kinds || options.kinds.includes(entry.evidence.kind));
  const baselines = new Map<SampleCase, VerifiedEvidence | undefined>();
  for (const entry of corpus) {
    baselines.set(entry, await verifyEvidence(entry.evidence, { now: entry.at, collateral: entry.collateral }).catch(() => undefined));
  }
  const report: FuzzReport = { seed: options.seed, iterations: options.iterations, byKind: {}, failures: [], maxCaseMs: 0, totalMs: 0 };
  // Kinds take turns, so that each gets the same share whatever its number of samples.
  const byKind = [...new Set(corpus.map((entry) => entry.evidence.kind))].map((kind) => corpus.filter((entry) => entry.evidence.kind === kind));
  for (let iteration = 0; iteration < options.iterations && corpus.length > 0; iteration++) {
    const samples = byKind[iteration % byKind.length]!;
    const entry = samples[pick(random, samples.length)]!;
    const mutation = MUTATIONS[pick(random, MUTATIONS.length)]!;
    const target = random();
    let evidence: Evidence = entry.evidence;
    let collateral = entry.collateral;
    let where = 'evidence';
    if (entry.evidence.certificates && target < 0.25) {
      evidence = { ...entry.evidence, certificates: mutation.apply(entry.evidence.certificates, random) };
      where = 'certificates';
    } else if (collateral && target < 0.2) {
      collateral = mutateCollateral(collateral, mutation, random);
      where = 'collateral';
    } else {
      evidence = { ...entry.evidence, quote: mutation.apply(entry.evidence.quote, random) };
    }
    const stats = (report.byKind[entry.evidence.kind] ??= { cases: 0, accepted: 0, rejected: {} });
    stats.cases++;
    const failure = (problem: string) =>
      report.failures.push({ kind: entry.evidence.kind, file: entry.file, iteration, mutation: `${mutation.name}@${where}`, problem });
    const caseStart = performance.now();
    try {
      const verified = await verifyEvidence(evidence, { now: entry.at, collateral });
      stats.accepted++;
      const baseline = baselines.get(entry);
      if (!baseline || !sameIdentity(baseline, verified)) failure('accepted with another identity than the unmutated sample');
    } catch (error) {
      if (isAirtntError(error)) stats.rejected[error.code] = (stats.rejected[error.code] ?? 0) + 1;
      else failure(`threw a non-AirtntError: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
    const elapsed = performance.now() - caseStart;
    report.maxCaseMs = Math.max(report.maxCaseMs, elapsed);
    if (elapsed > maxCaseMs) failure(`took ${elapsed.toFixed(0)} ms`);
  }
  report.maxCaseMs = Math.round(report.maxCaseMs * 10) / 10;
  report.totalMs = Math.round(performance.now() - started);
  return report;
}
