/**
 * The bit diff (docs/protocol.md part 2, "Round payloads", kind 4): the positions of the bits that
 * differ between two states, each as its distance from the one before, in an exponential-Golomb code.
 *
 *   bitDiff = varint(newLength) || order(1) || varint(flips) || gaps
 *
 * The new state is XORed with the old one (zero-padded or cut to the new length, as the byte diff does).
 * Bit i of a state is bit 7 - (i mod 8) of byte i / 8 (the most significant first). The first gap is the
 * position of the first flipped bit, each later one the distance from the bit before less one. Each gap g
 * is written as exponential-Golomb of order k (`order`, 0 to MAX_ORDER): x = g + 2^k has n + 1 bits; n - k
 * zero bits, then x in n + 1 bits. The bits run from the most significant of each byte, and the last
 * byte is padded with zero bits.
 *
 * A state whose changes are a few scattered bits (a cellular automaton, a bitmap, counters that tick)
 * costs about two bits plus the logarithm of the mean gap per changed bit, where the byte diff costs a
 * byte or more; the encoder picks the order that makes the gaps shortest. Decoding refuses what does
 * not decode to exactly one state within the limit (trailing bytes, non-zero padding, a bit past the end,
 * a length over the limit), and its work is bounded by the diff's length and the announced state length,
 * itself checked against the limit first. (A varint written longer than needed, or an order other than the
 * shortest, decodes as well: the payload is the enclave's, under its AEAD and signed hash.)
 */
import { AirtntError } from '../util/errors.js';

/** The largest Golomb order tried and accepted: gaps of up to 2^MAX_ORDER bits cost order + 1 bits. */
export const MAX_ORDER = 15;
/** A gap's zero prefix is at most 53 - 1 bits (positions stay safe integers); longer is malformed. */
const MAX_PREFIX_BITS = 52;
const MAX_VARINT_BYTES = 5;

function malformed(message: string, details: Record<string, unknown> = {}): AirtntError {
  return new AirtntError('DIFF_MALFORMED', message, { details, hint: 'the diff was not produced by genBitDiff for this state' });
}

function pushVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}

function readVarint(diff: Uint8Array, offset: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    const byte = diff[offset + i];
    if (byte === undefined) throw malformed('diff ends inside a varint', { offset });
    value += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) {
      if (value > 0xffff_ffff) throw malformed('varint exceeds 32 bits', { offset });
      return [value, offset + i + 1];
    }
    scale *= 128;
  }
  throw malformed('varint longer than 5 bytes', { offset });
}

/**
 * The encoder works on 31-bit integers: states of up to 2^27 bytes (the largest limit, 64 MiB, is half
 * that). A larger state gets no bit diff (the other encodings remain); the decoder has no such limit.
 */
const MAX_ENCODED_STATE_BYTES = 2 ** 27;
/** Gaps below this are counted by value (one array cell each); longer ones, rare, are costed one by one. */
const SMALL_GAPS = 4096;

/** floor(log2(x)) for 1 <= x < 2^31. */
function log2Floor(x: number): number {
  return 31 - Math.clz32(x);
}

/** Bits of one gap at Golomb order k. */
function gapBits(gap: number, order: number): number {
  return 2 * log2Floor(gap + (1 << order)) + 1 - order;
}

function varintLength(value: number): number {
  let length = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 128)) length++;
  return length;
}

/** Calls `each(position)` for every flipped bit of next against previous, in order; stops when it returns false. */
function forEachFlip(previous: Uint8Array, next: Uint8Array, each: (position: number) => boolean): void {
  for (let i = 0; i < next.length; i++) {
    const flipped = (i < previous.length ? previous[i]! : 0) ^ next[i]!;
    if (flipped === 0) continue;
    for (let bit = 0; bit < 8; bit++) {
      if ((flipped & (0x80 >> bit)) !== 0 && !each(i * 8 + bit)) return;
    }
  }
}

