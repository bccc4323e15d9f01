/** A bounds-checked little-endian cursor for the binary evidence formats (DCAP quotes, SNP reports). */
import { AirtntError, type AirtntErrorCode } from '../util/errors.js';

export class ByteReader {
  offset = 0;

  constructor(
    readonly bytes: Uint8Array,
    /** Error code thrown when the input is too short, e.g. QUOTE_MALFORMED. */
    private readonly errorCode: AirtntErrorCode,
  ) {}

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  take(length: number, name: string): Uint8Array {
    if (!Number.isSafeInteger(length) || length < 0 || length > this.remaining) {
      throw new AirtntError(this.errorCode, `truncated input while reading "${name}"`, {
        details: { offset: this.offset, wanted: length, remaining: this.remaining },
      });
    }
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  u16(name: string): number {
    const bytes = this.take(2, name);
    return bytes[0]! | (bytes[1]! << 8);
  }

  u32(name: string): number {
    const bytes = this.take(4, name);
    return (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16)) + bytes[3]! * 0x1000000;
  }

  u64(name: string): bigint {
    const bytes = this.take(8, name);
    return new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
  }
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
