/**
 * The wrapper w of the Airtnt paper (section 5.2, algorithm 2), after p has run:
 *
 *   k (drawn by the caller, key-chain.ts); h(k) = keccak256(k)
 *   stateCiphertext   = AEAD_{k, session}(statePayload(genDiff(s, s')))    (one layer keyed by both: round-encryption.ts)
 *   outputsCiphertext = AEAD_{k, session}(outputsPayload(o))
 *   record = (measurements, session, channel, round, commit(s), c, d, w, hashes, h(k), enclave key)
 *   signature = Ed25519(enclave key, record)
 *
 * Pure: k comes from the caller. Runs inside the enclave worker, which alone holds the keys.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { commitState, encryptRoundPayload, ROUND_KEY_LENGTH, type SessionKeys } from '../crypto/round-encryption.js';
import type { ChaCha20Poly1305, RecordSigner } from '../crypto/primitives.js';
import { encodeRecord, RECORD_FLAG_INSECURE, RECORD_VERSION, signRecord } from '../protocol/record.js';
import { AirtntError } from '../util/errors.js';
import { encodeOutputs, encodeStatePayload, type StateKind, type StatePayloadOptions } from '../protocol/payload.js';
import { WIRE_LIMITS } from '../protocol/message-fields.js';
import type { RoundResult } from './types.js';

/** A result frame's bytes besides its two ciphertexts: its fixed items, the record claim, a pool round's acks (well over). */
const RESULT_FRAME_SLACK = 2048;

export type EnclaveSigner = {
  /** The Ed25519 record signer (in the enclave worker, a node:crypto KeyObject: its bytes are never exported). */
  recordSigner: RecordSigner;
  /** The AEAD of the round's ciphertexts (noble when left out; the enclave worker passes node:crypto's). */
  aead?: ChaCha20Poly1305;
  runtimeMeasurement: Uint8Array;
  insecure: boolean;
};

export type WrappedSession = {
  sessionId: Uint8Array;
  channelId: Uint8Array;
  functionMeasurement: Uint8Array;
  keys: SessionKeys;
  /** The state the round started from, and its commitment (kept from the previous round). */
  state: Uint8Array;
  stateCommitment: Uint8Array;
};

/** What p returned: p(s, c) -> (s', o, d), and the work w the metered module counted. */
export type Execution = { state: Uint8Array; outputs: Uint8Array[]; cyclesDone: number; workUnits: number };

export type WrappedRound = {
  result: RoundResult;
  nextState: Uint8Array;
  nextStateCommitment: Uint8Array;
  stateKind: StateKind;
};

export function wrapRound(params: {
  signer: EnclaveSigner;
  session: WrappedSession;
  round: bigint;
  /** k of the round (32 bytes, never used for another round). */
  roundKey: Uint8Array;
  cyclesAsked: number;
  execution: Execution;
  /** How the new state may be sent: the diffs the function and the requester allow, or in full. */
  payload?: StatePayloadOptions;
}): WrappedRound {
  const { signer, session, round, cyclesAsked, execution } = params;
  if (!Number.isInteger(execution.cyclesDone) || execution.cyclesDone < 0 || execution.cyclesDone > cyclesAsked) {
    throw new AirtntError('FUNCTION_INVALID_RESULT', 'the function reports more cycles done than asked', {
      details: { cyclesAsked, cyclesDone: execution.cyclesDone },
    });
  }
  if (!Number.isSafeInteger(execution.workUnits) || execution.workUnits < 0) {
    throw new AirtntError('FUNCTION_INVALID_RESULT', 'the work count of the round is not a count', { details: { workUnits: execution.workUnits } });
  }
  const { roundKey } = params;
  if (roundKey.length !== ROUND_KEY_LENGTH) throw new AirtntError('INTERNAL_ERROR', `a round key of ${roundKey.length} bytes`);
  const keyHash = keccak_256(roundKey);
  const encryption = { keys: session.keys, round, roundKey, ...(signer.aead ? { aead: signer.aead } : {}) };
  const { payload: statePayload, kind: stateKind } = encodeStatePayload(session.state, execution.state, params.payload);
  const stateCiphertext = encryptRoundPayload({ ...encryption, purpose: 'state' }, statePayload);
  // No outputs: an empty ciphertext (its keccak256 is signed in the record like any other), 20 bytes less per round.
  const outputsCiphertext = execution.outputs.length === 0 ? new Uint8Array(0) : encryptRoundPayload({ ...encryption, purpose: 'outputs' }, encodeOutputs(execution.outputs));
  // A result frame carries at most this much (messages.ts WIRE_LIMITS): a larger round could never reach the
  // requester, so it fails here, before it is signed or priced, with a reason, rather than on the wire.
  const resultBytes = stateCiphertext.length + outputsCiphertext.length + RESULT_FRAME_SLACK;
  if (stateCiphertext.length > WIRE_LIMITS.maxCiphertextBytes || outputsCiphertext.length > WIRE_LIMITS.maxCiphertextBytes || resultBytes > WIRE_LIMITS.maxFrameBytes) {
    throw new AirtntError('RESULT_TOO_LARGE', 'the round\'s encrypted state or outputs are larger than a result frame carries', {
      details: { stateCiphertextBytes: stateCiphertext.length, outputsCiphertextBytes: outputsCiphertext.length, maxCiphertextBytes: WIRE_LIMITS.maxCiphertextBytes, maxFrameBytes: WIRE_LIMITS.maxFrameBytes, stateKind },
    });
  }
  const nextStateCommitment = commitState(session.keys, execution.state);
  const record = encodeRecord({
    version: RECORD_VERSION,
    flags: signer.insecure ? RECORD_FLAG_INSECURE : 0,
    enclavePublicKey: signer.recordSigner.publicKey,
    runtimeMeasurement: signer.runtimeMeasurement,
    functionMeasurement: session.functionMeasurement,
    sessionId: session.sessionId,
    channelId: session.channelId,
    round,
    cyclesAsked: BigInt(cyclesAsked),
    cyclesDone: BigInt(execution.cyclesDone),
    workUnits: BigInt(execution.workUnits),
    inputStateCommitment: session.stateCommitment,
    stateCiphertextHash: keccak_256(stateCiphertext),
    outputsCiphertextHash: keccak_256(outputsCiphertext),
    keyHash,
  });
  const signature = signRecord(record, signer.recordSigner);
  return {
    result: { record, signature, stateCiphertext, outputsCiphertext, key: roundKey },
    nextState: execution.state,
    nextStateCommitment,
    stateKind,
  };
}
