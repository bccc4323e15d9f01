/**
 * SEV-SNP platforms are judged (issue 9, case 8): a TCB verdict from the reported TCB against AMD's
 * minimum, in the same status list as Intel's; the CRL is required; guest policy bits are checked.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { verifyEvidence } from './index.js';
import { checkPolicy, type AttestationPolicy } from './policy.js';
import { sharedAttestationDir } from './samples.js';
import { verifySnpReport } from './sev-snp.js';
import { AMD_MINIMUM_TCB, parseSnpMinimumTcb, snpGuestPolicy, snpTcbVerdict } from './snp-tcb.js';
import type { VerifiedEvidence } from './types.js';
import { parseCertificate, pemToDerList } from './x509.js';

const dir = sharedAttestationDir();
const read = (path: string) => new Uint8Array(readFileSync(join(dir, path)));
const code = (expected: string) => (error: unknown) => isAirtntError(error, expected);
const virtee = { quote: read('sev-snp/virtee_report_milan.bin'), certificates: new Uint8Array(Buffer.concat([read('sev-snp/virtee_vcek_milan.der'), read('sev-snp/amd_ask_ark_milan.pem')])) };
const at = new Date('2025-07-20T00:00:00Z');

/** A verified SEV-SNP result as verifySnpEvidence returns it, for the policy checks. */
function snpEvidence(overrides: Partial<VerifiedEvidence> & { policyHex?: string; vmpl?: string } = {}): VerifiedEvidence {
  const { policyHex, vmpl, ...rest } = overrides;
  return {
    kind: 'sev-snp',
    insecure: false,
    measurement: 'aa'.repeat(48),
    measurements: { hostdata: 'bb'.repeat(32), vmpl: vmpl ?? '00000000', policy: policyHex ?? '0000000000030000' },
    reportData: new Uint8Array(64),
    tcbStatus: 'UpToDate',
    advisories: [],
    debug: false,
    validFrom: at.toISOString(),
    validUntil: at.toISOString(),
    ...rest,
  };
}
/** DER TLV (X.690), for a test CRL. */
function tlv(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(content);
  const length = body.length < 0x80 ? [body.length] : body.length < 0x100 ? [0x81, body.length] : [0x82, body.length >> 8, body.length & 0xff];
  return new Uint8Array(Buffer.concat([Uint8Array.of(tag, ...length), body]));
}

/** A CRL that names `issuer` but is signed by a fresh P-384 key (RFC 5280 section 5.1: v2, ecdsa-with-SHA384). */
function forgedCrl(issuer: Uint8Array, thisUpdate: string, nextUpdate: string): Uint8Array {
  const algorithm = tlv(0x30, Uint8Array.from([0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x03]));
  const tbs = tlv(0x30, tlv(0x02, Uint8Array.of(1)), algorithm, issuer, tlv(0x17, Buffer.from(thisUpdate)), tlv(0x17, Buffer.from(nextUpdate)));
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const signature = sign('sha384', tbs, privateKey);
  return tlv(0x30, tbs, algorithm, tlv(0x03, Uint8Array.of(0), signature));
}

const pinned: AttestationPolicy = { allowedKinds: ['sev-snp'], measurements: ['aa'.repeat(48)], registers: { hostdata: 'bb'.repeat(32), vmpl: '0' } };

