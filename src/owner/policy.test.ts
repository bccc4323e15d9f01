import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8 } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { attestationPolicyOf, canonicalJson, parseOwnerPolicy, parseOwnerPolicyText, policyHash } from './policy.js';

const F1 = 'aa'.repeat(32);
const F2 = 'bb'.repeat(32);
const M = 'cc'.repeat(48);

const policy = {
  version: 1,
  role: 'data',
  release: 'dataKey',
  tee: { allowedKinds: ['tdx', 'sgx'], measurements: [`0x${M.toUpperCase()}`] },
  functions: [F2, F1, F2],
  results: { recipient: 'owner', publicKey: 'dd'.repeat(32) },
};

const invalidAt = (field: string) => (error: unknown) => isAirtntError(error, 'OWNER_POLICY_INVALID') && error.details.field === field;

describe('owner policy', () => {
  it('normalises (hex, sets, defaults) and hashes the canonical JSON', () => {
    const parsed = parseOwnerPolicy(policy);
    assert.deepEqual(parsed.functions, [F1, F2]);
    assert.deepEqual(parsed.tee.allowedKinds, ['sgx', 'tdx']);
    assert.deepEqual(parsed.tee.measurements, [M]);
    assert.equal(parsed.tee.allowSimulated, false);
    assert.equal(parsed.tee.allowDebug, false);
    assert.equal(parsed.tee.minTcbStatus, 'ConfigurationAndSWHardeningNeeded');
    const expected = sha256(concatBytes(utf8('airtnt/owner-policy/v1'), new Uint8Array([0]), utf8(canonicalJson(parsed))));
    assert.deepEqual(policyHash(parsed), expected);
    assert.match(canonicalJson(parsed), /^\{"functions":\["a{64}","b{64}"\],"release":"dataKey","results":\{"publicKey":"d{64}","recipient":"owner"\},"role":"data","tee":\{"allowDebug":false,/);
  });

  it('equal policies hash equally whatever the key order, list order, case and 0x; another value changes the hash', () => {
    const reordered = { results: policy.results, functions: [F1, F2], tee: { measurements: [M], allowedKinds: ['sgx', 'tdx'], allowSimulated: false }, release: 'dataKey', role: 'data', version: 1 };
    assert.deepEqual(policyHash(parseOwnerPolicy(reordered)), policyHash(parseOwnerPolicy(policy)));
    assert.notDeepEqual(policyHash(parseOwnerPolicy({ ...policy, functions: [F1] })), policyHash(parseOwnerPolicy(policy)));
    assert.notDeepEqual(policyHash(parseOwnerPolicy({ ...policy, tee: { ...policy.tee, allowSimulated: true } })), policyHash(parseOwnerPolicy(policy)));
  });

  it('refuses, naming the field: unknown fields, no measurement, no function, role and release apart, owner without key', () => {
    assert.throws(() => parseOwnerPolicy({ ...policy, extra: 1 }), invalidAt(''));
    assert.throws(() => parseOwnerPolicy({ ...policy, tee: { allowedKinds: ['sgx'], measurements: [] } }), invalidAt('tee.measurements'));
    assert.throws(() => parseOwnerPolicy({ ...policy, functions: [] }), invalidAt('functions'));
    assert.throws(() => parseOwnerPolicy({ ...policy, functions: ['ab'] }), invalidAt('functions.0'));
    assert.throws(() => parseOwnerPolicy({ ...policy, role: 'code' }), invalidAt('release'));
    assert.throws(() => parseOwnerPolicy({ ...policy, results: { recipient: 'owner' } }), invalidAt('results.publicKey'));
    assert.throws(() => parseOwnerPolicy({ ...policy, tee: { ...policy.tee, minTcbStatus: 'Revoked' } }), invalidAt('tee.minTcbStatus'));
    assert.throws(() => parseOwnerPolicyText('{'), (error: unknown) => isAirtntError(error, 'OWNER_POLICY_INVALID'));
  });

  it('maps to the project\'s attestation policy', () => {
    const tee = attestationPolicyOf(parseOwnerPolicy({ ...policy, tee: { ...policy.tee, registers: { rtmr0: '00'.repeat(48) }, allowDebug: true } }));
    assert.deepEqual(tee, { allowedKinds: ['sgx', 'tdx'], measurements: [M], registers: { rtmr0: '00'.repeat(48) }, minTcbStatus: 'ConfigurationAndSWHardeningNeeded', allowDebug: true, allowSimulated: false });
  });
});