/** Writes bits into `bytes` from `offset`, from the most significant bit of each byte; the last byte stays zero-padded. */
class BitWriter {
  #offset: number;
  #current = 0;
  #used = 0;
  constructor(
    private readonly bytes: Uint8Array,
    offset: number,
  ) {
    this.#offset = offset;
  }
  /** The low `count` bits of `value` (count <= 31), most significant first. */
  bits(value: number, count: number): void {
    let left = count;
    while (left > 0) {
      const take = Math.min(8 - this.#used, left);
      left -= take;
      this.#current = (this.#current << take) | ((value >>> left) & ((1 << take) - 1));
      this.#used += take;
      if (this.#used === 8) {
        this.bytes[this.#offset++] = this.#current;
        this.#current = 0;
        this.#used = 0;
      }
    }
  }
  finish(): void {
    if (this.#used > 0) this.bytes[this.#offset] = this.#current << (8 - this.#used);
  }
}

/**
 * The bit diff from previous to next, or undefined when it would not be shorter than `budgetBytes` (the
 * smallest encoding found so far) or the state is too large for the encoder. Two passes over the states
 * and no array per flipped bit: the first counts the gaps (and stops as soon as the flips alone, at a bit
 * each at least after a header of 3 bytes at least, pass the budget), the second writes them. So a state whose every bit flips costs one
 * pass and a few kilobytes, whatever its size.
 */
export function genBitDiff(previous: Uint8Array, next: Uint8Array, budgetBytes = Number.POSITIVE_INFINITY): Uint8Array | undefined {
  if (next.length > MAX_ENCODED_STATE_BYTES) return undefined;
  // The header is at least 3 bytes (length, order, count) and each flip at least one bit.
  const limitBits = (budgetBytes - 3) * 8;
  const smallCounts = new Uint32Array(SMALL_GAPS);
  const smallSeen: number[] = [];
  const largeBits = new Float64Array(MAX_ORDER + 1);
  let flips = 0;
  let last = -1;
  let over = false;
  forEachFlip(previous, next, (position) => {
    const gap = position - last - 1;
    last = position;
    flips++;
    if (flips > limitBits) {
      over = true;
      return false;
    }
    if (gap < SMALL_GAPS) {
      if (smallCounts[gap] === 0) smallSeen.push(gap);
      smallCounts[gap] = smallCounts[gap]! + 1;
    } else {
      for (let k = 0; k <= MAX_ORDER; k++) largeBits[k] = largeBits[k]! + gapBits(gap, k);
    }
    return true;
  });
  if (over) return undefined;
  let order = 0;
  let bodyBits = Number.POSITIVE_INFINITY;
  for (let k = 0; k <= MAX_ORDER; k++) {
    let bits = largeBits[k]!;
    for (const gap of smallSeen) bits += smallCounts[gap]! * gapBits(gap, k);
    if (bits < bodyBits) [order, bodyBits] = [k, bits];
  }
  const headerBytes = varintLength(next.length) + 1 + varintLength(flips);
  const size = headerBytes + Math.ceil(bodyBits / 8);
  if (size >= budgetBytes) return undefined;
  const out = new Uint8Array(size);
  const header: number[] = [];
  pushVarint(header, next.length);
  header.push(order);
  pushVarint(header, flips);
  out.set(header);
  const writer = new BitWriter(out, headerBytes);
  last = -1;
  forEachFlip(previous, next, (position) => {
    const x = position - last - 1 + (1 << order);
    last = position;
    const n = log2Floor(x);
    writer.bits(0, n - order);
    writer.bits(x, n + 1);
    return true;
  });
  writer.finish();
  return out;
}

/** Rebuilds the new state; throws DIFF_MALFORMED for anything genBitDiff could not have produced. */
export function applyBitDiff(previous: Uint8Array, diff: Uint8Array, maxLength: number): Uint8Array {
  const [length, afterLength] = readVarint(diff, 0);
  if (length > maxLength) throw malformed('diff announces a state larger than allowed', { length, maxLength });
  const order = diff[afterLength];
  if (order === undefined || order > MAX_ORDER) throw malformed('Golomb order missing or above the largest', { order, max: MAX_ORDER });
  const [flips, bodyStart] = readVarint(diff, afterLength + 1);
  const stateBits = length * 8;
  if (flips > stateBits) throw malformed('more flipped bits than the state has', { flips, stateBits });
  const next = new Uint8Array(length);
  next.set(previous.subarray(0, Math.min(previous.length, length)));
  const bodyBits = (diff.length - bodyStart) * 8;
  let cursor = 0; // bit position in the body
  const readBit = (): number => {
    if (cursor >= bodyBits) throw malformed('diff ends inside a gap', { bit: cursor });
    const bit = (diff[bodyStart + (cursor >> 3)]! >> (7 - (cursor & 7))) & 1;
    cursor++;
    return bit;
  };
  let position = -1;
  for (let i = 0; i < flips; i++) {
    let zeros = 0;
    while (readBit() === 0) {
      if (++zeros > MAX_PREFIX_BITS - order) throw malformed('gap prefix too long', { flip: i });
    }
    let x = 1;
    for (let b = 0; b < zeros + order; b++) x = x * 2 + readBit();
    position += x - 2 ** order + 1;
    if (position >= stateBits) throw malformed('flipped bit past the end of the state', { position, stateBits });
    const byte = Math.floor(position / 8); // positions may pass 2^31 in a state over 256 MiB
    next[byte] = next[byte]! ^ (0x80 >> (position % 8));
  }
  // What the encoder writes after the last gap: zero padding to the byte, nothing more.
  if (bodyBits - cursor >= 8) throw malformed('trailing bytes after the last gap', { extraBits: bodyBits - cursor });
  while (cursor < bodyBits) {
    if (readBit() !== 0) throw malformed('padding bits are not zero');
  }
  return next;
}
