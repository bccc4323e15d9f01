/**
 * The configfs-tsm provider against a fake configfs: a temp folder whose "kernel" writes `outblob`
 * (a real TDX quote or SEV-SNP report from shared/attestation) when `inblob` is written.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { checkEnclaveBinding, enclaveReportData } from '../attestation/binding.js';
import { loadCollateralFiles } from '../attestation/collateral-files.js';
import { verifyEvidence } from '../attestation/index.js';
import { sharedAttestationDir } from '../attestation/samples.js';
import { parseSnpReport, verifySnpReport } from '../attestation/sev-snp.js';
import { pemToDerList } from '../attestation/x509.js';
import { isAirtntError } from '../util/errors.js';
import { createConfigfsTsmProvider, parseSevCertificateTable, type TsmFileSystem } from './configfs-tsm.js';

const shared = sharedAttestationDir();
const sample = (path: string) => new Uint8Array(readFileSync(join(shared, path)));
const TDX_QUOTE = sample('tdx/phala/tdx_quote');
const TDX_REPORT_DATA_OFFSET = 48 + 520;
const SNP_REPORT = sample('sev-snp/virtee_report_milan.bin');
const runtime = new Uint8Array(32).fill(7);

type FakeKernel = { provider: string; outblob: (inblob: Uint8Array) => Uint8Array; auxblob?: Uint8Array; concurrentWriter?: boolean };

/** A stand-in for the kernel side of configfs-tsm, on a real temp folder. */
function fakeConfigfs(kernel: FakeKernel): TsmFileSystem {
  const bumpGeneration = (entry: string) => {
    const path = join(entry, 'generation');
    writeFileSync(path, `${Number(readFileSync(path, 'utf8')) + 1}\n`);
  };
  return {
    async mkdir(path) {
      mkdirSync(path);
      writeFileSync(join(path, 'provider'), `${kernel.provider}\n`);
      writeFileSync(join(path, 'generation'), '0\n');
    },
    async rmdir(path) {
      rmSync(path, { recursive: true });
    },
    async readFile(path) {
      if (kernel.concurrentWriter && basename(path) === 'outblob') bumpGeneration(join(path, '..'));
      return new Uint8Array(readFileSync(path));
    },
    async writeFile(path, data) {
      writeFileSync(path, data);
      if (basename(path) !== 'inblob') return;
      const entry = join(path, '..');
      bumpGeneration(entry);
      writeFileSync(join(entry, 'outblob'), kernel.outblob(data));
      if (kernel.auxblob) writeFileSync(join(entry, 'auxblob'), kernel.auxblob);
    },
  };
}

