/** The requester's check that an executor of the registry serves the enclave its join committed. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Address } from 'viem';
import { enclaveReportData } from '../attestation/binding.js';
import type { ExecutorInfo } from '../node/info.js';
import { produceSimulatedEvidence } from '../tee/simulated.js';
import { fromHex, toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { checkCommittedIdentity } from './committed-identity.js';
import { evidenceHashOf } from './verdict-producer.js';

const bytes = (n: number) => new Uint8Array(randomBytes(n));
const refused = (field: string) => (error: unknown) => isAirtntError(error, 'REGISTRY_KEYS_MISMATCH') && (error.details as { field: string }).field === field;

describe('committed identity check', () => {
  it('accepts the committed enclave and refuses any served value that differs', () => {
    const signingPublicKey = bytes(32);
    const hpkePublicKey = bytes(32);
    const runtimeMeasurement = bytes(32);
    const recordAddress = toHex(bytes(20)) as Address;
    const evidence = produceSimulatedEvidence(enclaveReportData(signingPublicKey, hpkePublicKey, runtimeMeasurement, fromHex(recordAddress)), runtimeMeasurement);
    const enclave: ExecutorInfo['enclave'] = { signingPublicKey, hpkePublicKey, runtimeMeasurement, evidence, recordAddress };
    const node = {
      address: '0x1111111111111111111111111111111111111111' as Address,
      enclaveKey: recordAddress,
      sealingKey: toHex(hpkePublicKey),
      signingKey: toHex(signingPublicKey),
      runtimeMeasurement: toHex(runtimeMeasurement),
      evidenceHash: evidenceHashOf(evidence),
    };
    checkCommittedIdentity(node, enclave);
    const flipped = signingPublicKey.map((b, i) => (i === 0 ? b ^ 1 : b));
    assert.throws(() => checkCommittedIdentity(node, { ...enclave, signingPublicKey: flipped }), refused('signingKey'));
    assert.throws(() => checkCommittedIdentity(node, { ...enclave, hpkePublicKey: bytes(32) }), refused('sealingKey'));
    assert.throws(() => checkCommittedIdentity(node, { ...enclave, runtimeMeasurement: bytes(32) }), refused('runtimeMeasurement'));
    assert.throws(() => checkCommittedIdentity(node, { ...enclave, evidence: produceSimulatedEvidence(bytes(64), runtimeMeasurement) }), refused('evidenceHash'));
    assert.throws(() => checkCommittedIdentity(node, { ...enclave, recordAddress: toHex(bytes(20)) as Address }), refused('enclaveKey'));
    const { recordAddress: _omitted, ...v2 } = enclave;
    assert.throws(() => checkCommittedIdentity(node, v2), refused('enclaveKey'));
  });
});
