import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { ESLint } from "eslint";
import { packageRoot } from "../util/paths.js";
const PURITY_RULES = /* @__PURE__ */ new Set(["no-restricted-imports", "no-restricted-globals", "no-restricted-properties", "no-restricted-syntax"]);
describe("the protocol core purity rule", () => {
  let eslint;
  before(() => {
    eslint = new ESLint({ cwd: packageRoot() });
  });
  async function findings(code, path = "src/protocol/purity-fixture.ts") {
    const [result] = await eslint.lintText(code, { filePath: join(packageRoot(), path) });
    return result.messages.filter((message) => PURITY_RULES.has(message.ruleId ?? "")).map((message) => `${message.ruleId}: ${message.message}`);
  }
  const violations = [
    ["node: import", "import { sign } from 'node:crypto';\nexport const s = sign;"],
    ["bare builtin import", "import { readFileSync } from 'fs';\nexport const r = readFileSync;"],
    ["import from src/node", "import { Executor } from '../node/executor.js';\nexport type E = Executor;"],
    ["import from src/enclave", "import { wrapRound } from '../enclave/wrapper.js';\nexport const w = wrapRound;"],
    ["the node:crypto primitives", "import { NODE_PRIMITIVES } from '../crypto/node-primitives.js';\nexport const p = NODE_PRIMITIVES;"],
    ["a relative path that climbs out sideways", "import { x } from './sub/../../node/x.js';\nexport const y = x;"],
    ["an impure package", "import Database from 'better-sqlite3';\nexport const d = Database;"],
    ["a re-export from outside", "export { Executor } from '../node/executor.js';"],
    ["Date.now", "export const now = () => Date.now();"],
    ["new Date()", "export const now = () => new Date().getTime();"],
    ["Math.random", "export const pick = () => Math.random();"],
    ["process", "export const env = () => process.env.HOME;"],
    ["Buffer", "export const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');"],
    ["setTimeout", "export const later = (f: () => void) => setTimeout(f, 1);"],
    ["setInterval", "export const tick = (f: () => void) => setInterval(f, 1);"],
    ["performance.now", "export const t = () => performance.now();"],
    ["globalThis.process", "export const p = () => globalThis.process;"],
    ["dynamic import", "export const load = () => import('../node/executor.js');"]
  ];
  for (const [name, code] of violations) {
    it(`refuses ${name}`, async () => {
      const found = await findings(code);
      assert.ok(found.length > 0, `no purity finding for: ${code}`);
    });
  }
  it("accepts the allow-listed pure modules and packages", async () => {
    const code = [
      "import { keccak_256 } from '@noble/hashes/sha3.js';",
      "import { z } from 'zod';",
      "import { getAddress } from 'viem';",
      "import { toHex } from '../util/bytes.js';",
      "import { AirtntError } from '../util/errors.js';",
      "import { NOBLE_PRIMITIVES } from '../crypto/primitives.js';",
      "import { decodeRecord } from './record.js';",
      "export const all = [keccak_256, z, getAddress, toHex, AirtntError, NOBLE_PRIMITIVES, decodeRecord];"
    ].join("\n");
    assert.deepEqual(await findings(code), []);
  });
  it("holds for the modules the core imports too", async () => {
    assert.ok((await findings("import { randomBytes } from 'node:crypto';\nexport const r = randomBytes;", "src/crypto/layers.ts")).length > 0);
    assert.ok((await findings("export const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');", "src/util/bytes.ts")).length > 0);
  });
  it("does not apply to tests beside the core", async () => {
    assert.deepEqual(await findings("import assert from 'node:assert/strict';\nexport const a = assert;", "src/protocol/purity-fixture.test.ts"), []);
  });
  it("is obeyed by every file of the core", async () => {
    const files = readdirSync(join(packageRoot(), "src/protocol")).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
    assert.ok(files.length >= 10, "src/protocol was found");
    const results = await eslint.lintFiles(files.map((name) => join(packageRoot(), "src/protocol", name)));
    const broken = results.flatMap((result) => result.messages.filter((message) => PURITY_RULES.has(message.ruleId ?? "")).map((message) => `${result.filePath}:${message.line} ${message.message}`));
    assert.deepEqual(broken, []);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL3Byb3RvY29sL3B1cml0eS50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcHVyaXR5IGJvdW5kYXJ5IG9mIHRoZSBwcm90b2NvbCBjb3JlIGlzIGEgbGludCBydWxlIChlc2xpbnQuY29uZmlnLmpzKTsgdGhlc2UgdGVzdHMga2VlcCB0aGUgcnVsZVxuLy8gaXRzZWxmIGZyb20gYmVpbmcgd2Vha2VuZWQgb3IgZHJvcHBlZCB1bm5vdGljZWQsIGFuZCBjaGVjayB0aGUgY29yZSBvYmV5cyBpdC5cbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IHJlYWRkaXJTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IGJlZm9yZSwgZGVzY3JpYmUsIGl0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCB7IEVTTGludCB9IGZyb20gJ2VzbGludCc7XG5pbXBvcnQgeyBwYWNrYWdlUm9vdCB9IGZyb20gJy4uL3V0aWwvcGF0aHMuanMnO1xuXG5jb25zdCBQVVJJVFlfUlVMRVMgPSBuZXcgU2V0KFsnbm8tcmVzdHJpY3RlZC1pbXBvcnRzJywgJ25vLXJlc3RyaWN0ZWQtZ2xvYmFscycsICduby1yZXN0cmljdGVkLXByb3BlcnRpZXMnLCAnbm8tcmVzdHJpY3RlZC1zeW50YXgnXSk7XG5cbmRlc2NyaWJlKCd0aGUgcHJvdG9jb2wgY29yZSBwdXJpdHkgcnVsZScsICgpID0+IHtcbiAgbGV0IGVzbGludDogRVNMaW50O1xuICBiZWZvcmUoKCkgPT4ge1xuICAgIGVzbGludCA9IG5ldyBFU0xpbnQoeyBjd2Q6IHBhY2thZ2VSb290KCkgfSk7XG4gIH0pO1xuXG4gIC8qKiBUaGUgcHVyaXR5IGZpbmRpbmdzIChydWxlIGlkcykgZm9yIGBjb2RlYCBhcyBpZiBpdCB3ZXJlIHRoZSBmaWxlIGBwYXRoYC4gKi9cbiAgYXN5bmMgZnVuY3Rpb24gZmluZGluZ3MoY29kZTogc3RyaW5nLCBwYXRoID0gJ3NyYy9wcm90b2NvbC9wdXJpdHktZml4dHVyZS50cycpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gICAgY29uc3QgW3Jlc3VsdF0gPSBhd2FpdCBlc2xpbnQubGludFRleHQoY29kZSwgeyBmaWxlUGF0aDogam9pbihwYWNrYWdlUm9vdCgpLCBwYXRoKSB9KTtcbiAgICByZXR1cm4gcmVzdWx0IS5tZXNzYWdlcy5maWx0ZXIoKG1lc3NhZ2UpID0+IFBVUklUWV9SVUxFUy5oYXMobWVzc2FnZS5ydWxlSWQgPz8gJycpKS5tYXAoKG1lc3NhZ2UpID0+IGAke21lc3NhZ2UucnVsZUlkfTogJHttZXNzYWdlLm1lc3NhZ2V9YCk7XG4gIH1cblxuICBjb25zdCB2aW9sYXRpb25zOiBbc3RyaW5nLCBzdHJpbmddW10gPSBbXG4gICAgWydub2RlOiBpbXBvcnQnLCBcImltcG9ydCB7IHNpZ24gfSBmcm9tICdub2RlOmNyeXB0byc7XFxuZXhwb3J0IGNvbnN0IHMgPSBzaWduO1wiXSxcbiAgICBbJ2JhcmUgYnVpbHRpbiBpbXBvcnQnLCBcImltcG9ydCB7IHJlYWRGaWxlU3luYyB9IGZyb20gJ2ZzJztcXG5leHBvcnQgY29uc3QgciA9IHJlYWRGaWxlU3luYztcIl0sXG4gICAgWydpbXBvcnQgZnJvbSBzcmMvbm9kZScsIFwiaW1wb3J0IHsgRXhlY3V0b3IgfSBmcm9tICcuLi9ub2RlL2V4ZWN1dG9yLmpzJztcXG5leHBvcnQgdHlwZSBFID0gRXhlY3V0b3I7XCJdLFxuICAgIFsnaW1wb3J0IGZyb20gc3JjL2VuY2xhdmUnLCBcImltcG9ydCB7IHdyYXBSb3VuZCB9IGZyb20gJy4uL2VuY2xhdmUvd3JhcHBlci5qcyc7XFxuZXhwb3J0IGNvbnN0IHcgPSB3cmFwUm91bmQ7XCJdLFxuICAgIFsndGhlIG5vZGU6Y3J5cHRvIHByaW1pdGl2ZXMnLCBcImltcG9ydCB7IE5PREVfUFJJTUlUSVZFUyB9IGZyb20gJy4uL2NyeXB0by9ub2RlLXByaW1pdGl2ZXMuanMnO1xcbmV4cG9ydCBjb25zdCBwID0gTk9ERV9QUklNSVRJVkVTO1wiXSxcbiAgICBbJ2EgcmVsYXRpdmUgcGF0aCB0aGF0IGNsaW1icyBvdXQgc2lkZXdheXMnLCBcImltcG9ydCB7IHggfSBmcm9tICcuL3N1Yi8uLi8uLi9ub2RlL3guanMnO1xcbmV4cG9ydCBjb25zdCB5ID0geDtcIl0sXG4gICAgWydhbiBpbXB1cmUgcGFja2FnZScsIFwiaW1wb3J0IERhdGFiYXNlIGZyb20gJ2JldHRlci1zcWxpdGUzJztcXG5leHBvcnQgY29uc3QgZCA9IERhdGFiYXNlO1wiXSxcbiAgICBbJ2EgcmUtZXhwb3J0IGZyb20gb3V0c2lkZScsIFwiZXhwb3J0IHsgRXhlY3V0b3IgfSBmcm9tICcuLi9ub2RlL2V4ZWN1dG9yLmpzJztcIl0sXG4gICAgWydEYXRlLm5vdycsICdleHBvcnQgY29uc3Qgbm93ID0gKCkgPT4gRGF0ZS5ub3coKTsnXSxcbiAgICBbJ25ldyBEYXRlKCknLCAnZXhwb3J0IGNvbnN0IG5vdyA9ICgpID0+IG5ldyBEYXRlKCkuZ2V0VGltZSgpOyddLFxuICAgIFsnTWF0aC5yYW5kb20nLCAnZXhwb3J0IGNvbnN0IHBpY2sgPSAoKSA9PiBNYXRoLnJhbmRvbSgpOyddLFxuICAgIFsncHJvY2VzcycsICdleHBvcnQgY29uc3QgZW52ID0gKCkgPT4gcHJvY2Vzcy5lbnYuSE9NRTsnXSxcbiAgICBbJ0J1ZmZlcicsIFwiZXhwb3J0IGNvbnN0IGhleCA9IChiOiBVaW50OEFycmF5KSA9PiBCdWZmZXIuZnJvbShiKS50b1N0cmluZygnaGV4Jyk7XCJdLFxuICAgIFsnc2V0VGltZW91dCcsICdleHBvcnQgY29uc3QgbGF0ZXIgPSAoZjogKCkgPT4gdm9pZCkgPT4gc2V0VGltZW91dChmLCAxKTsnXSxcbiAgICBbJ3NldEludGVydmFsJywgJ2V4cG9ydCBjb25zdCB0aWNrID0gKGY6ICgpID0+IHZvaWQpID0+IHNldEludGVydmFsKGYsIDEpOyddLFxuICAgIFsncGVyZm9ybWFuY2Uubm93JywgJ2V4cG9ydCBjb25zdCB0ID0gKCkgPT4gcGVyZm9ybWFuY2Uubm93KCk7J10sXG4gICAgWydnbG9iYWxUaGlzLnByb2Nlc3MnLCAnZXhwb3J0IGNvbnN0IHAgPSAoKSA9PiBnbG9iYWxUaGlzLnByb2Nlc3M7J10sXG4gICAgWydkeW5hbWljIGltcG9ydCcsIFwiZXhwb3J0IGNvbnN0IGxvYWQgPSAoKSA9PiBpbXBvcnQoJy4uL25vZGUvZXhlY3V0b3IuanMnKTtcIl0sXG4gIF07XG4gIGZvciAoY29uc3QgW25hbWUsIGNvZGVdIG9mIHZpb2xhdGlvbnMpIHtcbiAgICBpdChgcmVmdXNlcyAke25hbWV9YCwgYXN5bmMgKCkgPT4ge1xuICAgICAgY29uc3QgZm91bmQgPSBhd2FpdCBmaW5kaW5ncyhjb2RlKTtcbiAgICAgIGFzc2VydC5vayhmb3VuZC5sZW5ndGggPiAwLCBgbm8gcHVyaXR5IGZpbmRpbmcgZm9yOiAke2NvZGV9YCk7XG4gICAgfSk7XG4gIH1cblxuICBpdCgnYWNjZXB0cyB0aGUgYWxsb3ctbGlzdGVkIHB1cmUgbW9kdWxlcyBhbmQgcGFja2FnZXMnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgY29kZSA9IFtcbiAgICAgIFwiaW1wb3J0IHsga2VjY2FrXzI1NiB9IGZyb20gJ0Bub2JsZS9oYXNoZXMvc2hhMy5qcyc7XCIsXG4gICAgICBcImltcG9ydCB7IHogfSBmcm9tICd6b2QnO1wiLFxuICAgICAgXCJpbXBvcnQgeyBnZXRBZGRyZXNzIH0gZnJvbSAndmllbSc7XCIsXG4gICAgICBcImltcG9ydCB7IHRvSGV4IH0gZnJvbSAnLi4vdXRpbC9ieXRlcy5qcyc7XCIsXG4gICAgICBcImltcG9ydCB7IEFpcnRudEVycm9yIH0gZnJvbSAnLi4vdXRpbC9lcnJvcnMuanMnO1wiLFxuICAgICAgXCJpbXBvcnQgeyBOT0JMRV9QUklNSVRJVkVTIH0gZnJvbSAnLi4vY3J5cHRvL3ByaW1pdGl2ZXMuanMnO1wiLFxuICAgICAgXCJpbXBvcnQgeyBkZWNvZGVSZWNvcmQgfSBmcm9tICcuL3JlY29yZC5qcyc7XCIsXG4gICAgICAnZXhwb3J0IGNvbnN0IGFsbCA9IFtrZWNjYWtfMjU2LCB6LCBnZXRBZGRyZXNzLCB0b0hleCwgQWlydG50RXJyb3IsIE5PQkxFX1BSSU1JVElWRVMsIGRlY29kZVJlY29yZF07JyxcbiAgICBdLmpvaW4oJ1xcbicpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgZmluZGluZ3MoY29kZSksIFtdKTtcbiAgfSk7XG5cbiAgaXQoJ2hvbGRzIGZvciB0aGUgbW9kdWxlcyB0aGUgY29yZSBpbXBvcnRzIHRvbycsIGFzeW5jICgpID0+IHtcbiAgICBhc3NlcnQub2soKGF3YWl0IGZpbmRpbmdzKFwiaW1wb3J0IHsgcmFuZG9tQnl0ZXMgfSBmcm9tICdub2RlOmNyeXB0byc7XFxuZXhwb3J0IGNvbnN0IHIgPSByYW5kb21CeXRlcztcIiwgJ3NyYy9jcnlwdG8vbGF5ZXJzLnRzJykpLmxlbmd0aCA+IDApO1xuICAgIGFzc2VydC5vaygoYXdhaXQgZmluZGluZ3MoXCJleHBvcnQgY29uc3QgaGV4ID0gKGI6IFVpbnQ4QXJyYXkpID0+IEJ1ZmZlci5mcm9tKGIpLnRvU3RyaW5nKCdoZXgnKTtcIiwgJ3NyYy91dGlsL2J5dGVzLnRzJykpLmxlbmd0aCA+IDApO1xuICB9KTtcblxuICBpdCgnZG9lcyBub3QgYXBwbHkgdG8gdGVzdHMgYmVzaWRlIHRoZSBjb3JlJywgYXN5bmMgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgZmluZGluZ3MoXCJpbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XFxuZXhwb3J0IGNvbnN0IGEgPSBhc3NlcnQ7XCIsICdzcmMvcHJvdG9jb2wvcHVyaXR5LWZpeHR1cmUudGVzdC50cycpLCBbXSk7XG4gIH0pO1xuXG4gIGl0KCdpcyBvYmV5ZWQgYnkgZXZlcnkgZmlsZSBvZiB0aGUgY29yZScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBmaWxlcyA9IHJlYWRkaXJTeW5jKGpvaW4ocGFja2FnZVJvb3QoKSwgJ3NyYy9wcm90b2NvbCcpKS5maWx0ZXIoKG5hbWUpID0+IG5hbWUuZW5kc1dpdGgoJy50cycpICYmICFuYW1lLmVuZHNXaXRoKCcudGVzdC50cycpKTtcbiAgICBhc3NlcnQub2soZmlsZXMubGVuZ3RoID49IDEwLCAnc3JjL3Byb3RvY29sIHdhcyBmb3VuZCcpO1xuICAgIGNvbnN0IHJlc3VsdHMgPSBhd2FpdCBlc2xpbnQubGludEZpbGVzKGZpbGVzLm1hcCgobmFtZSkgPT4gam9pbihwYWNrYWdlUm9vdCgpLCAnc3JjL3Byb3RvY29sJywgbmFtZSkpKTtcbiAgICBjb25zdCBicm9rZW4gPSByZXN1bHRzLmZsYXRNYXAoKHJlc3VsdCkgPT4gcmVzdWx0Lm1lc3NhZ2VzLmZpbHRlcigobWVzc2FnZSkgPT4gUFVSSVRZX1JVTEVTLmhhcyhtZXNzYWdlLnJ1bGVJZCA/PyAnJykpLm1hcCgobWVzc2FnZSkgPT4gYCR7cmVzdWx0LmZpbGVQYXRofToke21lc3NhZ2UubGluZX0gJHttZXNzYWdlLm1lc3NhZ2V9YCkpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoYnJva2VuLCBbXSk7XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiQUFFQSxPQUFPLFlBQVk7QUFDbkIsU0FBUyxtQkFBbUI7QUFDNUIsU0FBUyxZQUFZO0FBQ3JCLFNBQVMsUUFBUSxVQUFVLFVBQVU7QUFDckMsU0FBUyxjQUFjO0FBQ3ZCLFNBQVMsbUJBQW1CO0FBRTVCLE1BQU0sZUFBZSxvQkFBSSxJQUFJLENBQUMseUJBQXlCLHlCQUF5Qiw0QkFBNEIsc0JBQXNCLENBQUM7QUFFbkksU0FBUyxpQ0FBaUMsTUFBTTtBQUM5QyxNQUFJO0FBQ0osU0FBTyxNQUFNO0FBQ1gsYUFBUyxJQUFJLE9BQU8sRUFBRSxLQUFLLFlBQVksRUFBRSxDQUFDO0FBQUEsRUFDNUMsQ0FBQztBQUdELGlCQUFlLFNBQVMsTUFBYyxPQUFPLGtDQUFxRDtBQUNoRyxVQUFNLENBQUMsTUFBTSxJQUFJLE1BQU0sT0FBTyxTQUFTLE1BQU0sRUFBRSxVQUFVLEtBQUssWUFBWSxHQUFHLElBQUksRUFBRSxDQUFDO0FBQ3BGLFdBQU8sT0FBUSxTQUFTLE9BQU8sQ0FBQyxZQUFZLGFBQWEsSUFBSSxRQUFRLFVBQVUsRUFBRSxDQUFDLEVBQUUsSUFBSSxDQUFDLFlBQVksR0FBRyxRQUFRLE1BQU0sS0FBSyxRQUFRLE9BQU8sRUFBRTtBQUFBLEVBQzlJO0FBRUEsUUFBTSxhQUFpQztBQUFBLElBQ3JDLENBQUMsZ0JBQWdCLDZEQUE2RDtBQUFBLElBQzlFLENBQUMsdUJBQXVCLG9FQUFvRTtBQUFBLElBQzVGLENBQUMsd0JBQXdCLDRFQUE0RTtBQUFBLElBQ3JHLENBQUMsMkJBQTJCLGlGQUFpRjtBQUFBLElBQzdHLENBQUMsOEJBQThCLG9HQUFvRztBQUFBLElBQ25JLENBQUMsNENBQTRDLGlFQUFpRTtBQUFBLElBQzlHLENBQUMscUJBQXFCLG9FQUFvRTtBQUFBLElBQzFGLENBQUMsNEJBQTRCLGlEQUFpRDtBQUFBLElBQzlFLENBQUMsWUFBWSxzQ0FBc0M7QUFBQSxJQUNuRCxDQUFDLGNBQWMsZ0RBQWdEO0FBQUEsSUFDL0QsQ0FBQyxlQUFlLDBDQUEwQztBQUFBLElBQzFELENBQUMsV0FBVyw0Q0FBNEM7QUFBQSxJQUN4RCxDQUFDLFVBQVUsdUVBQXVFO0FBQUEsSUFDbEYsQ0FBQyxjQUFjLDJEQUEyRDtBQUFBLElBQzFFLENBQUMsZUFBZSwyREFBMkQ7QUFBQSxJQUMzRSxDQUFDLG1CQUFtQiwyQ0FBMkM7QUFBQSxJQUMvRCxDQUFDLHNCQUFzQiw0Q0FBNEM7QUFBQSxJQUNuRSxDQUFDLGtCQUFrQiwwREFBMEQ7QUFBQSxFQUMvRTtBQUNBLGFBQVcsQ0FBQyxNQUFNLElBQUksS0FBSyxZQUFZO0FBQ3JDLE9BQUcsV0FBVyxJQUFJLElBQUksWUFBWTtBQUNoQyxZQUFNLFFBQVEsTUFBTSxTQUFTLElBQUk7QUFDakMsYUFBTyxHQUFHLE1BQU0sU0FBUyxHQUFHLDBCQUEwQixJQUFJLEVBQUU7QUFBQSxJQUM5RCxDQUFDO0FBQUEsRUFDSDtBQUVBLEtBQUcsc0RBQXNELFlBQVk7QUFDbkUsVUFBTSxPQUFPO0FBQUEsTUFDWDtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxJQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ1gsV0FBTyxVQUFVLE1BQU0sU0FBUyxJQUFJLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDM0MsQ0FBQztBQUVELEtBQUcsOENBQThDLFlBQVk7QUFDM0QsV0FBTyxJQUFJLE1BQU0sU0FBUyw2RUFBNkUsc0JBQXNCLEdBQUcsU0FBUyxDQUFDO0FBQzFJLFdBQU8sSUFBSSxNQUFNLFNBQVMseUVBQXlFLG1CQUFtQixHQUFHLFNBQVMsQ0FBQztBQUFBLEVBQ3JJLENBQUM7QUFFRCxLQUFHLDJDQUEyQyxZQUFZO0FBQ3hELFdBQU8sVUFBVSxNQUFNLFNBQVMsc0VBQXNFLHFDQUFxQyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQ2xKLENBQUM7QUFFRCxLQUFHLHVDQUF1QyxZQUFZO0FBQ3BELFVBQU0sUUFBUSxZQUFZLEtBQUssWUFBWSxHQUFHLGNBQWMsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxTQUFTLEtBQUssU0FBUyxLQUFLLEtBQUssQ0FBQyxLQUFLLFNBQVMsVUFBVSxDQUFDO0FBQ2xJLFdBQU8sR0FBRyxNQUFNLFVBQVUsSUFBSSx3QkFBd0I7QUFDdEQsVUFBTSxVQUFVLE1BQU0sT0FBTyxVQUFVLE1BQU0sSUFBSSxDQUFDLFNBQVMsS0FBSyxZQUFZLEdBQUcsZ0JBQWdCLElBQUksQ0FBQyxDQUFDO0FBQ3JHLFVBQU0sU0FBUyxRQUFRLFFBQVEsQ0FBQyxXQUFXLE9BQU8sU0FBUyxPQUFPLENBQUMsWUFBWSxhQUFhLElBQUksUUFBUSxVQUFVLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxZQUFZLEdBQUcsT0FBTyxRQUFRLElBQUksUUFBUSxJQUFJLElBQUksUUFBUSxPQUFPLEVBQUUsQ0FBQztBQUNoTSxXQUFPLFVBQVUsUUFBUSxDQUFDLENBQUM7QUFBQSxFQUM3QixDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
