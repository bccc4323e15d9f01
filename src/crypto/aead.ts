/**
 * ChaCha20-Poly1305 (RFC 8439) with keys and nonces derived by HKDF-SHA256 (RFC 5869), never chosen by
 * hand: every (key, nonce) pair comes from an HKDF output whose info names what it protects, so the
 * same pair cannot protect two different messages unless the same info is asked for twice.
 */
import { expand, extract } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { AirtntError } from '../util/errors.js';
import { NOBLE_PRIMITIVES, type ChaCha20Poly1305 } from './primitives.js';

export const AEAD_KEY_LENGTH = 32;
export const AEAD_NONCE_LENGTH = 12;
export const AEAD_TAG_LENGTH = 16;

export type AeadKey = { key: Uint8Array; nonce: Uint8Array };

/** HKDF-Extract (RFC 5869 section 2.2): a pseudorandom key from input keying material and a salt. */
export function hkdfExtract(ikm: Uint8Array, salt: Uint8Array): Uint8Array {
  return extract(sha256, ikm, salt);
}

/** One AEAD key and nonce from a pseudorandom key: HKDF-Expand(prk, info, 44) split 32 || 12. */
export function expandAeadKey(prk: Uint8Array, info: Uint8Array): AeadKey {
  const okm = expand(sha256, prk, info, AEAD_KEY_LENGTH + AEAD_NONCE_LENGTH);
  return { key: okm.subarray(0, AEAD_KEY_LENGTH), nonce: okm.subarray(AEAD_KEY_LENGTH) };
}

/**
 * ciphertext || tag(16). `cipher`: noble by default; the Node edge passes node:crypto's (OpenSSL),
 * the same RFC 8439 AEAD several times faster, as it runs on every round's state and outputs (primitives.ts).
 */
export function aeadEncrypt(aeadKey: AeadKey, plaintext: Uint8Array, aad: Uint8Array, cipher: ChaCha20Poly1305 = NOBLE_PRIMITIVES.aead): Uint8Array {
  return cipher.encrypt(aeadKey.key, aeadKey.nonce, plaintext, aad);
}

/** Checks the tag (constant time) before returning anything; throws DECRYPTION_FAILED. */
export function aeadDecrypt(aeadKey: AeadKey, ciphertext: Uint8Array, aad: Uint8Array, what = 'ciphertext', cipher: ChaCha20Poly1305 = NOBLE_PRIMITIVES.aead): Uint8Array {
  if (!(ciphertext instanceof Uint8Array) || ciphertext.length < AEAD_TAG_LENGTH) {
    throw new AirtntError('DECRYPTION_FAILED', `${what} is shorter than its authentication tag`, {
      details: { length: ciphertext instanceof Uint8Array ? ciphertext.length : typeof ciphertext },
    });
  }
  try {
    return cipher.decrypt(aeadKey.key, aeadKey.nonce, ciphertext, aad);
  } catch (cause) {
    throw new AirtntError('DECRYPTION_FAILED', `${what} failed authentication`, {
      cause,
      hint: 'the ciphertext was altered, or it belongs to another session, round or key',
    });
  }
}
