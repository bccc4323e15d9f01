/**
 * A linear pre-scan of a wire frame's CBOR item headers (RFC 8949 section 3) against what the message
 * schemas can ever need, run before cbor-x decodes anything. cbor-x itself has no option to refuse
 * tags, indefinite lengths or depth (its size limits are process-wide and only cover arrays and maps),
 * and some of what it accepts costs far more than its bytes: a tag-2 bignum of n bytes is converted
 * in O(n^2), a frame of millions of empty byte strings allocates an object per byte. The scan reads
 * each header once (O(bytes), no allocation) and refuses:
 * - every tag but 2 (unsigned bignum), and a bignum of more than MAX_BIGNUM_BYTES (the largest
 *   amount on the wire is 96 bits);
 * - indefinite lengths, maps, negative integers and simple values other than null (floats pass: cbor-x
 *   writes integers above 2^32 as float64, the schemas then require an integer);
 * - nesting: a message is one array of scalars and bignums, no array or tag goes deeper;
 * - arrays longer than the longest message, and more items in all than any message has;
 * - lengths that run past the end of the frame, and trailing bytes.
 * What passes is one flat array of at most MAX_ITEMS small items: cbor-x decodes it in time and
 * memory linear in the frame.
 */
import { AirtntError } from '../util/errors.js';

/** The longest message (`open` with the owners' item and a pool, messages.ts) has 14 items. */
export const MAX_ARRAY_ITEMS = 14;
/** Items in all, tags and their contents included (12 fields, a few bignums). */
export const MAX_ITEMS = 32;
/** Amounts are at most 96 bits; a little slack for leading zero bytes. */
export const MAX_BIGNUM_BYTES = 16;

const TAG_UNSIGNED_BIGNUM = 2;
const SIMPLE_NULL = 22;

export type ScanResult = {
  /** The first item of the top-level array when it is an unsigned integer below 2^32 (the message kind). */
  kind: number | undefined;
};

function refuse(reason: string, offset: number): never {
  throw new AirtntError('MESSAGE_MALFORMED', `the frame's CBOR is outside what messages use: ${reason}`, {
    details: { reason, offset },
    hint: 'messages are one flat CBOR array of unsigned integers, byte and text strings, null and 96-bit bignums',
  });
}

/** Throws MESSAGE_MALFORMED unless `frame` is one CBOR item within the limits above; returns the message kind. */
export function scanFrame(frame: Uint8Array): ScanResult {
  let offset = 0;
  let items = 0;
  let kind: number | undefined;

  /** Reads the argument of the header at `offset` (no indefinite lengths). */
  const argument = (info: number, at: number): { value: number; next: number } => {
    if (info < 24) return { value: info, next: at + 1 };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) refuse(info === 31 ? 'indefinite length' : `reserved additional information ${info}`, at);
    if (at + 1 + size > frame.length) refuse('header runs past the end of the frame', at);
    let value = 0;
    for (let i = 0; i < size; i++) {
      // Anything above 2^53 is past the end of any frame anyway; keep it a safe number.
      value = Math.min(value * 256 + frame[at + 1 + i]!, Number.MAX_SAFE_INTEGER);
    }
    return { value, next: at + 1 + size };
  };

  // Iterative: the container stack is at most two deep (the message, a bignum tag in it).
  const open: { count: number; remaining: number; bignum: boolean }[] = [];
  do {
    if (offset >= frame.length) refuse('the frame ends inside an item', offset);
    items += 1;
    if (items > MAX_ITEMS) refuse(`more than ${MAX_ITEMS} items`, offset);
    const header = frame[offset]!;
    const major = header >> 5;
    // A float's argument is its value, not a length: read as a header of 2, 4 or 8 bytes all the same.
    const { value, next } = argument(header & 0x1f, offset);
    const parent = open[open.length - 1];
    if (parent === undefined && major !== 4) refuse('a message is an array', offset);
    if (parent?.bignum === true && major !== 2) refuse('a bignum tag holds something other than a byte string', offset);
    if (parent !== undefined && open.length === 1 && parent.remaining === parent.count && major === 0 && value <= 0xffff_ffff) kind = value;
    if (parent !== undefined) parent.remaining -= 1;
    switch (major) {
      case 0: // unsigned integer
        offset = next;
        break;
      case 2: // byte string
      case 3: // text string
        if (value > frame.length - next) refuse('a string runs past the end of the frame', offset);
        if (parent?.bignum === true && value > MAX_BIGNUM_BYTES) refuse(`a bignum of more than ${MAX_BIGNUM_BYTES} bytes`, offset);
        offset = next + value;
        break;
      case 4: // array: only the message itself
        if (parent !== undefined) refuse('an array inside a message', offset);
        if (value > MAX_ARRAY_ITEMS) refuse(`an array of more than ${MAX_ARRAY_ITEMS} items`, offset);
        offset = next;
        if (value > 0) open.push({ count: value, remaining: value, bignum: false });
        break;
      case 6: // tag: only a bignum as a field of the message
        if (value !== TAG_UNSIGNED_BIGNUM) refuse(`tag ${value}`, offset);
        if (open.length !== 1) refuse('a tag outside a message field', offset);
        offset = next;
        open.push({ count: 1, remaining: 1, bignum: true });
        break;
      case 7: // null, or a float (cbor-x writes integers above 2^32 that fit a double as float64; O(1) to read)
        if ((header & 0x1f) !== SIMPLE_NULL && (header & 0x1f) < 25) refuse(`simple value 0x${header.toString(16)}`, offset);
        offset = next;
        break;
      default:
        refuse(major === 1 ? 'a negative integer' : 'a map', offset);
    }
    while (open.length > 0 && open[open.length - 1]!.remaining === 0) open.pop();
  } while (open.length > 0);
  if (offset !== frame.length) refuse('trailing bytes after the message', offset);
  return { kind };
}
