/**
 * The corpus of real vendor-signed evidence in shared/attestation (beside the checkout), as cases with
 * their collateral, the clock to verify them at (the middle of the manifest's time window) and the
 * verdict the manifest expects. Used by the tests and by `airtnt attest fuzz`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AirtntError } from '../util/errors.js';
import { packageRoot } from '../util/paths.js';
import type { Collateral } from './collateral.js';
import { loadCollateralFiles } from './collateral-files.js';
import type { Evidence, TcbStatus, TeeKind } from './types.js';

export type SampleExpectation =
  | { ok: true; tcbStatus: TcbStatus; advisories: string[]; debug: boolean }
  | { ok: false; code: string };

export type SampleCase = {
  /** The evidence file, relative to shared/attestation. */
  file: string;
  evidence: Evidence;
  collateral?: Collateral;
  at: Date;
  /** The manifest's window for this evidence and its collateral. */
  window: [Date, Date];
  /** The manifest's own words for the verdict (the test checks the expectation against them). */
  manifestExpected: string;
  expect: SampleExpectation;
};

type ManifestSample = { kind: TeeKind; file: string; expected: string; chain_time_window?: [string, string]; vcek?: string; vcek_validity?: [string, string] };
type ManifestBundle = { quote: string; expected: string; valid_window: [string, string] };
export type Manifest = { samples: ManifestSample[]; collateral_bundles: ManifestBundle[] };

export function sharedAttestationDir(): string {
  return join(packageRoot(), '..', 'shared', 'attestation');
}

export function readManifest(dir = sharedAttestationDir()): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) {
    throw new AirtntError('SAMPLES_NOT_FOUND', `no attestation samples at ${dir}`, { hint: 'the corpus lives in shared/attestation beside the checkout' });
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

const ROOT_CRL_2025 = 'certs/intel_root_ca_crl_2025-03-20.der';
const TCB_SIGNING_2025 = 'certs/intel_sgx_tcb_signing_2025-2032.pem';
const SPR_COLLATERAL = [
  'tdx/sample_tcbInfo_response',
  'tdx/sample_qeIdentity_response',
  'tdx/pckcrl',
  'tdx/rootcrl.der',
  'tdx/tcbinfo_issuer_chain.pem',
  'tdx/qeidentity_issuer_chain.pem',
  'tdx/pckcrl_issuer_chain.pem',
];

/** Intel quotes with a collateral bundle: the files to load and the verdict (from the manifest's bundles). */
const INTEL_CASES: { file: string; bundle: string; collateral: string[]; expect: SampleExpectation }[] = [
  { file: 'sgx/phala/sgx_quote', bundle: 'sgx/phala/sgx_quote', collateral: ['sgx/phala/sgx_quote_collateral.json'], expect: { ok: true, tcbStatus: 'ConfigurationAndSWHardeningNeeded', advisories: ['INTEL-SA-00289', 'INTEL-SA-00615'], debug: false } },
  { file: 'sgx/automata_quotev3_fmspc00606a.bin', bundle: 'sgx/automata_quotev3_fmspc00606a.bin', collateral: ['sgx/collateral_00606a000000', ROOT_CRL_2025, TCB_SIGNING_2025], expect: { ok: true, tcbStatus: 'SWHardeningNeeded', advisories: ['INTEL-SA-00615'], debug: false } },
  { file: 'sgx/automata_gosdk_quotev3_fmspc00606a.bin', bundle: 'sgx/automata_quotev3_fmspc00606a.bin', collateral: ['sgx/collateral_00606a000000', ROOT_CRL_2025, TCB_SIGNING_2025], expect: { ok: true, tcbStatus: 'SWHardeningNeeded', advisories: ['INTEL-SA-00615'], debug: false } },
  { file: 'tdx/phala/tdx_quote', bundle: 'tdx/phala/tdx_quote', collateral: ['tdx/phala/tdx_quote_collateral.json'], expect: { ok: true, tcbStatus: 'UpToDate', advisories: [], debug: false } },
  { file: 'tdx/phala/tdx_quote_outdated', bundle: 'tdx/phala/tdx_quote_outdated', collateral: ['tdx/phala/tdx_quote_outdated_collateral.json'], expect: { ok: false, code: 'TCB_LEVEL_NOT_FOUND' } },
  { file: 'tdx/automata_quotev4_fmspc00806f05.bin', bundle: 'tdx/automata_quotev4_fmspc00806f05.bin', collateral: ['tdx/collateral_00806f050000', ROOT_CRL_2025, TCB_SIGNING_2025], expect: { ok: true, tcbStatus: 'OutOfDate', advisories: ['INTEL-SA-00960', 'INTEL-SA-00982', 'INTEL-SA-00986'], debug: false } },
  { file: 'tdx/ccel_cos-113-tdx-quote.dat', bundle: 'tdx/ccel_cos-113-tdx-quote.dat', collateral: ['tdx/collateral_00806f050000', ROOT_CRL_2025, TCB_SIGNING_2025], expect: { ok: true, tcbStatus: 'UpToDate', advisories: [], debug: false } },
  { file: 'tdx/tdx_prod_quote_SPR_E4.dat', bundle: 'tdx/tdx_prod_quote_SPR_E4.dat', collateral: SPR_COLLATERAL, expect: { ok: false, code: 'TCB_LEVEL_NOT_FOUND' } },
];

const midpoint = (from: Date, until: Date) => new Date(Math.floor((from.getTime() + until.getTime()) / 2 / 1000) * 1000);
const window = (pair: [string, string]): [Date, Date] => [new Date(pair[0]), new Date(pair[1])];

function read(dir: string, file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(dir, file)));
}

