/**
 * Small byte helpers used everywhere. Checks happen once, at the boundary (noble style). Pure and
 * platform-free (no Buffer): the protocol core and its browser bundle use them.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { AirtntError } from './errors.js';

export type Hex = `0x${string}`;

export function toHex(bytes: Uint8Array): Hex {
  return `0x${bytesToHex(bytes)}`;
}

export function fromHex(hex: string, expectedLength?: number, name = 'value'): Uint8Array {
  const body = hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex;
  if (body.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(body)) {
    throw new AirtntError('INVALID_HEX', `"${name}" is not valid hex`, { details: { length: hex.length } });
  }
  const bytes = hexToBytes(body);
  if (expectedLength !== undefined) assertLength(bytes, expectedLength, name);
  return bytes;
}

export function assertLength(bytes: Uint8Array, length: number, name = 'value'): Uint8Array {
  if (!(bytes instanceof Uint8Array)) {
    throw new AirtntError('INVALID_BYTES', `"${name}" expected Uint8Array`, { details: { got: typeof bytes } });
  }
  if (bytes.length !== length) {
    throw new AirtntError('INVALID_LENGTH', `"${name}" expected ${length} bytes, got ${bytes.length}`, {
      details: { expected: length, got: bytes.length },
    });
  }
  return bytes;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Constant-time comparison (for secrets and MACs). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function u64be(value: bigint | number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value));
  return out;
}

export function u32be(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}
