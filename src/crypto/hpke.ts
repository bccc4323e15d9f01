/**
 * HPKE (RFC 9180), base mode only, one fixed suite:
 * DHKEM(X25519, HKDF-SHA256) (kem_id 0x0020), HKDF-SHA256 (kdf_id 0x0001), ChaCha20-Poly1305 (aead_id 0x0003).
 *
 * Built from audited primitives (X25519 and ChaCha20-Poly1305 from a CryptoPrimitives, noble's by default and
 * node:crypto's from the Node edge; @noble/hashes hkdf); only the RFC's framing (labels, key schedule, nonce
 * sequence) lives here. Tested against RFC 9180 A.2.1 with both sets of primitives.
 *
 * Deliberate restrictions: no PSK/Auth modes, no other suites, and a context refuses to go past
 * 2^32 messages (the RFC allows 2^96; nothing in airtnt sends more than one or two per context).
 */
import { expand, extract } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { assertLength, concatBytes, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { NOBLE_PRIMITIVES, type ChaCha20Poly1305, type CryptoPrimitives, type X25519 } from './primitives.js';

export const HPKE_KEM_ID = 0x0020;
export const HPKE_KDF_ID = 0x0001;
export const HPKE_AEAD_ID = 0x0003;
/** Nenc = Npk = Nsk for X25519 (RFC 9180 section 7.1). */
export const HPKE_PUBLIC_KEY_LENGTH = 32;
export const HPKE_SECRET_KEY_LENGTH = 32;
/** Poly1305 tag length (Nt). */
export const HPKE_TAG_LENGTH = 16;

const MODE_BASE = 0x00;
const NK = 32; // ChaCha20-Poly1305 key length
const NN = 12; // nonce length
const NH = 32; // SHA-256 output length
const MAX_SEQUENCE = 0xffff_ffff;

const VERSION_LABEL = utf8('HPKE-v1');
/** suite_id of the KEM: "KEM" || I2OSP(kem_id, 2) (section 4.1). */
const KEM_SUITE_ID = concatBytes(utf8('KEM'), i2osp2(HPKE_KEM_ID));
/** suite_id of the whole scheme: "HPKE" || kem_id || kdf_id || aead_id (section 5.1). */
const HPKE_SUITE_ID = concatBytes(utf8('HPKE'), i2osp2(HPKE_KEM_ID), i2osp2(HPKE_KDF_ID), i2osp2(HPKE_AEAD_ID));

export type HpkeKeyPair = { secretKey: Uint8Array; publicKey: Uint8Array };
/** The primitives HPKE takes (noble's when left out). */
export type HpkePrimitives = Pick<CryptoPrimitives, 'aead' | 'x25519'>;

const x25519Of = (primitives: HpkePrimitives | undefined): X25519 => primitives?.x25519 ?? NOBLE_PRIMITIVES.x25519!;
const aeadOf = (primitives: HpkePrimitives | undefined): ChaCha20Poly1305 => primitives?.aead ?? NOBLE_PRIMITIVES.aead;

/** Section 4: LabeledExtract(salt, label, ikm). */
function labeledExtract(suiteId: Uint8Array, salt: Uint8Array, label: string, ikm: Uint8Array): Uint8Array {
  return extract(sha256, concatBytes(VERSION_LABEL, suiteId, utf8(label), ikm), salt);
}

/** Section 4: LabeledExpand(prk, label, info, L). */
function labeledExpand(suiteId: Uint8Array, prk: Uint8Array, label: string, info: Uint8Array, length: number): Uint8Array {
  const labeledInfo = concatBytes(i2osp2(length), VERSION_LABEL, suiteId, utf8(label), info);
  return expand(sha256, prk, labeledInfo, length);
}

/** Section 7.1.3: DeriveKeyPair for X25519 (no rejection sampling: every 32-byte string is a key). */
export function deriveHpkeKeyPair(ikm: Uint8Array, primitives?: HpkePrimitives): HpkeKeyPair {
  if (!(ikm instanceof Uint8Array) || ikm.length < HPKE_SECRET_KEY_LENGTH) {
    throw new AirtntError('HPKE_BAD_INPUT', 'DeriveKeyPair needs at least 32 bytes of input keying material', {
      details: { got: ikm instanceof Uint8Array ? ikm.length : typeof ikm },
    });
  }
  const dkpPrk = labeledExtract(KEM_SUITE_ID, new Uint8Array(0), 'dkp_prk', ikm);
  const secretKey = labeledExpand(KEM_SUITE_ID, dkpPrk, 'sk', new Uint8Array(0), HPKE_SECRET_KEY_LENGTH);
  return { secretKey, publicKey: x25519Of(primitives).publicKey(secretKey) };
}

/** A fresh key pair from the CSPRNG. */
export function generateHpkeKeyPair(primitives?: HpkePrimitives): HpkeKeyPair {
  return deriveHpkeKeyPair(randomBytes(HPKE_SECRET_KEY_LENGTH), primitives);
}

export function hpkePublicKeyOf(secretKey: Uint8Array, primitives?: HpkePrimitives): Uint8Array {
  assertLength(secretKey, HPKE_SECRET_KEY_LENGTH, 'hpke secretKey');
  return x25519Of(primitives).publicKey(secretKey);
}

/** DH with the RFC's mandatory all-zero check (section 7.1.4), which both X25519 primitives make. */
function dh(secretKey: Uint8Array, publicKey: Uint8Array, primitives: HpkePrimitives | undefined): Uint8Array {
  try {
    return x25519Of(primitives).sharedSecret(secretKey, publicKey);
  } catch (cause) {
    throw new AirtntError('HPKE_BAD_PUBLIC_KEY', 'X25519 key agreement failed (invalid or low-order public key)', {
      cause,
    });
  }
}

/** Section 4.1: ExtractAndExpand(dh, kem_context). */
function extractAndExpand(dhValue: Uint8Array, kemContext: Uint8Array): Uint8Array {
  const eaePrk = labeledExtract(KEM_SUITE_ID, new Uint8Array(0), 'eae_prk', dhValue);
  return labeledExpand(KEM_SUITE_ID, eaePrk, 'shared_secret', kemContext, NH);
}

function encap(recipientPublicKey: Uint8Array, ephemeral: HpkeKeyPair, primitives: HpkePrimitives | undefined): { sharedSecret: Uint8Array; enc: Uint8Array } {
  const dhValue = dh(ephemeral.secretKey, recipientPublicKey, primitives);
  const enc = ephemeral.publicKey;
  return { sharedSecret: extractAndExpand(dhValue, concatBytes(enc, recipientPublicKey)), enc };
}

function decap(enc: Uint8Array, recipientSecretKey: Uint8Array, primitives: HpkePrimitives | undefined): Uint8Array {
  const dhValue = dh(recipientSecretKey, enc, primitives);
  return extractAndExpand(dhValue, concatBytes(enc, x25519Of(primitives).publicKey(recipientSecretKey)));
}

type KeySchedule = { key: Uint8Array; baseNonce: Uint8Array; exporterSecret: Uint8Array };

/** Section 5.1: KeySchedule for mode_base (psk and psk_id empty). */
function keySchedule(sharedSecret: Uint8Array, info: Uint8Array): KeySchedule {
  const empty = new Uint8Array(0);
  const pskIdHash = labeledExtract(HPKE_SUITE_ID, empty, 'psk_id_hash', empty);
  const infoHash = labeledExtract(HPKE_SUITE_ID, empty, 'info_hash', info);
  const context = concatBytes(new Uint8Array([MODE_BASE]), pskIdHash, infoHash);
  const secret = labeledExtract(HPKE_SUITE_ID, sharedSecret, 'secret', empty);
  return {
    key: labeledExpand(HPKE_SUITE_ID, secret, 'key', context, NK),
    baseNonce: labeledExpand(HPKE_SUITE_ID, secret, 'base_nonce', context, NN),
    exporterSecret: labeledExpand(HPKE_SUITE_ID, secret, 'exp', context, NH),
  };
}

/**
 * An encryption context (section 5.2): one direction, a message sequence number that only goes up,
 * so a nonce is never used twice under the context's key.
 */
export class HpkeContext {
  #sequence = 0;
  readonly #schedule: KeySchedule;
  readonly #aead: ChaCha20Poly1305;

  constructor(schedule: KeySchedule, aead: ChaCha20Poly1305 = NOBLE_PRIMITIVES.aead) {
    this.#schedule = schedule;
    this.#aead = aead;
  }

  /** Section 5.2: ComputeNonce(seq) = base_nonce XOR I2OSP(seq, Nn). */
  #nextNonce(): Uint8Array {
    if (this.#sequence > MAX_SEQUENCE) {
      throw new AirtntError('HPKE_SEQUENCE_OVERFLOW', 'this HPKE context has sealed or opened too many messages');
    }
    const nonce = this.#schedule.baseNonce.slice();
    const view = new DataView(nonce.buffer, nonce.byteOffset, nonce.byteLength);
    view.setUint32(NN - 4, view.getUint32(NN - 4) ^ this.#sequence);
    this.#sequence += 1;
    return nonce;
  }

  seal(aad: Uint8Array, plaintext: Uint8Array): Uint8Array {
    return this.#aead.encrypt(this.#schedule.key, this.#nextNonce(), plaintext, aad);
  }

  open(aad: Uint8Array, ciphertext: Uint8Array): Uint8Array {
    if (ciphertext.length < HPKE_TAG_LENGTH) {
      throw new AirtntError('HPKE_OPEN_FAILED', 'HPKE ciphertext is shorter than its tag', {
        details: { length: ciphertext.length },
      });
    }
    // The sequence only advances on success, as section 5.2 requires of Open.
    const sequence = this.#sequence;
    const nonce = this.#nextNonce();
    try {
      return this.#aead.decrypt(this.#schedule.key, nonce, ciphertext, aad);
    } catch (cause) {
      this.#sequence = sequence;
      throw new AirtntError('HPKE_OPEN_FAILED', 'HPKE ciphertext failed authentication', {
        cause,
        hint: 'the message was altered, sealed to another key, or sealed with other info/aad',
      });
    }
  }

  /** Section 5.3: Export(exporter_context, L). */
  export(exporterContext: Uint8Array, length: number): Uint8Array {
    if (!Number.isInteger(length) || length < 1 || length > 255 * NH) {
      throw new AirtntError('HPKE_BAD_INPUT', 'HPKE export length out of range', { details: { length } });
    }
    return labeledExpand(HPKE_SUITE_ID, this.#schedule.exporterSecret, 'sec', exporterContext, length);
  }
}

/**
 * Section 5.1.1: SetupBaseS. `ephemeralIkm` exists only for the RFC's known-answer tests; real callers
 * leave it out so the ephemeral key comes from the CSPRNG.
 */
export function setupBaseSender(
  recipientPublicKey: Uint8Array,
  info: Uint8Array,
  options: { ephemeralIkm?: Uint8Array; primitives?: HpkePrimitives } = {},
): { enc: Uint8Array; context: HpkeContext } {
  assertLength(recipientPublicKey, HPKE_PUBLIC_KEY_LENGTH, 'hpke recipientPublicKey');
  const { primitives } = options;
  const ephemeral = options.ephemeralIkm ? deriveHpkeKeyPair(options.ephemeralIkm, primitives) : generateHpkeKeyPair(primitives);
  const { sharedSecret, enc } = encap(recipientPublicKey, ephemeral, primitives);
  return { enc, context: new HpkeContext(keySchedule(sharedSecret, info), aeadOf(primitives)) };
}

/** Section 5.1.1: SetupBaseR. */
export function setupBaseRecipient(enc: Uint8Array, recipientSecretKey: Uint8Array, info: Uint8Array, primitives?: HpkePrimitives): HpkeContext {
  assertLength(enc, HPKE_PUBLIC_KEY_LENGTH, 'hpke enc');
  assertLength(recipientSecretKey, HPKE_SECRET_KEY_LENGTH, 'hpke recipientSecretKey');
  return new HpkeContext(keySchedule(decap(enc, recipientSecretKey, primitives), info), aeadOf(primitives));
}

/** Section 6.1 single-shot Seal, returned as one buffer: enc (32 bytes) || ciphertext. */
export function hpkeSeal(
  recipientPublicKey: Uint8Array,
  info: Uint8Array,
  aad: Uint8Array,
  plaintext: Uint8Array,
  primitives?: HpkePrimitives,
): Uint8Array {
  const { enc, context } = setupBaseSender(recipientPublicKey, info, primitives === undefined ? {} : { primitives });
  return concatBytes(enc, context.seal(aad, plaintext));
}

/** Opens what hpkeSeal produced; throws HPKE_OPEN_FAILED on any alteration. */
export function hpkeOpen(recipientSecretKey: Uint8Array, info: Uint8Array, aad: Uint8Array, sealed: Uint8Array, primitives?: HpkePrimitives): Uint8Array {
  if (!(sealed instanceof Uint8Array) || sealed.length < HPKE_PUBLIC_KEY_LENGTH + HPKE_TAG_LENGTH) {
    throw new AirtntError('HPKE_OPEN_FAILED', 'sealed message is too short to be HPKE', {
      details: { length: sealed instanceof Uint8Array ? sealed.length : typeof sealed },
    });
  }
  const enc = sealed.subarray(0, HPKE_PUBLIC_KEY_LENGTH);
  const context = setupBaseRecipient(enc, recipientSecretKey, info, primitives);
  return context.open(aad, sealed.subarray(HPKE_PUBLIC_KEY_LENGTH));
}

function i2osp2(value: number): Uint8Array {
  return new Uint8Array([(value >> 8) & 0xff, value & 0xff]);
}
