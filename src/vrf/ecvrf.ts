/**
 * ECVRF-EDWARDS25519-SHA512-TAI (RFC 9381, suite 0x03) on @noble/curves' ed25519 points.
 *
 * Everything is the RFC's algorithm step by step, with noble's point arithmetic, strict point
 * decoding and SHA-512; section numbers are the RFC's. Stricter than the RFC where it allows:
 * - public keys and Gamma must be canonical encodings (y < p, no "negative zero" x): RFC 8032
 *   decoding, never ZIP-215's lenient one, so one key or proof has exactly one encoding;
 * - public keys of small order are refused (the RFC's optional validate_key, §5.4.5, always on);
 * - s >= L is refused (§5.4.4), so a proof is not malleable.
 * Proving is constant-time in the secret scalar (noble's `multiply`); verifying handles only public
 * data and uses `multiplyUnsafe`.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { concatBytes } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

type Point = InstanceType<typeof ed25519.Point>;
const Point = ed25519.Point;

/** §5.5: suite_string for ECVRF-EDWARDS25519-SHA512-TAI. */
const SUITE = 0x03;
/** §5.5: ptLen (point), cLen (challenge), qLen (scalar) in bytes. */
export const PT_LEN = 32;
const C_LEN = 16;
const Q_LEN = 32;
/** Gamma || c || s. */
export const PROOF_LEN = PT_LEN + C_LEN + Q_LEN;
/** SHA-512 output: beta, the VRF output. */
export const OUTPUT_LEN = 64;
/** The prime order L of the ed25519 base point (q in the RFC). */
export const L = Point.Fn.ORDER;

/** A parsed and checked public key: its canonical bytes and its point. */
export type VrfPublicKey = { bytes: Uint8Array; point: Point };

/** Little-endian bytes to integer (the RFC's string_to_int for this suite). */
function leToInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

/** Integer to `length` little-endian bytes (int_to_string). */
function intToLe(n: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

function checkBytes(value: unknown, length: number, name: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length !== length) {
    const got = value instanceof Uint8Array ? value.length : typeof value;
    throw new AirtntError('VRF_BAD_LENGTH', `"${name}" expected ${length} bytes, got ${String(got)}`, {
      details: { name, expected: length, got },
    });
  }
  return value;
}

/** RFC 8032 §5.1.3 decoding, strict: undefined for anything that is not a canonical point encoding. */
function decodePoint(bytes: Uint8Array): Point | undefined {
  let point: Point;
  try {
    point = Point.fromBytes(bytes, false);
  } catch {
    return undefined;
  }
  // noble rejects y >= p and x = 0 with the sign bit set; re-encoding catches anything else non-canonical.
  const again = point.toBytes();
  for (let i = 0; i < PT_LEN; i++) if (again[i] !== bytes[i]) return undefined;
  return point;
}

/**
 * Parses a VRF public key: 32 bytes, a canonical point, not of small order (§5.4.5 validate_key).
 * Throws VRF_NONCANONICAL_POINT or VRF_SMALL_ORDER_KEY.
 */
export function parsePublicKey(publicKey: Uint8Array): VrfPublicKey {
  checkBytes(publicKey, PT_LEN, 'publicKey');
  const point = decodePoint(publicKey);
  if (point === undefined) {
    throw new AirtntError('VRF_NONCANONICAL_POINT', 'the VRF public key is not a canonical ed25519 point encoding', {
      details: { field: 'publicKey', bytes: Buffer.from(publicKey).toString('hex') },
    });
  }
  if (point.isSmallOrder()) {
    throw new AirtntError('VRF_SMALL_ORDER_KEY', 'the VRF public key is a point of small order (anyone can predict its outputs)', {
      details: { bytes: Buffer.from(publicKey).toString('hex') },
    });
  }
  return { bytes: Uint8Array.from(publicKey), point };
}

/** §5.4.1.1 encode_to_curve_try_and_increment, salt = the public key bytes. */
export function encodeToCurve(publicKey: Uint8Array, alpha: Uint8Array): Point {
  const front = concatBytes(Uint8Array.of(SUITE, 0x01), publicKey, alpha);
  for (let ctr = 0; ctr < 256; ctr++) {
    const hash = sha512(concatBytes(front, Uint8Array.of(ctr, 0x00)));
    const point = decodePoint(hash.subarray(0, PT_LEN));
    if (point !== undefined) return point.clearCofactor();
  }
  // Each try succeeds with probability about 1/2: 256 failures do not happen.
  throw new AirtntError('VRF_ENCODE_FAILED', 'no curve point found after 256 tries (RFC 9381 5.4.1.1)');
}

/** §5.4.3 challenge_generation: the first cLen bytes of SHA-512 over the five points, as an integer. */
function challenge(points: readonly Point[]): bigint {
  const parts = [Uint8Array.of(SUITE, 0x02), ...points.map((p) => p.toBytes()), Uint8Array.of(0x00)];
  return leToInt(sha512(concatBytes(...parts)).subarray(0, C_LEN));
}

