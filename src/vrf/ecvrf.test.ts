import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ED25519_TORSION_SUBGROUP, ed25519 } from '@noble/curves/ed25519.js';
import fc from 'fast-check';
import { AirtntError } from '../util/errors.js';
import { encodeToCurve, isValidProof, L, parsePublicKey, proofToHash, prove, verify, vrfPublicKey } from './ecvrf.js';

type Vector = { name: string; sk: string; pk: string; alpha: string; x: string; H: string; k: string; U: string; V: string; pi: string; beta: string };

const vectors = JSON.parse(
  readFileSync(new URL('../../../shared/attestation/ecvrf/rfc9381_ecvrf_edwards25519_sha512_tai.json', import.meta.url), 'utf8'),
) as Vector[];
const hex = (value: string): Uint8Array => new Uint8Array(Buffer.from(value, 'hex'));
const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** Asserts that `fn` throws an AirtntError with `code`. */
function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (error: unknown) => error instanceof AirtntError && error.code === code, `expected ${code}`);
}

const leToInt = (bytes: Uint8Array): bigint => BigInt(`0x${toHex(Uint8Array.from(bytes).reverse()) || '0'}`);
const intToLe = (n: bigint, length: number): Uint8Array => hex(n.toString(16).padStart(length * 2, '0')).reverse();

describe('ECVRF-EDWARDS25519-SHA512-TAI: RFC 9381 appendix B.3 vectors', () => {
  assert.equal(vectors.length, 3);
  for (const v of vectors) {
    it(`${v.name}: public key, H, proof and beta match; the proof verifies`, () => {
      const sk = hex(v.sk);
      const alpha = hex(v.alpha);
      assert.equal(toHex(vrfPublicKey(sk)), v.pk);
      // x is the clamped RFC 8032 scalar; noble reduces it mod L.
      assert.equal(ed25519.utils.getExtendedPublicKey(sk).scalar, leToInt(hex(v.x)) % L);
      assert.equal(toHex(encodeToCurve(hex(v.pk), alpha).toBytes()), v.H);
      const proof = prove(sk, alpha);
      assert.equal(toHex(proof), v.pi);
      assert.equal(toHex(proofToHash(proof)), v.beta);
      assert.equal(toHex(verify(hex(v.pk), alpha, hex(v.pi))), v.beta);
      // U = k*B and V = k*H with k = SHA-512(prefix || H) mod L (5.4.2.2): the nonce the vector lists.
      const k = leToInt(hex(v.k)) % L;
      assert.equal(toHex(ed25519.Point.BASE.multiply(k).toBytes()), v.U);
      assert.equal(toHex(ed25519.Point.fromBytes(hex(v.H)).multiply(k).toBytes()), v.V);
    });
  }
});

