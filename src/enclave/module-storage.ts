/**
 * The enclave's sealed storage of modules, so that a restarted executor keeps its module cache
 * (docs/protocol.md part 2, "Stored modules"). The enclave encrypts a module it accepted under a
 * storage key and hands the host only the ciphertext, which the host writes to its data directory;
 * at start the host hands the files back and the enclave decrypts, re-checks and reloads them.
 *
 *   prk        = HKDF-Extract(salt = "airtnt/module-storage/v1", ikm = storageKey)
 *   key, nonce = HKDF-Expand(prk, "airtnt/module-storage/v1" || measurement, 44)
 *   stored     = ChaCha20-Poly1305(key, nonce, aad = measurement, module)
 *
 * One (key, nonce) per measurement, and a measurement names exactly one plaintext (its sha256), so a
 * pair never protects two different messages. The storage key is what a TEE's sealing-key
 * derivation gives an enclave of this runtime measurement; the simulated TEE has none, and its host
 * supplies a key from its data directory, which only matches what the simulation protects anyway
 * (its operator reads the enclave's memory). With no storage key the cache lives in memory only.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { aeadDecrypt, aeadEncrypt, expandAeadKey, hkdfExtract } from '../crypto/aead.js';
import { concatBytes, equalBytes, toHex, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

const LABEL = utf8('airtnt/module-storage/v1');

function keyFor(storageKey: Uint8Array, measurement: Uint8Array) {
  return expandAeadKey(hkdfExtract(storageKey, LABEL), concatBytes(LABEL, measurement));
}

export function sealStoredModule(storageKey: Uint8Array, measurement: Uint8Array, module: Uint8Array): Uint8Array {
  return aeadEncrypt(keyFor(storageKey, measurement), module, measurement);
}

/** Opens a stored module and checks that it is the module of `measurement` (MODULE_STORAGE_INVALID otherwise). */
export function openStoredModule(storageKey: Uint8Array, measurement: Uint8Array, stored: Uint8Array): Uint8Array {
  let module: Uint8Array;
  try {
    module = aeadDecrypt(keyFor(storageKey, measurement), stored, measurement, 'stored module');
  } catch (cause) {
    throw new AirtntError('MODULE_STORAGE_INVALID', 'a stored module does not open under this enclave\'s storage key', {
      details: { measurement: toHex(measurement) },
      hint: 'it was stored by another enclave or altered on disk: it is dropped and will be sent again when needed',
      cause,
    });
  }
  if (!equalBytes(sha256(module), measurement)) {
    throw new AirtntError('MODULE_STORAGE_INVALID', 'a stored module is not the module of its measurement', { details: { measurement: toHex(measurement) } });
  }
  return module;
}
