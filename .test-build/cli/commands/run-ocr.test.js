import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { after, before, describe, it } from "node:test";
import { compileFunction, loadBuiltinFunction, runFunction } from "../../functions/abi.js";
import { encodeOcrQueue, generateOcrImages } from "../../functions/ocr-images.js";
import { cliCommand } from "../../util/paths.js";
import { frameOutputs } from "./run-wasm-action.js";
function cli(args) {
  const [command, ...prefix] = cliCommand();
  return spawn(command, [...prefix, ...args], { stdio: ["ignore", "pipe", "pipe"] });
}
describe("parallel runs (airtnt run ocr, run wasm with a manifest) across airtnt devnet --executors 2 (real processes)", { timeout: 3e5 }, () => {
  let devnet;
  let chain;
  let dir;
  let ocrModule;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "airtnt-run-ocr-"));
    devnet = cli(["devnet", "--executors", "2", "--accounts", "4", "--json"]);
    const [line] = await once(createInterface({ input: devnet.stdout }), "line");
    chain = JSON.parse(line);
    ocrModule = await loadBuiltinFunction("ocr");
  });
  after(async () => {
    if (devnet.exitCode === null) {
      const exited = once(devnet, "exit");
      devnet.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });
  it("splits 8 images across both executors, recognises what a local run does, and the payments add up", async () => {
    const [first, second] = chain.executors;
    const requester = chain.accounts[chain.requesterAccounts[0]];
    const child = cli([
      "run",
      "ocr",
      "--images",
      "8",
      "--per-round",
      "2",
      "--executor",
      first.url,
      "--executor",
      second.url,
      "--json",
      "--allow-simulated",
      "--rpc-url",
      chain.rpcUrl,
      "--channels",
      chain.channels,
      "--private-key",
      requester.privateKey,
      "--data-dir",
      join(dir, "requester")
    ]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => stdout += chunk.toString());
    child.stderr.on("data", (chunk) => stderr += chunk.toString());
    const [code] = await once(child, "exit");
    assert.equal(code, 0, `run ocr failed:
${stderr}
${stdout}`);
    const result = JSON.parse(stdout.trim().split("\n").pop());
    const images = generateOcrImages({ count: 8 });
    const local = await runFunction(await compileFunction(await loadBuiltinFunction("ocr")), encodeOcrQueue(images), 8, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 20 });
    const decoder = new TextDecoder();
    assert.deepEqual(result.recognised, local.outputs.map((output) => decoder.decode(output)), "the text, in image order, equals a local run");
    assert.equal(result.images, 8);
    assert.deepEqual(result.slices.map((s) => [s.firstItem, s.items, s.executor]), [[0, 4, first.url], [4, 4, second.url]]);
    assert.equal(result.cycles, 8);
    assert.equal(result.rounds, 4, "two rounds of 2 images per slice");
    assert.deepEqual(new Set(result.roundExecutors.map((r) => r.executor)), /* @__PURE__ */ new Set([first.url, second.url]), "both executors ran rounds");
    for (const slice of result.slices) {
      assert.deepEqual(result.roundExecutors.filter((r) => r.runId === slice.runId).map((r) => r.executor), [slice.executor, slice.executor]);
    }
    const paid = result.paid.reduce((sum, p) => sum + BigInt(p.amount), 0n);
    const spent = result.slices.reduce((sum, s) => sum + BigInt(s.runSpent), 0n);
    assert.equal(paid, 8n * 1000000000n, "8 cycles at 1 gwei");
    assert.equal(spent, paid, "each slice's stored spend adds up to what was paid");
    assert.equal(BigInt(result.runSpent), paid);
    assert.deepEqual(new Set(result.paid.map((p) => p.url)), /* @__PURE__ */ new Set([first.url, second.url]));
    for (const p of result.paid) assert.equal(BigInt(p.amount), 4n * 1000000000n, `${p.url} was paid for its 4 images`);
  });
  async function finish(child) {
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => stdout += chunk.toString());
    child.stderr.on("data", (chunk) => stderr += chunk.toString());
    const [code] = await once(child, "exit");
    return { code, stdout, stderr };
  }
  function runWasm(name, extra, manifest) {
    const module = join(dir, `${name}.wasm`);
    writeFileSync(module, ocrModule);
    if (manifest) writeFileSync(`${module}.json`, JSON.stringify({ parallel: { items: "grey-images", cyclesPerItem: 1, outputs: "concat" } }));
    writeFileSync(join(dir, `${name}.state`), encodeOcrQueue(generateOcrImages({ count: 6, seed: 5 })));
    const requester = chain.accounts[chain.requesterAccounts[1]];
    return cli([
      "run",
      "wasm",
      module,
      "--state",
      join(dir, `${name}.state`),
      "--cycles",
      "6",
      "--per-round",
      "3",
      ...chain.executors.flatMap((e) => ["--executor", e.url]),
      "--out",
      join(dir, `${name}.out`),
      "--outputs",
      join(dir, `${name}.outputs`),
      "--json",
      "--allow-simulated",
      "--rpc-url",
      chain.rpcUrl,
      "--channels",
      chain.channels,
      "--private-key",
      requester.privateKey,
      "--data-dir",
      join(dir, "requester-wasm"),
      ...extra
    ]);
  }
  it("run wasm follows MODULE.wasm.json: slices across both executors, outputs in item order, the rest of each queue as the final state", async () => {
    const { code, stdout, stderr } = await finish(runWasm("declared", [], true));
    assert.equal(code, 0, `run wasm failed:
${stderr}
${stdout}`);
    const result = JSON.parse(stdout.trim().split("\n").pop());
    assert.equal(result.parallel, true);
    assert.deepEqual(result.slices.map((s) => [s.firstItem, s.items]), [[0, 3], [3, 3]]);
    assert.deepEqual(new Set(result.roundExecutors.map((r) => r.executor)), new Set(chain.executors.map((e) => e.url)));
    const local = await runFunction(await compileFunction(ocrModule), encodeOcrQueue(generateOcrImages({ count: 6, seed: 5 })), 6, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 20 });
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, "declared.outputs"))), frameOutputs(local.outputs));
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, "declared.out"))), local.state, "an empty queue");
  });
  it("run wasm --no-parallel ignores the manifest; --parallel without one is refused before anything is paid", async () => {
    const single = await finish(runWasm("single", ["--no-parallel"], true));
    assert.equal(single.code, 0, single.stderr);
    const result = JSON.parse(single.stdout.trim().split("\n").pop());
    assert.equal(result.parallel, void 0);
    assert.deepEqual(new Set(result.roundExecutors.map((r) => r.executor)), /* @__PURE__ */ new Set([chain.executors[0].url]), "one run, on the first executor");
    const refused = await finish(runWasm("undeclared", ["--parallel"], false));
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /--parallel: the module has no parallel manifest .*undeclared\.wasm\.json/);
  });
  it("a slice whose executor cannot be reached moves to the other executor; nothing is paid to the dead one", async () => {
    const server = createServer();
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = server.address().port;
    await new Promise((resolve) => server.close(() => resolve()));
    const dead = `http://127.0.0.1:${port}`;
    const [first] = chain.executors;
    const requester = chain.accounts[chain.requesterAccounts[0]];
    const { code, stdout, stderr } = await finish(cli([
      "run",
      "ocr",
      "--images",
      "4",
      "--seed",
      "3",
      "--per-round",
      "2",
      "--executor",
      first.url,
      "--executor",
      dead,
      "--json",
      "--allow-simulated",
      "--rpc-url",
      chain.rpcUrl,
      "--channels",
      chain.channels,
      "--private-key",
      requester.privateKey,
      "--data-dir",
      join(dir, "requester-failover"),
      "--result-timeout-ms",
      "20000"
    ]));
    assert.equal(code, 0, `run ocr failed:
${stderr}
${stdout}`);
    const result = JSON.parse(stdout.trim().split("\n").pop());
    assert.deepEqual(result.slices.map((s) => [s.firstItem, s.items, s.executor]), [[0, 2, first.url], [2, 2, dead]]);
    assert.deepEqual(new Set(result.roundExecutors.map((r) => r.executor)), /* @__PURE__ */ new Set([first.url]), "every round ran on the live executor");
    assert.ok(result.failures.some((f) => f.url === dead));
    assert.ok(result.transfers >= 1);
    const images = generateOcrImages({ count: 4, seed: 3 });
    const local = await runFunction(await compileFunction(ocrModule), encodeOcrQueue(images), 4, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 20 });
    assert.deepEqual(result.recognised, local.outputs.map((output) => new TextDecoder().decode(output)));
    assert.deepEqual(result.paid.map((p) => [p.url, BigInt(p.amount)]), [[first.url, 4n * 1000000000n]]);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9ydW4tb2NyLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IHNwYXduLCB0eXBlIENoaWxkUHJvY2VzcyB9IGZyb20gJ25vZGU6Y2hpbGRfcHJvY2Vzcyc7XG5pbXBvcnQgeyBvbmNlIH0gZnJvbSAnbm9kZTpldmVudHMnO1xuaW1wb3J0IHsgbWtkdGVtcFN5bmMsIHJlYWRGaWxlU3luYywgcm1TeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgY3JlYXRlU2VydmVyIH0gZnJvbSAnbm9kZTpuZXQnO1xuaW1wb3J0IHsgY3JlYXRlSW50ZXJmYWNlIH0gZnJvbSAnbm9kZTpyZWFkbGluZSc7XG5pbXBvcnQgeyBhZnRlciwgYmVmb3JlLCBkZXNjcmliZSwgaXQgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IHsgY29tcGlsZUZ1bmN0aW9uLCBsb2FkQnVpbHRpbkZ1bmN0aW9uLCBydW5GdW5jdGlvbiB9IGZyb20gJy4uLy4uL2Z1bmN0aW9ucy9hYmkuanMnO1xuaW1wb3J0IHsgZW5jb2RlT2NyUXVldWUsIGdlbmVyYXRlT2NySW1hZ2VzIH0gZnJvbSAnLi4vLi4vZnVuY3Rpb25zL29jci1pbWFnZXMuanMnO1xuaW1wb3J0IHsgY2xpQ29tbWFuZCB9IGZyb20gJy4uLy4uL3V0aWwvcGF0aHMuanMnO1xuaW1wb3J0IHsgZnJhbWVPdXRwdXRzIH0gZnJvbSAnLi9ydW4td2FzbS1hY3Rpb24uanMnO1xuXG50eXBlIERldm5ldEpzb24gPSB7XG4gIHJwY1VybDogc3RyaW5nO1xuICBjaGFubmVsczogc3RyaW5nO1xuICBhY2NvdW50czogeyBhZGRyZXNzOiBzdHJpbmc7IHByaXZhdGVLZXk6IHN0cmluZyB9W107XG4gIGV4ZWN1dG9yczogeyB1cmw6IHN0cmluZzsgYWRkcmVzczogc3RyaW5nOyBwaWQ6IG51bWJlciB9W107XG4gIHJlcXVlc3RlckFjY291bnRzOiBudW1iZXJbXTtcbn07XG50eXBlIE9jckpzb24gPSB7XG4gIG9rOiBib29sZWFuOyBwYXJhbGxlbDogYm9vbGVhbjsgaW1hZ2VzOiBudW1iZXI7IGFjY3VyYWN5OiBudW1iZXI7IHJlY29nbmlzZWQ6IHN0cmluZ1tdOyByb3VuZHM6IG51bWJlcjsgY3ljbGVzOiBudW1iZXI7IHJ1blNwZW50OiBzdHJpbmc7XG4gIHBhaWQ6IHsgdXJsOiBzdHJpbmc7IGFtb3VudDogc3RyaW5nIH1bXTsgcm91bmRFeGVjdXRvcnM6IHsgcnVuSWQ6IHN0cmluZzsgcm91bmQ6IG51bWJlcjsgZXhlY3V0b3I6IHN0cmluZyB9W107XG4gIHNsaWNlczogeyBydW5JZDogc3RyaW5nOyBmaXJzdEl0ZW06IG51bWJlcjsgaXRlbXM6IG51bWJlcjsgZXhlY3V0b3I6IHN0cmluZzsgcm91bmRzOiBudW1iZXI7IGN5Y2xlc0RvbmU6IG51bWJlcjsgcnVuU3BlbnQ6IHN0cmluZyB9W107XG59O1xuXG5mdW5jdGlvbiBjbGkoYXJnczogc3RyaW5nW10pOiBDaGlsZFByb2Nlc3Mge1xuICBjb25zdCBbY29tbWFuZCwgLi4ucHJlZml4XSA9IGNsaUNvbW1hbmQoKTtcbiAgcmV0dXJuIHNwYXduKGNvbW1hbmQhLCBbLi4ucHJlZml4LCAuLi5hcmdzXSwgeyBzdGRpbzogWydpZ25vcmUnLCAncGlwZScsICdwaXBlJ10gfSk7XG59XG5cbmRlc2NyaWJlKCdwYXJhbGxlbCBydW5zIChhaXJ0bnQgcnVuIG9jciwgcnVuIHdhc20gd2l0aCBhIG1hbmlmZXN0KSBhY3Jvc3MgYWlydG50IGRldm5ldCAtLWV4ZWN1dG9ycyAyIChyZWFsIHByb2Nlc3NlcyknLCB7IHRpbWVvdXQ6IDMwMF8wMDAgfSwgKCkgPT4ge1xuICBsZXQgZGV2bmV0OiBDaGlsZFByb2Nlc3M7XG4gIGxldCBjaGFpbjogRGV2bmV0SnNvbjtcbiAgbGV0IGRpcjogc3RyaW5nO1xuICBsZXQgb2NyTW9kdWxlOiBVaW50OEFycmF5O1xuXG4gIGJlZm9yZShhc3luYyAoKSA9PiB7XG4gICAgZGlyID0gbWtkdGVtcFN5bmMoam9pbih0bXBkaXIoKSwgJ2FpcnRudC1ydW4tb2NyLScpKTtcbiAgICBkZXZuZXQgPSBjbGkoWydkZXZuZXQnLCAnLS1leGVjdXRvcnMnLCAnMicsICctLWFjY291bnRzJywgJzQnLCAnLS1qc29uJ10pO1xuICAgIGNvbnN0IFtsaW5lXSA9IChhd2FpdCBvbmNlKGNyZWF0ZUludGVyZmFjZSh7IGlucHV0OiBkZXZuZXQuc3Rkb3V0ISB9KSwgJ2xpbmUnKSkgYXMgW3N0cmluZ107XG4gICAgY2hhaW4gPSBKU09OLnBhcnNlKGxpbmUpIGFzIERldm5ldEpzb247XG4gICAgb2NyTW9kdWxlID0gYXdhaXQgbG9hZEJ1aWx0aW5GdW5jdGlvbignb2NyJyk7XG4gIH0pO1xuXG4gIGFmdGVyKGFzeW5jICgpID0+IHtcbiAgICBpZiAoZGV2bmV0LmV4aXRDb2RlID09PSBudWxsKSB7XG4gICAgICBjb25zdCBleGl0ZWQgPSBvbmNlKGRldm5ldCwgJ2V4aXQnKTtcbiAgICAgIGRldm5ldC5raWxsKCdTSUdURVJNJyk7XG4gICAgICBhd2FpdCBleGl0ZWQ7XG4gICAgfVxuICAgIHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgfSk7XG5cbiAgaXQoJ3NwbGl0cyA4IGltYWdlcyBhY3Jvc3MgYm90aCBleGVjdXRvcnMsIHJlY29nbmlzZXMgd2hhdCBhIGxvY2FsIHJ1biBkb2VzLCBhbmQgdGhlIHBheW1lbnRzIGFkZCB1cCcsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBbZmlyc3QsIHNlY29uZF0gPSBjaGFpbi5leGVjdXRvcnM7XG4gICAgY29uc3QgcmVxdWVzdGVyID0gY2hhaW4uYWNjb3VudHNbY2hhaW4ucmVxdWVzdGVyQWNjb3VudHNbMF0hXSE7XG4gICAgY29uc3QgY2hpbGQgPSBjbGkoW1xuICAgICAgJ3J1bicsICdvY3InLCAnLS1pbWFnZXMnLCAnOCcsICctLXBlci1yb3VuZCcsICcyJywgJy0tZXhlY3V0b3InLCBmaXJzdCEudXJsLCAnLS1leGVjdXRvcicsIHNlY29uZCEudXJsLCAnLS1qc29uJywgJy0tYWxsb3ctc2ltdWxhdGVkJyxcbiAgICAgICctLXJwYy11cmwnLCBjaGFpbi5ycGNVcmwsICctLWNoYW5uZWxzJywgY2hhaW4uY2hhbm5lbHMsICctLXByaXZhdGUta2V5JywgcmVxdWVzdGVyLnByaXZhdGVLZXksICctLWRhdGEtZGlyJywgam9pbihkaXIsICdyZXF1ZXN0ZXInKSxcbiAgICBdKTtcbiAgICBsZXQgc3Rkb3V0ID0gJyc7XG4gICAgbGV0IHN0ZGVyciA9ICcnO1xuICAgIGNoaWxkLnN0ZG91dCEub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlcikgPT4gKHN0ZG91dCArPSBjaHVuay50b1N0cmluZygpKSk7XG4gICAgY2hpbGQuc3RkZXJyIS5vbignZGF0YScsIChjaHVuazogQnVmZmVyKSA9PiAoc3RkZXJyICs9IGNodW5rLnRvU3RyaW5nKCkpKTtcbiAgICBjb25zdCBbY29kZV0gPSAoYXdhaXQgb25jZShjaGlsZCwgJ2V4aXQnKSkgYXMgW251bWJlciB8IG51bGxdO1xuICAgIGFzc2VydC5lcXVhbChjb2RlLCAwLCBgcnVuIG9jciBmYWlsZWQ6XFxuJHtzdGRlcnJ9XFxuJHtzdGRvdXR9YCk7XG4gICAgY29uc3QgcmVzdWx0ID0gSlNPTi5wYXJzZShzdGRvdXQudHJpbSgpLnNwbGl0KCdcXG4nKS5wb3AoKSEpIGFzIE9jckpzb247XG5cbiAgICAvLyBUaGUgc2FtZSBpbWFnZXMsIHJlY29nbmlzZWQgaGVyZSBpbiBvbmUgY2FsbC5cbiAgICBjb25zdCBpbWFnZXMgPSBnZW5lcmF0ZU9jckltYWdlcyh7IGNvdW50OiA4IH0pO1xuICAgIGNvbnN0IGxvY2FsID0gYXdhaXQgcnVuRnVuY3Rpb24oYXdhaXQgY29tcGlsZUZ1bmN0aW9uKGF3YWl0IGxvYWRCdWlsdGluRnVuY3Rpb24oJ29jcicpKSwgZW5jb2RlT2NyUXVldWUoaW1hZ2VzKSwgOCwgeyBtYXhNZW1vcnlQYWdlczogMjU2LCBtYXhTdGF0ZUJ5dGVzOiAxIDw8IDIwLCBtYXhPdXRwdXRCeXRlczogMSA8PCAyMCB9KTtcbiAgICBjb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXN1bHQucmVjb2duaXNlZCwgbG9jYWwub3V0cHV0cy5tYXAoKG91dHB1dCkgPT4gZGVjb2Rlci5kZWNvZGUob3V0cHV0KSksICd0aGUgdGV4dCwgaW4gaW1hZ2Ugb3JkZXIsIGVxdWFscyBhIGxvY2FsIHJ1bicpO1xuICAgIGFzc2VydC5lcXVhbChyZXN1bHQuaW1hZ2VzLCA4KTtcblxuICAgIGFzc2VydC5kZWVwRXF1YWwocmVzdWx0LnNsaWNlcy5tYXAoKHMpID0+IFtzLmZpcnN0SXRlbSwgcy5pdGVtcywgcy5leGVjdXRvcl0pLCBbWzAsIDQsIGZpcnN0IS51cmxdLCBbNCwgNCwgc2Vjb25kIS51cmxdXSk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlc3VsdC5jeWNsZXMsIDgpO1xuICAgIGFzc2VydC5lcXVhbChyZXN1bHQucm91bmRzLCA0LCAndHdvIHJvdW5kcyBvZiAyIGltYWdlcyBwZXIgc2xpY2UnKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKG5ldyBTZXQocmVzdWx0LnJvdW5kRXhlY3V0b3JzLm1hcCgocikgPT4gci5leGVjdXRvcikpLCBuZXcgU2V0KFtmaXJzdCEudXJsLCBzZWNvbmQhLnVybF0pLCAnYm90aCBleGVjdXRvcnMgcmFuIHJvdW5kcycpO1xuICAgIGZvciAoY29uc3Qgc2xpY2Ugb2YgcmVzdWx0LnNsaWNlcykge1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChyZXN1bHQucm91bmRFeGVjdXRvcnMuZmlsdGVyKChyKSA9PiByLnJ1bklkID09PSBzbGljZS5ydW5JZCkubWFwKChyKSA9PiByLmV4ZWN1dG9yKSwgW3NsaWNlLmV4ZWN1dG9yLCBzbGljZS5leGVjdXRvcl0pO1xuICAgIH1cblxuICAgIGNvbnN0IHBhaWQgPSByZXN1bHQucGFpZC5yZWR1Y2UoKHN1bSwgcCkgPT4gc3VtICsgQmlnSW50KHAuYW1vdW50KSwgMG4pO1xuICAgIGNvbnN0IHNwZW50ID0gcmVzdWx0LnNsaWNlcy5yZWR1Y2UoKHN1bSwgcykgPT4gc3VtICsgQmlnSW50KHMucnVuU3BlbnQpLCAwbik7XG4gICAgYXNzZXJ0LmVxdWFsKHBhaWQsIDhuICogMV8wMDBfMDAwXzAwMG4sICc4IGN5Y2xlcyBhdCAxIGd3ZWknKTtcbiAgICBhc3NlcnQuZXF1YWwoc3BlbnQsIHBhaWQsICdlYWNoIHNsaWNlXFwncyBzdG9yZWQgc3BlbmQgYWRkcyB1cCB0byB3aGF0IHdhcyBwYWlkJyk7XG4gICAgYXNzZXJ0LmVxdWFsKEJpZ0ludChyZXN1bHQucnVuU3BlbnQpLCBwYWlkKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKG5ldyBTZXQocmVzdWx0LnBhaWQubWFwKChwKSA9PiBwLnVybCkpLCBuZXcgU2V0KFtmaXJzdCEudXJsLCBzZWNvbmQhLnVybF0pKTtcbiAgICBmb3IgKGNvbnN0IHAgb2YgcmVzdWx0LnBhaWQpIGFzc2VydC5lcXVhbChCaWdJbnQocC5hbW91bnQpLCA0biAqIDFfMDAwXzAwMF8wMDBuLCBgJHtwLnVybH0gd2FzIHBhaWQgZm9yIGl0cyA0IGltYWdlc2ApO1xuICB9KTtcblxuICBhc3luYyBmdW5jdGlvbiBmaW5pc2goY2hpbGQ6IENoaWxkUHJvY2Vzcyk6IFByb21pc2U8eyBjb2RlOiBudW1iZXIgfCBudWxsOyBzdGRvdXQ6IHN0cmluZzsgc3RkZXJyOiBzdHJpbmcgfT4ge1xuICAgIGxldCBzdGRvdXQgPSAnJztcbiAgICBsZXQgc3RkZXJyID0gJyc7XG4gICAgY2hpbGQuc3Rkb3V0IS5vbignZGF0YScsIChjaHVuazogQnVmZmVyKSA9PiAoc3Rkb3V0ICs9IGNodW5rLnRvU3RyaW5nKCkpKTtcbiAgICBjaGlsZC5zdGRlcnIhLm9uKCdkYXRhJywgKGNodW5rOiBCdWZmZXIpID0+IChzdGRlcnIgKz0gY2h1bmsudG9TdHJpbmcoKSkpO1xuICAgIGNvbnN0IFtjb2RlXSA9IChhd2FpdCBvbmNlKGNoaWxkLCAnZXhpdCcpKSBhcyBbbnVtYmVyIHwgbnVsbF07XG4gICAgcmV0dXJuIHsgY29kZSwgc3Rkb3V0LCBzdGRlcnIgfTtcbiAgfVxuXG4gIGZ1bmN0aW9uIHJ1bldhc20obmFtZTogc3RyaW5nLCBleHRyYTogc3RyaW5nW10sIG1hbmlmZXN0OiBib29sZWFuKSB7XG4gICAgY29uc3QgbW9kdWxlID0gam9pbihkaXIsIGAke25hbWV9Lndhc21gKTtcbiAgICB3cml0ZUZpbGVTeW5jKG1vZHVsZSwgb2NyTW9kdWxlKTtcbiAgICBpZiAobWFuaWZlc3QpIHdyaXRlRmlsZVN5bmMoYCR7bW9kdWxlfS5qc29uYCwgSlNPTi5zdHJpbmdpZnkoeyBwYXJhbGxlbDogeyBpdGVtczogJ2dyZXktaW1hZ2VzJywgY3ljbGVzUGVySXRlbTogMSwgb3V0cHV0czogJ2NvbmNhdCcgfSB9KSk7XG4gICAgd3JpdGVGaWxlU3luYyhqb2luKGRpciwgYCR7bmFtZX0uc3RhdGVgKSwgZW5jb2RlT2NyUXVldWUoZ2VuZXJhdGVPY3JJbWFnZXMoeyBjb3VudDogNiwgc2VlZDogNSB9KSkpO1xuICAgIGNvbnN0IHJlcXVlc3RlciA9IGNoYWluLmFjY291bnRzW2NoYWluLnJlcXVlc3RlckFjY291bnRzWzFdIV0hO1xuICAgIHJldHVybiBjbGkoW1xuICAgICAgJ3J1bicsICd3YXNtJywgbW9kdWxlLCAnLS1zdGF0ZScsIGpvaW4oZGlyLCBgJHtuYW1lfS5zdGF0ZWApLCAnLS1jeWNsZXMnLCAnNicsICctLXBlci1yb3VuZCcsICczJyxcbiAgICAgIC4uLmNoYWluLmV4ZWN1dG9ycy5mbGF0TWFwKChlKSA9PiBbJy0tZXhlY3V0b3InLCBlLnVybF0pLFxuICAgICAgJy0tb3V0Jywgam9pbihkaXIsIGAke25hbWV9Lm91dGApLCAnLS1vdXRwdXRzJywgam9pbihkaXIsIGAke25hbWV9Lm91dHB1dHNgKSwgJy0tanNvbicsICctLWFsbG93LXNpbXVsYXRlZCcsXG4gICAgICAnLS1ycGMtdXJsJywgY2hhaW4ucnBjVXJsLCAnLS1jaGFubmVscycsIGNoYWluLmNoYW5uZWxzLCAnLS1wcml2YXRlLWtleScsIHJlcXVlc3Rlci5wcml2YXRlS2V5LCAnLS1kYXRhLWRpcicsIGpvaW4oZGlyLCAncmVxdWVzdGVyLXdhc20nKSxcbiAgICAgIC4uLmV4dHJhLFxuICAgIF0pO1xuICB9XG5cbiAgaXQoJ3J1biB3YXNtIGZvbGxvd3MgTU9EVUxFLndhc20uanNvbjogc2xpY2VzIGFjcm9zcyBib3RoIGV4ZWN1dG9ycywgb3V0cHV0cyBpbiBpdGVtIG9yZGVyLCB0aGUgcmVzdCBvZiBlYWNoIHF1ZXVlIGFzIHRoZSBmaW5hbCBzdGF0ZScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCB7IGNvZGUsIHN0ZG91dCwgc3RkZXJyIH0gPSBhd2FpdCBmaW5pc2gocnVuV2FzbSgnZGVjbGFyZWQnLCBbXSwgdHJ1ZSkpO1xuICAgIGFzc2VydC5lcXVhbChjb2RlLCAwLCBgcnVuIHdhc20gZmFpbGVkOlxcbiR7c3RkZXJyfVxcbiR7c3Rkb3V0fWApO1xuICAgIGNvbnN0IHJlc3VsdCA9IEpTT04ucGFyc2Uoc3Rkb3V0LnRyaW0oKS5zcGxpdCgnXFxuJykucG9wKCkhKSBhcyBPY3JKc29uO1xuICAgIGFzc2VydC5lcXVhbChyZXN1bHQucGFyYWxsZWwsIHRydWUpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocmVzdWx0LnNsaWNlcy5tYXAoKHMpID0+IFtzLmZpcnN0SXRlbSwgcy5pdGVtc10pLCBbWzAsIDNdLCBbMywgM11dKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKG5ldyBTZXQocmVzdWx0LnJvdW5kRXhlY3V0b3JzLm1hcCgocikgPT4gci5leGVjdXRvcikpLCBuZXcgU2V0KGNoYWluLmV4ZWN1dG9ycy5tYXAoKGUpID0+IGUudXJsKSkpO1xuICAgIGNvbnN0IGxvY2FsID0gYXdhaXQgcnVuRnVuY3Rpb24oYXdhaXQgY29tcGlsZUZ1bmN0aW9uKG9jck1vZHVsZSksIGVuY29kZU9jclF1ZXVlKGdlbmVyYXRlT2NySW1hZ2VzKHsgY291bnQ6IDYsIHNlZWQ6IDUgfSkpLCA2LCB7IG1heE1lbW9yeVBhZ2VzOiAyNTYsIG1heFN0YXRlQnl0ZXM6IDEgPDwgMjAsIG1heE91dHB1dEJ5dGVzOiAxIDw8IDIwIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwobmV3IFVpbnQ4QXJyYXkocmVhZEZpbGVTeW5jKGpvaW4oZGlyLCAnZGVjbGFyZWQub3V0cHV0cycpKSksIGZyYW1lT3V0cHV0cyhsb2NhbC5vdXRwdXRzKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChuZXcgVWludDhBcnJheShyZWFkRmlsZVN5bmMoam9pbihkaXIsICdkZWNsYXJlZC5vdXQnKSkpLCBsb2NhbC5zdGF0ZSwgJ2FuIGVtcHR5IHF1ZXVlJyk7XG4gIH0pO1xuXG4gIGl0KCdydW4gd2FzbSAtLW5vLXBhcmFsbGVsIGlnbm9yZXMgdGhlIG1hbmlmZXN0OyAtLXBhcmFsbGVsIHdpdGhvdXQgb25lIGlzIHJlZnVzZWQgYmVmb3JlIGFueXRoaW5nIGlzIHBhaWQnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3Qgc2luZ2xlID0gYXdhaXQgZmluaXNoKHJ1bldhc20oJ3NpbmdsZScsIFsnLS1uby1wYXJhbGxlbCddLCB0cnVlKSk7XG4gICAgYXNzZXJ0LmVxdWFsKHNpbmdsZS5jb2RlLCAwLCBzaW5nbGUuc3RkZXJyKTtcbiAgICBjb25zdCByZXN1bHQgPSBKU09OLnBhcnNlKHNpbmdsZS5zdGRvdXQudHJpbSgpLnNwbGl0KCdcXG4nKS5wb3AoKSEpIGFzIE9jckpzb24gJiB7IHBhcmFsbGVsPzogYm9vbGVhbiB9O1xuICAgIGFzc2VydC5lcXVhbChyZXN1bHQucGFyYWxsZWwsIHVuZGVmaW5lZCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChuZXcgU2V0KHJlc3VsdC5yb3VuZEV4ZWN1dG9ycy5tYXAoKHIpID0+IHIuZXhlY3V0b3IpKSwgbmV3IFNldChbY2hhaW4uZXhlY3V0b3JzWzBdIS51cmxdKSwgJ29uZSBydW4sIG9uIHRoZSBmaXJzdCBleGVjdXRvcicpO1xuICAgIGNvbnN0IHJlZnVzZWQgPSBhd2FpdCBmaW5pc2gocnVuV2FzbSgndW5kZWNsYXJlZCcsIFsnLS1wYXJhbGxlbCddLCBmYWxzZSkpO1xuICAgIGFzc2VydC5ub3RFcXVhbChyZWZ1c2VkLmNvZGUsIDApO1xuICAgIGFzc2VydC5tYXRjaChyZWZ1c2VkLnN0ZGVyciwgLy0tcGFyYWxsZWw6IHRoZSBtb2R1bGUgaGFzIG5vIHBhcmFsbGVsIG1hbmlmZXN0IC4qdW5kZWNsYXJlZFxcLndhc21cXC5qc29uLyk7XG4gIH0pO1xuXG4gIGl0KCdhIHNsaWNlIHdob3NlIGV4ZWN1dG9yIGNhbm5vdCBiZSByZWFjaGVkIG1vdmVzIHRvIHRoZSBvdGhlciBleGVjdXRvcjsgbm90aGluZyBpcyBwYWlkIHRvIHRoZSBkZWFkIG9uZScsIGFzeW5jICgpID0+IHtcbiAgICAvLyBBIHBvcnQgdGhhdCB3YXMgZnJlZSBhIG1vbWVudCBhZ286IG5vdGhpbmcgYW5zd2VycyB0aGVyZS5cbiAgICBjb25zdCBzZXJ2ZXIgPSBjcmVhdGVTZXJ2ZXIoKTtcbiAgICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4gc2VydmVyLmxpc3RlbigwLCAnMTI3LjAuMC4xJywgcmVzb2x2ZSkpO1xuICAgIGNvbnN0IHBvcnQgPSAoc2VydmVyLmFkZHJlc3MoKSBhcyB7IHBvcnQ6IG51bWJlciB9KS5wb3J0O1xuICAgIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChyZXNvbHZlKSA9PiBzZXJ2ZXIuY2xvc2UoKCkgPT4gcmVzb2x2ZSgpKSk7XG4gICAgY29uc3QgZGVhZCA9IGBodHRwOi8vMTI3LjAuMC4xOiR7cG9ydH1gO1xuICAgIGNvbnN0IFtmaXJzdF0gPSBjaGFpbi5leGVjdXRvcnM7XG4gICAgY29uc3QgcmVxdWVzdGVyID0gY2hhaW4uYWNjb3VudHNbY2hhaW4ucmVxdWVzdGVyQWNjb3VudHNbMF0hXSE7XG4gICAgY29uc3QgeyBjb2RlLCBzdGRvdXQsIHN0ZGVyciB9ID0gYXdhaXQgZmluaXNoKGNsaShbXG4gICAgICAncnVuJywgJ29jcicsICctLWltYWdlcycsICc0JywgJy0tc2VlZCcsICczJywgJy0tcGVyLXJvdW5kJywgJzInLCAnLS1leGVjdXRvcicsIGZpcnN0IS51cmwsICctLWV4ZWN1dG9yJywgZGVhZCwgJy0tanNvbicsICctLWFsbG93LXNpbXVsYXRlZCcsXG4gICAgICAnLS1ycGMtdXJsJywgY2hhaW4ucnBjVXJsLCAnLS1jaGFubmVscycsIGNoYWluLmNoYW5uZWxzLCAnLS1wcml2YXRlLWtleScsIHJlcXVlc3Rlci5wcml2YXRlS2V5LCAnLS1kYXRhLWRpcicsIGpvaW4oZGlyLCAncmVxdWVzdGVyLWZhaWxvdmVyJyksXG4gICAgICAnLS1yZXN1bHQtdGltZW91dC1tcycsICcyMDAwMCcsXG4gICAgXSkpO1xuICAgIGFzc2VydC5lcXVhbChjb2RlLCAwLCBgcnVuIG9jciBmYWlsZWQ6XFxuJHtzdGRlcnJ9XFxuJHtzdGRvdXR9YCk7XG4gICAgY29uc3QgcmVzdWx0ID0gSlNPTi5wYXJzZShzdGRvdXQudHJpbSgpLnNwbGl0KCdcXG4nKS5wb3AoKSEpIGFzIE9jckpzb24gJiB7IHRyYW5zZmVyczogbnVtYmVyOyBmYWlsdXJlczogeyB1cmw6IHN0cmluZyB9W10gfTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc3VsdC5zbGljZXMubWFwKChzKSA9PiBbcy5maXJzdEl0ZW0sIHMuaXRlbXMsIHMuZXhlY3V0b3JdKSwgW1swLCAyLCBmaXJzdCEudXJsXSwgWzIsIDIsIGRlYWRdXSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChuZXcgU2V0KHJlc3VsdC5yb3VuZEV4ZWN1dG9ycy5tYXAoKHIpID0+IHIuZXhlY3V0b3IpKSwgbmV3IFNldChbZmlyc3QhLnVybF0pLCAnZXZlcnkgcm91bmQgcmFuIG9uIHRoZSBsaXZlIGV4ZWN1dG9yJyk7XG4gICAgYXNzZXJ0Lm9rKHJlc3VsdC5mYWlsdXJlcy5zb21lKChmKSA9PiBmLnVybCA9PT0gZGVhZCkpO1xuICAgIGFzc2VydC5vayhyZXN1bHQudHJhbnNmZXJzID49IDEpO1xuICAgIGNvbnN0IGltYWdlcyA9IGdlbmVyYXRlT2NySW1hZ2VzKHsgY291bnQ6IDQsIHNlZWQ6IDMgfSk7XG4gICAgY29uc3QgbG9jYWwgPSBhd2FpdCBydW5GdW5jdGlvbihhd2FpdCBjb21waWxlRnVuY3Rpb24ob2NyTW9kdWxlKSwgZW5jb2RlT2NyUXVldWUoaW1hZ2VzKSwgNCwgeyBtYXhNZW1vcnlQYWdlczogMjU2LCBtYXhTdGF0ZUJ5dGVzOiAxIDw8IDIwLCBtYXhPdXRwdXRCeXRlczogMSA8PCAyMCB9KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc3VsdC5yZWNvZ25pc2VkLCBsb2NhbC5vdXRwdXRzLm1hcCgob3V0cHV0KSA9PiBuZXcgVGV4dERlY29kZXIoKS5kZWNvZGUob3V0cHV0KSkpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocmVzdWx0LnBhaWQubWFwKChwKSA9PiBbcC51cmwsIEJpZ0ludChwLmFtb3VudCldKSwgW1tmaXJzdCEudXJsLCA0biAqIDFfMDAwXzAwMF8wMDBuXV0pO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIkFBQUEsT0FBTyxZQUFZO0FBQ25CLFNBQVMsYUFBZ0M7QUFDekMsU0FBUyxZQUFZO0FBQ3JCLFNBQVMsYUFBYSxjQUFjLFFBQVEscUJBQXFCO0FBQ2pFLFNBQVMsY0FBYztBQUN2QixTQUFTLFlBQVk7QUFDckIsU0FBUyxvQkFBb0I7QUFDN0IsU0FBUyx1QkFBdUI7QUFDaEMsU0FBUyxPQUFPLFFBQVEsVUFBVSxVQUFVO0FBQzVDLFNBQVMsaUJBQWlCLHFCQUFxQixtQkFBbUI7QUFDbEUsU0FBUyxnQkFBZ0IseUJBQXlCO0FBQ2xELFNBQVMsa0JBQWtCO0FBQzNCLFNBQVMsb0JBQW9CO0FBZTdCLFNBQVMsSUFBSSxNQUE4QjtBQUN6QyxRQUFNLENBQUMsU0FBUyxHQUFHLE1BQU0sSUFBSSxXQUFXO0FBQ3hDLFNBQU8sTUFBTSxTQUFVLENBQUMsR0FBRyxRQUFRLEdBQUcsSUFBSSxHQUFHLEVBQUUsT0FBTyxDQUFDLFVBQVUsUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUNwRjtBQUVBLFNBQVMsZ0hBQWdILEVBQUUsU0FBUyxJQUFRLEdBQUcsTUFBTTtBQUNuSixNQUFJO0FBQ0osTUFBSTtBQUNKLE1BQUk7QUFDSixNQUFJO0FBRUosU0FBTyxZQUFZO0FBQ2pCLFVBQU0sWUFBWSxLQUFLLE9BQU8sR0FBRyxpQkFBaUIsQ0FBQztBQUNuRCxhQUFTLElBQUksQ0FBQyxVQUFVLGVBQWUsS0FBSyxjQUFjLEtBQUssUUFBUSxDQUFDO0FBQ3hFLFVBQU0sQ0FBQyxJQUFJLElBQUssTUFBTSxLQUFLLGdCQUFnQixFQUFFLE9BQU8sT0FBTyxPQUFRLENBQUMsR0FBRyxNQUFNO0FBQzdFLFlBQVEsS0FBSyxNQUFNLElBQUk7QUFDdkIsZ0JBQVksTUFBTSxvQkFBb0IsS0FBSztBQUFBLEVBQzdDLENBQUM7QUFFRCxRQUFNLFlBQVk7QUFDaEIsUUFBSSxPQUFPLGFBQWEsTUFBTTtBQUM1QixZQUFNLFNBQVMsS0FBSyxRQUFRLE1BQU07QUFDbEMsYUFBTyxLQUFLLFNBQVM7QUFDckIsWUFBTTtBQUFBLElBQ1I7QUFDQSxXQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUM5QyxDQUFDO0FBRUQsS0FBRyxvR0FBb0csWUFBWTtBQUNqSCxVQUFNLENBQUMsT0FBTyxNQUFNLElBQUksTUFBTTtBQUM5QixVQUFNLFlBQVksTUFBTSxTQUFTLE1BQU0sa0JBQWtCLENBQUMsQ0FBRTtBQUM1RCxVQUFNLFFBQVEsSUFBSTtBQUFBLE1BQ2hCO0FBQUEsTUFBTztBQUFBLE1BQU87QUFBQSxNQUFZO0FBQUEsTUFBSztBQUFBLE1BQWU7QUFBQSxNQUFLO0FBQUEsTUFBYyxNQUFPO0FBQUEsTUFBSztBQUFBLE1BQWMsT0FBUTtBQUFBLE1BQUs7QUFBQSxNQUFVO0FBQUEsTUFDbEg7QUFBQSxNQUFhLE1BQU07QUFBQSxNQUFRO0FBQUEsTUFBYyxNQUFNO0FBQUEsTUFBVTtBQUFBLE1BQWlCLFVBQVU7QUFBQSxNQUFZO0FBQUEsTUFBYyxLQUFLLEtBQUssV0FBVztBQUFBLElBQ3JJLENBQUM7QUFDRCxRQUFJLFNBQVM7QUFDYixRQUFJLFNBQVM7QUFDYixVQUFNLE9BQVEsR0FBRyxRQUFRLENBQUMsVUFBbUIsVUFBVSxNQUFNLFNBQVMsQ0FBRTtBQUN4RSxVQUFNLE9BQVEsR0FBRyxRQUFRLENBQUMsVUFBbUIsVUFBVSxNQUFNLFNBQVMsQ0FBRTtBQUN4RSxVQUFNLENBQUMsSUFBSSxJQUFLLE1BQU0sS0FBSyxPQUFPLE1BQU07QUFDeEMsV0FBTyxNQUFNLE1BQU0sR0FBRztBQUFBLEVBQW9CLE1BQU07QUFBQSxFQUFLLE1BQU0sRUFBRTtBQUM3RCxVQUFNLFNBQVMsS0FBSyxNQUFNLE9BQU8sS0FBSyxFQUFFLE1BQU0sSUFBSSxFQUFFLElBQUksQ0FBRTtBQUcxRCxVQUFNLFNBQVMsa0JBQWtCLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFDN0MsVUFBTSxRQUFRLE1BQU0sWUFBWSxNQUFNLGdCQUFnQixNQUFNLG9CQUFvQixLQUFLLENBQUMsR0FBRyxlQUFlLE1BQU0sR0FBRyxHQUFHLEVBQUUsZ0JBQWdCLEtBQUssZUFBZSxLQUFLLElBQUksZ0JBQWdCLEtBQUssR0FBRyxDQUFDO0FBQzVMLFVBQU0sVUFBVSxJQUFJLFlBQVk7QUFDaEMsV0FBTyxVQUFVLE9BQU8sWUFBWSxNQUFNLFFBQVEsSUFBSSxDQUFDLFdBQVcsUUFBUSxPQUFPLE1BQU0sQ0FBQyxHQUFHLDhDQUE4QztBQUN6SSxXQUFPLE1BQU0sT0FBTyxRQUFRLENBQUM7QUFFN0IsV0FBTyxVQUFVLE9BQU8sT0FBTyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsV0FBVyxFQUFFLE9BQU8sRUFBRSxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxHQUFHLE1BQU8sR0FBRyxHQUFHLENBQUMsR0FBRyxHQUFHLE9BQVEsR0FBRyxDQUFDLENBQUM7QUFDeEgsV0FBTyxNQUFNLE9BQU8sUUFBUSxDQUFDO0FBQzdCLFdBQU8sTUFBTSxPQUFPLFFBQVEsR0FBRyxrQ0FBa0M7QUFDakUsV0FBTyxVQUFVLElBQUksSUFBSSxPQUFPLGVBQWUsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUMsR0FBRyxvQkFBSSxJQUFJLENBQUMsTUFBTyxLQUFLLE9BQVEsR0FBRyxDQUFDLEdBQUcsMkJBQTJCO0FBQ3ZJLGVBQVcsU0FBUyxPQUFPLFFBQVE7QUFDakMsYUFBTyxVQUFVLE9BQU8sZUFBZSxPQUFPLENBQUMsTUFBTSxFQUFFLFVBQVUsTUFBTSxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLEdBQUcsQ0FBQyxNQUFNLFVBQVUsTUFBTSxRQUFRLENBQUM7QUFBQSxJQUN4STtBQUVBLFVBQU0sT0FBTyxPQUFPLEtBQUssT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLE9BQU8sRUFBRSxNQUFNLEdBQUcsRUFBRTtBQUN0RSxVQUFNLFFBQVEsT0FBTyxPQUFPLE9BQU8sQ0FBQyxLQUFLLE1BQU0sTUFBTSxPQUFPLEVBQUUsUUFBUSxHQUFHLEVBQUU7QUFDM0UsV0FBTyxNQUFNLE1BQU0sS0FBSyxhQUFnQixvQkFBb0I7QUFDNUQsV0FBTyxNQUFNLE9BQU8sTUFBTSxvREFBcUQ7QUFDL0UsV0FBTyxNQUFNLE9BQU8sT0FBTyxRQUFRLEdBQUcsSUFBSTtBQUMxQyxXQUFPLFVBQVUsSUFBSSxJQUFJLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLEdBQUcsQ0FBQyxHQUFHLG9CQUFJLElBQUksQ0FBQyxNQUFPLEtBQUssT0FBUSxHQUFHLENBQUMsQ0FBQztBQUMzRixlQUFXLEtBQUssT0FBTyxLQUFNLFFBQU8sTUFBTSxPQUFPLEVBQUUsTUFBTSxHQUFHLEtBQUssYUFBZ0IsR0FBRyxFQUFFLEdBQUcsNEJBQTRCO0FBQUEsRUFDdkgsQ0FBQztBQUVELGlCQUFlLE9BQU8sT0FBdUY7QUFDM0csUUFBSSxTQUFTO0FBQ2IsUUFBSSxTQUFTO0FBQ2IsVUFBTSxPQUFRLEdBQUcsUUFBUSxDQUFDLFVBQW1CLFVBQVUsTUFBTSxTQUFTLENBQUU7QUFDeEUsVUFBTSxPQUFRLEdBQUcsUUFBUSxDQUFDLFVBQW1CLFVBQVUsTUFBTSxTQUFTLENBQUU7QUFDeEUsVUFBTSxDQUFDLElBQUksSUFBSyxNQUFNLEtBQUssT0FBTyxNQUFNO0FBQ3hDLFdBQU8sRUFBRSxNQUFNLFFBQVEsT0FBTztBQUFBLEVBQ2hDO0FBRUEsV0FBUyxRQUFRLE1BQWMsT0FBaUIsVUFBbUI7QUFDakUsVUFBTSxTQUFTLEtBQUssS0FBSyxHQUFHLElBQUksT0FBTztBQUN2QyxrQkFBYyxRQUFRLFNBQVM7QUFDL0IsUUFBSSxTQUFVLGVBQWMsR0FBRyxNQUFNLFNBQVMsS0FBSyxVQUFVLEVBQUUsVUFBVSxFQUFFLE9BQU8sZUFBZSxlQUFlLEdBQUcsU0FBUyxTQUFTLEVBQUUsQ0FBQyxDQUFDO0FBQ3pJLGtCQUFjLEtBQUssS0FBSyxHQUFHLElBQUksUUFBUSxHQUFHLGVBQWUsa0JBQWtCLEVBQUUsT0FBTyxHQUFHLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQztBQUNsRyxVQUFNLFlBQVksTUFBTSxTQUFTLE1BQU0sa0JBQWtCLENBQUMsQ0FBRTtBQUM1RCxXQUFPLElBQUk7QUFBQSxNQUNUO0FBQUEsTUFBTztBQUFBLE1BQVE7QUFBQSxNQUFRO0FBQUEsTUFBVyxLQUFLLEtBQUssR0FBRyxJQUFJLFFBQVE7QUFBQSxNQUFHO0FBQUEsTUFBWTtBQUFBLE1BQUs7QUFBQSxNQUFlO0FBQUEsTUFDOUYsR0FBRyxNQUFNLFVBQVUsUUFBUSxDQUFDLE1BQU0sQ0FBQyxjQUFjLEVBQUUsR0FBRyxDQUFDO0FBQUEsTUFDdkQ7QUFBQSxNQUFTLEtBQUssS0FBSyxHQUFHLElBQUksTUFBTTtBQUFBLE1BQUc7QUFBQSxNQUFhLEtBQUssS0FBSyxHQUFHLElBQUksVUFBVTtBQUFBLE1BQUc7QUFBQSxNQUFVO0FBQUEsTUFDeEY7QUFBQSxNQUFhLE1BQU07QUFBQSxNQUFRO0FBQUEsTUFBYyxNQUFNO0FBQUEsTUFBVTtBQUFBLE1BQWlCLFVBQVU7QUFBQSxNQUFZO0FBQUEsTUFBYyxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsTUFDeEksR0FBRztBQUFBLElBQ0wsQ0FBQztBQUFBLEVBQ0g7QUFFQSxLQUFHLHFJQUFxSSxZQUFZO0FBQ2xKLFVBQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxHQUFHLElBQUksQ0FBQztBQUMzRSxXQUFPLE1BQU0sTUFBTSxHQUFHO0FBQUEsRUFBcUIsTUFBTTtBQUFBLEVBQUssTUFBTSxFQUFFO0FBQzlELFVBQU0sU0FBUyxLQUFLLE1BQU0sT0FBTyxLQUFLLEVBQUUsTUFBTSxJQUFJLEVBQUUsSUFBSSxDQUFFO0FBQzFELFdBQU8sTUFBTSxPQUFPLFVBQVUsSUFBSTtBQUNsQyxXQUFPLFVBQVUsT0FBTyxPQUFPLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUNuRixXQUFPLFVBQVUsSUFBSSxJQUFJLE9BQU8sZUFBZSxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsQ0FBQyxHQUFHLElBQUksSUFBSSxNQUFNLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxHQUFHLENBQUMsQ0FBQztBQUNsSCxVQUFNLFFBQVEsTUFBTSxZQUFZLE1BQU0sZ0JBQWdCLFNBQVMsR0FBRyxlQUFlLGtCQUFrQixFQUFFLE9BQU8sR0FBRyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEdBQUcsR0FBRyxFQUFFLGdCQUFnQixLQUFLLGVBQWUsS0FBSyxJQUFJLGdCQUFnQixLQUFLLEdBQUcsQ0FBQztBQUN2TSxXQUFPLFVBQVUsSUFBSSxXQUFXLGFBQWEsS0FBSyxLQUFLLGtCQUFrQixDQUFDLENBQUMsR0FBRyxhQUFhLE1BQU0sT0FBTyxDQUFDO0FBQ3pHLFdBQU8sVUFBVSxJQUFJLFdBQVcsYUFBYSxLQUFLLEtBQUssY0FBYyxDQUFDLENBQUMsR0FBRyxNQUFNLE9BQU8sZ0JBQWdCO0FBQUEsRUFDekcsQ0FBQztBQUVELEtBQUcsMEdBQTBHLFlBQVk7QUFDdkgsVUFBTSxTQUFTLE1BQU0sT0FBTyxRQUFRLFVBQVUsQ0FBQyxlQUFlLEdBQUcsSUFBSSxDQUFDO0FBQ3RFLFdBQU8sTUFBTSxPQUFPLE1BQU0sR0FBRyxPQUFPLE1BQU07QUFDMUMsVUFBTSxTQUFTLEtBQUssTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFLE1BQU0sSUFBSSxFQUFFLElBQUksQ0FBRTtBQUNqRSxXQUFPLE1BQU0sT0FBTyxVQUFVLE1BQVM7QUFDdkMsV0FBTyxVQUFVLElBQUksSUFBSSxPQUFPLGVBQWUsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUMsR0FBRyxvQkFBSSxJQUFJLENBQUMsTUFBTSxVQUFVLENBQUMsRUFBRyxHQUFHLENBQUMsR0FBRyxnQ0FBZ0M7QUFDNUksVUFBTSxVQUFVLE1BQU0sT0FBTyxRQUFRLGNBQWMsQ0FBQyxZQUFZLEdBQUcsS0FBSyxDQUFDO0FBQ3pFLFdBQU8sU0FBUyxRQUFRLE1BQU0sQ0FBQztBQUMvQixXQUFPLE1BQU0sUUFBUSxRQUFRLDBFQUEwRTtBQUFBLEVBQ3pHLENBQUM7QUFFRCxLQUFHLHlHQUF5RyxZQUFZO0FBRXRILFVBQU0sU0FBUyxhQUFhO0FBQzVCLFVBQU0sSUFBSSxRQUFjLENBQUMsWUFBWSxPQUFPLE9BQU8sR0FBRyxhQUFhLE9BQU8sQ0FBQztBQUMzRSxVQUFNLE9BQVEsT0FBTyxRQUFRLEVBQXVCO0FBQ3BELFVBQU0sSUFBSSxRQUFjLENBQUMsWUFBWSxPQUFPLE1BQU0sTUFBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxVQUFNLE9BQU8sb0JBQW9CLElBQUk7QUFDckMsVUFBTSxDQUFDLEtBQUssSUFBSSxNQUFNO0FBQ3RCLFVBQU0sWUFBWSxNQUFNLFNBQVMsTUFBTSxrQkFBa0IsQ0FBQyxDQUFFO0FBQzVELFVBQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxJQUFJLE1BQU0sT0FBTyxJQUFJO0FBQUEsTUFDaEQ7QUFBQSxNQUFPO0FBQUEsTUFBTztBQUFBLE1BQVk7QUFBQSxNQUFLO0FBQUEsTUFBVTtBQUFBLE1BQUs7QUFBQSxNQUFlO0FBQUEsTUFBSztBQUFBLE1BQWMsTUFBTztBQUFBLE1BQUs7QUFBQSxNQUFjO0FBQUEsTUFBTTtBQUFBLE1BQVU7QUFBQSxNQUMxSDtBQUFBLE1BQWEsTUFBTTtBQUFBLE1BQVE7QUFBQSxNQUFjLE1BQU07QUFBQSxNQUFVO0FBQUEsTUFBaUIsVUFBVTtBQUFBLE1BQVk7QUFBQSxNQUFjLEtBQUssS0FBSyxvQkFBb0I7QUFBQSxNQUM1STtBQUFBLE1BQXVCO0FBQUEsSUFDekIsQ0FBQyxDQUFDO0FBQ0YsV0FBTyxNQUFNLE1BQU0sR0FBRztBQUFBLEVBQW9CLE1BQU07QUFBQSxFQUFLLE1BQU0sRUFBRTtBQUM3RCxVQUFNLFNBQVMsS0FBSyxNQUFNLE9BQU8sS0FBSyxFQUFFLE1BQU0sSUFBSSxFQUFFLElBQUksQ0FBRTtBQUMxRCxXQUFPLFVBQVUsT0FBTyxPQUFPLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLEVBQUUsT0FBTyxFQUFFLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxHQUFHLEdBQUcsTUFBTyxHQUFHLEdBQUcsQ0FBQyxHQUFHLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFDakgsV0FBTyxVQUFVLElBQUksSUFBSSxPQUFPLGVBQWUsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUMsR0FBRyxvQkFBSSxJQUFJLENBQUMsTUFBTyxHQUFHLENBQUMsR0FBRyxzQ0FBc0M7QUFDckksV0FBTyxHQUFHLE9BQU8sU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLFFBQVEsSUFBSSxDQUFDO0FBQ3JELFdBQU8sR0FBRyxPQUFPLGFBQWEsQ0FBQztBQUMvQixVQUFNLFNBQVMsa0JBQWtCLEVBQUUsT0FBTyxHQUFHLE1BQU0sRUFBRSxDQUFDO0FBQ3RELFVBQU0sUUFBUSxNQUFNLFlBQVksTUFBTSxnQkFBZ0IsU0FBUyxHQUFHLGVBQWUsTUFBTSxHQUFHLEdBQUcsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxHQUFHLENBQUM7QUFDckssV0FBTyxVQUFVLE9BQU8sWUFBWSxNQUFNLFFBQVEsSUFBSSxDQUFDLFdBQVcsSUFBSSxZQUFZLEVBQUUsT0FBTyxNQUFNLENBQUMsQ0FBQztBQUNuRyxXQUFPLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxLQUFLLE9BQU8sRUFBRSxNQUFNLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxNQUFPLEtBQUssS0FBSyxXQUFjLENBQUMsQ0FBQztBQUFBLEVBQ3pHLENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
