/**
 * Conway's Game of Life (B3/S23) on a bounded W x H grid whose outside cells are dead.
 *
 * State (docs/functions.md, "life"): u32 LE width, u32 LE height, then `height` rows of
 * ceil(width / 8) bytes; cell (x, y) is bit (x % 8) of byte (x / 8) of row y; padding bits are 0.
 * One cycle = one generation that changes the grid. A generation that changes nothing means the
 * grid is a fixed point: the run has terminated and returns d < cycles (and 0 from then on).
 * No outputs: the state is the result, and outputs per call would break the checkpoint law.
 */
import { invalidState, reserve, setState, takeInput } from '../../shared/assembly/abi';

export {
  airtnt_abi_v1,
  input_buffer,
  output_len,
  output_ptr,
  state_len,
  state_ptr,
} from '../../shared/assembly/abi';

const HEADER_BYTES: u32 = 8;
/** Bounds each side so sizes below cannot overflow; memory runs out long before. */
const MAX_SIDE: u32 = 1 << 20;

export function run(len: u32, cycles: u32): u32 {
  const input = takeInput(len);
  if (len < HEADER_BYTES) invalidState('shorter than the 8-byte header');
  const width = load<u32>(input);
  const height = load<u32>(input, 4);
  if (width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE) {
    invalidState('width and height must be in 1..2^20');
  }
  const rowBytes = (width + 7) >> 3;
  if (<u64>len != <u64>HEADER_BYTES + <u64>height * <u64>rowBytes) {
    invalidState('length is not 8 + height * ceil(width / 8)');
  }
  const rows = input + HEADER_BYTES;
  checkPadding(rows, width, height, rowBytes);
  setState(input, len);
  if (cycles == 0) return 0;

  // Working grids: rows of `words` u64 with one zero guard word on each side and one zero guard
  // row above and below, so neighbour reads need no bounds checks (the outside is dead).
  const words = (width + 63) >> 6;
  const stride = <usize>words + 2;
  const gridBytes = <u64>stride * (<u64>height + 2) * 8;
  let current = reserve(gridBytes);
  let next = reserve(gridBytes);
  for (let y: u32 = 0; y < height; y++) {
    memory.copy(rowStart(current, stride, y), rows + <usize>y * rowBytes, rowBytes);
  }
  const lastMask: u64 = (width & 63) == 0 ? ~(<u64>0) : (<u64>1 << <u64>(width & 63)) - 1;

  let done: u32 = 0;
  while (done < cycles) {
    if (!step(current, next, stride, words, height, lastMask)) break;
    const swap = current;
    current = next;
    next = swap;
    done++;
  }
  for (let y: u32 = 0; y < height; y++) {
    memory.copy(rows + <usize>y * rowBytes, rowStart(current, stride, y), rowBytes);
  }
  return done;
}

/** Address of the first real word of grid row y (row 0 is the guard row, word 0 the guard word). */
@inline
function rowStart(grid: usize, stride: usize, y: u32): usize {
  return grid + ((<usize>y + 1) * stride + 1) * 8;
}

function checkPadding(rows: usize, width: u32, height: u32, rowBytes: u32): void {
  const usedBits = width & 7;
  if (usedBits == 0) return;
  const padding = <u8>(<u32>0xff << usedBits);
  for (let y: u32 = 0; y < height; y++) {
    if ((load<u8>(rows + <usize>y * rowBytes + rowBytes - 1) & padding) != 0) {
      invalidState('padding bits beyond the width must be 0');
    }
  }
}

/**
 * One generation from `current` into `next`, 64 cells at a time: the eight neighbour bitboards
 * are summed with bit-sliced full adders into a 3-bit count modulo 8 (a count of 8 wraps to 0,
 * which is dead either way), then alive = count == 3 | (alive & count == 2). Returns whether
 * anything changed.
 */
function step(current: usize, next: usize, stride: usize, words: u32, height: u32, lastMask: u64): bool {
  let changed: u64 = 0;
  const rowBytes = stride * 8;
  for (let y: u32 = 0; y < height; y++) {
    let above = rowStart(current, stride, y) - rowBytes;
    let middle = above + rowBytes;
    let below = middle + rowBytes;
    let out = rowStart(next, stride, y);
    for (let i: u32 = 0; i < words; i++) {
      const a = load<u64>(above);
      const b = load<u64>(middle);
      const c = load<u64>(below);
      // West neighbour of x is x - 1: shift left, carrying the top bit of the previous word.
      const aw = (a << 1) | (load<u64>(above - 8) >> 63);
      const ae = (a >> 1) | (load<u64>(above + 8) << 63);
      const bw = (b << 1) | (load<u64>(middle - 8) >> 63);
      const be = (b >> 1) | (load<u64>(middle + 8) << 63);
      const cw = (c << 1) | (load<u64>(below - 8) >> 63);
      const ce = (c >> 1) | (load<u64>(below + 8) << 63);

      // Full adders: (aw, a, ae) -> s1 + 2 c1; (bw, be, cw) -> s2 + 2 c2; half adder (c, ce) -> s3 + 2 c3.
      const x1 = aw ^ a;
      const s1 = x1 ^ ae;
      const c1 = (aw & a) | (ae & x1);
      const x2 = bw ^ be;
      const s2 = x2 ^ cw;
      const c2 = (bw & be) | (cw & x2);
      const s3 = c ^ ce;
      const c3 = c & ce;
      // Ones: (s1, s2, s3) -> ones + 2 c4. Twos and fours: c1 + c2 + c3 + c4 (weight 2 each).
      const x4 = s1 ^ s2;
      const ones = x4 ^ s3;
      const c4 = (s1 & s2) | (s3 & x4);
      const x5 = c1 ^ c2;
      const t1 = x5 ^ c3;
      const f1 = (c1 & c2) | (c3 & x5);
      const twos = t1 ^ c4;
      const f2 = t1 & c4;
      const fours = f1 ^ f2;

      let alive = ~fours & twos & (ones | b);
      if (i == words - 1) alive &= lastMask;
      changed |= alive ^ b;
      store<u64>(out, alive);
      above += 8;
      middle += 8;
      below += 8;
      out += 8;
    }
  }
  return changed != 0;
}
