import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { compileFunction, loadBuiltinFunction, measureFunction, runFunction, type FunctionLimits } from './abi.js';
import { encodeLifeState, emptyPattern } from './life.js';
import { encodeOcrQueue, generateOcrImages } from './ocr-images.js';
import { ABORT_IMPORT, abiModule, buildModule, constant, MEMORY_IMPORT, op, sleb } from './test-helpers/wasm-builder.js';

const LIMITS: FunctionLimits = { maxMemoryPages: 64, maxStateBytes: 1 << 22, maxOutputBytes: 1 << 22 };
const I32_STORE = [0x36, 0x02, 0x00];
const I32_LOAD = [0x28, 0x02, 0x00];
const I32_ADD = 0x6a;
const I32_NE = 0x47;

/** Rejects with an AirtntError of this code (and, optionally, a message containing `text`). */
async function rejectsWith(promise: Promise<unknown>, code: string, text?: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isAirtntError(error, code), `expected ${code}, got ${String(error)}`);
    if (text) assert.match(error.message, new RegExp(text));
    return true;
  });
}

const storeConst = (address: number, value: number) => [op.i32Const, ...sleb(address), op.i32Const, ...sleb(value), ...I32_STORE];

describe('compileFunction', () => {
  it('accepts the built-in functions', async () => {
    for (const name of ['life', 'ocr'] as const) await compileFunction(await loadBuiltinFunction(name));
  });

  it('rejects bytes that are not WebAssembly', async () => {
    await rejectsWith(compileFunction(new Uint8Array([1, 2, 3, 4])), 'INVALID_FUNCTION', 'not a valid WebAssembly module');
  });

  it('rejects any import other than env.memory and env.abort', async () => {
    const clock = { module: 'env', name: 'now', kind: 'function' as const, params: [], results: ['i32' as const] };
    const bytes = abiModule({ run: [op.i32Const, 0], imports: [MEMORY_IMPORT, ABORT_IMPORT, clock] });
    await rejectsWith(compileFunction(bytes), 'INVALID_FUNCTION', 'it imports env.now');
  });

  it('rejects a module without an imported memory, or with a memory of its own', async () => {
    await rejectsWith(compileFunction(abiModule({ run: [op.i32Const, 0], imports: [ABORT_IMPORT] })), 'INVALID_FUNCTION', 'env.memory');
    const ownMemory = buildModule({ imports: [ABORT_IMPORT], functions: [constant('airtnt_abi_v1', 1)], ownMemoryPages: 1 });
    await rejectsWith(compileFunction(ownMemory), 'INVALID_FUNCTION', 'env.memory');
  });

  it('rejects a missing export and a wrong signature, naming them', async () => {
    await rejectsWith(compileFunction(abiModule({ run: [op.i32Const, 0], drop: ['state_len'] })), 'INVALID_FUNCTION', 'state_len');
    const oneParamRun = { name: 'run', params: ['i32' as const], results: ['i32' as const], body: [op.i32Const, 0] };
    await rejectsWith(compileFunction(abiModule({ run: [], extra: [oneParamRun] })), 'INVALID_FUNCTION', 'run must be \\(i32, i32\\)');
  });

  it('rejects env.abort with the wrong signature', async () => {
    const abort = { module: 'env', name: 'abort', kind: 'function' as const, params: ['i32' as const], results: [] };
    await rejectsWith(compileFunction(abiModule({ run: [op.i32Const, 0], imports: [MEMORY_IMPORT, abort] })), 'INVALID_FUNCTION', 'env.abort');
  });
});

