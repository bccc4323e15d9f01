/**
 * Nitro documents with user_data or nonce of 513..1024 bytes (the NSM allows 1024; real NSM output
 * carries 746-byte user data) are parsed, not refused as malformed (issue 9, case 16).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decoder, Encoder } from 'cbor-x';
import { isAirtntError } from '../util/errors.js';
import { parseNitroDocument, verifyNitroEvidence } from './nitro.js';
import { loadSampleCases } from './samples.js';

const codec = { mapsAsObjects: false, useRecords: false } as ConstructorParameters<typeof Decoder>[0];
const decoder = new Decoder(codec);
const encoder = new Encoder(codec);
const sample = loadSampleCases().find((entry) => entry.file === 'nitro/veracruz_aws_nitro_document.cbor')!;

/** The real document with its payload's fields replaced (the signature no longer fits). */
function withFields(fields: Record<string, Uint8Array>): Uint8Array {
  const [protectedHeader, unprotected, payload, signature] = decoder.decode(sample.evidence.quote) as [Uint8Array, unknown, Uint8Array, Uint8Array];
  const document = decoder.decode(payload) as Map<string, unknown>;
  for (const [name, value] of Object.entries(fields)) document.set(name, value);
  return new Uint8Array(encoder.encode([protectedHeader, unprotected, new Uint8Array(encoder.encode(document)), signature]));
}

describe('Nitro user_data and nonce sizes', () => {
  it('parses a document with 746-byte user_data and a 1024-byte nonce; only its signature then fails', () => {
    const userData = new Uint8Array(746).fill(0xab);
    const bytes = withFields({ user_data: userData, nonce: new Uint8Array(1024).fill(1) });
    const parsed = parseNitroDocument(bytes);
    assert.deepEqual(parsed.document.userData, userData);
    assert.equal(parsed.document.nonce?.length, 1024);
    assert.throws(() => verifyNitroEvidence(bytes, { now: sample.at }), (error) => isAirtntError(error, 'NITRO_SIGNATURE_INVALID'));
  });

  it('still refuses user_data or nonce beyond 1024 bytes', () => {
    for (const field of ['user_data', 'nonce', 'public_key']) {
      assert.throws(() => parseNitroDocument(withFields({ [field]: new Uint8Array(1025) })), (error) => isAirtntError(error, 'NITRO_DOCUMENT_MALFORMED'), field);
    }
  });
});
