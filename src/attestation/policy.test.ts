/** The requester's policy, the enclave-key binding, simulated evidence, and tampering of real samples. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { produceSimulatedEvidence } from '../tee/simulated.js';
import { isAirtntError } from '../util/errors.js';
import { enclaveReportData } from './binding.js';
import { detectEvidenceKind } from './detect.js';
import { checkPolicy, verifyAgainstPolicy, verifyEnclaveIdentity, verifyEvidence, type AttestationPolicy } from './index.js';
import { loadSampleCases, type SampleCase } from './samples.js';
import { DEFAULT_MIN_TCB_STATUS, TCB_STATUS_RANK } from './policy.js';
import { TCB_STATUSES, type TeeKind, type VerifiedEvidence } from './types.js';

const cases = loadSampleCases();
const byFile = (file: string) => cases.find((entry) => entry.file === file)!;
const verify = (entry: SampleCase) => verifyEvidence(entry.evidence, { now: entry.at, collateral: entry.collateral });
const code = (expected: string) => (error: unknown) => isAirtntError(error, expected);

const automataSgx = byFile('sgx/automata_quotev3_fmspc00606a.bin');
const phalaTdx = byFile('tdx/phala/tdx_quote');
const nitro = byFile('nitro/veracruz_aws_nitro_document.cbor');
const nitroDebug = byFile('nitro/evervault_beta_debug-mode-attestation-doc-bytes');

describe('checkPolicy', () => {
  it('accepts the kinds, measurements and minimum TCB status it names', async () => {
    const verified = await verify(automataSgx);
    checkPolicy(verified, { allowedKinds: ['sgx'], measurements: [`0x${verified.measurement.toUpperCase()}`], minTcbStatus: 'SWHardeningNeeded' });
    checkPolicy(verified, { allowedKinds: ['sgx', 'tdx'], minTcbStatus: 'OutOfDate', measurements: [verified.measurement] });
  });

  it('refuses hardware evidence whose measurement is not pinned, and says so', async () => {
    const verified = await verify(automataSgx);
    assert.throws(() => checkPolicy(verified, { allowedKinds: ['sgx'] }), (error) => isAirtntError(error, 'POLICY_MEASUREMENT_NOT_PINNED') && /pin the measurement/.test(error.message));
    assert.throws(() => checkPolicy(verified, { allowedKinds: ['sgx'], measurements: [] }), code('POLICY_MEASUREMENT_NOT_PINNED'));
    const tdx = await verify(phalaTdx);
    assert.throws(() => checkPolicy(tdx, { allowedKinds: ['tdx'], minTcbStatus: 'NotApplicable' }), code('POLICY_MEASUREMENT_NOT_PINNED'));
  });

  it('ranks by the one list of TCB statuses, best first, ending with Revoked', () => {
    assert.equal(TCB_STATUS_RANK, TCB_STATUSES, 'the same array, not a copy that could drift');
    assert.equal(TCB_STATUSES[0], 'UpToDate');
    assert.equal(TCB_STATUSES.at(-1), 'Revoked');
    assert.ok(TCB_STATUSES.indexOf(DEFAULT_MIN_TCB_STATUS as (typeof TCB_STATUSES)[number]) < TCB_STATUSES.indexOf('OutOfDate'));
  });

  it('refuses an OutOfDate platform by default, accepts it when the minimum is lowered explicitly', async () => {
    const outOfDate = await verify(byFile('tdx/automata_quotev4_fmspc00806f05.bin'));
    assert.equal(outOfDate.tcbStatus, 'OutOfDate');
    assert.equal(DEFAULT_MIN_TCB_STATUS, 'ConfigurationAndSWHardeningNeeded');
    const registers = { rtmr0: outOfDate.measurements.rtmr0!, rtmr1: outOfDate.measurements.rtmr1!, rtmr2: outOfDate.measurements.rtmr2! };
    const pinned = { allowedKinds: ['tdx'] as TeeKind[], measurements: [outOfDate.measurement], registers };
    assert.throws(() => checkPolicy(outOfDate, pinned), (error) => isAirtntError(error, 'POLICY_TCB_TOO_LOW') && /lower it explicitly \(policy minTcbStatus\)/.test(error.message));
    checkPolicy(outOfDate, { ...pinned, minTcbStatus: 'OutOfDate' });
  });

  it('checks the pinned TDX registers (RTMRs) beside MRTD', async () => {
    const tdx = await verify(phalaTdx);
    const base = { allowedKinds: ['tdx'] as TeeKind[], measurements: [tdx.measurement], minTcbStatus: 'NotApplicable' as const };
    const registers = { rtmr0: tdx.measurements.rtmr0!, rtmr1: tdx.measurements.rtmr1!, RTMR2: tdx.measurements.rtmr2!, RTMR3: `0x${tdx.measurements.rtmr3!}` };
    checkPolicy(tdx, { ...base, registers });
    assert.throws(() => checkPolicy(tdx, { ...base, registers: { ...registers, rtmr1: '00'.repeat(48) } }), code('POLICY_REGISTER_MISMATCH'));
    assert.throws(() => checkPolicy(tdx, { ...base, registers: { ...registers, hostdata: '00'.repeat(32) } }), code('POLICY_REGISTER_MISMATCH'));
  });

  it('refuses a pin that covers only the firmware, and names what to add (issue 9, case 9)', async () => {
    const tdx = await verify(phalaTdx);
    const base = { allowedKinds: ['tdx'] as TeeKind[], measurements: [tdx.measurement], minTcbStatus: 'NotApplicable' as const };
    assert.throws(
      () => checkPolicy(tdx, base),
      (error) => isAirtntError(error, 'POLICY_PIN_INCOMPLETE') && /also pin rtmr0, rtmr1, rtmr2 in the policy registers/.test(String(error.hint)) && !String(error.hint).includes('--'),
    );
    assert.throws(() => checkPolicy(tdx, { ...base, registers: { rtmr0: tdx.measurements.rtmr0! } }), (error) => isAirtntError(error, 'POLICY_PIN_INCOMPLETE') && /rtmr1, rtmr2/.test(error.message));
    const nitroDoc = await verify(nitro);
    const nitroBase = { allowedKinds: ['nitro'] as TeeKind[], measurements: [nitroDoc.measurement] };
    assert.throws(() => checkPolicy(nitroDoc, nitroBase), (error) => isAirtntError(error, 'POLICY_PIN_INCOMPLETE') && /pcr1, pcr2/.test(error.message));
    checkPolicy(nitroDoc, { ...nitroBase, registers: { pcr1: nitroDoc.measurements.pcr1!, pcr2: nitroDoc.measurements.pcr2! } });
    // PCR8 (the image's signing certificate) is the alternative for signed images.
    checkPolicy(nitroDoc, { ...nitroBase, registers: { pcr8: nitroDoc.measurements.pcr8! } });
    assert.throws(() => checkPolicy(nitroDoc, { ...nitroBase, registers: { pcr8: 'ff'.repeat(48) } }), code('POLICY_REGISTER_MISMATCH'));
    const snp: VerifiedEvidence = { ...nitroDoc, kind: 'sev-snp', measurements: { hostdata: '11'.repeat(32), vmpl: '00000000', policy: '0000000000030000' }, tcbStatus: 'UpToDate' };
    assert.throws(() => checkPolicy(snp, { allowedKinds: ['sev-snp'], measurements: [snp.measurement] }), (error) => isAirtntError(error, 'POLICY_PIN_INCOMPLETE') && /hostdata, vmpl/.test(error.message));
    checkPolicy(snp, { allowedKinds: ['sev-snp'], measurements: [snp.measurement], registers: { hostdata: '11'.repeat(32), vmpl: '0' } });
    // SGX: MRENCLAVE measures the whole enclave.
    const sgx = await verify(automataSgx);
    checkPolicy(sgx, { allowedKinds: ['sgx'], measurements: [sgx.measurement] });
  });

  it('refuses another kind, another measurement, a lower TCB status', async () => {
    const verified = await verify(automataSgx);
    assert.throws(() => checkPolicy(verified, { allowedKinds: ['tdx'] }), code('POLICY_KIND_NOT_ALLOWED'));
    assert.throws(() => checkPolicy(verified, { allowedKinds: ['sgx'], measurements: ['00'.repeat(32)] }), code('POLICY_MEASUREMENT_NOT_ALLOWED'));
    assert.throws(() => checkPolicy(verified, { allowedKinds: ['sgx'], minTcbStatus: 'UpToDate' }), code('POLICY_TCB_TOO_LOW'));
    const outOfDate = await verify(byFile('tdx/automata_quotev4_fmspc00806f05.bin'));
    assert.throws(() => checkPolicy(outOfDate, { allowedKinds: ['tdx'], minTcbStatus: 'ConfigurationAndSWHardeningNeeded' }), code('POLICY_TCB_TOO_LOW'));
    const revoked: VerifiedEvidence = { ...verified, tcbStatus: 'Revoked' };
    assert.throws(() => checkPolicy(revoked, { allowedKinds: ['sgx'] }), code('POLICY_TCB_TOO_LOW'));
  });

  it('refuses debug enclaves unless allowed; kinds without a TCB status pass a minimum', async () => {
    const debug = await verify(nitroDebug);
    assert.equal(debug.debug, true);
    assert.throws(() => checkPolicy(debug, { allowedKinds: ['nitro'] }), code('POLICY_DEBUG_NOT_ALLOWED'));
    checkPolicy(debug, { allowedKinds: ['nitro'], allowDebug: true, minTcbStatus: 'UpToDate', measurements: [debug.measurement], registers: { pcr1: debug.measurements.pcr1!, pcr2: debug.measurements.pcr2! } });
    // Accepting the simulated TEE does not accept a debug hardware enclave.
    assert.throws(() => checkPolicy(debug, { allowedKinds: ['nitro', 'simulated'], allowSimulated: true, measurements: [debug.measurement] }), code('POLICY_DEBUG_NOT_ALLOWED'));
  });
});

describe('simulated evidence', () => {
  const reportData = new Uint8Array(64).fill(9);
  const evidence = produceSimulatedEvidence(reportData, new Uint8Array(32).fill(1));

  it('is refused by verifyEvidence unless allowed, and by policies that do not allow it', async () => {
    assert.equal(detectEvidenceKind(evidence.quote), 'simulated');
    await assert.rejects(verifyEvidence(evidence), code('SIMULATED_NOT_ALLOWED'));
    const verified = await verifyEvidence(evidence, { allowSimulated: true });
    assert.equal(verified.insecure, true);
    assert.throws(() => checkPolicy(verified, { allowedKinds: ['simulated'] }), code('POLICY_SIMULATED_NOT_ALLOWED'));
    await assert.rejects(verifyAgainstPolicy(evidence, { allowedKinds: ['simulated'] }), code('SIMULATED_NOT_ALLOWED'));
    await assert.rejects(verifyAgainstPolicy(evidence, { allowedKinds: ['sgx'], allowSimulated: true }), code('POLICY_KIND_NOT_ALLOWED'));
    const accepted = await verifyAgainstPolicy(evidence, { allowedKinds: ['simulated'], allowSimulated: true });
    assert.deepEqual(accepted.reportData, reportData);
  });

  it('verifyEnclaveIdentity checks that the report data commits to the enclave keys', async () => {
    const signingPublicKey = new Uint8Array(32).fill(2);
    const hpkePublicKey = new Uint8Array(32).fill(3);
    const runtimeMeasurement = new Uint8Array(32).fill(4);
    const bound = produceSimulatedEvidence(enclaveReportData(signingPublicKey, hpkePublicKey, runtimeMeasurement), runtimeMeasurement);
    const identity = { tee: 'simulated' as const, insecure: true, signingPublicKey, hpkePublicKey, runtimeMeasurement, evidence: bound };
    const policy: AttestationPolicy = { allowedKinds: ['simulated'], allowSimulated: true };
    await verifyEnclaveIdentity(identity, policy);
    await assert.rejects(verifyEnclaveIdentity({ ...identity, hpkePublicKey: new Uint8Array(32).fill(5) }, policy), code('BINDING_MISMATCH'));
    await assert.rejects(verifyEnclaveIdentity({ ...identity, tee: 'sgx' }, policy), code('BINDING_MISMATCH'));
  });
});

describe('tampering with real evidence', () => {
  const flip = (bytes: Uint8Array, offset: number) => {
    const out = Uint8Array.from(bytes);
    out[offset]! ^= 0x01;
    return out;
  };

  it('a changed report-data byte breaks each kind\'s signature', async () => {
    const sgxOffset = 48 + 320; // header + report data offset in the SGX report body
    await assert.rejects(verifyEvidence({ ...automataSgx.evidence, quote: flip(automataSgx.evidence.quote, sgxOffset) }, { now: automataSgx.at, collateral: automataSgx.collateral }), code('QUOTE_SIGNATURE_INVALID'));
    await assert.rejects(verifyEvidence({ ...phalaTdx.evidence, quote: flip(phalaTdx.evidence.quote, 48 + 520) }, { now: phalaTdx.at, collateral: phalaTdx.collateral }), code('QUOTE_SIGNATURE_INVALID'));
    const snp = byFile('sev-snp/virtee_report_milan.bin');
    await assert.rejects(verifyEvidence({ ...snp.evidence, quote: flip(snp.evidence.quote, 0x50) }, { now: snp.at }), code('SNP_SIGNATURE_INVALID'));
    const nitroBytes = nitro.evidence.quote;
    const userData = Buffer.from(nitroBytes).indexOf(Buffer.from('7c37108079b3e8a3', 'hex'));
    await assert.rejects(verifyEvidence({ ...nitro.evidence, quote: flip(nitroBytes, userData) }, { now: nitro.at }), code('NITRO_SIGNATURE_INVALID'));
  });

  it('Intel quotes need collateral, and the collateral of another platform does not fit', async () => {
    await assert.rejects(verifyEvidence(automataSgx.evidence, { now: automataSgx.at }), code('COLLATERAL_MISSING'));
    await assert.rejects(verifyEvidence(automataSgx.evidence, { now: automataSgx.at, collateral: byFile('sgx/phala/sgx_quote').collateral }), (error) => isAirtntError(error) && /COLLATERAL|CRL/.test(error.code));
    await assert.rejects(verifyEvidence({ kind: 'tdx', quote: automataSgx.evidence.quote }, { now: automataSgx.at, collateral: automataSgx.collateral }), code('EVIDENCE_KIND_MISMATCH'));
  });

  it('a TCB info whose text was altered is refused by its signature', async () => {
    const collateral = { ...automataSgx.collateral, tcbInfos: automataSgx.collateral!.tcbInfos!.map((doc) => ({ ...doc, body: doc.body.replace('"SWHardeningNeeded"', '"UpToDate"') })) };
    await assert.rejects(verifyEvidence(automataSgx.evidence, { now: automataSgx.at, collateral }), code('COLLATERAL_SIGNATURE_INVALID'));
  });

  it('refuses malformed envelopes with EVIDENCE_INVALID', async () => {
    await assert.rejects(verifyEvidence({ kind: 'nope', quote: new Uint8Array() } as never), code('EVIDENCE_INVALID'));
    await assert.rejects(verifyEvidence({ kind: 'sgx', quote: 'abc' } as never), code('EVIDENCE_INVALID'));
    await assert.rejects(verifyEvidence({ kind: 'sgx', quote: new Uint8Array(300 * 1024) }), code('EVIDENCE_INVALID'));
  });
});
