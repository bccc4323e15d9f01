/**
 * A minimal, bounds-checked DER reader (ITU-T X.690, section 8 and 10): enough to split certificates
 * and CRLs into their signed part and to read the vendor extensions of Intel PCK and AMD VCEK
 * certificates. It only parses; every signature is checked with node:crypto.
 *
 * Refuses indefinite lengths and lengths past the buffer, so a hostile input cannot make it read out
 * of bounds or loop. Every failure is an AirtntError with code DER_INVALID.
 */
import { AirtntError } from '../util/errors.js';

export type DerNode = {
  /** The identifier octet (class, constructed bit and tag number < 31). */
  tag: number;
  /** The whole element: header and content. */
  raw: Uint8Array;
  /** The content octets only. */
  content: Uint8Array;
};

export const DER_TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  enumerated: 0x0a,
  utf8String: 0x0c,
  printableString: 0x13,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
} as const;

function derError(message: string, details: Record<string, unknown> = {}): AirtntError {
  return new AirtntError('DER_INVALID', message, { details });
}

/** Reads one element at `offset`; returns it and the offset just past it. */
export function readDer(bytes: Uint8Array, offset = 0): { node: DerNode; next: number } {
  if (offset + 2 > bytes.length) throw derError('truncated DER header', { offset });
  const tag = bytes[offset]!;
  // High tag numbers (0x1f) never appear in the structures read here.
  if ((tag & 0x1f) === 0x1f) throw derError('unsupported high tag number', { offset });
  let length = bytes[offset + 1]!;
  let headerLength = 2;
  if (length & 0x80) {
    const lengthBytes = length & 0x7f;
    // 0x80 is the BER indefinite form (forbidden in DER); more than 4 length bytes cannot fit here.
    if (lengthBytes === 0 || lengthBytes > 4) throw derError('unsupported DER length form', { offset });
    if (offset + 2 + lengthBytes > bytes.length) throw derError('truncated DER length', { offset });
    length = 0;
    for (let i = 0; i < lengthBytes; i++) length = length * 256 + bytes[offset + 2 + i]!;
    headerLength += lengthBytes;
  }
  const contentStart = offset + headerLength;
  const end = contentStart + length;
  if (end > bytes.length) throw derError('DER length runs past the end of the input', { offset, length });
  return {
    node: { tag, raw: bytes.subarray(offset, end), content: bytes.subarray(contentStart, end) },
    next: end,
  };
}

/** Reads exactly one element that fills `bytes`. */
export function readDerExact(bytes: Uint8Array): DerNode {
  const { node, next } = readDer(bytes, 0);
  if (next !== bytes.length) throw derError('trailing bytes after DER element', { extra: bytes.length - next });
  return node;
}

/** The elements inside a constructed element. */
export function derChildren(node: DerNode): DerNode[] {
  if ((node.tag & 0x20) === 0) throw derError('expected a constructed DER element', { tag: node.tag });
  const out: DerNode[] = [];
  let offset = 0;
  while (offset < node.content.length) {
    const { node: child, next } = readDer(node.content, offset);
    out.push(child);
    offset = next;
  }
  return out;
}

export function expectTag(node: DerNode | undefined, tag: number, name: string): DerNode {
  if (node === undefined || node.tag !== tag) {
    throw derError(`expected ${name}`, { expectedTag: tag, gotTag: node?.tag });
  }
  return node;
}

/** Dotted-decimal form of an OBJECT IDENTIFIER's content (X.690 8.19). */
export function decodeOid(content: Uint8Array): string {
  if (content.length === 0 || content.length > 64) throw derError('bad OID length', { length: content.length });
  const arcs: number[] = [];
  let value = 0;
  for (let i = 0; i < content.length; i++) {
    const byte = content[i]!;
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw derError('OID arc too large');
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        arcs.push(first, value - first * 40);
      } else {
        arcs.push(value);
      }
      value = 0;
    } else if (i === content.length - 1) {
      throw derError('truncated OID');
    }
  }
  return arcs.join('.');
}

/** A small non-negative INTEGER or ENUMERATED (SVNs, versions). */
export function decodeSmallUnsigned(node: DerNode, name: string): number {
  const content = node.content;
  if (content.length === 0 || content.length > 6 || (content[0]! & 0x80) !== 0) {
    throw derError(`"${name}" is not a small non-negative integer`, { length: content.length });
  }
  let value = 0;
  for (const byte of content) value = value * 256 + byte;
  return value;
}

/** UTCTime (YYMMDDHHMMSSZ) or GeneralizedTime (YYYYMMDDHHMMSSZ), as required by RFC 5280 4.1.2.5. */
export function decodeTime(node: DerNode): Date {
  const text = new TextDecoder().decode(node.content);
  let match: RegExpExecArray | null;
  let year: number;
  if (node.tag === DER_TAG.utcTime && (match = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text))) {
    const yy = Number(match[1]);
    year = yy >= 50 ? 1900 + yy : 2000 + yy;
  } else if (
    node.tag === DER_TAG.generalizedTime &&
    (match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text))
  ) {
    year = Number(match[1]);
  } else {
    throw derError('bad time value', { tag: node.tag });
  }
  const [month, day, hour, minute, second] = match.slice(2).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (Number.isNaN(date.getTime())) throw derError('bad time value');
  return date;
}
