/**
 * The round record: what the enclave signs after each round (docs/protocol-enclave.md, "round record").
 * A fixed, versioned 352-byte layout, big-endian integers, no optional fields, so that the same bytes can
 * be checked off-chain and on-chain (`ecrecover(keccak256(record), v, r, s)`).
 *
 *   off  len  field
 *     0   16  domain tag, ASCII "airtnt/record/v1"
 *    16    2  version (= 1)
 *    18    2  flags (bit 0: produced by the simulated, INSECURE TEE; other bits must be 0)
 *    20   20  enclaveAddress (address of the enclave's secp256k1 signing key)
 *    40   32  runtimeMeasurement (sha256 of the enclave runtime, as in its evidence binding)
 *    72   32  functionMeasurement (sha256 of the WebAssembly module)
 *   104   32  sessionId
 *   136   32  channelId
 *   168    8  round
 *   176    8  cyclesAsked (c)
 *   184    8  cyclesDone (d <= c)
 *   192   32  inputStateCommitment  (HMAC under the session's commit key, src/crypto/layers.ts)
 *   224   32  outputStateCommitment (same, of the state after the round)
 *   256   32  stateCiphertextHash   keccak256(stateCiphertext)
 *   288   32  outputsCiphertextHash keccak256(outputsCiphertext)
 *   320   32  keyHash               keccak256(k)
 *   352       end
 *
 * The signature is 65 bytes r || s || v over keccak256(record), v in {27, 28}, s in the lower half of
 * the curve order (no malleable twin).
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { getAddress, type Address } from 'viem';
import { assertLength, concatBytes, equalBytes, fromHex, toHex, u64be, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

export const RECORD_DOMAIN_TAG = utf8('airtnt/record/v1');
export const RECORD_VERSION = 1;
export const RECORD_LENGTH = 352;
export const RECORD_SIGNATURE_LENGTH = 65;
/** flags bit 0: the record was signed by a simulated (INSECURE) enclave. */
export const RECORD_FLAG_INSECURE = 0x0001;
const KNOWN_FLAGS = RECORD_FLAG_INSECURE;
const U64_MAX = (1n << 64n) - 1n;
const HALF_ORDER = secp256k1.Point.CURVE().n >> 1n;

export type RoundRecord = {
  version: number;
  /** RECORD_FLAG_* bits. */
  flags: number;
  enclaveAddress: Address;
  runtimeMeasurement: Uint8Array;
  functionMeasurement: Uint8Array;
  sessionId: Uint8Array;
  channelId: Uint8Array;
  round: bigint;
  cyclesAsked: bigint;
  cyclesDone: bigint;
  inputStateCommitment: Uint8Array;
  outputStateCommitment: Uint8Array;
  stateCiphertextHash: Uint8Array;
  outputsCiphertextHash: Uint8Array;
  keyHash: Uint8Array;
};

const BYTES32_FIELDS = [
  'runtimeMeasurement',
  'functionMeasurement',
  'sessionId',
  'channelId',
  'inputStateCommitment',
  'outputStateCommitment',
  'stateCiphertextHash',
  'outputsCiphertextHash',
  'keyHash',
] as const;

function u64(value: bigint, name: string): Uint8Array {
  if (typeof value !== 'bigint' || value < 0n || value > U64_MAX) {
    throw new AirtntError('RECORD_MALFORMED', `record field "${name}" must be a uint64 bigint`, { details: { value: String(value) } });
  }
  return u64be(value);
}

function u16(value: number, name: string): Uint8Array {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff) {
    throw new AirtntError('RECORD_MALFORMED', `record field "${name}" must be a uint16`, { details: { value } });
  }
  return new Uint8Array([value >> 8, value & 0xff]);
}

export function encodeRecord(record: RoundRecord): Uint8Array {
  for (const field of BYTES32_FIELDS) assertLength(record[field], 32, field);
  const bytes = concatBytes(
    RECORD_DOMAIN_TAG,
    u16(record.version, 'version'),
    u16(record.flags, 'flags'),
    fromHex(record.enclaveAddress, 20, 'enclaveAddress'),
    record.runtimeMeasurement,
    record.functionMeasurement,
    record.sessionId,
    record.channelId,
    u64(record.round, 'round'),
    u64(record.cyclesAsked, 'cyclesAsked'),
    u64(record.cyclesDone, 'cyclesDone'),
    record.inputStateCommitment,
    record.outputStateCommitment,
    record.stateCiphertextHash,
    record.outputsCiphertextHash,
    record.keyHash,
  );
  decodeRecord(bytes); // the same strict checks as a reader applies (version, flags)
  return bytes;
}

