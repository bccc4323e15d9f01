/**
 * Sealing and unsealing of everything secret that crosses the host (docs/protocol.md part 2):
 * the session opening and the module (HPKE, RFC 9180, to the enclave's attested X25519 key), and the
 * round results (one AEAD under k and the session, src/crypto/round-encryption.ts). Pure: no I/O, no clock.
 *
 * Requester side: sealSessionOpening, sealModule (code owners), stateCommitment, openRoundResult.
 * Enclave side:   openSessionOpening, openSealedModule.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { hpkeOpen, hpkeSeal, type HpkePrimitives } from '../crypto/hpke.js';
import { commitState, decryptRoundPayload, deriveSessionKeys, SESSION_SECRET_LENGTH } from '../crypto/round-encryption.js';
import { NOBLE_PRIMITIVES, type CryptoPrimitives } from '../crypto/primitives.js';
import { ALL_DIFF_CODECS } from './codecs.js';
import { DEFAULT_LIMITS, MAX_MODULE_BYTES } from './limits.js';
import { decodeOutputs, decodeStatePayload, STATE_KINDS, type DiffCodecs } from './payload.js';
import { assertLength, concatBytes, equalBytes, toHex, u64be, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { decodeRecord, type RoundRecord } from './record.js';

export const SESSION_OPENING_INFO = utf8('airtnt/session-opening/v1');
/**
 * The same opening from a requester that also decodes the bit diff (payload kind 4): the info is
 * HPKE-authenticated, so only the requester can say so, and the host can neither add nor remove it.
 */
export const SESSION_OPENING_INFO_V2 = utf8('airtnt/session-opening/v2');
export const MODULE_SEALING_INFO = utf8('airtnt/module/v1');

export type SessionOpeningFields = {
  sessionId: Uint8Array;
  channelId: Uint8Array;
  functionMeasurement: Uint8Array;
  firstRound: bigint;
  /** With owners (src/protocol/owner-opening.ts): ownersDigest(owners), appended to the aad. */
  ownersDigest?: Uint8Array | undefined;
};

/** The public fields of OpenSessionRequest are the HPKE aad: the host cannot move a sealed state to another session. */
export function sessionOpeningAad(fields: SessionOpeningFields): Uint8Array {
  assertLength(fields.sessionId, 32, 'sessionId');
  assertLength(fields.channelId, 32, 'channelId');
  assertLength(fields.functionMeasurement, 32, 'functionMeasurement');
  if (typeof fields.firstRound !== 'bigint' || fields.firstRound < 0n || fields.firstRound >= 1n << 64n) {
    throw new AirtntError('INVALID_ROUND', 'firstRound must be a uint64 bigint', { details: { firstRound: String(fields.firstRound) } });
  }
  const base = concatBytes(fields.sessionId, fields.channelId, fields.functionMeasurement, u64be(fields.firstRound));
  if (fields.ownersDigest === undefined) return base;
  return concatBytes(base, assertLength(fields.ownersDigest, 32, 'ownersDigest'));
}

/**
 * Requester side: OpenSessionRequest.sealedSession = HPKE(enclaveHpkePublicKey, info, aad, sessionSecret(32) || state).
 * For a transferred run, `state` is the last paid state and `firstRound` the next round. `decodesBitDiff`
 * (info v2) lets the enclave send bit diffs; seal it only to an enclave of this release or later (an
 * executor on session link version 4 or more): an earlier one cannot open it.
 */
export function sealSessionOpening(
  params: SessionOpeningFields & { enclaveHpkePublicKey: Uint8Array; sessionSecret: Uint8Array; state: Uint8Array; decodesBitDiff?: boolean; primitives?: HpkePrimitives },
): Uint8Array {
  assertLength(params.sessionSecret, SESSION_SECRET_LENGTH, 'sessionSecret');
  const aad = sessionOpeningAad(params);
  const info = params.decodesBitDiff === true ? SESSION_OPENING_INFO_V2 : SESSION_OPENING_INFO;
  return hpkeSeal(params.enclaveHpkePublicKey, info, aad, concatBytes(params.sessionSecret, params.state), params.primitives);
}

