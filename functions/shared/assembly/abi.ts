/**
 * The airtnt function ABI v1, shared by every built-in function (docs/functions.md).
 *
 * Memory is managed by hand with a bump pointer above __heap_base: the host gives each call a fresh
 * instance and a fresh memory, so nothing is ever freed. Nothing here allocates through the
 * AssemblyScript runtime (no `new`, no string building): the stub runtime would hand out the same
 * addresses. Order of use inside `run`: takeInput, then every `reserve`, then outputs (the output
 * region is the last one, so it can grow).
 */

/** Keep regions 16-byte aligned so u64 loads and stores stay aligned. */
const ALIGN: usize = 16;
const PAGE_BYTES: u64 = 65536;
const ADDRESS_SPACE: u64 = 4294967296;

let inputPtr: usize = 0;
let inputLen: usize = 0;
let inputGiven = false;
let heapTop: usize = 0;
let statePtr: usize = 0;
let stateLen: usize = 0;
let outputStart: usize = 0;
let outputEnd: usize = 0;
let outputsOpen = false;

function alignUp(value: u64): u64 {
  return (value + <u64>(ALIGN - 1)) & ~<u64>(ALIGN - 1);
}

/** Makes sure [0, end) is addressable, growing memory; the host maps the abort to FUNCTION_OUT_OF_MEMORY. */
function ensureMemory(end: u64): void {
  if (end > ADDRESS_SPACE) abort('out of memory');
  const pagesNeeded = <i32>((end + PAGE_BYTES - 1) / PAGE_BYTES);
  const pagesNow = memory.size();
  if (pagesNeeded > pagesNow && memory.grow(pagesNeeded - pagesNow) < 0) abort('out of memory');
}

/** Stops the run: the state handed in breaks the function's layout. */
export function invalidState(reason: string): void {
  abort(reason, 'invalid state');
}

/** Bump-allocates `size` bytes (zeroed) after everything reserved so far. */
export function reserve(size: u64): usize {
  if (outputsOpen) abort('reserve after outputs began');
  const start = alignUp(<u64>heapTop);
  const end = start + size;
  ensureMemory(end);
  heapTop = <usize>end;
  memory.fill(<usize>start, 0, <usize>size);
  return <usize>start;
}

/** ABI: marks the module as an airtnt function of ABI version 1. */
export function airtnt_abi_v1(): i32 {
  return 1;
}

/** ABI: where the host writes `len` bytes of state before calling run(len, cycles). */
export function input_buffer(len: u32): u32 {
  heapTop = <usize>alignUp(<u64>__heap_base);
  inputPtr = reserve(<u64>len);
  inputLen = len;
  inputGiven = true;
  statePtr = inputPtr;
  stateLen = inputLen;
  return <u32>inputPtr;
}

/** Called first by run: the pointer of the state the host wrote, after checking the host's protocol. */
export function takeInput(len: u32): usize {
  if (!inputGiven || <usize>len != inputLen) abort('run(len) does not match input_buffer(len)');
  return inputPtr;
}

/** The new state is `len` bytes at `ptr` (by default the input, unchanged). */
export function setState(ptr: usize, len: usize): void {
  statePtr = ptr;
  stateLen = len;
}

/** Opens the output region: after this call nothing may be reserved any more. */
export function beginOutputs(): void {
  outputStart = <usize>alignUp(<u64>heapTop);
  outputEnd = outputStart;
  outputsOpen = true;
}

/** Appends one output message: u32 little-endian length, then the bytes. */
export function emitMessage(ptr: usize, len: usize): void {
  if (!outputsOpen) abort('emitMessage before beginOutputs');
  const end = <u64>outputEnd + 4 + <u64>len;
  ensureMemory(end);
  store<u32>(outputEnd, <u32>len);
  memory.copy(outputEnd + 4, ptr, len);
  outputEnd = <usize>end;
}

export function state_ptr(): u32 {
  return <u32>statePtr;
}

export function state_len(): u32 {
  return <u32>stateLen;
}

export function output_ptr(): u32 {
  return <u32>outputStart;
}

export function output_len(): u32 {
  return <u32>(outputEnd - outputStart);
}