export function decodeRecord(bytes: Uint8Array): RoundRecord {
  if (!(bytes instanceof Uint8Array) || bytes.length !== RECORD_LENGTH) {
    throw new AirtntError('RECORD_MALFORMED', `a round record is ${RECORD_LENGTH} bytes`, {
      details: { got: bytes instanceof Uint8Array ? bytes.length : typeof bytes },
    });
  }
  if (!equalBytes(bytes.subarray(0, 16), RECORD_DOMAIN_TAG)) {
    throw new AirtntError('RECORD_MALFORMED', 'not an airtnt round record (wrong domain tag)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(16);
  if (version !== RECORD_VERSION) {
    throw new AirtntError('RECORD_UNSUPPORTED_VERSION', `round record version ${version} is not supported`, {
      details: { version, supported: [RECORD_VERSION] },
    });
  }
  const flags = view.getUint16(18);
  if ((flags & ~KNOWN_FLAGS) !== 0) {
    throw new AirtntError('RECORD_MALFORMED', 'round record has unknown flags set', { details: { flags } });
  }
  const take = (offset: number) => bytes.slice(offset, offset + 32);
  return {
    version,
    flags,
    enclaveAddress: getAddress(toHex(bytes.subarray(20, 40))),
    runtimeMeasurement: take(40),
    functionMeasurement: take(72),
    sessionId: take(104),
    channelId: take(136),
    round: view.getBigUint64(168),
    cyclesAsked: view.getBigUint64(176),
    cyclesDone: view.getBigUint64(184),
    inputStateCommitment: take(192),
    outputStateCommitment: take(224),
    stateCiphertextHash: take(256),
    outputsCiphertextHash: take(288),
    keyHash: take(320),
  };
}

/** keccak256 of the record bytes: what the enclave signs and what `ecrecover` takes. */
export function recordDigest(bytes: Uint8Array): Uint8Array {
  return keccak_256(bytes);
}

/** The Ethereum address of a secp256k1 public key (compressed or not). */
export function addressOfPublicKey(publicKey: Uint8Array): Address {
  const uncompressed = secp256k1.Point.fromBytes(publicKey).toBytes(false);
  return getAddress(toHex(keccak_256(uncompressed.subarray(1)).subarray(12)));
}

/** Enclave side: signs keccak256(record) and returns r || s || v (v = 27 + recovery bit), low-s. */
export function signRecord(bytes: Uint8Array, secretKey: Uint8Array): Uint8Array {
  decodeRecord(bytes);
  const recovered = secp256k1.sign(recordDigest(bytes), secretKey, { prehash: false, lowS: true, format: 'recovered' });
  // noble's "recovered" format is recovery || r || s; Ethereum wants r || s || v.
  return concatBytes(recovered.subarray(1), new Uint8Array([27 + recovered[0]!]));
}

/** Recovers the signer's address; throws RECORD_BAD_SIGNATURE for a malformed or high-s signature. */
export function recoverRecordSigner(bytes: Uint8Array, signature: Uint8Array): Address {
  if (!(signature instanceof Uint8Array) || signature.length !== RECORD_SIGNATURE_LENGTH) {
    throw new AirtntError('RECORD_BAD_SIGNATURE', `a record signature is ${RECORD_SIGNATURE_LENGTH} bytes (r || s || v)`, {
      details: { got: signature instanceof Uint8Array ? signature.length : typeof signature },
    });
  }
  const v = signature[64]!;
  if (v !== 27 && v !== 28) {
    throw new AirtntError('RECORD_BAD_SIGNATURE', 'record signature v must be 27 or 28', { details: { v } });
  }
  const s = BigInt(toHex(signature.subarray(32, 64)));
  if (s === 0n || s > HALF_ORDER) {
    throw new AirtntError('RECORD_BAD_SIGNATURE', 'record signature s is not in the lower half of the order (malleable)');
  }
  try {
    const nobleSignature = concatBytes(new Uint8Array([v - 27]), signature.subarray(0, 64));
    const publicKey = secp256k1.recoverPublicKey(nobleSignature, recordDigest(bytes), { prehash: false });
    return addressOfPublicKey(publicKey);
  } catch (cause) {
    throw new AirtntError('RECORD_BAD_SIGNATURE', 'no public key can be recovered from this record signature', { cause });
  }
}

export type ExpectedRound = {
  enclaveAddress: Address;
  functionMeasurement: Uint8Array;
  sessionId: Uint8Array;
  channelId: Uint8Array;
  round: bigint;
  inputStateCommitment: Uint8Array;
  cyclesAsked: bigint | number;
  stateCiphertext: Uint8Array;
  outputsCiphertext: Uint8Array;
};

function mismatch(code: string, field: string, expected: unknown, got: unknown, hint: string): AirtntError {
  return new AirtntError(code, `round record ${field} does not match`, { details: { expected, got }, hint });
}

/**
 * Requester side: the record is well-formed, signed by the expected enclave, and speaks of exactly the
 * session, channel, round, function, input state and ciphertexts the requester is dealing with.
 * Returns the decoded record.
 */
export function checkRoundRecord(bytes: Uint8Array, signature: Uint8Array, expected: ExpectedRound): RoundRecord {
  const record = decodeRecord(bytes);
  const signer = recoverRecordSigner(bytes, signature);
  const replay = 'a record of another session or round was replayed, or the executor is confused: do not pay for it';
  if (signer.toLowerCase() !== expected.enclaveAddress.toLowerCase()) {
    throw mismatch('RECORD_BAD_SIGNATURE', 'signer', expected.enclaveAddress, signer, 'the record was not signed by the attested enclave');
  }
  if (record.enclaveAddress.toLowerCase() !== expected.enclaveAddress.toLowerCase()) {
    throw mismatch('RECORD_WRONG_ENCLAVE', 'enclaveAddress', expected.enclaveAddress, record.enclaveAddress, replay);
  }
  if (!equalBytes(record.functionMeasurement, expected.functionMeasurement)) {
    throw mismatch('RECORD_WRONG_FUNCTION', 'functionMeasurement', toHex(expected.functionMeasurement), toHex(record.functionMeasurement), 'the enclave ran another function');
  }
  if (!equalBytes(record.sessionId, expected.sessionId)) {
    throw mismatch('RECORD_WRONG_SESSION', 'sessionId', toHex(expected.sessionId), toHex(record.sessionId), replay);
  }
  if (!equalBytes(record.channelId, expected.channelId)) {
    throw mismatch('RECORD_WRONG_CHANNEL', 'channelId', toHex(expected.channelId), toHex(record.channelId), replay);
  }
  if (record.round !== expected.round) {
    throw mismatch('RECORD_WRONG_ROUND', 'round', expected.round.toString(), record.round.toString(), replay);
  }
  if (!equalBytes(record.inputStateCommitment, expected.inputStateCommitment)) {
    throw mismatch('RECORD_WRONG_INPUT_STATE', 'inputStateCommitment', toHex(expected.inputStateCommitment), toHex(record.inputStateCommitment), 'the enclave ran the round on another state than the last one you hold');
  }
  if (record.cyclesAsked !== BigInt(expected.cyclesAsked) || record.cyclesDone > record.cyclesAsked) {
    throw mismatch('RECORD_WRONG_CYCLES', 'cycles', { cyclesAsked: String(expected.cyclesAsked) }, { cyclesAsked: String(record.cyclesAsked), cyclesDone: String(record.cyclesDone) }, 'the record claims other cycles than asked, or more done than asked');
  }
  if (!equalBytes(record.stateCiphertextHash, keccak_256(expected.stateCiphertext))) {
    throw mismatch('RECORD_CIPHERTEXT_MISMATCH', 'stateCiphertextHash', toHex(keccak_256(expected.stateCiphertext)), toHex(record.stateCiphertextHash), 'the state ciphertext was altered in transit');
  }
  if (!equalBytes(record.outputsCiphertextHash, keccak_256(expected.outputsCiphertext))) {
    throw mismatch('RECORD_CIPHERTEXT_MISMATCH', 'outputsCiphertextHash', toHex(keccak_256(expected.outputsCiphertext)), toHex(record.outputsCiphertextHash), 'the outputs ciphertext was altered in transit');
  }
  return record;
}
