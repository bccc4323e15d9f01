import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeOcrQueue, encodeOcrQueue, generateOcrImages } from './ocr-images.js';
import { joinItems, readParallelManifest, sliceItems, splitItems } from './parallel-manifest.js';

function lengthPrefixed(items: number[][]): Uint8Array {
  const parts = items.map((item) => {
    const bytes = new Uint8Array(4 + item.length);
    new DataView(bytes.buffer).setUint32(0, item.length, true);
    bytes.set(item, 4);
    return bytes;
  });
  return joinItems(parts);
}

describe('parallel manifest and item framing', () => {
  it('splits the ocr queue into its images and joins slices back to valid queues', () => {
    const images = generateOcrImages({ count: 5 });
    const state = encodeOcrQueue(images);
    const items = splitItems(state, 'grey-images');
    assert.equal(items.length, 5);
    assert.deepEqual(joinItems(items), state);
    const [a, b] = sliceItems(items, 2);
    assert.deepEqual(decodeOcrQueue(joinItems(a!)).map((i) => i.pixels), images.slice(0, 3).map((i) => i.pixels));
    assert.deepEqual(decodeOcrQueue(joinItems(b!)).map((i) => i.pixels), images.slice(3).map((i) => i.pixels));
  });

  it('cuts contiguous slices of nearly equal size, never empty', () => {
    assert.deepEqual(sliceItems([1, 2, 3, 4, 5, 6, 7], 3), [[1, 2, 3], [4, 5], [6, 7]]);
    assert.deepEqual(sliceItems([1, 2], 5), [[1], [2]]);
    assert.deepEqual(sliceItems([], 3), [[]]);
  });

  it('refuses a state whose framing lies, before allocating for it', () => {
    const state = lengthPrefixed([[1, 2], [3]]);
    assert.equal(splitItems(state, 'length-prefixed').length, 2);
    const huge = new Uint8Array(8);
    new DataView(huge.buffer).setUint32(0, 0xffff_ffff, true);
    assert.throws(() => splitItems(huge, 'length-prefixed'), /a count of 4294967295 items in 8 bytes/);
    assert.throws(() => splitItems(state.subarray(0, state.length - 1), 'length-prefixed'), /runs past the end/);
    assert.throws(() => splitItems(new Uint8Array([...state, 0]), 'length-prefixed'), /1 bytes after the last item/);
    assert.throws(() => splitItems(new Uint8Array(2), 'grey-images'), /shorter than its 4-byte count/);
  });

  it('reads MODULE.wasm.json beside the module and rejects a bad one with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'airtnt-manifest-'));
    try {
      const module = join(dir, 'f.wasm');
      assert.equal(readParallelManifest(module), undefined, 'no manifest: not parallel');
      writeFileSync(`${module}.json`, JSON.stringify({ parallel: { items: 'length-prefixed', outputs: 'concat', cyclesPerItem: 3 } }));
      assert.deepEqual(readParallelManifest(module), { items: 'length-prefixed', outputs: 'concat', cyclesPerItem: 3 });
      writeFileSync(`${module}.json`, JSON.stringify({}));
      assert.equal(readParallelManifest(module), undefined);
      writeFileSync(`${module}.json`, JSON.stringify({ parallel: { items: 'lines', outputs: 'concat' } }));
      assert.throws(() => readParallelManifest(module), /f\.wasm\.json is invalid: "items" must be one of/);
      writeFileSync(`${module}.json`, JSON.stringify({ parallel: { items: 'grey-images', outputs: 'concat', cyclesPerItem: 0 } }));
      assert.throws(() => readParallelManifest(module), /cyclesPerItem/);
      writeFileSync(`${module}.json`, '{"parallel":');
      assert.throws(() => readParallelManifest(module), /not JSON/);
      writeFileSync(`${module}.json`, ' '.repeat(5000));
      assert.throws(() => readParallelManifest(module), /larger than 4096 bytes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