describe('ECVRF: strict decoding and adversarial proofs, each refused by name', () => {
  const v = vectors[1]!;
  const pk = hex(v.pk);
  const alpha = hex(v.alpha);
  const pi = hex(v.pi);

  it('refuses every small-order public key (VRF_SMALL_ORDER_KEY), including those with a valid-looking proof', () => {
    for (const torsion of ED25519_TORSION_SUBGROUP) {
      const key = hex(torsion);
      // Some torsion encodings are themselves non-canonical; each is refused either way, never accepted.
      const canonical = toHex(ed25519.Point.fromBytes(key, true).toBytes()) === torsion;
      throwsCode(() => parsePublicKey(key), canonical ? 'VRF_SMALL_ORDER_KEY' : 'VRF_NONCANONICAL_POINT');
      throwsCode(() => verify(key, alpha, pi), canonical ? 'VRF_SMALL_ORDER_KEY' : 'VRF_NONCANONICAL_POINT');
    }
    // The identity (y = 1) as the key: with Gamma = identity, c*Y vanishes, the attack the check prevents.
    throwsCode(() => verify(hex('01'.padEnd(64, '0')), alpha, pi), 'VRF_SMALL_ORDER_KEY');
  });

  it('refuses non-canonical encodings of the key and of Gamma (VRF_NONCANONICAL_POINT)', () => {
    // y = p + 1 encodes y = 1 without reduction; y = 1 with the sign bit set is "negative zero" x.
    const pPlusOne = intToLe(2n ** 255n - 19n + 1n, 32);
    const negativeZero = hex(`01${'00'.repeat(30)}80`);
    // A y that is not on the curve (no square root for x): y = 2.
    const offCurve = intToLe(2n, 32);
    for (const bad of [pPlusOne, negativeZero, offCurve]) {
      throwsCode(() => parsePublicKey(bad), 'VRF_NONCANONICAL_POINT');
      const proof = Uint8Array.from(pi);
      proof.set(bad, 0);
      throwsCode(() => verify(pk, alpha, proof), 'VRF_NONCANONICAL_POINT');
      throwsCode(() => proofToHash(proof), 'VRF_NONCANONICAL_POINT');
    }
    // The key with the sign bit flipped is another canonical point: decoded, then its proof fails.
    const flippedSign = Uint8Array.from(pk);
    flippedSign[31]! ^= 0x80;
    throwsCode(() => verify(flippedSign, alpha, pi), 'VRF_PROOF_INVALID');
  });

  it('refuses s >= L, the malleable twin s + L of a valid proof (VRF_SCALAR_OUT_OF_RANGE)', () => {
    const s = leToInt(pi.subarray(48));
    const twin = Uint8Array.from(pi);
    twin.set(intToLe(s + L, 32), 48);
    throwsCode(() => verify(pk, alpha, twin), 'VRF_SCALAR_OUT_OF_RANGE');
    throwsCode(() => proofToHash(twin), 'VRF_SCALAR_OUT_OF_RANGE');
    const maxS = Uint8Array.from(pi);
    maxS.set(intToLe(2n ** 256n - 1n, 32), 48);
    throwsCode(() => verify(pk, alpha, maxS), 'VRF_SCALAR_OUT_OF_RANGE');
  });

  it('refuses wrong lengths (VRF_BAD_LENGTH)', () => {
    throwsCode(() => verify(pk, alpha, pi.subarray(0, 79)), 'VRF_BAD_LENGTH');
    throwsCode(() => verify(pk.subarray(0, 31), alpha, pi), 'VRF_BAD_LENGTH');
    throwsCode(() => prove(new Uint8Array(31), alpha), 'VRF_BAD_LENGTH');
  });

  it('refuses a proof for another input, under another key, or with any single bit flipped', () => {
    throwsCode(() => verify(pk, hex('73'), pi), 'VRF_PROOF_INVALID');
    throwsCode(() => verify(hex(vectors[0]!.pk), alpha, pi), 'VRF_PROOF_INVALID');
    const allowed = new Set(['VRF_PROOF_INVALID', 'VRF_NONCANONICAL_POINT', 'VRF_SCALAR_OUT_OF_RANGE']);
    for (let bit = 0; bit < pi.length * 8; bit++) {
      const flipped = Uint8Array.from(pi);
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      assert.throws(
        () => verify(pk, alpha, flipped),
        (error: unknown) => error instanceof AirtntError && allowed.has(error.code),
        `bit ${bit}`,
      );
    }
  });

  it('property: a proof verifies for its key and input only; any other input or key is refused', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ maxLength: 48 }),
        fc.uint8Array({ minLength: 1, maxLength: 48 }),
        (sk, otherSk, alpha, otherAlpha) => {
          const key = vrfPublicKey(sk);
          const proof = prove(sk, alpha);
          assert.deepEqual(verify(key, alpha, proof), proofToHash(proof));
          if (toHex(otherAlpha) !== toHex(alpha)) assert.equal(isValidProof(key, otherAlpha, proof), false);
          if (toHex(otherSk) !== toHex(sk)) assert.equal(isValidProof(vrfPublicKey(otherSk), alpha, proof), false);
        },
      ),
      { numRuns: 25 },
    );
  });
});
