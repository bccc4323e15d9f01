import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isAirtntError } from '../util/errors.js';
import { encodeLifeState, lifeStepReference, parseRle, placePattern, type LifePattern } from './life.js';
import { applyLifeDiff, genLifeDiff } from './life-diff.js';

const GLIDER = parseRle('x = 3, y = 3\nbo$2bo$3o!');

function encode(pattern: LifePattern): Uint8Array {
  return encodeLifeState(pattern.width, pattern.height, pattern);
}

const pairArb = fc
  .record({ width: fc.integer({ min: 1, max: 200 }), height: fc.integer({ min: 1, max: 20 }) })
  .chain(({ width, height }) => {
    const cells = fc.uint8Array({ minLength: width * height, maxLength: width * height, max: 1 });
    // Sparse changes too: XOR a few cells of the first grid.
    const flips = fc.array(fc.integer({ min: 0, max: width * height - 1 }), { maxLength: 6 });
    return fc.tuple(cells, cells, flips, fc.boolean()).map(([a, b, positions, sparse]) => {
      const next = sparse ? a.slice() : b;
      if (sparse) for (const position of positions) next[position] = next[position]! ^ 1;
      return [encode({ width, height, cells: a }), encode({ width, height, cells: next })] as const;
    });
  });

function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (error: unknown) => isAirtntError(error, code));
}

describe('life diff', () => {
  it('applyLifeDiff(prev, genLifeDiff(prev, next)) = next for random pairs, dense and sparse', () => {
    fc.assert(
      fc.property(pairArb, ([prev, next]) => {
        assert.deepEqual(applyLifeDiff(prev, genLifeDiff(prev, next)), next);
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it('is empty for equal states and small for a moving glider', () => {
    const prev = encode(placePattern(GLIDER, 50, 50, 10, 10));
    assert.equal(genLifeDiff(prev, prev).length, 0);
    assert.deepEqual(applyLifeDiff(prev, new Uint8Array(0)), prev);
    const next = encode(lifeStepReference(placePattern(GLIDER, 50, 50, 10, 10)));
    const diff = genLifeDiff(prev, next);
    assert.ok(diff.length <= 12, `a glider step should cost a few bytes, got ${diff.length} (state ${prev.length})`);
    assert.deepEqual(applyLifeDiff(prev, diff), next);
  });

  it('refuses states of different grids and malformed diffs', () => {
    const small = encode(placePattern(GLIDER, 8, 8, 0, 0));
    const other = encode(placePattern(GLIDER, 9, 8, 0, 0));
    throwsCode(() => genLifeDiff(small, other), 'LIFE_DIFF_MISMATCH');
    throwsCode(() => applyLifeDiff(small, Uint8Array.from([0x80])), 'INVALID_LIFE_DIFF'); // truncated varint
    throwsCode(() => applyLifeDiff(small, Uint8Array.from([0, 9, ...new Array(9).fill(1)])), 'INVALID_LIFE_DIFF'); // past the grid
    throwsCode(() => applyLifeDiff(small, Uint8Array.from([0, 2, 1])), 'INVALID_LIFE_DIFF'); // past the diff
    throwsCode(() => applyLifeDiff(small, Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0])), 'INVALID_LIFE_DIFF');
    const padded = encode(placePattern(GLIDER, 10, 3, 0, 0));
    throwsCode(() => applyLifeDiff(padded, Uint8Array.from([1, 1, 0x80])), 'INVALID_LIFE_DIFF'); // sets x = 15 of a 10-wide row
  });
});
