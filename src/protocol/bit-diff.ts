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
 * byte or more; the encoder picks the order that makes the gaps shortest. Decoding refuses anything
 * the encoder could not have written (trailing bytes, non-zero padding, a bit past the end), and its work
 * is bounded by the diff's length and the announced state length, itself checked against the limit first.
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

/** floor(log2(x)) for 1 <= x < 2^31. */
function log2Floor(x: number): number {
  return 31 - Math.clz32(x);
}

/** The gaps between the flipped bits of next against previous (see the layout above). */
function flippedGaps(previous: Uint8Array, next: Uint8Array): number[] {
  const gaps: number[] = [];
  let last = -1;
  for (let i = 0; i < next.length; i++) {
    const flipped = (i < previous.length ? previous[i]! : 0) ^ next[i]!;
    if (flipped === 0) continue;
    for (let bit = 0; bit < 8; bit++) {
      if ((flipped & (0x80 >> bit)) === 0) continue;
      const position = i * 8 + bit;
      gaps.push(position - last - 1);
      last = position;
    }
  }
  return gaps;
}

/** The order whose code of the gaps is shortest: bits(k) = sum of 2 floor(log2(g + 2^k)) + 1 - k. */
function bestOrder(gaps: readonly number[]): number {
  let order = 0;
  let best = Infinity;
  for (let k = 0; k <= MAX_ORDER; k++) {
    let bits = 0;
    for (const gap of gaps) bits += 2 * log2Floor(gap + (1 << k)) + 1 - k;
    if (bits < best) [order, best] = [k, bits];
  }
  return order;
}

/** Writes bits from the most significant bit of each byte. */
class BitWriter {
  readonly bytes: number[] = [];
  #current = 0;
  #used = 0;
  /** The low `count` bits of `value` (count <= 31), most significant first. */
  bits(value: number, count: number): void {
    let left = count;
    while (left > 0) {
      const take = Math.min(8 - this.#used, left);
      left -= take;
      this.#current = (this.#current << take) | ((value >>> left) & ((1 << take) - 1));
      this.#used += take;
      if (this.#used === 8) {
        this.bytes.push(this.#current);
        this.#current = 0;
        this.#used = 0;
      }
    }
  }
  /** Pads the last byte with zero bits. */
  finish(): number[] {
    if (this.#used > 0) this.bits(0, 8 - this.#used);
    return this.bytes;
  }
}

/** The bit diff from previous to next, or undefined for a state too large for the encoder. */
export function genBitDiff(previous: Uint8Array, next: Uint8Array): Uint8Array | undefined {
  if (next.length > MAX_ENCODED_STATE_BYTES) return undefined;
  const gaps = flippedGaps(previous, next);
  const order = bestOrder(gaps);
  const out: number[] = [];
  pushVarint(out, next.length);
  out.push(order);
  pushVarint(out, gaps.length);
  const writer = new BitWriter();
  for (const gap of gaps) {
    const x = gap + (1 << order);
    const n = log2Floor(x);
    writer.bits(0, n - order);
    writer.bits(x, n + 1);
  }
  for (const byte of writer.finish()) out.push(byte);
  return Uint8Array.from(out);
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
    next[position >> 3] = next[position >> 3]! ^ (0x80 >> (position & 7));
  }
  // What the encoder writes after the last gap: zero padding to the byte, nothing more.
  if (bodyBits - cursor >= 8) throw malformed('trailing bytes after the last gap', { extraBits: bodyBits - cursor });
  while (cursor < bodyBits) {
    if (readBit() !== 0) throw malformed('padding bits are not zero');
  }
  return next;
}