/** Enclave side: the inverse of sealSessionOpening, either info (v2 tried first). */
export function openSessionOpening(
  params: SessionOpeningFields & { hpkeSecretKey: Uint8Array; sealed: Uint8Array; maxStateBytes: number; primitives?: HpkePrimitives },
): { sessionSecret: Uint8Array; state: Uint8Array; decodesBitDiff: boolean } {
  const aad = sessionOpeningAad(params);
  let plaintext: Uint8Array;
  let decodesBitDiff = true;
  try {
    try {
      plaintext = hpkeOpen(params.hpkeSecretKey, SESSION_OPENING_INFO_V2, aad, params.sealed, params.primitives);
    } catch {
      decodesBitDiff = false;
      plaintext = hpkeOpen(params.hpkeSecretKey, SESSION_OPENING_INFO, aad, params.sealed, params.primitives);
    }
  } catch (cause) {
    throw new AirtntError('SESSION_OPENING_INVALID', 'the sealed session cannot be opened by this enclave', {
      cause,
      hint: 'seal it to this enclave\'s attested HPKE key, with the same sessionId, channelId, functionMeasurement and firstRound',
    });
  }
  if (plaintext.length < SESSION_SECRET_LENGTH) {
    throw new AirtntError('SESSION_OPENING_INVALID', 'the sealed session is shorter than its session secret');
  }
  const state = plaintext.slice(SESSION_SECRET_LENGTH);
  if (state.length > params.maxStateBytes) {
    throw new AirtntError('STATE_TOO_LARGE', 'the initial state is larger than this enclave accepts', {
      details: { length: state.length, maxStateBytes: params.maxStateBytes },
    });
  }
  return { sessionSecret: plaintext.slice(0, SESSION_SECRET_LENGTH), state, decodesBitDiff };
}

/** Code-owner side: seals a WebAssembly module to one enclave; the aad is the module's sha256. */
export function sealModule(params: { enclaveHpkePublicKey: Uint8Array; module: Uint8Array; primitives?: HpkePrimitives }): Uint8Array {
  if (params.module.length > MAX_MODULE_BYTES) {
    throw new AirtntError('MODULE_TOO_LARGE', 'module larger than an enclave accepts', { details: { length: params.module.length, max: MAX_MODULE_BYTES } });
  }
  return hpkeSeal(params.enclaveHpkePublicKey, MODULE_SEALING_INFO, sha256(params.module), params.module, params.primitives);
}

/** Enclave side: opens a sealed module and checks sha256(module) == functionMeasurement. */
export function openSealedModule(params: { hpkeSecretKey: Uint8Array; functionMeasurement: Uint8Array; sealed: Uint8Array; primitives?: HpkePrimitives }): Uint8Array {
  assertLength(params.functionMeasurement, 32, 'functionMeasurement');
  let module: Uint8Array;
  try {
    module = hpkeOpen(params.hpkeSecretKey, MODULE_SEALING_INFO, params.functionMeasurement, params.sealed, params.primitives);
  } catch (cause) {
    throw new AirtntError('MODULE_MEASUREMENT_MISMATCH', 'the sealed module cannot be opened for this function measurement', {
      cause,
      hint: 'the code owner sealed another module, or sealed it to another enclave',
    });
  }
  const measurement = sha256(module);
  if (!equalBytes(measurement, params.functionMeasurement)) {
    throw new AirtntError('MODULE_MEASUREMENT_MISMATCH', 'sha256 of the module differs from the requested function measurement', {
      details: { expected: toHex(params.functionMeasurement), got: toHex(measurement) },
    });
  }
  return module;
}

/** The keyed commitment to a state that records carry (HMAC-SHA256 under a key from the session secret). */
export function stateCommitment(sessionSecret: Uint8Array, sessionId: Uint8Array, state: Uint8Array): Uint8Array {
  return commitState(deriveSessionKeys(sessionSecret, sessionId), state);
}

