/**
 * A pool session's part of the session wire (docs/protocol.md, "The pool", "On the session wire"):
 * the pool carried by `open` (the public pool section the sealed session binds, and the standbys'
 * pool link URLs for the view-0 executor) and the acks carried by `result`. Pure.
 */
import { AirtntError } from '../util/errors.js';
import { MAX_POOL_MEMBERS } from './pool-signatures.js';
import type { PoolAck } from './pool-rules.js';

/** At most n - 1 standbys (n <= 8 members). */
export const MAX_POOL_STANDBYS = MAX_POOL_MEMBERS - 1;
/** The pool section: pool (4 + 84 n) and terms (80), as pool-opening.ts poolOpeningSection. */
export const MAX_POOL_SECTION_BYTES = 4 + MAX_POOL_MEMBERS * 84 + 80;
/** A pool link URL (ws:// or wss://, host, port, path). */
export const MAX_POOL_LINK_URL_CHARS = 512;
/** One ack on the wire: index(1) || Ed25519 signature(64). */
export const POOL_ACK_WIRE_BYTES = 65;

/** What `open` carries for a pool session. `standbys` is empty except in the view-0 executor's `open`. */
export type PoolOpenWire = { section: Uint8Array; standbys: { index: number; url: string }[] };

export function encodeAcksWire(acks: readonly PoolAck[]): Uint8Array {
  if (acks.length > MAX_POOL_STANDBYS) throw new AirtntError('MESSAGE_MALFORMED', `${acks.length} acks: a pool has at most ${MAX_POOL_STANDBYS} standbys`);
  const bytes = new Uint8Array(acks.length * POOL_ACK_WIRE_BYTES);
  acks.forEach((ack, i) => {
    if (!Number.isInteger(ack.index) || ack.index < 0 || ack.index > 0xff || ack.signature.length !== 64) {
      throw new AirtntError('MESSAGE_MALFORMED', `ack ${i}: index ${ack.index} with a ${ack.signature.length}-byte signature`);
    }
    bytes[i * POOL_ACK_WIRE_BYTES] = ack.index;
    bytes.set(ack.signature, i * POOL_ACK_WIRE_BYTES + 1);
  });
  return bytes;
}

/** The inverse; MESSAGE_MALFORMED unless whole acks. (Whether they verify is checkPoolAcks's question.) */
export function decodeAcksWire(bytes: Uint8Array): PoolAck[] {
  if (bytes.length % POOL_ACK_WIRE_BYTES !== 0 || bytes.length > MAX_POOL_STANDBYS * POOL_ACK_WIRE_BYTES) {
    throw new AirtntError('MESSAGE_MALFORMED', `malformed "result" message: ${bytes.length} bytes of acks are not whole 65-byte acks`, { details: { bytes: bytes.length } });
  }
  const acks: PoolAck[] = [];
  for (let offset = 0; offset < bytes.length; offset += POOL_ACK_WIRE_BYTES) {
    acks.push({ index: bytes[offset]!, signature: bytes.slice(offset + 1, offset + POOL_ACK_WIRE_BYTES) });
  }
  return acks;
}

/** The pool item of `open`, as one byte string (the wire is a flat array): sectionLength(2) || section || n(1) || n x (index(1) || urlLength(2) || url UTF-8). */
export const MAX_POOL_OPEN_BYTES = 2 + MAX_POOL_SECTION_BYTES + 1 + MAX_POOL_STANDBYS * (3 + MAX_POOL_LINK_URL_CHARS);

export function encodePoolOpenWire(pool: PoolOpenWire): Uint8Array {
  const urls = pool.standbys.map((standby) => new TextEncoder().encode(standby.url));
  if (pool.section.length > MAX_POOL_SECTION_BYTES || pool.standbys.length > MAX_POOL_STANDBYS || urls.some((url) => url.length === 0 || url.length > MAX_POOL_LINK_URL_CHARS)) {
    throw new AirtntError('POOL_OPENING_MALFORMED', `a pool of ${pool.standbys.length} standbys with a ${pool.section.length}-byte section does not fit the wire`, { details: { standbys: pool.standbys.length, section: pool.section.length } });
  }
  const bytes = new Uint8Array(3 + pool.section.length + urls.reduce((sum, url) => sum + 3 + url.length, 0));
  const view = new DataView(bytes.buffer);
  view.setUint16(0, pool.section.length);
  bytes.set(pool.section, 2);
  let offset = 2 + pool.section.length;
  bytes[offset++] = pool.standbys.length;
  pool.standbys.forEach((standby, i) => {
    bytes[offset] = standby.index;
    view.setUint16(offset + 1, urls[i]!.length);
    bytes.set(urls[i]!, offset + 3);
    offset += 3 + urls[i]!.length;
  });
  return bytes;
}

/** The inverse; MESSAGE_MALFORMED for anything but exactly that layout (URLs: ws:// or wss://, printable ASCII). */
export function decodePoolOpenWire(bytes: Uint8Array): PoolOpenWire {
  const malformed = (why: string) => new AirtntError('MESSAGE_MALFORMED', `malformed "open" message: its pool ${why}`, { details: { bytes: bytes.length } });
  if (bytes.length < 3 || bytes.length > MAX_POOL_OPEN_BYTES) throw malformed(`item has ${bytes.length} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectionLength = view.getUint16(0);
  if (sectionLength > MAX_POOL_SECTION_BYTES || 3 + sectionLength > bytes.length) throw malformed(`section of ${sectionLength} bytes does not fit`);
  const section = bytes.slice(2, 2 + sectionLength);
  let offset = 2 + sectionLength;
  const count = bytes[offset++]!;
  if (count > MAX_POOL_STANDBYS) throw malformed(`names ${count} standbys`);
  const standbys: { index: number; url: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 3 > bytes.length) throw malformed('ends inside a standby');
    const index = bytes[offset]!;
    const length = view.getUint16(offset + 1);
    if (length === 0 || length > MAX_POOL_LINK_URL_CHARS || offset + 3 + length > bytes.length) throw malformed(`standby ${i} has a URL of ${length} bytes`);
    const url = new TextDecoder().decode(bytes.subarray(offset + 3, offset + 3 + length));
    if (!/^wss?:\/\/[\x21-\x7e]+$/.test(url)) throw malformed(`standby ${i} URL is not a ws:// or wss:// URL`);
    standbys.push({ index, url });
    offset += 3 + length;
  }
  if (offset !== bytes.length) throw malformed('has trailing bytes');
  return { section, standbys };
}
