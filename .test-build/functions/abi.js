import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sha256 } from "@noble/hashes/sha2.js";
import { AirtntError, isAirtntError } from "../util/errors.js";
import { functionsBuildDir } from "../util/paths.js";
import { meterModule, WORK_EXHAUSTED, WORK_GLOBAL_EXPORT } from "./metering.js";
import { readWasmSections } from "./wasm-sections.js";
const BUILTIN_FUNCTIONS = ["life", "ocr"];
const DEFAULT_WORK_BUDGET = 2 ** 50;
const PAGE_BYTES = 65536;
const MAX_PAGES = 65536;
const MAX_CYCLES = 4294967295;
const MAX_ABORT_CHARS = 1024;
const I32 = "i32";
const NO_PARAMS = { params: [], results: [I32] };
const REQUIRED_EXPORTS = {
  airtnt_abi_v1: NO_PARAMS,
  input_buffer: { params: [I32], results: [I32] },
  run: { params: [I32, I32], results: [I32] },
  state_ptr: NO_PARAMS,
  state_len: NO_PARAMS,
  output_ptr: NO_PARAMS,
  output_len: NO_PARAMS
};
const ABORT_SIGNATURE = { params: [I32, I32, I32, I32], results: [] };
const memoryOf = /* @__PURE__ */ new WeakMap();
const START_WORK_BUDGET = 2 ** 24;
const START_BUDGET = START_WORK_BUDGET;
function invalid(what, details = {}) {
  throw new AirtntError("INVALID_FUNCTION", `not an airtnt ABI v1 function: ${what}`, {
    details,
    hint: "see docs/functions.md for the imports and exports a function must have"
  });
}
function sameSignature(a, b) {
  return a.params.join() === b.params.join() && a.results.join() === b.results.join();
}
function describe(signature) {
  return `(${signature.params.join(", ")}) -> (${signature.results.join(", ")})`;
}
function measureFunction(bytes) {
  return sha256(bytes);
}
async function compileFunction(bytes) {
  if (!(bytes instanceof Uint8Array)) invalid("expected the module as a Uint8Array");
  let module;
  if (!WebAssembly.validate(bytes)) {
    await WebAssembly.compile(bytes).catch((error) => {
      throw new AirtntError("INVALID_FUNCTION", "not a valid WebAssembly module", {
        details: { reason: error instanceof Error ? error.message : String(error) },
        cause: error
      });
    });
  }
  const metered = meterModule(bytes, START_BUDGET);
  try {
    module = await WebAssembly.compile(metered);
  } catch (error) {
    throw new AirtntError("INVALID_FUNCTION", "not a valid WebAssembly module", {
      details: { reason: error instanceof Error ? error.message : String(error) },
      cause: error
    });
  }
  const sections = readWasmSections(bytes);
  let memory;
  for (const entry of sections.imports) {
    const name = `${entry.module}.${entry.name}`;
    if (name === "env.memory" && entry.kind === "memory") {
      memory = entry.limits;
    } else if (name === "env.abort" && entry.kind === "function") {
      if (!sameSignature(entry.signature, ABORT_SIGNATURE)) {
        invalid(`env.abort must be ${describe(ABORT_SIGNATURE)}`, { got: describe(entry.signature) });
      }
    } else {
      invalid(`it imports ${name} (${entry.kind}); only env.memory and env.abort are allowed`, { import: name });
    }
  }
  if (!memory) invalid("it must import its memory as env.memory (build with --importMemory)");
  if (sections.definedMemories.length > 0) invalid("it defines a memory of its own; the host supplies the only memory");
  if (memory.shared || memory.memory64) invalid("env.memory must be an unshared 32-bit memory", { memory });
  if (memory.min > MAX_PAGES) invalid("env.memory asks for more than 4 GiB", { minPages: memory.min });
  for (const [name, expected] of Object.entries(REQUIRED_EXPORTS)) {
    const entry = sections.exports.find((candidate) => candidate.name === name);
    if (!entry || entry.kind !== "function") invalid(`it does not export the function ${name}`, { missing: name });
    const signature = sections.functionSignatures[entry.index];
    if (!signature || !sameSignature(signature, expected)) {
      invalid(`${name} must be ${describe(expected)}`, { got: signature ? describe(signature) : "unknown" });
    }
  }
  memoryOf.set(module, memory);
  return module;
}
function checkLimits(cycles, limits) {
  const bad = (name, value, range) => {
    throw new AirtntError("INVALID_ARGUMENT", `"${name}" must be an integer in ${range}`, { details: { [name]: value } });
  };
  if (!Number.isInteger(cycles) || cycles < 0 || cycles > MAX_CYCLES) bad("cycles", cycles, "0..2^32-1");
  const { maxMemoryPages, maxStateBytes, maxOutputBytes } = limits;
  if (!Number.isInteger(maxMemoryPages) || maxMemoryPages < 1 || maxMemoryPages > MAX_PAGES) {
    bad("maxMemoryPages", maxMemoryPages, "1..65536");
  }
  if (!Number.isSafeInteger(maxStateBytes) || maxStateBytes < 0) bad("maxStateBytes", maxStateBytes, "0..2^53");
  if (!Number.isSafeInteger(maxOutputBytes) || maxOutputBytes < 0) bad("maxOutputBytes", maxOutputBytes, "0..2^53");
}
function readAbortString(memory, pointer) {
  const bytes = new Uint8Array(memory.buffer);
  if (pointer < 4 || pointer > bytes.length) return void 0;
  const byteLength = new DataView(memory.buffer).getUint32(pointer - 4, true);
  if (byteLength % 2 !== 0 || byteLength > MAX_ABORT_CHARS * 2 || pointer + byteLength > bytes.length) return void 0;
  return Buffer.from(bytes.subarray(pointer, pointer + byteLength)).toString("utf16le");
}
function abortImport(getMemory) {
  return (messagePointer, filePointer, line, column) => {
    const message = readAbortString(getMemory(), messagePointer >>> 0) ?? "(no message)";
    const file = readAbortString(getMemory(), filePointer >>> 0);
    if (message.toLowerCase().startsWith("out of memory")) {
      throw new AirtntError("FUNCTION_OUT_OF_MEMORY", "the function ran out of memory", {
        details: { message, file },
        hint: "give it more memory pages, or a smaller state"
      });
    }
    const rejectedState = file === "invalid state";
    throw new AirtntError("FUNCTION_TRAPPED", rejectedState ? `the function rejected its state: ${message}` : `the function aborted: ${message}`, {
      details: { reason: rejectedState ? "invalid-state" : "abort", message, file, line, column }
    });
  };
}
function trapError(error, memory, maxPages) {
  if (isAirtntError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof WebAssembly.RuntimeError && memory.buffer.byteLength >= maxPages * PAGE_BYTES) {
    return new AirtntError("FUNCTION_OUT_OF_MEMORY", "the function trapped with its memory full", {
      details: { reason, maxMemoryPages: maxPages },
      hint: "give it more memory pages, or a smaller state",
      cause: error
    });
  }
  return new AirtntError("FUNCTION_TRAPPED", `the function trapped: ${reason}`, {
    details: { reason: "trap", message: reason },
    cause: error
  });
}
function badResult(what, details) {
  throw new AirtntError("FUNCTION_INVALID_RESULT", `the function returned ${what}`, { details });
}
function copyOut(memory, pointer, length, what) {
  const size = memory.buffer.byteLength;
  if (pointer + length > size) badResult(`a ${what} outside its memory`, { pointer, length, memoryBytes: size });
  return new Uint8Array(memory.buffer, pointer, length).slice();
}
function splitOutputs(region) {
  const outputs = [];
  const view = new DataView(region.buffer, region.byteOffset, region.byteLength);
  let offset = 0;
  while (offset < region.length) {
    if (offset + 4 > region.length) badResult("a truncated output length", { offset, outputBytes: region.length });
    const length = view.getUint32(offset, true);
    if (offset + 4 + length > region.length) badResult("an output message past the end", { offset, length });
    outputs.push(region.slice(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  return outputs;
}
async function runFunction(module, state, cycles, limits, workBudget = DEFAULT_WORK_BUDGET) {
  if (!Number.isSafeInteger(workBudget) || workBudget < 1) {
    throw new AirtntError("INVALID_ARGUMENT", '"workBudget" must be an integer in 1..2^53-1', { details: { workBudget } });
  }
  const declared = memoryOf.get(module);
  if (!declared) {
    invalid("this module was not compiled by compileFunction in this thread", {
      hint: "pass the module bytes (not a WebAssembly.Module) between threads and compile them there"
    });
  }
  if (!(state instanceof Uint8Array)) throw new AirtntError("INVALID_ARGUMENT", '"state" expected Uint8Array');
  checkLimits(cycles, limits);
  if (state.length > limits.maxStateBytes) {
    throw new AirtntError("STATE_TOO_LARGE", "the input state is larger than the limit", {
      details: { stateBytes: state.length, maxStateBytes: limits.maxStateBytes }
    });
  }
  if (declared.min > limits.maxMemoryPages) {
    throw new AirtntError("FUNCTION_OUT_OF_MEMORY", "the function needs more memory than the limit to start", {
      details: { minPages: declared.min, maxMemoryPages: limits.maxMemoryPages }
    });
  }
  const maximum = Math.min(limits.maxMemoryPages, declared.max ?? MAX_PAGES);
  const memory = new WebAssembly.Memory({ initial: declared.min, maximum });
  let exports;
  let counter;
  const workDone = () => {
    const left = counter?.value;
    if (left === void 0) return 0;
    return left === WORK_EXHAUSTED ? workBudget : workBudget - Number(left);
  };
  const exhausted = () => new AirtntError("FUNCTION_WORK_EXHAUSTED", "the function spent the round's work budget and was stopped", {
    details: { workBudget, workUnits: workBudget },
    hint: "ask fewer cycles per round, or fund the channel for more work"
  });
  const failed = (error) => {
    if (counter?.value === WORK_EXHAUSTED) return exhausted();
    const mapped = trapError(error, memory, maximum);
    mapped.details.workUnits = workDone();
    return mapped;
  };
  try {
    const instance = await WebAssembly.instantiate(module, { env: { memory, abort: abortImport(() => memory) } });
    exports = instance.exports;
    counter = instance.exports[WORK_GLOBAL_EXPORT];
    const startSpent = START_BUDGET - Number(counter.value);
    if (startSpent > workBudget) throw new AirtntError("FUNCTION_WORK_EXHAUSTED", "the function's start spent the round's work budget", { details: { workBudget, workUnits: startSpent } });
    counter.value = BigInt(workBudget - startSpent);
  } catch (error) {
    if (isAirtntError(error) && error.code === "FUNCTION_WORK_EXHAUSTED") throw error;
    throw failed(error);
  }
  let cyclesDone;
  let statePointer, stateLength, outputPointer, outputLength;
  try {
    if (exports.airtnt_abi_v1() !== 1) invalid("airtnt_abi_v1() did not return 1");
    const inputPointer = exports.input_buffer(state.length) >>> 0;
    if (inputPointer + state.length > memory.buffer.byteLength) {
      badResult("an input buffer outside its memory", { inputPointer, stateBytes: state.length });
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
  if (counter.value < 0n) throw exhausted();
  const workUnits = workDone();
  if (cyclesDone > cycles) badResult("more cycles done than allowed", { cyclesDone, cycles });
  if (stateLength > limits.maxStateBytes) {
    throw new AirtntError("STATE_TOO_LARGE", "the new state is larger than the limit", {
      details: { stateBytes: stateLength, maxStateBytes: limits.maxStateBytes }
    });
  }
  if (outputLength > limits.maxOutputBytes) {
    throw new AirtntError("OUTPUT_TOO_LARGE", "the outputs are larger than the limit", {
      details: { outputBytes: outputLength, maxOutputBytes: limits.maxOutputBytes }
    });
  }
  const newState = copyOut(memory, statePointer, stateLength, "state");
  const outputs = splitOutputs(copyOut(memory, outputPointer, outputLength, "output region"));
  return { state: newState, outputs, cyclesDone, workUnits };
}
async function checkInstantiation(module, maxMemoryPages) {
  const declared = memoryOf.get(module);
  if (!declared) invalid("this module was not compiled by compileFunction in this thread");
  if (declared.min > maxMemoryPages) {
    invalid(`it needs ${declared.min} memory pages to start, more than the limit of ${maxMemoryPages}`, { reason: "memory", minPages: declared.min, maxMemoryPages });
  }
  const memory = new WebAssembly.Memory({ initial: declared.min, maximum: Math.min(maxMemoryPages, declared.max ?? MAX_PAGES) });
  try {
    await WebAssembly.instantiate(module, { env: { memory, abort: abortImport(() => memory) } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    invalid(`it fails to start: ${reason.slice(0, 200)} (a start function may spend at most ${START_WORK_BUDGET} work units)`, { reason: "start", message: reason.slice(0, 500), startWorkBudget: START_WORK_BUDGET });
  }
}
async function loadBuiltinFunction(name) {
  if (!BUILTIN_FUNCTIONS.includes(name)) {
    throw new AirtntError("UNKNOWN_FUNCTION", `no built-in function "${String(name)}"`, {
      details: { known: BUILTIN_FUNCTIONS }
    });
  }
  const path = join(functionsBuildDir(), `${name}.wasm`);
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new AirtntError("FUNCTION_NOT_BUILT", `the built-in function "${name}" is not built`, {
      details: { path },
      hint: "build the functions (npm run build)",
      cause: error
    });
  }
}
export {
  BUILTIN_FUNCTIONS,
  DEFAULT_WORK_BUDGET,
  START_WORK_BUDGET,
  checkInstantiation,
  compileFunction,
  loadBuiltinFunction,
  measureFunction,
  runFunction,
  splitOutputs
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2Z1bmN0aW9ucy9hYmkudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogSG9zdCBiaW5kaW5nIG9mIHRoZSBhaXJ0bnQgZnVuY3Rpb24gQUJJIHYxIChkb2NzL2Z1bmN0aW9ucy5tZCk6IHZhbGlkYXRlcyBhIG1vZHVsZSwgcnVucyBvbmUgY2FsbFxuICogaW4gYSBmcmVzaCBpbnN0YW5jZSB3aXRoIGEgZnJlc2gsIGJvdW5kZWQgbWVtb3J5LCBhbmQgbWFwcyBldmVyeSBmYWlsdXJlIHRvIGEgdHlwZWQgZXJyb3IuXG4gKiBJdCBzZXRzIG5vIGxpbWl0cyBvZiBpdHMgb3duOiBtZW1vcnksIHN0YXRlIGFuZCBvdXRwdXQgYm91bmRzIGNvbWUgZnJvbSB0aGUgY2FsbGVyLCBhbmQgd2FsbC1jbG9ja1xuICogbGltaXRzIGFyZSB0aGUgZW5jbGF2ZSB3b3JrZXIncyBqb2IgKHNyYy9lbmNsYXZlLykuXG4gKi9cbmltcG9ydCB7IHJlYWRGaWxlIH0gZnJvbSAnbm9kZTpmcy9wcm9taXNlcyc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IHNoYTI1NiB9IGZyb20gJ0Bub2JsZS9oYXNoZXMvc2hhMi5qcyc7XG5pbXBvcnQgeyBBaXJ0bnRFcnJvciwgaXNBaXJ0bnRFcnJvciB9IGZyb20gJy4uL3V0aWwvZXJyb3JzLmpzJztcbmltcG9ydCB7IGZ1bmN0aW9uc0J1aWxkRGlyIH0gZnJvbSAnLi4vdXRpbC9wYXRocy5qcyc7XG5pbXBvcnQgdHlwZSB7IFJvdW5kTGltaXRzIH0gZnJvbSAnLi4vZW5jbGF2ZS90eXBlcy5qcyc7XG5pbXBvcnQgeyBtZXRlck1vZHVsZSwgV09SS19FWEhBVVNURUQsIFdPUktfR0xPQkFMX0VYUE9SVCB9IGZyb20gJy4vbWV0ZXJpbmcuanMnO1xuaW1wb3J0IHsgcmVhZFdhc21TZWN0aW9ucywgdHlwZSBGdW5jdGlvblNpZ25hdHVyZSwgdHlwZSBNZW1vcnlMaW1pdHMgfSBmcm9tICcuL3dhc20tc2VjdGlvbnMuanMnO1xuXG5leHBvcnQgY29uc3QgQlVJTFRJTl9GVU5DVElPTlMgPSBbJ2xpZmUnLCAnb2NyJ10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBCdWlsdGluRnVuY3Rpb25OYW1lID0gKHR5cGVvZiBCVUlMVElOX0ZVTkNUSU9OUylbbnVtYmVyXTtcblxuZXhwb3J0IHR5cGUgRnVuY3Rpb25MaW1pdHMgPSBQaWNrPFJvdW5kTGltaXRzLCAnbWF4TWVtb3J5UGFnZXMnIHwgJ21heFN0YXRlQnl0ZXMnIHwgJ21heE91dHB1dEJ5dGVzJz47XG4vKiogd29ya1VuaXRzOiB3aGF0IHRoZSBtZXRlcmVkIG1vZHVsZSBjb3VudGVkIChkb2NzL2Z1bmN0aW9ucy5tZCwgXCJXb3JrIG1ldGVyaW5nXCIpLiAqL1xuZXhwb3J0IHR5cGUgRnVuY3Rpb25SdW5SZXN1bHQgPSB7IHN0YXRlOiBVaW50OEFycmF5OyBvdXRwdXRzOiBVaW50OEFycmF5W107IGN5Y2xlc0RvbmU6IG51bWJlcjsgd29ya1VuaXRzOiBudW1iZXIgfTtcbi8qKiBUaGUgd29yayBidWRnZXQgb2YgYSBjYWxsIHdoZW4gdGhlIGNhbGxlciBnaXZlcyBub25lOiBmYXIgbW9yZSB0aGFuIGEgMTAtbWludXRlIHJvdW5kIGNhbiBzcGVuZC4gKi9cbmV4cG9ydCBjb25zdCBERUZBVUxUX1dPUktfQlVER0VUID0gMiAqKiA1MDtcblxuY29uc3QgUEFHRV9CWVRFUyA9IDY1NTM2O1xuY29uc3QgTUFYX1BBR0VTID0gNjU1MzY7XG5jb25zdCBNQVhfQ1lDTEVTID0gMHhmZmZmZmZmZjtcbi8qKiBMb25nZXN0IGFib3J0IG1lc3NhZ2Ugd2UgZGVjb2RlIChVVEYtMTYgY29kZSB1bml0cyksIHNvIGEgaG9zdGlsZSBwb2ludGVyIGNhbm5vdCBtYWtlIHVzIGNvcHkgbXVjaC4gKi9cbmNvbnN0IE1BWF9BQk9SVF9DSEFSUyA9IDEwMjQ7XG5jb25zdCBJMzIgPSAnaTMyJztcbmNvbnN0IE5PX1BBUkFNUzogRnVuY3Rpb25TaWduYXR1cmUgPSB7IHBhcmFtczogW10sIHJlc3VsdHM6IFtJMzJdIH07XG5jb25zdCBSRVFVSVJFRF9FWFBPUlRTOiBSZWNvcmQ8c3RyaW5nLCBGdW5jdGlvblNpZ25hdHVyZT4gPSB7XG4gIGFpcnRudF9hYmlfdjE6IE5PX1BBUkFNUyxcbiAgaW5wdXRfYnVmZmVyOiB7IHBhcmFtczogW0kzMl0sIHJlc3VsdHM6IFtJMzJdIH0sXG4gIHJ1bjogeyBwYXJhbXM6IFtJMzIsIEkzMl0sIHJlc3VsdHM6IFtJMzJdIH0sXG4gIHN0YXRlX3B0cjogTk9fUEFSQU1TLFxuICBzdGF0ZV9sZW46IE5PX1BBUkFNUyxcbiAgb3V0cHV0X3B0cjogTk9fUEFSQU1TLFxuICBvdXRwdXRfbGVuOiBOT19QQVJBTVMsXG59O1xuY29uc3QgQUJPUlRfU0lHTkFUVVJFOiBGdW5jdGlvblNpZ25hdHVyZSA9IHsgcGFyYW1zOiBbSTMyLCBJMzIsIEkzMiwgSTMyXSwgcmVzdWx0czogW10gfTtcblxudHlwZSBGdW5jdGlvbkV4cG9ydHMgPSB7XG4gIGFpcnRudF9hYmlfdjEoKTogbnVtYmVyO1xuICBpbnB1dF9idWZmZXIobGVuOiBudW1iZXIpOiBudW1iZXI7XG4gIHJ1bihsZW46IG51bWJlciwgY3ljbGVzOiBudW1iZXIpOiBudW1iZXI7XG4gIHN0YXRlX3B0cigpOiBudW1iZXI7XG4gIHN0YXRlX2xlbigpOiBudW1iZXI7XG4gIG91dHB1dF9wdHIoKTogbnVtYmVyO1xuICBvdXRwdXRfbGVuKCk6IG51bWJlcjtcbn07XG5cbi8qKiBNZW1vcnkgbGltaXRzIG9mIGVhY2ggbW9kdWxlIGNvbXBpbGVkIGhlcmU7IHJ1bkZ1bmN0aW9uIG5lZWRzIHRoZSBkZWNsYXJlZCBtaW5pbXVtIHRvIHNpemUgbWVtb3J5LiAqL1xuY29uc3QgbWVtb3J5T2YgPSBuZXcgV2Vha01hcDxXZWJBc3NlbWJseS5Nb2R1bGUsIE1lbW9yeUxpbWl0cz4oKTtcbi8qKlxuICogVGhlIGNvdW50ZXIncyB2YWx1ZSBhdCBpbnN0YW50aWF0aW9uOiB0aGUgd29yayBhIHN0YXJ0IGZ1bmN0aW9uIG1heSBzcGVuZCwgaW4gYSB0cmlhbCBzdGFydCBvciBhXG4gKiByb3VuZC4gTWV0ZXJlZCB3b3JrLCBub3QgdGltZSwgYm91bmRzIGl0LCBzbyBhIGhvc3RpbGUgc3RhcnQgaXMgc3RvcHBlZCBhZnRlciB0aGUgc2FtZSBzbWFsbCBhbW91bnRcbiAqIG9mIHdvcmsgb24gYW4gaWRsZSBtYWNoaW5lIG9yIGEgbG9hZGVkIG9uZSAoYSBmZXcgdGVucyBvZiBtaWxsaXNlY29uZHMpLCBsb25nIGJlZm9yZSBhIHRpbWUgbGltaXQuXG4gKi9cbmV4cG9ydCBjb25zdCBTVEFSVF9XT1JLX0JVREdFVCA9IDIgKiogMjQ7XG5jb25zdCBTVEFSVF9CVURHRVQgPSBTVEFSVF9XT1JLX0JVREdFVDtcblxuZnVuY3Rpb24gaW52YWxpZCh3aGF0OiBzdHJpbmcsIGRldGFpbHM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge30pOiBuZXZlciB7XG4gIHRocm93IG5ldyBBaXJ0bnRFcnJvcignSU5WQUxJRF9GVU5DVElPTicsIGBub3QgYW4gYWlydG50IEFCSSB2MSBmdW5jdGlvbjogJHt3aGF0fWAsIHtcbiAgICBkZXRhaWxzLFxuICAgIGhpbnQ6ICdzZWUgZG9jcy9mdW5jdGlvbnMubWQgZm9yIHRoZSBpbXBvcnRzIGFuZCBleHBvcnRzIGEgZnVuY3Rpb24gbXVzdCBoYXZlJyxcbiAgfSk7XG59XG5cbmZ1bmN0aW9uIHNhbWVTaWduYXR1cmUoYTogRnVuY3Rpb25TaWduYXR1cmUsIGI6IEZ1bmN0aW9uU2lnbmF0dXJlKTogYm9vbGVhbiB7XG4gIHJldHVybiBhLnBhcmFtcy5qb2luKCkgPT09IGIucGFyYW1zLmpvaW4oKSAmJiBhLnJlc3VsdHMuam9pbigpID09PSBiLnJlc3VsdHMuam9pbigpO1xufVxuXG5mdW5jdGlvbiBkZXNjcmliZShzaWduYXR1cmU6IEZ1bmN0aW9uU2lnbmF0dXJlKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAoJHtzaWduYXR1cmUucGFyYW1zLmpvaW4oJywgJyl9KSAtPiAoJHtzaWduYXR1cmUucmVzdWx0cy5qb2luKCcsICcpfSlgO1xufVxuXG4vKiogVGhlIG1lYXN1cmVtZW50IG9mIGEgZnVuY3Rpb246IHNoYTI1NiBvZiBpdHMgbW9kdWxlIGJ5dGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1lYXN1cmVGdW5jdGlvbihieXRlczogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICByZXR1cm4gc2hhMjU2KGJ5dGVzKTtcbn1cblxuLyoqXG4gKiBDaGVja3MgYSBtb2R1bGUgYWdhaW5zdCB0aGUgQUJJLCB0aGVuIGNvbXBpbGVzIGl0IHdpdGggd29yayBtZXRlcmluZyAoc3JjL2Z1bmN0aW9ucy9tZXRlcmluZy50cyk7XG4gKiB0aHJvd3MgSU5WQUxJRF9GVU5DVElPTiBzYXlpbmcgd2hhdCBpcyB3cm9uZywgaW5jbHVkaW5nIGZlYXR1cmVzIG1ldGVyaW5nIHJlZnVzZXMuIFRoZSBtb2R1bGUnc1xuICogbWVhc3VyZW1lbnQgaXMgb2YgYGJ5dGVzYCBhcyBnaXZlbjogdGhlIG1ldGVyZWQgY29weSBleGlzdHMgb25seSBoZXJlLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY29tcGlsZUZ1bmN0aW9uKGJ5dGVzOiBVaW50OEFycmF5KTogUHJvbWlzZTxXZWJBc3NlbWJseS5Nb2R1bGU+IHtcbiAgaWYgKCEoYnl0ZXMgaW5zdGFuY2VvZiBVaW50OEFycmF5KSkgaW52YWxpZCgnZXhwZWN0ZWQgdGhlIG1vZHVsZSBhcyBhIFVpbnQ4QXJyYXknKTtcbiAgbGV0IG1vZHVsZTogV2ViQXNzZW1ibHkuTW9kdWxlO1xuICBpZiAoIVdlYkFzc2VtYmx5LnZhbGlkYXRlKGJ5dGVzKSkge1xuICAgIC8vIGNvbXBpbGUoKSBzYXlzIHdoeS5cbiAgICBhd2FpdCBXZWJBc3NlbWJseS5jb21waWxlKGJ5dGVzKS5jYXRjaCgoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgIHRocm93IG5ldyBBaXJ0bnRFcnJvcignSU5WQUxJRF9GVU5DVElPTicsICdub3QgYSB2YWxpZCBXZWJBc3NlbWJseSBtb2R1bGUnLCB7XG4gICAgICAgIGRldGFpbHM6IHsgcmVhc29uOiBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcikgfSxcbiAgICAgICAgY2F1c2U6IGVycm9yLFxuICAgICAgfSk7XG4gICAgfSk7XG4gIH1cbiAgY29uc3QgbWV0ZXJlZCA9IG1ldGVyTW9kdWxlKGJ5dGVzLCBTVEFSVF9CVURHRVQpO1xuICB0cnkge1xuICAgIG1vZHVsZSA9IGF3YWl0IFdlYkFzc2VtYmx5LmNvbXBpbGUobWV0ZXJlZCk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdJTlZBTElEX0ZVTkNUSU9OJywgJ25vdCBhIHZhbGlkIFdlYkFzc2VtYmx5IG1vZHVsZScsIHtcbiAgICAgIGRldGFpbHM6IHsgcmVhc29uOiBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcikgfSxcbiAgICAgIGNhdXNlOiBlcnJvcixcbiAgICB9KTtcbiAgfVxuICBjb25zdCBzZWN0aW9ucyA9IHJlYWRXYXNtU2VjdGlvbnMoYnl0ZXMpO1xuICBsZXQgbWVtb3J5OiBNZW1vcnlMaW1pdHMgfCB1bmRlZmluZWQ7XG4gIGZvciAoY29uc3QgZW50cnkgb2Ygc2VjdGlvbnMuaW1wb3J0cykge1xuICAgIGNvbnN0IG5hbWUgPSBgJHtlbnRyeS5tb2R1bGV9LiR7ZW50cnkubmFtZX1gO1xuICAgIGlmIChuYW1lID09PSAnZW52Lm1lbW9yeScgJiYgZW50cnkua2luZCA9PT0gJ21lbW9yeScpIHtcbiAgICAgIG1lbW9yeSA9IGVudHJ5LmxpbWl0cztcbiAgICB9IGVsc2UgaWYgKG5hbWUgPT09ICdlbnYuYWJvcnQnICYmIGVudHJ5LmtpbmQgPT09ICdmdW5jdGlvbicpIHtcbiAgICAgIGlmICghc2FtZVNpZ25hdHVyZShlbnRyeS5zaWduYXR1cmUsIEFCT1JUX1NJR05BVFVSRSkpIHtcbiAgICAgICAgaW52YWxpZChgZW52LmFib3J0IG11c3QgYmUgJHtkZXNjcmliZShBQk9SVF9TSUdOQVRVUkUpfWAsIHsgZ290OiBkZXNjcmliZShlbnRyeS5zaWduYXR1cmUpIH0pO1xuICAgICAgfVxuICAgIH0gZWxzZSB7XG4gICAgICBpbnZhbGlkKGBpdCBpbXBvcnRzICR7bmFtZX0gKCR7ZW50cnkua2luZH0pOyBvbmx5IGVudi5tZW1vcnkgYW5kIGVudi5hYm9ydCBhcmUgYWxsb3dlZGAsIHsgaW1wb3J0OiBuYW1lIH0pO1xuICAgIH1cbiAgfVxuICBpZiAoIW1lbW9yeSkgaW52YWxpZCgnaXQgbXVzdCBpbXBvcnQgaXRzIG1lbW9yeSBhcyBlbnYubWVtb3J5IChidWlsZCB3aXRoIC0taW1wb3J0TWVtb3J5KScpO1xuICBpZiAoc2VjdGlvbnMuZGVmaW5lZE1lbW9yaWVzLmxlbmd0aCA+IDApIGludmFsaWQoJ2l0IGRlZmluZXMgYSBtZW1vcnkgb2YgaXRzIG93bjsgdGhlIGhvc3Qgc3VwcGxpZXMgdGhlIG9ubHkgbWVtb3J5Jyk7XG4gIGlmIChtZW1vcnkuc2hhcmVkIHx8IG1lbW9yeS5tZW1vcnk2NCkgaW52YWxpZCgnZW52Lm1lbW9yeSBtdXN0IGJlIGFuIHVuc2hhcmVkIDMyLWJpdCBtZW1vcnknLCB7IG1lbW9yeSB9KTtcbiAgaWYgKG1lbW9yeS5taW4gPiBNQVhfUEFHRVMpIGludmFsaWQoJ2Vudi5tZW1vcnkgYXNrcyBmb3IgbW9yZSB0aGFuIDQgR2lCJywgeyBtaW5QYWdlczogbWVtb3J5Lm1pbiB9KTtcbiAgZm9yIChjb25zdCBbbmFtZSwgZXhwZWN0ZWRdIG9mIE9iamVjdC5lbnRyaWVzKFJFUVVJUkVEX0VYUE9SVFMpKSB7XG4gICAgY29uc3QgZW50cnkgPSBzZWN0aW9ucy5leHBvcnRzLmZpbmQoKGNhbmRpZGF0ZSkgPT4gY2FuZGlkYXRlLm5hbWUgPT09IG5hbWUpO1xuICAgIGlmICghZW50cnkgfHwgZW50cnkua2luZCAhPT0gJ2Z1bmN0aW9uJykgaW52YWxpZChgaXQgZG9lcyBub3QgZXhwb3J0IHRoZSBmdW5jdGlvbiAke25hbWV9YCwgeyBtaXNzaW5nOiBuYW1lIH0pO1xuICAgIGNvbnN0IHNpZ25hdHVyZSA9IHNlY3Rpb25zLmZ1bmN0aW9uU2lnbmF0dXJlc1tlbnRyeS5pbmRleF07XG4gICAgaWYgKCFzaWduYXR1cmUgfHwgIXNhbWVTaWduYXR1cmUoc2lnbmF0dXJlLCBleHBlY3RlZCkpIHtcbiAgICAgIGludmFsaWQoYCR7bmFtZX0gbXVzdCBiZSAke2Rlc2NyaWJlKGV4cGVjdGVkKX1gLCB7IGdvdDogc2lnbmF0dXJlID8gZGVzY3JpYmUoc2lnbmF0dXJlKSA6ICd1bmtub3duJyB9KTtcbiAgICB9XG4gIH1cbiAgbWVtb3J5T2Yuc2V0KG1vZHVsZSwgbWVtb3J5KTtcbiAgcmV0dXJuIG1vZHVsZTtcbn1cblxuZnVuY3Rpb24gY2hlY2tMaW1pdHMoY3ljbGVzOiBudW1iZXIsIGxpbWl0czogRnVuY3Rpb25MaW1pdHMpOiB2b2lkIHtcbiAgY29uc3QgYmFkID0gKG5hbWU6IHN0cmluZywgdmFsdWU6IHVua25vd24sIHJhbmdlOiBzdHJpbmcpOiBuZXZlciA9PiB7XG4gICAgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgYFwiJHtuYW1lfVwiIG11c3QgYmUgYW4gaW50ZWdlciBpbiAke3JhbmdlfWAsIHsgZGV0YWlsczogeyBbbmFtZV06IHZhbHVlIH0gfSk7XG4gIH07XG4gIGlmICghTnVtYmVyLmlzSW50ZWdlcihjeWNsZXMpIHx8IGN5Y2xlcyA8IDAgfHwgY3ljbGVzID4gTUFYX0NZQ0xFUykgYmFkKCdjeWNsZXMnLCBjeWNsZXMsICcwLi4yXjMyLTEnKTtcbiAgY29uc3QgeyBtYXhNZW1vcnlQYWdlcywgbWF4U3RhdGVCeXRlcywgbWF4T3V0cHV0Qnl0ZXMgfSA9IGxpbWl0cztcbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKG1heE1lbW9yeVBhZ2VzKSB8fCBtYXhNZW1vcnlQYWdlcyA8IDEgfHwgbWF4TWVtb3J5UGFnZXMgPiBNQVhfUEFHRVMpIHtcbiAgICBiYWQoJ21heE1lbW9yeVBhZ2VzJywgbWF4TWVtb3J5UGFnZXMsICcxLi42NTUzNicpO1xuICB9XG4gIGlmICghTnVtYmVyLmlzU2FmZUludGVnZXIobWF4U3RhdGVCeXRlcykgfHwgbWF4U3RhdGVCeXRlcyA8IDApIGJhZCgnbWF4U3RhdGVCeXRlcycsIG1heFN0YXRlQnl0ZXMsICcwLi4yXjUzJyk7XG4gIGlmICghTnVtYmVyLmlzU2FmZUludGVnZXIobWF4T3V0cHV0Qnl0ZXMpIHx8IG1heE91dHB1dEJ5dGVzIDwgMCkgYmFkKCdtYXhPdXRwdXRCeXRlcycsIG1heE91dHB1dEJ5dGVzLCAnMC4uMl41MycpO1xufVxuXG4vKiogUmVhZHMgYW4gQXNzZW1ibHlTY3JpcHQgc3RyaW5nIChVVEYtMTZMRSwgYnl0ZSBsZW5ndGggaW4gdGhlIHUzMiBiZWZvcmUgaXQpOyB1bmRlZmluZWQgaWYgaXQgZG9lcyBub3QgZml0LiAqL1xuZnVuY3Rpb24gcmVhZEFib3J0U3RyaW5nKG1lbW9yeTogV2ViQXNzZW1ibHkuTWVtb3J5LCBwb2ludGVyOiBudW1iZXIpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBieXRlcyA9IG5ldyBVaW50OEFycmF5KG1lbW9yeS5idWZmZXIpO1xuICBpZiAocG9pbnRlciA8IDQgfHwgcG9pbnRlciA+IGJ5dGVzLmxlbmd0aCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgYnl0ZUxlbmd0aCA9IG5ldyBEYXRhVmlldyhtZW1vcnkuYnVmZmVyKS5nZXRVaW50MzIocG9pbnRlciAtIDQsIHRydWUpO1xuICBpZiAoYnl0ZUxlbmd0aCAlIDIgIT09IDAgfHwgYnl0ZUxlbmd0aCA+IE1BWF9BQk9SVF9DSEFSUyAqIDIgfHwgcG9pbnRlciArIGJ5dGVMZW5ndGggPiBieXRlcy5sZW5ndGgpIHJldHVybiB1bmRlZmluZWQ7XG4gIHJldHVybiBCdWZmZXIuZnJvbShieXRlcy5zdWJhcnJheShwb2ludGVyLCBwb2ludGVyICsgYnl0ZUxlbmd0aCkpLnRvU3RyaW5nKCd1dGYxNmxlJyk7XG59XG5cbi8qKiBUaGUgZW52LmFib3J0IGltcG9ydDogdHVybnMgdGhlIGZ1bmN0aW9uJ3Mgb3duIGFib3J0IGludG8gYSB0eXBlZCBlcnJvciAoZG9jcy9mdW5jdGlvbnMubWQpLiAqL1xuZnVuY3Rpb24gYWJvcnRJbXBvcnQoZ2V0TWVtb3J5OiAoKSA9PiBXZWJBc3NlbWJseS5NZW1vcnkpIHtcbiAgcmV0dXJuIChtZXNzYWdlUG9pbnRlcjogbnVtYmVyLCBmaWxlUG9pbnRlcjogbnVtYmVyLCBsaW5lOiBudW1iZXIsIGNvbHVtbjogbnVtYmVyKTogbmV2ZXIgPT4ge1xuICAgIGNvbnN0IG1lc3NhZ2UgPSByZWFkQWJvcnRTdHJpbmcoZ2V0TWVtb3J5KCksIG1lc3NhZ2VQb2ludGVyID4+PiAwKSA/PyAnKG5vIG1lc3NhZ2UpJztcbiAgICBjb25zdCBmaWxlID0gcmVhZEFib3J0U3RyaW5nKGdldE1lbW9yeSgpLCBmaWxlUG9pbnRlciA+Pj4gMCk7XG4gICAgaWYgKG1lc3NhZ2UudG9Mb3dlckNhc2UoKS5zdGFydHNXaXRoKCdvdXQgb2YgbWVtb3J5JykpIHtcbiAgICAgIHRocm93IG5ldyBBaXJ0bnRFcnJvcignRlVOQ1RJT05fT1VUX09GX01FTU9SWScsICd0aGUgZnVuY3Rpb24gcmFuIG91dCBvZiBtZW1vcnknLCB7XG4gICAgICAgIGRldGFpbHM6IHsgbWVzc2FnZSwgZmlsZSB9LFxuICAgICAgICBoaW50OiAnZ2l2ZSBpdCBtb3JlIG1lbW9yeSBwYWdlcywgb3IgYSBzbWFsbGVyIHN0YXRlJyxcbiAgICAgIH0pO1xuICAgIH1cbiAgICBjb25zdCByZWplY3RlZFN0YXRlID0gZmlsZSA9PT0gJ2ludmFsaWQgc3RhdGUnO1xuICAgIHRocm93IG5ldyBBaXJ0bnRFcnJvcignRlVOQ1RJT05fVFJBUFBFRCcsIHJlamVjdGVkU3RhdGUgPyBgdGhlIGZ1bmN0aW9uIHJlamVjdGVkIGl0cyBzdGF0ZTogJHttZXNzYWdlfWAgOiBgdGhlIGZ1bmN0aW9uIGFib3J0ZWQ6ICR7bWVzc2FnZX1gLCB7XG4gICAgICBkZXRhaWxzOiB7IHJlYXNvbjogcmVqZWN0ZWRTdGF0ZSA/ICdpbnZhbGlkLXN0YXRlJyA6ICdhYm9ydCcsIG1lc3NhZ2UsIGZpbGUsIGxpbmUsIGNvbHVtbiB9LFxuICAgIH0pO1xuICB9O1xufVxuXG4vKiogTWFwcyBhIHRyYXAgKG9yIGEgSlMgZXJyb3IgcmFpc2VkIHdoaWxlIHRoZSBmdW5jdGlvbiByYW4pIHRvIGEgdHlwZWQgZXJyb3IuICovXG5mdW5jdGlvbiB0cmFwRXJyb3IoZXJyb3I6IHVua25vd24sIG1lbW9yeTogV2ViQXNzZW1ibHkuTWVtb3J5LCBtYXhQYWdlczogbnVtYmVyKTogQWlydG50RXJyb3Ige1xuICBpZiAoaXNBaXJ0bnRFcnJvcihlcnJvcikpIHJldHVybiBlcnJvcjtcbiAgY29uc3QgcmVhc29uID0gZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpO1xuICAvLyBSdW50aW1lcyB0cmFwICh1bnJlYWNoYWJsZSkgd2hlbiBtZW1vcnkuZ3JvdyBmYWlscywgd2hpY2ggc2hvd3MgYXMgYSB0cmFwIHdpdGggbWVtb3J5IGZ1bGwuXG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIFdlYkFzc2VtYmx5LlJ1bnRpbWVFcnJvciAmJiBtZW1vcnkuYnVmZmVyLmJ5dGVMZW5ndGggPj0gbWF4UGFnZXMgKiBQQUdFX0JZVEVTKSB7XG4gICAgcmV0dXJuIG5ldyBBaXJ0bnRFcnJvcignRlVOQ1RJT05fT1VUX09GX01FTU9SWScsICd0aGUgZnVuY3Rpb24gdHJhcHBlZCB3aXRoIGl0cyBtZW1vcnkgZnVsbCcsIHtcbiAgICAgIGRldGFpbHM6IHsgcmVhc29uLCBtYXhNZW1vcnlQYWdlczogbWF4UGFnZXMgfSxcbiAgICAgIGhpbnQ6ICdnaXZlIGl0IG1vcmUgbWVtb3J5IHBhZ2VzLCBvciBhIHNtYWxsZXIgc3RhdGUnLFxuICAgICAgY2F1c2U6IGVycm9yLFxuICAgIH0pO1xuICB9XG4gIHJldHVybiBuZXcgQWlydG50RXJyb3IoJ0ZVTkNUSU9OX1RSQVBQRUQnLCBgdGhlIGZ1bmN0aW9uIHRyYXBwZWQ6ICR7cmVhc29ufWAsIHtcbiAgICBkZXRhaWxzOiB7IHJlYXNvbjogJ3RyYXAnLCBtZXNzYWdlOiByZWFzb24gfSxcbiAgICBjYXVzZTogZXJyb3IsXG4gIH0pO1xufVxuXG5mdW5jdGlvbiBiYWRSZXN1bHQod2hhdDogc3RyaW5nLCBkZXRhaWxzOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IG5ldmVyIHtcbiAgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdGVU5DVElPTl9JTlZBTElEX1JFU1VMVCcsIGB0aGUgZnVuY3Rpb24gcmV0dXJuZWQgJHt3aGF0fWAsIHsgZGV0YWlscyB9KTtcbn1cblxuLyoqIENvcGllcyBbcG9pbnRlciwgcG9pbnRlciArIGxlbmd0aCkgb3V0IG9mIG1lbW9yeSBhZnRlciBjaGVja2luZyB0aGUgYm91bmRzLiAqL1xuZnVuY3Rpb24gY29weU91dChtZW1vcnk6IFdlYkFzc2VtYmx5Lk1lbW9yeSwgcG9pbnRlcjogbnVtYmVyLCBsZW5ndGg6IG51bWJlciwgd2hhdDogc3RyaW5nKTogVWludDhBcnJheSB7XG4gIGNvbnN0IHNpemUgPSBtZW1vcnkuYnVmZmVyLmJ5dGVMZW5ndGg7XG4gIGlmIChwb2ludGVyICsgbGVuZ3RoID4gc2l6ZSkgYmFkUmVzdWx0KGBhICR7d2hhdH0gb3V0c2lkZSBpdHMgbWVtb3J5YCwgeyBwb2ludGVyLCBsZW5ndGgsIG1lbW9yeUJ5dGVzOiBzaXplIH0pO1xuICByZXR1cm4gbmV3IFVpbnQ4QXJyYXkobWVtb3J5LmJ1ZmZlciwgcG9pbnRlciwgbGVuZ3RoKS5zbGljZSgpO1xufVxuXG4vKiogU3BsaXRzIHRoZSBvdXRwdXQgcmVnaW9uIGludG8gbWVzc2FnZXMgKHUzMiBMRSBsZW5ndGgsIHRoZW4gdGhlIGJ5dGVzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdE91dHB1dHMocmVnaW9uOiBVaW50OEFycmF5KTogVWludDhBcnJheVtdIHtcbiAgY29uc3Qgb3V0cHV0czogVWludDhBcnJheVtdID0gW107XG4gIGNvbnN0IHZpZXcgPSBuZXcgRGF0YVZpZXcocmVnaW9uLmJ1ZmZlciwgcmVnaW9uLmJ5dGVPZmZzZXQsIHJlZ2lvbi5ieXRlTGVuZ3RoKTtcbiAgbGV0IG9mZnNldCA9IDA7XG4gIHdoaWxlIChvZmZzZXQgPCByZWdpb24ubGVuZ3RoKSB7XG4gICAgaWYgKG9mZnNldCArIDQgPiByZWdpb24ubGVuZ3RoKSBiYWRSZXN1bHQoJ2EgdHJ1bmNhdGVkIG91dHB1dCBsZW5ndGgnLCB7IG9mZnNldCwgb3V0cHV0Qnl0ZXM6IHJlZ2lvbi5sZW5ndGggfSk7XG4gICAgY29uc3QgbGVuZ3RoID0gdmlldy5nZXRVaW50MzIob2Zmc2V0LCB0cnVlKTtcbiAgICBpZiAob2Zmc2V0ICsgNCArIGxlbmd0aCA+IHJlZ2lvbi5sZW5ndGgpIGJhZFJlc3VsdCgnYW4gb3V0cHV0IG1lc3NhZ2UgcGFzdCB0aGUgZW5kJywgeyBvZmZzZXQsIGxlbmd0aCB9KTtcbiAgICBvdXRwdXRzLnB1c2gocmVnaW9uLnNsaWNlKG9mZnNldCArIDQsIG9mZnNldCArIDQgKyBsZW5ndGgpKTtcbiAgICBvZmZzZXQgKz0gNCArIGxlbmd0aDtcbiAgfVxuICByZXR1cm4gb3V0cHV0cztcbn1cblxuLyoqXG4gKiBSdW5zIGF0IG1vc3QgYGN5Y2xlc2AgY3ljbGVzIG9mIHRoZSBmdW5jdGlvbiBvbiBgc3RhdGVgIGluIGEgZnJlc2ggaW5zdGFuY2UgYW5kIGZyZXNoIG1lbW9yeSAoc29cbiAqIG5vdGhpbmcgY2FycmllcyBvdmVyIGJldHdlZW4gY2FsbHMpLiBUaHJvd3MgRlVOQ1RJT05fVFJBUFBFRCwgRlVOQ1RJT05fT1VUX09GX01FTU9SWSxcbiAqIFNUQVRFX1RPT19MQVJHRSwgT1VUUFVUX1RPT19MQVJHRSwgRlVOQ1RJT05fSU5WQUxJRF9SRVNVTFQsIElOVkFMSURfRlVOQ1RJT04gb3IgSU5WQUxJRF9BUkdVTUVOVC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJ1bkZ1bmN0aW9uKFxuICBtb2R1bGU6IFdlYkFzc2VtYmx5Lk1vZHVsZSxcbiAgc3RhdGU6IFVpbnQ4QXJyYXksXG4gIGN5Y2xlczogbnVtYmVyLFxuICBsaW1pdHM6IEZ1bmN0aW9uTGltaXRzLFxuICB3b3JrQnVkZ2V0OiBudW1iZXIgPSBERUZBVUxUX1dPUktfQlVER0VULFxuKTogUHJvbWlzZTxGdW5jdGlvblJ1blJlc3VsdD4ge1xuICBpZiAoIU51bWJlci5pc1NhZmVJbnRlZ2VyKHdvcmtCdWRnZXQpIHx8IHdvcmtCdWRnZXQgPCAxKSB7XG4gICAgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdJTlZBTElEX0FSR1VNRU5UJywgJ1wid29ya0J1ZGdldFwiIG11c3QgYmUgYW4gaW50ZWdlciBpbiAxLi4yXjUzLTEnLCB7IGRldGFpbHM6IHsgd29ya0J1ZGdldCB9IH0pO1xuICB9XG4gIGNvbnN0IGRlY2xhcmVkID0gbWVtb3J5T2YuZ2V0KG1vZHVsZSk7XG4gIGlmICghZGVjbGFyZWQpIHtcbiAgICBpbnZhbGlkKCd0aGlzIG1vZHVsZSB3YXMgbm90IGNvbXBpbGVkIGJ5IGNvbXBpbGVGdW5jdGlvbiBpbiB0aGlzIHRocmVhZCcsIHtcbiAgICAgIGhpbnQ6ICdwYXNzIHRoZSBtb2R1bGUgYnl0ZXMgKG5vdCBhIFdlYkFzc2VtYmx5Lk1vZHVsZSkgYmV0d2VlbiB0aHJlYWRzIGFuZCBjb21waWxlIHRoZW0gdGhlcmUnLFxuICAgIH0pO1xuICB9XG4gIGlmICghKHN0YXRlIGluc3RhbmNlb2YgVWludDhBcnJheSkpIHRocm93IG5ldyBBaXJ0bnRFcnJvcignSU5WQUxJRF9BUkdVTUVOVCcsICdcInN0YXRlXCIgZXhwZWN0ZWQgVWludDhBcnJheScpO1xuICBjaGVja0xpbWl0cyhjeWNsZXMsIGxpbWl0cyk7XG4gIGlmIChzdGF0ZS5sZW5ndGggPiBsaW1pdHMubWF4U3RhdGVCeXRlcykge1xuICAgIHRocm93IG5ldyBBaXJ0bnRFcnJvcignU1RBVEVfVE9PX0xBUkdFJywgJ3RoZSBpbnB1dCBzdGF0ZSBpcyBsYXJnZXIgdGhhbiB0aGUgbGltaXQnLCB7XG4gICAgICBkZXRhaWxzOiB7IHN0YXRlQnl0ZXM6IHN0YXRlLmxlbmd0aCwgbWF4U3RhdGVCeXRlczogbGltaXRzLm1heFN0YXRlQnl0ZXMgfSxcbiAgICB9KTtcbiAgfVxuICBpZiAoZGVjbGFyZWQubWluID4gbGltaXRzLm1heE1lbW9yeVBhZ2VzKSB7XG4gICAgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdGVU5DVElPTl9PVVRfT0ZfTUVNT1JZJywgJ3RoZSBmdW5jdGlvbiBuZWVkcyBtb3JlIG1lbW9yeSB0aGFuIHRoZSBsaW1pdCB0byBzdGFydCcsIHtcbiAgICAgIGRldGFpbHM6IHsgbWluUGFnZXM6IGRlY2xhcmVkLm1pbiwgbWF4TWVtb3J5UGFnZXM6IGxpbWl0cy5tYXhNZW1vcnlQYWdlcyB9LFxuICAgIH0pO1xuICB9XG4gIGNvbnN0IG1heGltdW0gPSBNYXRoLm1pbihsaW1pdHMubWF4TWVtb3J5UGFnZXMsIGRlY2xhcmVkLm1heCA/PyBNQVhfUEFHRVMpO1xuICBjb25zdCBtZW1vcnkgPSBuZXcgV2ViQXNzZW1ibHkuTWVtb3J5KHsgaW5pdGlhbDogZGVjbGFyZWQubWluLCBtYXhpbXVtIH0pO1xuICBsZXQgZXhwb3J0czogRnVuY3Rpb25FeHBvcnRzO1xuICBsZXQgY291bnRlcjogV2ViQXNzZW1ibHkuR2xvYmFsIHwgdW5kZWZpbmVkO1xuICAvLyBXb3JrIGlzIGNvdW50ZWQgZnJvbSB0aGUgYnVkZ2V0IGRvd247IGEgc3RhcnQgZnVuY3Rpb24gc3BlbmRzIGZyb20gU1RBUlRfQlVER0VULCBjaGFyZ2VkIHRvIHRoZSByb3VuZC5cbiAgY29uc3Qgd29ya0RvbmUgPSAoKTogbnVtYmVyID0+IHtcbiAgICBjb25zdCBsZWZ0ID0gY291bnRlcj8udmFsdWUgYXMgYmlnaW50IHwgdW5kZWZpbmVkO1xuICAgIGlmIChsZWZ0ID09PSB1bmRlZmluZWQpIHJldHVybiAwO1xuICAgIHJldHVybiBsZWZ0ID09PSBXT1JLX0VYSEFVU1RFRCA/IHdvcmtCdWRnZXQgOiB3b3JrQnVkZ2V0IC0gTnVtYmVyKGxlZnQpO1xuICB9O1xuICBjb25zdCBleGhhdXN0ZWQgPSAoKSA9PlxuICAgIG5ldyBBaXJ0bnRFcnJvcignRlVOQ1RJT05fV09SS19FWEhBVVNURUQnLCAndGhlIGZ1bmN0aW9uIHNwZW50IHRoZSByb3VuZFxcJ3Mgd29yayBidWRnZXQgYW5kIHdhcyBzdG9wcGVkJywge1xuICAgICAgZGV0YWlsczogeyB3b3JrQnVkZ2V0LCB3b3JrVW5pdHM6IHdvcmtCdWRnZXQgfSxcbiAgICAgIGhpbnQ6ICdhc2sgZmV3ZXIgY3ljbGVzIHBlciByb3VuZCwgb3IgZnVuZCB0aGUgY2hhbm5lbCBmb3IgbW9yZSB3b3JrJyxcbiAgICB9KTtcbiAgY29uc3QgZmFpbGVkID0gKGVycm9yOiB1bmtub3duKTogQWlydG50RXJyb3IgPT4ge1xuICAgIGlmIChjb3VudGVyPy52YWx1ZSA9PT0gV09SS19FWEhBVVNURUQpIHJldHVybiBleGhhdXN0ZWQoKTtcbiAgICBjb25zdCBtYXBwZWQgPSB0cmFwRXJyb3IoZXJyb3IsIG1lbW9yeSwgbWF4aW11bSk7XG4gICAgbWFwcGVkLmRldGFpbHMud29ya1VuaXRzID0gd29ya0RvbmUoKTtcbiAgICByZXR1cm4gbWFwcGVkO1xuICB9O1xuICB0cnkge1xuICAgIGNvbnN0IGluc3RhbmNlID0gYXdhaXQgV2ViQXNzZW1ibHkuaW5zdGFudGlhdGUobW9kdWxlLCB7IGVudjogeyBtZW1vcnksIGFib3J0OiBhYm9ydEltcG9ydCgoKSA9PiBtZW1vcnkpIH0gfSk7XG4gICAgZXhwb3J0cyA9IGluc3RhbmNlLmV4cG9ydHMgYXMgdW5rbm93biBhcyBGdW5jdGlvbkV4cG9ydHM7XG4gICAgY291bnRlciA9IGluc3RhbmNlLmV4cG9ydHNbV09SS19HTE9CQUxfRVhQT1JUXSBhcyBXZWJBc3NlbWJseS5HbG9iYWw7XG4gICAgY29uc3Qgc3RhcnRTcGVudCA9IFNUQVJUX0JVREdFVCAtIE51bWJlcihjb3VudGVyLnZhbHVlIGFzIGJpZ2ludCk7XG4gICAgaWYgKHN0YXJ0U3BlbnQgPiB3b3JrQnVkZ2V0KSB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ0ZVTkNUSU9OX1dPUktfRVhIQVVTVEVEJywgJ3RoZSBmdW5jdGlvblxcJ3Mgc3RhcnQgc3BlbnQgdGhlIHJvdW5kXFwncyB3b3JrIGJ1ZGdldCcsIHsgZGV0YWlsczogeyB3b3JrQnVkZ2V0LCB3b3JrVW5pdHM6IHN0YXJ0U3BlbnQgfSB9KTtcbiAgICBjb3VudGVyLnZhbHVlID0gQmlnSW50KHdvcmtCdWRnZXQgLSBzdGFydFNwZW50KTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICBpZiAoaXNBaXJ0bnRFcnJvcihlcnJvcikgJiYgZXJyb3IuY29kZSA9PT0gJ0ZVTkNUSU9OX1dPUktfRVhIQVVTVEVEJykgdGhyb3cgZXJyb3I7XG4gICAgdGhyb3cgZmFpbGVkKGVycm9yKTtcbiAgfVxuXG4gIGxldCBjeWNsZXNEb25lOiBudW1iZXI7XG4gIGxldCBzdGF0ZVBvaW50ZXI6IG51bWJlciwgc3RhdGVMZW5ndGg6IG51bWJlciwgb3V0cHV0UG9pbnRlcjogbnVtYmVyLCBvdXRwdXRMZW5ndGg6IG51bWJlcjtcbiAgdHJ5IHtcbiAgICBpZiAoZXhwb3J0cy5haXJ0bnRfYWJpX3YxKCkgIT09IDEpIGludmFsaWQoJ2FpcnRudF9hYmlfdjEoKSBkaWQgbm90IHJldHVybiAxJyk7XG4gICAgY29uc3QgaW5wdXRQb2ludGVyID0gZXhwb3J0cy5pbnB1dF9idWZmZXIoc3RhdGUubGVuZ3RoKSA+Pj4gMDtcbiAgICBpZiAoaW5wdXRQb2ludGVyICsgc3RhdGUubGVuZ3RoID4gbWVtb3J5LmJ1ZmZlci5ieXRlTGVuZ3RoKSB7XG4gICAgICBiYWRSZXN1bHQoJ2FuIGlucHV0IGJ1ZmZlciBvdXRzaWRlIGl0cyBtZW1vcnknLCB7IGlucHV0UG9pbnRlciwgc3RhdGVCeXRlczogc3RhdGUubGVuZ3RoIH0pO1xuICAgIH1cbiAgICBuZXcgVWludDhBcnJheShtZW1vcnkuYnVmZmVyKS5zZXQoc3RhdGUsIGlucHV0UG9pbnRlcik7XG4gICAgY3ljbGVzRG9uZSA9IGV4cG9ydHMucnVuKHN0YXRlLmxlbmd0aCwgY3ljbGVzKSA+Pj4gMDtcbiAgICBzdGF0ZVBvaW50ZXIgPSBleHBvcnRzLnN0YXRlX3B0cigpID4+PiAwO1xuICAgIHN0YXRlTGVuZ3RoID0gZXhwb3J0cy5zdGF0ZV9sZW4oKSA+Pj4gMDtcbiAgICBvdXRwdXRQb2ludGVyID0gZXhwb3J0cy5vdXRwdXRfcHRyKCkgPj4+IDA7XG4gICAgb3V0cHV0TGVuZ3RoID0gZXhwb3J0cy5vdXRwdXRfbGVuKCkgPj4+IDA7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgZmFpbGVkKGVycm9yKTtcbiAgfVxuICAvLyBDaGVja3MgcnVuIGF0IGxvb3AgaGVhZGVycyBhbmQgZnVuY3Rpb24gZW50cmllcyBvbmx5LCBzbyBhIGNhbGwgbWF5IGVuZCBzbGlnaHRseSBvdmVyZHJhd246XG4gIC8vIHRoYXQgaXMgb3V0IG9mIGJ1ZGdldCB0b28gKGRldGVybWluaXN0aWNhbGx5KSwgbmV2ZXIgYSBjb3VudCBhYm92ZSB0aGUgYnVkZ2V0LlxuICBpZiAoKGNvdW50ZXIudmFsdWUgYXMgYmlnaW50KSA8IDBuKSB0aHJvdyBleGhhdXN0ZWQoKTtcbiAgY29uc3Qgd29ya1VuaXRzID0gd29ya0RvbmUoKTtcbiAgaWYgKGN5Y2xlc0RvbmUgPiBjeWNsZXMpIGJhZFJlc3VsdCgnbW9yZSBjeWNsZXMgZG9uZSB0aGFuIGFsbG93ZWQnLCB7IGN5Y2xlc0RvbmUsIGN5Y2xlcyB9KTtcbiAgaWYgKHN0YXRlTGVuZ3RoID4gbGltaXRzLm1heFN0YXRlQnl0ZXMpIHtcbiAgICB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ1NUQVRFX1RPT19MQVJHRScsICd0aGUgbmV3IHN0YXRlIGlzIGxhcmdlciB0aGFuIHRoZSBsaW1pdCcsIHtcbiAgICAgIGRldGFpbHM6IHsgc3RhdGVCeXRlczogc3RhdGVMZW5ndGgsIG1heFN0YXRlQnl0ZXM6IGxpbWl0cy5tYXhTdGF0ZUJ5dGVzIH0sXG4gICAgfSk7XG4gIH1cbiAgaWYgKG91dHB1dExlbmd0aCA+IGxpbWl0cy5tYXhPdXRwdXRCeXRlcykge1xuICAgIHRocm93IG5ldyBBaXJ0bnRFcnJvcignT1VUUFVUX1RPT19MQVJHRScsICd0aGUgb3V0cHV0cyBhcmUgbGFyZ2VyIHRoYW4gdGhlIGxpbWl0Jywge1xuICAgICAgZGV0YWlsczogeyBvdXRwdXRCeXRlczogb3V0cHV0TGVuZ3RoLCBtYXhPdXRwdXRCeXRlczogbGltaXRzLm1heE91dHB1dEJ5dGVzIH0sXG4gICAgfSk7XG4gIH1cbiAgY29uc3QgbmV3U3RhdGUgPSBjb3B5T3V0KG1lbW9yeSwgc3RhdGVQb2ludGVyLCBzdGF0ZUxlbmd0aCwgJ3N0YXRlJyk7XG4gIGNvbnN0IG91dHB1dHMgPSBzcGxpdE91dHB1dHMoY29weU91dChtZW1vcnksIG91dHB1dFBvaW50ZXIsIG91dHB1dExlbmd0aCwgJ291dHB1dCByZWdpb24nKSk7XG4gIHJldHVybiB7IHN0YXRlOiBuZXdTdGF0ZSwgb3V0cHV0cywgY3ljbGVzRG9uZSwgd29ya1VuaXRzIH07XG59XG5cbi8qKlxuICogQSB0cmlhbCBpbnN0YW50aWF0aW9uIG9mIGEgbW9kdWxlIGNvbXBpbGVkIGJ5IGNvbXBpbGVGdW5jdGlvbiwgaW4gYSBmcmVzaCBtZW1vcnkgb2YgaXRzIGRlY2xhcmVkXG4gKiBtaW5pbXVtIChhdCBtb3N0IGBtYXhNZW1vcnlQYWdlc2ApOiBkYXRhIGFuZCBlbGVtZW50IHNlZ21lbnRzIGFyZSBwbGFjZWQgYW5kIHRoZSBzdGFydCBmdW5jdGlvblxuICogcnVucywgc28gYSBtb2R1bGUgdGhhdCB0cmFwcyB0aGVyZSwgYXNrcyBmb3IgbW9yZSBtZW1vcnkgdGhhbiB0aGUgbGltaXQgb3IgbmVlZHMgYSBodWdlIHRhYmxlIGZhaWxzXG4gKiBub3cgd2l0aCBJTlZBTElEX0ZVTkNUSU9OIChkZXRhaWxzLnJlYXNvbikgcmF0aGVyIHRoYW4gaW4gYSBwYWlkIHJvdW5kLiBBIHN0YXJ0IGZ1bmN0aW9uIHRoYXQgbG9vcHNcbiAqIGlzIHN0b3BwZWQgYnkgbWV0ZXJpbmcgYWZ0ZXIgU1RBUlRfV09SS19CVURHRVQgd29yayB1bml0czsgdGhlIGNhbGxlcidzIHRpbWUgbGltaXQgKHRoZSBlbmNsYXZlJ3NcbiAqIGV4ZWN1dGlvbiB3b3JrZXIpIGJvdW5kcyBvbmx5IHRoZSBjb21waWxlLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2hlY2tJbnN0YW50aWF0aW9uKG1vZHVsZTogV2ViQXNzZW1ibHkuTW9kdWxlLCBtYXhNZW1vcnlQYWdlczogbnVtYmVyKTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IGRlY2xhcmVkID0gbWVtb3J5T2YuZ2V0KG1vZHVsZSk7XG4gIGlmICghZGVjbGFyZWQpIGludmFsaWQoJ3RoaXMgbW9kdWxlIHdhcyBub3QgY29tcGlsZWQgYnkgY29tcGlsZUZ1bmN0aW9uIGluIHRoaXMgdGhyZWFkJyk7XG4gIGlmIChkZWNsYXJlZC5taW4gPiBtYXhNZW1vcnlQYWdlcykge1xuICAgIGludmFsaWQoYGl0IG5lZWRzICR7ZGVjbGFyZWQubWlufSBtZW1vcnkgcGFnZXMgdG8gc3RhcnQsIG1vcmUgdGhhbiB0aGUgbGltaXQgb2YgJHttYXhNZW1vcnlQYWdlc31gLCB7IHJlYXNvbjogJ21lbW9yeScsIG1pblBhZ2VzOiBkZWNsYXJlZC5taW4sIG1heE1lbW9yeVBhZ2VzIH0pO1xuICB9XG4gIGNvbnN0IG1lbW9yeSA9IG5ldyBXZWJBc3NlbWJseS5NZW1vcnkoeyBpbml0aWFsOiBkZWNsYXJlZC5taW4sIG1heGltdW06IE1hdGgubWluKG1heE1lbW9yeVBhZ2VzLCBkZWNsYXJlZC5tYXggPz8gTUFYX1BBR0VTKSB9KTtcbiAgdHJ5IHtcbiAgICBhd2FpdCBXZWJBc3NlbWJseS5pbnN0YW50aWF0ZShtb2R1bGUsIHsgZW52OiB7IG1lbW9yeSwgYWJvcnQ6IGFib3J0SW1wb3J0KCgpID0+IG1lbW9yeSkgfSB9KTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICBjb25zdCByZWFzb24gPSBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcik7XG4gICAgLy8gQSBzdGFydCBmdW5jdGlvbiB0aGF0IHNwZW5kcyBpdHMgd29yayBidWRnZXQgdHJhcHMgKHVucmVhY2hhYmxlKSBhcyBtZXRlcmluZyBzdG9wcyBpdC5cbiAgICBpbnZhbGlkKGBpdCBmYWlscyB0byBzdGFydDogJHtyZWFzb24uc2xpY2UoMCwgMjAwKX0gKGEgc3RhcnQgZnVuY3Rpb24gbWF5IHNwZW5kIGF0IG1vc3QgJHtTVEFSVF9XT1JLX0JVREdFVH0gd29yayB1bml0cylgLCB7IHJlYXNvbjogJ3N0YXJ0JywgbWVzc2FnZTogcmVhc29uLnNsaWNlKDAsIDUwMCksIHN0YXJ0V29ya0J1ZGdldDogU1RBUlRfV09SS19CVURHRVQgfSk7XG4gIH1cbn1cblxuLyoqIFJlYWRzIGJ1aWxkL2Z1bmN0aW9ucy88bmFtZT4ud2FzbSAobWFkZSBieSBgbnBtIHJ1biBidWlsZGAgb3IgYGFpcnRudCBmdW5jdGlvbiBidWlsZGApLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGxvYWRCdWlsdGluRnVuY3Rpb24obmFtZTogQnVpbHRpbkZ1bmN0aW9uTmFtZSk6IFByb21pc2U8VWludDhBcnJheT4ge1xuICBpZiAoIUJVSUxUSU5fRlVOQ1RJT05TLmluY2x1ZGVzKG5hbWUpKSB7XG4gICAgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdVTktOT1dOX0ZVTkNUSU9OJywgYG5vIGJ1aWx0LWluIGZ1bmN0aW9uIFwiJHtTdHJpbmcobmFtZSl9XCJgLCB7XG4gICAgICBkZXRhaWxzOiB7IGtub3duOiBCVUlMVElOX0ZVTkNUSU9OUyB9LFxuICAgIH0pO1xuICB9XG4gIGNvbnN0IHBhdGggPSBqb2luKGZ1bmN0aW9uc0J1aWxkRGlyKCksIGAke25hbWV9Lndhc21gKTtcbiAgdHJ5IHtcbiAgICByZXR1cm4gbmV3IFVpbnQ4QXJyYXkoYXdhaXQgcmVhZEZpbGUocGF0aCkpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IG5ldyBBaXJ0bnRFcnJvcignRlVOQ1RJT05fTk9UX0JVSUxUJywgYHRoZSBidWlsdC1pbiBmdW5jdGlvbiBcIiR7bmFtZX1cIiBpcyBub3QgYnVpbHRgLCB7XG4gICAgICBkZXRhaWxzOiB7IHBhdGggfSxcbiAgICAgIGhpbnQ6ICdidWlsZCB0aGUgZnVuY3Rpb25zIChucG0gcnVuIGJ1aWxkKScsXG4gICAgICBjYXVzZTogZXJyb3IsXG4gICAgfSk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQU1BLFNBQVMsZ0JBQWdCO0FBQ3pCLFNBQVMsWUFBWTtBQUNyQixTQUFTLGNBQWM7QUFDdkIsU0FBUyxhQUFhLHFCQUFxQjtBQUMzQyxTQUFTLHlCQUF5QjtBQUVsQyxTQUFTLGFBQWEsZ0JBQWdCLDBCQUEwQjtBQUNoRSxTQUFTLHdCQUFtRTtBQUVyRSxNQUFNLG9CQUFvQixDQUFDLFFBQVEsS0FBSztBQU94QyxNQUFNLHNCQUFzQixLQUFLO0FBRXhDLE1BQU0sYUFBYTtBQUNuQixNQUFNLFlBQVk7QUFDbEIsTUFBTSxhQUFhO0FBRW5CLE1BQU0sa0JBQWtCO0FBQ3hCLE1BQU0sTUFBTTtBQUNaLE1BQU0sWUFBK0IsRUFBRSxRQUFRLENBQUMsR0FBRyxTQUFTLENBQUMsR0FBRyxFQUFFO0FBQ2xFLE1BQU0sbUJBQXNEO0FBQUEsRUFDMUQsZUFBZTtBQUFBLEVBQ2YsY0FBYyxFQUFFLFFBQVEsQ0FBQyxHQUFHLEdBQUcsU0FBUyxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQzlDLEtBQUssRUFBRSxRQUFRLENBQUMsS0FBSyxHQUFHLEdBQUcsU0FBUyxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQzFDLFdBQVc7QUFBQSxFQUNYLFdBQVc7QUFBQSxFQUNYLFlBQVk7QUFBQSxFQUNaLFlBQVk7QUFDZDtBQUNBLE1BQU0sa0JBQXFDLEVBQUUsUUFBUSxDQUFDLEtBQUssS0FBSyxLQUFLLEdBQUcsR0FBRyxTQUFTLENBQUMsRUFBRTtBQWF2RixNQUFNLFdBQVcsb0JBQUksUUFBMEM7QUFNeEQsTUFBTSxvQkFBb0IsS0FBSztBQUN0QyxNQUFNLGVBQWU7QUFFckIsU0FBUyxRQUFRLE1BQWMsVUFBbUMsQ0FBQyxHQUFVO0FBQzNFLFFBQU0sSUFBSSxZQUFZLG9CQUFvQixrQ0FBa0MsSUFBSSxJQUFJO0FBQUEsSUFDbEY7QUFBQSxJQUNBLE1BQU07QUFBQSxFQUNSLENBQUM7QUFDSDtBQUVBLFNBQVMsY0FBYyxHQUFzQixHQUErQjtBQUMxRSxTQUFPLEVBQUUsT0FBTyxLQUFLLE1BQU0sRUFBRSxPQUFPLEtBQUssS0FBSyxFQUFFLFFBQVEsS0FBSyxNQUFNLEVBQUUsUUFBUSxLQUFLO0FBQ3BGO0FBRUEsU0FBUyxTQUFTLFdBQXNDO0FBQ3RELFNBQU8sSUFBSSxVQUFVLE9BQU8sS0FBSyxJQUFJLENBQUMsU0FBUyxVQUFVLFFBQVEsS0FBSyxJQUFJLENBQUM7QUFDN0U7QUFHTyxTQUFTLGdCQUFnQixPQUErQjtBQUM3RCxTQUFPLE9BQU8sS0FBSztBQUNyQjtBQU9BLGVBQXNCLGdCQUFnQixPQUFnRDtBQUNwRixNQUFJLEVBQUUsaUJBQWlCLFlBQWEsU0FBUSxxQ0FBcUM7QUFDakYsTUFBSTtBQUNKLE1BQUksQ0FBQyxZQUFZLFNBQVMsS0FBSyxHQUFHO0FBRWhDLFVBQU0sWUFBWSxRQUFRLEtBQUssRUFBRSxNQUFNLENBQUMsVUFBbUI7QUFDekQsWUFBTSxJQUFJLFlBQVksb0JBQW9CLGtDQUFrQztBQUFBLFFBQzFFLFNBQVMsRUFBRSxRQUFRLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUssRUFBRTtBQUFBLFFBQzFFLE9BQU87QUFBQSxNQUNULENBQUM7QUFBQSxJQUNILENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTSxVQUFVLFlBQVksT0FBTyxZQUFZO0FBQy9DLE1BQUk7QUFDRixhQUFTLE1BQU0sWUFBWSxRQUFRLE9BQU87QUFBQSxFQUM1QyxTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksWUFBWSxvQkFBb0Isa0NBQWtDO0FBQUEsTUFDMUUsU0FBUyxFQUFFLFFBQVEsaUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxFQUFFO0FBQUEsTUFDMUUsT0FBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFDQSxRQUFNLFdBQVcsaUJBQWlCLEtBQUs7QUFDdkMsTUFBSTtBQUNKLGFBQVcsU0FBUyxTQUFTLFNBQVM7QUFDcEMsVUFBTSxPQUFPLEdBQUcsTUFBTSxNQUFNLElBQUksTUFBTSxJQUFJO0FBQzFDLFFBQUksU0FBUyxnQkFBZ0IsTUFBTSxTQUFTLFVBQVU7QUFDcEQsZUFBUyxNQUFNO0FBQUEsSUFDakIsV0FBVyxTQUFTLGVBQWUsTUFBTSxTQUFTLFlBQVk7QUFDNUQsVUFBSSxDQUFDLGNBQWMsTUFBTSxXQUFXLGVBQWUsR0FBRztBQUNwRCxnQkFBUSxxQkFBcUIsU0FBUyxlQUFlLENBQUMsSUFBSSxFQUFFLEtBQUssU0FBUyxNQUFNLFNBQVMsRUFBRSxDQUFDO0FBQUEsTUFDOUY7QUFBQSxJQUNGLE9BQU87QUFDTCxjQUFRLGNBQWMsSUFBSSxLQUFLLE1BQU0sSUFBSSxnREFBZ0QsRUFBRSxRQUFRLEtBQUssQ0FBQztBQUFBLElBQzNHO0FBQUEsRUFDRjtBQUNBLE1BQUksQ0FBQyxPQUFRLFNBQVEscUVBQXFFO0FBQzFGLE1BQUksU0FBUyxnQkFBZ0IsU0FBUyxFQUFHLFNBQVEsbUVBQW1FO0FBQ3BILE1BQUksT0FBTyxVQUFVLE9BQU8sU0FBVSxTQUFRLGdEQUFnRCxFQUFFLE9BQU8sQ0FBQztBQUN4RyxNQUFJLE9BQU8sTUFBTSxVQUFXLFNBQVEsdUNBQXVDLEVBQUUsVUFBVSxPQUFPLElBQUksQ0FBQztBQUNuRyxhQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLGdCQUFnQixHQUFHO0FBQy9ELFVBQU0sUUFBUSxTQUFTLFFBQVEsS0FBSyxDQUFDLGNBQWMsVUFBVSxTQUFTLElBQUk7QUFDMUUsUUFBSSxDQUFDLFNBQVMsTUFBTSxTQUFTLFdBQVksU0FBUSxtQ0FBbUMsSUFBSSxJQUFJLEVBQUUsU0FBUyxLQUFLLENBQUM7QUFDN0csVUFBTSxZQUFZLFNBQVMsbUJBQW1CLE1BQU0sS0FBSztBQUN6RCxRQUFJLENBQUMsYUFBYSxDQUFDLGNBQWMsV0FBVyxRQUFRLEdBQUc7QUFDckQsY0FBUSxHQUFHLElBQUksWUFBWSxTQUFTLFFBQVEsQ0FBQyxJQUFJLEVBQUUsS0FBSyxZQUFZLFNBQVMsU0FBUyxJQUFJLFVBQVUsQ0FBQztBQUFBLElBQ3ZHO0FBQUEsRUFDRjtBQUNBLFdBQVMsSUFBSSxRQUFRLE1BQU07QUFDM0IsU0FBTztBQUNUO0FBRUEsU0FBUyxZQUFZLFFBQWdCLFFBQThCO0FBQ2pFLFFBQU0sTUFBTSxDQUFDLE1BQWMsT0FBZ0IsVUFBeUI7QUFDbEUsVUFBTSxJQUFJLFlBQVksb0JBQW9CLElBQUksSUFBSSwyQkFBMkIsS0FBSyxJQUFJLEVBQUUsU0FBUyxFQUFFLENBQUMsSUFBSSxHQUFHLE1BQU0sRUFBRSxDQUFDO0FBQUEsRUFDdEg7QUFDQSxNQUFJLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBSyxTQUFTLEtBQUssU0FBUyxXQUFZLEtBQUksVUFBVSxRQUFRLFdBQVc7QUFDckcsUUFBTSxFQUFFLGdCQUFnQixlQUFlLGVBQWUsSUFBSTtBQUMxRCxNQUFJLENBQUMsT0FBTyxVQUFVLGNBQWMsS0FBSyxpQkFBaUIsS0FBSyxpQkFBaUIsV0FBVztBQUN6RixRQUFJLGtCQUFrQixnQkFBZ0IsVUFBVTtBQUFBLEVBQ2xEO0FBQ0EsTUFBSSxDQUFDLE9BQU8sY0FBYyxhQUFhLEtBQUssZ0JBQWdCLEVBQUcsS0FBSSxpQkFBaUIsZUFBZSxTQUFTO0FBQzVHLE1BQUksQ0FBQyxPQUFPLGNBQWMsY0FBYyxLQUFLLGlCQUFpQixFQUFHLEtBQUksa0JBQWtCLGdCQUFnQixTQUFTO0FBQ2xIO0FBR0EsU0FBUyxnQkFBZ0IsUUFBNEIsU0FBcUM7QUFDeEYsUUFBTSxRQUFRLElBQUksV0FBVyxPQUFPLE1BQU07QUFDMUMsTUFBSSxVQUFVLEtBQUssVUFBVSxNQUFNLE9BQVEsUUFBTztBQUNsRCxRQUFNLGFBQWEsSUFBSSxTQUFTLE9BQU8sTUFBTSxFQUFFLFVBQVUsVUFBVSxHQUFHLElBQUk7QUFDMUUsTUFBSSxhQUFhLE1BQU0sS0FBSyxhQUFhLGtCQUFrQixLQUFLLFVBQVUsYUFBYSxNQUFNLE9BQVEsUUFBTztBQUM1RyxTQUFPLE9BQU8sS0FBSyxNQUFNLFNBQVMsU0FBUyxVQUFVLFVBQVUsQ0FBQyxFQUFFLFNBQVMsU0FBUztBQUN0RjtBQUdBLFNBQVMsWUFBWSxXQUFxQztBQUN4RCxTQUFPLENBQUMsZ0JBQXdCLGFBQXFCLE1BQWMsV0FBMEI7QUFDM0YsVUFBTSxVQUFVLGdCQUFnQixVQUFVLEdBQUcsbUJBQW1CLENBQUMsS0FBSztBQUN0RSxVQUFNLE9BQU8sZ0JBQWdCLFVBQVUsR0FBRyxnQkFBZ0IsQ0FBQztBQUMzRCxRQUFJLFFBQVEsWUFBWSxFQUFFLFdBQVcsZUFBZSxHQUFHO0FBQ3JELFlBQU0sSUFBSSxZQUFZLDBCQUEwQixrQ0FBa0M7QUFBQSxRQUNoRixTQUFTLEVBQUUsU0FBUyxLQUFLO0FBQUEsUUFDekIsTUFBTTtBQUFBLE1BQ1IsQ0FBQztBQUFBLElBQ0g7QUFDQSxVQUFNLGdCQUFnQixTQUFTO0FBQy9CLFVBQU0sSUFBSSxZQUFZLG9CQUFvQixnQkFBZ0Isb0NBQW9DLE9BQU8sS0FBSyx5QkFBeUIsT0FBTyxJQUFJO0FBQUEsTUFDNUksU0FBUyxFQUFFLFFBQVEsZ0JBQWdCLGtCQUFrQixTQUFTLFNBQVMsTUFBTSxNQUFNLE9BQU87QUFBQSxJQUM1RixDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR0EsU0FBUyxVQUFVLE9BQWdCLFFBQTRCLFVBQStCO0FBQzVGLE1BQUksY0FBYyxLQUFLLEVBQUcsUUFBTztBQUNqQyxRQUFNLFNBQVMsaUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSztBQUVwRSxNQUFJLGlCQUFpQixZQUFZLGdCQUFnQixPQUFPLE9BQU8sY0FBYyxXQUFXLFlBQVk7QUFDbEcsV0FBTyxJQUFJLFlBQVksMEJBQTBCLDZDQUE2QztBQUFBLE1BQzVGLFNBQVMsRUFBRSxRQUFRLGdCQUFnQixTQUFTO0FBQUEsTUFDNUMsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFDQSxTQUFPLElBQUksWUFBWSxvQkFBb0IseUJBQXlCLE1BQU0sSUFBSTtBQUFBLElBQzVFLFNBQVMsRUFBRSxRQUFRLFFBQVEsU0FBUyxPQUFPO0FBQUEsSUFDM0MsT0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNIO0FBRUEsU0FBUyxVQUFVLE1BQWMsU0FBeUM7QUFDeEUsUUFBTSxJQUFJLFlBQVksMkJBQTJCLHlCQUF5QixJQUFJLElBQUksRUFBRSxRQUFRLENBQUM7QUFDL0Y7QUFHQSxTQUFTLFFBQVEsUUFBNEIsU0FBaUIsUUFBZ0IsTUFBMEI7QUFDdEcsUUFBTSxPQUFPLE9BQU8sT0FBTztBQUMzQixNQUFJLFVBQVUsU0FBUyxLQUFNLFdBQVUsS0FBSyxJQUFJLHVCQUF1QixFQUFFLFNBQVMsUUFBUSxhQUFhLEtBQUssQ0FBQztBQUM3RyxTQUFPLElBQUksV0FBVyxPQUFPLFFBQVEsU0FBUyxNQUFNLEVBQUUsTUFBTTtBQUM5RDtBQUdPLFNBQVMsYUFBYSxRQUFrQztBQUM3RCxRQUFNLFVBQXdCLENBQUM7QUFDL0IsUUFBTSxPQUFPLElBQUksU0FBUyxPQUFPLFFBQVEsT0FBTyxZQUFZLE9BQU8sVUFBVTtBQUM3RSxNQUFJLFNBQVM7QUFDYixTQUFPLFNBQVMsT0FBTyxRQUFRO0FBQzdCLFFBQUksU0FBUyxJQUFJLE9BQU8sT0FBUSxXQUFVLDZCQUE2QixFQUFFLFFBQVEsYUFBYSxPQUFPLE9BQU8sQ0FBQztBQUM3RyxVQUFNLFNBQVMsS0FBSyxVQUFVLFFBQVEsSUFBSTtBQUMxQyxRQUFJLFNBQVMsSUFBSSxTQUFTLE9BQU8sT0FBUSxXQUFVLGtDQUFrQyxFQUFFLFFBQVEsT0FBTyxDQUFDO0FBQ3ZHLFlBQVEsS0FBSyxPQUFPLE1BQU0sU0FBUyxHQUFHLFNBQVMsSUFBSSxNQUFNLENBQUM7QUFDMUQsY0FBVSxJQUFJO0FBQUEsRUFDaEI7QUFDQSxTQUFPO0FBQ1Q7QUFPQSxlQUFzQixZQUNwQixRQUNBLE9BQ0EsUUFDQSxRQUNBLGFBQXFCLHFCQUNPO0FBQzVCLE1BQUksQ0FBQyxPQUFPLGNBQWMsVUFBVSxLQUFLLGFBQWEsR0FBRztBQUN2RCxVQUFNLElBQUksWUFBWSxvQkFBb0IsZ0RBQWdELEVBQUUsU0FBUyxFQUFFLFdBQVcsRUFBRSxDQUFDO0FBQUEsRUFDdkg7QUFDQSxRQUFNLFdBQVcsU0FBUyxJQUFJLE1BQU07QUFDcEMsTUFBSSxDQUFDLFVBQVU7QUFDYixZQUFRLGtFQUFrRTtBQUFBLE1BQ3hFLE1BQU07QUFBQSxJQUNSLENBQUM7QUFBQSxFQUNIO0FBQ0EsTUFBSSxFQUFFLGlCQUFpQixZQUFhLE9BQU0sSUFBSSxZQUFZLG9CQUFvQiw2QkFBNkI7QUFDM0csY0FBWSxRQUFRLE1BQU07QUFDMUIsTUFBSSxNQUFNLFNBQVMsT0FBTyxlQUFlO0FBQ3ZDLFVBQU0sSUFBSSxZQUFZLG1CQUFtQiw0Q0FBNEM7QUFBQSxNQUNuRixTQUFTLEVBQUUsWUFBWSxNQUFNLFFBQVEsZUFBZSxPQUFPLGNBQWM7QUFBQSxJQUMzRSxDQUFDO0FBQUEsRUFDSDtBQUNBLE1BQUksU0FBUyxNQUFNLE9BQU8sZ0JBQWdCO0FBQ3hDLFVBQU0sSUFBSSxZQUFZLDBCQUEwQiwwREFBMEQ7QUFBQSxNQUN4RyxTQUFTLEVBQUUsVUFBVSxTQUFTLEtBQUssZ0JBQWdCLE9BQU8sZUFBZTtBQUFBLElBQzNFLENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTSxVQUFVLEtBQUssSUFBSSxPQUFPLGdCQUFnQixTQUFTLE9BQU8sU0FBUztBQUN6RSxRQUFNLFNBQVMsSUFBSSxZQUFZLE9BQU8sRUFBRSxTQUFTLFNBQVMsS0FBSyxRQUFRLENBQUM7QUFDeEUsTUFBSTtBQUNKLE1BQUk7QUFFSixRQUFNLFdBQVcsTUFBYztBQUM3QixVQUFNLE9BQU8sU0FBUztBQUN0QixRQUFJLFNBQVMsT0FBVyxRQUFPO0FBQy9CLFdBQU8sU0FBUyxpQkFBaUIsYUFBYSxhQUFhLE9BQU8sSUFBSTtBQUFBLEVBQ3hFO0FBQ0EsUUFBTSxZQUFZLE1BQ2hCLElBQUksWUFBWSwyQkFBMkIsOERBQStEO0FBQUEsSUFDeEcsU0FBUyxFQUFFLFlBQVksV0FBVyxXQUFXO0FBQUEsSUFDN0MsTUFBTTtBQUFBLEVBQ1IsQ0FBQztBQUNILFFBQU0sU0FBUyxDQUFDLFVBQWdDO0FBQzlDLFFBQUksU0FBUyxVQUFVLGVBQWdCLFFBQU8sVUFBVTtBQUN4RCxVQUFNLFNBQVMsVUFBVSxPQUFPLFFBQVEsT0FBTztBQUMvQyxXQUFPLFFBQVEsWUFBWSxTQUFTO0FBQ3BDLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSTtBQUNGLFVBQU0sV0FBVyxNQUFNLFlBQVksWUFBWSxRQUFRLEVBQUUsS0FBSyxFQUFFLFFBQVEsT0FBTyxZQUFZLE1BQU0sTUFBTSxFQUFFLEVBQUUsQ0FBQztBQUM1RyxjQUFVLFNBQVM7QUFDbkIsY0FBVSxTQUFTLFFBQVEsa0JBQWtCO0FBQzdDLFVBQU0sYUFBYSxlQUFlLE9BQU8sUUFBUSxLQUFlO0FBQ2hFLFFBQUksYUFBYSxXQUFZLE9BQU0sSUFBSSxZQUFZLDJCQUEyQixzREFBd0QsRUFBRSxTQUFTLEVBQUUsWUFBWSxXQUFXLFdBQVcsRUFBRSxDQUFDO0FBQ3hMLFlBQVEsUUFBUSxPQUFPLGFBQWEsVUFBVTtBQUFBLEVBQ2hELFNBQVMsT0FBTztBQUNkLFFBQUksY0FBYyxLQUFLLEtBQUssTUFBTSxTQUFTLDBCQUEyQixPQUFNO0FBQzVFLFVBQU0sT0FBTyxLQUFLO0FBQUEsRUFDcEI7QUFFQSxNQUFJO0FBQ0osTUFBSSxjQUFzQixhQUFxQixlQUF1QjtBQUN0RSxNQUFJO0FBQ0YsUUFBSSxRQUFRLGNBQWMsTUFBTSxFQUFHLFNBQVEsa0NBQWtDO0FBQzdFLFVBQU0sZUFBZSxRQUFRLGFBQWEsTUFBTSxNQUFNLE1BQU07QUFDNUQsUUFBSSxlQUFlLE1BQU0sU0FBUyxPQUFPLE9BQU8sWUFBWTtBQUMxRCxnQkFBVSxzQ0FBc0MsRUFBRSxjQUFjLFlBQVksTUFBTSxPQUFPLENBQUM7QUFBQSxJQUM1RjtBQUNBLFFBQUksV0FBVyxPQUFPLE1BQU0sRUFBRSxJQUFJLE9BQU8sWUFBWTtBQUNyRCxpQkFBYSxRQUFRLElBQUksTUFBTSxRQUFRLE1BQU0sTUFBTTtBQUNuRCxtQkFBZSxRQUFRLFVBQVUsTUFBTTtBQUN2QyxrQkFBYyxRQUFRLFVBQVUsTUFBTTtBQUN0QyxvQkFBZ0IsUUFBUSxXQUFXLE1BQU07QUFDekMsbUJBQWUsUUFBUSxXQUFXLE1BQU07QUFBQSxFQUMxQyxTQUFTLE9BQU87QUFDZCxVQUFNLE9BQU8sS0FBSztBQUFBLEVBQ3BCO0FBR0EsTUFBSyxRQUFRLFFBQW1CLEdBQUksT0FBTSxVQUFVO0FBQ3BELFFBQU0sWUFBWSxTQUFTO0FBQzNCLE1BQUksYUFBYSxPQUFRLFdBQVUsaUNBQWlDLEVBQUUsWUFBWSxPQUFPLENBQUM7QUFDMUYsTUFBSSxjQUFjLE9BQU8sZUFBZTtBQUN0QyxVQUFNLElBQUksWUFBWSxtQkFBbUIsMENBQTBDO0FBQUEsTUFDakYsU0FBUyxFQUFFLFlBQVksYUFBYSxlQUFlLE9BQU8sY0FBYztBQUFBLElBQzFFLENBQUM7QUFBQSxFQUNIO0FBQ0EsTUFBSSxlQUFlLE9BQU8sZ0JBQWdCO0FBQ3hDLFVBQU0sSUFBSSxZQUFZLG9CQUFvQix5Q0FBeUM7QUFBQSxNQUNqRixTQUFTLEVBQUUsYUFBYSxjQUFjLGdCQUFnQixPQUFPLGVBQWU7QUFBQSxJQUM5RSxDQUFDO0FBQUEsRUFDSDtBQUNBLFFBQU0sV0FBVyxRQUFRLFFBQVEsY0FBYyxhQUFhLE9BQU87QUFDbkUsUUFBTSxVQUFVLGFBQWEsUUFBUSxRQUFRLGVBQWUsY0FBYyxlQUFlLENBQUM7QUFDMUYsU0FBTyxFQUFFLE9BQU8sVUFBVSxTQUFTLFlBQVksVUFBVTtBQUMzRDtBQVVBLGVBQXNCLG1CQUFtQixRQUE0QixnQkFBdUM7QUFDMUcsUUFBTSxXQUFXLFNBQVMsSUFBSSxNQUFNO0FBQ3BDLE1BQUksQ0FBQyxTQUFVLFNBQVEsZ0VBQWdFO0FBQ3ZGLE1BQUksU0FBUyxNQUFNLGdCQUFnQjtBQUNqQyxZQUFRLFlBQVksU0FBUyxHQUFHLGtEQUFrRCxjQUFjLElBQUksRUFBRSxRQUFRLFVBQVUsVUFBVSxTQUFTLEtBQUssZUFBZSxDQUFDO0FBQUEsRUFDbEs7QUFDQSxRQUFNLFNBQVMsSUFBSSxZQUFZLE9BQU8sRUFBRSxTQUFTLFNBQVMsS0FBSyxTQUFTLEtBQUssSUFBSSxnQkFBZ0IsU0FBUyxPQUFPLFNBQVMsRUFBRSxDQUFDO0FBQzdILE1BQUk7QUFDRixVQUFNLFlBQVksWUFBWSxRQUFRLEVBQUUsS0FBSyxFQUFFLFFBQVEsT0FBTyxZQUFZLE1BQU0sTUFBTSxFQUFFLEVBQUUsQ0FBQztBQUFBLEVBQzdGLFNBQVMsT0FBTztBQUNkLFVBQU0sU0FBUyxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLO0FBRXBFLFlBQVEsc0JBQXNCLE9BQU8sTUFBTSxHQUFHLEdBQUcsQ0FBQyx3Q0FBd0MsaUJBQWlCLGdCQUFnQixFQUFFLFFBQVEsU0FBUyxTQUFTLE9BQU8sTUFBTSxHQUFHLEdBQUcsR0FBRyxpQkFBaUIsa0JBQWtCLENBQUM7QUFBQSxFQUNuTjtBQUNGO0FBR0EsZUFBc0Isb0JBQW9CLE1BQWdEO0FBQ3hGLE1BQUksQ0FBQyxrQkFBa0IsU0FBUyxJQUFJLEdBQUc7QUFDckMsVUFBTSxJQUFJLFlBQVksb0JBQW9CLHlCQUF5QixPQUFPLElBQUksQ0FBQyxLQUFLO0FBQUEsTUFDbEYsU0FBUyxFQUFFLE9BQU8sa0JBQWtCO0FBQUEsSUFDdEMsQ0FBQztBQUFBLEVBQ0g7QUFDQSxRQUFNLE9BQU8sS0FBSyxrQkFBa0IsR0FBRyxHQUFHLElBQUksT0FBTztBQUNyRCxNQUFJO0FBQ0YsV0FBTyxJQUFJLFdBQVcsTUFBTSxTQUFTLElBQUksQ0FBQztBQUFBLEVBQzVDLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxZQUFZLHNCQUFzQiwwQkFBMEIsSUFBSSxrQkFBa0I7QUFBQSxNQUMxRixTQUFTLEVBQUUsS0FBSztBQUFBLE1BQ2hCLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxJQUNULENBQUM7QUFBQSxFQUNIO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
