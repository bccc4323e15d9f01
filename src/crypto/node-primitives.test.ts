/**
 * NODE_PRIMITIVES' Ed25519 check against noble's strict one (zip215 off): the same answer for honest
 * keys and for the keys OpenSSL alone would take (non-canonical, small-order, with a small-order part).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
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
