import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isAirtntError } from '../util/errors.js';
import { applyDiff, genDiff } from './diff.js';

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