describe('SEV-SNP TCB verdict', () => {
  it('a real Milan report is genuine but OutOfDate against AMD\'s minimum, naming each SPL below it', () => {
    const { report, product } = verifySnpReport(virtee.quote, virtee.certificates, { now: at });
    assert.equal(product, 'Milan');
    const verdict = snpTcbVerdict(report.reportedTcb, report.currentTcb, product);
    assert.equal(verdict.status, 'OutOfDate');
    assert.deepEqual(verdict.advisories, ['AMD Milan blSPL 3 < 4', 'AMD Milan snpSPL 8 < 24', 'AMD Milan ucodeSPL 115 < 219']);
    // At exactly the reported TCB the platform is up to date.
    assert.equal(snpTcbVerdict(report.reportedTcb, report.currentTcb, 'Milan', { Milan: { blSPL: 3, teeSPL: 0, snpSPL: 8, ucodeSPL: 115 } }).status, 'UpToDate');
  });

  it('refuses to judge a product without a minimum, and a reported TCB above the current one', () => {
    const tcb = Uint8Array.of(9, 0, 0, 0, 0, 0, 20, 80);
    assert.equal(AMD_MINIMUM_TCB.Genoa, undefined);
    assert.throws(() => snpTcbVerdict(tcb, tcb, 'Genoa'), (error) => isAirtntError(error, 'SNP_MINIMUM_TCB_UNKNOWN') && /snp\.minimumTcb for Genoa: blSPL, teeSPL, snpSPL, ucodeSPL/.test(String(error.hint)));
    const { product, values } = parseSnpMinimumTcb('Genoa:blSPL=9,teeSPL=0,snpSPL=20,ucodeSPL=80');
    assert.equal(snpTcbVerdict(tcb, tcb, product, { [product]: values }).status, 'UpToDate');
    assert.throws(() => parseSnpMinimumTcb('Genoa:blSPL=9'), code('INVALID_SNP_MINIMUM_TCB'));
    assert.throws(() => snpTcbVerdict(tcb, Uint8Array.of(9, 0, 0, 0, 0, 0, 19, 80), 'Genoa', { Genoa: values }), code('SNP_TCB_INCONSISTENT'));
  });

  it('requires the ARK\'s CRL: a genuine report without it is not judged, nor with a CRL the ARK did not sign', async () => {
    await assert.rejects(verifyEvidence({ kind: 'sev-snp', ...virtee }, { now: at }), (error) => isAirtntError(error, 'COLLATERAL_MISSING') && /CRL/.test(error.message));
    const ark = parseCertificate(pemToDerList(readFileSync(join(dir, 'sev-snp/amd_ask_ark_milan.pem'), 'utf8'))[1]!);
    const forged = forgedCrl(ark.subjectRaw, '250701000000Z', '250801000000Z');
    await assert.rejects(verifyEvidence({ kind: 'sev-snp', ...virtee }, { now: at, collateral: { crls: [forged] } }), code('CRL_SIGNATURE_INVALID'));
  });

  it('an OutOfDate SEV-SNP platform is refused by the default --min-tcb-status, like an Intel one', () => {
    const outOfDate = snpEvidence({ tcbStatus: 'OutOfDate', advisories: ['AMD Milan snpSPL 8 < 24'] });
    assert.throws(() => checkPolicy(outOfDate, pinned), code('POLICY_TCB_TOO_LOW'));
    checkPolicy(outOfDate, { ...pinned, minTcbStatus: 'OutOfDate' });
    checkPolicy(snpEvidence(), pinned);
  });
});

describe('SEV-SNP guest policy', () => {
  it('decodes the real reports\' policies', () => {
    assert.deepEqual(snpGuestPolicy(0x30000n), { smtAllowed: true, migrationAgentAllowed: false, debugAllowed: false, singleSocket: false });
    assert.equal(snpGuestPolicy(0xb0000n).debugAllowed, true);
  });

  it('refuses a migration agent unless allowed, and SMT when the policy requires it off', () => {
    const withAgent = snpEvidence({ policyHex: '0000000000070000' });
    assert.throws(() => checkPolicy(withAgent, pinned), code('POLICY_SNP_GUEST_POLICY'));
    checkPolicy(withAgent, { ...pinned, snp: { allowMigrationAgent: true } });
    assert.throws(() => checkPolicy(snpEvidence(), { ...pinned, snp: { requireSmtDisabled: true } }), code('POLICY_SNP_GUEST_POLICY'));
    checkPolicy(snpEvidence({ policyHex: '0000000000020000' }), { ...pinned, snp: { requireSmtDisabled: true } });
  });

  it('checks a pinned VMPL by value', () => {
    assert.throws(() => checkPolicy(snpEvidence({ vmpl: '00000002' }), pinned), code('POLICY_REGISTER_MISMATCH'));
    checkPolicy(snpEvidence({ vmpl: '00000002' }), { ...pinned, registers: { ...pinned.registers, vmpl: '02' } });
  });
});
