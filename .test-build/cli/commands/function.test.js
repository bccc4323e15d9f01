import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it, mock } from "node:test";
import { Command } from "commander";
import { compileFunction, runFunction } from "../../functions/abi.js";
import { encodeLifeState, parseCells, parseRle, placePattern } from "../../functions/life.js";
import { isAirtntError } from "../../util/errors.js";
import { functionsBuildDir } from "../../util/paths.js";
import { registerFunction } from "./function.js";
import { frameOutputs } from "./run-wasm-action.js";
let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "airtnt-function-cli-"));
  await writeFile(join(dir, "glider.rle"), "#N glider\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n");
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});
async function airtnt(...args) {
  const program = new Command("airtnt").exitOverride();
  registerFunction(program);
  const log = mock.method(console, "log", () => {
  });
  try {
    await program.parseAsync(["node", "airtnt", "function", ...args]);
    return log.mock.calls.map((call) => String(call.arguments[0]));
  } finally {
    log.mock.restore();
  }
}
describe("airtnt function", () => {
  it("run-local life runs the generations and writes the final grid as RLE, with JSON figures", async () => {
    const out = join(dir, "out.rle");
    const [line] = await airtnt("run-local", "life", "--pattern", join(dir, "glider.rle"), "--width", "20", "--height", "20", "--cycles", "8", "--out", out, "--json");
    const summary = JSON.parse(line);
    assert.equal(summary.cyclesDone, 8);
    assert.equal(summary.terminated, false);
    assert.equal(summary.liveCells, 5);
    assert.equal(typeof summary.elapsedMs, "number");
    const glider = parseRle("x = 3, y = 3\nbo$2bo$3o!");
    assert.deepEqual(parseRle(await readFile(out, "utf8")), placePattern(glider, 20, 20, 2, 2));
  });
  it("run-local life writes .cells by extension and reports a fixed point", async () => {
    await writeFile(join(dir, "block.cells"), "OO\nOO\n");
    const out = join(dir, "out.cells");
    const [line] = await airtnt("run-local", "life", "--pattern", join(dir, "block.cells"), "--width", "6", "--height", "4", "--cycles", "50", "--out", out, "--json");
    const summary = JSON.parse(line);
    assert.equal(summary.cyclesDone, 0);
    assert.equal(summary.terminated, true);
    const block = parseCells("OO\nOO\n");
    assert.deepEqual(encodeLifeState(6, 4, parseCells(await readFile(out, "utf8"))), encodeLifeState(6, 4, placePattern(block, 6, 4, 0, 0)));
  });
  it("run-local ocr prints the accuracy on generated images", async () => {
    const [line] = await airtnt("run-local", "ocr", "--images", "40", "--seed", "4", "--json");
    const summary = JSON.parse(line);
    assert.equal(summary.images, 40);
    assert.ok(summary.accuracy >= 0.99, `accuracy ${summary.accuracy}`);
    assert.ok(summary.imagesPerSecond > 0);
  });
  it("run-local wasm runs an author's module here: the state and framed outputs of one runFunction call", async () => {
    const module = join(import.meta.dirname, "..", "..", "functions", "fixtures", "accumulator.wasm");
    const state = Buffer.alloc(16);
    state.writeUInt32LE(5, 0);
    state.writeUInt32LE(7, 8);
    await writeFile(join(dir, "acc.state"), state);
    const [out, outputs] = [join(dir, "acc.out"), join(dir, "acc.outputs")];
    const [line] = await airtnt("run-local", "wasm", module, "--state", join(dir, "acc.state"), "--cycles", "20", "--out", out, "--outputs", outputs, "--json");
    const summary = JSON.parse(line);
    assert.deepEqual([summary.cyclesDone, summary.terminated, summary.outputs], [5, true, 5]);
    assert.equal(summary.sha256, createHash("sha256").update(await readFile(module)).digest("hex"));
    const local = await runFunction(await compileFunction(new Uint8Array(await readFile(module))), new Uint8Array(state), 20, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 20 });
    assert.deepEqual(new Uint8Array(await readFile(out)), local.state);
    assert.deepEqual(new Uint8Array(await readFile(outputs)), frameOutputs(local.outputs));
  });
  it("check and run-local wasm with a missing state file: the cause and what to give instead", async () => {
    const module = join(import.meta.dirname, "..", "..", "functions", "fixtures", "accumulator.wasm");
    for (const command of [["check", module], ["run-local", "wasm", module, "--cycles", "3"]]) {
      await assert.rejects(airtnt(...command, "--state", join(dir, "no-such.state")), (error) => {
        assert.ok(isAirtntError(error, "INVALID_ARGUMENT"), String(error));
        assert.match(error.message, /no-such\.state: no such file/);
        assert.equal(error.details.reason, "ENOENT");
        assert.match(error.hint ?? "", /leave --state out to start from the empty state/);
        return true;
      });
    }
  });
  it("measure prints the sha256 of a module", async () => {
    const file = join(functionsBuildDir(), "ocr.wasm");
    const [line] = await airtnt("measure", file);
    assert.equal(line, createHash("sha256").update(await readFile(file)).digest("hex"));
  });
  it("refuses bad numbers with INVALID_ARGUMENT", async () => {
    await assert.rejects(
      airtnt("run-local", "life", "--pattern", join(dir, "glider.rle"), "--cycles", "-3"),
      (error) => isAirtntError(error, "INVALID_ARGUMENT")
    );
    await assert.rejects(airtnt("run-local", "ocr", "--noise", "loud"), (error) => isAirtntError(error, "INVALID_ARGUMENT"));
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9mdW5jdGlvbi50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBjcmVhdGVIYXNoIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHsgbWtkdGVtcCwgcmVhZEZpbGUsIHJtLCB3cml0ZUZpbGUgfSBmcm9tICdub2RlOmZzL3Byb21pc2VzJztcbmltcG9ydCB7IHRtcGRpciB9IGZyb20gJ25vZGU6b3MnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBhZnRlciwgYmVmb3JlLCBkZXNjcmliZSwgaXQsIG1vY2sgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IHsgQ29tbWFuZCB9IGZyb20gJ2NvbW1hbmRlcic7XG5pbXBvcnQgeyBjb21waWxlRnVuY3Rpb24sIHJ1bkZ1bmN0aW9uIH0gZnJvbSAnLi4vLi4vZnVuY3Rpb25zL2FiaS5qcyc7XG5pbXBvcnQgeyBlbmNvZGVMaWZlU3RhdGUsIHBhcnNlQ2VsbHMsIHBhcnNlUmxlLCBwbGFjZVBhdHRlcm4gfSBmcm9tICcuLi8uLi9mdW5jdGlvbnMvbGlmZS5qcyc7XG5pbXBvcnQgeyBpc0FpcnRudEVycm9yIH0gZnJvbSAnLi4vLi4vdXRpbC9lcnJvcnMuanMnO1xuaW1wb3J0IHsgZnVuY3Rpb25zQnVpbGREaXIgfSBmcm9tICcuLi8uLi91dGlsL3BhdGhzLmpzJztcbmltcG9ydCB7IHJlZ2lzdGVyRnVuY3Rpb24gfSBmcm9tICcuL2Z1bmN0aW9uLmpzJztcbmltcG9ydCB7IGZyYW1lT3V0cHV0cyB9IGZyb20gJy4vcnVuLXdhc20tYWN0aW9uLmpzJztcblxubGV0IGRpcjogc3RyaW5nO1xuYmVmb3JlKGFzeW5jICgpID0+IHtcbiAgZGlyID0gYXdhaXQgbWtkdGVtcChqb2luKHRtcGRpcigpLCAnYWlydG50LWZ1bmN0aW9uLWNsaS0nKSk7XG4gIGF3YWl0IHdyaXRlRmlsZShqb2luKGRpciwgJ2dsaWRlci5ybGUnKSwgJyNOIGdsaWRlclxcbnggPSAzLCB5ID0gMywgcnVsZSA9IEIzL1MyM1xcbmJvJDJibyQzbyFcXG4nKTtcbn0pO1xuYWZ0ZXIoYXN5bmMgKCkgPT4ge1xuICBhd2FpdCBybShkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbn0pO1xuXG4vKiogUnVucyBgYWlydG50IGZ1bmN0aW9uIC4uLmAgaW4gdGhpcyBwcm9jZXNzIGFuZCByZXR1cm5zIHdoYXQgaXQgcHJpbnRlZC4gKi9cbmFzeW5jIGZ1bmN0aW9uIGFpcnRudCguLi5hcmdzOiBzdHJpbmdbXSk6IFByb21pc2U8c3RyaW5nW10+IHtcbiAgY29uc3QgcHJvZ3JhbSA9IG5ldyBDb21tYW5kKCdhaXJ0bnQnKS5leGl0T3ZlcnJpZGUoKTtcbiAgcmVnaXN0ZXJGdW5jdGlvbihwcm9ncmFtKTtcbiAgY29uc3QgbG9nID0gbW9jay5tZXRob2QoY29uc29sZSwgJ2xvZycsICgpID0+IHt9KTtcbiAgdHJ5IHtcbiAgICBhd2FpdCBwcm9ncmFtLnBhcnNlQXN5bmMoWydub2RlJywgJ2FpcnRudCcsICdmdW5jdGlvbicsIC4uLmFyZ3NdKTtcbiAgICByZXR1cm4gbG9nLm1vY2suY2FsbHMubWFwKChjYWxsKSA9PiBTdHJpbmcoY2FsbC5hcmd1bWVudHNbMF0pKTtcbiAgfSBmaW5hbGx5IHtcbiAgICBsb2cubW9jay5yZXN0b3JlKCk7XG4gIH1cbn1cblxuZGVzY3JpYmUoJ2FpcnRudCBmdW5jdGlvbicsICgpID0+IHtcbiAgaXQoJ3J1bi1sb2NhbCBsaWZlIHJ1bnMgdGhlIGdlbmVyYXRpb25zIGFuZCB3cml0ZXMgdGhlIGZpbmFsIGdyaWQgYXMgUkxFLCB3aXRoIEpTT04gZmlndXJlcycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBvdXQgPSBqb2luKGRpciwgJ291dC5ybGUnKTtcbiAgICBjb25zdCBbbGluZV0gPSBhd2FpdCBhaXJ0bnQoJ3J1bi1sb2NhbCcsICdsaWZlJywgJy0tcGF0dGVybicsIGpvaW4oZGlyLCAnZ2xpZGVyLnJsZScpLCAnLS13aWR0aCcsICcyMCcsICctLWhlaWdodCcsICcyMCcsICctLWN5Y2xlcycsICc4JywgJy0tb3V0Jywgb3V0LCAnLS1qc29uJyk7XG4gICAgY29uc3Qgc3VtbWFyeSA9IEpTT04ucGFyc2UobGluZSEpO1xuICAgIGFzc2VydC5lcXVhbChzdW1tYXJ5LmN5Y2xlc0RvbmUsIDgpO1xuICAgIGFzc2VydC5lcXVhbChzdW1tYXJ5LnRlcm1pbmF0ZWQsIGZhbHNlKTtcbiAgICBhc3NlcnQuZXF1YWwoc3VtbWFyeS5saXZlQ2VsbHMsIDUpO1xuICAgIGFzc2VydC5lcXVhbCh0eXBlb2Ygc3VtbWFyeS5lbGFwc2VkTXMsICdudW1iZXInKTtcbiAgICBjb25zdCBnbGlkZXIgPSBwYXJzZVJsZSgneCA9IDMsIHkgPSAzXFxuYm8kMmJvJDNvIScpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocGFyc2VSbGUoYXdhaXQgcmVhZEZpbGUob3V0LCAndXRmOCcpKSwgcGxhY2VQYXR0ZXJuKGdsaWRlciwgMjAsIDIwLCAyLCAyKSk7XG4gIH0pO1xuXG4gIGl0KCdydW4tbG9jYWwgbGlmZSB3cml0ZXMgLmNlbGxzIGJ5IGV4dGVuc2lvbiBhbmQgcmVwb3J0cyBhIGZpeGVkIHBvaW50JywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHdyaXRlRmlsZShqb2luKGRpciwgJ2Jsb2NrLmNlbGxzJyksICdPT1xcbk9PXFxuJyk7XG4gICAgY29uc3Qgb3V0ID0gam9pbihkaXIsICdvdXQuY2VsbHMnKTtcbiAgICBjb25zdCBbbGluZV0gPSBhd2FpdCBhaXJ0bnQoJ3J1bi1sb2NhbCcsICdsaWZlJywgJy0tcGF0dGVybicsIGpvaW4oZGlyLCAnYmxvY2suY2VsbHMnKSwgJy0td2lkdGgnLCAnNicsICctLWhlaWdodCcsICc0JywgJy0tY3ljbGVzJywgJzUwJywgJy0tb3V0Jywgb3V0LCAnLS1qc29uJyk7XG4gICAgY29uc3Qgc3VtbWFyeSA9IEpTT04ucGFyc2UobGluZSEpO1xuICAgIGFzc2VydC5lcXVhbChzdW1tYXJ5LmN5Y2xlc0RvbmUsIDApO1xuICAgIGFzc2VydC5lcXVhbChzdW1tYXJ5LnRlcm1pbmF0ZWQsIHRydWUpO1xuICAgIGNvbnN0IGJsb2NrID0gcGFyc2VDZWxscygnT09cXG5PT1xcbicpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZW5jb2RlTGlmZVN0YXRlKDYsIDQsIHBhcnNlQ2VsbHMoYXdhaXQgcmVhZEZpbGUob3V0LCAndXRmOCcpKSksIGVuY29kZUxpZmVTdGF0ZSg2LCA0LCBwbGFjZVBhdHRlcm4oYmxvY2ssIDYsIDQsIDAsIDApKSk7XG4gIH0pO1xuXG4gIGl0KCdydW4tbG9jYWwgb2NyIHByaW50cyB0aGUgYWNjdXJhY3kgb24gZ2VuZXJhdGVkIGltYWdlcycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBbbGluZV0gPSBhd2FpdCBhaXJ0bnQoJ3J1bi1sb2NhbCcsICdvY3InLCAnLS1pbWFnZXMnLCAnNDAnLCAnLS1zZWVkJywgJzQnLCAnLS1qc29uJyk7XG4gICAgY29uc3Qgc3VtbWFyeSA9IEpTT04ucGFyc2UobGluZSEpO1xuICAgIGFzc2VydC5lcXVhbChzdW1tYXJ5LmltYWdlcywgNDApO1xuICAgIGFzc2VydC5vayhzdW1tYXJ5LmFjY3VyYWN5ID49IDAuOTksIGBhY2N1cmFjeSAke3N1bW1hcnkuYWNjdXJhY3l9YCk7XG4gICAgYXNzZXJ0Lm9rKHN1bW1hcnkuaW1hZ2VzUGVyU2Vjb25kID4gMCk7XG4gIH0pO1xuXG4gIGl0KCdydW4tbG9jYWwgd2FzbSBydW5zIGFuIGF1dGhvclxcJ3MgbW9kdWxlIGhlcmU6IHRoZSBzdGF0ZSBhbmQgZnJhbWVkIG91dHB1dHMgb2Ygb25lIHJ1bkZ1bmN0aW9uIGNhbGwnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgbW9kdWxlID0gam9pbihpbXBvcnQubWV0YS5kaXJuYW1lLCAnLi4nLCAnLi4nLCAnZnVuY3Rpb25zJywgJ2ZpeHR1cmVzJywgJ2FjY3VtdWxhdG9yLndhc20nKTtcbiAgICBjb25zdCBzdGF0ZSA9IEJ1ZmZlci5hbGxvYygxNik7XG4gICAgc3RhdGUud3JpdGVVSW50MzJMRSg1LCAwKTtcbiAgICBzdGF0ZS53cml0ZVVJbnQzMkxFKDcsIDgpO1xuICAgIGF3YWl0IHdyaXRlRmlsZShqb2luKGRpciwgJ2FjYy5zdGF0ZScpLCBzdGF0ZSk7XG4gICAgY29uc3QgW291dCwgb3V0cHV0c10gPSBbam9pbihkaXIsICdhY2Mub3V0JyksIGpvaW4oZGlyLCAnYWNjLm91dHB1dHMnKV07XG4gICAgY29uc3QgW2xpbmVdID0gYXdhaXQgYWlydG50KCdydW4tbG9jYWwnLCAnd2FzbScsIG1vZHVsZSwgJy0tc3RhdGUnLCBqb2luKGRpciwgJ2FjYy5zdGF0ZScpLCAnLS1jeWNsZXMnLCAnMjAnLCAnLS1vdXQnLCBvdXQsICctLW91dHB1dHMnLCBvdXRwdXRzLCAnLS1qc29uJyk7XG4gICAgY29uc3Qgc3VtbWFyeSA9IEpTT04ucGFyc2UobGluZSEpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoW3N1bW1hcnkuY3ljbGVzRG9uZSwgc3VtbWFyeS50ZXJtaW5hdGVkLCBzdW1tYXJ5Lm91dHB1dHNdLCBbNSwgdHJ1ZSwgNV0pO1xuICAgIGFzc2VydC5lcXVhbChzdW1tYXJ5LnNoYTI1NiwgY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKGF3YWl0IHJlYWRGaWxlKG1vZHVsZSkpLmRpZ2VzdCgnaGV4JykpO1xuICAgIGNvbnN0IGxvY2FsID0gYXdhaXQgcnVuRnVuY3Rpb24oYXdhaXQgY29tcGlsZUZ1bmN0aW9uKG5ldyBVaW50OEFycmF5KGF3YWl0IHJlYWRGaWxlKG1vZHVsZSkpKSwgbmV3IFVpbnQ4QXJyYXkoc3RhdGUpLCAyMCwgeyBtYXhNZW1vcnlQYWdlczogMjU2LCBtYXhTdGF0ZUJ5dGVzOiAxIDw8IDIwLCBtYXhPdXRwdXRCeXRlczogMSA8PCAyMCB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKG5ldyBVaW50OEFycmF5KGF3YWl0IHJlYWRGaWxlKG91dCkpLCBsb2NhbC5zdGF0ZSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChuZXcgVWludDhBcnJheShhd2FpdCByZWFkRmlsZShvdXRwdXRzKSksIGZyYW1lT3V0cHV0cyhsb2NhbC5vdXRwdXRzKSk7XG4gIH0pO1xuXG4gIGl0KCdjaGVjayBhbmQgcnVuLWxvY2FsIHdhc20gd2l0aCBhIG1pc3Npbmcgc3RhdGUgZmlsZTogdGhlIGNhdXNlIGFuZCB3aGF0IHRvIGdpdmUgaW5zdGVhZCcsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBtb2R1bGUgPSBqb2luKGltcG9ydC5tZXRhLmRpcm5hbWUsICcuLicsICcuLicsICdmdW5jdGlvbnMnLCAnZml4dHVyZXMnLCAnYWNjdW11bGF0b3Iud2FzbScpO1xuICAgIGZvciAoY29uc3QgY29tbWFuZCBvZiBbWydjaGVjaycsIG1vZHVsZV0sIFsncnVuLWxvY2FsJywgJ3dhc20nLCBtb2R1bGUsICctLWN5Y2xlcycsICczJ11dKSB7XG4gICAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhhaXJ0bnQoLi4uY29tbWFuZCwgJy0tc3RhdGUnLCBqb2luKGRpciwgJ25vLXN1Y2guc3RhdGUnKSksIChlcnJvcjogdW5rbm93bikgPT4ge1xuICAgICAgICBhc3NlcnQub2soaXNBaXJ0bnRFcnJvcihlcnJvciwgJ0lOVkFMSURfQVJHVU1FTlQnKSwgU3RyaW5nKGVycm9yKSk7XG4gICAgICAgIGFzc2VydC5tYXRjaChlcnJvci5tZXNzYWdlLCAvbm8tc3VjaFxcLnN0YXRlOiBubyBzdWNoIGZpbGUvKTtcbiAgICAgICAgYXNzZXJ0LmVxdWFsKGVycm9yLmRldGFpbHMucmVhc29uLCAnRU5PRU5UJyk7XG4gICAgICAgIGFzc2VydC5tYXRjaChlcnJvci5oaW50ID8/ICcnLCAvbGVhdmUgLS1zdGF0ZSBvdXQgdG8gc3RhcnQgZnJvbSB0aGUgZW1wdHkgc3RhdGUvKTtcbiAgICAgICAgcmV0dXJuIHRydWU7XG4gICAgICB9KTtcbiAgICB9XG4gIH0pO1xuXG4gIGl0KCdtZWFzdXJlIHByaW50cyB0aGUgc2hhMjU2IG9mIGEgbW9kdWxlJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGZpbGUgPSBqb2luKGZ1bmN0aW9uc0J1aWxkRGlyKCksICdvY3Iud2FzbScpO1xuICAgIGNvbnN0IFtsaW5lXSA9IGF3YWl0IGFpcnRudCgnbWVhc3VyZScsIGZpbGUpO1xuICAgIGFzc2VydC5lcXVhbChsaW5lLCBjcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUoYXdhaXQgcmVhZEZpbGUoZmlsZSkpLmRpZ2VzdCgnaGV4JykpO1xuICB9KTtcblxuICBpdCgncmVmdXNlcyBiYWQgbnVtYmVycyB3aXRoIElOVkFMSURfQVJHVU1FTlQnLCBhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoXG4gICAgICBhaXJ0bnQoJ3J1bi1sb2NhbCcsICdsaWZlJywgJy0tcGF0dGVybicsIGpvaW4oZGlyLCAnZ2xpZGVyLnJsZScpLCAnLS1jeWNsZXMnLCAnLTMnKSxcbiAgICAgIChlcnJvcjogdW5rbm93bikgPT4gaXNBaXJ0bnRFcnJvcihlcnJvciwgJ0lOVkFMSURfQVJHVU1FTlQnKSxcbiAgICApO1xuICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGFpcnRudCgncnVuLWxvY2FsJywgJ29jcicsICctLW5vaXNlJywgJ2xvdWQnKSwgKGVycm9yOiB1bmtub3duKSA9PiBpc0FpcnRudEVycm9yKGVycm9yLCAnSU5WQUxJRF9BUkdVTUVOVCcpKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICJBQUFBLE9BQU8sWUFBWTtBQUNuQixTQUFTLGtCQUFrQjtBQUMzQixTQUFTLFNBQVMsVUFBVSxJQUFJLGlCQUFpQjtBQUNqRCxTQUFTLGNBQWM7QUFDdkIsU0FBUyxZQUFZO0FBQ3JCLFNBQVMsT0FBTyxRQUFRLFVBQVUsSUFBSSxZQUFZO0FBQ2xELFNBQVMsZUFBZTtBQUN4QixTQUFTLGlCQUFpQixtQkFBbUI7QUFDN0MsU0FBUyxpQkFBaUIsWUFBWSxVQUFVLG9CQUFvQjtBQUNwRSxTQUFTLHFCQUFxQjtBQUM5QixTQUFTLHlCQUF5QjtBQUNsQyxTQUFTLHdCQUF3QjtBQUNqQyxTQUFTLG9CQUFvQjtBQUU3QixJQUFJO0FBQ0osT0FBTyxZQUFZO0FBQ2pCLFFBQU0sTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHLHNCQUFzQixDQUFDO0FBQzFELFFBQU0sVUFBVSxLQUFLLEtBQUssWUFBWSxHQUFHLHNEQUFzRDtBQUNqRyxDQUFDO0FBQ0QsTUFBTSxZQUFZO0FBQ2hCLFFBQU0sR0FBRyxLQUFLLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQ2hELENBQUM7QUFHRCxlQUFlLFVBQVUsTUFBbUM7QUFDMUQsUUFBTSxVQUFVLElBQUksUUFBUSxRQUFRLEVBQUUsYUFBYTtBQUNuRCxtQkFBaUIsT0FBTztBQUN4QixRQUFNLE1BQU0sS0FBSyxPQUFPLFNBQVMsT0FBTyxNQUFNO0FBQUEsRUFBQyxDQUFDO0FBQ2hELE1BQUk7QUFDRixVQUFNLFFBQVEsV0FBVyxDQUFDLFFBQVEsVUFBVSxZQUFZLEdBQUcsSUFBSSxDQUFDO0FBQ2hFLFdBQU8sSUFBSSxLQUFLLE1BQU0sSUFBSSxDQUFDLFNBQVMsT0FBTyxLQUFLLFVBQVUsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUMvRCxVQUFFO0FBQ0EsUUFBSSxLQUFLLFFBQVE7QUFBQSxFQUNuQjtBQUNGO0FBRUEsU0FBUyxtQkFBbUIsTUFBTTtBQUNoQyxLQUFHLDJGQUEyRixZQUFZO0FBQ3hHLFVBQU0sTUFBTSxLQUFLLEtBQUssU0FBUztBQUMvQixVQUFNLENBQUMsSUFBSSxJQUFJLE1BQU0sT0FBTyxhQUFhLFFBQVEsYUFBYSxLQUFLLEtBQUssWUFBWSxHQUFHLFdBQVcsTUFBTSxZQUFZLE1BQU0sWUFBWSxLQUFLLFNBQVMsS0FBSyxRQUFRO0FBQ2pLLFVBQU0sVUFBVSxLQUFLLE1BQU0sSUFBSztBQUNoQyxXQUFPLE1BQU0sUUFBUSxZQUFZLENBQUM7QUFDbEMsV0FBTyxNQUFNLFFBQVEsWUFBWSxLQUFLO0FBQ3RDLFdBQU8sTUFBTSxRQUFRLFdBQVcsQ0FBQztBQUNqQyxXQUFPLE1BQU0sT0FBTyxRQUFRLFdBQVcsUUFBUTtBQUMvQyxVQUFNLFNBQVMsU0FBUywwQkFBMEI7QUFDbEQsV0FBTyxVQUFVLFNBQVMsTUFBTSxTQUFTLEtBQUssTUFBTSxDQUFDLEdBQUcsYUFBYSxRQUFRLElBQUksSUFBSSxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzVGLENBQUM7QUFFRCxLQUFHLHVFQUF1RSxZQUFZO0FBQ3BGLFVBQU0sVUFBVSxLQUFLLEtBQUssYUFBYSxHQUFHLFVBQVU7QUFDcEQsVUFBTSxNQUFNLEtBQUssS0FBSyxXQUFXO0FBQ2pDLFVBQU0sQ0FBQyxJQUFJLElBQUksTUFBTSxPQUFPLGFBQWEsUUFBUSxhQUFhLEtBQUssS0FBSyxhQUFhLEdBQUcsV0FBVyxLQUFLLFlBQVksS0FBSyxZQUFZLE1BQU0sU0FBUyxLQUFLLFFBQVE7QUFDakssVUFBTSxVQUFVLEtBQUssTUFBTSxJQUFLO0FBQ2hDLFdBQU8sTUFBTSxRQUFRLFlBQVksQ0FBQztBQUNsQyxXQUFPLE1BQU0sUUFBUSxZQUFZLElBQUk7QUFDckMsVUFBTSxRQUFRLFdBQVcsVUFBVTtBQUNuQyxXQUFPLFVBQVUsZ0JBQWdCLEdBQUcsR0FBRyxXQUFXLE1BQU0sU0FBUyxLQUFLLE1BQU0sQ0FBQyxDQUFDLEdBQUcsZ0JBQWdCLEdBQUcsR0FBRyxhQUFhLE9BQU8sR0FBRyxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUN6SSxDQUFDO0FBRUQsS0FBRyx5REFBeUQsWUFBWTtBQUN0RSxVQUFNLENBQUMsSUFBSSxJQUFJLE1BQU0sT0FBTyxhQUFhLE9BQU8sWUFBWSxNQUFNLFVBQVUsS0FBSyxRQUFRO0FBQ3pGLFVBQU0sVUFBVSxLQUFLLE1BQU0sSUFBSztBQUNoQyxXQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7QUFDL0IsV0FBTyxHQUFHLFFBQVEsWUFBWSxNQUFNLFlBQVksUUFBUSxRQUFRLEVBQUU7QUFDbEUsV0FBTyxHQUFHLFFBQVEsa0JBQWtCLENBQUM7QUFBQSxFQUN2QyxDQUFDO0FBRUQsS0FBRyxxR0FBc0csWUFBWTtBQUNuSCxVQUFNLFNBQVMsS0FBSyxZQUFZLFNBQVMsTUFBTSxNQUFNLGFBQWEsWUFBWSxrQkFBa0I7QUFDaEcsVUFBTSxRQUFRLE9BQU8sTUFBTSxFQUFFO0FBQzdCLFVBQU0sY0FBYyxHQUFHLENBQUM7QUFDeEIsVUFBTSxjQUFjLEdBQUcsQ0FBQztBQUN4QixVQUFNLFVBQVUsS0FBSyxLQUFLLFdBQVcsR0FBRyxLQUFLO0FBQzdDLFVBQU0sQ0FBQyxLQUFLLE9BQU8sSUFBSSxDQUFDLEtBQUssS0FBSyxTQUFTLEdBQUcsS0FBSyxLQUFLLGFBQWEsQ0FBQztBQUN0RSxVQUFNLENBQUMsSUFBSSxJQUFJLE1BQU0sT0FBTyxhQUFhLFFBQVEsUUFBUSxXQUFXLEtBQUssS0FBSyxXQUFXLEdBQUcsWUFBWSxNQUFNLFNBQVMsS0FBSyxhQUFhLFNBQVMsUUFBUTtBQUMxSixVQUFNLFVBQVUsS0FBSyxNQUFNLElBQUs7QUFDaEMsV0FBTyxVQUFVLENBQUMsUUFBUSxZQUFZLFFBQVEsWUFBWSxRQUFRLE9BQU8sR0FBRyxDQUFDLEdBQUcsTUFBTSxDQUFDLENBQUM7QUFDeEYsV0FBTyxNQUFNLFFBQVEsUUFBUSxXQUFXLFFBQVEsRUFBRSxPQUFPLE1BQU0sU0FBUyxNQUFNLENBQUMsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUM5RixVQUFNLFFBQVEsTUFBTSxZQUFZLE1BQU0sZ0JBQWdCLElBQUksV0FBVyxNQUFNLFNBQVMsTUFBTSxDQUFDLENBQUMsR0FBRyxJQUFJLFdBQVcsS0FBSyxHQUFHLElBQUksRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxHQUFHLENBQUM7QUFDbE0sV0FBTyxVQUFVLElBQUksV0FBVyxNQUFNLFNBQVMsR0FBRyxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQ2pFLFdBQU8sVUFBVSxJQUFJLFdBQVcsTUFBTSxTQUFTLE9BQU8sQ0FBQyxHQUFHLGFBQWEsTUFBTSxPQUFPLENBQUM7QUFBQSxFQUN2RixDQUFDO0FBRUQsS0FBRywwRkFBMEYsWUFBWTtBQUN2RyxVQUFNLFNBQVMsS0FBSyxZQUFZLFNBQVMsTUFBTSxNQUFNLGFBQWEsWUFBWSxrQkFBa0I7QUFDaEcsZUFBVyxXQUFXLENBQUMsQ0FBQyxTQUFTLE1BQU0sR0FBRyxDQUFDLGFBQWEsUUFBUSxRQUFRLFlBQVksR0FBRyxDQUFDLEdBQUc7QUFDekYsWUFBTSxPQUFPLFFBQVEsT0FBTyxHQUFHLFNBQVMsV0FBVyxLQUFLLEtBQUssZUFBZSxDQUFDLEdBQUcsQ0FBQyxVQUFtQjtBQUNsRyxlQUFPLEdBQUcsY0FBYyxPQUFPLGtCQUFrQixHQUFHLE9BQU8sS0FBSyxDQUFDO0FBQ2pFLGVBQU8sTUFBTSxNQUFNLFNBQVMsOEJBQThCO0FBQzFELGVBQU8sTUFBTSxNQUFNLFFBQVEsUUFBUSxRQUFRO0FBQzNDLGVBQU8sTUFBTSxNQUFNLFFBQVEsSUFBSSxpREFBaUQ7QUFDaEYsZUFBTztBQUFBLE1BQ1QsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGLENBQUM7QUFFRCxLQUFHLHlDQUF5QyxZQUFZO0FBQ3RELFVBQU0sT0FBTyxLQUFLLGtCQUFrQixHQUFHLFVBQVU7QUFDakQsVUFBTSxDQUFDLElBQUksSUFBSSxNQUFNLE9BQU8sV0FBVyxJQUFJO0FBQzNDLFdBQU8sTUFBTSxNQUFNLFdBQVcsUUFBUSxFQUFFLE9BQU8sTUFBTSxTQUFTLElBQUksQ0FBQyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDcEYsQ0FBQztBQUVELEtBQUcsNkNBQTZDLFlBQVk7QUFDMUQsVUFBTSxPQUFPO0FBQUEsTUFDWCxPQUFPLGFBQWEsUUFBUSxhQUFhLEtBQUssS0FBSyxZQUFZLEdBQUcsWUFBWSxJQUFJO0FBQUEsTUFDbEYsQ0FBQyxVQUFtQixjQUFjLE9BQU8sa0JBQWtCO0FBQUEsSUFDN0Q7QUFDQSxVQUFNLE9BQU8sUUFBUSxPQUFPLGFBQWEsT0FBTyxXQUFXLE1BQU0sR0FBRyxDQUFDLFVBQW1CLGNBQWMsT0FBTyxrQkFBa0IsQ0FBQztBQUFBLEVBQ2xJLENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
