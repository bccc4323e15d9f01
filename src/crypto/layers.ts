/**
 * The two encryption layers around everything a round returns (docs/protocol.md part 2, "round payload
 * layers"), shared by the enclave (which seals) and the requester (which opens):
 *
 *   ciphertext = Outer_k( Inner_sessionKey( payload ) )
 *
 * The outer layer is under the round's fresh key k, which the executor releases against payment and
 * reveals on-chain when it collects; the inner layer is under keys derived from the requester's session
 * secret, so publishing k never publishes a state or an output.
 *
 *   sessionPrk  = HKDF-Extract(salt = "airtnt/session/v1" || sessionId, ikm = sessionSecret)
 *   commitKey   = HKDF-Expand(sessionPrk, "airtnt/commit/v1", 32)
 *   inner       = HKDF-Expand(sessionPrk, "airtnt/inner/v1" || round(8) || purpose(1) || keccak256(k), 44)
 *   outerPrk    = HKDF-Extract(salt = "airtnt/outer/v1", ikm = k)
 *   outer       = HKDF-Expand(outerPrk, "airtnt/outer/v1" || sessionId || round(8) || purpose(1), 44)
 *   aad         = "airtnt/round-payload/v1" || sessionId || round(8) || purpose(1)
 *
 * Why keccak256(k) is in the inner info: k is fresh for every execution, so even if a round number were
 * ever executed twice in one session (a bug, a transfer that reused a session secret) the inner
 * (key, nonce) pair still never repeats.
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
/** Bytes added by the two layers (one Poly1305 tag each). */
export const LAYERS_OVERHEAD = 32;

const SESSION_SALT = utf8('airtnt/session/v1');
const COMMIT_INFO = utf8('airtnt/commit/v1');
const INNER_INFO = utf8('airtnt/inner/v1');
const OUTER_LABEL = utf8('airtnt/outer/v1');
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

export type LayerContext = {
  keys: SessionKeys;
  round: bigint;
  purpose: RoundPurpose;
  /** The round's key k (32 bytes). */
  roundKey: Uint8Array;
  /** keccak256(k), as in the record. */
  keyHash: Uint8Array;
  /** The AEAD implementation (primitives.ts): noble when left out, node:crypto's from the Node edge. */
  aead?: ChaCha20Poly1305;
};

function aadOf(context: LayerContext): Uint8Array {
  return concatBytes(AAD_LABEL, context.keys.sessionId, u64be(context.round), new Uint8Array([PURPOSES[context.purpose]]));
}

function innerKey(context: LayerContext): AeadKey {
  const info = concatBytes(INNER_INFO, u64be(context.round), new Uint8Array([PURPOSES[context.purpose]]), context.keyHash);
  return expandAeadKey(context.keys.prk, info);
}

function outerKey(context: LayerContext): AeadKey {
  const prk = hkdfExtract(context.roundKey, OUTER_LABEL);
  const info = concatBytes(OUTER_LABEL, context.keys.sessionId, u64be(context.round), new Uint8Array([PURPOSES[context.purpose]]));
  return expandAeadKey(prk, info);
}

function checkContext(context: LayerContext): void {
  assertLength(context.roundKey, ROUND_KEY_LENGTH, 'round key');
  assertLength(context.keyHash, 32, 'keyHash');
}

/** Enclave side: inner layer under the session, outer layer under k. */
export function encryptLayers(context: LayerContext, payload: Uint8Array): Uint8Array {
  checkContext(context);
  const aad = aadOf(context);
  const inner = aeadEncrypt(innerKey(context), payload, aad, context.aead);
  return aeadEncrypt(outerKey(context), inner, aad, context.aead);
}

/** Requester side: removes both layers; throws DECRYPTION_FAILED on any alteration or mismatch. */
export function decryptLayers(context: LayerContext, ciphertext: Uint8Array): Uint8Array {
  checkContext(context);
  const aad = aadOf(context);
  const inner = aeadDecrypt(outerKey(context), ciphertext, aad, `${context.purpose} ciphertext (outer layer)`, context.aead);
  return aeadDecrypt(innerKey(context), inner, aad, `${context.purpose} ciphertext (inner layer)`, context.aead);
}

/** What someone who learnt k (but not the session secret) can do: remove the outer layer only. */
export function removeOuterLayer(context: LayerContext, ciphertext: Uint8Array): Uint8Array {
  checkContext(context);
  return aeadDecrypt(outerKey(context), ciphertext, aadOf(context), `${context.purpose} ciphertext (outer layer)`, context.aead);
}
