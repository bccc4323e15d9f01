import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { checkInstantiation, compileFunction, loadBuiltinFunction, measureFunction, runFunction, type FunctionLimits } from './abi.js';
import { encodeLifeState, emptyPattern } from './life.js';
import { meterModule, WORK_GLOBAL_EXPORT } from './metering.js';
import { encodeOcrQueue, generateOcrImages } from './ocr-images.js';
import { abiModule, constant, op, sleb } from './test-helpers/wasm-builder.js';

const LIMITS: FunctionLimits = { maxMemoryPages: 256, maxStateBytes: 1 << 22, maxOutputBytes: 1 << 22 };
const LOCAL_SET = 0x21;
const I32_SUB = 0x6b;

/** run(len, cycles): counts `cycles` down to 0 in a loop, returns 0. */
const COUNT_DOWN = [
  ...op.block, ...op.loop,
  op.localGet, 1, op.i32Eqz, op.brIf, 1,
  op.localGet, 1, op.i32Const, 1, I32_SUB, LOCAL_SET, 1,
  op.br, 0,
  op.end, op.end,
  op.i32Const, 0,
];
/** run(): loops forever. */
const FOREVER = [...op.loop, op.br, 0, op.end, op.i32Const, 0];

function lifeState(side: number, seed: number): Uint8Array {
  const pattern = emptyPattern(side, side);
  let x = seed;
  for (let i = 0; i < pattern.cells.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    pattern.cells[i] = x % 3 === 0 ? 1 : 0;
  }
  return encodeLifeState(side, side, pattern);
}

async function rejectsWith(promise: Promise<unknown>, code: string, text?: string): Promise<unknown> {
  let caught: unknown;
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isAirtntError(error, code), `expected ${code}, got ${String(error)}`);
    if (text) assert.match(error.message, new RegExp(text));
    caught = error;
    return true;
  });
  return caught;
}