/** Every sample that has a full expected verdict, ready to verify. */
export function loadSampleCases(dir = sharedAttestationDir()): SampleCase[] {
  const manifest = readManifest(dir);
  const sample = (file: string) => {
    const found = manifest.samples.find((entry) => entry.file === file);
    if (!found) throw new AirtntError('SAMPLES_NOT_FOUND', `the manifest does not list ${file}`);
    return found;
  };
  const cases: SampleCase[] = [];
  for (const intel of INTEL_CASES) {
    const bundle = manifest.collateral_bundles.find((entry) => entry.quote.startsWith(intel.bundle));
    if (!bundle) throw new AirtntError('SAMPLES_NOT_FOUND', `the manifest has no collateral bundle for ${intel.bundle}`);
    const span = window(bundle.valid_window);
    cases.push({
      file: intel.file,
      evidence: { kind: sample(intel.file).kind, quote: read(dir, intel.file) },
      collateral: loadCollateralFiles(intel.collateral.map((path) => join(dir, path))),
      at: midpoint(...span),
      window: span,
      manifestExpected: bundle.expected,
      expect: intel.expect,
    });
  }
  const testRoot = sample('sgx/intel_sampledata_quotev3_TESTROOT.dat');
  const testRootSpan = window(testRoot.chain_time_window!);
  cases.push({
    file: testRoot.file,
    evidence: { kind: 'sgx', quote: read(dir, testRoot.file) },
    at: midpoint(...testRootSpan),
    window: testRootSpan,
    manifestExpected: testRoot.expected,
    expect: { ok: false, code: 'CERT_CHAIN_UNTRUSTED' },
  });
  for (const snp of manifest.samples.filter((entry) => entry.kind === 'sev-snp')) {
    const span = window(snp.vcek_validity!);
    const certificates = Buffer.concat([read(dir, snp.vcek!), read(dir, 'sev-snp/amd_ask_ark_milan.pem')]);
    cases.push({
      file: snp.file,
      evidence: { kind: 'sev-snp', quote: read(dir, snp.file), certificates: new Uint8Array(certificates) },
      at: midpoint(...span),
      window: span,
      manifestExpected: snp.expected,
      // Genuine (sev-snp.test.ts checks it with verifySnpReport), but judging a platform needs the
      // ARK-signed CRL, which no public sample provides: refused until one is given.
      expect: { ok: false, code: 'COLLATERAL_MISSING' },
    });
  }
  for (const nitro of manifest.samples.filter((entry) => entry.kind === 'nitro')) {
    const span = window(nitro.chain_time_window!);
    const mustReject = nitro.expected.startsWith('INVALID');
    cases.push({
      file: nitro.file,
      evidence: { kind: 'nitro', quote: read(dir, nitro.file) },
      at: midpoint(...span),
      window: span,
      manifestExpected: nitro.expected,
      expect: mustReject
        ? { ok: false, code: 'NITRO_SIGNATURE_INVALID' }
        : { ok: true, tcbStatus: 'NotApplicable', advisories: [], debug: (nitro as { debug_mode_pcr0_zero?: boolean }).debug_mode_pcr0_zero === true },
    });
  }
  return cases;
}

/** Every DCAP quote in the manifest with its chain window: for quote-only checks (no collateral). */
export function loadQuoteOnlyCases(dir = sharedAttestationDir()): { file: string; quote: Uint8Array; at: Date; mustReject: boolean }[] {
  return readManifest(dir)
    .samples.filter((entry) => entry.kind === 'sgx' || entry.kind === 'tdx')
    .map((entry) => ({
      file: entry.file,
      quote: read(dir, entry.file),
      at: midpoint(...window(entry.chain_time_window!)),
      mustReject: entry.expected.includes('REJECTED'),
    }));
}
