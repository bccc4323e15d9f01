// {{name}}: an airtnt function (ABI v1, docs/functions.md of airtnt), in AssemblyScript.
//
// The example is a counter. Its state is empty (start: n = 0, limit = 100, sum = 0) or 12 bytes:
// n, limit and sum, each a u32 little-endian. One cycle adds 1 to n and n to sum (wrapping), and
// outputs one 8-byte message: n then sum (u32 LE). When n reaches limit the run has terminated:
// run() returns fewer cycles than asked, and 0 from then on.
//
// The host gives every call a fresh instance and a fresh memory, so nothing survives between calls
// except the state. Built with the stub runtime (nothing is ever freed, which is fine for one call);
// memory is managed by hand above __heap_base.

const PAGE_BYTES: u64 = 65536;
const INITIAL_LIMIT: u32 = 100;

// The new state (n, limit, sum), 12 bytes of static memory.
const STATE: usize = memory.data(12, 16);

let input: usize = 0;
let output: usize = 0;
let outputBytes: u32 = 0;

/** Makes [0, end) addressable, growing memory; the host maps the abort to FUNCTION_OUT_OF_MEMORY. */
function ensureMemory(end: u64): void {
  if (end > 4294967296) abort('out of memory');
  const have = <u64>memory.size() * PAGE_BYTES;
  if (end <= have) return;
  const pages = <i32>((end - have + PAGE_BYTES - 1) / PAGE_BYTES);
  if (memory.grow(pages) < 0) abort('out of memory');
}

function align16(value: usize): usize {
  return (value + 15) & ~<usize>15;
}

/** ABI: this module is an airtnt function of ABI version 1. */
export function airtnt_abi_v1(): i32 {
  return 1;
}

/** ABI: where the host writes `len` bytes of state before it calls run(len, cycles). */
export function input_buffer(len: u32): u32 {
  input = align16(__heap_base);
  ensureMemory(<u64>input + <u64>len);
  return <u32>input;
}

/** ABI: runs at most `cycles` cycles on the state in the input buffer; returns the cycles done. */
export function run(len: u32, cycles: u32): u32 {
  let n: u32 = 0;
  let limit: u32 = INITIAL_LIMIT;
  let sum: u32 = 0;
  if (len == 12) {
    n = load<u32>(input);
    limit = load<u32>(input, 4);
    sum = load<u32>(input, 8);
  } else if (len != 0) {
    // The host reports this as FUNCTION_TRAPPED with reason "invalid-state".
    abort('the state must be empty or 12 bytes', 'invalid state');
  }
  const left: u32 = n < limit ? limit - n : 0;
  const done: u32 = cycles < left ? cycles : left;
  output = align16(input + <usize>len);
  ensureMemory(<u64>output + <u64>done * 12);
  outputBytes = done * 12;
  let p = output;
  for (let i: u32 = 0; i < done; i++) {
    n += 1;
    sum += n;
    store<u32>(p, 8);
    store<u32>(p, n, 4);
    store<u32>(p, sum, 8);
    p += 12;
  }
  store<u32>(STATE, n);
  store<u32>(STATE, limit, 4);
  store<u32>(STATE, sum, 8);
  return done;
}

/** ABI: the new state and this call's outputs. */
export function state_ptr(): u32 {
  return <u32>STATE;
}

export function state_len(): u32 {
  return 12;
}

export function output_ptr(): u32 {
  return <u32>output;
}

export function output_len(): u32 {
  return outputBytes;
}
