import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { decodeOutputs, decodeStatePayload, encodeOutputs, encodeStatePayload, STATE_KINDS } from './payload.js';

const malformed = (error: unknown) => isAirtntError(error, 'PAYLOAD_MALFORMED') || isAirtntError(error, 'DIFF_MALFORMED');

describe('round payloads', () => {
  it('outputs round-trip, including empty ones', () => {
    const outputs = [new Uint8Array([1]), new Uint8Array(0), new Uint8Array(300).fill(9)];
    assert.deepEqual(decodeOutputs(encodeOutputs(outputs), 1000), outputs);
    assert.deepEqual(decodeOutputs(encodeOutputs([]), 0), []);
  });

  it('outputs refuse truncation, trailing bytes, and more than the limit', () => {
    const encoded = encodeOutputs([new Uint8Array(10), new Uint8Array(10)]);
    assert.throws(() => decodeOutputs(encoded.subarray(0, encoded.length - 1), 100), malformed);
    assert.throws(() => decodeOutputs(Uint8Array.from([...encoded, 0]), 100), malformed);
    assert.throws(() => decodeOutputs(encoded, 19), malformed);
    assert.throws(() => decodeOutputs(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 100), malformed);
  });

  it('the state payload names its kind and rebuilds the state', () => {
    const previous = new Uint8Array(1000).fill(1);
    const next = previous.slice();
    next[500] = 7;
    const { payload, kind } = encodeStatePayload(previous, next);
    assert.equal(kind, 'byteDiff');
    assert.equal(payload[0], STATE_KINDS.byteDiff);
    assert.ok(payload.length < 10);
    assert.deepEqual(decodeStatePayload(previous, payload, 1000), next);
    assert.throws(() => decodeStatePayload(previous, payload, 999), malformed);
  });

  it('refuses an unknown kind, an empty payload, or a life diff without its decoder', () => {
    assert.throws(() => decodeStatePayload(new Uint8Array(1), Uint8Array.from([9, 0]), 10), malformed);
    assert.throws(() => decodeStatePayload(new Uint8Array(1), new Uint8Array(0), 10), malformed);
    assert.throws(() => decodeStatePayload(new Uint8Array(1), Uint8Array.from([STATE_KINDS.lifeDiff]), 10), malformed);
    assert.throws(() => decodeStatePayload(new Uint8Array(1), new Uint8Array(12), 10), malformed);
  });
});
