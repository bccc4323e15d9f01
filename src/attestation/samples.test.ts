/** Every real sample of shared/attestation gives the verdict its manifest expects, at the manifest's clock. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { loadCollateralFiles } from './collateral-files.js';
import { parseCollateral } from './collateral.js';
import { verifyDcapQuote } from './dcap.js';
import { detectEvidenceKind } from './detect.js';
import { verifyEvidence } from './index.js';
import { selectTcbInfo } from './intel-collateral.js';
import { matchPlatformTcbLevel, tdxModuleVerdict } from './intel-tcb.js';
import { intelRoot } from './roots.js';
import { loadQuoteOnlyCases, loadSampleCases, readManifest, sharedAttestationDir } from './samples.js';
import { findCurrentCrl } from './x509.js';

const dir = sharedAttestationDir();
const manifest = readManifest(dir);
const cases = loadSampleCases(dir);
const DAY = 24 * 3600 * 1000;

function manifestIdentity(file: string): { measurement?: string; reportData?: string } {
  const entry = manifest.samples.find((sample) => sample.file === file) as Record<string, unknown> & {
    body?: Record<string, string>;
    fields?: Record<string, string>;
    pcrs?: Record<string, string>;
    user_data?: string;
  };
  if (entry.body) return { measurement: entry.body.mrenclave ?? entry.body.mrtd, reportData: entry.body.reportdata };
  if (entry.fields) return { measurement: entry.fields.measurement, reportData: entry.fields.report_data };
  return { measurement: entry.pcrs?.['0'], reportData: entry.user_data };
}

describe('shared attestation samples', () => {
  it('covers every kind and both verdicts', () => {
    const kinds = new Set(cases.map((sample) => sample.evidence.kind));
    assert.deepEqual([...kinds].sort(), ['nitro', 'sev-snp', 'sgx', 'tdx']);
    assert.ok(cases.filter((sample) => !sample.expect.ok).length >= 4, 'rejections');
    assert.ok(cases.length >= 16, 'cases');
  });

  for (const sample of cases) {
    it(`${sample.file}: ${sample.expect.ok ? `${sample.expect.tcbStatus} ${JSON.stringify(sample.expect.advisories)}` : `rejected with ${sample.expect.code}`}`, async () => {
      const run = verifyEvidence(sample.evidence, { now: sample.at, collateral: sample.collateral });
      if (!sample.expect.ok) {
        await assert.rejects(run, (error) => isAirtntError(error, (sample.expect as { code: string }).code));
        return;
      }
      const verified = await run;
      assert.equal(verified.kind, sample.evidence.kind);
      assert.equal(verified.insecure, false);
      assert.equal(verified.tcbStatus, sample.expect.tcbStatus);
      assert.deepEqual(verified.advisories, sample.expect.advisories);
      assert.equal(verified.debug, sample.expect.debug);
      // The expectation table agrees with the manifest's own words.
      if (sample.expect.tcbStatus !== 'NotApplicable') assert.match(sample.manifestExpected, new RegExp(`^${sample.expect.tcbStatus}`));
      for (const advisory of sample.expect.advisories) assert.ok(sample.manifestExpected.includes(advisory.slice(-5)), advisory);
      const identity = manifestIdentity(sample.file);
      if (identity.measurement) assert.equal(verified.measurement, identity.measurement);
      if (identity.reportData !== undefined) assert.ok(Buffer.from(verified.reportData).toString('hex').startsWith(identity.reportData), 'report data');
      // The validity window is exactly the manifest's (Intel: collateral issue..next update; others: the chain).
      assert.equal(verified.validFrom, sample.window[0].toISOString());
      assert.equal(verified.validUntil, sample.window[1].toISOString());
    });
  }

  it('refuses every accepted sample once its window has passed, and before it opens', async () => {
    for (const sample of cases.filter((entry) => entry.expect.ok)) {
      for (const at of [new Date(sample.window[1].getTime() + DAY), new Date(sample.window[0].getTime() - DAY)]) {
        await assert.rejects(
          verifyEvidence(sample.evidence, { now: at, collateral: sample.collateral }),
          (error) => isAirtntError(error) && /EXPIRED/.test(error.code),
          `${sample.file} at ${at.toISOString()}`,
        );
      }
    }
  });

  it('detects the kind of every sample', () => {
    for (const sample of cases) assert.equal(detectEvidenceKind(sample.evidence.quote), sample.evidence.kind, sample.file);
    assert.equal(detectEvidenceKind(new Uint8Array(100)), undefined);
  });

  it('verifies the signatures and PCK chain of every DCAP quote without collateral; refuses the Intel test root', () => {
    const quotes = loadQuoteOnlyCases(dir);
    assert.ok(quotes.length >= 12, 'quotes');
    for (const quote of quotes) {
      if (quote.mustReject) {
        assert.throws(() => verifyDcapQuote(quote.quote, { now: quote.at }), (error) => isAirtntError(error, 'CERT_CHAIN_UNTRUSTED'));
      } else {
        const verified = verifyDcapQuote(quote.quote, { now: quote.at });
        const entry = manifest.samples.find((sample) => sample.file === quote.file) as unknown as { fmspc: string };
        assert.equal(verified.pckTcb.fmspc, entry.fmspc.toLowerCase(), quote.file);
      }
    }
  });

  it('quote v5 sample: platform UpToDate with TDX_01 UpToDate (no QE identity is published for its date)', async () => {
    const quote = new Uint8Array(readFileSync(join(dir, 'tdx/quote_v5_sample.dat')));
    const bundle = manifest.collateral_bundles.find((entry) => entry.quote === 'tdx/quote_v5_sample.dat')!;
    const now = new Date('2026-02-03T00:00:00Z');
    assert.ok(now >= new Date(bundle.valid_window[0]) && now <= new Date(bundle.valid_window[1]), 'inside window');
    const { quote: parsed, pckTcb } = verifyDcapQuote(quote, { now });
    const collateral = loadCollateralFiles([join(dir, 'tdx/sample_tcbinfo_response_v5'), join(dir, 'certs')]);
    const bag = parseCollateral(collateral);
    const rootCrl = bag.crls[0]!;
    // The root CRL of 2025-03-20 is current until 2026-04-03.
    assert.equal(findCurrentCrl(bag.crls, intelRoot(), now, 'root CRL'), rootCrl);
    const info = selectTcbInfo(bag, { id: 'TDX', fmspc: pckTcb.fmspc, pceId: pckTcb.pceId }, rootCrl, now);
    assert.equal(parsed.body.tee, 'tdx');
    if (parsed.body.tee !== 'tdx') return;
    assert.equal(matchPlatformTcbLevel(info.value, pckTcb, parsed.body.report.teeTcbSvn).tcbStatus, 'UpToDate');
    assert.equal(tdxModuleVerdict(info.value, parsed.body.report)?.status, 'UpToDate');
    await assert.rejects(verifyEvidence({ kind: 'tdx', quote }, { now, collateral }), (error) => isAirtntError(error, 'COLLATERAL_MISSING'));
  });
});