describe('work metering', () => {
  it('counts the same work for the same module, state and cycles, in any instance', async () => {
    const bytes = await loadBuiltinFunction('life');
    const state = lifeState(64, 7);
    const first = await runFunction(await compileFunction(bytes), state, 25, LIMITS);
    const again = await runFunction(await compileFunction(bytes), state, 25, LIMITS);
    assert.ok(first.workUnits > 25, `a generation is many instructions, got ${first.workUnits}`);
    assert.equal(again.workUnits, first.workUnits);
    assert.deepEqual(again.state, first.state);
  });

  it('counts work that grows with the loop, and with the grid, not with cycles alone', async () => {
    const module = await compileFunction(abiModule({ run: COUNT_DOWN }));
    const work = async (cycles: number) => (await runFunction(module, new Uint8Array(0), cycles, LIMITS)).workUnits;
    const [w0, w1, w10, w1000] = [await work(0), await work(1), await work(10), await work(1000)];
    const perIteration = w1 - w0;
    assert.ok(perIteration > 0);
    assert.equal(w10 - w0, 10 * perIteration);
    assert.equal(w1000 - w0, 1000 * perIteration);

    const life = await compileFunction(await loadBuiltinFunction('life'));
    const small = await runFunction(life, lifeState(50, 3), 5, LIMITS);
    const large = await runFunction(life, lifeState(400, 3), 5, LIMITS);
    assert.ok(large.workUnits > 20 * small.workUnits, `400x400 (${large.workUnits}) should cost far more than 50x50 (${small.workUnits})`);
  });

  it('stops a round once its work budget is spent, and says so apart from the function\'s own traps', async () => {
    const module = await compileFunction(abiModule({ run: FOREVER }));
    const started = Date.now();
    const error = await rejectsWith(runFunction(module, new Uint8Array(0), 1, LIMITS, 2_000_000), 'FUNCTION_WORK_EXHAUSTED');
    assert.ok(Date.now() - started < 10_000);
    assert.equal((error as { details: { workUnits: number } }).details.workUnits, 2_000_000);

    // Within budget the same loop is fine; one unit short of what it needs, it is stopped.
    const counting = await compileFunction(abiModule({ run: COUNT_DOWN }));
    const needed = (await runFunction(counting, new Uint8Array(0), 100, LIMITS)).workUnits;
    assert.equal((await runFunction(counting, new Uint8Array(0), 100, LIMITS, needed)).workUnits, needed);
    await rejectsWith(runFunction(counting, new Uint8Array(0), 100, LIMITS, needed - 1), 'FUNCTION_WORK_EXHAUSTED');

    // The function's own unreachable is a trap, with the work it did.
    const trapping = await compileFunction(abiModule({ run: [op.unreachable] }));
    const trap = await rejectsWith(runFunction(trapping, new Uint8Array(0), 1, LIMITS, 1000), 'FUNCTION_TRAPPED');
    assert.ok((trap as { details: { workUnits: number } }).details.workUnits >= 1);
  });

  it('keeps the measurement of the built-in functions (the original bytes) and runs them metered', async () => {
    const expected = JSON.parse(readFileSync(join(process.cwd(), 'functions', 'measurements.json'), 'utf8')) as Record<string, string>;
    for (const name of ['life', 'ocr'] as const) {
      const bytes = await loadBuiltinFunction(name);
      assert.equal(Buffer.from(measureFunction(bytes)).toString('hex'), expected[name]);
      assert.equal(createHash('sha256').update(bytes).digest('hex'), expected[name]);
      const metered = meterModule(bytes, 1000);
      assert.notEqual(createHash('sha256').update(metered).digest('hex'), expected[name]);
    }
    const ocr = await compileFunction(await loadBuiltinFunction('ocr'));
    const result = await runFunction(ocr, encodeOcrQueue(generateOcrImages({ count: 2, seed: 11 })), 2, LIMITS);
    assert.equal(result.cyclesDone, 2);
    assert.ok(result.workUnits > 0);
  });

  it('charges bulk memory by length, read before it runs, so the work budget stops a memset loop', async () => {
    const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.wasm`)));
    const module = await compileFunction(fixtureBytes('hostile-memfill'));
    const fills = (count: number) => Uint8Array.from([count & 0xff, (count >> 8) & 0xff, 0, 0]);
    // Each 15 MiB fill costs at least 15 MiB / 64 units: 10 fills are at least 2,457,600 units.
    const ten = await runFunction(module, fills(10), 1, LIMITS);
    assert.ok(ten.workUnits >= 10 * (15 * 1024 * 1024) / 64, `10 fills of 15 MiB charged ${ten.workUnits} units`);
    const one = await runFunction(module, fills(1), 1, LIMITS);
    assert.ok(ten.workUnits - one.workUnits >= 9 * (15 * 1024 * 1024) / 64, 'the charge grows with the bytes filled');
    // 1,000 fills (15 GB of memset) under a budget of 2^24 units: stopped after a few fills by the budget.
    const started = Date.now();
    const error = await rejectsWith(runFunction(module, fills(1000), 1, LIMITS, 2 ** 24), 'FUNCTION_WORK_EXHAUSTED');
    assert.equal((error as { details: { workUnits: number } }).details.workUnits, 2 ** 24);
    assert.ok(Date.now() - started < 10_000);
    // The same loop in a start function is refused at its trial start by the start budget.
    const bomb = await compileFunction(fixtureBytes('bad-start-memfill'));
    const startedBomb = Date.now();
    await assert.rejects(checkInstantiation(bomb, 256), (refused: unknown) => {
      assert.ok(isAirtntError(refused, 'INVALID_FUNCTION'), String(refused));
      assert.equal(refused.details.reason, 'start');
      return true;
    });
    assert.ok(Date.now() - startedBomb < 10_000);
  });

  it('charges memory.grow by pages and a zero-length fill only its instruction', async () => {
    const GROW = [op.i32Const, 4, 0x40, 0x00, op.drop, op.i32Const, 0];
    const grown = await runFunction(await compileFunction(abiModule({ run: GROW })), new Uint8Array(0), 1, LIMITS);
    const plain = await runFunction(await compileFunction(abiModule({ run: [op.i32Const, 4, op.drop, op.i32Const, 0] })), new Uint8Array(0), 1, LIMITS);
    assert.equal(grown.workUnits - plain.workUnits, 4 * 1024 + 1, 'four pages, 1024 units each, and the instruction');
    const FILL0 = [op.i32Const, 0, op.i32Const, 0, op.i32Const, 0, 0xfc, 11, 0x00, op.i32Const, 0];
    const filled = await runFunction(await compileFunction(abiModule({ run: FILL0 })), new Uint8Array(0), 1, LIMITS);
    const FILL100 = [op.i32Const, 0, op.i32Const, 0, op.i32Const, ...sleb(100), 0xfc, 11, 0x00, op.i32Const, 0];
    const filled100 = await runFunction(await compileFunction(abiModule({ run: FILL100 })), new Uint8Array(0), 1, LIMITS);
    assert.equal(filled100.workUnits - filled.workUnits, 2, '100 bytes: ceil(100 / 64) units');
  });

  it('refuses module features it cannot meter', async () => {
    // SIMD: v128.const 0, drop.
    const simd = abiModule({ run: [0xfd, 0x0c, ...new Array<number>(16).fill(0), op.drop, op.i32Const, 0] });
    assert.ok(WebAssembly.validate(simd), 'the SIMD module is valid WebAssembly');
    await rejectsWith(compileFunction(simd), 'INVALID_FUNCTION', 'cannot be metered: opcode 0xfd');
    // Its own export under the counter's name.
    const clash = abiModule({ run: [op.i32Const, 0], extra: [constant(WORK_GLOBAL_EXPORT, 1)] });
    await rejectsWith(compileFunction(clash), 'INVALID_FUNCTION', `exports ${WORK_GLOBAL_EXPORT}`);
    // Atomics (threads): atomic.fence.
    const atomics = abiModule({ run: [0xfe, 0x03, 0x00, op.i32Const, 0] });
    assert.throws(() => meterModule(atomics, 1), (error: unknown) => isAirtntError(error, 'INVALID_FUNCTION'));
    // A truncated body is refused, not misread.
    assert.throws(() => meterModule(abiModule({ run: [op.i32Const, ...sleb(5)] }).subarray(0, 60), 1), (error: unknown) => isAirtntError(error, 'INVALID_FUNCTION'));
  });
});
