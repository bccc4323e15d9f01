import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { AirtntError } from "../util/errors.js";
import { machineInfo } from "./machine.js";
import { runPaper, writePaperResults } from "./paper.js";
import { goalsOf } from "./report.js";
function fakeRunners(failOcrParallel = false) {
  const calls = [];
  const common = (rounds, perRoundMs, perRoundBytes) => ({
    runs: 1,
    rounds,
    latencyMs: rounds * perRoundMs,
    bareMs: 1,
    enclaveMs: rounds * 0.1 + 5,
    bytesSent: rounds * perRoundBytes,
    bytesReceived: rounds * perRoundBytes * 2,
    bytesTotal: rounds * perRoundBytes * 3,
    openMs: 20,
    settleMs: 30,
    phases: { enclaveMs: rounds * 0.1 + 5, payMs: rounds * 0.2 },
    bytes: { recordBytes: rounds * 100 },
    spread: {},
    insecure: true,
    machine: machineInfo(),
    notes: ["synthetic"]
  });
  return {
    calls,
    async life(params) {
      calls.push(`life ${params.grid} ${params.perRound}`);
      const rounds = Math.ceil(params.cycles / params.perRound);
      return { benchmark: "life", params: { ...params, pattern: "test" }, correct: true, ...common(rounds, 1.2, params.grid * 4) };
    },
    async ocr(params) {
      calls.push(`ocr ${params.executors} ${params.perRound}`);
      if (failOcrParallel && params.executors > 1) throw new AirtntError("EXECUTOR_DISCONNECTED", "executor went away\nsecond line");
      const rounds = Math.ceil(params.images / params.perRound);
      return { benchmark: "ocr", params: { ...params, imageBytes: 1024 }, accuracy: 0.99, ...common(rounds, 3, 1024 * params.perRound) };
    },
    async gas() {
      calls.push("gas");
      return { rows: [{ operation: "open", gas: 5e4 }, { operation: "close", gas: 3e4 }], openCloseGas: 8e4, source: "test" };
    }
  };
}
const options = { grids: [10, 50], perRound: [10, 200, 990], cycles: 1e3, runs: 1, ocrImages: 1e3, ocrExecutors: 2 };
describe("bench paper sweep", () => {
  it("runs every point, keeps going after a failure and reports progress", async () => {
    const runners = fakeRunners(true);
    const progress = [];
    const result = await runPaper({ ...options, log: (line) => progress.push(line) }, runners);
    assert.equal(runners.calls.length, 1 + 2 * 3 + 3 + 2, "the failing point is retried once");
    assert.equal(result.life.length, 6);
    assert.equal(result.ocr.length, 3);
    assert.equal(result.ocrParallel, null);
    assert.deepEqual(result.errors.map((e) => e.what), ["ocr 1000 images, 2 executors in parallel"]);
    assert.equal(progress.length, 12);
    assert.match(progress[10], /^\[11\/11\] ocr 1000 images, 2 executors in parallel: retrying after executor went away$/);
    assert.match(progress[0], /^\[1\/11\] gas: open \+ close 80000 gas/);
    assert.match(progress.at(-1), /FAILED: executor went away$/);
    assert.ok(runners.calls.includes("ocr 2 200"), "the parallel point splits the images at the largest cycles per round that fits");
  });
  it("fills the goals table from the sweep", async () => {
    const result = await runPaper({ ...options, log: () => {
    } }, fakeRunners());
    const goals = Object.fromEntries(goalsOf(result).map((g) => [g.id, g]));
    assert.equal(goals["life50-200-latency"].measured, 5 * 1.2);
    assert.equal(goals["life50-200-bytes"].measured, 5 * 200 * 3);
    assert.equal(goals["life50-200-bytes"].met, true);
    assert.equal(goals["life50-10-latency"].measured, 100 * 1.2);
    assert.equal(goals["life50-10-bytes"].met, false, "100 rounds x 600 B = 60 kB > 30 kB");
    assert.ok(Math.abs(goals["enclave-call-ratio"].measured - 15 / 5.2) < 1e-9);
    assert.equal(goals["ocr-1000-latency"].measured, 5 * 3);
    assert.equal(goals["gas-open-close"].measured, 8e4);
  });
  it("writes JSON, one SVG per figure and a report that names the machine and the caveat", async () => {
    const result = await runPaper({ ...options, log: () => {
    } }, fakeRunners(true));
    const dir = mkdtempSync(join(tmpdir(), "airtnt-bench-"));
    try {
      writePaperResults(result, dir);
      const files = readdirSync(dir).sort();
      for (const name of ["paper.json", "life.json", "ocr.json", "gas.json", "goals.json", "report.md", "fig3-life-latency.svg", "fig6-life-enclave-ratio.svg", "fig10-ocr-enclave-calls.svg"]) {
        assert.ok(files.includes(name), `${name} missing from ${files.join(", ")}`);
      }
      assert.ok(!files.some((f) => f.endsWith(".tmp")));
      assert.equal(files.filter((f) => f.endsWith(".svg")).length, 9);
      const paper = JSON.parse(readFileSync(join(dir, "paper.json"), "utf8"));
      assert.equal(paper.life.length, 6);
      const report = readFileSync(join(dir, "report.md"), "utf8");
      assert.match(report, new RegExp(`${machineInfo().cores} cores`));
      assert.match(report, /other hardware over the internet/);
      assert.match(report, /loopback/);
      assert.match(report, /Node\.js v\d+/);
      assert.match(report, /\| GoL 50x50, 200 cycles per round: latency \| <= 20\.0 ms \| 6\.00 ms \| 332 ms \| yes \|/);
      assert.match(report, /## Points that failed\n\n- ocr 1000 images, 2 executors in parallel: executor went away\n/);
      assert.match(report, /!\[Figure 3[^\]]*\]\(fig3-life-latency\.svg\)/);
      const fig3 = readFileSync(join(dir, "fig3-life-latency.svg"), "utf8");
      assert.match(fig3, /Airtnt 50x50 \(paper\)/);
      assert.match(fig3, /latency \[ms\] \(log\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2JlbmNoL3BhcGVyLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IG1rZHRlbXBTeW5jLCByZWFkRmlsZVN5bmMsIHJlYWRkaXJTeW5jLCBybVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IHRtcGRpciB9IGZyb20gJ25vZGU6b3MnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBkZXNjcmliZSwgaXQgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IHsgQWlydG50RXJyb3IgfSBmcm9tICcuLi91dGlsL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBtYWNoaW5lSW5mbyB9IGZyb20gJy4vbWFjaGluZS5qcyc7XG5pbXBvcnQgeyBydW5QYXBlciwgd3JpdGVQYXBlclJlc3VsdHMsIHR5cGUgUGFwZXJSdW5uZXJzIH0gZnJvbSAnLi9wYXBlci5qcyc7XG5pbXBvcnQgeyBnb2Fsc09mIH0gZnJvbSAnLi9yZXBvcnQuanMnO1xuaW1wb3J0IHR5cGUgeyBMaWZlQmVuY2hSZXN1bHQsIE9jckJlbmNoUmVzdWx0IH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbi8qKiBTeW50aGV0aWMgcmVzdWx0cyB3aXRoIHRoZSBzaGFwZSB0aGUgcmVhbCBydW5uZXJzIHJldHVybjogYSBmaXhlZCBjb3N0IHBlciByb3VuZCBwbHVzIGEgY29zdCBwZXIgY3ljbGUuICovXG5mdW5jdGlvbiBmYWtlUnVubmVycyhmYWlsT2NyUGFyYWxsZWwgPSBmYWxzZSk6IFBhcGVyUnVubmVycyAmIHsgY2FsbHM6IHN0cmluZ1tdIH0ge1xuICBjb25zdCBjYWxsczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgY29tbW9uID0gKHJvdW5kczogbnVtYmVyLCBwZXJSb3VuZE1zOiBudW1iZXIsIHBlclJvdW5kQnl0ZXM6IG51bWJlcikgPT4gKHtcbiAgICBydW5zOiAxLFxuICAgIHJvdW5kcyxcbiAgICBsYXRlbmN5TXM6IHJvdW5kcyAqIHBlclJvdW5kTXMsXG4gICAgYmFyZU1zOiAxLFxuICAgIGVuY2xhdmVNczogcm91bmRzICogMC4xICsgNSxcbiAgICBieXRlc1NlbnQ6IHJvdW5kcyAqIHBlclJvdW5kQnl0ZXMsXG4gICAgYnl0ZXNSZWNlaXZlZDogcm91bmRzICogcGVyUm91bmRCeXRlcyAqIDIsXG4gICAgYnl0ZXNUb3RhbDogcm91bmRzICogcGVyUm91bmRCeXRlcyAqIDMsXG4gICAgb3Blbk1zOiAyMCxcbiAgICBzZXR0bGVNczogMzAsXG4gICAgcGhhc2VzOiB7IGVuY2xhdmVNczogcm91bmRzICogMC4xICsgNSwgcGF5TXM6IHJvdW5kcyAqIDAuMiB9LFxuICAgIGJ5dGVzOiB7IHJlY29yZEJ5dGVzOiByb3VuZHMgKiAxMDAgfSxcbiAgICBzcHJlYWQ6IHt9LFxuICAgIGluc2VjdXJlOiB0cnVlIGFzIGNvbnN0LFxuICAgIG1hY2hpbmU6IG1hY2hpbmVJbmZvKCksXG4gICAgbm90ZXM6IFsnc3ludGhldGljJ10sXG4gIH0pO1xuICByZXR1cm4ge1xuICAgIGNhbGxzLFxuICAgIGFzeW5jIGxpZmUocGFyYW1zKTogUHJvbWlzZTxMaWZlQmVuY2hSZXN1bHQ+IHtcbiAgICAgIGNhbGxzLnB1c2goYGxpZmUgJHtwYXJhbXMuZ3JpZH0gJHtwYXJhbXMucGVyUm91bmR9YCk7XG4gICAgICBjb25zdCByb3VuZHMgPSBNYXRoLmNlaWwocGFyYW1zLmN5Y2xlcyAvIHBhcmFtcy5wZXJSb3VuZCk7XG4gICAgICByZXR1cm4geyBiZW5jaG1hcms6ICdsaWZlJywgcGFyYW1zOiB7IC4uLnBhcmFtcywgcGF0dGVybjogJ3Rlc3QnIH0sIGNvcnJlY3Q6IHRydWUsIC4uLmNvbW1vbihyb3VuZHMsIDEuMiwgcGFyYW1zLmdyaWQgKiA0KSB9O1xuICAgIH0sXG4gICAgYXN5bmMgb2NyKHBhcmFtcyk6IFByb21pc2U8T2NyQmVuY2hSZXN1bHQ+IHtcbiAgICAgIGNhbGxzLnB1c2goYG9jciAke3BhcmFtcy5leGVjdXRvcnN9ICR7cGFyYW1zLnBlclJvdW5kfWApO1xuICAgICAgaWYgKGZhaWxPY3JQYXJhbGxlbCAmJiBwYXJhbXMuZXhlY3V0b3JzID4gMSkgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdFWEVDVVRPUl9ESVNDT05ORUNURUQnLCAnZXhlY3V0b3Igd2VudCBhd2F5XFxuc2Vjb25kIGxpbmUnKTtcbiAgICAgIGNvbnN0IHJvdW5kcyA9IE1hdGguY2VpbChwYXJhbXMuaW1hZ2VzIC8gcGFyYW1zLnBlclJvdW5kKTtcbiAgICAgIHJldHVybiB7IGJlbmNobWFyazogJ29jcicsIHBhcmFtczogeyAuLi5wYXJhbXMsIGltYWdlQnl0ZXM6IDEwMjQgfSwgYWNjdXJhY3k6IDAuOTksIC4uLmNvbW1vbihyb3VuZHMsIDMsIDEwMjQgKiBwYXJhbXMucGVyUm91bmQpIH07XG4gICAgfSxcbiAgICBhc3luYyBnYXMoKSB7XG4gICAgICBjYWxscy5wdXNoKCdnYXMnKTtcbiAgICAgIHJldHVybiB7IHJvd3M6IFt7IG9wZXJhdGlvbjogJ29wZW4nLCBnYXM6IDUwXzAwMCB9LCB7IG9wZXJhdGlvbjogJ2Nsb3NlJywgZ2FzOiAzMF8wMDAgfV0sIG9wZW5DbG9zZUdhczogODBfMDAwLCBzb3VyY2U6ICd0ZXN0JyB9O1xuICAgIH0sXG4gIH07XG59XG5cbmNvbnN0IG9wdGlvbnMgPSB7IGdyaWRzOiBbMTAsIDUwXSwgcGVyUm91bmQ6IFsxMCwgMjAwLCA5OTBdLCBjeWNsZXM6IDEwMDAsIHJ1bnM6IDEsIG9jckltYWdlczogMTAwMCwgb2NyRXhlY3V0b3JzOiAyIH07XG5cbmRlc2NyaWJlKCdiZW5jaCBwYXBlciBzd2VlcCcsICgpID0+IHtcbiAgaXQoJ3J1bnMgZXZlcnkgcG9pbnQsIGtlZXBzIGdvaW5nIGFmdGVyIGEgZmFpbHVyZSBhbmQgcmVwb3J0cyBwcm9ncmVzcycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBydW5uZXJzID0gZmFrZVJ1bm5lcnModHJ1ZSk7XG4gICAgY29uc3QgcHJvZ3Jlc3M6IHN0cmluZ1tdID0gW107XG4gICAgY29uc3QgcmVzdWx0ID0gYXdhaXQgcnVuUGFwZXIoeyAuLi5vcHRpb25zLCBsb2c6IChsaW5lKSA9PiBwcm9ncmVzcy5wdXNoKGxpbmUpIH0sIHJ1bm5lcnMpO1xuICAgIGFzc2VydC5lcXVhbChydW5uZXJzLmNhbGxzLmxlbmd0aCwgMSArIDIgKiAzICsgMyArIDIsICd0aGUgZmFpbGluZyBwb2ludCBpcyByZXRyaWVkIG9uY2UnKTtcbiAgICBhc3NlcnQuZXF1YWwocmVzdWx0LmxpZmUubGVuZ3RoLCA2KTtcbiAgICBhc3NlcnQuZXF1YWwocmVzdWx0Lm9jci5sZW5ndGgsIDMpO1xuICAgIGFzc2VydC5lcXVhbChyZXN1bHQub2NyUGFyYWxsZWwsIG51bGwpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocmVzdWx0LmVycm9ycy5tYXAoKGUpID0+IGUud2hhdCksIFsnb2NyIDEwMDAgaW1hZ2VzLCAyIGV4ZWN1dG9ycyBpbiBwYXJhbGxlbCddKTtcbiAgICBhc3NlcnQuZXF1YWwocHJvZ3Jlc3MubGVuZ3RoLCAxMik7XG4gICAgYXNzZXJ0Lm1hdGNoKHByb2dyZXNzWzEwXSEsIC9eXFxbMTFcXC8xMVxcXSBvY3IgMTAwMCBpbWFnZXMsIDIgZXhlY3V0b3JzIGluIHBhcmFsbGVsOiByZXRyeWluZyBhZnRlciBleGVjdXRvciB3ZW50IGF3YXkkLyk7XG4gICAgYXNzZXJ0Lm1hdGNoKHByb2dyZXNzWzBdISwgL15cXFsxXFwvMTFcXF0gZ2FzOiBvcGVuIFxcKyBjbG9zZSA4MDAwMCBnYXMvKTtcbiAgICBhc3NlcnQubWF0Y2gocHJvZ3Jlc3MuYXQoLTEpISwgL0ZBSUxFRDogZXhlY3V0b3Igd2VudCBhd2F5JC8pO1xuICAgIGFzc2VydC5vayhydW5uZXJzLmNhbGxzLmluY2x1ZGVzKCdvY3IgMiAyMDAnKSwgJ3RoZSBwYXJhbGxlbCBwb2ludCBzcGxpdHMgdGhlIGltYWdlcyBhdCB0aGUgbGFyZ2VzdCBjeWNsZXMgcGVyIHJvdW5kIHRoYXQgZml0cycpO1xuICB9KTtcblxuICBpdCgnZmlsbHMgdGhlIGdvYWxzIHRhYmxlIGZyb20gdGhlIHN3ZWVwJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHJ1blBhcGVyKHsgLi4ub3B0aW9ucywgbG9nOiAoKSA9PiB7fSB9LCBmYWtlUnVubmVycygpKTtcbiAgICBjb25zdCBnb2FscyA9IE9iamVjdC5mcm9tRW50cmllcyhnb2Fsc09mKHJlc3VsdCkubWFwKChnKSA9PiBbZy5pZCwgZ10pKTtcbiAgICBhc3NlcnQuZXF1YWwoZ29hbHNbJ2xpZmU1MC0yMDAtbGF0ZW5jeSddIS5tZWFzdXJlZCwgNSAqIDEuMik7XG4gICAgYXNzZXJ0LmVxdWFsKGdvYWxzWydsaWZlNTAtMjAwLWJ5dGVzJ10hLm1lYXN1cmVkLCA1ICogMjAwICogMyk7XG4gICAgYXNzZXJ0LmVxdWFsKGdvYWxzWydsaWZlNTAtMjAwLWJ5dGVzJ10hLm1ldCwgdHJ1ZSk7XG4gICAgYXNzZXJ0LmVxdWFsKGdvYWxzWydsaWZlNTAtMTAtbGF0ZW5jeSddIS5tZWFzdXJlZCwgMTAwICogMS4yKTtcbiAgICBhc3NlcnQuZXF1YWwoZ29hbHNbJ2xpZmU1MC0xMC1ieXRlcyddIS5tZXQsIGZhbHNlLCAnMTAwIHJvdW5kcyB4IDYwMCBCID0gNjAga0IgPiAzMCBrQicpO1xuICAgIGFzc2VydC5vayhNYXRoLmFicyhnb2Fsc1snZW5jbGF2ZS1jYWxsLXJhdGlvJ10hLm1lYXN1cmVkISAtIDE1IC8gNS4yKSA8IDFlLTkpO1xuICAgIGFzc2VydC5lcXVhbChnb2Fsc1snb2NyLTEwMDAtbGF0ZW5jeSddIS5tZWFzdXJlZCwgNSAqIDMpO1xuICAgIGFzc2VydC5lcXVhbChnb2Fsc1snZ2FzLW9wZW4tY2xvc2UnXSEubWVhc3VyZWQsIDgwXzAwMCk7XG4gIH0pO1xuXG4gIGl0KCd3cml0ZXMgSlNPTiwgb25lIFNWRyBwZXIgZmlndXJlIGFuZCBhIHJlcG9ydCB0aGF0IG5hbWVzIHRoZSBtYWNoaW5lIGFuZCB0aGUgY2F2ZWF0JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHJ1blBhcGVyKHsgLi4ub3B0aW9ucywgbG9nOiAoKSA9PiB7fSB9LCBmYWtlUnVubmVycyh0cnVlKSk7XG4gICAgY29uc3QgZGlyID0gbWtkdGVtcFN5bmMoam9pbih0bXBkaXIoKSwgJ2FpcnRudC1iZW5jaC0nKSk7XG4gICAgdHJ5IHtcbiAgICAgIHdyaXRlUGFwZXJSZXN1bHRzKHJlc3VsdCwgZGlyKTtcbiAgICAgIGNvbnN0IGZpbGVzID0gcmVhZGRpclN5bmMoZGlyKS5zb3J0KCk7XG4gICAgICBmb3IgKGNvbnN0IG5hbWUgb2YgWydwYXBlci5qc29uJywgJ2xpZmUuanNvbicsICdvY3IuanNvbicsICdnYXMuanNvbicsICdnb2Fscy5qc29uJywgJ3JlcG9ydC5tZCcsICdmaWczLWxpZmUtbGF0ZW5jeS5zdmcnLCAnZmlnNi1saWZlLWVuY2xhdmUtcmF0aW8uc3ZnJywgJ2ZpZzEwLW9jci1lbmNsYXZlLWNhbGxzLnN2ZyddKSB7XG4gICAgICAgIGFzc2VydC5vayhmaWxlcy5pbmNsdWRlcyhuYW1lKSwgYCR7bmFtZX0gbWlzc2luZyBmcm9tICR7ZmlsZXMuam9pbignLCAnKX1gKTtcbiAgICAgIH1cbiAgICAgIGFzc2VydC5vayghZmlsZXMuc29tZSgoZikgPT4gZi5lbmRzV2l0aCgnLnRtcCcpKSk7XG4gICAgICBhc3NlcnQuZXF1YWwoZmlsZXMuZmlsdGVyKChmKSA9PiBmLmVuZHNXaXRoKCcuc3ZnJykpLmxlbmd0aCwgOSk7XG4gICAgICBjb25zdCBwYXBlciA9IEpTT04ucGFyc2UocmVhZEZpbGVTeW5jKGpvaW4oZGlyLCAncGFwZXIuanNvbicpLCAndXRmOCcpKTtcbiAgICAgIGFzc2VydC5lcXVhbChwYXBlci5saWZlLmxlbmd0aCwgNik7XG4gICAgICBjb25zdCByZXBvcnQgPSByZWFkRmlsZVN5bmMoam9pbihkaXIsICdyZXBvcnQubWQnKSwgJ3V0ZjgnKTtcbiAgICAgIGFzc2VydC5tYXRjaChyZXBvcnQsIG5ldyBSZWdFeHAoYCR7bWFjaGluZUluZm8oKS5jb3Jlc30gY29yZXNgKSk7XG4gICAgICBhc3NlcnQubWF0Y2gocmVwb3J0LCAvb3RoZXIgaGFyZHdhcmUgb3ZlciB0aGUgaW50ZXJuZXQvKTtcbiAgICAgIGFzc2VydC5tYXRjaChyZXBvcnQsIC9sb29wYmFjay8pO1xuICAgICAgYXNzZXJ0Lm1hdGNoKHJlcG9ydCwgL05vZGVcXC5qcyB2XFxkKy8pO1xuICAgICAgYXNzZXJ0Lm1hdGNoKHJlcG9ydCwgL1xcfCBHb0wgNTB4NTAsIDIwMCBjeWNsZXMgcGVyIHJvdW5kOiBsYXRlbmN5IFxcfCA8PSAyMFxcLjAgbXMgXFx8IDZcXC4wMCBtcyBcXHwgMzMyIG1zIFxcfCB5ZXMgXFx8Lyk7XG4gICAgICBhc3NlcnQubWF0Y2gocmVwb3J0LCAvIyMgUG9pbnRzIHRoYXQgZmFpbGVkXFxuXFxuLSBvY3IgMTAwMCBpbWFnZXMsIDIgZXhlY3V0b3JzIGluIHBhcmFsbGVsOiBleGVjdXRvciB3ZW50IGF3YXlcXG4vKTtcbiAgICAgIGFzc2VydC5tYXRjaChyZXBvcnQsIC8hXFxbRmlndXJlIDNbXlxcXV0qXFxdXFwoZmlnMy1saWZlLWxhdGVuY3lcXC5zdmdcXCkvKTtcbiAgICAgIGNvbnN0IGZpZzMgPSByZWFkRmlsZVN5bmMoam9pbihkaXIsICdmaWczLWxpZmUtbGF0ZW5jeS5zdmcnKSwgJ3V0ZjgnKTtcbiAgICAgIGFzc2VydC5tYXRjaChmaWczLCAvQWlydG50IDUweDUwIFxcKHBhcGVyXFwpLyk7XG4gICAgICBhc3NlcnQubWF0Y2goZmlnMywgL2xhdGVuY3kgXFxbbXNcXF0gXFwobG9nXFwpLyk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgICB9XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiQUFBQSxPQUFPLFlBQVk7QUFDbkIsU0FBUyxhQUFhLGNBQWMsYUFBYSxjQUFjO0FBQy9ELFNBQVMsY0FBYztBQUN2QixTQUFTLFlBQVk7QUFDckIsU0FBUyxVQUFVLFVBQVU7QUFDN0IsU0FBUyxtQkFBbUI7QUFDNUIsU0FBUyxtQkFBbUI7QUFDNUIsU0FBUyxVQUFVLHlCQUE0QztBQUMvRCxTQUFTLGVBQWU7QUFJeEIsU0FBUyxZQUFZLGtCQUFrQixPQUEyQztBQUNoRixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxTQUFTLENBQUMsUUFBZ0IsWUFBb0IsbUJBQTJCO0FBQUEsSUFDN0UsTUFBTTtBQUFBLElBQ047QUFBQSxJQUNBLFdBQVcsU0FBUztBQUFBLElBQ3BCLFFBQVE7QUFBQSxJQUNSLFdBQVcsU0FBUyxNQUFNO0FBQUEsSUFDMUIsV0FBVyxTQUFTO0FBQUEsSUFDcEIsZUFBZSxTQUFTLGdCQUFnQjtBQUFBLElBQ3hDLFlBQVksU0FBUyxnQkFBZ0I7QUFBQSxJQUNyQyxRQUFRO0FBQUEsSUFDUixVQUFVO0FBQUEsSUFDVixRQUFRLEVBQUUsV0FBVyxTQUFTLE1BQU0sR0FBRyxPQUFPLFNBQVMsSUFBSTtBQUFBLElBQzNELE9BQU8sRUFBRSxhQUFhLFNBQVMsSUFBSTtBQUFBLElBQ25DLFFBQVEsQ0FBQztBQUFBLElBQ1QsVUFBVTtBQUFBLElBQ1YsU0FBUyxZQUFZO0FBQUEsSUFDckIsT0FBTyxDQUFDLFdBQVc7QUFBQSxFQUNyQjtBQUNBLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxNQUFNLEtBQUssUUFBa0M7QUFDM0MsWUFBTSxLQUFLLFFBQVEsT0FBTyxJQUFJLElBQUksT0FBTyxRQUFRLEVBQUU7QUFDbkQsWUFBTSxTQUFTLEtBQUssS0FBSyxPQUFPLFNBQVMsT0FBTyxRQUFRO0FBQ3hELGFBQU8sRUFBRSxXQUFXLFFBQVEsUUFBUSxFQUFFLEdBQUcsUUFBUSxTQUFTLE9BQU8sR0FBRyxTQUFTLE1BQU0sR0FBRyxPQUFPLFFBQVEsS0FBSyxPQUFPLE9BQU8sQ0FBQyxFQUFFO0FBQUEsSUFDN0g7QUFBQSxJQUNBLE1BQU0sSUFBSSxRQUFpQztBQUN6QyxZQUFNLEtBQUssT0FBTyxPQUFPLFNBQVMsSUFBSSxPQUFPLFFBQVEsRUFBRTtBQUN2RCxVQUFJLG1CQUFtQixPQUFPLFlBQVksRUFBRyxPQUFNLElBQUksWUFBWSx5QkFBeUIsaUNBQWlDO0FBQzdILFlBQU0sU0FBUyxLQUFLLEtBQUssT0FBTyxTQUFTLE9BQU8sUUFBUTtBQUN4RCxhQUFPLEVBQUUsV0FBVyxPQUFPLFFBQVEsRUFBRSxHQUFHLFFBQVEsWUFBWSxLQUFLLEdBQUcsVUFBVSxNQUFNLEdBQUcsT0FBTyxRQUFRLEdBQUcsT0FBTyxPQUFPLFFBQVEsRUFBRTtBQUFBLElBQ25JO0FBQUEsSUFDQSxNQUFNLE1BQU07QUFDVixZQUFNLEtBQUssS0FBSztBQUNoQixhQUFPLEVBQUUsTUFBTSxDQUFDLEVBQUUsV0FBVyxRQUFRLEtBQUssSUFBTyxHQUFHLEVBQUUsV0FBVyxTQUFTLEtBQUssSUFBTyxDQUFDLEdBQUcsY0FBYyxLQUFRLFFBQVEsT0FBTztBQUFBLElBQ2pJO0FBQUEsRUFDRjtBQUNGO0FBRUEsTUFBTSxVQUFVLEVBQUUsT0FBTyxDQUFDLElBQUksRUFBRSxHQUFHLFVBQVUsQ0FBQyxJQUFJLEtBQUssR0FBRyxHQUFHLFFBQVEsS0FBTSxNQUFNLEdBQUcsV0FBVyxLQUFNLGNBQWMsRUFBRTtBQUVySCxTQUFTLHFCQUFxQixNQUFNO0FBQ2xDLEtBQUcsc0VBQXNFLFlBQVk7QUFDbkYsVUFBTSxVQUFVLFlBQVksSUFBSTtBQUNoQyxVQUFNLFdBQXFCLENBQUM7QUFDNUIsVUFBTSxTQUFTLE1BQU0sU0FBUyxFQUFFLEdBQUcsU0FBUyxLQUFLLENBQUMsU0FBUyxTQUFTLEtBQUssSUFBSSxFQUFFLEdBQUcsT0FBTztBQUN6RixXQUFPLE1BQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxJQUFJLElBQUksSUFBSSxHQUFHLG1DQUFtQztBQUN6RixXQUFPLE1BQU0sT0FBTyxLQUFLLFFBQVEsQ0FBQztBQUNsQyxXQUFPLE1BQU0sT0FBTyxJQUFJLFFBQVEsQ0FBQztBQUNqQyxXQUFPLE1BQU0sT0FBTyxhQUFhLElBQUk7QUFDckMsV0FBTyxVQUFVLE9BQU8sT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksR0FBRyxDQUFDLDBDQUEwQyxDQUFDO0FBQy9GLFdBQU8sTUFBTSxTQUFTLFFBQVEsRUFBRTtBQUNoQyxXQUFPLE1BQU0sU0FBUyxFQUFFLEdBQUksMEZBQTBGO0FBQ3RILFdBQU8sTUFBTSxTQUFTLENBQUMsR0FBSSx5Q0FBeUM7QUFDcEUsV0FBTyxNQUFNLFNBQVMsR0FBRyxFQUFFLEdBQUksNkJBQTZCO0FBQzVELFdBQU8sR0FBRyxRQUFRLE1BQU0sU0FBUyxXQUFXLEdBQUcsZ0ZBQWdGO0FBQUEsRUFDakksQ0FBQztBQUVELEtBQUcsd0NBQXdDLFlBQVk7QUFDckQsVUFBTSxTQUFTLE1BQU0sU0FBUyxFQUFFLEdBQUcsU0FBUyxLQUFLLE1BQU07QUFBQSxJQUFDLEVBQUUsR0FBRyxZQUFZLENBQUM7QUFDMUUsVUFBTSxRQUFRLE9BQU8sWUFBWSxRQUFRLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQztBQUN0RSxXQUFPLE1BQU0sTUFBTSxvQkFBb0IsRUFBRyxVQUFVLElBQUksR0FBRztBQUMzRCxXQUFPLE1BQU0sTUFBTSxrQkFBa0IsRUFBRyxVQUFVLElBQUksTUFBTSxDQUFDO0FBQzdELFdBQU8sTUFBTSxNQUFNLGtCQUFrQixFQUFHLEtBQUssSUFBSTtBQUNqRCxXQUFPLE1BQU0sTUFBTSxtQkFBbUIsRUFBRyxVQUFVLE1BQU0sR0FBRztBQUM1RCxXQUFPLE1BQU0sTUFBTSxpQkFBaUIsRUFBRyxLQUFLLE9BQU8sb0NBQW9DO0FBQ3ZGLFdBQU8sR0FBRyxLQUFLLElBQUksTUFBTSxvQkFBb0IsRUFBRyxXQUFZLEtBQUssR0FBRyxJQUFJLElBQUk7QUFDNUUsV0FBTyxNQUFNLE1BQU0sa0JBQWtCLEVBQUcsVUFBVSxJQUFJLENBQUM7QUFDdkQsV0FBTyxNQUFNLE1BQU0sZ0JBQWdCLEVBQUcsVUFBVSxHQUFNO0FBQUEsRUFDeEQsQ0FBQztBQUVELEtBQUcsc0ZBQXNGLFlBQVk7QUFDbkcsVUFBTSxTQUFTLE1BQU0sU0FBUyxFQUFFLEdBQUcsU0FBUyxLQUFLLE1BQU07QUFBQSxJQUFDLEVBQUUsR0FBRyxZQUFZLElBQUksQ0FBQztBQUM5RSxVQUFNLE1BQU0sWUFBWSxLQUFLLE9BQU8sR0FBRyxlQUFlLENBQUM7QUFDdkQsUUFBSTtBQUNGLHdCQUFrQixRQUFRLEdBQUc7QUFDN0IsWUFBTSxRQUFRLFlBQVksR0FBRyxFQUFFLEtBQUs7QUFDcEMsaUJBQVcsUUFBUSxDQUFDLGNBQWMsYUFBYSxZQUFZLFlBQVksY0FBYyxhQUFhLHlCQUF5QiwrQkFBK0IsNkJBQTZCLEdBQUc7QUFDeEwsZUFBTyxHQUFHLE1BQU0sU0FBUyxJQUFJLEdBQUcsR0FBRyxJQUFJLGlCQUFpQixNQUFNLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFBQSxNQUM1RTtBQUNBLGFBQU8sR0FBRyxDQUFDLE1BQU0sS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQ2hELGFBQU8sTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUMsRUFBRSxRQUFRLENBQUM7QUFDOUQsWUFBTSxRQUFRLEtBQUssTUFBTSxhQUFhLEtBQUssS0FBSyxZQUFZLEdBQUcsTUFBTSxDQUFDO0FBQ3RFLGFBQU8sTUFBTSxNQUFNLEtBQUssUUFBUSxDQUFDO0FBQ2pDLFlBQU0sU0FBUyxhQUFhLEtBQUssS0FBSyxXQUFXLEdBQUcsTUFBTTtBQUMxRCxhQUFPLE1BQU0sUUFBUSxJQUFJLE9BQU8sR0FBRyxZQUFZLEVBQUUsS0FBSyxRQUFRLENBQUM7QUFDL0QsYUFBTyxNQUFNLFFBQVEsa0NBQWtDO0FBQ3ZELGFBQU8sTUFBTSxRQUFRLFVBQVU7QUFDL0IsYUFBTyxNQUFNLFFBQVEsZUFBZTtBQUNwQyxhQUFPLE1BQU0sUUFBUSw0RkFBNEY7QUFDakgsYUFBTyxNQUFNLFFBQVEsMkZBQTJGO0FBQ2hILGFBQU8sTUFBTSxRQUFRLCtDQUErQztBQUNwRSxZQUFNLE9BQU8sYUFBYSxLQUFLLEtBQUssdUJBQXVCLEdBQUcsTUFBTTtBQUNwRSxhQUFPLE1BQU0sTUFBTSx3QkFBd0I7QUFDM0MsYUFBTyxNQUFNLE1BQU0sd0JBQXdCO0FBQUEsSUFDN0MsVUFBRTtBQUNBLGFBQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzlDO0FBQUEsRUFDRixDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
