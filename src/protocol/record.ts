/**
 * The round record: what the enclave signs after each round (docs/protocol.md part 2, "round record").
 * A fixed, versioned 340-byte layout, big-endian integers, no optional fields.
 *
 *   off  len  field
 *     0   16  domain tag, ASCII "airtnt/record/v4"
 *    16    2  version (= 4)
 *    18    2  flags (bit 0: produced by the simulated, INSECURE TEE; other bits must be 0)
 *    20   32  enclavePublicKey (the enclave's Ed25519 record-signing key, bound to its evidence)
 *    52   32  runtimeMeasurement (sha256 of the enclave runtime, as in its evidence binding)
 *    84   32  functionMeasurement (sha256 of the WebAssembly module)
 *   116   32  sessionId
 *   148   32  channelId
 *   180    8  round
 *   188    8  cyclesAsked (c)
 *   196    8  cyclesDone (d <= c)
 *   204    8  workUnits (w: metered work of the round, src/functions/metering.ts; priced, see pricing.ts)
 *   212   32  inputStateCommitment  (HMAC under the session's commit key, src/crypto/round-encryption.ts)
 *   244   32  stateCiphertextHash   keccak256(stateCiphertext)
 *   276   32  outputsCiphertextHash keccak256(outputsCiphertext)
 *   308   32  keyHash               keccak256(k)
 *   340       end
 *
 * The signature is 64 bytes of pure Ed25519 (RFC 8032, section 5.1) over the record bytes, made by a
 * RecordSigner and checked by the Ed25519 verifier of the CryptoPrimitives passed in (noble by
 * default, node:crypto from the Node edge: src/crypto/primitives.ts); both refuse S >= L, so a
 * signature has no malleable twin. Version 2
 * (332 bytes, the same without workUnits) is no longer produced or read: its rounds were priced by
 * cycles alone (docs/protocol.md part 2). Version 1
 * (352 bytes, secp256k1 over keccak256, with an output state commitment) is no longer produced or read:
 * no contract checks records, and the output commitment was redundant (docs/protocol.md part 2).
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { NOBLE_PRIMITIVES, type CryptoPrimitives, type RecordSigner } from '../crypto/primitives.js';
import { assertLength, concatBytes, equalBytes, toHex, u64be, utf8 } from '../util/bytes.js';
import { AirtntError, type AirtntErrorCode } from '../util/errors.js';

/**
 * Version 4 (protocol airtnt/4) has version 3's layout; what changed is what its ciphertext hashes cover:
 * payloads under one AEAD keyed by k and the session (src/crypto/round-encryption.ts). A requester rebuilds
 * the record it checks, with this version, so an enclave of an earlier protocol (whose ciphertexts this
 * requester could not open) is refused before its round is paid, whatever its host claims to run.
 */
export const RECORD_DOMAIN_TAG = utf8('airtnt/record/v4');
export const RECORD_VERSION = 4;
export const RECORD_LENGTH = 340;
export const RECORD_SIGNATURE_LENGTH = 64;
export const RECORD_PUBLIC_KEY_LENGTH = 32;
/** flags bit 0: the record was signed by a simulated (INSECURE) enclave. */
export const RECORD_FLAG_INSECURE = 0x0001;
const KNOWN_FLAGS = RECORD_FLAG_INSECURE;
const U64_MAX = (1n << 64n) - 1n;

export type RoundRecord = {
  version: number;
  /** RECORD_FLAG_* bits. */
  flags: number;
  /** The enclave's Ed25519 public key (32 bytes). */
  enclavePublicKey: Uint8Array;
  runtimeMeasurement: Uint8Array;
  functionMeasurement: Uint8Array;
  sessionId: Uint8Array;
  channelId: Uint8Array;
  round: bigint;
  cyclesAsked: bigint;
  cyclesDone: bigint;
  /** Metered work units the round spent (>= 1: every call is charged on entry). */
  workUnits: bigint;
  inputStateCommitment: Uint8Array;
  stateCiphertextHash: Uint8Array;
  outputsCiphertextHash: Uint8Array;
  keyHash: Uint8Array;
};

