/**
 * The encryption of everything a round returns (docs/protocol.md part 2, "Round payload encryption"),
 * shared by the enclave (which seals) and the requester (which opens): one ChaCha20-Poly1305 layer
 * under a key that needs both the round's fresh key k and the session secret.
 *
 *   sessionPrk  = HKDF-Extract(salt = "airtnt/session/v1" || sessionId, ikm = sessionSecret)
 *   commitKey   = HKDF-Expand(sessionPrk, "airtnt/commit/v1", 32)
 *   payloadPrk  = HKDF-Extract(salt = sessionPrk, ikm = k)
 *   key, nonce  = HKDF-Expand(payloadPrk, "airtnt/payload/v2" || sessionId || round(8) || purpose(1), 44)
 *   aad         = "airtnt/round-payload/v1" || sessionId || round(8) || purpose(1)
 *   ciphertext  = ChaCha20-Poly1305(key, nonce, payload, aad)          (payload + 16 bytes)
 *
 * k is released against payment and becomes public when the executor collects on-chain; the session
 * secret is the requester's and the enclave's alone. The extraction combines the two secrets as TLS
 * 1.3's key schedule does (RFC 8446 section 7.1, HKDF-Extract of a new secret under the previous one
 * as salt): the key stays unknown to whoever lacks either, so the requester learns nothing before it
 * is given k and the public learns nothing once k is on-chain. k is fresh for every execution, so even
 * if a round number were ever executed twice in one session, no (key, nonce) pair repeats.
 *
 * Earlier versions (airtnt/3) wrapped the payload in two layers, one under each secret: 16 bytes more
 * a ciphertext, and two AEAD passes instead of one.
 */
import { expand } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { assertLength, concatBytes, u64be, utf8 } from '../util/bytes.js';
import { aeadDecrypt, aeadEncrypt, expandAeadKey, hkdfExtract, type AeadKey } from './aead.js';
import type { ChaCha20Poly1305 } from './primitives.js';

export const SESSION_SECRET_LENGTH = 32;
export const ROUND_KEY_LENGTH = 32;
/** What a ciphertext of a round carries. */
export const PURPOSES = { state: 1, outputs: 2 } as const;
export type RoundPurpose = keyof typeof PURPOSES;
/** Bytes the encryption adds (one Poly1305 tag). */
export const ROUND_PAYLOAD_OVERHEAD = 16;

const SESSION_SALT = utf8('airtnt/session/v1');
const COMMIT_INFO = utf8('airtnt/commit/v1');
const PAYLOAD_INFO = utf8('airtnt/payload/v2');
const AAD_LABEL = utf8('airtnt/round-payload/v1');
const COMMITMENT_LABEL = utf8('airtnt/state-commitment/v1');

/** The keys a session secret gives; computed once per session by each side. */
export type SessionKeys = {
  sessionId: Uint8Array;
  prk: Uint8Array;
  commitKey: Uint8Array;
};

export function deriveSessionKeys(sessionSecret: Uint8Array, sessionId: Uint8Array): SessionKeys {
  assertLength(sessionSecret, SESSION_SECRET_LENGTH, 'sessionSecret');
  assertLength(sessionId, 32, 'sessionId');
  const prk = hkdfExtract(sessionSecret, concatBytes(SESSION_SALT, sessionId));
  return { sessionId: sessionId.slice(), prk, commitKey: expand(sha256, prk, COMMIT_INFO, 32) };
}

/**
 * A keyed commitment to a state: HMAC-SHA256(commitKey, "airtnt/state-commitment/v1" || len(8) || state).
 * Keyed so that a record, which is public, does not let anyone confirm a guessed state.
 */
export function commitState(keys: SessionKeys, state: Uint8Array): Uint8Array {
  return hmac(sha256, keys.commitKey, concatBytes(COMMITMENT_LABEL, u64be(state.length), state));
}

export type RoundPayloadContext = {
  keys: SessionKeys;
  round: bigint;
  purpose: RoundPurpose;
  /** The round's key k (32 bytes). */
  roundKey: Uint8Array;
  /** The AEAD implementation (primitives.ts): noble when left out, node:crypto's from the Node edge. */
  aead?: ChaCha20Poly1305;
};

function aadOf(context: RoundPayloadContext): Uint8Array {
  return concatBytes(AAD_LABEL, context.keys.sessionId, u64be(context.round), new Uint8Array([PURPOSES[context.purpose]]));
}

function payloadKey(context: RoundPayloadContext): AeadKey {
  assertLength(context.roundKey, ROUND_KEY_LENGTH, 'round key');
  const prk = hkdfExtract(context.roundKey, context.keys.prk);
  const info = concatBytes(PAYLOAD_INFO, context.keys.sessionId, u64be(context.round), new Uint8Array([PURPOSES[context.purpose]]));
  return expandAeadKey(prk, info);
}

/** Enclave side: the payload encrypted under k and the session. */
export function encryptRoundPayload(context: RoundPayloadContext, payload: Uint8Array): Uint8Array {
  return aeadEncrypt(payloadKey(context), payload, aadOf(context), context.aead);
}

/** Requester side: the payload; throws DECRYPTION_FAILED on any alteration or mismatch (session, round, purpose, k). */
export function decryptRoundPayload(context: RoundPayloadContext, ciphertext: Uint8Array): Uint8Array {
  return aeadDecrypt(payloadKey(context), ciphertext, aadOf(context), `${context.purpose} ciphertext`, context.aead);
}