describe('runFunction', () => {
  it('gives every call a fresh instance and memory: nothing carries over', async () => {
    // run: memory[0] += 1; the state is memory[0..4).
    const increment = [op.i32Const, 0, op.i32Const, 0, ...I32_LOAD, op.i32Const, 1, I32_ADD, ...I32_STORE, op.i32Const, 0];
    const module = await compileFunction(abiModule({ run: increment, statePtr: 0, stateLen: [op.i32Const, 4] }));
    for (let call = 0; call < 3; call++) {
      const result = await runFunction(module, new Uint8Array(0), 1, LIMITS);
      assert.deepEqual([...result.state], [1, 0, 0, 0]);
    }
  });

  it('gives every call a memory as fresh as a new one, whatever ran in that thread before (a module of another session, a grown memory)', async () => {
    const MEMORY_SIZE = [0x3f, 0x00];
    // The state: memory.size when run starts, then what the word at 60000 held, incremented there.
    const readAndCount = [op.i32Const, 0, ...MEMORY_SIZE, ...I32_STORE, op.i32Const, 4, op.i32Const, ...sleb(60000), ...I32_LOAD, ...I32_STORE, op.i32Const, ...sleb(60000), op.i32Const, ...sleb(60000), ...I32_LOAD, op.i32Const, 1, I32_ADD, ...I32_STORE, op.i32Const, 0];
    const counter = await compileFunction(abiModule({ run: readAndCount, statePtr: 0, stateLen: [op.i32Const, 8] }));
    // Another module of the same memory shape: fills words across its page with 0xffffffff, then grows its memory.
    const fill: number[] = [];
    for (let address = 0; address < 65536; address += 4000) fill.push(op.i32Const, ...sleb(address), op.i32Const, ...sleb(-1), ...I32_STORE);
    fill.push(op.i32Const, ...sleb(60000), op.i32Const, ...sleb(-1), ...I32_STORE, op.i32Const, 1, ...op.memoryGrow, op.drop, op.i32Const, 0);
    const filler = await compileFunction(abiModule({ run: fill }));
    const fresh = [1, 0, 0, 0, 0, 0, 0, 0];
    for (let call = 0; call < 3; call++) {
      assert.deepEqual([...(await runFunction(counter, new Uint8Array(0), 1, LIMITS)).state], fresh, `call ${call}`);
      await runFunction(filler, new Uint8Array(0), 1, LIMITS);
      assert.deepEqual([...(await runFunction(counter, new Uint8Array(0), 1, LIMITS)).state], fresh, `after the other module, call ${call}`);
    }
    // Without growing: the filler's memory is kept and zeroed for the counter.
    const fillOnly = await compileFunction(abiModule({ run: [...fill.slice(0, -7), op.i32Const, 0] }));
    await runFunction(fillOnly, new Uint8Array(0), 1, LIMITS);
    assert.deepEqual([...(await runFunction(counter, new Uint8Array(0), 1, LIMITS)).state], fresh, 'after a module that wrote all over the same memory');
  });

  it('maps a trap to FUNCTION_TRAPPED', async () => {
    const module = await compileFunction(abiModule({ run: [op.unreachable] }));
    await rejectsWith(runFunction(module, new Uint8Array(4), 1, LIMITS), 'FUNCTION_TRAPPED', 'unreachable');
  });

  it('maps env.abort to FUNCTION_TRAPPED with the decoded message and position', async () => {
    // An AssemblyScript string "hi" at 100: byte length 4 at 96, then UTF-16LE.
    const run = [...storeConst(96, 4), ...storeConst(100, 0x00690068)];
    run.push(op.i32Const, ...sleb(100), op.i32Const, 0, op.i32Const, 7, op.i32Const, 3, op.call, 0, op.unreachable);
    const module = await compileFunction(abiModule({ run }));
    await assert.rejects(runFunction(module, new Uint8Array(0), 1, LIMITS), (error: unknown) => {
      assert.ok(isAirtntError(error, 'FUNCTION_TRAPPED'));
      assert.equal(error.details.message, 'hi');
      assert.equal(error.details.line, 7);
      assert.equal(error.details.column, 3);
      return true;
    });
  });

  it('maps a failed memory.grow (trap with memory full) to FUNCTION_OUT_OF_MEMORY', async () => {
    // loop { if (memory.grow(1) != -1) continue } unreachable
    const run = [...op.loop, op.i32Const, 1, ...op.memoryGrow, op.i32Const, ...sleb(-1), I32_NE, op.brIf, 0, op.end, op.unreachable];
    const module = await compileFunction(abiModule({ run }));
    await rejectsWith(runFunction(module, new Uint8Array(0), 1, { ...LIMITS, maxMemoryPages: 4 }), 'FUNCTION_OUT_OF_MEMORY');
  });

  it('maps an AssemblyScript "out of memory" abort to FUNCTION_OUT_OF_MEMORY (a grid too big for the limit)', async () => {
    const module = await compileFunction(await loadBuiltinFunction('life'));
    const state = encodeLifeState(2000, 2000, emptyPattern(1, 1));
    await rejectsWith(runFunction(module, state, 1, { ...LIMITS, maxMemoryPages: 16 }), 'FUNCTION_OUT_OF_MEMORY');
    // The same grid runs with enough memory.
    const result = await runFunction(module, state, 1, { ...LIMITS, maxMemoryPages: 128 });
    assert.equal(result.cyclesDone, 0);
  });

  it('refuses to start a module that needs more pages than the limit', async () => {
    const bytes = abiModule({ run: [op.i32Const, 0], imports: [{ ...MEMORY_IMPORT, min: 5 } as typeof MEMORY_IMPORT, ABORT_IMPORT] });
    await rejectsWith(runFunction(await compileFunction(bytes), new Uint8Array(0), 1, { ...LIMITS, maxMemoryPages: 2 }), 'FUNCTION_OUT_OF_MEMORY');
  });

  it('rejects d > cycles, a state outside memory and malformed outputs with FUNCTION_INVALID_RESULT', async () => {
    const tooMany = await compileFunction(abiModule({ run: [op.i32Const, 10] }));
    await rejectsWith(runFunction(tooMany, new Uint8Array(0), 5, LIMITS), 'FUNCTION_INVALID_RESULT', 'more cycles');
    const outside = await compileFunction(abiModule({ run: [op.i32Const, 0], statePtr: 70_000, stateLen: [op.i32Const, ...sleb(100)] }));
    await rejectsWith(runFunction(outside, new Uint8Array(0), 1, LIMITS), 'FUNCTION_INVALID_RESULT', 'outside');
    const truncated = await compileFunction(abiModule({ run: [...storeConst(2048, 9), op.i32Const, 0], outputPtr: 2048, outputLen: 6 }));
    await rejectsWith(runFunction(truncated, new Uint8Array(0), 1, LIMITS), 'FUNCTION_INVALID_RESULT', 'past the end');
  });

  it('enforces maxStateBytes on the input and the new state, and maxOutputBytes', async () => {
    const life = await compileFunction(await loadBuiltinFunction('life'));
    const state = encodeLifeState(64, 64, emptyPattern(1, 1));
    await rejectsWith(runFunction(life, state, 1, { ...LIMITS, maxStateBytes: state.length - 1 }), 'STATE_TOO_LARGE', 'input');
    const grows = await compileFunction(abiModule({ run: [op.i32Const, 0], stateLen: [op.i32Const, ...sleb(1000)] }));
    await rejectsWith(runFunction(grows, new Uint8Array(10), 1, { ...LIMITS, maxStateBytes: 500 }), 'STATE_TOO_LARGE', 'new state');
    const ocr = await compileFunction(await loadBuiltinFunction('ocr'));
    const queue = encodeOcrQueue(generateOcrImages({ count: 3, seed: 5 }));
    await rejectsWith(runFunction(ocr, queue, 3, { ...LIMITS, maxOutputBytes: 8 }), 'OUTPUT_TOO_LARGE');
  });

  it('validates cycles and limits, and refuses modules it did not compile', async () => {
    const module = await compileFunction(abiModule({ run: [op.i32Const, 0] }));
    for (const cycles of [-1, 1.5, 2 ** 32]) {
      await rejectsWith(runFunction(module, new Uint8Array(0), cycles, LIMITS), 'INVALID_ARGUMENT');
    }
    await rejectsWith(runFunction(module, new Uint8Array(0), 1, { ...LIMITS, maxMemoryPages: 0 }), 'INVALID_ARGUMENT');
    const foreign = await WebAssembly.compile(abiModule({ run: [op.i32Const, 0] }));
    await rejectsWith(runFunction(foreign, new Uint8Array(0), 1, LIMITS), 'INVALID_FUNCTION', 'compileFunction');
  });
});

describe('measureFunction and loadBuiltinFunction', () => {
  it('measures a module as the sha256 of its bytes', async () => {
    const bytes = await loadBuiltinFunction('life');
    assert.equal(Buffer.from(measureFunction(bytes)).toString('hex'), createHash('sha256').update(bytes).digest('hex'));
  });

  it('refuses unknown built-in names', async () => {
    await rejectsWith(loadBuiltinFunction('nope' as 'life'), 'UNKNOWN_FUNCTION');
  });
});
