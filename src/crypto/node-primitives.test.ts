/**
 * NODE_PRIMITIVES' Ed25519 check against noble's strict one (zip215 off): the same answer for honest
 * keys and for the keys OpenSSL alone would take (non-canonical, small-order, with a small-order part).
 * And both X25519s: RFC 7748's vectors, low-order keys refused, the same outputs on random keys.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { isAirtntError } from '../util/errors.js';
import { NODE_PRIMITIVES } from './node-primitives.js';
import { NOBLE_PRIMITIVES } from './primitives.js';

const message = new TextEncoder().encode('airtnt/pool-ack/v1 and any other message');

/** y = 1 (the identity), and an all-zero S with R = identity: a "signature" of every message under the identity key. */
const identity = Uint8Array.from([1, ...new Array(31).fill(0)]);
const universal = Uint8Array.from([...identity, ...new Array(32).fill(0)]);
/** A point of order 2 (y = p - 1), and the identity encoded with y = p + 1 (non-canonical). */
const orderTwo = Uint8Array.from([0xec, ...new Array(30).fill(0xff), 0x7f]);
const nonCanonical = Uint8Array.from([0xee, ...new Array(30).fill(0xff), 0x7f]);

describe('NODE_PRIMITIVES ed25519.verify', () => {
  it('agrees with noble on an honest key: its signature verifies, another message or key does not', () => {
    const secret = ed25519.utils.randomSecretKey();
    const publicKey = ed25519.getPublicKey(secret);
    const signature = ed25519.sign(message, secret);
    for (const primitives of [NODE_PRIMITIVES, NOBLE_PRIMITIVES]) {
      assert.equal(primitives.ed25519.verify(signature, message, publicKey), true, primitives.name);
      assert.equal(primitives.ed25519.verify(signature, message.subarray(1), publicKey), false, primitives.name);
      assert.equal(primitives.ed25519.verify(signature, message, ed25519.getPublicKey(ed25519.utils.randomSecretKey())), false, primitives.name);
    }
  });

  it('refuses what noble refuses: the identity key with the universal signature, small-order and non-canonical keys', () => {
    for (const [name, key, signature] of [['identity', identity, universal], ['order 2', orderTwo, universal], ['non-canonical', nonCanonical, universal]] as const) {
      assert.equal(NOBLE_PRIMITIVES.ed25519.verify(signature, message, key), false, `noble: ${name}`);
      assert.equal(NODE_PRIMITIVES.ed25519.verify(signature, message, key), false, `node: ${name}`);
    }
  });

  it('refuses a key with a small-order component (an honest key plus a point of order 8), even for its own signatures', () => {
    const secret = ed25519.utils.randomSecretKey();
    const honest = ed25519.Point.fromBytes(ed25519.getPublicKey(secret));
    const torsion = ed25519.Point.fromBytes(orderTwo);
    const mixed = honest.add(torsion).toBytes();
    assert.equal(NODE_PRIMITIVES.ed25519.verify(ed25519.sign(message, secret), message, mixed), false);
  });
});

/** RFC 7748 section 5.2 (the first X25519 vector) and section 6.1 (Alice and Bob). */
const RFC7748 = {
  scalar: 'a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4',
  u: 'e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c',
  out: 'c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552',
  alice: '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
  alicePublic: '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
  bob: '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb',
  bobPublic: 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
  shared: '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742',
};
const hex = (value: string) => new Uint8Array(Buffer.from(value, 'hex'));
const bare = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
/** u-coordinates of low order (libsodium's list, and p - 1, p, p + 1): X25519 with any of them is all zero. */
const LOW_ORDER = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800',
  '5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
];

describe('X25519 (noble and node:crypto)', () => {
  for (const primitives of [NOBLE_PRIMITIVES, NODE_PRIMITIVES]) {
    it(`${primitives.name}: RFC 7748 vectors`, () => {
      const x = primitives.x25519!;
      assert.equal(bare(x.sharedSecret(hex(RFC7748.scalar), hex(RFC7748.u))), RFC7748.out);
      assert.equal(bare(x.publicKey(hex(RFC7748.alice))), RFC7748.alicePublic);
      assert.equal(bare(x.publicKey(hex(RFC7748.bob))), RFC7748.bobPublic);
      assert.equal(bare(x.sharedSecret(hex(RFC7748.alice), hex(RFC7748.bobPublic))), RFC7748.shared);
      assert.equal(bare(x.sharedSecret(hex(RFC7748.bob), hex(RFC7748.alicePublic))), RFC7748.shared);
    });

    it(`${primitives.name}: refuses every low-order public key (an all-zero result)`, () => {
      for (const u of LOW_ORDER) assert.throws(() => primitives.x25519!.sharedSecret(hex(RFC7748.alice), hex(u)), u);
    });
  }

  it('node:crypto: a low-order key is refused by name, and no copy of the secret is left in Node\'s shared Buffer pool', () => {
    assert.throws(() => NODE_PRIMITIVES.x25519!.sharedSecret(hex(RFC7748.alice), hex(LOW_ORDER[2]!)), (error) => isAirtntError(error, 'HPKE_BAD_PUBLIC_KEY'));
    const secret = ed25519.utils.randomSecretKey();
    NODE_PRIMITIVES.x25519!.sharedSecret(secret, hex(RFC7748.bobPublic));
    NODE_PRIMITIVES.x25519!.publicKey(secret);
    // A small Buffer made next comes from the current pool slab: the slab must not hold the secret.
    const needle = Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength); // a view: no copy made in the pool
    assert.equal(Buffer.from(Buffer.from('public data').buffer).includes(needle), false);
  });

  it('node:crypto gives what noble gives, on random keys and on u-coordinates with the top bit set', () => {
    for (let i = 0; i < 50; i += 1) {
      const secret = ed25519.utils.randomSecretKey();
      const peer = NOBLE_PRIMITIVES.x25519!.publicKey(ed25519.utils.randomSecretKey());
      if (i % 2 === 1) peer[31]! |= 0x80; // RFC 7748: the top bit of u is ignored
      assert.equal(bare(NODE_PRIMITIVES.x25519!.publicKey(secret)), bare(NOBLE_PRIMITIVES.x25519!.publicKey(secret)));
      assert.equal(bare(NODE_PRIMITIVES.x25519!.sharedSecret(secret, peer)), bare(NOBLE_PRIMITIVES.x25519!.sharedSecret(secret, peer)));
    }
  });
});
