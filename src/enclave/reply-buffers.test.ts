/**
 * The enclave worker's replies carry only their own bytes: a view into a shared buffer, once cloned
 * for postMessage, would carry the whole buffer (here a secret written next to it) to the host.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownedBuffers } from './reply-buffers.js';

const SECRET = Buffer.from('an enclave secret next to a reply');

function sharedView(): Uint8Array {
  const slab = new Uint8Array(4096);
  slab.set(SECRET, 100);
  slab.set([1, 2, 3, 4, 5], 2000);
  return slab.subarray(2000, 2005);
}

const carries = (bytes: Uint8Array) => Buffer.from(bytes.buffer).includes(SECRET);

describe('enclave replies own their buffers', () => {
  it('a view into a shared buffer is copied, nested in objects and arrays; what it shows is kept', () => {
    const reply = { record: sharedView(), replica: { view: 1, ciphertext: sharedView() }, keys: [sharedView()], text: 'x', count: 3 };
    // What postMessage does without the copy: the clone carries the whole buffer.
    assert.equal(carries(structuredClone(reply).record), true);
    const owned = structuredClone(ownedBuffers(reply));
    for (const bytes of [owned.record, owned.replica.ciphertext, owned.keys[0]!]) {
      assert.deepEqual([...bytes], [1, 2, 3, 4, 5]);
      assert.equal(bytes.buffer.byteLength, 5);
      assert.equal(carries(bytes), false);
    }
    assert.deepEqual([owned.text, owned.count, owned.replica.view], ['x', 3, 1]);
  });

  it('an array that owns its whole buffer is passed as it is (it can be transferred)', () => {
    const own = new Uint8Array([9, 9, 9]);
    const reply = { key: own };
    assert.equal(ownedBuffers(reply).key, own);
    assert.equal(ownedBuffers(own), own);
    // Node's pooled small Buffers are views into a shared slab: copied.
    const pooled = Buffer.from('tiny');
    assert.notEqual(ownedBuffers(pooled), pooled);
  });
});
