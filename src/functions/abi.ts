/**
 * Host binding of the airtnt function ABI v1 (docs/functions.md): validates a module, runs one call
 * in a fresh instance with a fresh, bounded memory, and maps every failure to a typed error.
 * It sets no limits of its own: memory, state and output bounds come from the caller, and wall-clock
 * limits are the enclave worker's job (src/enclave/).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { functionsBuildDir } from '../util/paths.js';
import type { RoundLimits } from '../enclave/types.js';
import { meterModule, WORK_EXHAUSTED, WORK_GLOBAL_EXPORT } from './metering.js';
import { readWasmSections, type FunctionSignature, type MemoryLimits } from './wasm-sections.js';

export const BUILTIN_FUNCTIONS = ['life', 'ocr'] as const;
export type BuiltinFunctionName = (typeof BUILTIN_FUNCTIONS)[number];

export type FunctionLimits = Pick<RoundLimits, 'maxMemoryPages' | 'maxStateBytes' | 'maxOutputBytes'>;
/** workUnits: what the metered module counted (docs/functions.md, "Work metering"). */
export type FunctionRunResult = { state: Uint8Array; outputs: Uint8Array[]; cyclesDone: number; workUnits: number };
/** The work budget of a call when the caller gives none: far more than a 10-minute round can spend. */
export const DEFAULT_WORK_BUDGET = 2 ** 50;

const PAGE_BYTES = 65536;
const MAX_PAGES = 65536;
const MAX_CYCLES = 0xffffffff;
/** Longest abort message we decode (UTF-16 code units), so a hostile pointer cannot make us copy much. */
const MAX_ABORT_CHARS = 1024;
const I32 = 'i32';
const NO_PARAMS: FunctionSignature = { params: [], results: [I32] };
const REQUIRED_EXPORTS: Record<string, FunctionSignature> = {
  airtnt_abi_v1: NO_PARAMS,
  input_buffer: { params: [I32], results: [I32] },
  run: { params: [I32, I32], results: [I32] },
  state_ptr: NO_PARAMS,
  state_len: NO_PARAMS,
  output_ptr: NO_PARAMS,
  output_len: NO_PARAMS,
};
const ABORT_SIGNATURE: FunctionSignature = { params: [I32, I32, I32, I32], results: [] };

type FunctionExports = {
  airtnt_abi_v1(): number;
  input_buffer(len: number): number;
  run(len: number, cycles: number): number;
  state_ptr(): number;
  state_len(): number;
  output_ptr(): number;
  output_len(): number;
};

/** Memory limits of each module compiled here; runFunction needs the declared minimum to size memory. */
const memoryOf = new WeakMap<WebAssembly.Module, MemoryLimits>();
/**
 * The counter's value at instantiation: the work a start function may spend, in a trial start or a
 * round. Metered work, not time, bounds it, so a hostile start is stopped after the same small amount
 * of work on an idle machine or a loaded one (a few tens of milliseconds), long before a time limit.
 */
export const START_WORK_BUDGET = 2 ** 24;
const START_BUDGET = START_WORK_BUDGET;

function invalid(what: string, details: Record<string, unknown> = {}): never {
  throw new AirtntError('INVALID_FUNCTION', `not an airtnt ABI v1 function: ${what}`, {
    details,
    hint: 'see docs/functions.md for the imports and exports a function must have',
  });
}

function sameSignature(a: FunctionSignature, b: FunctionSignature): boolean {
  return a.params.join() === b.params.join() && a.results.join() === b.results.join();
}

function describe(signature: FunctionSignature): string {
  return `(${signature.params.join(', ')}) -> (${signature.results.join(', ')})`;
}

/** The measurement of a function: sha256 of its module bytes. */
export function measureFunction(bytes: Uint8Array): Uint8Array {
  return sha256(bytes);
}

/**
 * Checks a module against the ABI, then compiles it with work metering (src/functions/metering.ts);
 * throws INVALID_FUNCTION saying what is wrong, including features metering refuses. The module's
 * measurement is of `bytes` as given: the metered copy exists only here.
 */
