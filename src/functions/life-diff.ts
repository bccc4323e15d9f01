/**
 * A compact diff between two Game of Life states of the same grid (docs/functions.md, "life diff"):
 * XOR of the bit-packed rows, coded as pairs (zeros, literal) where `zeros` is a LEB128 count of
 * unchanged bytes to skip and `literal` is a LEB128 length followed by that many XOR bytes. The
 * final run of unchanged bytes is left out, so equal states give an empty diff. Zero gaps shorter
 * than MIN_ZERO_GAP bytes stay inside a literal (they cost less there than a new pair).
 */
import { AirtntError } from '../util/errors.js';
import { checkLifeState, LIFE_HEADER_BYTES } from './life.js';

const MIN_ZERO_GAP = 3;
/** LEB128 of a u32 takes at most 5 bytes. */
const MAX_VARINT_BYTES = 5;

function writeVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}

function diffError(what: string, details: Record<string, unknown> = {}): never {
  throw new AirtntError('INVALID_LIFE_DIFF', `not a valid Game of Life diff: ${what}`, { details });
}

function sameGrid(prev: Uint8Array, next: Uint8Array): void {
  checkLifeState(prev);
  checkLifeState(next);
  for (let i = 0; i < LIFE_HEADER_BYTES; i++) {
    if (prev[i] !== next[i]) {
      throw new AirtntError('LIFE_DIFF_MISMATCH', 'a diff needs two states of the same width and height');
    }
  }
}

/** The diff that turns `prev` into `next` (both states of the same grid). */
export function genLifeDiff(prev: Uint8Array, next: Uint8Array): Uint8Array {
  sameGrid(prev, next);
  const out: number[] = [];
  const length = prev.length;
  let position = LIFE_HEADER_BYTES;
  while (position < length) {
    let start = position;
    while (start < length && prev[start] === next[start]) start++;
    if (start === length) break;
    // Extend the literal until a gap of MIN_ZERO_GAP unchanged bytes (or the end).
    let end = start;
    let gap = 0;
    for (let i = start; i < length && gap < MIN_ZERO_GAP; i++) {
      if (prev[i] === next[i]) {
        gap++;
      } else {
        gap = 0;
        end = i + 1;
      }
    }
    writeVarint(out, start - position);
    writeVarint(out, end - start);
    for (let i = start; i < end; i++) out.push(prev[i]! ^ next[i]!);
    position = end;
  }
  return Uint8Array.from(out);
}

class DiffReader {
  offset = 0;
  constructor(private readonly diff: Uint8Array) {}
  get done(): boolean {
    return this.offset >= this.diff.length;
  }
  varint(): number {
    let value = 0;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      if (this.offset >= this.diff.length) diffError('truncated run length', { offset: this.offset });
      const byte = this.diff[this.offset++]!;
      value += (byte & 0x7f) * 2 ** (7 * i);
      if ((byte & 0x80) === 0) return value;
    }
    return diffError('run length longer than 5 bytes', { offset: this.offset });
  }
}

/** Applies a diff made by genLifeDiff; checks every run stays inside the grid and the result is a valid state. */
export function applyLifeDiff(prev: Uint8Array, diff: Uint8Array): Uint8Array {
  checkLifeState(prev);
  if (!(diff instanceof Uint8Array)) diffError('expected a Uint8Array');
  const next = prev.slice();
  const reader = new DiffReader(diff);
  let position = LIFE_HEADER_BYTES;
  while (!reader.done) {
    position += reader.varint();
    const literal = reader.varint();
    if (position + literal > next.length || reader.offset + literal > diff.length) {
      diffError('a run goes past the end of the grid or of the diff', { position, literal });
    }
    for (let i = 0; i < literal; i++) next[position + i]! ^= diff[reader.offset + i]!;
    reader.offset += literal;
    position += literal;
  }
  try {
    checkLifeState(next);
  } catch (error) {
    diffError('it sets padding bits outside the grid', { cause: String(error) });
  }
  return next;
}
