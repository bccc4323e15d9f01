import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, before, describe, it, mock } from "node:test";
import { Command } from "commander";
import { compileFunction, runFunction } from "../../functions/abi.js";
import { PINNED_COMPILERS } from "../../functions/project.js";
import { isAirtntError } from "../../util/errors.js";
import { cliCommand, packageRoot } from "../../util/paths.js";
import { registerFunction } from "./function.js";
import { frameOutputs } from "./run-wasm-action.js";
const LANGS = ["assemblyscript", "c", "wat"];
const LIMITS = { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 24 };
let dir;
before(() => {
  for (const tool of ["clang", "wasm-ld"]) {
    assert.equal(spawnSync(tool, ["--version"]).status, 0, `${tool} is not on the PATH: install clang and lld (Debian: apt-get install clang lld)`);
  }
  dir = mkdtempSync(join(tmpdir(), "airtnt-author-"));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});
async function airtnt(...args) {
  const program = new Command("airtnt").exitOverride();
  registerFunction(program);
  const log = mock.method(console, "log", () => {
  });
  try {
    await program.parseAsync(["node", "airtnt", "function", ...args, "--json"]);
    const lines = log.mock.calls.map((call) => String(call.arguments[0]));
    return JSON.parse(lines.at(-1));
  } finally {
    log.mock.restore();
  }
}
function cli(args, cwd) {
  const [command, ...prefix] = cliCommand().map((arg) => arg === "tsx" ? import.meta.resolve("tsx") : arg);
  return spawn(command, [...prefix, ...args], { stdio: ["ignore", "pipe", "pipe"], ...cwd === void 0 ? {} : { cwd } });
}
async function finish(child) {
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => stdout += chunk.toString());
  child.stderr.on("data", (chunk) => stderr += chunk.toString());
  const [code] = await once(child, "exit");
  assert.equal(code, 0, `airtnt failed:
${stderr}
${stdout}`);
  return JSON.parse(stdout.trim().split("\n").pop());
}
function counterState(n, limit, sum) {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32LE(n, 0);
  bytes.writeUInt32LE(limit, 4);
  bytes.writeUInt32LE(sum, 8);
  return new Uint8Array(bytes);
}
const builds = /* @__PURE__ */ new Map();
describe("airtnt function new, build and check (real compilers)", { timeout: 9e5 }, () => {
  it("scaffolds, builds reproducibly in two folders and checks each language", async () => {
    const nearEnd = join(dir, "near-end.state");
    writeFileSync(nearEnd, counterState(5, 30, 15));
    for (const lang of LANGS) {
      const project = join(dir, `first-${lang}`, "counter");
      const created = await airtnt("new", "counter", "--lang", lang, "--dir", project);
      assert.equal(created.ok, true);
      for (const file of ["airtnt-function.json", "package.json", "README.md", ".gitignore", "test/checkpoint.test.mjs"]) assert.ok(existsSync(join(project, file)), `${lang}: ${file}`);
      const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8"));
      assert.equal(manifest.dependencies?.airtnt ?? manifest.devDependencies.airtnt, void 0, "the project does not depend on an airtnt from the registry");
      assert.equal(existsSync(join(project, "node_modules")), false, "built with nothing installed in the project");
      if (lang === "assemblyscript") assert.equal(manifest.devDependencies.assemblyscript, PINNED_COMPILERS.assemblyscript);
      if (lang === "wat") assert.equal(manifest.devDependencies.wabt, PINNED_COMPILERS.wabt);
      const copy = join(dir, `second-${lang}`, "elsewhere");
      cpSync(project, copy, { recursive: true });
      const first = await airtnt("build", project);
      const second = await airtnt("build", copy);
      assert.match(String(first.sha256), /^[0-9a-f]{64}$/);
      assert.equal(second.sha256, first.sha256, `${lang}: the measurement is the same in another folder and another build`);
      assert.equal(first.out, join(project, "build", "counter.wasm"));
      builds.set(lang, { sha256: String(first.sha256), out: String(first.out) });
      const fromEmpty = await airtnt("check", String(first.out));
      assert.equal(fromEmpty.ok, true);
      assert.equal(fromEmpty.sha256, first.sha256);
      assert.deepEqual(fromEmpty.law, { ...fromEmpty.law, cycles: 100, cyclesDone: 100, terminated: false, outputs: 100 });
      const terminating = await airtnt("check", String(first.out), "--state", nearEnd, "--cycles", "40");
      assert.deepEqual(terminating.law, { ...terminating.law, cyclesDone: 25, terminated: true, outputs: 25 });
    }
  });
  it("the three examples compute the same states and outputs", async () => {
    assert.equal(builds.size, LANGS.length, "needs the builds of the test above");
    const results = await Promise.all(LANGS.map(async (lang) => {
      const module = await compileFunction(new Uint8Array(readFileSync(builds.get(lang).out)));
      return runFunction(module, counterState(7, 20, 28), 50, LIMITS);
    }));
    for (const result of results) {
      assert.equal(result.cyclesDone, 13);
      assert.deepEqual(result.state, results[0].state);
      assert.deepEqual(result.outputs, results[0].outputs);
    }
    const last = Buffer.from(results[0].outputs.at(-1));
    assert.deepEqual([last.readUInt32LE(0), last.readUInt32LE(4)], [20, 210]);
  });
  it("the scaffolded project's own test passes against this airtnt", async () => {
    const project = join(dir, "first-c", "counter");
    const { NODE_TEST_CONTEXT: _inherited, ...env } = process.env;
    const child = spawn(process.execPath, ["--test", "test/"], {
      cwd: project,
      // From another folder, `--import tsx` must name tsx by its full path.
      env: { ...env, AIRTNT_CLI: JSON.stringify(cliCommand().map((arg) => arg === "tsx" ? import.meta.resolve("tsx") : arg)) },
      stdio: ["ignore", "pipe", "pipe"]
    });
    let output = "";
    child.stdout.on("data", (chunk) => output += chunk.toString());
    child.stderr.on("data", (chunk) => output += chunk.toString());
    const [code] = await once(child, "exit");
    assert.equal(code, 0, output);
    assert.match(output, /pass 1/);
  });
  it("refuses a new project over existing files, and a folder without airtnt-function.json", async () => {
    await assert.rejects(airtnt("new", "counter", "--lang", "c", "--dir", join(dir, "first-c", "counter")), (error) => isAirtntError(error, "FUNCTION_PROJECT_EXISTS"));
    await assert.rejects(airtnt("new", "counter", "--lang", "c", "--dir", join(packageRoot(), "counter")), (error) => isAirtntError(error, "INVALID_ARGUMENT"));
    await assert.rejects(airtnt("build", dir), (error) => isAirtntError(error, "FUNCTION_PROJECT_INVALID"));
  });
  it("refuses bad modules, naming the rule", async () => {
    const wabtFactory = createRequire(join(packageRoot(), "package.json"))("wabt");
    const wabt = await wabtFactory();
    const source = readFileSync(join(packageRoot(), "templates", "functions", "wat", "function.wat"), "utf8");
    const importLine = '(import "env" "memory" (memory 1))';
    const variants = [
      ["forbidden import", "imports", (text) => text.replace(importLine, `${importLine}
  (import "env" "now" (func $now (result i32)))`)],
      ["wrong export", "exports", (text) => text.replace('(export "run")', '(export "step")')],
      ["own memory", "memory", (text) => text.replace(importLine, "(memory 1)")],
      ["start function", "start-function", (text) => text.replace(importLine, `${importLine}
  (func $init)
  (start $init)`)],
      ["huge data segment", "data-size", (text) => text.replace(importLine, `${importLine}
  (data (i32.const 0) "${"a".repeat(4 * 1024 * 1024 + 1)}")`)]
    ];
    for (const [what, rule, edit] of variants) {
      const module = wabt.parseWat("bad.wat", edit(source));
      module.resolveNames();
      const file2 = join(dir, `${rule}.wasm`);
      writeFileSync(file2, module.toBinary({ write_debug_names: false }).buffer);
      await assert.rejects(airtnt("check", file2), (error) => {
        assert.ok(isAirtntError(error, "INVALID_FUNCTION"), `${what}: ${String(error)}`);
        assert.equal(error.details.rule, rule, `${what}: ${error.message}`);
        return true;
      });
    }
    const forgetful = wabt.parseWat("forgetful.wat", source.replace("(i32.store (i32.const 8) (local.get $sum))", "(i32.store (i32.const 8) (i32.const 0))"));
    forgetful.resolveNames();
    const file = join(dir, "forgetful.wasm");
    writeFileSync(file, forgetful.toBinary({ write_debug_names: false }).buffer);
    await assert.rejects(airtnt("check", file), (error) => {
      assert.ok(isAirtntError(error, "FUNCTION_CHECKPOINT_LAW"), String(error));
      assert.equal(error.details.part, "outputs");
      assert.deepEqual(error.details.split, [50, 50]);
      return true;
    });
    await assert.rejects(airtnt("check", join(dir, "no-such.wasm")), (error) => isAirtntError(error, "INVALID_ARGUMENT"));
  });
});
describe("the three builds run through the paid protocol (real processes)", { timeout: 9e5 }, () => {
  let devnet;
  let chain;
  before(async () => {
    devnet = cli(["devnet", "--executors", "1", "--accounts", "3", "--json"]);
    const [line] = await once(createInterface({ input: devnet.stdout }), "line");
    chain = JSON.parse(line);
  });
  after(async () => {
    if (devnet !== void 0 && devnet.exitCode === null) {
      const exited = once(devnet, "exit");
      devnet.kill("SIGTERM");
      await exited;
    }
  });
  const runIds = [];
  for (const lang of LANGS) {
    it(`${lang}: run wasm paid on the devnet's executor; equal to a local run`, async () => {
      const built = builds.get(lang);
      assert.ok(built, `needs the ${lang} build of the tests above`);
      const module = new Uint8Array(readFileSync(built.out));
      const state = counterState(0, 25, 0);
      writeFileSync(join(dir, `${lang}.state`), state);
      const requester = chain.accounts[chain.requesterAccounts[0]];
      const run = await finish(cli([
        "run",
        "wasm",
        built.out,
        "--state",
        join(dir, `${lang}.state`),
        "--cycles",
        "40",
        "--per-round",
        "10",
        "--executor",
        chain.executors[0].url,
        "--out",
        join(dir, `${lang}.out`),
        "--outputs",
        join(dir, `${lang}.outputs`),
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
      ]));
      assert.equal(run.ok, true);
      runIds.push(run.runId);
      assert.equal(run.functionMeasurement, built.sha256, "the run names the measurement the build printed");
      assert.equal(run.modulesSent, 1, "the module went to the executor sealed to its enclave");
      assert.equal(run.cycles, 25);
      assert.equal(run.terminated, true);
      assert.equal(run.rounds, 3, "rounds of 10, 10, then 5 done of 10 asked");
      assert.equal(run.paid.reduce((sum, p) => sum + BigInt(p.amount), 0n), 25n * 1000000000n, "25 cycles paid at 1 gwei");
      const local = await runFunction(await compileFunction(module), state, 40, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 22 });
      assert.equal(local.cyclesDone, 25);
      assert.deepEqual(new Uint8Array(readFileSync(join(dir, `${lang}.out`))), local.state);
      assert.deepEqual(new Uint8Array(readFileSync(join(dir, `${lang}.outputs`))), frameOutputs(local.outputs));
    });
  }
  it("airtnt runs list shows the three run wasm runs", async () => {
    assert.equal(runIds.length, LANGS.length, "needs the runs above");
    const listed = await finish(cli(["runs", "list", "--data-dir", join(dir, "requester"), "--json"]));
    assert.deepEqual(listed.runs.map((run) => run.runId).sort(), [...runIds].sort());
    for (const run of listed.runs) {
      assert.deepEqual(run.executors, [chain.executors[0].url]);
      assert.equal(run.insecure, true);
    }
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9mdW5jdGlvbi1hdXRob3IudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgZnVuY3Rpb24gYXV0aG9yJ3MgdG9vbHMgd2l0aCByZWFsIGNvbXBpbGVyczogYGFpcnRudCBmdW5jdGlvbiBuZXdgIGZvciBlYWNoIGxhbmd1YWdlLCBgYnVpbGRgXG4gKiB0d2ljZSAoaW4gdHdvIGZvbGRlcnM6IHRoZSBtZWFzdXJlbWVudCBkZXBlbmRzIG9uIG5laXRoZXIgdGhlIHJ1biBub3IgdGhlIHBhdGgpLCBgY2hlY2tgIG9uIHRoZVxuICogZW1wdHkgc3RhdGUgYW5kIG9uIGEgc3RhdGUgdGhhdCB0ZXJtaW5hdGVzLCB0aGUgdGhyZWUgbGFuZ3VhZ2VzJyBleGFtcGxlcyBhZ3JlZWluZyBieXRlIGZvciBieXRlLFxuICogdGhlIHNjYWZmb2xkZWQgcHJvamVjdCdzIG93biB0ZXN0IHJ1biBhZ2FpbnN0IHRoaXMgYWlydG50LCBhbmQgYmFkIG1vZHVsZXMgcmVmdXNlZCBieSBydWxlLiBUaGVuXG4gKiB0aGUgdGhyZWUgYnVpbGRzIHJ1biB0aHJvdWdoIHRoZSBwYWlkIHByb3RvY29sIChgYWlydG50IHJ1biB3YXNtYCwgcmVhbCBhbnZpbCwgb25lIHJlYWwgZXhlY3V0b3JcbiAqIHByb2Nlc3MgZm9yIHRoZSB0aHJlZSk6IHRoZSBtZWFzdXJlbWVudCBpcyB0aGUgb25lIHRoZSBidWlsZCBwcmludGVkLCBldmVyeSByb3VuZCBpcyBwYWlkLCBhbmQgdGhlXG4gKiBmaW5hbCBzdGF0ZSBhbmQgb3V0cHV0cyBlcXVhbCBhIGxvY2FsIHJ1bi4gKFRoZSBidWlsZHMgYXJlIHNoYXJlZDogQXNzZW1ibHlTY3JpcHQgYWxvbmUgdGFrZXMgbWFueVxuICogc2Vjb25kcyBvZiBDUFUgdG8gY29tcGlsZS4pIE5lZWRzIGNsYW5nIGFuZCBsbGQgb24gdGhlIFBBVEggKC5jaS9ydW4gaW5zdGFsbHMgdGhlbSk6IHdpdGhvdXQgdGhlbVxuICogdGhpcyB0ZXN0IGZhaWxzLCBpdCBkb2VzIG5vdCBza2lwLlxuICovXG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBzcGF3biwgc3Bhd25TeW5jLCB0eXBlIENoaWxkUHJvY2VzcyB9IGZyb20gJ25vZGU6Y2hpbGRfcHJvY2Vzcyc7XG5pbXBvcnQgeyBvbmNlIH0gZnJvbSAnbm9kZTpldmVudHMnO1xuaW1wb3J0IHsgY3BTeW5jLCBleGlzdHNTeW5jLCBta2R0ZW1wU3luYywgcmVhZEZpbGVTeW5jLCBybVN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGNyZWF0ZVJlcXVpcmUgfSBmcm9tICdub2RlOm1vZHVsZSc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgY3JlYXRlSW50ZXJmYWNlIH0gZnJvbSAnbm9kZTpyZWFkbGluZSc7XG5pbXBvcnQgeyBhZnRlciwgYmVmb3JlLCBkZXNjcmliZSwgaXQsIG1vY2sgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IHsgQ29tbWFuZCB9IGZyb20gJ2NvbW1hbmRlcic7XG5pbXBvcnQgeyBjb21waWxlRnVuY3Rpb24sIHJ1bkZ1bmN0aW9uIH0gZnJvbSAnLi4vLi4vZnVuY3Rpb25zL2FiaS5qcyc7XG5pbXBvcnQgeyBQSU5ORURfQ09NUElMRVJTIH0gZnJvbSAnLi4vLi4vZnVuY3Rpb25zL3Byb2plY3QuanMnO1xuaW1wb3J0IHsgaXNBaXJ0bnRFcnJvciB9IGZyb20gJy4uLy4uL3V0aWwvZXJyb3JzLmpzJztcbmltcG9ydCB7IGNsaUNvbW1hbmQsIHBhY2thZ2VSb290IH0gZnJvbSAnLi4vLi4vdXRpbC9wYXRocy5qcyc7XG5pbXBvcnQgeyByZWdpc3RlckZ1bmN0aW9uIH0gZnJvbSAnLi9mdW5jdGlvbi5qcyc7XG5pbXBvcnQgeyBmcmFtZU91dHB1dHMgfSBmcm9tICcuL3J1bi13YXNtLWFjdGlvbi5qcyc7XG5cbnR5cGUgRGV2bmV0SnNvbiA9IHsgcnBjVXJsOiBzdHJpbmc7IGNoYW5uZWxzOiBzdHJpbmc7IGFjY291bnRzOiB7IHByaXZhdGVLZXk6IHN0cmluZyB9W107IGV4ZWN1dG9yczogeyB1cmw6IHN0cmluZyB9W107IHJlcXVlc3RlckFjY291bnRzOiBudW1iZXJbXSB9O1xudHlwZSBSdW5Kc29uID0geyBvazogYm9vbGVhbjsgcnVuSWQ6IHN0cmluZzsgZnVuY3Rpb25NZWFzdXJlbWVudDogc3RyaW5nOyByb3VuZHM6IG51bWJlcjsgY3ljbGVzOiBudW1iZXI7IHRlcm1pbmF0ZWQ6IGJvb2xlYW47IG1vZHVsZXNTZW50OiBudW1iZXI7IHBhaWQ6IHsgYW1vdW50OiBzdHJpbmcgfVtdIH07XG5cbmNvbnN0IExBTkdTID0gWydhc3NlbWJseXNjcmlwdCcsICdjJywgJ3dhdCddIGFzIGNvbnN0O1xuY29uc3QgTElNSVRTID0geyBtYXhNZW1vcnlQYWdlczogMjU2LCBtYXhTdGF0ZUJ5dGVzOiAxIDw8IDIwLCBtYXhPdXRwdXRCeXRlczogMSA8PCAyNCB9O1xuXG5sZXQgZGlyOiBzdHJpbmc7XG5iZWZvcmUoKCkgPT4ge1xuICAvLyBGYWlsIGxvdWRseSwgbmV2ZXIgc2tpcDogdGhlIEMgY2FzZSBpcyBwYXJ0IG9mIHdoYXQgdGhlc2UgdGVzdHMgc2hvdy5cbiAgZm9yIChjb25zdCB0b29sIG9mIFsnY2xhbmcnLCAnd2FzbS1sZCddKSB7XG4gICAgYXNzZXJ0LmVxdWFsKHNwYXduU3luYyh0b29sLCBbJy0tdmVyc2lvbiddKS5zdGF0dXMsIDAsIGAke3Rvb2x9IGlzIG5vdCBvbiB0aGUgUEFUSDogaW5zdGFsbCBjbGFuZyBhbmQgbGxkIChEZWJpYW46IGFwdC1nZXQgaW5zdGFsbCBjbGFuZyBsbGQpYCk7XG4gIH1cbiAgZGlyID0gbWtkdGVtcFN5bmMoam9pbih0bXBkaXIoKSwgJ2FpcnRudC1hdXRob3ItJykpO1xufSk7XG5hZnRlcigoKSA9PiB7XG4gIHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbn0pO1xuXG4vKiogUnVucyBgYWlydG50IGZ1bmN0aW9uIC4uLmAgaW4gdGhpcyBwcm9jZXNzOyByZXR1cm5zIHRoZSBKU09OIGl0IHByaW50ZWQuICovXG5hc3luYyBmdW5jdGlvbiBhaXJ0bnQoLi4uYXJnczogc3RyaW5nW10pOiBQcm9taXNlPFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB7XG4gIGNvbnN0IHByb2dyYW0gPSBuZXcgQ29tbWFuZCgnYWlydG50JykuZXhpdE92ZXJyaWRlKCk7XG4gIHJlZ2lzdGVyRnVuY3Rpb24ocHJvZ3JhbSk7XG4gIGNvbnN0IGxvZyA9IG1vY2subWV0aG9kKGNvbnNvbGUsICdsb2cnLCAoKSA9PiB7fSk7XG4gIHRyeSB7XG4gICAgYXdhaXQgcHJvZ3JhbS5wYXJzZUFzeW5jKFsnbm9kZScsICdhaXJ0bnQnLCAnZnVuY3Rpb24nLCAuLi5hcmdzLCAnLS1qc29uJ10pO1xuICAgIGNvbnN0IGxpbmVzID0gbG9nLm1vY2suY2FsbHMubWFwKChjYWxsKSA9PiBTdHJpbmcoY2FsbC5hcmd1bWVudHNbMF0pKTtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShsaW5lcy5hdCgtMSkhKSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgfSBmaW5hbGx5IHtcbiAgICBsb2cubW9jay5yZXN0b3JlKCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gY2xpKGFyZ3M6IHN0cmluZ1tdLCBjd2Q/OiBzdHJpbmcpOiBDaGlsZFByb2Nlc3Mge1xuICAvLyBGcm9tIGFub3RoZXIgZm9sZGVyLCBgLS1pbXBvcnQgdHN4YCBtdXN0IG5hbWUgdHN4IGJ5IGl0cyBmdWxsIHBhdGguXG4gIGNvbnN0IFtjb21tYW5kLCAuLi5wcmVmaXhdID0gY2xpQ29tbWFuZCgpLm1hcCgoYXJnKSA9PiAoYXJnID09PSAndHN4JyA/IGltcG9ydC5tZXRhLnJlc29sdmUoJ3RzeCcpIDogYXJnKSk7XG4gIHJldHVybiBzcGF3bihjb21tYW5kISwgWy4uLnByZWZpeCwgLi4uYXJnc10sIHsgc3RkaW86IFsnaWdub3JlJywgJ3BpcGUnLCAncGlwZSddLCAuLi4oY3dkID09PSB1bmRlZmluZWQgPyB7fSA6IHsgY3dkIH0pIH0pO1xufVxuXG5hc3luYyBmdW5jdGlvbiBmaW5pc2goY2hpbGQ6IENoaWxkUHJvY2Vzcyk6IFByb21pc2U8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHtcbiAgbGV0IHN0ZG91dCA9ICcnO1xuICBsZXQgc3RkZXJyID0gJyc7XG4gIGNoaWxkLnN0ZG91dCEub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlcikgPT4gKHN0ZG91dCArPSBjaHVuay50b1N0cmluZygpKSk7XG4gIGNoaWxkLnN0ZGVyciEub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlcikgPT4gKHN0ZGVyciArPSBjaHVuay50b1N0cmluZygpKSk7XG4gIGNvbnN0IFtjb2RlXSA9IChhd2FpdCBvbmNlKGNoaWxkLCAnZXhpdCcpKSBhcyBbbnVtYmVyIHwgbnVsbF07XG4gIGFzc2VydC5lcXVhbChjb2RlLCAwLCBgYWlydG50IGZhaWxlZDpcXG4ke3N0ZGVycn1cXG4ke3N0ZG91dH1gKTtcbiAgcmV0dXJuIEpTT04ucGFyc2Uoc3Rkb3V0LnRyaW0oKS5zcGxpdCgnXFxuJykucG9wKCkhKSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbn1cblxuZnVuY3Rpb24gY291bnRlclN0YXRlKG46IG51bWJlciwgbGltaXQ6IG51bWJlciwgc3VtOiBudW1iZXIpOiBVaW50OEFycmF5IHtcbiAgY29uc3QgYnl0ZXMgPSBCdWZmZXIuYWxsb2MoMTIpO1xuICBieXRlcy53cml0ZVVJbnQzMkxFKG4sIDApO1xuICBieXRlcy53cml0ZVVJbnQzMkxFKGxpbWl0LCA0KTtcbiAgYnl0ZXMud3JpdGVVSW50MzJMRShzdW0sIDgpO1xuICByZXR1cm4gbmV3IFVpbnQ4QXJyYXkoYnl0ZXMpO1xufVxuXG50eXBlIEJ1aWx0ID0geyBzaGEyNTY6IHN0cmluZzsgb3V0OiBzdHJpbmcgfTtcbmNvbnN0IGJ1aWxkcyA9IG5ldyBNYXA8c3RyaW5nLCBCdWlsdD4oKTtcblxuZGVzY3JpYmUoJ2FpcnRudCBmdW5jdGlvbiBuZXcsIGJ1aWxkIGFuZCBjaGVjayAocmVhbCBjb21waWxlcnMpJywgeyB0aW1lb3V0OiA5MDBfMDAwIH0sICgpID0+IHtcbiAgaXQoJ3NjYWZmb2xkcywgYnVpbGRzIHJlcHJvZHVjaWJseSBpbiB0d28gZm9sZGVycyBhbmQgY2hlY2tzIGVhY2ggbGFuZ3VhZ2UnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgbmVhckVuZCA9IGpvaW4oZGlyLCAnbmVhci1lbmQuc3RhdGUnKTtcbiAgICB3cml0ZUZpbGVTeW5jKG5lYXJFbmQsIGNvdW50ZXJTdGF0ZSg1LCAzMCwgMTUpKTtcbiAgICBmb3IgKGNvbnN0IGxhbmcgb2YgTEFOR1MpIHtcbiAgICAgIGNvbnN0IHByb2plY3QgPSBqb2luKGRpciwgYGZpcnN0LSR7bGFuZ31gLCAnY291bnRlcicpO1xuICAgICAgY29uc3QgY3JlYXRlZCA9IGF3YWl0IGFpcnRudCgnbmV3JywgJ2NvdW50ZXInLCAnLS1sYW5nJywgbGFuZywgJy0tZGlyJywgcHJvamVjdCk7XG4gICAgICBhc3NlcnQuZXF1YWwoY3JlYXRlZC5vaywgdHJ1ZSk7XG4gICAgICBmb3IgKGNvbnN0IGZpbGUgb2YgWydhaXJ0bnQtZnVuY3Rpb24uanNvbicsICdwYWNrYWdlLmpzb24nLCAnUkVBRE1FLm1kJywgJy5naXRpZ25vcmUnLCAndGVzdC9jaGVja3BvaW50LnRlc3QubWpzJ10pIGFzc2VydC5vayhleGlzdHNTeW5jKGpvaW4ocHJvamVjdCwgZmlsZSkpLCBgJHtsYW5nfTogJHtmaWxlfWApO1xuICAgICAgY29uc3QgbWFuaWZlc3QgPSBKU09OLnBhcnNlKHJlYWRGaWxlU3luYyhqb2luKHByb2plY3QsICdwYWNrYWdlLmpzb24nKSwgJ3V0ZjgnKSkgYXMgeyBkZXBlbmRlbmNpZXM/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+OyBkZXZEZXBlbmRlbmNpZXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gfTtcbiAgICAgIGFzc2VydC5lcXVhbChtYW5pZmVzdC5kZXBlbmRlbmNpZXM/LmFpcnRudCA/PyBtYW5pZmVzdC5kZXZEZXBlbmRlbmNpZXMuYWlydG50LCB1bmRlZmluZWQsICd0aGUgcHJvamVjdCBkb2VzIG5vdCBkZXBlbmQgb24gYW4gYWlydG50IGZyb20gdGhlIHJlZ2lzdHJ5Jyk7XG4gICAgICBhc3NlcnQuZXF1YWwoZXhpc3RzU3luYyhqb2luKHByb2plY3QsICdub2RlX21vZHVsZXMnKSksIGZhbHNlLCAnYnVpbHQgd2l0aCBub3RoaW5nIGluc3RhbGxlZCBpbiB0aGUgcHJvamVjdCcpO1xuICAgICAgaWYgKGxhbmcgPT09ICdhc3NlbWJseXNjcmlwdCcpIGFzc2VydC5lcXVhbChtYW5pZmVzdC5kZXZEZXBlbmRlbmNpZXMuYXNzZW1ibHlzY3JpcHQsIFBJTk5FRF9DT01QSUxFUlMuYXNzZW1ibHlzY3JpcHQpO1xuICAgICAgaWYgKGxhbmcgPT09ICd3YXQnKSBhc3NlcnQuZXF1YWwobWFuaWZlc3QuZGV2RGVwZW5kZW5jaWVzLndhYnQsIFBJTk5FRF9DT01QSUxFUlMud2FidCk7XG5cbiAgICAgIGNvbnN0IGNvcHkgPSBqb2luKGRpciwgYHNlY29uZC0ke2xhbmd9YCwgJ2Vsc2V3aGVyZScpO1xuICAgICAgY3BTeW5jKHByb2plY3QsIGNvcHksIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgICAgY29uc3QgZmlyc3QgPSBhd2FpdCBhaXJ0bnQoJ2J1aWxkJywgcHJvamVjdCk7XG4gICAgICBjb25zdCBzZWNvbmQgPSBhd2FpdCBhaXJ0bnQoJ2J1aWxkJywgY29weSk7XG4gICAgICBhc3NlcnQubWF0Y2goU3RyaW5nKGZpcnN0LnNoYTI1NiksIC9eWzAtOWEtZl17NjR9JC8pO1xuICAgICAgYXNzZXJ0LmVxdWFsKHNlY29uZC5zaGEyNTYsIGZpcnN0LnNoYTI1NiwgYCR7bGFuZ306IHRoZSBtZWFzdXJlbWVudCBpcyB0aGUgc2FtZSBpbiBhbm90aGVyIGZvbGRlciBhbmQgYW5vdGhlciBidWlsZGApO1xuICAgICAgYXNzZXJ0LmVxdWFsKGZpcnN0Lm91dCwgam9pbihwcm9qZWN0LCAnYnVpbGQnLCAnY291bnRlci53YXNtJykpO1xuICAgICAgYnVpbGRzLnNldChsYW5nLCB7IHNoYTI1NjogU3RyaW5nKGZpcnN0LnNoYTI1NiksIG91dDogU3RyaW5nKGZpcnN0Lm91dCkgfSk7XG5cbiAgICAgIGNvbnN0IGZyb21FbXB0eSA9IGF3YWl0IGFpcnRudCgnY2hlY2snLCBTdHJpbmcoZmlyc3Qub3V0KSk7XG4gICAgICBhc3NlcnQuZXF1YWwoZnJvbUVtcHR5Lm9rLCB0cnVlKTtcbiAgICAgIGFzc2VydC5lcXVhbChmcm9tRW1wdHkuc2hhMjU2LCBmaXJzdC5zaGEyNTYpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChmcm9tRW1wdHkubGF3LCB7IC4uLihmcm9tRW1wdHkubGF3IGFzIG9iamVjdCksIGN5Y2xlczogMTAwLCBjeWNsZXNEb25lOiAxMDAsIHRlcm1pbmF0ZWQ6IGZhbHNlLCBvdXRwdXRzOiAxMDAgfSk7XG4gICAgICBjb25zdCB0ZXJtaW5hdGluZyA9IGF3YWl0IGFpcnRudCgnY2hlY2snLCBTdHJpbmcoZmlyc3Qub3V0KSwgJy0tc3RhdGUnLCBuZWFyRW5kLCAnLS1jeWNsZXMnLCAnNDAnKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwodGVybWluYXRpbmcubGF3LCB7IC4uLih0ZXJtaW5hdGluZy5sYXcgYXMgb2JqZWN0KSwgY3ljbGVzRG9uZTogMjUsIHRlcm1pbmF0ZWQ6IHRydWUsIG91dHB1dHM6IDI1IH0pO1xuICAgIH1cbiAgfSk7XG5cbiAgaXQoJ3RoZSB0aHJlZSBleGFtcGxlcyBjb21wdXRlIHRoZSBzYW1lIHN0YXRlcyBhbmQgb3V0cHV0cycsIGFzeW5jICgpID0+IHtcbiAgICBhc3NlcnQuZXF1YWwoYnVpbGRzLnNpemUsIExBTkdTLmxlbmd0aCwgJ25lZWRzIHRoZSBidWlsZHMgb2YgdGhlIHRlc3QgYWJvdmUnKTtcbiAgICBjb25zdCByZXN1bHRzID0gYXdhaXQgUHJvbWlzZS5hbGwoTEFOR1MubWFwKGFzeW5jIChsYW5nKSA9PiB7XG4gICAgICBjb25zdCBtb2R1bGUgPSBhd2FpdCBjb21waWxlRnVuY3Rpb24obmV3IFVpbnQ4QXJyYXkocmVhZEZpbGVTeW5jKGJ1aWxkcy5nZXQobGFuZykhLm91dCkpKTtcbiAgICAgIHJldHVybiBydW5GdW5jdGlvbihtb2R1bGUsIGNvdW50ZXJTdGF0ZSg3LCAyMCwgMjgpLCA1MCwgTElNSVRTKTtcbiAgICB9KSk7XG4gICAgZm9yIChjb25zdCByZXN1bHQgb2YgcmVzdWx0cykge1xuICAgICAgYXNzZXJ0LmVxdWFsKHJlc3VsdC5jeWNsZXNEb25lLCAxMyk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc3VsdC5zdGF0ZSwgcmVzdWx0c1swXSEuc3RhdGUpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChyZXN1bHQub3V0cHV0cywgcmVzdWx0c1swXSEub3V0cHV0cyk7XG4gICAgfVxuICAgIC8vIG4gcnVucyA4Li4yMCwgc3VtID0gMSArIC4uLiArIG4uXG4gICAgY29uc3QgbGFzdCA9IEJ1ZmZlci5mcm9tKHJlc3VsdHNbMF0hLm91dHB1dHMuYXQoLTEpISk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChbbGFzdC5yZWFkVUludDMyTEUoMCksIGxhc3QucmVhZFVJbnQzMkxFKDQpXSwgWzIwLCAyMTBdKTtcbiAgfSk7XG5cbiAgaXQoXCJ0aGUgc2NhZmZvbGRlZCBwcm9qZWN0J3Mgb3duIHRlc3QgcGFzc2VzIGFnYWluc3QgdGhpcyBhaXJ0bnRcIiwgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHByb2plY3QgPSBqb2luKGRpciwgJ2ZpcnN0LWMnLCAnY291bnRlcicpO1xuICAgIC8vIE5vdCBpbnNpZGUgdGhpcyB0ZXN0IHJ1bm5lcjogTk9ERV9URVNUX0NPTlRFWFQgd291bGQgbWFrZSB0aGUgY2hpbGQgcmVwb3J0IHRvIGl0LlxuICAgIGNvbnN0IHsgTk9ERV9URVNUX0NPTlRFWFQ6IF9pbmhlcml0ZWQsIC4uLmVudiB9ID0gcHJvY2Vzcy5lbnY7XG4gICAgY29uc3QgY2hpbGQgPSBzcGF3bihwcm9jZXNzLmV4ZWNQYXRoLCBbJy0tdGVzdCcsICd0ZXN0LyddLCB7XG4gICAgICBjd2Q6IHByb2plY3QsXG4gICAgICAvLyBGcm9tIGFub3RoZXIgZm9sZGVyLCBgLS1pbXBvcnQgdHN4YCBtdXN0IG5hbWUgdHN4IGJ5IGl0cyBmdWxsIHBhdGguXG4gICAgICBlbnY6IHsgLi4uZW52LCBBSVJUTlRfQ0xJOiBKU09OLnN0cmluZ2lmeShjbGlDb21tYW5kKCkubWFwKChhcmcpID0+IChhcmcgPT09ICd0c3gnID8gaW1wb3J0Lm1ldGEucmVzb2x2ZSgndHN4JykgOiBhcmcpKSkgfSxcbiAgICAgIHN0ZGlvOiBbJ2lnbm9yZScsICdwaXBlJywgJ3BpcGUnXSxcbiAgICB9KTtcbiAgICBsZXQgb3V0cHV0ID0gJyc7XG4gICAgY2hpbGQuc3Rkb3V0Lm9uKCdkYXRhJywgKGNodW5rOiBCdWZmZXIpID0+IChvdXRwdXQgKz0gY2h1bmsudG9TdHJpbmcoKSkpO1xuICAgIGNoaWxkLnN0ZGVyci5vbignZGF0YScsIChjaHVuazogQnVmZmVyKSA9PiAob3V0cHV0ICs9IGNodW5rLnRvU3RyaW5nKCkpKTtcbiAgICBjb25zdCBbY29kZV0gPSAoYXdhaXQgb25jZShjaGlsZCwgJ2V4aXQnKSkgYXMgW251bWJlciB8IG51bGxdO1xuICAgIGFzc2VydC5lcXVhbChjb2RlLCAwLCBvdXRwdXQpO1xuICAgIGFzc2VydC5tYXRjaChvdXRwdXQsIC9wYXNzIDEvKTtcbiAgfSk7XG5cbiAgaXQoJ3JlZnVzZXMgYSBuZXcgcHJvamVjdCBvdmVyIGV4aXN0aW5nIGZpbGVzLCBhbmQgYSBmb2xkZXIgd2l0aG91dCBhaXJ0bnQtZnVuY3Rpb24uanNvbicsIGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCBhc3NlcnQucmVqZWN0cyhhaXJ0bnQoJ25ldycsICdjb3VudGVyJywgJy0tbGFuZycsICdjJywgJy0tZGlyJywgam9pbihkaXIsICdmaXJzdC1jJywgJ2NvdW50ZXInKSksIChlcnJvcjogdW5rbm93bikgPT4gaXNBaXJ0bnRFcnJvcihlcnJvciwgJ0ZVTkNUSU9OX1BST0pFQ1RfRVhJU1RTJykpO1xuICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGFpcnRudCgnbmV3JywgJ2NvdW50ZXInLCAnLS1sYW5nJywgJ2MnLCAnLS1kaXInLCBqb2luKHBhY2thZ2VSb290KCksICdjb3VudGVyJykpLCAoZXJyb3I6IHVua25vd24pID0+IGlzQWlydG50RXJyb3IoZXJyb3IsICdJTlZBTElEX0FSR1VNRU5UJykpO1xuICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGFpcnRudCgnYnVpbGQnLCBkaXIpLCAoZXJyb3I6IHVua25vd24pID0+IGlzQWlydG50RXJyb3IoZXJyb3IsICdGVU5DVElPTl9QUk9KRUNUX0lOVkFMSUQnKSk7XG4gIH0pO1xuXG4gIGl0KCdyZWZ1c2VzIGJhZCBtb2R1bGVzLCBuYW1pbmcgdGhlIHJ1bGUnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3Qgd2FidEZhY3RvcnkgPSBjcmVhdGVSZXF1aXJlKGpvaW4ocGFja2FnZVJvb3QoKSwgJ3BhY2thZ2UuanNvbicpKSgnd2FidCcpIGFzICgpID0+IFByb21pc2U8e1xuICAgICAgcGFyc2VXYXQobmFtZTogc3RyaW5nLCB0ZXh0OiBzdHJpbmcpOiB7IHJlc29sdmVOYW1lcygpOiB2b2lkOyB0b0JpbmFyeShvcHRpb25zOiBvYmplY3QpOiB7IGJ1ZmZlcjogVWludDhBcnJheSB9IH07XG4gICAgfT47XG4gICAgY29uc3Qgd2FidCA9IGF3YWl0IHdhYnRGYWN0b3J5KCk7XG4gICAgY29uc3Qgc291cmNlID0gcmVhZEZpbGVTeW5jKGpvaW4ocGFja2FnZVJvb3QoKSwgJ3RlbXBsYXRlcycsICdmdW5jdGlvbnMnLCAnd2F0JywgJ2Z1bmN0aW9uLndhdCcpLCAndXRmOCcpO1xuICAgIGNvbnN0IGltcG9ydExpbmUgPSAnKGltcG9ydCBcImVudlwiIFwibWVtb3J5XCIgKG1lbW9yeSAxKSknO1xuICAgIGNvbnN0IHZhcmlhbnRzOiBbc3RyaW5nLCBzdHJpbmcsICh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZ11bXSA9IFtcbiAgICAgIFsnZm9yYmlkZGVuIGltcG9ydCcsICdpbXBvcnRzJywgKHRleHQpID0+IHRleHQucmVwbGFjZShpbXBvcnRMaW5lLCBgJHtpbXBvcnRMaW5lfVxcbiAgKGltcG9ydCBcImVudlwiIFwibm93XCIgKGZ1bmMgJG5vdyAocmVzdWx0IGkzMikpKWApXSxcbiAgICAgIFsnd3JvbmcgZXhwb3J0JywgJ2V4cG9ydHMnLCAodGV4dCkgPT4gdGV4dC5yZXBsYWNlKCcoZXhwb3J0IFwicnVuXCIpJywgJyhleHBvcnQgXCJzdGVwXCIpJyldLFxuICAgICAgWydvd24gbWVtb3J5JywgJ21lbW9yeScsICh0ZXh0KSA9PiB0ZXh0LnJlcGxhY2UoaW1wb3J0TGluZSwgJyhtZW1vcnkgMSknKV0sXG4gICAgICBbJ3N0YXJ0IGZ1bmN0aW9uJywgJ3N0YXJ0LWZ1bmN0aW9uJywgKHRleHQpID0+IHRleHQucmVwbGFjZShpbXBvcnRMaW5lLCBgJHtpbXBvcnRMaW5lfVxcbiAgKGZ1bmMgJGluaXQpXFxuICAoc3RhcnQgJGluaXQpYCldLFxuICAgICAgWydodWdlIGRhdGEgc2VnbWVudCcsICdkYXRhLXNpemUnLCAodGV4dCkgPT4gdGV4dC5yZXBsYWNlKGltcG9ydExpbmUsIGAke2ltcG9ydExpbmV9XFxuICAoZGF0YSAoaTMyLmNvbnN0IDApIFwiJHsnYScucmVwZWF0KDQgKiAxMDI0ICogMTAyNCArIDEpfVwiKWApXSxcbiAgICBdO1xuICAgIGZvciAoY29uc3QgW3doYXQsIHJ1bGUsIGVkaXRdIG9mIHZhcmlhbnRzKSB7XG4gICAgICBjb25zdCBtb2R1bGUgPSB3YWJ0LnBhcnNlV2F0KCdiYWQud2F0JywgZWRpdChzb3VyY2UpKTtcbiAgICAgIG1vZHVsZS5yZXNvbHZlTmFtZXMoKTtcbiAgICAgIGNvbnN0IGZpbGUgPSBqb2luKGRpciwgYCR7cnVsZX0ud2FzbWApO1xuICAgICAgd3JpdGVGaWxlU3luYyhmaWxlLCBtb2R1bGUudG9CaW5hcnkoeyB3cml0ZV9kZWJ1Z19uYW1lczogZmFsc2UgfSkuYnVmZmVyKTtcbiAgICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGFpcnRudCgnY2hlY2snLCBmaWxlKSwgKGVycm9yOiB1bmtub3duKSA9PiB7XG4gICAgICAgIGFzc2VydC5vayhpc0FpcnRudEVycm9yKGVycm9yLCAnSU5WQUxJRF9GVU5DVElPTicpLCBgJHt3aGF0fTogJHtTdHJpbmcoZXJyb3IpfWApO1xuICAgICAgICBhc3NlcnQuZXF1YWwoZXJyb3IuZGV0YWlscy5ydWxlLCBydWxlLCBgJHt3aGF0fTogJHtlcnJvci5tZXNzYWdlfWApO1xuICAgICAgICByZXR1cm4gdHJ1ZTtcbiAgICAgIH0pO1xuICAgIH1cbiAgICAvLyBBIGZ1bmN0aW9uIHRoYXQgZm9yZ2V0cyBwYXJ0IG9mIGl0cyBzdGF0ZSBiZXR3ZWVuIGNhbGxzOiByaWdodCBpbiBvbmUgY2FsbCwgd3JvbmcgaW4gY2h1bmtzLlxuICAgIGNvbnN0IGZvcmdldGZ1bCA9IHdhYnQucGFyc2VXYXQoJ2ZvcmdldGZ1bC53YXQnLCBzb3VyY2UucmVwbGFjZSgnKGkzMi5zdG9yZSAoaTMyLmNvbnN0IDgpIChsb2NhbC5nZXQgJHN1bSkpJywgJyhpMzIuc3RvcmUgKGkzMi5jb25zdCA4KSAoaTMyLmNvbnN0IDApKScpKTtcbiAgICBmb3JnZXRmdWwucmVzb2x2ZU5hbWVzKCk7XG4gICAgY29uc3QgZmlsZSA9IGpvaW4oZGlyLCAnZm9yZ2V0ZnVsLndhc20nKTtcbiAgICB3cml0ZUZpbGVTeW5jKGZpbGUsIGZvcmdldGZ1bC50b0JpbmFyeSh7IHdyaXRlX2RlYnVnX25hbWVzOiBmYWxzZSB9KS5idWZmZXIpO1xuICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKGFpcnRudCgnY2hlY2snLCBmaWxlKSwgKGVycm9yOiB1bmtub3duKSA9PiB7XG4gICAgICBhc3NlcnQub2soaXNBaXJ0bnRFcnJvcihlcnJvciwgJ0ZVTkNUSU9OX0NIRUNLUE9JTlRfTEFXJyksIFN0cmluZyhlcnJvcikpO1xuICAgICAgYXNzZXJ0LmVxdWFsKGVycm9yLmRldGFpbHMucGFydCwgJ291dHB1dHMnKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwoZXJyb3IuZGV0YWlscy5zcGxpdCwgWzUwLCA1MF0pO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfSk7XG4gICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoYWlydG50KCdjaGVjaycsIGpvaW4oZGlyLCAnbm8tc3VjaC53YXNtJykpLCAoZXJyb3I6IHVua25vd24pID0+IGlzQWlydG50RXJyb3IoZXJyb3IsICdJTlZBTElEX0FSR1VNRU5UJykpO1xuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgndGhlIHRocmVlIGJ1aWxkcyBydW4gdGhyb3VnaCB0aGUgcGFpZCBwcm90b2NvbCAocmVhbCBwcm9jZXNzZXMpJywgeyB0aW1lb3V0OiA5MDBfMDAwIH0sICgpID0+IHtcbiAgbGV0IGRldm5ldDogQ2hpbGRQcm9jZXNzO1xuICBsZXQgY2hhaW46IERldm5ldEpzb247XG5cbiAgYmVmb3JlKGFzeW5jICgpID0+IHtcbiAgICBkZXZuZXQgPSBjbGkoWydkZXZuZXQnLCAnLS1leGVjdXRvcnMnLCAnMScsICctLWFjY291bnRzJywgJzMnLCAnLS1qc29uJ10pO1xuICAgIGNvbnN0IFtsaW5lXSA9IChhd2FpdCBvbmNlKGNyZWF0ZUludGVyZmFjZSh7IGlucHV0OiBkZXZuZXQuc3Rkb3V0ISB9KSwgJ2xpbmUnKSkgYXMgW3N0cmluZ107XG4gICAgY2hhaW4gPSBKU09OLnBhcnNlKGxpbmUpIGFzIERldm5ldEpzb247XG4gIH0pO1xuXG4gIGFmdGVyKGFzeW5jICgpID0+IHtcbiAgICBpZiAoZGV2bmV0ICE9PSB1bmRlZmluZWQgJiYgZGV2bmV0LmV4aXRDb2RlID09PSBudWxsKSB7XG4gICAgICBjb25zdCBleGl0ZWQgPSBvbmNlKGRldm5ldCwgJ2V4aXQnKTtcbiAgICAgIGRldm5ldC5raWxsKCdTSUdURVJNJyk7XG4gICAgICBhd2FpdCBleGl0ZWQ7XG4gICAgfVxuICB9KTtcblxuICBjb25zdCBydW5JZHM6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgbGFuZyBvZiBMQU5HUykge1xuICAgIGl0KGAke2xhbmd9OiBydW4gd2FzbSBwYWlkIG9uIHRoZSBkZXZuZXQncyBleGVjdXRvcjsgZXF1YWwgdG8gYSBsb2NhbCBydW5gLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBidWlsdCA9IGJ1aWxkcy5nZXQobGFuZyk7XG4gICAgICBhc3NlcnQub2soYnVpbHQsIGBuZWVkcyB0aGUgJHtsYW5nfSBidWlsZCBvZiB0aGUgdGVzdHMgYWJvdmVgKTtcbiAgICAgIGNvbnN0IG1vZHVsZSA9IG5ldyBVaW50OEFycmF5KHJlYWRGaWxlU3luYyhidWlsdC5vdXQpKTtcblxuICAgICAgY29uc3Qgc3RhdGUgPSBjb3VudGVyU3RhdGUoMCwgMjUsIDApO1xuICAgICAgd3JpdGVGaWxlU3luYyhqb2luKGRpciwgYCR7bGFuZ30uc3RhdGVgKSwgc3RhdGUpO1xuICAgICAgY29uc3QgcmVxdWVzdGVyID0gY2hhaW4uYWNjb3VudHNbY2hhaW4ucmVxdWVzdGVyQWNjb3VudHNbMF0hXSE7XG4gICAgICBjb25zdCBydW4gPSAoYXdhaXQgZmluaXNoKGNsaShbXG4gICAgICAgICdydW4nLCAnd2FzbScsIGJ1aWx0Lm91dCwgJy0tc3RhdGUnLCBqb2luKGRpciwgYCR7bGFuZ30uc3RhdGVgKSwgJy0tY3ljbGVzJywgJzQwJywgJy0tcGVyLXJvdW5kJywgJzEwJyxcbiAgICAgICAgJy0tZXhlY3V0b3InLCBjaGFpbi5leGVjdXRvcnNbMF0hLnVybCwgJy0tb3V0Jywgam9pbihkaXIsIGAke2xhbmd9Lm91dGApLCAnLS1vdXRwdXRzJywgam9pbihkaXIsIGAke2xhbmd9Lm91dHB1dHNgKSwgJy0tanNvbicsICctLWFsbG93LXNpbXVsYXRlZCcsXG4gICAgICAgICctLXJwYy11cmwnLCBjaGFpbi5ycGNVcmwsICctLWNoYW5uZWxzJywgY2hhaW4uY2hhbm5lbHMsICctLXByaXZhdGUta2V5JywgcmVxdWVzdGVyLnByaXZhdGVLZXksICctLWRhdGEtZGlyJywgam9pbihkaXIsICdyZXF1ZXN0ZXInKSxcbiAgICAgIF0pKSkgYXMgdW5rbm93biBhcyBSdW5Kc29uO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJ1bi5vaywgdHJ1ZSk7XG4gICAgICBydW5JZHMucHVzaChydW4ucnVuSWQpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJ1bi5mdW5jdGlvbk1lYXN1cmVtZW50LCBidWlsdC5zaGEyNTYsICd0aGUgcnVuIG5hbWVzIHRoZSBtZWFzdXJlbWVudCB0aGUgYnVpbGQgcHJpbnRlZCcpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJ1bi5tb2R1bGVzU2VudCwgMSwgJ3RoZSBtb2R1bGUgd2VudCB0byB0aGUgZXhlY3V0b3Igc2VhbGVkIHRvIGl0cyBlbmNsYXZlJyk7XG4gICAgICBhc3NlcnQuZXF1YWwocnVuLmN5Y2xlcywgMjUpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJ1bi50ZXJtaW5hdGVkLCB0cnVlKTtcbiAgICAgIGFzc2VydC5lcXVhbChydW4ucm91bmRzLCAzLCAncm91bmRzIG9mIDEwLCAxMCwgdGhlbiA1IGRvbmUgb2YgMTAgYXNrZWQnKTtcbiAgICAgIGFzc2VydC5lcXVhbChydW4ucGFpZC5yZWR1Y2UoKHN1bSwgcCkgPT4gc3VtICsgQmlnSW50KHAuYW1vdW50KSwgMG4pLCAyNW4gKiAxXzAwMF8wMDBfMDAwbiwgJzI1IGN5Y2xlcyBwYWlkIGF0IDEgZ3dlaScpO1xuXG4gICAgICBjb25zdCBsb2NhbCA9IGF3YWl0IHJ1bkZ1bmN0aW9uKGF3YWl0IGNvbXBpbGVGdW5jdGlvbihtb2R1bGUpLCBzdGF0ZSwgNDAsIHsgbWF4TWVtb3J5UGFnZXM6IDI1NiwgbWF4U3RhdGVCeXRlczogMSA8PCAyMCwgbWF4T3V0cHV0Qnl0ZXM6IDEgPDwgMjIgfSk7XG4gICAgICBhc3NlcnQuZXF1YWwobG9jYWwuY3ljbGVzRG9uZSwgMjUpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChuZXcgVWludDhBcnJheShyZWFkRmlsZVN5bmMoam9pbihkaXIsIGAke2xhbmd9Lm91dGApKSksIGxvY2FsLnN0YXRlKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwobmV3IFVpbnQ4QXJyYXkocmVhZEZpbGVTeW5jKGpvaW4oZGlyLCBgJHtsYW5nfS5vdXRwdXRzYCkpKSwgZnJhbWVPdXRwdXRzKGxvY2FsLm91dHB1dHMpKTtcbiAgICB9KTtcbiAgfVxuXG4gIGl0KCdhaXJ0bnQgcnVucyBsaXN0IHNob3dzIHRoZSB0aHJlZSBydW4gd2FzbSBydW5zJywgYXN5bmMgKCkgPT4ge1xuICAgIGFzc2VydC5lcXVhbChydW5JZHMubGVuZ3RoLCBMQU5HUy5sZW5ndGgsICduZWVkcyB0aGUgcnVucyBhYm92ZScpO1xuICAgIGNvbnN0IGxpc3RlZCA9IChhd2FpdCBmaW5pc2goY2xpKFsncnVucycsICdsaXN0JywgJy0tZGF0YS1kaXInLCBqb2luKGRpciwgJ3JlcXVlc3RlcicpLCAnLS1qc29uJ10pKSkgYXMgeyBydW5zOiB7IHJ1bklkOiBzdHJpbmc7IGV4ZWN1dG9yczogc3RyaW5nW107IGluc2VjdXJlOiBib29sZWFuIH1bXSB9O1xuICAgIGFzc2VydC5kZWVwRXF1YWwobGlzdGVkLnJ1bnMubWFwKChydW4pID0+IHJ1bi5ydW5JZCkuc29ydCgpLCBbLi4ucnVuSWRzXS5zb3J0KCkpO1xuICAgIGZvciAoY29uc3QgcnVuIG9mIGxpc3RlZC5ydW5zKSB7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKHJ1bi5leGVjdXRvcnMsIFtjaGFpbi5leGVjdXRvcnNbMF0hLnVybF0pO1xuICAgICAgYXNzZXJ0LmVxdWFsKHJ1bi5pbnNlY3VyZSwgdHJ1ZSk7XG4gICAgfVxuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIkFBV0EsT0FBTyxZQUFZO0FBQ25CLFNBQVMsT0FBTyxpQkFBb0M7QUFDcEQsU0FBUyxZQUFZO0FBQ3JCLFNBQVMsUUFBUSxZQUFZLGFBQWEsY0FBYyxRQUFRLHFCQUFxQjtBQUNyRixTQUFTLHFCQUFxQjtBQUM5QixTQUFTLGNBQWM7QUFDdkIsU0FBUyxZQUFZO0FBQ3JCLFNBQVMsdUJBQXVCO0FBQ2hDLFNBQVMsT0FBTyxRQUFRLFVBQVUsSUFBSSxZQUFZO0FBQ2xELFNBQVMsZUFBZTtBQUN4QixTQUFTLGlCQUFpQixtQkFBbUI7QUFDN0MsU0FBUyx3QkFBd0I7QUFDakMsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUyxZQUFZLG1CQUFtQjtBQUN4QyxTQUFTLHdCQUF3QjtBQUNqQyxTQUFTLG9CQUFvQjtBQUs3QixNQUFNLFFBQVEsQ0FBQyxrQkFBa0IsS0FBSyxLQUFLO0FBQzNDLE1BQU0sU0FBUyxFQUFFLGdCQUFnQixLQUFLLGVBQWUsS0FBSyxJQUFJLGdCQUFnQixLQUFLLEdBQUc7QUFFdEYsSUFBSTtBQUNKLE9BQU8sTUFBTTtBQUVYLGFBQVcsUUFBUSxDQUFDLFNBQVMsU0FBUyxHQUFHO0FBQ3ZDLFdBQU8sTUFBTSxVQUFVLE1BQU0sQ0FBQyxXQUFXLENBQUMsRUFBRSxRQUFRLEdBQUcsR0FBRyxJQUFJLGdGQUFnRjtBQUFBLEVBQ2hKO0FBQ0EsUUFBTSxZQUFZLEtBQUssT0FBTyxHQUFHLGdCQUFnQixDQUFDO0FBQ3BELENBQUM7QUFDRCxNQUFNLE1BQU07QUFDVixTQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFDOUMsQ0FBQztBQUdELGVBQWUsVUFBVSxNQUFrRDtBQUN6RSxRQUFNLFVBQVUsSUFBSSxRQUFRLFFBQVEsRUFBRSxhQUFhO0FBQ25ELG1CQUFpQixPQUFPO0FBQ3hCLFFBQU0sTUFBTSxLQUFLLE9BQU8sU0FBUyxPQUFPLE1BQU07QUFBQSxFQUFDLENBQUM7QUFDaEQsTUFBSTtBQUNGLFVBQU0sUUFBUSxXQUFXLENBQUMsUUFBUSxVQUFVLFlBQVksR0FBRyxNQUFNLFFBQVEsQ0FBQztBQUMxRSxVQUFNLFFBQVEsSUFBSSxLQUFLLE1BQU0sSUFBSSxDQUFDLFNBQVMsT0FBTyxLQUFLLFVBQVUsQ0FBQyxDQUFDLENBQUM7QUFDcEUsV0FBTyxLQUFLLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBRTtBQUFBLEVBQ2pDLFVBQUU7QUFDQSxRQUFJLEtBQUssUUFBUTtBQUFBLEVBQ25CO0FBQ0Y7QUFFQSxTQUFTLElBQUksTUFBZ0IsS0FBNEI7QUFFdkQsUUFBTSxDQUFDLFNBQVMsR0FBRyxNQUFNLElBQUksV0FBVyxFQUFFLElBQUksQ0FBQyxRQUFTLFFBQVEsUUFBUSxZQUFZLFFBQVEsS0FBSyxJQUFJLEdBQUk7QUFDekcsU0FBTyxNQUFNLFNBQVUsQ0FBQyxHQUFHLFFBQVEsR0FBRyxJQUFJLEdBQUcsRUFBRSxPQUFPLENBQUMsVUFBVSxRQUFRLE1BQU0sR0FBRyxHQUFJLFFBQVEsU0FBWSxDQUFDLElBQUksRUFBRSxJQUFJLEVBQUcsQ0FBQztBQUMzSDtBQUVBLGVBQWUsT0FBTyxPQUF1RDtBQUMzRSxNQUFJLFNBQVM7QUFDYixNQUFJLFNBQVM7QUFDYixRQUFNLE9BQVEsR0FBRyxRQUFRLENBQUMsVUFBbUIsVUFBVSxNQUFNLFNBQVMsQ0FBRTtBQUN4RSxRQUFNLE9BQVEsR0FBRyxRQUFRLENBQUMsVUFBbUIsVUFBVSxNQUFNLFNBQVMsQ0FBRTtBQUN4RSxRQUFNLENBQUMsSUFBSSxJQUFLLE1BQU0sS0FBSyxPQUFPLE1BQU07QUFDeEMsU0FBTyxNQUFNLE1BQU0sR0FBRztBQUFBLEVBQW1CLE1BQU07QUFBQSxFQUFLLE1BQU0sRUFBRTtBQUM1RCxTQUFPLEtBQUssTUFBTSxPQUFPLEtBQUssRUFBRSxNQUFNLElBQUksRUFBRSxJQUFJLENBQUU7QUFDcEQ7QUFFQSxTQUFTLGFBQWEsR0FBVyxPQUFlLEtBQXlCO0FBQ3ZFLFFBQU0sUUFBUSxPQUFPLE1BQU0sRUFBRTtBQUM3QixRQUFNLGNBQWMsR0FBRyxDQUFDO0FBQ3hCLFFBQU0sY0FBYyxPQUFPLENBQUM7QUFDNUIsUUFBTSxjQUFjLEtBQUssQ0FBQztBQUMxQixTQUFPLElBQUksV0FBVyxLQUFLO0FBQzdCO0FBR0EsTUFBTSxTQUFTLG9CQUFJLElBQW1CO0FBRXRDLFNBQVMseURBQXlELEVBQUUsU0FBUyxJQUFRLEdBQUcsTUFBTTtBQUM1RixLQUFHLDBFQUEwRSxZQUFZO0FBQ3ZGLFVBQU0sVUFBVSxLQUFLLEtBQUssZ0JBQWdCO0FBQzFDLGtCQUFjLFNBQVMsYUFBYSxHQUFHLElBQUksRUFBRSxDQUFDO0FBQzlDLGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFlBQU0sVUFBVSxLQUFLLEtBQUssU0FBUyxJQUFJLElBQUksU0FBUztBQUNwRCxZQUFNLFVBQVUsTUFBTSxPQUFPLE9BQU8sV0FBVyxVQUFVLE1BQU0sU0FBUyxPQUFPO0FBQy9FLGFBQU8sTUFBTSxRQUFRLElBQUksSUFBSTtBQUM3QixpQkFBVyxRQUFRLENBQUMsd0JBQXdCLGdCQUFnQixhQUFhLGNBQWMsMEJBQTBCLEVBQUcsUUFBTyxHQUFHLFdBQVcsS0FBSyxTQUFTLElBQUksQ0FBQyxHQUFHLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRTtBQUNqTCxZQUFNLFdBQVcsS0FBSyxNQUFNLGFBQWEsS0FBSyxTQUFTLGNBQWMsR0FBRyxNQUFNLENBQUM7QUFDL0UsYUFBTyxNQUFNLFNBQVMsY0FBYyxVQUFVLFNBQVMsZ0JBQWdCLFFBQVEsUUFBVyw0REFBNEQ7QUFDdEosYUFBTyxNQUFNLFdBQVcsS0FBSyxTQUFTLGNBQWMsQ0FBQyxHQUFHLE9BQU8sNkNBQTZDO0FBQzVHLFVBQUksU0FBUyxpQkFBa0IsUUFBTyxNQUFNLFNBQVMsZ0JBQWdCLGdCQUFnQixpQkFBaUIsY0FBYztBQUNwSCxVQUFJLFNBQVMsTUFBTyxRQUFPLE1BQU0sU0FBUyxnQkFBZ0IsTUFBTSxpQkFBaUIsSUFBSTtBQUVyRixZQUFNLE9BQU8sS0FBSyxLQUFLLFVBQVUsSUFBSSxJQUFJLFdBQVc7QUFDcEQsYUFBTyxTQUFTLE1BQU0sRUFBRSxXQUFXLEtBQUssQ0FBQztBQUN6QyxZQUFNLFFBQVEsTUFBTSxPQUFPLFNBQVMsT0FBTztBQUMzQyxZQUFNLFNBQVMsTUFBTSxPQUFPLFNBQVMsSUFBSTtBQUN6QyxhQUFPLE1BQU0sT0FBTyxNQUFNLE1BQU0sR0FBRyxnQkFBZ0I7QUFDbkQsYUFBTyxNQUFNLE9BQU8sUUFBUSxNQUFNLFFBQVEsR0FBRyxJQUFJLG1FQUFtRTtBQUNwSCxhQUFPLE1BQU0sTUFBTSxLQUFLLEtBQUssU0FBUyxTQUFTLGNBQWMsQ0FBQztBQUM5RCxhQUFPLElBQUksTUFBTSxFQUFFLFFBQVEsT0FBTyxNQUFNLE1BQU0sR0FBRyxLQUFLLE9BQU8sTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUV6RSxZQUFNLFlBQVksTUFBTSxPQUFPLFNBQVMsT0FBTyxNQUFNLEdBQUcsQ0FBQztBQUN6RCxhQUFPLE1BQU0sVUFBVSxJQUFJLElBQUk7QUFDL0IsYUFBTyxNQUFNLFVBQVUsUUFBUSxNQUFNLE1BQU07QUFDM0MsYUFBTyxVQUFVLFVBQVUsS0FBSyxFQUFFLEdBQUksVUFBVSxLQUFnQixRQUFRLEtBQUssWUFBWSxLQUFLLFlBQVksT0FBTyxTQUFTLElBQUksQ0FBQztBQUMvSCxZQUFNLGNBQWMsTUFBTSxPQUFPLFNBQVMsT0FBTyxNQUFNLEdBQUcsR0FBRyxXQUFXLFNBQVMsWUFBWSxJQUFJO0FBQ2pHLGFBQU8sVUFBVSxZQUFZLEtBQUssRUFBRSxHQUFJLFlBQVksS0FBZ0IsWUFBWSxJQUFJLFlBQVksTUFBTSxTQUFTLEdBQUcsQ0FBQztBQUFBLElBQ3JIO0FBQUEsRUFDRixDQUFDO0FBRUQsS0FBRywwREFBMEQsWUFBWTtBQUN2RSxXQUFPLE1BQU0sT0FBTyxNQUFNLE1BQU0sUUFBUSxvQ0FBb0M7QUFDNUUsVUFBTSxVQUFVLE1BQU0sUUFBUSxJQUFJLE1BQU0sSUFBSSxPQUFPLFNBQVM7QUFDMUQsWUFBTSxTQUFTLE1BQU0sZ0JBQWdCLElBQUksV0FBVyxhQUFhLE9BQU8sSUFBSSxJQUFJLEVBQUcsR0FBRyxDQUFDLENBQUM7QUFDeEYsYUFBTyxZQUFZLFFBQVEsYUFBYSxHQUFHLElBQUksRUFBRSxHQUFHLElBQUksTUFBTTtBQUFBLElBQ2hFLENBQUMsQ0FBQztBQUNGLGVBQVcsVUFBVSxTQUFTO0FBQzVCLGFBQU8sTUFBTSxPQUFPLFlBQVksRUFBRTtBQUNsQyxhQUFPLFVBQVUsT0FBTyxPQUFPLFFBQVEsQ0FBQyxFQUFHLEtBQUs7QUFDaEQsYUFBTyxVQUFVLE9BQU8sU0FBUyxRQUFRLENBQUMsRUFBRyxPQUFPO0FBQUEsSUFDdEQ7QUFFQSxVQUFNLE9BQU8sT0FBTyxLQUFLLFFBQVEsQ0FBQyxFQUFHLFFBQVEsR0FBRyxFQUFFLENBQUU7QUFDcEQsV0FBTyxVQUFVLENBQUMsS0FBSyxhQUFhLENBQUMsR0FBRyxLQUFLLGFBQWEsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxJQUFJLEdBQUcsQ0FBQztBQUFBLEVBQzFFLENBQUM7QUFFRCxLQUFHLGdFQUFnRSxZQUFZO0FBQzdFLFVBQU0sVUFBVSxLQUFLLEtBQUssV0FBVyxTQUFTO0FBRTlDLFVBQU0sRUFBRSxtQkFBbUIsWUFBWSxHQUFHLElBQUksSUFBSSxRQUFRO0FBQzFELFVBQU0sUUFBUSxNQUFNLFFBQVEsVUFBVSxDQUFDLFVBQVUsT0FBTyxHQUFHO0FBQUEsTUFDekQsS0FBSztBQUFBO0FBQUEsTUFFTCxLQUFLLEVBQUUsR0FBRyxLQUFLLFlBQVksS0FBSyxVQUFVLFdBQVcsRUFBRSxJQUFJLENBQUMsUUFBUyxRQUFRLFFBQVEsWUFBWSxRQUFRLEtBQUssSUFBSSxHQUFJLENBQUMsRUFBRTtBQUFBLE1BQ3pILE9BQU8sQ0FBQyxVQUFVLFFBQVEsTUFBTTtBQUFBLElBQ2xDLENBQUM7QUFDRCxRQUFJLFNBQVM7QUFDYixVQUFNLE9BQU8sR0FBRyxRQUFRLENBQUMsVUFBbUIsVUFBVSxNQUFNLFNBQVMsQ0FBRTtBQUN2RSxVQUFNLE9BQU8sR0FBRyxRQUFRLENBQUMsVUFBbUIsVUFBVSxNQUFNLFNBQVMsQ0FBRTtBQUN2RSxVQUFNLENBQUMsSUFBSSxJQUFLLE1BQU0sS0FBSyxPQUFPLE1BQU07QUFDeEMsV0FBTyxNQUFNLE1BQU0sR0FBRyxNQUFNO0FBQzVCLFdBQU8sTUFBTSxRQUFRLFFBQVE7QUFBQSxFQUMvQixDQUFDO0FBRUQsS0FBRyx3RkFBd0YsWUFBWTtBQUNyRyxVQUFNLE9BQU8sUUFBUSxPQUFPLE9BQU8sV0FBVyxVQUFVLEtBQUssU0FBUyxLQUFLLEtBQUssV0FBVyxTQUFTLENBQUMsR0FBRyxDQUFDLFVBQW1CLGNBQWMsT0FBTyx5QkFBeUIsQ0FBQztBQUMzSyxVQUFNLE9BQU8sUUFBUSxPQUFPLE9BQU8sV0FBVyxVQUFVLEtBQUssU0FBUyxLQUFLLFlBQVksR0FBRyxTQUFTLENBQUMsR0FBRyxDQUFDLFVBQW1CLGNBQWMsT0FBTyxrQkFBa0IsQ0FBQztBQUNuSyxVQUFNLE9BQU8sUUFBUSxPQUFPLFNBQVMsR0FBRyxHQUFHLENBQUMsVUFBbUIsY0FBYyxPQUFPLDBCQUEwQixDQUFDO0FBQUEsRUFDakgsQ0FBQztBQUVELEtBQUcsd0NBQXdDLFlBQVk7QUFDckQsVUFBTSxjQUFjLGNBQWMsS0FBSyxZQUFZLEdBQUcsY0FBYyxDQUFDLEVBQUUsTUFBTTtBQUc3RSxVQUFNLE9BQU8sTUFBTSxZQUFZO0FBQy9CLFVBQU0sU0FBUyxhQUFhLEtBQUssWUFBWSxHQUFHLGFBQWEsYUFBYSxPQUFPLGNBQWMsR0FBRyxNQUFNO0FBQ3hHLFVBQU0sYUFBYTtBQUNuQixVQUFNLFdBQXlEO0FBQUEsTUFDN0QsQ0FBQyxvQkFBb0IsV0FBVyxDQUFDLFNBQVMsS0FBSyxRQUFRLFlBQVksR0FBRyxVQUFVO0FBQUEsZ0RBQW1ELENBQUM7QUFBQSxNQUNwSSxDQUFDLGdCQUFnQixXQUFXLENBQUMsU0FBUyxLQUFLLFFBQVEsa0JBQWtCLGlCQUFpQixDQUFDO0FBQUEsTUFDdkYsQ0FBQyxjQUFjLFVBQVUsQ0FBQyxTQUFTLEtBQUssUUFBUSxZQUFZLFlBQVksQ0FBQztBQUFBLE1BQ3pFLENBQUMsa0JBQWtCLGtCQUFrQixDQUFDLFNBQVMsS0FBSyxRQUFRLFlBQVksR0FBRyxVQUFVO0FBQUE7QUFBQSxnQkFBbUMsQ0FBQztBQUFBLE1BQ3pILENBQUMscUJBQXFCLGFBQWEsQ0FBQyxTQUFTLEtBQUssUUFBUSxZQUFZLEdBQUcsVUFBVTtBQUFBLHlCQUE0QixJQUFJLE9BQU8sSUFBSSxPQUFPLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQztBQUFBLElBQ3JKO0FBQ0EsZUFBVyxDQUFDLE1BQU0sTUFBTSxJQUFJLEtBQUssVUFBVTtBQUN6QyxZQUFNLFNBQVMsS0FBSyxTQUFTLFdBQVcsS0FBSyxNQUFNLENBQUM7QUFDcEQsYUFBTyxhQUFhO0FBQ3BCLFlBQU1BLFFBQU8sS0FBSyxLQUFLLEdBQUcsSUFBSSxPQUFPO0FBQ3JDLG9CQUFjQSxPQUFNLE9BQU8sU0FBUyxFQUFFLG1CQUFtQixNQUFNLENBQUMsRUFBRSxNQUFNO0FBQ3hFLFlBQU0sT0FBTyxRQUFRLE9BQU8sU0FBU0EsS0FBSSxHQUFHLENBQUMsVUFBbUI7QUFDOUQsZUFBTyxHQUFHLGNBQWMsT0FBTyxrQkFBa0IsR0FBRyxHQUFHLElBQUksS0FBSyxPQUFPLEtBQUssQ0FBQyxFQUFFO0FBQy9FLGVBQU8sTUFBTSxNQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsSUFBSSxLQUFLLE1BQU0sT0FBTyxFQUFFO0FBQ2xFLGVBQU87QUFBQSxNQUNULENBQUM7QUFBQSxJQUNIO0FBRUEsVUFBTSxZQUFZLEtBQUssU0FBUyxpQkFBaUIsT0FBTyxRQUFRLDhDQUE4Qyx5Q0FBeUMsQ0FBQztBQUN4SixjQUFVLGFBQWE7QUFDdkIsVUFBTSxPQUFPLEtBQUssS0FBSyxnQkFBZ0I7QUFDdkMsa0JBQWMsTUFBTSxVQUFVLFNBQVMsRUFBRSxtQkFBbUIsTUFBTSxDQUFDLEVBQUUsTUFBTTtBQUMzRSxVQUFNLE9BQU8sUUFBUSxPQUFPLFNBQVMsSUFBSSxHQUFHLENBQUMsVUFBbUI7QUFDOUQsYUFBTyxHQUFHLGNBQWMsT0FBTyx5QkFBeUIsR0FBRyxPQUFPLEtBQUssQ0FBQztBQUN4RSxhQUFPLE1BQU0sTUFBTSxRQUFRLE1BQU0sU0FBUztBQUMxQyxhQUFPLFVBQVUsTUFBTSxRQUFRLE9BQU8sQ0FBQyxJQUFJLEVBQUUsQ0FBQztBQUM5QyxhQUFPO0FBQUEsSUFDVCxDQUFDO0FBQ0QsVUFBTSxPQUFPLFFBQVEsT0FBTyxTQUFTLEtBQUssS0FBSyxjQUFjLENBQUMsR0FBRyxDQUFDLFVBQW1CLGNBQWMsT0FBTyxrQkFBa0IsQ0FBQztBQUFBLEVBQy9ILENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxtRUFBbUUsRUFBRSxTQUFTLElBQVEsR0FBRyxNQUFNO0FBQ3RHLE1BQUk7QUFDSixNQUFJO0FBRUosU0FBTyxZQUFZO0FBQ2pCLGFBQVMsSUFBSSxDQUFDLFVBQVUsZUFBZSxLQUFLLGNBQWMsS0FBSyxRQUFRLENBQUM7QUFDeEUsVUFBTSxDQUFDLElBQUksSUFBSyxNQUFNLEtBQUssZ0JBQWdCLEVBQUUsT0FBTyxPQUFPLE9BQVEsQ0FBQyxHQUFHLE1BQU07QUFDN0UsWUFBUSxLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ3pCLENBQUM7QUFFRCxRQUFNLFlBQVk7QUFDaEIsUUFBSSxXQUFXLFVBQWEsT0FBTyxhQUFhLE1BQU07QUFDcEQsWUFBTSxTQUFTLEtBQUssUUFBUSxNQUFNO0FBQ2xDLGFBQU8sS0FBSyxTQUFTO0FBQ3JCLFlBQU07QUFBQSxJQUNSO0FBQUEsRUFDRixDQUFDO0FBRUQsUUFBTSxTQUFtQixDQUFDO0FBQzFCLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLE9BQUcsR0FBRyxJQUFJLGtFQUFrRSxZQUFZO0FBQ3RGLFlBQU0sUUFBUSxPQUFPLElBQUksSUFBSTtBQUM3QixhQUFPLEdBQUcsT0FBTyxhQUFhLElBQUksMkJBQTJCO0FBQzdELFlBQU0sU0FBUyxJQUFJLFdBQVcsYUFBYSxNQUFNLEdBQUcsQ0FBQztBQUVyRCxZQUFNLFFBQVEsYUFBYSxHQUFHLElBQUksQ0FBQztBQUNuQyxvQkFBYyxLQUFLLEtBQUssR0FBRyxJQUFJLFFBQVEsR0FBRyxLQUFLO0FBQy9DLFlBQU0sWUFBWSxNQUFNLFNBQVMsTUFBTSxrQkFBa0IsQ0FBQyxDQUFFO0FBQzVELFlBQU0sTUFBTyxNQUFNLE9BQU8sSUFBSTtBQUFBLFFBQzVCO0FBQUEsUUFBTztBQUFBLFFBQVEsTUFBTTtBQUFBLFFBQUs7QUFBQSxRQUFXLEtBQUssS0FBSyxHQUFHLElBQUksUUFBUTtBQUFBLFFBQUc7QUFBQSxRQUFZO0FBQUEsUUFBTTtBQUFBLFFBQWU7QUFBQSxRQUNsRztBQUFBLFFBQWMsTUFBTSxVQUFVLENBQUMsRUFBRztBQUFBLFFBQUs7QUFBQSxRQUFTLEtBQUssS0FBSyxHQUFHLElBQUksTUFBTTtBQUFBLFFBQUc7QUFBQSxRQUFhLEtBQUssS0FBSyxHQUFHLElBQUksVUFBVTtBQUFBLFFBQUc7QUFBQSxRQUFVO0FBQUEsUUFDL0g7QUFBQSxRQUFhLE1BQU07QUFBQSxRQUFRO0FBQUEsUUFBYyxNQUFNO0FBQUEsUUFBVTtBQUFBLFFBQWlCLFVBQVU7QUFBQSxRQUFZO0FBQUEsUUFBYyxLQUFLLEtBQUssV0FBVztBQUFBLE1BQ3JJLENBQUMsQ0FBQztBQUNGLGFBQU8sTUFBTSxJQUFJLElBQUksSUFBSTtBQUN6QixhQUFPLEtBQUssSUFBSSxLQUFLO0FBQ3JCLGFBQU8sTUFBTSxJQUFJLHFCQUFxQixNQUFNLFFBQVEsaURBQWlEO0FBQ3JHLGFBQU8sTUFBTSxJQUFJLGFBQWEsR0FBRyx1REFBdUQ7QUFDeEYsYUFBTyxNQUFNLElBQUksUUFBUSxFQUFFO0FBQzNCLGFBQU8sTUFBTSxJQUFJLFlBQVksSUFBSTtBQUNqQyxhQUFPLE1BQU0sSUFBSSxRQUFRLEdBQUcsMkNBQTJDO0FBQ3ZFLGFBQU8sTUFBTSxJQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLE9BQU8sRUFBRSxNQUFNLEdBQUcsRUFBRSxHQUFHLE1BQU0sYUFBZ0IsMEJBQTBCO0FBRXRILFlBQU0sUUFBUSxNQUFNLFlBQVksTUFBTSxnQkFBZ0IsTUFBTSxHQUFHLE9BQU8sSUFBSSxFQUFFLGdCQUFnQixLQUFLLGVBQWUsS0FBSyxJQUFJLGdCQUFnQixLQUFLLEdBQUcsQ0FBQztBQUNsSixhQUFPLE1BQU0sTUFBTSxZQUFZLEVBQUU7QUFDakMsYUFBTyxVQUFVLElBQUksV0FBVyxhQUFhLEtBQUssS0FBSyxHQUFHLElBQUksTUFBTSxDQUFDLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDcEYsYUFBTyxVQUFVLElBQUksV0FBVyxhQUFhLEtBQUssS0FBSyxHQUFHLElBQUksVUFBVSxDQUFDLENBQUMsR0FBRyxhQUFhLE1BQU0sT0FBTyxDQUFDO0FBQUEsSUFDMUcsQ0FBQztBQUFBLEVBQ0g7QUFFQSxLQUFHLGtEQUFrRCxZQUFZO0FBQy9ELFdBQU8sTUFBTSxPQUFPLFFBQVEsTUFBTSxRQUFRLHNCQUFzQjtBQUNoRSxVQUFNLFNBQVUsTUFBTSxPQUFPLElBQUksQ0FBQyxRQUFRLFFBQVEsY0FBYyxLQUFLLEtBQUssV0FBVyxHQUFHLFFBQVEsQ0FBQyxDQUFDO0FBQ2xHLFdBQU8sVUFBVSxPQUFPLEtBQUssSUFBSSxDQUFDLFFBQVEsSUFBSSxLQUFLLEVBQUUsS0FBSyxHQUFHLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDO0FBQy9FLGVBQVcsT0FBTyxPQUFPLE1BQU07QUFDN0IsYUFBTyxVQUFVLElBQUksV0FBVyxDQUFDLE1BQU0sVUFBVSxDQUFDLEVBQUcsR0FBRyxDQUFDO0FBQ3pELGFBQU8sTUFBTSxJQUFJLFVBQVUsSUFBSTtBQUFBLElBQ2pDO0FBQUEsRUFDRixDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFsiZmlsZSJdCn0K
