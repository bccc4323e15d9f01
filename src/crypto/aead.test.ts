import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { isAirtntError } from '../util/errors.js';
import { aeadDecrypt, aeadEncrypt } from './aead.js';
import { NODE_PRIMITIVES } from './node-primitives.js';
import { NOBLE_PRIMITIVES } from './primitives.js';

const hex = (text: string) => new Uint8Array(Buffer.from(text.replace(/\s/g, ''), 'hex'));

// The protocol's default (noble) and the Node edge's (OpenSSL) must be the same function.
for (const primitives of [NOBLE_PRIMITIVES, NODE_PRIMITIVES]) describe(`AEAD (${primitives.name} ChaCha20-Poly1305)`, () => {
  const cipher = primitives.aead;
  // RFC 8439 section 2.8.2.
  const key = { key: hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f'), nonce: hex('070000004041424344454647') };
  const aad = hex('50515253c0c1c2c3c4c5c6c7');
  const plaintext = new TextEncoder().encode("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");

  it('matches the RFC 8439 2.8.2 vector and noble byte for byte', () => {
    const sealed = aeadEncrypt(key, plaintext, aad, cipher);
    assert.equal(Buffer.from(sealed.subarray(0, 16)).toString('hex'), 'd31a8d34648e60db7b86afbc53ef7ec2');
    assert.equal(Buffer.from(sealed.subarray(sealed.length - 16)).toString('hex'), '1ae10b594f09e26a7e902ecbd0600691');
    assert.deepEqual(sealed, chacha20poly1305(key.key, key.nonce, aad).encrypt(plaintext));
    assert.deepEqual(aeadDecrypt(key, sealed, aad, 'ciphertext', cipher), plaintext);
  });

  it('opens what noble sealed, including an empty plaintext', () => {
    for (const length of [0, 1, 63, 64, 65, 1000]) {
      const message = new Uint8Array(length).map((_, i) => i * 7);
      assert.deepEqual(aeadDecrypt(key, chacha20poly1305(key.key, key.nonce, aad).encrypt(message), aad, 'ciphertext', cipher), message);
    }
  });

  it('refuses any altered byte, another aad, or a short input with DECRYPTION_FAILED', () => {
    const sealed = aeadEncrypt(key, plaintext, aad, cipher);
    const failed = (error: unknown) => isAirtntError(error, 'DECRYPTION_FAILED');
    for (const i of [0, 50, sealed.length - 17, sealed.length - 1]) {
      const altered = sealed.slice();
      altered[i]! ^= 0x01;
      assert.throws(() => aeadDecrypt(key, altered, aad, 'ciphertext', cipher), failed, `byte ${i}`);
    }
    assert.throws(() => aeadDecrypt(key, sealed, aad.subarray(1), 'ciphertext', cipher), failed);
    assert.throws(() => aeadDecrypt(key, sealed.subarray(0, 15), aad, 'ciphertext', cipher), failed);
  });
});
