/**
 * Parallel pure programs (docs/functions.md "Parallel functions"): a function whose state is a list of
 * independent items declares it in a manifest beside its module (MODULE.wasm.json), naming the items'
 * framing. The items can then be split into contiguous slices, each run on its own executor, and the
 * slices' outputs concatenated in item order.
 */
import { readFileSync, statSync } from 'node:fs';
import { concatBytes } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

/**
 * How the state frames its items. Both start with the item count, u32 little-endian; then per item:
 * - `length-prefixed`: a u32 LE length, then that many bytes;
 * - `grey-images`: width u16 LE, height u16 LE, then width * height bytes (the ocr function's queue).
 */
export type ItemFraming = 'length-prefixed' | 'grey-images';
export const ITEM_FRAMINGS: readonly ItemFraming[] = ['length-prefixed', 'grey-images'];

export type ParallelSpec = {
  items: ItemFraming;
  /** Cycles one item takes; absent: every slice is given the job's whole cycle count (the function stops when its items run out). */
  cyclesPerItem?: number;
  /** How the slices' outputs combine: each slice's output messages, slice after slice (item order). */
  outputs: 'concat';
};

/** The built-in ocr function: one cycle pops one image and outputs its text. */
export const OCR_PARALLEL: ParallelSpec = { items: 'grey-images', cyclesPerItem: 1, outputs: 'concat' };

const MAX_MANIFEST_BYTES = 4096;

/** The manifest path of a module: the module's path with `.json` appended. */
export function manifestPathOf(modulePath: string): string {
  return `${modulePath}.json`;
}

function invalid(path: string, what: string): AirtntError {
  return new AirtntError('INVALID_ARGUMENT', `the function manifest ${path} is invalid: ${what}`, {
    details: { path },
    hint: 'it is {"parallel":{"items":"length-prefixed"|"grey-images","outputs":"concat","cyclesPerItem":N}} (docs/functions.md "Parallel functions")',
  });
}

/** The module's parallel declaration, or undefined when it has no manifest (or the manifest declares none). */
export function readParallelManifest(modulePath: string): ParallelSpec | undefined {
  const path = manifestPathOf(modulePath);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return undefined;
  }
  // Bound the work before reading: a manifest is a few dozen bytes.
  if (size > MAX_MANIFEST_BYTES) throw invalid(path, `larger than ${MAX_MANIFEST_BYTES} bytes (${size})`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw invalid(path, `not JSON (${cause instanceof Error ? cause.message : String(cause)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid(path, 'not a JSON object');
  const parallel = (parsed as Record<string, unknown>).parallel;
  if (parallel === undefined) return undefined;
  return parseParallelSpec(parallel, path);
}

export function parseParallelSpec(value: unknown, where = 'the parallel spec'): ParallelSpec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(where, '"parallel" must be an object');
  const { items, outputs, cyclesPerItem, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw invalid(where, `unknown fields ${Object.keys(rest).join(', ')}`);
  if (!ITEM_FRAMINGS.includes(items as ItemFraming)) throw invalid(where, `"items" must be one of ${ITEM_FRAMINGS.join(', ')}`);
  if (outputs !== 'concat') throw invalid(where, '"outputs" must be "concat"');
  if (cyclesPerItem !== undefined && (!Number.isSafeInteger(cyclesPerItem) || (cyclesPerItem as number) < 1 || (cyclesPerItem as number) > 0xffff_ffff)) {
    throw invalid(where, '"cyclesPerItem" must be an integer in 1..2^32-1');
  }
  return { items: items as ItemFraming, outputs: 'concat', ...(cyclesPerItem === undefined ? {} : { cyclesPerItem: cyclesPerItem as number }) };
}

/** Splits a state into its items' encodings (each item's own header and bytes, without the count). */
export function splitItems(state: Uint8Array, framing: ItemFraming): Uint8Array[] {
  const fail = (what: string): never => {
    throw new AirtntError('INVALID_ARGUMENT', `the state is not a list of ${framing} items: ${what}`, { details: { bytes: state.length, framing } });
  };
  if (state.length < 4) fail('shorter than its 4-byte count');
  const view = new DataView(state.buffer, state.byteOffset, state.byteLength);
  const count = view.getUint32(0, true);
  // Every item takes at least its 4-byte header: a count larger than that cannot be honest.
  if (count > (state.length - 4) / 4) fail(`a count of ${count} items in ${state.length} bytes`);
  const items: Uint8Array[] = [];
  let offset = 4;
  for (let i = 0; i < count; i++) {
    if (offset + 4 > state.length) fail(`item ${i}'s header runs past the end`);
    const body = framing === 'length-prefixed' ? view.getUint32(offset, true) : view.getUint16(offset, true) * view.getUint16(offset + 2, true);
    const end = offset + 4 + body;
    if (end > state.length) fail(`item ${i} runs past the end`);
    items.push(state.subarray(offset, end));
    offset = end;
  }
  if (offset !== state.length) fail(`${state.length - offset} bytes after the last item`);
  return items;
}

/** The state holding these items (each as splitItems returns it). */
export function joinItems(items: readonly Uint8Array[]): Uint8Array {
  const count = new Uint8Array(4);
  new DataView(count.buffer).setUint32(0, items.length, true);
  return concatBytes(count, ...items);
}

/** `parts` contiguous slices of nearly equal size (the first ones one larger), in order; none empty. */
export function sliceItems<T>(items: readonly T[], parts: number): T[][] {
  const n = Math.max(1, Math.min(parts, items.length));
  const slices: T[][] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const size = Math.floor(items.length / n) + (i < items.length % n ? 1 : 0);
    slices.push(items.slice(start, start + size));
    start += size;
  }
  return slices;
}
