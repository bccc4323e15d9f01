import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8 } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { checkEnclaveBinding, enclaveReportData } from './binding.js';

const signing = new Uint8Array(32).fill(1);
const hpke = new Uint8Array(32).fill(2);
const runtime = new Uint8Array(32).fill(3);

describe('enclave binding v2', () => {
  it('is sha256("airtnt/enclave-binding/v2" || Ed25519 key || X25519 key || runtime) || 32 zero bytes', () => {
    const expected = concatBytes(sha256(concatBytes(utf8('airtnt/enclave-binding/v2'), signing, hpke, runtime)), new Uint8Array(32));
    assert.deepEqual(enclaveReportData(signing, hpke, runtime), expected);
    checkEnclaveBinding(expected, signing, hpke, runtime);
  });

  it('refuses another key, runtime or a v1 (33-byte secp256k1) signing key', () => {
    const reportData = enclaveReportData(signing, hpke, runtime);
    const mismatch = (error: unknown) => isAirtntError(error, 'BINDING_MISMATCH');
    assert.throws(() => checkEnclaveBinding(reportData, new Uint8Array(32).fill(9), hpke, runtime), mismatch);
    assert.throws(() => checkEnclaveBinding(reportData, signing, new Uint8Array(32).fill(9), runtime), mismatch);
    assert.throws(() => checkEnclaveBinding(reportData, signing, hpke, new Uint8Array(32).fill(9)), mismatch);
    assert.throws(() => enclaveReportData(new Uint8Array(33).fill(2), hpke, runtime));
    const v1 = concatBytes(sha256(concatBytes(utf8('airtnt/enclave-binding/v1'), signing, hpke, runtime)), new Uint8Array(32));
    assert.throws(() => checkEnclaveBinding(v1, signing, hpke, runtime), mismatch);
  });
});

describe('enclave binding v3 (v2 + the secp256k1 record address)', () => {
  const address = new Uint8Array(20).fill(4);

  it('is sha256("airtnt/enclave-binding/v3" || Ed25519 key || X25519 key || runtime || address(20)) || 32 zero bytes', () => {
    const expected = concatBytes(sha256(concatBytes(utf8('airtnt/enclave-binding/v3'), signing, hpke, runtime, address)), new Uint8Array(32));
    assert.deepEqual(enclaveReportData(signing, hpke, runtime, address), expected);
    checkEnclaveBinding(expected, signing, hpke, runtime, address);
  });

  it('refuses another address, a v3 report read as v2, and a v2 report read as v3', () => {
    const mismatch = (error: unknown) => isAirtntError(error, 'BINDING_MISMATCH');
    const v3 = enclaveReportData(signing, hpke, runtime, address);
    const v2 = enclaveReportData(signing, hpke, runtime);
    assert.throws(() => checkEnclaveBinding(v3, signing, hpke, runtime, new Uint8Array(20).fill(5)), mismatch);
    assert.throws(() => checkEnclaveBinding(v3, signing, hpke, runtime), mismatch);
    assert.throws(() => checkEnclaveBinding(v2, signing, hpke, runtime, address), mismatch);
    assert.throws(() => enclaveReportData(signing, hpke, runtime, new Uint8Array(21)));
  });
});
