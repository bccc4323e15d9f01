import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isAirtntError } from '../util/errors.js';
import { encodeOcrQueue, generateOcrImages } from '../functions/ocr-images.js';
import { applyDiff, applyDropDiff, genDiff, genDropDiff, indexOfBytes } from './diff.js';
import { decodeStatePayload, encodeStatePayload, STATE_KINDS } from './payload.js';

describe('byte diff (genDiff / applyDiff)', () => {
  it('applyDiff(previous, genDiff(previous, next)) === next for any pair of states', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (previous, next) => {
        assert.deepEqual(applyDiff(previous, genDiff(previous, next), 1000), next);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips sparse changes of a large state and stays small', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9_999), fc.integer({ min: 1, max: 255 })), { maxLength: 20 }), (changes) => {
        const previous = new Uint8Array(10_000).map((_, i) => i % 7);
        const next = previous.slice();
        for (const [at, value] of changes) next[at] = previous[at]! ^ value;
        const diff = genDiff(previous, next);
        assert.deepEqual(applyDiff(previous, diff, 10_000), next);
        assert.ok(diff.length <= 3 + changes.length * 7, `diff of ${changes.length} changes is ${diff.length} bytes`);
      }),
      { numRuns: 100 },
    );
  });

  it('an unchanged state diffs to its length alone', () => {
    const state = new Uint8Array(2500).fill(1);
    assert.deepEqual(genDiff(state, state), Uint8Array.from([0xc4, 0x13]));
  });

  it('refuses a diff that writes past the state, announces too much, or is truncated', () => {
    const bad = (diff: number[], max = 100) => assert.throws(() => applyDiff(new Uint8Array(4), Uint8Array.from(diff), max), (e) => isAirtntError(e, 'DIFF_MALFORMED'));
    bad([4, 2, 3, 1, 1, 1]); // run of 3 at offset 2 in a 4-byte state
    bad([200, 1], 100); // length 200 > max
    bad([4, 0, 2, 1]); // run of 2 but one byte present
    bad([0x80]); // varint cut short
    bad([4, 0, 0]); // empty run
    bad([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]); // varint longer than 5 bytes
  });
});

describe('drop diff (genDropDiff / applyDropDiff)', () => {
  it('applyDropDiff(previous, genDropDiff(previous, next)) === next whenever a diff is offered', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 100, maxLength: 400 }), fc.nat(99), fc.uint8Array({ maxLength: 40 }), (previous, dropped, tail) => {
        const next = Uint8Array.from([...previous.subarray(dropped), ...tail]);
        next[0] = (next[0]! + 1) & 0xff; // a changed header
        const diff = genDropDiff(previous, next);
        // Random bytes never repeat a window, so a drop is found exactly when there is one to find.
        if (dropped > 0 && previous.length - dropped >= 150) assert.notEqual(diff, undefined);
        if (diff !== undefined) assert.deepEqual(applyDropDiff(previous, diff, 1000), next);
      }),
      { numRuns: 200 },
    );
  });

  it('popping images off the front of an OCR queue diffs to a few bytes, where the byte diff needs almost all of it', () => {
    const images = generateOcrImages({ count: 40, seed: 3 });
    const previous = encodeOcrQueue(images);
    const next = encodeOcrQueue(images.slice(10));
    const drop = genDropDiff(previous, next)!;
    assert.ok(drop.length < 32, `drop diff is ${drop.length} bytes`);
    assert.ok(genDiff(previous, next).length > next.length / 2);
    assert.deepEqual(applyDropDiff(previous, drop, previous.length), next);
    const { payload, kind } = encodeStatePayload(previous, next);
    assert.equal(kind, 'dropDiff');
    assert.equal(payload[0], STATE_KINDS.dropDiff);
    assert.deepEqual(decodeStatePayload(previous, payload, previous.length), next);
  });

  it('offers nothing when nothing was dropped from the front, so the byte diff is kept', () => {
    const previous = new Uint8Array(randomBytes(1000));
    const next = previous.slice();
    next[10] = next[10]! ^ 1;
    assert.equal(genDropDiff(previous, next), undefined);
    assert.equal(encodeStatePayload(previous, next).kind, 'byteDiff');
  });

  it('refuses a drop longer than the previous state and a malformed body', () => {
    const bad = (diff: number[]) => assert.throws(() => applyDropDiff(new Uint8Array(4), Uint8Array.from(diff), 100), (e) => isAirtntError(e, 'DIFF_MALFORMED'));
    bad([5, 0]); // drops 5 of 4 bytes
    bad([0x80]); // varint cut short
    bad([1, 4, 0, 9, 1]); // changed run past the end of the diff
  });
});

describe('indexOfBytes (the drop diff search, without Buffer)', () => {
  it('finds what Buffer.indexOf finds', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 6 }), fc.nat(310), fc.nat(3), (raw, needle, from, alphabet) => {
      // A small alphabet makes repeats and near-matches common.
      const haystack = raw.map((byte) => byte % (alphabet + 2));
      const small = needle.map((byte) => byte % (alphabet + 2));
      const expected = small.length === 0 ? (from <= haystack.length ? from : -1) : Buffer.from(haystack).indexOf(Buffer.from(small), from);
      assert.equal(indexOfBytes(haystack, small, from), expected);
    }), { numRuns: 2000 });
  });
});
