/**
 * What an enclave puts in its evidence's 64 bytes of report data, so that a verifier knows the
 * evidence speaks for this enclave's keys (docs/protocol.md, "evidence binding"):
 *
 *   reportData = sha256("airtnt/enclave-binding/v2" || signingPublicKey(32) || hpkePublicKey(32)
 *                       || runtimeMeasurement(32)) || 32 zero bytes
 *
 * signingPublicKey is the enclave's Ed25519 record-signing key (RFC 8032), hpkePublicKey its X25519
 * key. (v1 bound a 33-byte compressed secp256k1 key; the new tag keeps the two layouts apart.)
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { assertLength, concatBytes, equalBytes, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

const BINDING_DOMAIN = utf8('airtnt/enclave-binding/v2');

export function enclaveReportData(
  signingPublicKey: Uint8Array,
  hpkePublicKey: Uint8Array,
  runtimeMeasurement: Uint8Array,
): Uint8Array {
  assertLength(signingPublicKey, 32, 'signingPublicKey');
  assertLength(hpkePublicKey, 32, 'hpkePublicKey');
  assertLength(runtimeMeasurement, 32, 'runtimeMeasurement');
  const digest = sha256(concatBytes(BINDING_DOMAIN, signingPublicKey, hpkePublicKey, runtimeMeasurement));
  return concatBytes(digest, new Uint8Array(32));
}

/** Throws BINDING_MISMATCH unless the verified report data commits to exactly these keys. */
export function checkEnclaveBinding(
  reportData: Uint8Array,
  signingPublicKey: Uint8Array,
  hpkePublicKey: Uint8Array,
  runtimeMeasurement: Uint8Array,
): void {
  const expected = enclaveReportData(signingPublicKey, hpkePublicKey, runtimeMeasurement);
  if (reportData.length !== 64 || !equalBytes(reportData, expected)) {
    throw new AirtntError('BINDING_MISMATCH', 'the evidence does not commit to this enclave\'s keys', {
      hint: 'the executor presented evidence of another enclave, or its keys were replaced: do not send it data or money',
    });
  }
}