const BYTES32_FIELDS = [
  'enclavePublicKey',
  'runtimeMeasurement',
  'functionMeasurement',
  'sessionId',
  'channelId',
  'inputStateCommitment',
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
    record.enclavePublicKey,
    record.runtimeMeasurement,
    record.functionMeasurement,
    record.sessionId,
    record.channelId,
    u64(record.round, 'round'),
    u64(record.cyclesAsked, 'cyclesAsked'),
    u64(record.cyclesDone, 'cyclesDone'),
    u64(record.workUnits, 'workUnits'),
    record.inputStateCommitment,
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
    throw new AirtntError('RECORD_MALFORMED', 'not an airtnt v4 round record (wrong domain tag)');
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
    enclavePublicKey: take(20),
    runtimeMeasurement: take(52),
    functionMeasurement: take(84),
    sessionId: take(116),
    channelId: take(148),
    round: view.getBigUint64(180),
    cyclesAsked: view.getBigUint64(188),
    cyclesDone: view.getBigUint64(196),
    workUnits: view.getBigUint64(204),
    inputStateCommitment: take(212),
    stateCiphertextHash: take(244),
    outputsCiphertextHash: take(276),
    keyHash: take(308),
  };
}

/** Enclave side: the 64-byte Ed25519 signature over the record bytes, by the enclave's signer. */
export function signRecord(bytes: Uint8Array, signer: RecordSigner): Uint8Array {
  decodeRecord(bytes);
  const signature = signer.sign(bytes);
  if (!(signature instanceof Uint8Array) || signature.length !== RECORD_SIGNATURE_LENGTH) {
    throw new AirtntError('RECORD_BAD_KEY', 'records are signed with Ed25519: the signer returned something else', {
      details: { length: signature instanceof Uint8Array ? signature.length : typeof signature },
    });
  }
  return signature;
}

/**
 * Throws RECORD_BAD_SIGNATURE unless `signature` is a valid Ed25519 signature of `bytes` by `publicKey`.
 * `primitives`: noble by default; the Node edge passes node:crypto's (src/crypto/node-primitives.ts).
 */
export function verifyRecordSignature(bytes: Uint8Array, signature: Uint8Array, publicKey: Uint8Array, primitives: CryptoPrimitives = NOBLE_PRIMITIVES): void {
  if (!(signature instanceof Uint8Array) || signature.length !== RECORD_SIGNATURE_LENGTH) {
    throw new AirtntError('RECORD_BAD_SIGNATURE', `a record signature is ${RECORD_SIGNATURE_LENGTH} bytes (Ed25519)`, {
      details: { got: signature instanceof Uint8Array ? signature.length : typeof signature },
    });
  }
  assertLength(publicKey, RECORD_PUBLIC_KEY_LENGTH, 'enclavePublicKey');
  if (!primitives.ed25519.verify(signature, bytes, publicKey)) {
    throw new AirtntError('RECORD_BAD_SIGNATURE', 'the record signature does not verify under the enclave key', {
      hint: 'the record was not signed by the attested enclave, or differs from what it signed',
    });
  }
}

export type ExpectedRound = {
  enclavePublicKey: Uint8Array;
  functionMeasurement: Uint8Array;
  sessionId: Uint8Array;
  channelId: Uint8Array;
  round: bigint;
  inputStateCommitment: Uint8Array;
  cyclesAsked: bigint | number;
  stateCiphertext: Uint8Array;
  outputsCiphertext: Uint8Array;
};

function mismatch(code: AirtntErrorCode, field: string, expected: unknown, got: unknown, hint: string): AirtntError {
  return new AirtntError(code, `round record ${field} does not match`, { details: { expected, got }, hint });
}

/**
 * Requester side: the record is well-formed, signed by the expected enclave, and speaks of exactly the
 * session, channel, round, function, input state and ciphertexts the requester is dealing with.
 * Returns the decoded record.
 */
export function checkRoundRecord(bytes: Uint8Array, signature: Uint8Array, expected: ExpectedRound, primitives: CryptoPrimitives = NOBLE_PRIMITIVES): RoundRecord {
  const record = decodeRecord(bytes);
  verifyRecordSignature(bytes, signature, expected.enclavePublicKey, primitives);
  const replay = 'a record of another session or round was replayed, or the executor is confused: do not pay for it';
  if (!equalBytes(record.enclavePublicKey, expected.enclavePublicKey)) {
    throw mismatch('RECORD_WRONG_ENCLAVE', 'enclavePublicKey', toHex(expected.enclavePublicKey), toHex(record.enclavePublicKey), replay);
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