export async function compileFunction(bytes: Uint8Array): Promise<WebAssembly.Module> {
  if (!(bytes instanceof Uint8Array)) invalid('expected the module as a Uint8Array');
  let module: WebAssembly.Module;
  if (!WebAssembly.validate(bytes)) {
    // compile() says why.
    await WebAssembly.compile(bytes).catch((error: unknown) => {
      throw new AirtntError('INVALID_FUNCTION', 'not a valid WebAssembly module', {
        details: { reason: error instanceof Error ? error.message : String(error) },
        cause: error,
      });
    });
  }
  const metered = meterModule(bytes, START_BUDGET);
  try {
    module = await WebAssembly.compile(metered);
  } catch (error) {
    throw new AirtntError('INVALID_FUNCTION', 'not a valid WebAssembly module', {
      details: { reason: error instanceof Error ? error.message : String(error) },
      cause: error,
    });
  }
  const sections = readWasmSections(bytes);
  let memory: MemoryLimits | undefined;
  for (const entry of sections.imports) {
    const name = `${entry.module}.${entry.name}`;
    if (name === 'env.memory' && entry.kind === 'memory') {
      memory = entry.limits;
    } else if (name === 'env.abort' && entry.kind === 'function') {
      if (!sameSignature(entry.signature, ABORT_SIGNATURE)) {
        invalid(`env.abort must be ${describe(ABORT_SIGNATURE)}`, { got: describe(entry.signature) });
      }
    } else {
      invalid(`it imports ${name} (${entry.kind}); only env.memory and env.abort are allowed`, { import: name });
    }
  }
  if (!memory) invalid('it must import its memory as env.memory (build with --importMemory)');
  if (sections.definedMemories.length > 0) invalid('it defines a memory of its own; the host supplies the only memory');
  if (memory.shared || memory.memory64) invalid('env.memory must be an unshared 32-bit memory', { memory });
  if (memory.min > MAX_PAGES) invalid('env.memory asks for more than 4 GiB', { minPages: memory.min });
  for (const [name, expected] of Object.entries(REQUIRED_EXPORTS)) {
    const entry = sections.exports.find((candidate) => candidate.name === name);
    if (!entry || entry.kind !== 'function') invalid(`it does not export the function ${name}`, { missing: name });
    const signature = sections.functionSignatures[entry.index];
    if (!signature || !sameSignature(signature, expected)) {
      invalid(`${name} must be ${describe(expected)}`, { got: signature ? describe(signature) : 'unknown' });
    }
  }
  memoryOf.set(module, memory);
  return module;
}

function checkLimits(cycles: number, limits: FunctionLimits): void {
  const bad = (name: string, value: unknown, range: string): never => {
    throw new AirtntError('INVALID_ARGUMENT', `"${name}" must be an integer in ${range}`, { details: { [name]: value } });
  };
  if (!Number.isInteger(cycles) || cycles < 0 || cycles > MAX_CYCLES) bad('cycles', cycles, '0..2^32-1');
  const { maxMemoryPages, maxStateBytes, maxOutputBytes } = limits;
  if (!Number.isInteger(maxMemoryPages) || maxMemoryPages < 1 || maxMemoryPages > MAX_PAGES) {
    bad('maxMemoryPages', maxMemoryPages, '1..65536');
  }
  if (!Number.isSafeInteger(maxStateBytes) || maxStateBytes < 0) bad('maxStateBytes', maxStateBytes, '0..2^53');
  if (!Number.isSafeInteger(maxOutputBytes) || maxOutputBytes < 0) bad('maxOutputBytes', maxOutputBytes, '0..2^53');
}

/** Reads an AssemblyScript string (UTF-16LE, byte length in the u32 before it); undefined if it does not fit. */
function readAbortString(memory: WebAssembly.Memory, pointer: number): string | undefined {
  const bytes = new Uint8Array(memory.buffer);
  if (pointer < 4 || pointer > bytes.length) return undefined;
  const byteLength = new DataView(memory.buffer).getUint32(pointer - 4, true);
  if (byteLength % 2 !== 0 || byteLength > MAX_ABORT_CHARS * 2 || pointer + byteLength > bytes.length) return undefined;
  return Buffer.from(bytes.subarray(pointer, pointer + byteLength)).toString('utf16le');
}

