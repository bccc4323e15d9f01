/** The Game of Life WebAssembly module (build/functions/life.wasm) against known patterns and the TS reference. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { isAirtntError } from '../util/errors.js';
import { compileFunction, loadBuiltinFunction, runFunction, type FunctionLimits } from './abi.js';
import { decodeLifeState, encodeLifeState, lifeRunReference, parseRle, placePattern, type LifePattern } from './life.js';

const LIMITS: FunctionLimits = { maxMemoryPages: 256, maxStateBytes: 1 << 22, maxOutputBytes: 1 << 22 };
const BLOCK = parseRle('x = 2, y = 2\n2o$2o!');
const BEEHIVE = parseRle('x = 4, y = 3\nb2o$o2bo$b2o!');
const BLINKER = parseRle('x = 3, y = 1\n3o!');
const TOAD = parseRle('x = 4, y = 2\nb3o$3o!');
const PULSAR = parseRle('x = 13, y = 13, rule = B3/S23\n2b3o3b3o2b2$o4bobo4bo$o4bobo4bo$o4bobo4bo$2b3o3b3o2b2$2b3o3b3o2b$o4bobo4bo$o4bobo4bo$o4bobo4bo2$2b3o3b3o!');
const GLIDER = parseRle('x = 3, y = 3\nbo$2bo$3o!');

let life: WebAssembly.Module;
before(async () => {
  life = await compileFunction(await loadBuiltinFunction('life'));
});

function state(pattern: LifePattern, width: number, height: number, x: number, y: number): Uint8Array {
  return encodeLifeState(width, height, placePattern(pattern, width, height, x, y));
}

async function run(input: Uint8Array, cycles: number) {
  const result = await runFunction(life, input, cycles, LIMITS);
  assert.deepEqual(result.outputs, [], 'life has no outputs');
  return result;
}

const gridArb = fc
  .record({ width: fc.integer({ min: 1, max: 140 }), height: fc.integer({ min: 1, max: 24 }), density: fc.integer({ min: 10, max: 60 }) })
  .chain(({ width, height, density }) =>
    fc
      .array(fc.integer({ min: 0, max: 99 }), { minLength: width * height, maxLength: width * height })
      .map((rolls) => ({ width, height, cells: Uint8Array.from(rolls, (roll) => (roll < density ? 1 : 0)) })),
  );

describe('life.wasm on known patterns', () => {
  it('still lifes (block, beehive) are fixed points: 0 cycles done, state unchanged', async () => {
    for (const pattern of [BLOCK, BEEHIVE]) {
      const input = state(pattern, 8, 7, 2, 2);
      const result = await run(input, 10);
      assert.equal(result.cyclesDone, 0);
      assert.deepEqual(result.state, input);
    }
  });

  it('oscillators return after their period and never terminate: blinker and toad (2), pulsar (3)', async () => {
    for (const [pattern, period] of [[BLINKER, 2], [TOAD, 2], [PULSAR, 3]] as const) {
      const input = state(pattern, pattern.width + 6, pattern.height + 6, 3, 3);
      for (let generations = 1; generations < period; generations++) {
        assert.notDeepEqual((await run(input, generations)).state, input);
      }
      const result = await run(input, period * 7);
      assert.equal(result.cyclesDone, period * 7);
      assert.deepEqual(result.state, input);
    }
    const vertical = await run(state(BLINKER, 5, 5, 1, 2), 1);
    assert.deepEqual(vertical.state, state(parseRle('x = 1, y = 3\no$o$o!'), 5, 5, 2, 1));
  });

  it('a glider moves by (1, 1) every 4 generations, round after round', async () => {
    let current = state(GLIDER, 40, 40, 1, 1);
    for (let k = 1; k <= 34; k++) {
      const result = await run(current, 4);
      assert.equal(result.cyclesDone, 4);
      assert.deepEqual(result.state, state(GLIDER, 40, 40, 1 + k, 1 + k), `after ${4 * k} generations`);
      current = result.state;
    }
  });

  it('cells outside the grid are dead: a blinker on the edge dies, then the run terminates', async () => {
    const input = state(BLINKER, 5, 5, 0, 0);
    const result = await run(input, 10);
    assert.equal(result.cyclesDone, 2);
    assert.equal(decodeLifeState(result.state).cells.every((cell) => cell === 0), true);
    // A glider hitting the corner of a small grid settles; the module and the reference agree on when.
    const corner = state(GLIDER, 12, 12, 0, 0);
    const wasm = await run(corner, 200);
    const reference = lifeRunReference(decodeLifeState(corner), 200);
    assert.equal(wasm.cyclesDone, reference.cyclesDone);
    assert.ok(wasm.cyclesDone < 200);
    assert.deepEqual(decodeLifeState(wasm.state), reference.pattern);
  });

  it('0 cycles returns the state as is', async () => {
    const input = state(GLIDER, 9, 9, 2, 2);
    const result = await run(input, 0);
    assert.equal(result.cyclesDone, 0);
    assert.deepEqual(result.state, input);
  });

  it('rejects malformed states (length, padding bits, zero width) as FUNCTION_TRAPPED invalid-state', async () => {
    const good = state(GLIDER, 10, 4, 0, 0);
    const padded = good.slice();
    padded[8 + 1] = padded[8 + 1]! | 0x80;
    const zeroWidth = good.slice();
    zeroWidth.fill(0, 0, 4);
    for (const input of [good.subarray(0, good.length - 1), padded, zeroWidth, new Uint8Array(5)]) {
      await assert.rejects(runFunction(life, input, 1, LIMITS), (error: unknown) => {
        assert.ok(isAirtntError(error, 'FUNCTION_TRAPPED'));
        assert.equal(error.details.reason, 'invalid-state');
        return true;
      });
    }
  });
});

describe('life.wasm against the TypeScript reference', () => {
  it('matches the reference on random grids (widths across 64-bit word boundaries)', async () => {
    await fc.assert(
      fc.asyncProperty(gridArb, fc.integer({ min: 0, max: 12 }), async (grid, generations) => {
        const result = await run(encodeLifeState(grid.width, grid.height, grid), generations);
        const reference = lifeRunReference(grid, generations);
        assert.equal(result.cyclesDone, reference.cyclesDone);
        assert.deepEqual(decodeLifeState(result.state), reference.pattern);
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it('obeys the checkpoint law: a then b cycles = a + b cycles (state, outputs, d)', async () => {
    await fc.assert(
      fc.asyncProperty(gridArb, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), async (grid, a, b) => {
        const input = encodeLifeState(grid.width, grid.height, grid);
        const first = await run(input, a);
        const second = await run(first.state, b);
        const whole = await run(input, a + b);
        assert.deepEqual(second.state, whole.state);
        assert.deepEqual([...first.outputs, ...second.outputs], whole.outputs);
        assert.equal(first.cyclesDone + second.cyclesDone, whole.cyclesDone);
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});
