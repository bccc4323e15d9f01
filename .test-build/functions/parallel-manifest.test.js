import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { decodeOcrQueue, encodeOcrQueue, generateOcrImages } from "./ocr-images.js";
import { joinItems, readParallelManifest, sliceItems, splitItems } from "./parallel-manifest.js";
function lengthPrefixed(items) {
  const parts = items.map((item) => {
    const bytes = new Uint8Array(4 + item.length);
    new DataView(bytes.buffer).setUint32(0, item.length, true);
    bytes.set(item, 4);
    return bytes;
  });
  return joinItems(parts);
}
describe("parallel manifest and item framing", () => {
  it("splits the ocr queue into its images and joins slices back to valid queues", () => {
    const images = generateOcrImages({ count: 5 });
    const state = encodeOcrQueue(images);
    const items = splitItems(state, "grey-images");
    assert.equal(items.length, 5);
    assert.deepEqual(joinItems(items), state);
    const [a, b] = sliceItems(items, 2);
    assert.deepEqual(decodeOcrQueue(joinItems(a)).map((i) => i.pixels), images.slice(0, 3).map((i) => i.pixels));
    assert.deepEqual(decodeOcrQueue(joinItems(b)).map((i) => i.pixels), images.slice(3).map((i) => i.pixels));
  });
  it("cuts contiguous slices of nearly equal size, never empty", () => {
    assert.deepEqual(sliceItems([1, 2, 3, 4, 5, 6, 7], 3), [[1, 2, 3], [4, 5], [6, 7]]);
    assert.deepEqual(sliceItems([1, 2], 5), [[1], [2]]);
    assert.deepEqual(sliceItems([], 3), [[]]);
  });
  it("refuses a state whose framing lies, before allocating for it", () => {
    const state = lengthPrefixed([[1, 2], [3]]);
    assert.equal(splitItems(state, "length-prefixed").length, 2);
    const huge = new Uint8Array(8);
    new DataView(huge.buffer).setUint32(0, 4294967295, true);
    assert.throws(() => splitItems(huge, "length-prefixed"), /a count of 4294967295 items in 8 bytes/);
    assert.throws(() => splitItems(state.subarray(0, state.length - 1), "length-prefixed"), /runs past the end/);
    assert.throws(() => splitItems(new Uint8Array([...state, 0]), "length-prefixed"), /1 bytes after the last item/);
    assert.throws(() => splitItems(new Uint8Array(2), "grey-images"), /shorter than its 4-byte count/);
  });
  it("reads MODULE.wasm.json beside the module and rejects a bad one with its path", () => {
    const dir = mkdtempSync(join(tmpdir(), "airtnt-manifest-"));
    try {
      const module = join(dir, "f.wasm");
      assert.equal(readParallelManifest(module), void 0, "no manifest: not parallel");
      writeFileSync(`${module}.json`, JSON.stringify({ parallel: { items: "length-prefixed", outputs: "concat", cyclesPerItem: 3 } }));
      assert.deepEqual(readParallelManifest(module), { items: "length-prefixed", outputs: "concat", cyclesPerItem: 3 });
      writeFileSync(`${module}.json`, JSON.stringify({}));
      assert.equal(readParallelManifest(module), void 0);
      writeFileSync(`${module}.json`, JSON.stringify({ parallel: { items: "lines", outputs: "concat" } }));
      assert.throws(() => readParallelManifest(module), /f\.wasm\.json is invalid: "items" must be one of/);
      writeFileSync(`${module}.json`, JSON.stringify({ parallel: { items: "grey-images", outputs: "concat", cyclesPerItem: 0 } }));
      assert.throws(() => readParallelManifest(module), /cyclesPerItem/);
      writeFileSync(`${module}.json`, '{"parallel":');
      assert.throws(() => readParallelManifest(module), /not JSON/);
      writeFileSync(`${module}.json`, " ".repeat(5e3));
      assert.throws(() => readParallelManifest(module), /larger than 4096 bytes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2Z1bmN0aW9ucy9wYXJhbGxlbC1tYW5pZmVzdC50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBta2R0ZW1wU3luYywgcm1TeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgZGVzY3JpYmUsIGl0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCB7IGRlY29kZU9jclF1ZXVlLCBlbmNvZGVPY3JRdWV1ZSwgZ2VuZXJhdGVPY3JJbWFnZXMgfSBmcm9tICcuL29jci1pbWFnZXMuanMnO1xuaW1wb3J0IHsgam9pbkl0ZW1zLCByZWFkUGFyYWxsZWxNYW5pZmVzdCwgc2xpY2VJdGVtcywgc3BsaXRJdGVtcyB9IGZyb20gJy4vcGFyYWxsZWwtbWFuaWZlc3QuanMnO1xuXG5mdW5jdGlvbiBsZW5ndGhQcmVmaXhlZChpdGVtczogbnVtYmVyW11bXSk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBwYXJ0cyA9IGl0ZW1zLm1hcCgoaXRlbSkgPT4ge1xuICAgIGNvbnN0IGJ5dGVzID0gbmV3IFVpbnQ4QXJyYXkoNCArIGl0ZW0ubGVuZ3RoKTtcbiAgICBuZXcgRGF0YVZpZXcoYnl0ZXMuYnVmZmVyKS5zZXRVaW50MzIoMCwgaXRlbS5sZW5ndGgsIHRydWUpO1xuICAgIGJ5dGVzLnNldChpdGVtLCA0KTtcbiAgICByZXR1cm4gYnl0ZXM7XG4gIH0pO1xuICByZXR1cm4gam9pbkl0ZW1zKHBhcnRzKTtcbn1cblxuZGVzY3JpYmUoJ3BhcmFsbGVsIG1hbmlmZXN0IGFuZCBpdGVtIGZyYW1pbmcnLCAoKSA9PiB7XG4gIGl0KCdzcGxpdHMgdGhlIG9jciBxdWV1ZSBpbnRvIGl0cyBpbWFnZXMgYW5kIGpvaW5zIHNsaWNlcyBiYWNrIHRvIHZhbGlkIHF1ZXVlcycsICgpID0+IHtcbiAgICBjb25zdCBpbWFnZXMgPSBnZW5lcmF0ZU9jckltYWdlcyh7IGNvdW50OiA1IH0pO1xuICAgIGNvbnN0IHN0YXRlID0gZW5jb2RlT2NyUXVldWUoaW1hZ2VzKTtcbiAgICBjb25zdCBpdGVtcyA9IHNwbGl0SXRlbXMoc3RhdGUsICdncmV5LWltYWdlcycpO1xuICAgIGFzc2VydC5lcXVhbChpdGVtcy5sZW5ndGgsIDUpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoam9pbkl0ZW1zKGl0ZW1zKSwgc3RhdGUpO1xuICAgIGNvbnN0IFthLCBiXSA9IHNsaWNlSXRlbXMoaXRlbXMsIDIpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZGVjb2RlT2NyUXVldWUoam9pbkl0ZW1zKGEhKSkubWFwKChpKSA9PiBpLnBpeGVscyksIGltYWdlcy5zbGljZSgwLCAzKS5tYXAoKGkpID0+IGkucGl4ZWxzKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChkZWNvZGVPY3JRdWV1ZShqb2luSXRlbXMoYiEpKS5tYXAoKGkpID0+IGkucGl4ZWxzKSwgaW1hZ2VzLnNsaWNlKDMpLm1hcCgoaSkgPT4gaS5waXhlbHMpKTtcbiAgfSk7XG5cbiAgaXQoJ2N1dHMgY29udGlndW91cyBzbGljZXMgb2YgbmVhcmx5IGVxdWFsIHNpemUsIG5ldmVyIGVtcHR5JywgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwoc2xpY2VJdGVtcyhbMSwgMiwgMywgNCwgNSwgNiwgN10sIDMpLCBbWzEsIDIsIDNdLCBbNCwgNV0sIFs2LCA3XV0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoc2xpY2VJdGVtcyhbMSwgMl0sIDUpLCBbWzFdLCBbMl1dKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHNsaWNlSXRlbXMoW10sIDMpLCBbW11dKTtcbiAgfSk7XG5cbiAgaXQoJ3JlZnVzZXMgYSBzdGF0ZSB3aG9zZSBmcmFtaW5nIGxpZXMsIGJlZm9yZSBhbGxvY2F0aW5nIGZvciBpdCcsICgpID0+IHtcbiAgICBjb25zdCBzdGF0ZSA9IGxlbmd0aFByZWZpeGVkKFtbMSwgMl0sIFszXV0pO1xuICAgIGFzc2VydC5lcXVhbChzcGxpdEl0ZW1zKHN0YXRlLCAnbGVuZ3RoLXByZWZpeGVkJykubGVuZ3RoLCAyKTtcbiAgICBjb25zdCBodWdlID0gbmV3IFVpbnQ4QXJyYXkoOCk7XG4gICAgbmV3IERhdGFWaWV3KGh1Z2UuYnVmZmVyKS5zZXRVaW50MzIoMCwgMHhmZmZmX2ZmZmYsIHRydWUpO1xuICAgIGFzc2VydC50aHJvd3MoKCkgPT4gc3BsaXRJdGVtcyhodWdlLCAnbGVuZ3RoLXByZWZpeGVkJyksIC9hIGNvdW50IG9mIDQyOTQ5NjcyOTUgaXRlbXMgaW4gOCBieXRlcy8pO1xuICAgIGFzc2VydC50aHJvd3MoKCkgPT4gc3BsaXRJdGVtcyhzdGF0ZS5zdWJhcnJheSgwLCBzdGF0ZS5sZW5ndGggLSAxKSwgJ2xlbmd0aC1wcmVmaXhlZCcpLCAvcnVucyBwYXN0IHRoZSBlbmQvKTtcbiAgICBhc3NlcnQudGhyb3dzKCgpID0+IHNwbGl0SXRlbXMobmV3IFVpbnQ4QXJyYXkoWy4uLnN0YXRlLCAwXSksICdsZW5ndGgtcHJlZml4ZWQnKSwgLzEgYnl0ZXMgYWZ0ZXIgdGhlIGxhc3QgaXRlbS8pO1xuICAgIGFzc2VydC50aHJvd3MoKCkgPT4gc3BsaXRJdGVtcyhuZXcgVWludDhBcnJheSgyKSwgJ2dyZXktaW1hZ2VzJyksIC9zaG9ydGVyIHRoYW4gaXRzIDQtYnl0ZSBjb3VudC8pO1xuICB9KTtcblxuICBpdCgncmVhZHMgTU9EVUxFLndhc20uanNvbiBiZXNpZGUgdGhlIG1vZHVsZSBhbmQgcmVqZWN0cyBhIGJhZCBvbmUgd2l0aCBpdHMgcGF0aCcsICgpID0+IHtcbiAgICBjb25zdCBkaXIgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCAnYWlydG50LW1hbmlmZXN0LScpKTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgbW9kdWxlID0gam9pbihkaXIsICdmLndhc20nKTtcbiAgICAgIGFzc2VydC5lcXVhbChyZWFkUGFyYWxsZWxNYW5pZmVzdChtb2R1bGUpLCB1bmRlZmluZWQsICdubyBtYW5pZmVzdDogbm90IHBhcmFsbGVsJyk7XG4gICAgICB3cml0ZUZpbGVTeW5jKGAke21vZHVsZX0uanNvbmAsIEpTT04uc3RyaW5naWZ5KHsgcGFyYWxsZWw6IHsgaXRlbXM6ICdsZW5ndGgtcHJlZml4ZWQnLCBvdXRwdXRzOiAnY29uY2F0JywgY3ljbGVzUGVySXRlbTogMyB9IH0pKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwocmVhZFBhcmFsbGVsTWFuaWZlc3QobW9kdWxlKSwgeyBpdGVtczogJ2xlbmd0aC1wcmVmaXhlZCcsIG91dHB1dHM6ICdjb25jYXQnLCBjeWNsZXNQZXJJdGVtOiAzIH0pO1xuICAgICAgd3JpdGVGaWxlU3luYyhgJHttb2R1bGV9Lmpzb25gLCBKU09OLnN0cmluZ2lmeSh7fSkpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJlYWRQYXJhbGxlbE1hbmlmZXN0KG1vZHVsZSksIHVuZGVmaW5lZCk7XG4gICAgICB3cml0ZUZpbGVTeW5jKGAke21vZHVsZX0uanNvbmAsIEpTT04uc3RyaW5naWZ5KHsgcGFyYWxsZWw6IHsgaXRlbXM6ICdsaW5lcycsIG91dHB1dHM6ICdjb25jYXQnIH0gfSkpO1xuICAgICAgYXNzZXJ0LnRocm93cygoKSA9PiByZWFkUGFyYWxsZWxNYW5pZmVzdChtb2R1bGUpLCAvZlxcLndhc21cXC5qc29uIGlzIGludmFsaWQ6IFwiaXRlbXNcIiBtdXN0IGJlIG9uZSBvZi8pO1xuICAgICAgd3JpdGVGaWxlU3luYyhgJHttb2R1bGV9Lmpzb25gLCBKU09OLnN0cmluZ2lmeSh7IHBhcmFsbGVsOiB7IGl0ZW1zOiAnZ3JleS1pbWFnZXMnLCBvdXRwdXRzOiAnY29uY2F0JywgY3ljbGVzUGVySXRlbTogMCB9IH0pKTtcbiAgICAgIGFzc2VydC50aHJvd3MoKCkgPT4gcmVhZFBhcmFsbGVsTWFuaWZlc3QobW9kdWxlKSwgL2N5Y2xlc1Blckl0ZW0vKTtcbiAgICAgIHdyaXRlRmlsZVN5bmMoYCR7bW9kdWxlfS5qc29uYCwgJ3tcInBhcmFsbGVsXCI6Jyk7XG4gICAgICBhc3NlcnQudGhyb3dzKCgpID0+IHJlYWRQYXJhbGxlbE1hbmlmZXN0KG1vZHVsZSksIC9ub3QgSlNPTi8pO1xuICAgICAgd3JpdGVGaWxlU3luYyhgJHttb2R1bGV9Lmpzb25gLCAnICcucmVwZWF0KDUwMDApKTtcbiAgICAgIGFzc2VydC50aHJvd3MoKCkgPT4gcmVhZFBhcmFsbGVsTWFuaWZlc3QobW9kdWxlKSwgL2xhcmdlciB0aGFuIDQwOTYgYnl0ZXMvKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgcm1TeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICAgIH1cbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICJBQUFBLE9BQU8sWUFBWTtBQUNuQixTQUFTLGFBQWEsUUFBUSxxQkFBcUI7QUFDbkQsU0FBUyxjQUFjO0FBQ3ZCLFNBQVMsWUFBWTtBQUNyQixTQUFTLFVBQVUsVUFBVTtBQUM3QixTQUFTLGdCQUFnQixnQkFBZ0IseUJBQXlCO0FBQ2xFLFNBQVMsV0FBVyxzQkFBc0IsWUFBWSxrQkFBa0I7QUFFeEUsU0FBUyxlQUFlLE9BQStCO0FBQ3JELFFBQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxTQUFTO0FBQ2hDLFVBQU0sUUFBUSxJQUFJLFdBQVcsSUFBSSxLQUFLLE1BQU07QUFDNUMsUUFBSSxTQUFTLE1BQU0sTUFBTSxFQUFFLFVBQVUsR0FBRyxLQUFLLFFBQVEsSUFBSTtBQUN6RCxVQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLFdBQU87QUFBQSxFQUNULENBQUM7QUFDRCxTQUFPLFVBQVUsS0FBSztBQUN4QjtBQUVBLFNBQVMsc0NBQXNDLE1BQU07QUFDbkQsS0FBRyw4RUFBOEUsTUFBTTtBQUNyRixVQUFNLFNBQVMsa0JBQWtCLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFDN0MsVUFBTSxRQUFRLGVBQWUsTUFBTTtBQUNuQyxVQUFNLFFBQVEsV0FBVyxPQUFPLGFBQWE7QUFDN0MsV0FBTyxNQUFNLE1BQU0sUUFBUSxDQUFDO0FBQzVCLFdBQU8sVUFBVSxVQUFVLEtBQUssR0FBRyxLQUFLO0FBQ3hDLFVBQU0sQ0FBQyxHQUFHLENBQUMsSUFBSSxXQUFXLE9BQU8sQ0FBQztBQUNsQyxXQUFPLFVBQVUsZUFBZSxVQUFVLENBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxHQUFHLE9BQU8sTUFBTSxHQUFHLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQztBQUM1RyxXQUFPLFVBQVUsZUFBZSxVQUFVLENBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxHQUFHLE9BQU8sTUFBTSxDQUFDLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUM7QUFBQSxFQUMzRyxDQUFDO0FBRUQsS0FBRyw0REFBNEQsTUFBTTtBQUNuRSxXQUFPLFVBQVUsV0FBVyxDQUFDLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFDbEYsV0FBTyxVQUFVLFdBQVcsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ2xELFdBQU8sVUFBVSxXQUFXLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQzFDLENBQUM7QUFFRCxLQUFHLGdFQUFnRSxNQUFNO0FBQ3ZFLFVBQU0sUUFBUSxlQUFlLENBQUMsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQzFDLFdBQU8sTUFBTSxXQUFXLE9BQU8saUJBQWlCLEVBQUUsUUFBUSxDQUFDO0FBQzNELFVBQU0sT0FBTyxJQUFJLFdBQVcsQ0FBQztBQUM3QixRQUFJLFNBQVMsS0FBSyxNQUFNLEVBQUUsVUFBVSxHQUFHLFlBQWEsSUFBSTtBQUN4RCxXQUFPLE9BQU8sTUFBTSxXQUFXLE1BQU0saUJBQWlCLEdBQUcsd0NBQXdDO0FBQ2pHLFdBQU8sT0FBTyxNQUFNLFdBQVcsTUFBTSxTQUFTLEdBQUcsTUFBTSxTQUFTLENBQUMsR0FBRyxpQkFBaUIsR0FBRyxtQkFBbUI7QUFDM0csV0FBTyxPQUFPLE1BQU0sV0FBVyxJQUFJLFdBQVcsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxDQUFDLEdBQUcsaUJBQWlCLEdBQUcsNkJBQTZCO0FBQy9HLFdBQU8sT0FBTyxNQUFNLFdBQVcsSUFBSSxXQUFXLENBQUMsR0FBRyxhQUFhLEdBQUcsK0JBQStCO0FBQUEsRUFDbkcsQ0FBQztBQUVELEtBQUcsZ0ZBQWdGLE1BQU07QUFDdkYsVUFBTSxNQUFNLFlBQVksS0FBSyxPQUFPLEdBQUcsa0JBQWtCLENBQUM7QUFDMUQsUUFBSTtBQUNGLFlBQU0sU0FBUyxLQUFLLEtBQUssUUFBUTtBQUNqQyxhQUFPLE1BQU0scUJBQXFCLE1BQU0sR0FBRyxRQUFXLDJCQUEyQjtBQUNqRixvQkFBYyxHQUFHLE1BQU0sU0FBUyxLQUFLLFVBQVUsRUFBRSxVQUFVLEVBQUUsT0FBTyxtQkFBbUIsU0FBUyxVQUFVLGVBQWUsRUFBRSxFQUFFLENBQUMsQ0FBQztBQUMvSCxhQUFPLFVBQVUscUJBQXFCLE1BQU0sR0FBRyxFQUFFLE9BQU8sbUJBQW1CLFNBQVMsVUFBVSxlQUFlLEVBQUUsQ0FBQztBQUNoSCxvQkFBYyxHQUFHLE1BQU0sU0FBUyxLQUFLLFVBQVUsQ0FBQyxDQUFDLENBQUM7QUFDbEQsYUFBTyxNQUFNLHFCQUFxQixNQUFNLEdBQUcsTUFBUztBQUNwRCxvQkFBYyxHQUFHLE1BQU0sU0FBUyxLQUFLLFVBQVUsRUFBRSxVQUFVLEVBQUUsT0FBTyxTQUFTLFNBQVMsU0FBUyxFQUFFLENBQUMsQ0FBQztBQUNuRyxhQUFPLE9BQU8sTUFBTSxxQkFBcUIsTUFBTSxHQUFHLGtEQUFrRDtBQUNwRyxvQkFBYyxHQUFHLE1BQU0sU0FBUyxLQUFLLFVBQVUsRUFBRSxVQUFVLEVBQUUsT0FBTyxlQUFlLFNBQVMsVUFBVSxlQUFlLEVBQUUsRUFBRSxDQUFDLENBQUM7QUFDM0gsYUFBTyxPQUFPLE1BQU0scUJBQXFCLE1BQU0sR0FBRyxlQUFlO0FBQ2pFLG9CQUFjLEdBQUcsTUFBTSxTQUFTLGNBQWM7QUFDOUMsYUFBTyxPQUFPLE1BQU0scUJBQXFCLE1BQU0sR0FBRyxVQUFVO0FBQzVELG9CQUFjLEdBQUcsTUFBTSxTQUFTLElBQUksT0FBTyxHQUFJLENBQUM7QUFDaEQsYUFBTyxPQUFPLE1BQU0scUJBQXFCLE1BQU0sR0FBRyx3QkFBd0I7QUFBQSxJQUM1RSxVQUFFO0FBQ0EsYUFBTyxLQUFLLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDOUM7QUFBQSxFQUNGLENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