/** The RFC 8032 secret scalar x and nonce prefix of a 32-byte secret key (§5.4.2.2 uses the prefix). */
function expandSecret(secretKey: Uint8Array): { x: bigint; prefix: Uint8Array; publicKey: Uint8Array } {
  const { scalar, prefix, pointBytes } = ed25519.utils.getExtendedPublicKey(secretKey);
  return { x: scalar, prefix, publicKey: pointBytes };
}

/** The VRF public key of a 32-byte secret key (the same as its Ed25519 public key). */
export function vrfPublicKey(secretKey: Uint8Array): Uint8Array {
  checkBytes(secretKey, 32, 'secretKey');
  return expandSecret(secretKey).publicKey;
}

/** §5.1 ECVRF_prove: an 80-byte proof pi = Gamma || c || s of `alpha` under `secretKey`. */
export function prove(secretKey: Uint8Array, alpha: Uint8Array): Uint8Array {
  checkBytes(secretKey, 32, 'secretKey');
  const { x, prefix, publicKey } = expandSecret(secretKey);
  const Y = Point.BASE.multiply(x);
  const H = encodeToCurve(publicKey, alpha);
  const hBytes = H.toBytes();
  const Gamma = H.multiply(x);
  // §5.4.2.2 nonce: SHA-512(prefix || h_string) mod q (deterministic, as in RFC 8032).
  const k = Point.Fn.create(leToInt(sha512(concatBytes(prefix, hBytes))));
  const c = challenge([Y, H, Gamma, Point.BASE.multiply(k), H.multiply(k)]);
  const s = Point.Fn.create(k + c * x);
  return concatBytes(Gamma.toBytes(), intToLe(c, C_LEN), intToLe(s, Q_LEN));
}

/** §5.4.4 decode_proof, strict. Throws VRF_BAD_LENGTH, VRF_NONCANONICAL_POINT or VRF_SCALAR_OUT_OF_RANGE. */
function decodeProof(proof: Uint8Array): { Gamma: Point; c: bigint; s: bigint } {
  checkBytes(proof, PROOF_LEN, 'proof');
  const Gamma = decodePoint(proof.subarray(0, PT_LEN));
  if (Gamma === undefined) {
    throw new AirtntError('VRF_NONCANONICAL_POINT', 'the proof\'s Gamma is not a canonical ed25519 point encoding', {
      details: { field: 'Gamma', bytes: Buffer.from(proof.subarray(0, PT_LEN)).toString('hex') },
    });
  }
  const c = leToInt(proof.subarray(PT_LEN, PT_LEN + C_LEN));
  const s = leToInt(proof.subarray(PT_LEN + C_LEN));
  if (s >= L) {
    throw new AirtntError('VRF_SCALAR_OUT_OF_RANGE', 'the proof\'s s is not below the group order L', {
      details: { s: s.toString(), L: L.toString() },
    });
  }
  return { Gamma, c, s };
}

/** §5.2 ECVRF_proof_to_hash: the 64-byte output beta of a (well-formed) proof. Does not verify it. */
export function proofToHash(proof: Uint8Array): Uint8Array {
  const { Gamma } = decodeProof(proof);
  return sha512(concatBytes(Uint8Array.of(SUITE, 0x03), Gamma.clearCofactor().toBytes(), Uint8Array.of(0x00)));
}

/**
 * §5.3 ECVRF_verify: returns beta when `proof` is `publicKey`'s proof of `alpha`, else throws a named
 * error (VRF_BAD_LENGTH, VRF_NONCANONICAL_POINT, VRF_SMALL_ORDER_KEY, VRF_SCALAR_OUT_OF_RANGE,
 * VRF_PROOF_INVALID). Never returns a value for a proof that does not verify.
 */
export function verify(publicKey: Uint8Array | VrfPublicKey, alpha: Uint8Array, proof: Uint8Array): Uint8Array {
  const key = publicKey instanceof Uint8Array ? parsePublicKey(publicKey) : publicKey;
  const { Gamma, c, s } = decodeProof(proof);
  const H = encodeToCurve(key.bytes, alpha);
  // U = s*B - c*Y, V = s*H - c*Gamma (public values only: variable time is fine).
  const U = Point.BASE.multiplyUnsafe(s).subtract(key.point.multiplyUnsafe(c));
  const V = H.multiplyUnsafe(s).subtract(Gamma.multiplyUnsafe(c));
  if (challenge([key.point, H, Gamma, U, V]) !== c) {
    throw new AirtntError('VRF_PROOF_INVALID', 'the VRF proof does not verify for this public key and input', {
      details: { publicKey: Buffer.from(key.bytes).toString('hex'), alphaLength: alpha.length },
    });
  }
  return proofToHash(proof);
}

/** verify() as a boolean, for callers that only rank (any named failure is false). */
export function isValidProof(publicKey: Uint8Array, alpha: Uint8Array, proof: Uint8Array): boolean {
  try {
    verify(publicKey, alpha, proof);
    return true;
  } catch (error) {
    if (error instanceof AirtntError && error.code.startsWith('VRF_')) return false;
    throw error;
  }
}
