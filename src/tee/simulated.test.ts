import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { checkEnclaveBinding, enclaveReportData } from '../attestation/binding.js';
import { enclaveRuntimeMeasurement } from '../enclave/runtime.js';
import { isAirtntError } from '../util/errors.js';
import { createTeeProvider } from './index.js';
import { createSimulatedProvider, INSECURE_DEVELOPMENT_AUTHORITY_SECRET_KEY, SIMULATED_EVIDENCE_VALIDITY_SECONDS, verifySimulatedEvidence } from './simulated.js';

const keys = { signing: new Uint8Array(32).fill(2), hpke: new Uint8Array(32).fill(3) };

describe('simulated TEE (INSECURE)', () => {
  it('produces evidence that verifies, says insecure, and carries the report data and runtime measurement', async () => {
    const provider = createSimulatedProvider();
    assert.equal(provider.insecure, true);
    assert.deepEqual(provider.runtimeMeasurement(), enclaveRuntimeMeasurement());
    const reportData = enclaveReportData(keys.signing, keys.hpke, provider.runtimeMeasurement());
    const evidence = await provider.produceEvidence(reportData);
    const verified = verifySimulatedEvidence(evidence);
    assert.equal(verified.insecure, true);
    assert.equal(verified.kind, 'simulated');
    assert.match(verified.advisories.join(' '), /INSECURE/);
    assert.equal(verified.measurement, Buffer.from(provider.runtimeMeasurement()).toString('hex'));
    checkEnclaveBinding(verified.reportData, keys.signing, keys.hpke, provider.runtimeMeasurement());
  });

  it('refuses evidence with any byte changed', async () => {
    const provider = createSimulatedProvider();
    const evidence = await provider.produceEvidence(new Uint8Array(64).fill(7));
    for (let i = 0; i < evidence.quote.length; i += 7) {
      const quote = evidence.quote.slice();
      quote[i] = quote[i]! ^ 0x10;
      assert.throws(() => verifySimulatedEvidence({ ...evidence, quote }), (e) => isAirtntError(e, 'SIMULATED_EVIDENCE_INVALID'), `byte ${i}`);
    }
    assert.throws(() => verifySimulatedEvidence({ ...evidence, kind: 'tdx' }), (e) => isAirtntError(e, 'SIMULATED_EVIDENCE_INVALID'));
  });

  it('refuses evidence outside its validity window', async () => {
    const issued = new Date('2030-01-01T00:00:00Z');
    const evidence = await createSimulatedProvider({ now: () => issued }).produceEvidence(new Uint8Array(64));
    verifySimulatedEvidence(evidence, { now: new Date(issued.getTime() + 1000) });
    const late = new Date(issued.getTime() + (SIMULATED_EVIDENCE_VALIDITY_SECONDS + 1) * 1000);
    assert.throws(() => verifySimulatedEvidence(evidence, { now: late }), (e) => isAirtntError(e, 'SIMULATED_EVIDENCE_EXPIRED'));
    assert.throws(() => verifySimulatedEvidence(evidence, { now: new Date('2029-12-31T00:00:00Z') }), (e) => isAirtntError(e, 'SIMULATED_EVIDENCE_EXPIRED'));
  });

  it('refuses evidence, signed by the (public) development authority, whose timestamps no date can hold', async () => {
    const evidence = await createSimulatedProvider().produceEvidence(new Uint8Array(64));
    const quote = evidence.quote.slice();
    new DataView(quote.buffer).setBigUint64(136, 2n ** 53n);
    quote.set(ed25519.sign(quote.subarray(0, 144), INSECURE_DEVELOPMENT_AUTHORITY_SECRET_KEY), 144);
    assert.throws(() => verifySimulatedEvidence({ ...evidence, quote }), (e) => isAirtntError(e, 'SIMULATED_EVIDENCE_INVALID'));
  });

  it('createTeeProvider gives the simulated provider by name', async () => {
    const provider = await createTeeProvider('simulated');
    assert.equal(provider.kind, 'simulated');
    await assert.rejects(createTeeProvider('nitro' as never), (e) => isAirtntError(e, 'TEE_UNKNOWN_KIND'));
  });
});