export type OpenRoundResultParameters = {
  sessionSecret: Uint8Array;
  sessionId: Uint8Array;
  round: bigint;
  /** The record as signed (bytes) or decoded. Check its signature first with checkRoundRecord. */
  record: Uint8Array | RoundRecord;
  /** k, as released by the executor after payment. */
  key: Uint8Array;
  stateCiphertext: Uint8Array;
  outputsCiphertext: Uint8Array;
  /**
   * The state the round started from (the requester's last state); undefined when the requester
   * holds it only as a data owner's ciphertext: the payload must then be the full state (no diff),
   * and the input commitment is the one the enclave signed.
   */
  previousState: Uint8Array | undefined;
  maxStateBytes?: number;
  maxOutputBytes?: number;
  /** Decoders for function-specific diffs (the Game of Life one). */
  codecs?: DiffCodecs;
  /** The AEAD that opens the ciphertexts: noble when left out; the Node edge passes NODE_PRIMITIVES. */
  primitives?: CryptoPrimitives;
};

/**
 * Requester side: checks keccak256(key) == record.keyHash, both ciphertext hashes and the input
 * commitment, decrypts both ciphertexts and rebuilds the state from its diff. There is no output commitment
 * to check (record v2): the payload is authenticated by its AEAD, whose key needs the session secret, and bound
 * by the signed ciphertext hash, and applying a diff to the committed previous state is deterministic
 * (docs/protocol.md part 2, "Why the record has no output commitment"). Returns the new state's
 * commitment too, which the next round's record must carry as its input commitment.
 */
export function openRoundResult(params: OpenRoundResultParameters): { state: Uint8Array; stateCommitment: Uint8Array; outputs: Uint8Array[]; record: RoundRecord } {
  const record = params.record instanceof Uint8Array ? decodeRecord(params.record) : params.record;
  const keys = deriveSessionKeys(params.sessionSecret, params.sessionId);
  if (!equalBytes(record.sessionId, params.sessionId)) {
    throw new AirtntError('RECORD_WRONG_SESSION', 'the record is for another session', { details: { got: toHex(record.sessionId) } });
  }
  if (record.round !== params.round) {
    throw new AirtntError('RECORD_WRONG_ROUND', 'the record is for another round', { details: { expected: String(params.round), got: String(record.round) } });
  }
  assertLength(params.key, 32, 'key');
  const keyHash = keccak_256(params.key);
  if (!equalBytes(keyHash, record.keyHash)) {
    throw new AirtntError('KEY_MISMATCH', 'keccak256(key) differs from the record\'s keyHash', {
      hint: 'the executor released a wrong key: keep the payment evidence, do not pay again',
    });
  }
  if (!equalBytes(keccak_256(params.stateCiphertext), record.stateCiphertextHash) || !equalBytes(keccak_256(params.outputsCiphertext), record.outputsCiphertextHash)) {
    throw new AirtntError('RECORD_CIPHERTEXT_MISMATCH', 'a ciphertext does not hash to the value in the record');
  }
  if (params.previousState !== undefined && !equalBytes(commitState(keys, params.previousState), record.inputStateCommitment)) {
    throw new AirtntError('RECORD_WRONG_INPUT_STATE', 'the record was computed from another state than previousState');
  }
  const encryption = { keys, round: params.round, roundKey: params.key, aead: (params.primitives ?? NOBLE_PRIMITIVES).aead };
  const statePayload = decryptRoundPayload({ ...encryption, purpose: 'state' }, params.stateCiphertext);
  // An empty outputs ciphertext means "no outputs"; the record's hash of it was checked above.
  const outputs = params.outputsCiphertext.length === 0
    ? []
    : decodeOutputs(decryptRoundPayload({ ...encryption, purpose: 'outputs' }, params.outputsCiphertext), params.maxOutputBytes ?? DEFAULT_LIMITS.maxOutputBytes);
  if (params.previousState === undefined && statePayload[0] !== STATE_KINDS.full) {
    throw new AirtntError('RECORD_WRONG_INPUT_STATE', 'the round\'s state is a diff against a state the requester does not hold', { details: { kind: statePayload[0] } });
  }
  const state = decodeStatePayload(params.previousState ?? new Uint8Array(0), statePayload, params.maxStateBytes ?? DEFAULT_LIMITS.maxStateBytes, params.codecs ?? ALL_DIFF_CODECS);
  return { state, stateCommitment: commitState(keys, state), outputs, record };
}
