/**
 * genDiff / applyDiff of the Airtnt paper (section 5.2) for any byte state: XOR of the new state with the
 * old one (the old one zero-padded or cut to the new length), written as runs (docs/protocol.md part 2,
 * "byte diff"):
 *
 *   diff = varint(newLength) || ( varint(unchangedRun) || varint(changedRun) || changedRun bytes of XOR )*
 *
 * Varints are unsigned LEB128, at most 5 bytes (values < 2^32). A run of fewer than MIN_GAP unchanged
 * bytes inside a change is kept in the changed run: writing it as two varints would cost more.
 * The caller compares sizes and falls back to the full state when the diff is not smaller.
 *
 * A byte diff compares position by position, so a state that drops a prefix (a queue popped from the
 * front) shifts everything and diffs to nearly its whole length. The drop diff handles that:
 *
 *   dropDiff = varint(dropped) || genDiff(previous[dropped..], next)
 *
 * It keeps previous[dropped..] (cut or zero-padded to the new length) and patches it: a changed header,
 * an appended tail. genDropDiff finds `dropped` by looking up a few windows of the new state in the old.
 */
import { AirtntError } from '../util/errors.js';

const MIN_GAP = 3;
const MAX_VARINT_BYTES = 5;

function pushVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}

function malformed(message: string, details: Record<string, unknown> = {}): AirtntError {
  return new AirtntError('DIFF_MALFORMED', message, { details, hint: 'the diff was not produced by genDiff for this state' });
}

/** Reads one varint at `offset`; returns [value, nextOffset]. */
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

export function genDiff(previous: Uint8Array, next: Uint8Array): Uint8Array {
  const out: number[] = [];
  pushVarint(out, next.length);
  const changed = (i: number) => (i < previous.length ? previous[i]! : 0) !== next[i]!;
  let position = 0;
  while (position < next.length) {
    let start = position;
    while (start < next.length && !changed(start)) start++;
    if (start === next.length) break;
    // Extend the changed run until MIN_GAP unchanged bytes in a row (or the end) are seen.
    let end = start + 1;
    let gap = 0;
    while (end + gap < next.length && gap < MIN_GAP) {
      if (changed(end + gap)) {
        end += gap + 1;
        gap = 0;
      } else {
        gap++;
      }
    }
    pushVarint(out, start - position);
    pushVarint(out, end - start);
    for (let i = start; i < end; i++) out.push((i < previous.length ? previous[i]! : 0) ^ next[i]!);
    position = end;
  }
  return Uint8Array.from(out);
}

/** Rebuilds the new state; throws DIFF_MALFORMED for anything genDiff could not have produced. */
export function applyDiff(previous: Uint8Array, diff: Uint8Array, maxLength: number): Uint8Array {
  const [length, bodyStart] = readVarint(diff, 0);
  if (length > maxLength) throw malformed('diff announces a state larger than allowed', { length, maxLength });
  const next = new Uint8Array(length);
  next.set(previous.subarray(0, Math.min(previous.length, length)));
  let offset = bodyStart;
  let position = 0;
  while (offset < diff.length) {
    const [skip, afterSkip] = readVarint(diff, offset);
    const [run, afterRun] = readVarint(diff, afterSkip);
    if (run === 0) throw malformed('empty changed run', { offset });
    position += skip;
    if (position + run > length || afterRun + run > diff.length) {
      throw malformed('changed run goes past the end of the state or of the diff', { position, run, length });
    }
    for (let i = 0; i < run; i++) next[position + i] = next[position + i]! ^ diff[afterRun + i]!;
    position += run;
    offset = afterRun + run;
  }
  return next;
}

/** Windows of the new state looked up in the old one, and their length. */
const DROP_PROBES = 6;
const DROP_PROBE_BYTES = 48;
/** Most candidate offsets fully diffed (each costs one pass over the state). */
const DROP_MAX_CANDIDATES = 3;

/**
 * The smallest drop diff over the prefix lengths its probes suggest, or undefined when no window of
 * `next` is found further on in `previous` (nothing was dropped from the front).
 */
export function genDropDiff(previous: Uint8Array, next: Uint8Array): Uint8Array | undefined {
  let best: Uint8Array | undefined;
  for (const dropped of droppedPrefixCandidates(previous, next)) {
    const out: number[] = [];
    pushVarint(out, dropped);
    const body = genDiff(previous.subarray(dropped), next);
    if (best === undefined || out.length + body.length < best.length) {
      best = new Uint8Array(out.length + body.length);
      best.set(out);
      best.set(body, out.length);
    }
  }
  return best;
}

export function applyDropDiff(previous: Uint8Array, diff: Uint8Array, maxLength: number): Uint8Array {
  const [dropped, bodyStart] = readVarint(diff, 0);
  if (dropped > previous.length) throw malformed('drop diff drops more than the previous state holds', { dropped, length: previous.length });
  return applyDiff(previous.subarray(dropped), diff.subarray(bodyStart), maxLength);
}

/**
 * Where windows of `next` (spread over it) first reappear in `previous` past their own position:
 * each gives a dropped-prefix length. Uniform windows (blank rows, zero runs) match anywhere, so they
 * are skipped. A Horspool search (indexOfBytes) keeps it linear in practice, without Buffer.
 */
function droppedPrefixCandidates(previous: Uint8Array, next: Uint8Array): number[] {
  const probeBytes = Math.min(DROP_PROBE_BYTES, next.length);
  if (probeBytes < 8 || previous.length <= probeBytes) return [];
  const found = new Set<number>();
  for (let i = 1; i <= DROP_PROBES && found.size < DROP_MAX_CANDIDATES; i++) {
    const position = Math.min(Math.floor((next.length * i) / (DROP_PROBES + 1)), next.length - probeBytes);
    const window = next.subarray(position, position + probeBytes);
    if (window.every((byte) => byte === window[0])) continue;
    const at = indexOfBytes(previous, window, position + 1);
    if (at > position) found.add(at - position);
  }
  return [...found];
}

/**
 * The first index >= `from` where `needle` occurs in `haystack`, or -1 (Boyer-Moore-Horspool: on a
 * mismatch, skip by how far the window's last byte is from the needle's end). Platform-free, so the
 * protocol core needs no Buffer.
 */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const n = needle.length;
  if (n === 0) return from <= haystack.length ? from : -1;
  const skip = new Uint32Array(256).fill(n);
  for (let i = 0; i < n - 1; i++) skip[needle[i]!] = n - 1 - i;
  const last = needle[n - 1]!;
  for (let at = Math.max(0, from); at + n <= haystack.length; at += skip[haystack[at + n - 1]!]!) {
    if (haystack[at + n - 1] !== last) continue;
    let i = n - 2;
    while (i >= 0 && haystack[at + i] === needle[i]) i--;
    if (i < 0) return at;
  }
  return -1;
}
