/**
 * A bounds-checked reader of WebAssembly binary fields (WebAssembly Core Specification 2.0, section 5
 * "Binary Format"), and the few encoders the metering rewrite needs. Every reader of module bytes
 * (the ABI check, the module rules, the metering rewrite) uses this one cursor, each with its own
 * typed error: `fail` says what went wrong and never returns.
 */
export class WasmCursor {
  constructor(
    readonly bytes: Uint8Array,
    public offset: number,
    readonly end: number,
    protected readonly fail: (what: string) => never,
  ) {}

  byte(): number {
    if (this.offset >= this.end) return this.fail('unexpected end of a section or function body');
    return this.bytes[this.offset++]!;
  }

  /** Unsigned LEB128 of at most 32 bits. */
  u32(): number {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result > 0xffffffff ? this.fail('LEB128 value too large') : result;
    }
    return this.fail('LEB128 value too long');
  }

  /** Unsigned LEB128 up to 64 bits (memory64 limits), as a number (exact up to 2^53). */
  u64(): number {
    let result = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
    }
    return this.fail('LEB128 value too long');
  }

  /** Skips a LEB128 of at most `maxBytes` bytes (signed values, whose value is never needed). */
  skipLeb(maxBytes: number): void {
    for (let i = 0; i < maxBytes; i++) if ((this.byte() & 0x80) === 0) return;
    this.fail('LEB128 value too long');
  }

  skip(count: number): void {
    if (this.offset + count > this.end) this.fail('a field runs past the end of its section or function body');
    this.offset += count;
  }

  /**
   * A vector's element count, no larger than the bytes left (every element takes at least one): a
   * claimed count of 2^32 - 1 must not allocate before the section runs out (found by the fuzz
   * campaign: an 82-byte module took seconds in Array.from).
   */
  count(): number {
    const count = this.u32();
    if (count > this.end - this.offset) this.fail(`a vector claims ${count} elements with ${this.end - this.offset} bytes left`);
    return count;
  }
}

export function uleb(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest !== 0) byte |= 0x80;
    out.push(byte);
  } while (rest !== 0);
  return out;
}

export function sleb64(value: bigint): number[] {
  const out: number[] = [];
  let rest = value;
  for (;;) {
    const byte = Number(rest & 0x7fn);
    rest >>= 7n;
    const done = (rest === 0n && (byte & 0x40) === 0) || (rest === -1n && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** Appends without spreading (a module may be megabytes: spread arguments would overflow the stack). */
export function append(out: number[], bytes: ArrayLike<number>): void {
  for (let i = 0; i < bytes.length; i++) out.push(bytes[i]!);
}

/** A section: its id, its size (LEB128), its content. */
export function section(id: number, content: ArrayLike<number>): number[] {
  const out = [id, ...uleb(content.length)];
  append(out, content);
  return out;
}
