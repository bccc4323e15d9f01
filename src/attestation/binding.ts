/**
 * What an enclave puts in its evidence's 64 bytes of report data, so that a verifier knows the
 * evidence speaks for this enclave's keys (docs/protocol.md, "evidence binding"):
 *
 *   v2: reportData = sha256("airtnt/enclave-binding/v2" || signingPublicKey(32) || hpkePublicKey(32)
 *                           || runtimeMeasurement(32)) || 32 zero bytes
 *   v3: reportData = sha256("airtnt/enclave-binding/v3" || signingPublicKey(32) || hpkePublicKey(32)
 *                           || runtimeMeasurement(32) || recordAddress(20)) || 32 zero bytes
 *
 * signingPublicKey is the enclave's Ed25519 record-signing key (RFC 8032), hpkePublicKey its X25519
 * key, recordAddress the Ethereum address of its secp256k1 key that signs the registry's RoundRecord
 * claims (v3 only: an enclave serving a registry). (v1 bound a 33-byte compressed secp256k1 key; the
 * tags keep the layouts apart.)
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { assertLength, concatBytes, equalBytes, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

const BINDING_DOMAIN = utf8('airtnt/enclave-binding/v2');
const BINDING_DOMAIN_V3 = utf8('airtnt/enclave-binding/v3');

/**
 * The report data of an enclave's keys: v3 when it has a record address (20 bytes), v2 otherwise.
 */
export function enclaveReportData(
  signingPublicKey: Uint8Array,
  hpkePublicKey: Uint8Array,
  runtimeMeasurement: Uint8Array,
  recordAddress?: Uint8Array,
): Uint8Array {
  assertLength(signingPublicKey, 32, 'signingPublicKey');
  assertLength(hpkePublicKey, 32, 'hpkePublicKey');
  assertLength(runtimeMeasurement, 32, 'runtimeMeasurement');
  const preimage = recordAddress === undefined
    ? concatBytes(BINDING_DOMAIN, signingPublicKey, hpkePublicKey, runtimeMeasurement)
    : concatBytes(BINDING_DOMAIN_V3, signingPublicKey, hpkePublicKey, runtimeMeasurement, assertLength(recordAddress, 20, 'recordAddress'));
  return concatBytes(sha256(preimage), new Uint8Array(32));
}

/**
 * Throws BINDING_MISMATCH unless the verified report data commits to exactly these keys: with a
 * record address, to the v3 layout naming it; without, to v2.
 */
export function checkEnclaveBinding(
  reportData: Uint8Array,
  signingPublicKey: Uint8Array,
  hpkePublicKey: Uint8Array,
  runtimeMeasurement: Uint8Array,
  recordAddress?: Uint8Array,
): void {
  const expected = enclaveReportData(signingPublicKey, hpkePublicKey, runtimeMeasurement, recordAddress);
  if (reportData.length !== 64 || !equalBytes(reportData, expected)) {
    throw new AirtntError('BINDING_MISMATCH', 'the evidence does not commit to this enclave\'s keys', {
      details: { binding: recordAddress === undefined ? 'v2' : 'v3' },
      hint: 'the executor presented evidence of another enclave, or its keys were replaced: do not send it data or money',
    });
  }
}
