/** Collateral fetched over real HTTP from a local stand-in for Intel PCS and AMD KDS (127.0.0.1). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { createFileCache, createMemoryCache, fetchAmdCollateral, fetchIntelCollateral } from './collateral-fetch.js';
import { verifyEvidence } from './index.js';
import { sharedAttestationDir } from './samples.js';
import { verifySnpReport } from './sev-snp.js';

const dir = sharedAttestationDir();
const file = (path: string) => readFileSync(join(dir, path));
const chainHeader = encodeURIComponent(file('certs/intel_sgx_tcb_signing_2025-2032.pem').toString() + file('certs/intel_sgx_root_ca.pem').toString());

/** path+query -> [body, headers] */
const routes = new Map<string, [Buffer, Record<string, string>]>([
  ['/sgx/certification/v4/tcb?fmspc=00606a000000', [file('sgx/collateral_00606a000000/tcbinfo_v3.json'), { 'TCB-Info-Issuer-Chain': chainHeader }]],
  ['/sgx/certification/v4/qe/identity', [file('sgx/collateral_00606a000000/qe_identity_v4.json'), { 'SGX-Enclave-Identity-Issuer-Chain': chainHeader }]],
  ['/sgx/certification/v4/pckcrl?ca=platform&encoding=der', [file('sgx/collateral_00606a000000/pck_platform_crl.der'), {}]],
  ['/IntelSGXRootCA.der', [file('certs/intel_root_ca_crl_2025-03-20.der'), {}]],
  ['/vcek/v1/Milan/cert_chain', [file('sev-snp/amd_ask_ark_milan.pem'), {}]],
  ['/vlek/v1/Milan/cert_chain', [file('sev-snp/amd_ask_ark_milan_vlek.pem'), {}]],
]);
const vcekPath =
  '/vcek/v1/Milan/d49554ec717f4e5b0fe6b143bcf0405bd7ae304727edf46603f2a76aef6a3abc15d7af38db757039029f0efacfd08e244324884738c72b082e2f87a44d541eb6?blSPL=3&teeSPL=0&snpSPL=8&ucodeSPL=115';
routes.set(vcekPath, [file('sev-snp/virtee_vcek_milan.der'), {}]);

let server: Server;
let base = '';
const requests: string[] = [];

before(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const route = routes.get(request.url ?? '');
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, route[1]).end(route[0]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sgxQuote = new Uint8Array(file('sgx/automata_quotev3_fmspc00606a.bin'));
const sgxNow = new Date('2025-08-30T00:00:00Z');

describe('collateral fetch', () => {
  it('fetches Intel collateral for an SGX quote, which then verifies to SWHardeningNeeded; the cache avoids refetching', async () => {
    const cache = createMemoryCache();
    const options = { cache, now: sgxNow, intelBaseUrl: base, intelRootCrlUrl: `${base}/IntelSGXRootCA.der` };
    requests.length = 0;
    const collateral = await fetchIntelCollateral(sgxQuote, options);
    assert.equal(requests.length, 4);
    const verified = await verifyEvidence({ kind: 'sgx', quote: sgxQuote }, { now: sgxNow, collateral });
    assert.equal(verified.tcbStatus, 'SWHardeningNeeded');
    assert.deepEqual(verified.advisories, ['INTEL-SA-00615']);

    await fetchIntelCollateral(sgxQuote, options);
    assert.equal(requests.length, 4, 'served from the cache');
    await fetchIntelCollateral(sgxQuote, { ...options, now: new Date(sgxNow.getTime() + 2 * 3600_000) });
    assert.equal(requests.length, 8, 'expired entries are fetched again');
  });

  it('keeps fetched responses in a folder cache across instances', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'airtnt-collateral-'));
    try {
      const options = { now: sgxNow, intelBaseUrl: base, intelRootCrlUrl: `${base}/IntelSGXRootCA.der` };
      requests.length = 0;
      await fetchIntelCollateral(sgxQuote, { ...options, cache: createFileCache(cacheDir) });
      const collateral = await fetchIntelCollateral(sgxQuote, { ...options, cache: createFileCache(cacheDir) });
      assert.equal(requests.length, 4);
      assert.equal((await verifyEvidence({ kind: 'sgx', quote: sgxQuote }, { now: sgxNow, collateral })).tcbStatus, 'SWHardeningNeeded');
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('fetches the VCEK of an SEV-SNP report by chip id and reported TCB', async () => {
    const report = new Uint8Array(file('sev-snp/virtee_report_milan.bin'));
    const collateral = await fetchAmdCollateral(report, 'Milan', { amdBaseUrl: base, crl: false });
    const verified = verifySnpReport(report, undefined, { now: new Date('2026-01-01'), collateral });
    assert.equal(Buffer.from(verified.report.measurement).toString('hex').slice(0, 8), '7a1e5c26');
  });

  it('fetches the ASVK/ARK chain and CRL for a VLEK-signed report, not a VCEK', async () => {
    const report = new Uint8Array(file('sev-snp/virtee_report_milan.bin'));
    new DataView(report.buffer, report.byteOffset).setUint32(0x48, 1 << 2, true); // key_info: signed by a VLEK
    requests.length = 0;
    const collateral = await fetchAmdCollateral(report, 'Milan', { amdBaseUrl: base, crl: false });
    assert.deepEqual(requests, ['/vlek/v1/Milan/cert_chain']);
    assert.equal(collateral.certificates?.length, 2);
    await assert.rejects(fetchAmdCollateral(report, 'Milan', { amdBaseUrl: base }), (error) => isAirtntError(error, 'COLLATERAL_FETCH_FAILED') && /vlek\/v1\/Milan\/crl/.test(error.message));
  });

  it('reports HTTP failures and unreachable services as COLLATERAL_FETCH_FAILED', async () => {
    const report = new Uint8Array(file('sev-snp/virtee_report_milan.bin'));
    await assert.rejects(fetchAmdCollateral(report, 'Milan', { amdBaseUrl: base }), (error) => isAirtntError(error, 'COLLATERAL_FETCH_FAILED'));
    await assert.rejects(
      fetchIntelCollateral(sgxQuote, { intelBaseUrl: 'http://127.0.0.1:1', timeoutMs: 2000 }),
      (error) => isAirtntError(error, 'COLLATERAL_FETCH_FAILED'),
    );
  });
});
