/**
 * The primitives on every round's and every session opening's hot path, behind small interfaces so
 * that the protocol core stays pure and runs in a browser:
 *
 *   - Ed25519 (RFC 8032, section 5.1, pure): the enclave signs each round record, the requester checks it;
 *   - ChaCha20-Poly1305 (RFC 8439): each round's state and outputs (round-encryption.ts), and HPKE's AEAD;
 *   - X25519 (RFC 7748): HPKE's key agreement (hpke.ts), two multiplications on each side of a session opening or sealed module.
 *
 * NOBLE_PRIMITIVES (here, the default everywhere) is @noble only. The Node edge passes
 * NODE_PRIMITIVES (node-primitives.ts, OpenSSL): several times faster, and a round signs, checks and
 * seals on every call (docs/architecture.md, "the pure core").
 *
 * Both implementations are strict in the same way: a signature whose S is not below the group order,
 * or whose points are not canonically encoded, does not verify (noble with zip215 off, OpenSSL always),
 * so a record signature has no malleable twin; and a public key that is not canonically encoded or has
 * a small-order part verifies nothing (noble refuses it; node-primitives.ts refuses it before OpenSSL,
 * which would take it).
 */
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';

export const ED25519_SIGNATURE_LENGTH = 64;
export const ED25519_PUBLIC_KEY_LENGTH = 32;

/** Holds an Ed25519 secret key (never handed out) and signs with it. */
export interface RecordSigner {
  /** The raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
  /** The 64-byte pure Ed25519 signature of `message`. */
  sign(message: Uint8Array): Uint8Array;
}

export interface Ed25519Verifier {
  /** True only for a valid strict (RFC 8032) signature; false for any malformed input, never throws. */
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
}

export interface ChaCha20Poly1305 {
  /** ciphertext || tag(16). The caller derives a fresh (key, nonce) for every message (aead.ts). */
  encrypt(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array;
  /** Checks the tag before anything is returned; throws on any mismatch. */
  decrypt(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, aad: Uint8Array): Uint8Array;
}

export interface X25519 {
  /** The 32-byte public key of a 32-byte secret key (RFC 7748 section 6.1; the secret is clamped). */
  publicKey(secretKey: Uint8Array): Uint8Array;
  /** X25519(secretKey, publicKey); throws when the result is all zero (a low-order public key, RFC 7748 section 6.1). */
  sharedSecret(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array;
}

export type CryptoPrimitives = {
  readonly name: string;
  readonly ed25519: Ed25519Verifier;
  readonly aead: ChaCha20Poly1305;
  /** Absent (a set of primitives made before it existed): noble's. */
  readonly x25519?: X25519;
};

export const NOBLE_PRIMITIVES: CryptoPrimitives = Object.freeze({
  name: 'noble',
  ed25519: {
    verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
      if (signature.length !== ED25519_SIGNATURE_LENGTH || publicKey.length !== ED25519_PUBLIC_KEY_LENGTH) return false;
      try {
        return ed25519.verify(signature, message, publicKey, { zip215: false });
      } catch {
        return false;
      }
    },
  },
  aead: {
    encrypt: (key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array) => chacha20poly1305(key, nonce, aad).encrypt(plaintext),
    decrypt: (key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, aad: Uint8Array) => chacha20poly1305(key, nonce, aad).decrypt(ciphertext),
  },
  x25519: {
    publicKey: (secretKey: Uint8Array) => x25519.getPublicKey(secretKey),
    // noble throws for an all-zero result itself.
    sharedSecret: (secretKey: Uint8Array, publicKey: Uint8Array) => x25519.getSharedSecret(secretKey, publicKey),
  },
});

/**
 * A record signer from noble: from a 32-byte secret key (RFC 8032 seed), or a fresh one from the
 * platform's CSPRNG (crypto.getRandomValues). The secret stays inside the closure.
 */
export function nobleRecordSigner(secretKey: Uint8Array = ed25519.utils.randomSecretKey()): RecordSigner {
  const secret = secretKey.slice();
  const publicKey = ed25519.getPublicKey(secret);
  return { publicKey, sign: (message) => ed25519.sign(message, secret) };
}
