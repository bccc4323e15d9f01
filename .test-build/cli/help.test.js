import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cliCommand, packageRoot } from "../util/paths.js";
async function cli(args) {
  const [command, ...prefix] = cliCommand();
  const child = spawn(command, [...prefix, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => stdout += chunk.toString());
  child.stderr.on("data", (chunk) => stderr += chunk.toString());
  const [code] = await once(child, "exit");
  return { code, stdout, stderr };
}
function subcommandsOf(help) {
  const section = help.split(/\nCommands:\n/)[1];
  if (section === void 0) return [];
  return section.split("\n").map((line) => /^ {2}([a-z][a-z0-9-]*)/.exec(line)?.[1]).filter((name) => name !== void 0 && name !== "help");
}
async function timed(main, args) {
  const start = performance.now();
  const child = spawn(process.execPath, [main, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => stdout += chunk.toString());
  child.stderr.on("data", (chunk) => stderr += chunk.toString());
  const [code] = await once(child, "exit");
  return { ms: performance.now() - start, outcome: { code, stdout, stderr } };
}
async function pool(items, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}
describe("airtnt help, version and flags (real processes)", { timeout: 6e5 }, () => {
  it("--help works for every command and subcommand, with a usage line, and answers quickly", async () => {
    const [, ...prefix] = cliCommand();
    const main = prefix.includes("--import") ? join(packageRoot(), "dist", "cli", "main.js") : prefix[0];
    assert.ok(existsSync(main), `${main} is missing: build first (npm run build)`);
    const built = (args) => timed(main, args);
    const root = await built(["--help"]);
    assert.equal(root.outcome.code, 0, root.outcome.stderr);
    assert.match(root.outcome.stdout, /^Usage: airtnt /);
    const commands = subcommandsOf(root.outcome.stdout);
    for (const expected of ["devnet", "executor", "run", "runs", "bench"]) assert.ok(commands.includes(expected), `${expected} listed in ${commands.join(", ")}`);
    const groups = await pool(commands, async (name) => ({ path: [name], run: await built([name, "--help"]) }));
    const leaves = [];
    for (const { path, run } of groups) {
      const name = path[0];
      assert.equal(run.outcome.code, 0, `airtnt ${name} --help: ${run.outcome.stderr}`);
      assert.match(run.outcome.stdout, new RegExp(`^Usage: airtnt ${name} `), `airtnt ${name} --help`);
      const subs = subcommandsOf(run.outcome.stdout);
      for (const sub of subs) leaves.push([name, sub]);
    }
    assert.ok(leaves.some((path) => path.join(" ") === "executor start"));
    assert.ok(leaves.some((path) => path.join(" ") === "run life"));
    const helps = await pool(leaves, async (path) => ({ path, run: await built([...path, "--help"]) }));
    for (const { path, run } of helps) {
      assert.equal(run.outcome.code, 0, `airtnt ${path.join(" ")} --help: ${run.outcome.stderr}`);
      assert.match(run.outcome.stdout, new RegExp(`^Usage: airtnt ${path.join(" ")}`), `airtnt ${path.join(" ")} --help`);
      assert.match(run.outcome.stdout, /--help/);
    }
    const withoutSubcommands = [...groups.filter((group) => subcommandsOf(group.run.outcome.stdout).length === 0).map((group) => group.path), ...leaves];
    const wrong = await pool(withoutSubcommands, async (path) => ({ path, run: await built([...path, "--no-such-flag"]) }));
    for (const { path, run } of wrong) {
      assert.notEqual(run.outcome.code, 0, `airtnt ${path.join(" ")} --no-such-flag must fail`);
      assert.match(run.outcome.stderr, /error: (unknown option '--no-such-flag'|required option '--[a-z-]+ <[a-z]+>' not specified)/, `airtnt ${path.join(" ")}: ${run.outcome.stderr}`);
    }
    let baseline = Infinity;
    for (let run = 0; run < 3; run++) baseline = Math.min(baseline, (await built(["--version"])).ms);
    const bound = Math.max(600, 3 * baseline);
    const slow = [];
    for (const { path, run } of [{ path: [], run: root }, ...groups, ...helps]) {
      let ms = run.ms;
      if (ms > bound) ms = Math.min(ms, (await built([...path, "--help"])).ms);
      if (ms > bound) slow.push(`airtnt ${[...path, "--help"].join(" ")}: ${Math.round(ms)} ms`);
    }
    assert.deepEqual(slow, [], `over ${Math.round(bound)} ms (--version: ${Math.round(baseline)} ms)`);
  });
  it("a flag with a bad value names the flag and the value, and exits non-zero", async () => {
    const port = await cli(["executor", "start", "--port", "eighty"]);
    assert.notEqual(port.code, 0);
    assert.match(port.stderr, /--port.*eighty/);
    const price = await cli(["executor", "start", "--price-per-cycle", "1 dollar"]);
    assert.notEqual(price.code, 0);
    assert.match(price.stderr, /--price-per-cycle/);
    assert.doesNotMatch(price.stderr + price.stdout, /BigInt/);
  });
  it("with --json a wrong flag also prints one JSON error on stdout", async () => {
    const outcome = await cli(["runs", "list", "--json", "--no-such-flag"]);
    assert.notEqual(outcome.code, 0);
    const failure = JSON.parse(outcome.stdout.trim());
    assert.equal(failure.ok, false);
    assert.equal(failure.error.code, "INVALID_ARGUMENTS");
    assert.match(failure.error.message, /unknown option '--no-such-flag'/);
  });
  it("--version prints the version in package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
    for (const flag of ["--version", "-V"]) {
      const outcome = await cli([flag]);
      assert.equal(outcome.code, 0);
      assert.equal(outcome.stdout.trim(), version);
    }
  });
  it("an unknown command is refused with a non-zero exit", async () => {
    const outcome = await cli(["exectuor"]);
    assert.notEqual(outcome.code, 0);
    assert.match(outcome.stderr, /unknown command 'exectuor'/);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2NsaS9oZWxwLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogRXZlcnkgY29tbWFuZCdzIC0taGVscCwgLS12ZXJzaW9uIGFuZCB3cm9uZyBmbGFncywgZWFjaCBhcyBhIHJlYWwgYGFpcnRudGAgcHJvY2VzczogaGVscCBleGl0cyAwXG4gKiB3aXRoIGEgdXNhZ2UgbGluZSwgYSB3cm9uZyBmbGFnIGV4aXRzIG5vbi16ZXJvIHdpdGggYSBtZXNzYWdlIG5hbWluZyBpdC5cbiAqL1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgc3Bhd24gfSBmcm9tICdub2RlOmNoaWxkX3Byb2Nlc3MnO1xuaW1wb3J0IHsgb25jZSB9IGZyb20gJ25vZGU6ZXZlbnRzJztcbmltcG9ydCB7IGV4aXN0c1N5bmMsIHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBkZXNjcmliZSwgaXQgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IHsgY2xpQ29tbWFuZCwgcGFja2FnZVJvb3QgfSBmcm9tICcuLi91dGlsL3BhdGhzLmpzJztcblxudHlwZSBPdXRjb21lID0geyBjb2RlOiBudW1iZXIgfCBudWxsOyBzdGRvdXQ6IHN0cmluZzsgc3RkZXJyOiBzdHJpbmcgfTtcblxuYXN5bmMgZnVuY3Rpb24gY2xpKGFyZ3M6IHN0cmluZ1tdKTogUHJvbWlzZTxPdXRjb21lPiB7XG4gIGNvbnN0IFtjb21tYW5kLCAuLi5wcmVmaXhdID0gY2xpQ29tbWFuZCgpO1xuICBjb25zdCBjaGlsZCA9IHNwYXduKGNvbW1hbmQhLCBbLi4ucHJlZml4LCAuLi5hcmdzXSwgeyBzdGRpbzogWydpZ25vcmUnLCAncGlwZScsICdwaXBlJ10gfSk7XG4gIGxldCBzdGRvdXQgPSAnJztcbiAgbGV0IHN0ZGVyciA9ICcnO1xuICBjaGlsZC5zdGRvdXQub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlcikgPT4gKHN0ZG91dCArPSBjaHVuay50b1N0cmluZygpKSk7XG4gIGNoaWxkLnN0ZGVyci5vbignZGF0YScsIChjaHVuazogQnVmZmVyKSA9PiAoc3RkZXJyICs9IGNodW5rLnRvU3RyaW5nKCkpKTtcbiAgY29uc3QgW2NvZGVdID0gKGF3YWl0IG9uY2UoY2hpbGQsICdleGl0JykpIGFzIFtudW1iZXIgfCBudWxsXTtcbiAgcmV0dXJuIHsgY29kZSwgc3Rkb3V0LCBzdGRlcnIgfTtcbn1cblxuLyoqIFRoZSBzdWJjb21tYW5kIG5hbWVzIGxpc3RlZCBpbiBhIGhlbHAgdGV4dCdzIFwiQ29tbWFuZHM6XCIgc2VjdGlvbiAod2l0aG91dCBgaGVscGApLiAqL1xuZnVuY3Rpb24gc3ViY29tbWFuZHNPZihoZWxwOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHNlY3Rpb24gPSBoZWxwLnNwbGl0KC9cXG5Db21tYW5kczpcXG4vKVsxXTtcbiAgaWYgKHNlY3Rpb24gPT09IHVuZGVmaW5lZCkgcmV0dXJuIFtdO1xuICByZXR1cm4gc2VjdGlvblxuICAgIC5zcGxpdCgnXFxuJylcbiAgICAubWFwKChsaW5lKSA9PiAvXiB7Mn0oW2Etel1bYS16MC05LV0qKS8uZXhlYyhsaW5lKT8uWzFdKVxuICAgIC5maWx0ZXIoKG5hbWUpOiBuYW1lIGlzIHN0cmluZyA9PiBuYW1lICE9PSB1bmRlZmluZWQgJiYgbmFtZSAhPT0gJ2hlbHAnKTtcbn1cblxuLyoqIE9uZSBydW4gb2YgdGhlIGJ1aWx0IENMSSwgd2l0aCBpdHMgd2FsbCB0aW1lLiAqL1xuYXN5bmMgZnVuY3Rpb24gdGltZWQobWFpbjogc3RyaW5nLCBhcmdzOiBzdHJpbmdbXSk6IFByb21pc2U8eyBtczogbnVtYmVyOyBvdXRjb21lOiBPdXRjb21lIH0+IHtcbiAgY29uc3Qgc3RhcnQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgY29uc3QgY2hpbGQgPSBzcGF3bihwcm9jZXNzLmV4ZWNQYXRoLCBbbWFpbiwgLi4uYXJnc10sIHsgc3RkaW86IFsnaWdub3JlJywgJ3BpcGUnLCAncGlwZSddIH0pO1xuICBsZXQgc3Rkb3V0ID0gJyc7XG4gIGxldCBzdGRlcnIgPSAnJztcbiAgY2hpbGQuc3Rkb3V0Lm9uKCdkYXRhJywgKGNodW5rOiBCdWZmZXIpID0+IChzdGRvdXQgKz0gY2h1bmsudG9TdHJpbmcoKSkpO1xuICBjaGlsZC5zdGRlcnIub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlcikgPT4gKHN0ZGVyciArPSBjaHVuay50b1N0cmluZygpKSk7XG4gIGNvbnN0IFtjb2RlXSA9IChhd2FpdCBvbmNlKGNoaWxkLCAnZXhpdCcpKSBhcyBbbnVtYmVyIHwgbnVsbF07XG4gIHJldHVybiB7IG1zOiBwZXJmb3JtYW5jZS5ub3coKSAtIHN0YXJ0LCBvdXRjb21lOiB7IGNvZGUsIHN0ZG91dCwgc3RkZXJyIH0gfTtcbn1cblxuLyoqIFJ1bnMgYHdvcmtgIG92ZXIgYGl0ZW1zYCwgdHdvIGF0IGEgdGltZSAodGhlIG1hY2hpbmUgaGFzIGZldyBjb3JlcykuICovXG5hc3luYyBmdW5jdGlvbiBwb29sPFQsIFI+KGl0ZW1zOiBUW10sIHdvcms6IChpdGVtOiBUKSA9PiBQcm9taXNlPFI+KTogUHJvbWlzZTxSW10+IHtcbiAgY29uc3QgcmVzdWx0czogUltdID0gbmV3IEFycmF5KGl0ZW1zLmxlbmd0aCk7XG4gIGxldCBuZXh0ID0gMDtcbiAgY29uc3Qgd29ya2VyID0gYXN5bmMgKCkgPT4ge1xuICAgIHdoaWxlIChuZXh0IDwgaXRlbXMubGVuZ3RoKSB7XG4gICAgICBjb25zdCBpbmRleCA9IG5leHQrKztcbiAgICAgIHJlc3VsdHNbaW5kZXhdID0gYXdhaXQgd29yayhpdGVtc1tpbmRleF0hKTtcbiAgICB9XG4gIH07XG4gIGF3YWl0IFByb21pc2UuYWxsKFt3b3JrZXIoKSwgd29ya2VyKCldKTtcbiAgcmV0dXJuIHJlc3VsdHM7XG59XG5cbmRlc2NyaWJlKCdhaXJ0bnQgaGVscCwgdmVyc2lvbiBhbmQgZmxhZ3MgKHJlYWwgcHJvY2Vzc2VzKScsIHsgdGltZW91dDogNjAwXzAwMCB9LCAoKSA9PiB7XG4gIGl0KCctLWhlbHAgd29ya3MgZm9yIGV2ZXJ5IGNvbW1hbmQgYW5kIHN1YmNvbW1hbmQsIHdpdGggYSB1c2FnZSBsaW5lLCBhbmQgYW5zd2VycyBxdWlja2x5JywgYXN5bmMgKCkgPT4ge1xuICAgIC8vIE9uIGNvbXBpbGVkIEphdmFTY3JpcHQsIGFzIHVzZXJzIHJ1biBpdCAodGhlIHRlc3RzJyBjb21waWxlZCBtaXJyb3Igb2Ygc3JjLywgb3IgZGlzdC8gd2hlbiB0aGlzXG4gICAgLy8gZmlsZSBydW5zIGZyb20gdGhlIHNvdXJjZXMpOiB0c3ggd291bGQgdGltZSBpdHMgb3duIGNvbXBpbGluZyAoYW5kIG1ha2UgdGhpcyB3YWxrIHNsb3cpLlxuICAgIGNvbnN0IFssIC4uLnByZWZpeF0gPSBjbGlDb21tYW5kKCk7XG4gICAgY29uc3QgbWFpbiA9IHByZWZpeC5pbmNsdWRlcygnLS1pbXBvcnQnKSA/IGpvaW4ocGFja2FnZVJvb3QoKSwgJ2Rpc3QnLCAnY2xpJywgJ21haW4uanMnKSA6IHByZWZpeFswXSE7XG4gICAgYXNzZXJ0Lm9rKGV4aXN0c1N5bmMobWFpbiksIGAke21haW59IGlzIG1pc3Npbmc6IGJ1aWxkIGZpcnN0IChucG0gcnVuIGJ1aWxkKWApO1xuICAgIGNvbnN0IGJ1aWx0ID0gKGFyZ3M6IHN0cmluZ1tdKSA9PiB0aW1lZChtYWluLCBhcmdzKTtcbiAgICBjb25zdCByb290ID0gYXdhaXQgYnVpbHQoWyctLWhlbHAnXSk7XG4gICAgYXNzZXJ0LmVxdWFsKHJvb3Qub3V0Y29tZS5jb2RlLCAwLCByb290Lm91dGNvbWUuc3RkZXJyKTtcbiAgICBhc3NlcnQubWF0Y2gocm9vdC5vdXRjb21lLnN0ZG91dCwgL15Vc2FnZTogYWlydG50IC8pO1xuICAgIGNvbnN0IGNvbW1hbmRzID0gc3ViY29tbWFuZHNPZihyb290Lm91dGNvbWUuc3Rkb3V0KTtcbiAgICBmb3IgKGNvbnN0IGV4cGVjdGVkIG9mIFsnZGV2bmV0JywgJ2V4ZWN1dG9yJywgJ3J1bicsICdydW5zJywgJ2JlbmNoJ10pIGFzc2VydC5vayhjb21tYW5kcy5pbmNsdWRlcyhleHBlY3RlZCksIGAke2V4cGVjdGVkfSBsaXN0ZWQgaW4gJHtjb21tYW5kcy5qb2luKCcsICcpfWApO1xuICAgIGNvbnN0IGdyb3VwcyA9IGF3YWl0IHBvb2woY29tbWFuZHMsIGFzeW5jIChuYW1lKSA9PiAoeyBwYXRoOiBbbmFtZV0sIHJ1bjogYXdhaXQgYnVpbHQoW25hbWUsICctLWhlbHAnXSkgfSkpO1xuICAgIGNvbnN0IGxlYXZlczogc3RyaW5nW11bXSA9IFtdO1xuICAgIGZvciAoY29uc3QgeyBwYXRoLCBydW4gfSBvZiBncm91cHMpIHtcbiAgICAgIGNvbnN0IG5hbWUgPSBwYXRoWzBdITtcbiAgICAgIGFzc2VydC5lcXVhbChydW4ub3V0Y29tZS5jb2RlLCAwLCBgYWlydG50ICR7bmFtZX0gLS1oZWxwOiAke3J1bi5vdXRjb21lLnN0ZGVycn1gKTtcbiAgICAgIGFzc2VydC5tYXRjaChydW4ub3V0Y29tZS5zdGRvdXQsIG5ldyBSZWdFeHAoYF5Vc2FnZTogYWlydG50ICR7bmFtZX0gYCksIGBhaXJ0bnQgJHtuYW1lfSAtLWhlbHBgKTtcbiAgICAgIGNvbnN0IHN1YnMgPSBzdWJjb21tYW5kc09mKHJ1bi5vdXRjb21lLnN0ZG91dCk7XG4gICAgICBmb3IgKGNvbnN0IHN1YiBvZiBzdWJzKSBsZWF2ZXMucHVzaChbbmFtZSwgc3ViXSk7XG4gICAgfVxuICAgIGFzc2VydC5vayhsZWF2ZXMuc29tZSgocGF0aCkgPT4gcGF0aC5qb2luKCcgJykgPT09ICdleGVjdXRvciBzdGFydCcpKTtcbiAgICBhc3NlcnQub2sobGVhdmVzLnNvbWUoKHBhdGgpID0+IHBhdGguam9pbignICcpID09PSAncnVuIGxpZmUnKSk7XG4gICAgY29uc3QgaGVscHMgPSBhd2FpdCBwb29sKGxlYXZlcywgYXN5bmMgKHBhdGgpID0+ICh7IHBhdGgsIHJ1bjogYXdhaXQgYnVpbHQoWy4uLnBhdGgsICctLWhlbHAnXSkgfSkpO1xuICAgIGZvciAoY29uc3QgeyBwYXRoLCBydW4gfSBvZiBoZWxwcykge1xuICAgICAgYXNzZXJ0LmVxdWFsKHJ1bi5vdXRjb21lLmNvZGUsIDAsIGBhaXJ0bnQgJHtwYXRoLmpvaW4oJyAnKX0gLS1oZWxwOiAke3J1bi5vdXRjb21lLnN0ZGVycn1gKTtcbiAgICAgIGFzc2VydC5tYXRjaChydW4ub3V0Y29tZS5zdGRvdXQsIG5ldyBSZWdFeHAoYF5Vc2FnZTogYWlydG50ICR7cGF0aC5qb2luKCcgJyl9YCksIGBhaXJ0bnQgJHtwYXRoLmpvaW4oJyAnKX0gLS1oZWxwYCk7XG4gICAgICBhc3NlcnQubWF0Y2gocnVuLm91dGNvbWUuc3Rkb3V0LCAvLS1oZWxwLyk7XG4gICAgfVxuICAgIGNvbnN0IHdpdGhvdXRTdWJjb21tYW5kcyA9IFsuLi5ncm91cHMuZmlsdGVyKChncm91cCkgPT4gc3ViY29tbWFuZHNPZihncm91cC5ydW4ub3V0Y29tZS5zdGRvdXQpLmxlbmd0aCA9PT0gMCkubWFwKChncm91cCkgPT4gZ3JvdXAucGF0aCksIC4uLmxlYXZlc107XG4gICAgY29uc3Qgd3JvbmcgPSBhd2FpdCBwb29sKHdpdGhvdXRTdWJjb21tYW5kcywgYXN5bmMgKHBhdGgpID0+ICh7IHBhdGgsIHJ1bjogYXdhaXQgYnVpbHQoWy4uLnBhdGgsICctLW5vLXN1Y2gtZmxhZyddKSB9KSk7XG4gICAgZm9yIChjb25zdCB7IHBhdGgsIHJ1biB9IG9mIHdyb25nKSB7XG4gICAgICBhc3NlcnQubm90RXF1YWwocnVuLm91dGNvbWUuY29kZSwgMCwgYGFpcnRudCAke3BhdGguam9pbignICcpfSAtLW5vLXN1Y2gtZmxhZyBtdXN0IGZhaWxgKTtcbiAgICAgIGFzc2VydC5tYXRjaChydW4ub3V0Y29tZS5zdGRlcnIsIC9lcnJvcjogKHVua25vd24gb3B0aW9uICctLW5vLXN1Y2gtZmxhZyd8cmVxdWlyZWQgb3B0aW9uICctLVthLXotXSsgPFthLXpdKz4nIG5vdCBzcGVjaWZpZWQpLywgYGFpcnRudCAke3BhdGguam9pbignICcpfTogJHtydW4ub3V0Y29tZS5zdGRlcnJ9YCk7XG4gICAgfVxuXG4gICAgLy8gUXVpY2tseTogY29tbWFuZCBtb2R1bGVzIGxvYWQgdGhlaXIgaGVhdnkgcGFydHMgKHZpZW0sIHRoZSBlbmNsYXZlLCBTUUxpdGUpIG9ubHkgd2hlbiB0aGV5IHJ1bi5cbiAgICAvLyBUaGUgYm91bmQgaXMgNjAwIG1zIG9mIHdhbGwgdGltZSwgb3IgdGhyZWUgdGltZXMgdGhlIGNoZWFwZXN0IGFpcnRudCBwcm9jZXNzICgtLXZlcnNpb24pIG9uIGFcbiAgICAvLyBtYWNoaW5lIHNvIGxvYWRlZCB0aGF0IGV2ZW4gdGhhdCBpcyBzbG93OiBhIGNvbW1hbmQgdGhhdCBpbXBvcnRzIHRoZSBoZWF2eSBwYXJ0cyB0byBkZWZpbmUgaXRzXG4gICAgLy8gb3B0aW9ucyB0YWtlcyBmaXZlIHRvIHRlbiB0aW1lcyAtLXZlcnNpb24uIEEgc2xvdyBvbmUgaXMgdGltZWQgYWdhaW4gYWxvbmUgYmVmb3JlIGl0IGNvdW50cy5cbiAgICBsZXQgYmFzZWxpbmUgPSBJbmZpbml0eTtcbiAgICBmb3IgKGxldCBydW4gPSAwOyBydW4gPCAzOyBydW4rKykgYmFzZWxpbmUgPSBNYXRoLm1pbihiYXNlbGluZSwgKGF3YWl0IGJ1aWx0KFsnLS12ZXJzaW9uJ10pKS5tcyk7XG4gICAgY29uc3QgYm91bmQgPSBNYXRoLm1heCg2MDAsIDMgKiBiYXNlbGluZSk7XG4gICAgY29uc3Qgc2xvdzogc3RyaW5nW10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IHsgcGF0aCwgcnVuIH0gb2YgW3sgcGF0aDogW10gYXMgc3RyaW5nW10sIHJ1bjogcm9vdCB9LCAuLi5ncm91cHMsIC4uLmhlbHBzXSkge1xuICAgICAgbGV0IG1zID0gcnVuLm1zO1xuICAgICAgaWYgKG1zID4gYm91bmQpIG1zID0gTWF0aC5taW4obXMsIChhd2FpdCBidWlsdChbLi4ucGF0aCwgJy0taGVscCddKSkubXMpO1xuICAgICAgaWYgKG1zID4gYm91bmQpIHNsb3cucHVzaChgYWlydG50ICR7Wy4uLnBhdGgsICctLWhlbHAnXS5qb2luKCcgJyl9OiAke01hdGgucm91bmQobXMpfSBtc2ApO1xuICAgIH1cbiAgICBhc3NlcnQuZGVlcEVxdWFsKHNsb3csIFtdLCBgb3ZlciAke01hdGgucm91bmQoYm91bmQpfSBtcyAoLS12ZXJzaW9uOiAke01hdGgucm91bmQoYmFzZWxpbmUpfSBtcylgKTtcbiAgfSk7XG5cbiAgaXQoJ2EgZmxhZyB3aXRoIGEgYmFkIHZhbHVlIG5hbWVzIHRoZSBmbGFnIGFuZCB0aGUgdmFsdWUsIGFuZCBleGl0cyBub24temVybycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBwb3J0ID0gYXdhaXQgY2xpKFsnZXhlY3V0b3InLCAnc3RhcnQnLCAnLS1wb3J0JywgJ2VpZ2h0eSddKTtcbiAgICBhc3NlcnQubm90RXF1YWwocG9ydC5jb2RlLCAwKTtcbiAgICBhc3NlcnQubWF0Y2gocG9ydC5zdGRlcnIsIC8tLXBvcnQuKmVpZ2h0eS8pO1xuICAgIGNvbnN0IHByaWNlID0gYXdhaXQgY2xpKFsnZXhlY3V0b3InLCAnc3RhcnQnLCAnLS1wcmljZS1wZXItY3ljbGUnLCAnMSBkb2xsYXInXSk7XG4gICAgYXNzZXJ0Lm5vdEVxdWFsKHByaWNlLmNvZGUsIDApO1xuICAgIGFzc2VydC5tYXRjaChwcmljZS5zdGRlcnIsIC8tLXByaWNlLXBlci1jeWNsZS8pO1xuICAgIGFzc2VydC5kb2VzTm90TWF0Y2gocHJpY2Uuc3RkZXJyICsgcHJpY2Uuc3Rkb3V0LCAvQmlnSW50Lyk7XG4gIH0pO1xuXG4gIGl0KCd3aXRoIC0tanNvbiBhIHdyb25nIGZsYWcgYWxzbyBwcmludHMgb25lIEpTT04gZXJyb3Igb24gc3Rkb3V0JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IG91dGNvbWUgPSBhd2FpdCBjbGkoWydydW5zJywgJ2xpc3QnLCAnLS1qc29uJywgJy0tbm8tc3VjaC1mbGFnJ10pO1xuICAgIGFzc2VydC5ub3RFcXVhbChvdXRjb21lLmNvZGUsIDApO1xuICAgIGNvbnN0IGZhaWx1cmUgPSBKU09OLnBhcnNlKG91dGNvbWUuc3Rkb3V0LnRyaW0oKSkgYXMgeyBvazogYm9vbGVhbjsgZXJyb3I6IHsgY29kZTogc3RyaW5nOyBtZXNzYWdlOiBzdHJpbmcgfSB9O1xuICAgIGFzc2VydC5lcXVhbChmYWlsdXJlLm9rLCBmYWxzZSk7XG4gICAgYXNzZXJ0LmVxdWFsKGZhaWx1cmUuZXJyb3IuY29kZSwgJ0lOVkFMSURfQVJHVU1FTlRTJyk7XG4gICAgYXNzZXJ0Lm1hdGNoKGZhaWx1cmUuZXJyb3IubWVzc2FnZSwgL3Vua25vd24gb3B0aW9uICctLW5vLXN1Y2gtZmxhZycvKTtcbiAgfSk7XG5cbiAgaXQoJy0tdmVyc2lvbiBwcmludHMgdGhlIHZlcnNpb24gaW4gcGFja2FnZS5qc29uJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHsgdmVyc2lvbiB9ID0gSlNPTi5wYXJzZShyZWFkRmlsZVN5bmMoam9pbihwYWNrYWdlUm9vdCgpLCAncGFja2FnZS5qc29uJyksICd1dGY4JykpIGFzIHsgdmVyc2lvbjogc3RyaW5nIH07XG4gICAgZm9yIChjb25zdCBmbGFnIG9mIFsnLS12ZXJzaW9uJywgJy1WJ10pIHtcbiAgICAgIGNvbnN0IG91dGNvbWUgPSBhd2FpdCBjbGkoW2ZsYWddKTtcbiAgICAgIGFzc2VydC5lcXVhbChvdXRjb21lLmNvZGUsIDApO1xuICAgICAgYXNzZXJ0LmVxdWFsKG91dGNvbWUuc3Rkb3V0LnRyaW0oKSwgdmVyc2lvbik7XG4gICAgfVxuICB9KTtcblxuICBpdCgnYW4gdW5rbm93biBjb21tYW5kIGlzIHJlZnVzZWQgd2l0aCBhIG5vbi16ZXJvIGV4aXQnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3Qgb3V0Y29tZSA9IGF3YWl0IGNsaShbJ2V4ZWN0dW9yJ10pO1xuICAgIGFzc2VydC5ub3RFcXVhbChvdXRjb21lLmNvZGUsIDApO1xuICAgIGFzc2VydC5tYXRjaChvdXRjb21lLnN0ZGVyciwgL3Vua25vd24gY29tbWFuZCAnZXhlY3R1b3InLyk7XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiQUFJQSxPQUFPLFlBQVk7QUFDbkIsU0FBUyxhQUFhO0FBQ3RCLFNBQVMsWUFBWTtBQUNyQixTQUFTLFlBQVksb0JBQW9CO0FBQ3pDLFNBQVMsWUFBWTtBQUNyQixTQUFTLFVBQVUsVUFBVTtBQUM3QixTQUFTLFlBQVksbUJBQW1CO0FBSXhDLGVBQWUsSUFBSSxNQUFrQztBQUNuRCxRQUFNLENBQUMsU0FBUyxHQUFHLE1BQU0sSUFBSSxXQUFXO0FBQ3hDLFFBQU0sUUFBUSxNQUFNLFNBQVUsQ0FBQyxHQUFHLFFBQVEsR0FBRyxJQUFJLEdBQUcsRUFBRSxPQUFPLENBQUMsVUFBVSxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQ3pGLE1BQUksU0FBUztBQUNiLE1BQUksU0FBUztBQUNiLFFBQU0sT0FBTyxHQUFHLFFBQVEsQ0FBQyxVQUFtQixVQUFVLE1BQU0sU0FBUyxDQUFFO0FBQ3ZFLFFBQU0sT0FBTyxHQUFHLFFBQVEsQ0FBQyxVQUFtQixVQUFVLE1BQU0sU0FBUyxDQUFFO0FBQ3ZFLFFBQU0sQ0FBQyxJQUFJLElBQUssTUFBTSxLQUFLLE9BQU8sTUFBTTtBQUN4QyxTQUFPLEVBQUUsTUFBTSxRQUFRLE9BQU87QUFDaEM7QUFHQSxTQUFTLGNBQWMsTUFBd0I7QUFDN0MsUUFBTSxVQUFVLEtBQUssTUFBTSxlQUFlLEVBQUUsQ0FBQztBQUM3QyxNQUFJLFlBQVksT0FBVyxRQUFPLENBQUM7QUFDbkMsU0FBTyxRQUNKLE1BQU0sSUFBSSxFQUNWLElBQUksQ0FBQyxTQUFTLHlCQUF5QixLQUFLLElBQUksSUFBSSxDQUFDLENBQUMsRUFDdEQsT0FBTyxDQUFDLFNBQXlCLFNBQVMsVUFBYSxTQUFTLE1BQU07QUFDM0U7QUFHQSxlQUFlLE1BQU0sTUFBYyxNQUEyRDtBQUM1RixRQUFNLFFBQVEsWUFBWSxJQUFJO0FBQzlCLFFBQU0sUUFBUSxNQUFNLFFBQVEsVUFBVSxDQUFDLE1BQU0sR0FBRyxJQUFJLEdBQUcsRUFBRSxPQUFPLENBQUMsVUFBVSxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQzVGLE1BQUksU0FBUztBQUNiLE1BQUksU0FBUztBQUNiLFFBQU0sT0FBTyxHQUFHLFFBQVEsQ0FBQyxVQUFtQixVQUFVLE1BQU0sU0FBUyxDQUFFO0FBQ3ZFLFFBQU0sT0FBTyxHQUFHLFFBQVEsQ0FBQyxVQUFtQixVQUFVLE1BQU0sU0FBUyxDQUFFO0FBQ3ZFLFFBQU0sQ0FBQyxJQUFJLElBQUssTUFBTSxLQUFLLE9BQU8sTUFBTTtBQUN4QyxTQUFPLEVBQUUsSUFBSSxZQUFZLElBQUksSUFBSSxPQUFPLFNBQVMsRUFBRSxNQUFNLFFBQVEsT0FBTyxFQUFFO0FBQzVFO0FBR0EsZUFBZSxLQUFXLE9BQVksTUFBNkM7QUFDakYsUUFBTSxVQUFlLElBQUksTUFBTSxNQUFNLE1BQU07QUFDM0MsTUFBSSxPQUFPO0FBQ1gsUUFBTSxTQUFTLFlBQVk7QUFDekIsV0FBTyxPQUFPLE1BQU0sUUFBUTtBQUMxQixZQUFNLFFBQVE7QUFDZCxjQUFRLEtBQUssSUFBSSxNQUFNLEtBQUssTUFBTSxLQUFLLENBQUU7QUFBQSxJQUMzQztBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsSUFBSSxDQUFDLE9BQU8sR0FBRyxPQUFPLENBQUMsQ0FBQztBQUN0QyxTQUFPO0FBQ1Q7QUFFQSxTQUFTLG1EQUFtRCxFQUFFLFNBQVMsSUFBUSxHQUFHLE1BQU07QUFDdEYsS0FBRyx5RkFBeUYsWUFBWTtBQUd0RyxVQUFNLENBQUMsRUFBRSxHQUFHLE1BQU0sSUFBSSxXQUFXO0FBQ2pDLFVBQU0sT0FBTyxPQUFPLFNBQVMsVUFBVSxJQUFJLEtBQUssWUFBWSxHQUFHLFFBQVEsT0FBTyxTQUFTLElBQUksT0FBTyxDQUFDO0FBQ25HLFdBQU8sR0FBRyxXQUFXLElBQUksR0FBRyxHQUFHLElBQUksMENBQTBDO0FBQzdFLFVBQU0sUUFBUSxDQUFDLFNBQW1CLE1BQU0sTUFBTSxJQUFJO0FBQ2xELFVBQU0sT0FBTyxNQUFNLE1BQU0sQ0FBQyxRQUFRLENBQUM7QUFDbkMsV0FBTyxNQUFNLEtBQUssUUFBUSxNQUFNLEdBQUcsS0FBSyxRQUFRLE1BQU07QUFDdEQsV0FBTyxNQUFNLEtBQUssUUFBUSxRQUFRLGlCQUFpQjtBQUNuRCxVQUFNLFdBQVcsY0FBYyxLQUFLLFFBQVEsTUFBTTtBQUNsRCxlQUFXLFlBQVksQ0FBQyxVQUFVLFlBQVksT0FBTyxRQUFRLE9BQU8sRUFBRyxRQUFPLEdBQUcsU0FBUyxTQUFTLFFBQVEsR0FBRyxHQUFHLFFBQVEsY0FBYyxTQUFTLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFDNUosVUFBTSxTQUFTLE1BQU0sS0FBSyxVQUFVLE9BQU8sVUFBVSxFQUFFLE1BQU0sQ0FBQyxJQUFJLEdBQUcsS0FBSyxNQUFNLE1BQU0sQ0FBQyxNQUFNLFFBQVEsQ0FBQyxFQUFFLEVBQUU7QUFDMUcsVUFBTSxTQUFxQixDQUFDO0FBQzVCLGVBQVcsRUFBRSxNQUFNLElBQUksS0FBSyxRQUFRO0FBQ2xDLFlBQU0sT0FBTyxLQUFLLENBQUM7QUFDbkIsYUFBTyxNQUFNLElBQUksUUFBUSxNQUFNLEdBQUcsVUFBVSxJQUFJLFlBQVksSUFBSSxRQUFRLE1BQU0sRUFBRTtBQUNoRixhQUFPLE1BQU0sSUFBSSxRQUFRLFFBQVEsSUFBSSxPQUFPLGtCQUFrQixJQUFJLEdBQUcsR0FBRyxVQUFVLElBQUksU0FBUztBQUMvRixZQUFNLE9BQU8sY0FBYyxJQUFJLFFBQVEsTUFBTTtBQUM3QyxpQkFBVyxPQUFPLEtBQU0sUUFBTyxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUM7QUFBQSxJQUNqRDtBQUNBLFdBQU8sR0FBRyxPQUFPLEtBQUssQ0FBQyxTQUFTLEtBQUssS0FBSyxHQUFHLE1BQU0sZ0JBQWdCLENBQUM7QUFDcEUsV0FBTyxHQUFHLE9BQU8sS0FBSyxDQUFDLFNBQVMsS0FBSyxLQUFLLEdBQUcsTUFBTSxVQUFVLENBQUM7QUFDOUQsVUFBTSxRQUFRLE1BQU0sS0FBSyxRQUFRLE9BQU8sVUFBVSxFQUFFLE1BQU0sS0FBSyxNQUFNLE1BQU0sQ0FBQyxHQUFHLE1BQU0sUUFBUSxDQUFDLEVBQUUsRUFBRTtBQUNsRyxlQUFXLEVBQUUsTUFBTSxJQUFJLEtBQUssT0FBTztBQUNqQyxhQUFPLE1BQU0sSUFBSSxRQUFRLE1BQU0sR0FBRyxVQUFVLEtBQUssS0FBSyxHQUFHLENBQUMsWUFBWSxJQUFJLFFBQVEsTUFBTSxFQUFFO0FBQzFGLGFBQU8sTUFBTSxJQUFJLFFBQVEsUUFBUSxJQUFJLE9BQU8sa0JBQWtCLEtBQUssS0FBSyxHQUFHLENBQUMsRUFBRSxHQUFHLFVBQVUsS0FBSyxLQUFLLEdBQUcsQ0FBQyxTQUFTO0FBQ2xILGFBQU8sTUFBTSxJQUFJLFFBQVEsUUFBUSxRQUFRO0FBQUEsSUFDM0M7QUFDQSxVQUFNLHFCQUFxQixDQUFDLEdBQUcsT0FBTyxPQUFPLENBQUMsVUFBVSxjQUFjLE1BQU0sSUFBSSxRQUFRLE1BQU0sRUFBRSxXQUFXLENBQUMsRUFBRSxJQUFJLENBQUMsVUFBVSxNQUFNLElBQUksR0FBRyxHQUFHLE1BQU07QUFDbkosVUFBTSxRQUFRLE1BQU0sS0FBSyxvQkFBb0IsT0FBTyxVQUFVLEVBQUUsTUFBTSxLQUFLLE1BQU0sTUFBTSxDQUFDLEdBQUcsTUFBTSxnQkFBZ0IsQ0FBQyxFQUFFLEVBQUU7QUFDdEgsZUFBVyxFQUFFLE1BQU0sSUFBSSxLQUFLLE9BQU87QUFDakMsYUFBTyxTQUFTLElBQUksUUFBUSxNQUFNLEdBQUcsVUFBVSxLQUFLLEtBQUssR0FBRyxDQUFDLDJCQUEyQjtBQUN4RixhQUFPLE1BQU0sSUFBSSxRQUFRLFFBQVEsK0ZBQStGLFVBQVUsS0FBSyxLQUFLLEdBQUcsQ0FBQyxLQUFLLElBQUksUUFBUSxNQUFNLEVBQUU7QUFBQSxJQUNuTDtBQU1BLFFBQUksV0FBVztBQUNmLGFBQVMsTUFBTSxHQUFHLE1BQU0sR0FBRyxNQUFPLFlBQVcsS0FBSyxJQUFJLFdBQVcsTUFBTSxNQUFNLENBQUMsV0FBVyxDQUFDLEdBQUcsRUFBRTtBQUMvRixVQUFNLFFBQVEsS0FBSyxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3hDLFVBQU0sT0FBaUIsQ0FBQztBQUN4QixlQUFXLEVBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQyxFQUFFLE1BQU0sQ0FBQyxHQUFlLEtBQUssS0FBSyxHQUFHLEdBQUcsUUFBUSxHQUFHLEtBQUssR0FBRztBQUN0RixVQUFJLEtBQUssSUFBSTtBQUNiLFVBQUksS0FBSyxNQUFPLE1BQUssS0FBSyxJQUFJLEtBQUssTUFBTSxNQUFNLENBQUMsR0FBRyxNQUFNLFFBQVEsQ0FBQyxHQUFHLEVBQUU7QUFDdkUsVUFBSSxLQUFLLE1BQU8sTUFBSyxLQUFLLFVBQVUsQ0FBQyxHQUFHLE1BQU0sUUFBUSxFQUFFLEtBQUssR0FBRyxDQUFDLEtBQUssS0FBSyxNQUFNLEVBQUUsQ0FBQyxLQUFLO0FBQUEsSUFDM0Y7QUFDQSxXQUFPLFVBQVUsTUFBTSxDQUFDLEdBQUcsUUFBUSxLQUFLLE1BQU0sS0FBSyxDQUFDLG1CQUFtQixLQUFLLE1BQU0sUUFBUSxDQUFDLE1BQU07QUFBQSxFQUNuRyxDQUFDO0FBRUQsS0FBRyw0RUFBNEUsWUFBWTtBQUN6RixVQUFNLE9BQU8sTUFBTSxJQUFJLENBQUMsWUFBWSxTQUFTLFVBQVUsUUFBUSxDQUFDO0FBQ2hFLFdBQU8sU0FBUyxLQUFLLE1BQU0sQ0FBQztBQUM1QixXQUFPLE1BQU0sS0FBSyxRQUFRLGdCQUFnQjtBQUMxQyxVQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsWUFBWSxTQUFTLHFCQUFxQixVQUFVLENBQUM7QUFDOUUsV0FBTyxTQUFTLE1BQU0sTUFBTSxDQUFDO0FBQzdCLFdBQU8sTUFBTSxNQUFNLFFBQVEsbUJBQW1CO0FBQzlDLFdBQU8sYUFBYSxNQUFNLFNBQVMsTUFBTSxRQUFRLFFBQVE7QUFBQSxFQUMzRCxDQUFDO0FBRUQsS0FBRyxpRUFBaUUsWUFBWTtBQUM5RSxVQUFNLFVBQVUsTUFBTSxJQUFJLENBQUMsUUFBUSxRQUFRLFVBQVUsZ0JBQWdCLENBQUM7QUFDdEUsV0FBTyxTQUFTLFFBQVEsTUFBTSxDQUFDO0FBQy9CLFVBQU0sVUFBVSxLQUFLLE1BQU0sUUFBUSxPQUFPLEtBQUssQ0FBQztBQUNoRCxXQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUs7QUFDOUIsV0FBTyxNQUFNLFFBQVEsTUFBTSxNQUFNLG1CQUFtQjtBQUNwRCxXQUFPLE1BQU0sUUFBUSxNQUFNLFNBQVMsaUNBQWlDO0FBQUEsRUFDdkUsQ0FBQztBQUVELEtBQUcsZ0RBQWdELFlBQVk7QUFDN0QsVUFBTSxFQUFFLFFBQVEsSUFBSSxLQUFLLE1BQU0sYUFBYSxLQUFLLFlBQVksR0FBRyxjQUFjLEdBQUcsTUFBTSxDQUFDO0FBQ3hGLGVBQVcsUUFBUSxDQUFDLGFBQWEsSUFBSSxHQUFHO0FBQ3RDLFlBQU0sVUFBVSxNQUFNLElBQUksQ0FBQyxJQUFJLENBQUM7QUFDaEMsYUFBTyxNQUFNLFFBQVEsTUFBTSxDQUFDO0FBQzVCLGFBQU8sTUFBTSxRQUFRLE9BQU8sS0FBSyxHQUFHLE9BQU87QUFBQSxJQUM3QztBQUFBLEVBQ0YsQ0FBQztBQUVELEtBQUcsc0RBQXNELFlBQVk7QUFDbkUsVUFBTSxVQUFVLE1BQU0sSUFBSSxDQUFDLFVBQVUsQ0FBQztBQUN0QyxXQUFPLFNBQVMsUUFBUSxNQUFNLENBQUM7QUFDL0IsV0FBTyxNQUFNLFFBQVEsUUFBUSw0QkFBNEI7QUFBQSxFQUMzRCxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