/** The env.abort import: turns the function's own abort into a typed error (docs/functions.md). */
function abortImport(getMemory: () => WebAssembly.Memory) {
  return (messagePointer: number, filePointer: number, line: number, column: number): never => {
    const message = readAbortString(getMemory(), messagePointer >>> 0) ?? '(no message)';
    const file = readAbortString(getMemory(), filePointer >>> 0);
    if (message.toLowerCase().startsWith('out of memory')) {
      throw new AirtntError('FUNCTION_OUT_OF_MEMORY', 'the function ran out of memory', {
        details: { message, file },
        hint: 'give it more memory pages, or a smaller state',
      });
    }
    const rejectedState = file === 'invalid state';
    throw new AirtntError('FUNCTION_TRAPPED', rejectedState ? `the function rejected its state: ${message}` : `the function aborted: ${message}`, {
      details: { reason: rejectedState ? 'invalid-state' : 'abort', message, file, line, column },
    });
  };
}

/** Maps a trap (or a JS error raised while the function ran) to a typed error. */
function trapError(error: unknown, memory: WebAssembly.Memory, maxPages: number): AirtntError {
  if (isAirtntError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  // Runtimes trap (unreachable) when memory.grow fails, which shows as a trap with memory full.
  if (error instanceof WebAssembly.RuntimeError && memory.buffer.byteLength >= maxPages * PAGE_BYTES) {
    return new AirtntError('FUNCTION_OUT_OF_MEMORY', 'the function trapped with its memory full', {
      details: { reason, maxMemoryPages: maxPages },
      hint: 'give it more memory pages, or a smaller state',
      cause: error,
    });
  }
  return new AirtntError('FUNCTION_TRAPPED', `the function trapped: ${reason}`, {
    details: { reason: 'trap', message: reason },
    cause: error,
  });
}

function badResult(what: string, details: Record<string, unknown>): never {
  throw new AirtntError('FUNCTION_INVALID_RESULT', `the function returned ${what}`, { details });
}

/** Copies [pointer, pointer + length) out of memory after checking the bounds. */
function copyOut(memory: WebAssembly.Memory, pointer: number, length: number, what: string): Uint8Array {
  const size = memory.buffer.byteLength;
  if (pointer + length > size) badResult(`a ${what} outside its memory`, { pointer, length, memoryBytes: size });
  return new Uint8Array(memory.buffer, pointer, length).slice();
}

/** Splits the output region into messages (u32 LE length, then the bytes). */
export function splitOutputs(region: Uint8Array): Uint8Array[] {
  const outputs: Uint8Array[] = [];
  const view = new DataView(region.buffer, region.byteOffset, region.byteLength);
  let offset = 0;
  while (offset < region.length) {
    if (offset + 4 > region.length) badResult('a truncated output length', { offset, outputBytes: region.length });
    const length = view.getUint32(offset, true);
    if (offset + 4 + length > region.length) badResult('an output message past the end', { offset, length });
    outputs.push(region.slice(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  return outputs;
}

/**
 * A memory of a finished call, kept for the next call in this thread that asks the same shape: every
 * call needs a memory as a fresh one would be (its initial pages, all zero, the same maximum), and a
 * new one costs page faults on all its pages (about 0.3 ms for the 2 pages of life, most of a short
 * round in the enclave), where zeroing a kept one costs a few microseconds. Kept only if it never grew
 * (a memory cannot shrink) and is at most REUSED_MEMORY_MAX_BYTES (a larger one costs more to zero than
 * a function that touches few of its pages costs in faults); taken by one call at a time.
 */
let reusableMemory: { memory: WebAssembly.Memory; initial: number; maximum: number } | undefined;
const REUSED_MEMORY_MAX_BYTES = 1024 * 1024;

/** A memory exactly as `new WebAssembly.Memory({ initial, maximum })` makes it: the kept one, zeroed, if it has that shape. */
function freshMemory(initial: number, maximum: number): WebAssembly.Memory {
  const kept = reusableMemory;
  reusableMemory = undefined;
  if (kept !== undefined && kept.initial === initial && kept.maximum === maximum && kept.memory.buffer.byteLength === initial * PAGE_BYTES) {
    new Uint8Array(kept.memory.buffer).fill(0);
    return kept.memory;
  }
  return new WebAssembly.Memory({ initial, maximum });
}

/** Keeps a finished call's memory for freshMemory, unless it grew or is large. */
function keepMemory(memory: WebAssembly.Memory, initial: number, maximum: number): void {
  const bytes = memory.buffer.byteLength;
  if (bytes === initial * PAGE_BYTES && bytes <= REUSED_MEMORY_MAX_BYTES) reusableMemory = { memory, initial, maximum };
}

/**
 * Runs at most `cycles` cycles of the function on `state` in a fresh instance and a memory as fresh
 * (all zero: freshMemory; so nothing carries over between calls). Throws FUNCTION_TRAPPED, FUNCTION_OUT_OF_MEMORY,
 * STATE_TOO_LARGE, OUTPUT_TOO_LARGE, FUNCTION_INVALID_RESULT, INVALID_FUNCTION or INVALID_ARGUMENT.
 */
export async function runFunction(
  module: WebAssembly.Module,
  state: Uint8Array,
  cycles: number,
  limits: FunctionLimits,
  workBudget: number = DEFAULT_WORK_BUDGET,
): Promise<FunctionRunResult> {
  if (!Number.isSafeInteger(workBudget) || workBudget < 1) {
    throw new AirtntError('INVALID_ARGUMENT', '"workBudget" must be an integer in 1..2^53-1', { details: { workBudget } });
  }
  const declared = memoryOf.get(module);
  if (!declared) {
    invalid('this module was not compiled by compileFunction in this thread', {
      hint: 'pass the module bytes (not a WebAssembly.Module) between threads and compile them there',
    });
  }
  if (!(state instanceof Uint8Array)) throw new AirtntError('INVALID_ARGUMENT', '"state" expected Uint8Array');
  checkLimits(cycles, limits);
  if (state.length > limits.maxStateBytes) {
    throw new AirtntError('STATE_TOO_LARGE', 'the input state is larger than the limit', {
      details: { stateBytes: state.length, maxStateBytes: limits.maxStateBytes },
    });
  }
  if (declared.min > limits.maxMemoryPages) {
    throw new AirtntError('FUNCTION_OUT_OF_MEMORY', 'the function needs more memory than the limit to start', {
      details: { minPages: declared.min, maxMemoryPages: limits.maxMemoryPages },
    });
  }
  const maximum = Math.min(limits.maxMemoryPages, declared.max ?? MAX_PAGES);
  const memory = freshMemory(declared.min, maximum);
  let exports: FunctionExports;
  let counter: WebAssembly.Global | undefined;
  // Work is counted from the budget down; a start function spends from START_BUDGET, charged to the round.
  const workDone = (): number => {
    const left = counter?.value as bigint | undefined;
    if (left === undefined) return 0;
    return left === WORK_EXHAUSTED ? workBudget : workBudget - Number(left);
  };
  const exhausted = () =>
    new AirtntError('FUNCTION_WORK_EXHAUSTED', 'the function spent the round\'s work budget and was stopped', {
      details: { workBudget, workUnits: workBudget },
      hint: 'ask fewer cycles per round, or fund the channel for more work',
    });
  const failed = (error: unknown): AirtntError => {
    if (counter?.value === WORK_EXHAUSTED) return exhausted();
    const mapped = trapError(error, memory, maximum);
    mapped.details.workUnits = workDone();
    return mapped;
  };
  try {
    const instance = await WebAssembly.instantiate(module, { env: { memory, abort: abortImport(() => memory) } });
    exports = instance.exports as unknown as FunctionExports;
    counter = instance.exports[WORK_GLOBAL_EXPORT] as WebAssembly.Global;
    const startSpent = START_BUDGET - Number(counter.value as bigint);
    if (startSpent > workBudget) throw new AirtntError('FUNCTION_WORK_EXHAUSTED', 'the function\'s start spent the round\'s work budget', { details: { workBudget, workUnits: startSpent } });
    counter.value = BigInt(workBudget - startSpent);
  } catch (error) {
    if (isAirtntError(error) && error.code === 'FUNCTION_WORK_EXHAUSTED') throw error;
    throw failed(error);
  }

  let cyclesDone: number;
  let statePointer: number, stateLength: number, outputPointer: number, outputLength: number;
  try {
    if (exports.airtnt_abi_v1() !== 1) invalid('airtnt_abi_v1() did not return 1');
    const inputPointer = exports.input_buffer(state.length) >>> 0;
    if (inputPointer + state.length > memory.buffer.byteLength) {
      badResult('an input buffer outside its memory', { inputPointer, stateBytes: state.length });
    }
    new Uint8Array(memory.buffer).set(state, inputPointer);
    cyclesDone = exports.run(state.length, cycles) >>> 0;
    statePointer = exports.state_ptr() >>> 0;
    stateLength = exports.state_len() >>> 0;
    outputPointer = exports.output_ptr() >>> 0;
    outputLength = exports.output_len() >>> 0;
  } catch (error) {
    throw failed(error);
  }
  // Checks run at loop headers and function entries only, so a call may end slightly overdrawn:
  // that is out of budget too (deterministically), never a count above the budget.
  if ((counter.value as bigint) < 0n) throw exhausted();
  const workUnits = workDone();
  if (cyclesDone > cycles) badResult('more cycles done than allowed', { cyclesDone, cycles });
  if (stateLength > limits.maxStateBytes) {
    throw new AirtntError('STATE_TOO_LARGE', 'the new state is larger than the limit', {
      details: { stateBytes: stateLength, maxStateBytes: limits.maxStateBytes },
    });
  }
  if (outputLength > limits.maxOutputBytes) {
    throw new AirtntError('OUTPUT_TOO_LARGE', 'the outputs are larger than the limit', {
      details: { outputBytes: outputLength, maxOutputBytes: limits.maxOutputBytes },
    });
  }
  const newState = copyOut(memory, statePointer, stateLength, 'state');
  const outputs = splitOutputs(copyOut(memory, outputPointer, outputLength, 'output region'));
  keepMemory(memory, declared.min, maximum);
  return { state: newState, outputs, cyclesDone, workUnits };
}

/**
 * A trial instantiation of a module compiled by compileFunction, in a fresh memory of its declared
 * minimum (at most `maxMemoryPages`): data and element segments are placed and the start function
 * runs, so a module that traps there, asks for more memory than the limit or needs a huge table fails
 * now with INVALID_FUNCTION (details.reason) rather than in a paid round. A start function that loops
 * is stopped by metering after START_WORK_BUDGET work units; the caller's time limit (the enclave's
 * execution worker) bounds only the compile.
 */
export async function checkInstantiation(module: WebAssembly.Module, maxMemoryPages: number): Promise<void> {
  const declared = memoryOf.get(module);
  if (!declared) invalid('this module was not compiled by compileFunction in this thread');
  if (declared.min > maxMemoryPages) {
    invalid(`it needs ${declared.min} memory pages to start, more than the limit of ${maxMemoryPages}`, { reason: 'memory', minPages: declared.min, maxMemoryPages });
  }
  const memory = new WebAssembly.Memory({ initial: declared.min, maximum: Math.min(maxMemoryPages, declared.max ?? MAX_PAGES) });
  try {
    await WebAssembly.instantiate(module, { env: { memory, abort: abortImport(() => memory) } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // A start function that spends its work budget traps (unreachable) as metering stops it.
    invalid(`it fails to start: ${reason.slice(0, 200)} (a start function may spend at most ${START_WORK_BUDGET} work units)`, { reason: 'start', message: reason.slice(0, 500), startWorkBudget: START_WORK_BUDGET });
  }
}

/** Reads build/functions/<name>.wasm (made by `npm run build` or `airtnt function build`). */
export async function loadBuiltinFunction(name: BuiltinFunctionName): Promise<Uint8Array> {
  if (!BUILTIN_FUNCTIONS.includes(name)) {
    throw new AirtntError('UNKNOWN_FUNCTION', `no built-in function "${String(name)}"`, {
      details: { known: BUILTIN_FUNCTIONS },
    });
  }
  const path = join(functionsBuildDir(), `${name}.wasm`);
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new AirtntError('FUNCTION_NOT_BUILT', `the built-in function "${name}" is not built`, {
      details: { path },
      hint: 'build the functions (npm run build)',
      cause: error,
    });
  }
}