/** The SEV-SNP certificate table (GUID, offset, length entries, then a zero entry, then the certificates). */
function certificateTable(entries: [string, Uint8Array][]): Uint8Array {
  const guidBytes = (guid: string) => {
    const hex = guid.replace(/-/g, '');
    const b = Buffer.from(hex, 'hex');
    return Buffer.concat([b.subarray(0, 4).reverse(), b.subarray(4, 6).reverse(), b.subarray(6, 8).reverse(), b.subarray(8)]);
  };
  const headerBytes = (entries.length + 1) * 24;
  let offset = headerBytes;
  const header = Buffer.alloc(headerBytes);
  entries.forEach(([guid, der], i) => {
    guidBytes(guid).copy(header, i * 24);
    header.writeUInt32LE(offset, i * 24 + 16);
    header.writeUInt32LE(der.length, i * 24 + 20);
    offset += der.length;
  });
  return new Uint8Array(Buffer.concat([header, ...entries.map(([, der]) => Buffer.from(der))]));
}

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'airtnt-tsm-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('configfs-tsm provider', () => {
  it('probes the provider kind, and says TSM_UNAVAILABLE without configfs', async () => {
    const fs = fakeConfigfs({ provider: 'tdx_guest', outblob: () => TDX_QUOTE });
    const provider = await createConfigfsTsmProvider({ root, fs, runtimeMeasurement: runtime });
    assert.equal(provider.kind, 'tdx');
    assert.equal(provider.insecure, false);
    assert.deepEqual(readdirSync(root), [], 'the probe entry is removed');
    await assert.rejects(
      createConfigfsTsmProvider({ root: join(root, 'missing'), runtimeMeasurement: runtime }),
      (error) => isAirtntError(error, 'TSM_UNAVAILABLE'),
    );
  });

  it('TDX: returns the real quote for its report data, which verifies with its collateral', async () => {
    const reportData = TDX_QUOTE.slice(TDX_REPORT_DATA_OFFSET, TDX_REPORT_DATA_OFFSET + 64);
    const provider = await createConfigfsTsmProvider({ root, runtimeMeasurement: runtime, fs: fakeConfigfs({ provider: 'tdx_guest', outblob: () => TDX_QUOTE }) });
    const evidence = await provider.produceEvidence(reportData);
    assert.deepEqual(readdirSync(root), [], 'the report entry is removed');
    const collateral = loadCollateralFiles([join(shared, 'tdx/phala/tdx_quote_collateral.json')]);
    const verified = await verifyEvidence(evidence, { now: new Date('2025-07-01T00:00:00Z'), collateral });
    assert.equal(verified.tcbStatus, 'UpToDate');
    assert.deepEqual(verified.reportData, reportData);
  });

  it('refuses evidence that does not carry the requested report data', async () => {
    const provider = await createConfigfsTsmProvider({ root, runtimeMeasurement: runtime, fs: fakeConfigfs({ provider: 'tdx_guest', outblob: () => TDX_QUOTE }) });
    await assert.rejects(provider.produceEvidence(new Uint8Array(64).fill(1)), (error) => isAirtntError(error, 'TSM_REPORT_DATA_MISMATCH'));
    assert.deepEqual(readdirSync(root), [], 'the report entry is removed after a failure too');
  });

  it('binds the enclave keys; a quote the hardware did not sign fails verification', async () => {
    const reportData = enclaveReportData(new Uint8Array(32).fill(2), new Uint8Array(32).fill(3), runtime);
    const patch = (inblob: Uint8Array) => {
      const out = Uint8Array.from(TDX_QUOTE);
      out.set(inblob, TDX_REPORT_DATA_OFFSET);
      return out;
    };
    const provider = await createConfigfsTsmProvider({ root, runtimeMeasurement: runtime, kind: 'tdx', fs: fakeConfigfs({ provider: 'tdx_guest', outblob: patch }) });
    const evidence = await provider.produceEvidence(reportData);
    checkEnclaveBinding(evidence.quote.slice(TDX_REPORT_DATA_OFFSET, TDX_REPORT_DATA_OFFSET + 64), new Uint8Array(32).fill(2), new Uint8Array(32).fill(3), runtime);
    const collateral = loadCollateralFiles([join(shared, 'tdx/phala/tdx_quote_collateral.json')]);
    await assert.rejects(verifyEvidence(evidence, { now: new Date('2025-07-01T00:00:00Z'), collateral }), (error) => isAirtntError(error, 'QUOTE_SIGNATURE_INVALID'));
  });

  it('detects a concurrent writer through the generation attribute', async () => {
    const reportData = TDX_QUOTE.slice(TDX_REPORT_DATA_OFFSET, TDX_REPORT_DATA_OFFSET + 64);
    const fs = fakeConfigfs({ provider: 'tdx_guest', outblob: () => TDX_QUOTE, concurrentWriter: true });
    const provider = await createConfigfsTsmProvider({ root, runtimeMeasurement: runtime, fs });
    await assert.rejects(provider.produceEvidence(reportData), (error) => isAirtntError(error, 'TSM_CONCURRENT_USE'));
  });

  it('SEV-SNP: returns the report with the VCEK, ASK and ARK from auxblob; it verifies', async () => {
    const [ask, ark] = pemToDerList(readFileSync(join(shared, 'sev-snp/amd_ask_ark_milan.pem'), 'utf8'));
    const auxblob = certificateTable([
      ['63da758d-e664-4564-adc5-f4b93be8accd', sample('sev-snp/virtee_vcek_milan.der')],
      ['4ab7b379-bbac-4fe4-a02f-05aef327c782', ask!],
      ['c0b406a4-a803-4952-9743-3fb6014cd0ae', ark!],
    ]);
    assert.equal(parseSevCertificateTable(auxblob).size, 3);
    const fs = fakeConfigfs({ provider: 'sev_guest', outblob: () => SNP_REPORT, auxblob });
    const provider = await createConfigfsTsmProvider({ root, runtimeMeasurement: runtime, fs });
    assert.equal(provider.kind, 'sev-snp');
    const evidence = await provider.produceEvidence(parseSnpReport(SNP_REPORT).reportData.slice());
    assert.ok(evidence.certificates && evidence.certificates.length > 1360, 'VCEK and chain');
    // Genuine: signature and chain from the auxblob (judging the platform also needs AMD's CRL).
    const { report } = verifySnpReport(evidence.quote, evidence.certificates, { now: new Date('2026-01-01T00:00:00Z') });
    assert.deepEqual(report.reportData, parseSnpReport(SNP_REPORT).reportData);
    await assert.rejects(verifyEvidence(evidence, { now: new Date('2026-01-01T00:00:00Z') }), (error) => isAirtntError(error, 'COLLATERAL_MISSING'));
  });

  it('refuses a report data of the wrong length and a provider of another kind', async () => {
    const fs = fakeConfigfs({ provider: 'sev_guest', outblob: () => SNP_REPORT });
    const provider = await createConfigfsTsmProvider({ root, runtimeMeasurement: runtime, fs, kind: 'tdx' });
    await assert.rejects(provider.produceEvidence(new Uint8Array(32)), (error) => isAirtntError(error, 'INVALID_LENGTH'));
    await assert.rejects(provider.produceEvidence(new Uint8Array(64)), (error) => isAirtntError(error, 'TSM_PROVIDER_MISMATCH'));
  });
});
