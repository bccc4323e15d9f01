/** `airtnt attest verify|fuzz`, run in-process on the shared samples, output captured. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import { sharedAttestationDir } from '../../attestation/samples.js';
import { registerAttest } from './attest.js';

const S = sharedAttestationDir();

async function run(...args: string[]): Promise<{ lines: string[]; exitCode: number }> {
  const program = new Command('airtnt').exitOverride();
  registerAttest(program);
  const lines: string[] = [];
  const original = console.log;
  const previousExit = process.exitCode;
  process.exitCode = 0;
  console.log = (...parts: unknown[]) => void lines.push(parts.join(' '));
  try {
    await program.parseAsync(['node', 'airtnt', 'attest', ...args]);
  } finally {
    console.log = original;
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = previousExit;
  return { lines, exitCode };
}

const json = async (...args: string[]) => {
  const { lines, exitCode } = await run(...args, '--json');
  assert.equal(lines.length, 1);
  return { output: JSON.parse(lines[0]!) as Record<string, unknown>, exitCode };
};

describe('airtnt attest verify', () => {
  it('SGX with a QuoteCollateralV3 file: kind detected, status and advisories', async () => {
    const { output, exitCode } = await json('verify', join(S, 'sgx/phala/sgx_quote'), '--collateral', join(S, 'sgx/phala/sgx_quote_collateral.json'), '--at', '2025-07-01T00:00:00Z');
    assert.equal(exitCode, 0);
    assert.equal(output.ok, true);
    assert.equal(output.kind, 'sgx');
    assert.equal(output.tcbStatus, 'ConfigurationAndSWHardeningNeeded');
    assert.deepEqual(output.advisories, ['INTEL-SA-00289', 'INTEL-SA-00615']);
    assert.equal(output.measurement, '33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb');
    assert.match(output.reportData as string, /^48656c6c6f2c20776f726c6421/);
  });

  it('TDX with a collateral folder plus the root CRL file', async () => {
    const { output } = await json(
      'verify', join(S, 'tdx/automata_quotev4_fmspc00806f05.bin'),
      '--collateral', join(S, 'tdx/collateral_00806f050000'),
      '--collateral', join(S, 'certs/intel_root_ca_crl_2025-03-20.der'),
      '--at', '2025-07-20T00:00:00Z',
    );
    assert.equal(output.tcbStatus, 'OutOfDate');
    assert.deepEqual(output.advisories, ['INTEL-SA-00960', 'INTEL-SA-00982', 'INTEL-SA-00986']);
  });

  it('SEV-SNP with the VCEK and ASK/ARK files; Nitro from base64 text without collateral', async () => {
    const snp = await json('verify', join(S, 'sev-snp/virtee_report_milan.bin'), '--collateral', join(S, 'sev-snp/virtee_vcek_milan.der'), '--collateral', join(S, 'sev-snp/amd_ask_ark_milan.pem'), '--at', '2025-07-20T00:00:00Z');
    // Genuine, but an SEV-SNP platform is judged only with AMD's CRL, which these files lack.
    assert.equal(snp.exitCode, 1);
    assert.equal((snp.output.error as { code: string }).code, 'COLLATERAL_MISSING');
    const nitro = await json('verify', join(S, 'nitro/evervault_valid-attestation-doc-base64.txt'), '--at', '2023-09-18T16:00:00Z');
    assert.equal(nitro.output.ok, true);
    assert.equal(nitro.output.kind, 'nitro');
    assert.equal(nitro.output.debug, true);
  });

  it('rejections: non-zero exit and the error code', async () => {
    const testRoot = await json('verify', join(S, 'sgx/intel_sampledata_quotev3_TESTROOT.dat'), '--at', '2024-01-01T00:00:00Z');
    assert.equal(testRoot.exitCode, 1);
    assert.equal(testRoot.output.ok, false);
    assert.equal((testRoot.output.error as { code: string }).code, 'CERT_CHAIN_UNTRUSTED');
    const expired = await json('verify', join(S, 'nitro/veracruz_aws_nitro_document.cbor'));
    assert.equal((expired.output.error as { code: string }).code, 'CERTIFICATE_EXPIRED');
    const noCollateral = await json('verify', join(S, 'tdx/phala/tdx_quote'), '--kind', 'tdx', '--at', '2025-07-01T00:00:00Z');
    assert.equal((noCollateral.output.error as { code: string }).code, 'COLLATERAL_MISSING');
    const badTime = await json('verify', join(S, 'tdx/phala/tdx_quote'), '--at', 'yesterday');
    assert.equal((badTime.output.error as { code: string }).code, 'INVALID_ARGUMENT');
  });

  it('prints a readable verdict without --json', async () => {
    const { lines, exitCode } = await run('verify', join(S, 'nitro/veracruz_aws_nitro_document.cbor'), '--at', '2022-11-10T00:00:00Z');
    assert.equal(exitCode, 0);
    assert.match(lines[0]!, /^VALID nitro evidence/);
    assert.match(lines.join('\n'), /measurement {2}22f9e1c9/);
  });
});

describe('airtnt attest fuzz', () => {
  it('runs a seeded campaign and reports per kind', async () => {
    const { output, exitCode } = await json('fuzz', '--iterations', '60', '--seed', '9', '--kind', 'nitro', '--kind', 'sev-snp');
    assert.equal(exitCode, 0);
    assert.deepEqual(Object.keys(output.byKind as object).sort(), ['nitro', 'sev-snp']);
    assert.deepEqual(output.failures, []);
  });
});
