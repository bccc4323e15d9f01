import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isAirtntError } from '../util/errors.js';
import {
  decodeLifeState,
  encodeLifeState,
  lifeStepReference,
  parseCells,
  parsePatternFile,
  parseRle,
  placePattern,
  writeCells,
  writeRle,
  type LifePattern,
} from './life.js';

/** LifeWiki's RLE of the Gosper glider gun. */
const GOSPER_GUN_RLE = `#N Gosper glider gun
#O Bill Gosper
#C A true period 30 glider gun.
x = 36, y = 9, rule = B3/S23
24bo11b$22bobo11b$12b2o6b2o12b2o$11bo3bo4b2o12b2o$2o8bo5bo3b2o14b$2o8b
o3bob2o4bobo11b$10bo5bo7bo11b$11bo3bo20b$12b2o22b!
`;

/** The same gun, typed out as plaintext. */
const GOSPER_GUN_CELLS = `!Name: Gosper glider gun
........................O...........
......................O.O...........
............OO......OO............OO
...........O...O....OO............OO
OO........O.....O...OO..............
OO........O...O.OO....O.O...........
..........O.....O.......O...........
...........O...O....................
............OO......................
`;

function count(pattern: LifePattern): number {
  return pattern.cells.reduce((sum, cell) => sum + cell, 0);
}

function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (error: unknown) => isAirtntError(error, code));
}

const patternArb = fc
  .record({ width: fc.integer({ min: 1, max: 90 }), height: fc.integer({ min: 1, max: 30 }) })
  .chain(({ width, height }) =>
    fc.uint8Array({ minLength: width * height, maxLength: width * height, max: 1 }).map((cells) => ({ width, height, cells })),
  );

describe('RLE and .cells', () => {
  it('parses the Gosper glider gun RLE to the known 36x9 pattern', () => {
    const gun = parseRle(GOSPER_GUN_RLE);
    assert.equal(gun.width, 36);
    assert.equal(gun.height, 9);
    assert.equal(count(gun), 36);
    assert.deepEqual(gun, parseCells(GOSPER_GUN_CELLS));
  });

  it('reads multi-digit runs, runs of $, comments, and no rule', () => {
    const pattern = parseRle('#C two cells\nx = 12, y = 4\n11bo3$\n12o!');
    assert.equal(pattern.cells[11], 1);
    assert.equal(count(pattern), 13);
    assert.deepEqual([...pattern.cells.subarray(36, 48)], Array(12).fill(1));
    assert.equal(parseRle('x=3,y=1,rule=23/3\n3o!').cells.join(''), '111');
  });

  it('refuses other rules, cells outside the header, unknown tags and a missing "!"', () => {
    throwsCode(() => parseRle('x = 3, y = 1, rule = B36/S23\n3o!'), 'UNSUPPORTED_RULE');
    throwsCode(() => parseRle('x = 2, y = 1\n3o!'), 'INVALID_PATTERN');
    throwsCode(() => parseRle('x = 3, y = 1\n3o$o!'), 'INVALID_PATTERN');
    throwsCode(() => parseRle('x = 3, y = 1\n2A!'), 'INVALID_PATTERN');
    throwsCode(() => parseRle('x = 3, y = 1\n3o'), 'INVALID_PATTERN');
    throwsCode(() => parseRle('3o!'), 'INVALID_PATTERN');
    throwsCode(() => parseRle('x = 100000, y = 100000\n!'), 'PATTERN_TOO_LARGE');
  });

  it('writes RLE that LifeWiki tools read: header with the whole grid, lines of at most 70 characters', () => {
    const gun = parseRle(GOSPER_GUN_RLE);
    const text = writeRle(placePattern(gun, 60, 20, 3, 4), { name: 'gun' });
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[0], '#N gun');
    assert.equal(lines[1], 'x = 60, y = 20, rule = B3/S23');
    assert.ok(lines.every((line) => line.length <= 70));
    assert.ok(text.trimEnd().endsWith('!'));
    assert.equal(writeRle({ width: 3, height: 3, cells: Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 1, 0]) }).split('\n')[1], '2$bo!');
  });

  it('round-trips random patterns through RLE and .cells', () => {
    fc.assert(
      fc.property(patternArb, (pattern) => {
        assert.deepEqual(parseRle(writeRle(pattern)), pattern);
        assert.deepEqual(parseCells(writeCells(pattern)), pattern);
      }),
      { seed: 3, numRuns: 150 },
    );
  });

  it('reads .cells with comments and short lines, and picks the format by file name', () => {
    const pattern = parseCells('!Name: blinker\n!\n...\nOOO\n');
    assert.equal(pattern.width, 3);
    assert.equal(pattern.height, 2);
    assert.equal(pattern.cells.join(''), '000111');
    assert.equal(parseCells('O\n..O\n').cells.join(''), '100001');
    throwsCode(() => parseCells('OX\n'), 'INVALID_PATTERN');
    assert.deepEqual(parsePatternFile('gun.CELLS', GOSPER_GUN_CELLS), parsePatternFile('gun.rle', GOSPER_GUN_RLE));
  });
});

describe('the life state layout', () => {
  it('puts cell (x, y) at bit x % 8 of byte 8 + y * ceil(width / 8) + x / 8, the pattern at (0, 0)', () => {
    const pattern = parseRle('x = 10, y = 2\n$9bo!');
    const state = encodeLifeState(12, 3, pattern);
    assert.equal(state.length, 8 + 3 * 2);
    assert.deepEqual([...state.subarray(0, 8)], [12, 0, 0, 0, 3, 0, 0, 0]);
    assert.equal(state[8 + 2 + 1], 0b10);
    assert.equal(state.reduce((sum, byte, i) => (i >= 8 ? sum + byte : sum), 0), 2);
    const decoded = decodeLifeState(state);
    assert.deepEqual(decoded, placePattern(pattern, 12, 3, 0, 0));
  });

  it('refuses patterns larger than the grid and malformed states', () => {
    throwsCode(() => encodeLifeState(3, 3, parseRle('x = 4, y = 1\n4o!')), 'PATTERN_TOO_LARGE');
    const state = encodeLifeState(10, 2, parseRle('x = 1, y = 1\no!'));
    throwsCode(() => decodeLifeState(state.subarray(0, state.length - 1)), 'INVALID_LIFE_STATE');
    const padded = state.slice();
    padded[8 + 1] = 0b100; // x = 10 does not exist
    throwsCode(() => decodeLifeState(padded), 'INVALID_LIFE_STATE');
  });

  it('reference generation: a blinker turns, cells outside the grid are dead', () => {
    const blinker = placePattern(parseRle('x = 3, y = 1\n3o!'), 5, 5, 1, 2);
    assert.deepEqual(lifeStepReference(blinker), placePattern(parseRle('x = 1, y = 3\no$o$o!'), 5, 5, 2, 1));
    const atEdge = placePattern(parseRle('x = 3, y = 1\n3o!'), 3, 3, 0, 0);
    assert.equal(lifeStepReference(atEdge).cells.join(''), '010010000');
  });
});
