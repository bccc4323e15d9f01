/**
 * What owners publish: a module encrypted under its code owner's code key, data encrypted under its
 * data owner's data key (docs/protocol.md part 2, "Owner ciphertexts"). Anyone may carry these
 * ciphertexts (the requester, the executor's cache); only an enclave that was released the key can
 * read them. XChaCha20-Poly1305 (@noble/ciphers) with a random 24-byte nonce, so one key can encrypt
 * many modules or datasets without nonce bookkeeping. Pure but for the CSPRNG.
 *
 *   encrypted = magic(4) || nonce(24) || XChaCha20-Poly1305(key, nonce, aad, plaintext)
 *   module:  magic "ATM1", aad = "airtnt/owner-module/v1" || sha256(module)   (the function measurement)
 *   data:    magic "ATD1", aad = "airtnt/owner-data/v1"
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { assertLength, concatBytes, equalBytes, toHex, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { OWNER_KEY_BYTES } from './release.js';

const MODULE_MAGIC = utf8('ATM1');
const DATA_MAGIC = utf8('ATD1');
const MODULE_AAD = utf8('airtnt/owner-module/v1');
const DATA_AAD = utf8('airtnt/owner-data/v1');
const NONCE_BYTES = 24;
const TAG_BYTES = 16;
export const OWNER_CIPHERTEXT_OVERHEAD = 4 + NONCE_BYTES + TAG_BYTES;

/** A fresh 32-byte code key or data key. */
export function generateOwnerKey(): Uint8Array {
  return randomBytes(OWNER_KEY_BYTES);
}

function encrypt(magic: Uint8Array, key: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Uint8Array {
  assertLength(key, OWNER_KEY_BYTES, 'owner key');
  const nonce = randomBytes(NONCE_BYTES);
  return concatBytes(magic, nonce, xchacha20poly1305(key, nonce, aad).encrypt(plaintext));
}

function decrypt(magic: Uint8Array, key: Uint8Array, aad: Uint8Array, encrypted: Uint8Array, what: string): Uint8Array {
  assertLength(key, OWNER_KEY_BYTES, 'owner key');
  if (encrypted.length < OWNER_CIPHERTEXT_OVERHEAD || !equalBytes(encrypted.subarray(0, 4), magic)) {
    throw new AirtntError('OWNER_CIPHERTEXT_INVALID', `the encrypted ${what} is not an owner ciphertext`, { details: { length: encrypted.length } });
  }
  try {
    return xchacha20poly1305(key, encrypted.subarray(4, 4 + NONCE_BYTES), aad).decrypt(encrypted.subarray(4 + NONCE_BYTES));
  } catch (cause) {
    throw new AirtntError('OWNER_CIPHERTEXT_INVALID', `the encrypted ${what} does not decrypt under the released key`, {
      cause,
      hint: what === 'module' ? 'the module was encrypted under another code key, or it is another module than the session names' : 'the data was encrypted under another data key, or altered',
    });
  }
}

/** Code owner: encrypts a module; the session names sha256(module), which the aad binds. */
export function encryptModule(module: Uint8Array, codeKey: Uint8Array): Uint8Array {
  return encrypt(MODULE_MAGIC, codeKey, concatBytes(MODULE_AAD, sha256(module)), module);
}

/** Enclave side: decrypts an encrypted module and checks that it is the function the session names. */
export function decryptModule(encrypted: Uint8Array, codeKey: Uint8Array, functionMeasurement: Uint8Array): Uint8Array {
  assertLength(functionMeasurement, 32, 'functionMeasurement');
  const module = decrypt(MODULE_MAGIC, codeKey, concatBytes(MODULE_AAD, functionMeasurement), encrypted, 'module');
  const measurement = sha256(module);
  if (!equalBytes(measurement, functionMeasurement)) {
    throw new AirtntError('MODULE_MEASUREMENT_MISMATCH', 'sha256 of the decrypted module differs from the session\'s function measurement', {
      details: { expected: toHex(functionMeasurement), got: toHex(measurement) },
    });
  }
  return module;
}

/** Data owner: encrypts a dataset (the initial state a session starts from). */
export function encryptData(data: Uint8Array, dataKey: Uint8Array): Uint8Array {
  return encrypt(DATA_MAGIC, dataKey, DATA_AAD, data);
}

/** Enclave side (and the data owner itself): the inverse of encryptData. */
export function decryptData(encrypted: Uint8Array, dataKey: Uint8Array): Uint8Array {
  return decrypt(DATA_MAGIC, dataKey, DATA_AAD, encrypted, 'data');
}
