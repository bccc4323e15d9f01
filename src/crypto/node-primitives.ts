/**
 * The hot-path primitives of primitives.ts from node:crypto (OpenSSL), passed in by the Node edge
 * (the enclave worker, the requester's session client and recovery): the same RFC 8032, RFC 8439 and
 * RFC 7748 algorithms as NOBLE_PRIMITIVES, with the same outputs, several times faster (an Ed25519 check
 * about ten times: `airtnt bench life`, docs/architecture.md; an X25519 agreement about fifty times).
 * Node only: never imported by src/protocol.
 */
import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { AirtntError } from '../util/errors.js';
import { ED25519_PUBLIC_KEY_LENGTH, ED25519_SIGNATURE_LENGTH, type CryptoPrimitives, type RecordSigner } from './primitives.js';

const TAG_LENGTH = 16;
const X25519_KEY_LENGTH = 32;
/** DER of an X25519 private key (RFC 8410 section 7, PKCS #8 v1) and of a public key (SubjectPublicKeyInfo), before the 32 raw bytes. */
const X25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const X25519_SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

/**
 * The secret key as node:crypto takes it. Its DER is built in a buffer of its own (not one of Node's
 * pooled ones, which small buffers allocated later share) and wiped once imported.
 */
function x25519PrivateKey(secretKey: Uint8Array): KeyObject {
  if (secretKey.length !== X25519_KEY_LENGTH) throw new AirtntError('HPKE_BAD_INPUT', 'an X25519 secret key is 32 bytes', { details: { length: secretKey.length } });
  const der = Buffer.allocUnsafeSlow(X25519_PKCS8_PREFIX.length + X25519_KEY_LENGTH);
  X25519_PKCS8_PREFIX.copy(der);
  der.set(secretKey, X25519_PKCS8_PREFIX.length);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}

/** Public keys imported (or refused: null), by hex: at most this many, then the cache starts again. */
const KEY_CACHE_SIZE = 64;
const keyCache = new Map<string, KeyObject | null>();

/**
 * The key as node:crypto takes it, imported once (a session checks every round against the same enclave
 * key, and a pool's acks against a few members' keys; importing costs as much as a check), or undefined
 * for a key noble's strict check refuses and OpenSSL would take: an encoding with y >= p, a point of
 * small order, or one with a small-order component. Against such a key OpenSSL verifies signatures that
 * noble refuses (with the identity as key, one signature verifies every message), so both primitives
 * must refuse it alike.
 */
function publicKeyObject(raw: Uint8Array): KeyObject | undefined {
  const id = Buffer.from(raw).toString('hex');
  const cached = keyCache.get(id);
  if (cached !== undefined) return cached ?? undefined;
  const key = isStrictPublicKey(raw) ? createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' }) : null;
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
  keyCache.set(id, key);
  return key ?? undefined;
}

function isStrictPublicKey(raw: Uint8Array): boolean {
  try {
    const point = ed25519.Point.fromBytes(raw, false); // zip215 off: y < p, as noble's verify decodes it
    return !point.isSmallOrder() && point.isTorsionFree();
  } catch {
    return false;
  }
}

export const NODE_PRIMITIVES: CryptoPrimitives = Object.freeze({
  name: 'node:crypto',
  ed25519: {
    verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
      if (signature.length !== ED25519_SIGNATURE_LENGTH || publicKey.length !== ED25519_PUBLIC_KEY_LENGTH) return false;
      try {
        const key = publicKeyObject(publicKey);
        // OpenSSL refuses S >= L and a non-canonical R, like noble without zip215; the key was checked above.
        return key !== undefined && verify(null, message, key, signature);
      } catch {
        return false;
      }
    },
  },
  aead: {
    encrypt(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array {
      const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_LENGTH });
      cipher.setAAD(aad, { plaintextLength: plaintext.length });
      const body = cipher.update(plaintext);
      cipher.final();
      const out = new Uint8Array(body.length + TAG_LENGTH);
      out.set(body, 0);
      out.set(cipher.getAuthTag(), body.length);
      return out;
    },
    decrypt(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, aad: Uint8Array): Uint8Array {
      const bodyLength = ciphertext.length - TAG_LENGTH;
      const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_LENGTH });
      decipher.setAAD(aad, { plaintextLength: bodyLength });
      decipher.setAuthTag(ciphertext.subarray(bodyLength));
      const body = decipher.update(ciphertext.subarray(0, bodyLength));
      decipher.final(); // throws unless the tag verifies; nothing decrypted is returned before that
      return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    },
  },
  x25519: {
    publicKey(secretKey: Uint8Array): Uint8Array {
      const spki = createPublicKey(x25519PrivateKey(secretKey)).export({ format: 'der', type: 'spki' });
      return new Uint8Array(spki.subarray(X25519_SPKI_PREFIX.length));
    },
    sharedSecret(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
      if (publicKey.length !== X25519_KEY_LENGTH) throw new AirtntError('HPKE_BAD_PUBLIC_KEY', 'an X25519 public key is 32 bytes', { details: { length: publicKey.length } });
      const peer = createPublicKey({ key: Buffer.concat([X25519_SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
      let derived: Buffer;
      try {
        derived = diffieHellman({ privateKey: x25519PrivateKey(secretKey), publicKey: peer });
      } catch (cause) {
        // OpenSSL refuses an all-zero result (a low-order public key) with an error of its own.
        throw new AirtntError('HPKE_BAD_PUBLIC_KEY', 'X25519 key agreement failed (a low-order public key)', { cause });
      }
      // A copy in a buffer of its own: the derived Buffer may be a view into Node's pool.
      const shared = new Uint8Array(derived);
      derived.fill(0);
      if (shared.every((byte) => byte === 0)) throw new AirtntError('HPKE_BAD_PUBLIC_KEY', 'X25519 gave the all-zero value (a low-order public key)');
      return shared;
    },
  },
});

/** A fresh Ed25519 record signer whose secret never leaves its KeyObject (the enclave's). */
export function generateNodeRecordSigner(): RecordSigner {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x;
  const raw = new Uint8Array(Buffer.from(x ?? '', 'base64url'));
  if (raw.length !== ED25519_PUBLIC_KEY_LENGTH) {
    throw new AirtntError('RECORD_BAD_KEY', 'node:crypto returned an Ed25519 public key of an unexpected length', { details: { length: raw.length } });
  }
  return { publicKey: raw, sign: (message) => new Uint8Array(sign(null, message, privateKey)) };
}
