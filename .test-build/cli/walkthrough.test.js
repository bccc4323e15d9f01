import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { freePort } from "../util/net.js";
import { cliCommand, packageRoot } from "../util/paths.js";
function walkthrough(readme, name) {
  const match = new RegExp(`<!-- walkthrough:${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme);
  assert.ok(match, `README has the walkthrough block ${name}`);
  return match[1].trim().split("\n");
}
const dir = mkdtempSync(join(tmpdir(), "airtnt-walkthrough-"));
const children = [];
after(() => {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
    }
  }
  rmSync(dir, { recursive: true, force: true });
});
function shell(line) {
  const child = spawn("/bin/sh", ["-c", line], { detached: true, cwd: dir, env: { ...process.env, PATH: `${join(dir, "bin")}:${process.env.PATH}`, XDG_DATA_HOME: join(dir, "xdg") }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return child;
}
function waitFor(child, pattern) {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr.on("data", (chunk) => err += chunk.toString());
    child.stdout.on("data", (chunk) => {
      out += chunk.toString();
      if (pattern.test(out)) resolve(out);
    });
    child.once("exit", (code) => reject(new Error(`exited (${code}) before ${pattern}: ${err}`)));
  });
}
describe("README walkthrough (real processes)", { timeout: 6e5 }, () => {
  it("works exactly as written: devnet, executor, requester", async () => {
    const [node, ...prefix] = cliCommand();
    const absolute = prefix.map((part) => part === "tsx" ? import.meta.resolve("tsx") : part);
    const bin = join(dir, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "airtnt"), `#!/bin/sh
exec ${[node, ...absolute].map((p) => `'${p}'`).join(" ")} "$@"
`);
    chmodSync(join(bin, "airtnt"), 493);
    const readme = readFileSync(join(packageRoot(), "README.md"), "utf8");
    const [chainPort, executorPort] = [await freePort(), await freePort()];
    const ports = (line) => line.replaceAll("8545", String(chainPort)).replaceAll("7777", String(executorPort));
    const [chainLine] = walkthrough(readme, "chain");
    const chain = shell(ports(chainLine));
    const printed = await waitFor(chain, /stop with Ctrl-C/);
    const [executorLine] = walkthrough(readme, "executor");
    assert.ok(printed.includes(/--channels (0x[0-9a-fA-F]{40})/.exec(executorLine)[1]), "the devnet deploys the channels at the address the README gives");
    const executor = shell(ports(executorLine));
    await waitFor(executor, /airtnt executor listening on/);
    const outputs = [];
    for (const line of walkthrough(readme, "requester")) {
      const child = shell(ports(line));
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => stdout += chunk.toString());
      child.stderr.on("data", (chunk) => stderr += chunk.toString());
      const [code] = await once(child, "exit");
      assert.equal(code, 0, `${line}
${stderr}`);
      outputs.push(stdout);
    }
    assert.ok(existsSync(join(dir, "final.rle")));
    const [, info, run, runs, status] = outputs;
    assert.match(info, /price per cycle {2}1 gwei/);
    assert.match(info, /min deposit {6}0\.00000002 ETH/);
    assert.match(info, /verified: evidence accepted/);
    const cost = /4 rounds, 40 generations.*run cost ([0-9.]+ ETH)/.exec(run)?.[1];
    assert.ok(cost !== void 0 && cost !== "0 ETH", run);
    assert.ok(runs.includes(cost) && /INSECURE/.test(runs), runs);
    assert.ok(status.includes(`earnings  ${cost} signed to you`), status);
    const runLine = walkthrough(readme, "requester").find((line) => line.includes(" run life "));
    const again = shell(ports(runLine));
    let againErr = "";
    again.stderr.on("data", (chunk) => againErr += chunk.toString());
    assert.equal((await once(again, "exit"))[0], 0, againErr);
    assert.match(againErr, new RegExp(`answered from the store .*executed by http://127\\.0\\.0\\.1:${executorPort} on a simulated TEE \\(INSECURE\\); it cost ${cost.replace(".", "\\.")}`));
    const executorExited = once(executor, "exit");
    process.kill(-executor.pid, "SIGINT");
    await executorExited;
    const statusAfter = shell("airtnt executor status --json");
    let statusJson = "";
    statusAfter.stdout.on("data", (chunk) => statusJson += chunk.toString());
    assert.equal((await once(statusAfter, "exit"))[0], 0);
    const { earnings } = JSON.parse(statusJson);
    assert.equal(earnings.length, 1);
    assert.ok(BigInt(earnings[0].signed) > 0n);
    assert.equal(earnings[0].collected, earnings[0].signed, "Ctrl-C collected the 40 gwei the README says it does");
    const chainExited = once(chain, "exit");
    process.kill(-chain.pid, "SIGINT");
    await chainExited;
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2NsaS93YWxrdGhyb3VnaC50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFRoZSBSRUFETUUncyB0aHJlZS10ZXJtaW5hbCB3YWxrdGhyb3VnaCwgcnVuIGxpbmUgYnkgbGluZSBhcyB3cml0dGVuICh0aHJvdWdoIC9iaW4vc2gsIHdpdGhcbiAqIGBhaXJ0bnRgIG9uIHRoZSBQQVRIKTogdGhlIGNoYWluIGFuZCB0aGUgZXhlY3V0b3IgYXMgbG9uZy1saXZlZCBwcm9jZXNzZXMsIHRoZSByZXF1ZXN0ZXIncyBsaW5lc1xuICogdG8gY29tcGxldGlvbi4gT25seSB0aGUgdHdvIHBvcnRzIGFyZSByZXBsYWNlZCBieSBmcmVlIG9uZXMgKHRoZSBtYWNoaW5lIG1heSBiZSBzaGFyZWQpLCBhbmQgdGhlXG4gKiBzdG9yZXMgZ28gdG8gYSB0ZW1wb3JhcnkgWERHX0RBVEFfSE9NRS5cbiAqL1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgc3Bhd24sIHR5cGUgQ2hpbGRQcm9jZXNzIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IG9uY2UgfSBmcm9tICdub2RlOmV2ZW50cyc7XG5pbXBvcnQgeyBjaG1vZFN5bmMsIGV4aXN0c1N5bmMsIG1rZGlyU3luYywgbWtkdGVtcFN5bmMsIHJlYWRGaWxlU3luYywgcm1TeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgYWZ0ZXIsIGRlc2NyaWJlLCBpdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgeyBmcmVlUG9ydCB9IGZyb20gJy4uL3V0aWwvbmV0LmpzJztcbmltcG9ydCB7IGNsaUNvbW1hbmQsIHBhY2thZ2VSb290IH0gZnJvbSAnLi4vdXRpbC9wYXRocy5qcyc7XG5cbi8qKiBUaGUgbGluZXMgb2YgdGhlIHNoIGJsb2NrIHRoYXQgZm9sbG93cyBgPCEtLSB3YWxrdGhyb3VnaDpOQU1FIC0tPmAgaW4gdGhlIFJFQURNRS4gKi9cbmZ1bmN0aW9uIHdhbGt0aHJvdWdoKHJlYWRtZTogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG1hdGNoID0gbmV3IFJlZ0V4cChgPCEtLSB3YWxrdGhyb3VnaDoke25hbWV9IC0tPlxcXFxuXFxgXFxgXFxgc2hcXFxcbihbXFxcXHNcXFxcU10qPylcXGBcXGBcXGBgKS5leGVjKHJlYWRtZSk7XG4gIGFzc2VydC5vayhtYXRjaCwgYFJFQURNRSBoYXMgdGhlIHdhbGt0aHJvdWdoIGJsb2NrICR7bmFtZX1gKTtcbiAgcmV0dXJuIG1hdGNoWzFdIS50cmltKCkuc3BsaXQoJ1xcbicpO1xufVxuXG5jb25zdCBkaXIgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCAnYWlydG50LXdhbGt0aHJvdWdoLScpKTtcbmNvbnN0IGNoaWxkcmVuOiBDaGlsZFByb2Nlc3NbXSA9IFtdO1xuYWZ0ZXIoKCkgPT4ge1xuICBmb3IgKGNvbnN0IGNoaWxkIG9mIGNoaWxkcmVuKSB7XG4gICAgdHJ5IHtcbiAgICAgIHByb2Nlc3Mua2lsbCgtY2hpbGQucGlkISwgJ1NJR0tJTEwnKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIHRoZSBncm91cCBpcyBnb25lIGFscmVhZHlcbiAgICB9XG4gIH1cbiAgcm1TeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xufSk7XG5cbmZ1bmN0aW9uIHNoZWxsKGxpbmU6IHN0cmluZyk6IENoaWxkUHJvY2VzcyB7XG4gIGNvbnN0IGNoaWxkID0gc3Bhd24oJy9iaW4vc2gnLCBbJy1jJywgbGluZV0sIHsgZGV0YWNoZWQ6IHRydWUsIGN3ZDogZGlyLCBlbnY6IHsgLi4ucHJvY2Vzcy5lbnYsIFBBVEg6IGAke2pvaW4oZGlyLCAnYmluJyl9OiR7cHJvY2Vzcy5lbnYuUEFUSH1gLCBYREdfREFUQV9IT01FOiBqb2luKGRpciwgJ3hkZycpIH0sIHN0ZGlvOiBbJ2lnbm9yZScsICdwaXBlJywgJ3BpcGUnXSB9KTtcbiAgY2hpbGRyZW4ucHVzaChjaGlsZCk7XG4gIHJldHVybiBjaGlsZDtcbn1cblxuLyoqIFJlc29sdmVzIHdpdGggZXZlcnl0aGluZyBwcmludGVkIG9uY2UgYHBhdHRlcm5gIGFwcGVhcnMgb24gc3Rkb3V0OyByZWplY3RzIGlmIHRoZSBwcm9jZXNzIGV4aXRzIGZpcnN0LiAqL1xuZnVuY3Rpb24gd2FpdEZvcihjaGlsZDogQ2hpbGRQcm9jZXNzLCBwYXR0ZXJuOiBSZWdFeHApOiBQcm9taXNlPHN0cmluZz4ge1xuICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIGxldCBvdXQgPSAnJztcbiAgICBsZXQgZXJyID0gJyc7XG4gICAgY2hpbGQuc3RkZXJyIS5vbignZGF0YScsIChjaHVuazogQnVmZmVyKSA9PiAoZXJyICs9IGNodW5rLnRvU3RyaW5nKCkpKTtcbiAgICBjaGlsZC5zdGRvdXQhLm9uKCdkYXRhJywgKGNodW5rOiBCdWZmZXIpID0+IHtcbiAgICAgIG91dCArPSBjaHVuay50b1N0cmluZygpO1xuICAgICAgaWYgKHBhdHRlcm4udGVzdChvdXQpKSByZXNvbHZlKG91dCk7XG4gICAgfSk7XG4gICAgY2hpbGQub25jZSgnZXhpdCcsIChjb2RlKSA9PiByZWplY3QobmV3IEVycm9yKGBleGl0ZWQgKCR7Y29kZX0pIGJlZm9yZSAke3BhdHRlcm59OiAke2Vycn1gKSkpO1xuICB9KTtcbn1cblxuZGVzY3JpYmUoJ1JFQURNRSB3YWxrdGhyb3VnaCAocmVhbCBwcm9jZXNzZXMpJywgeyB0aW1lb3V0OiA2MDBfMDAwIH0sICgpID0+IHtcbiAgaXQoJ3dvcmtzIGV4YWN0bHkgYXMgd3JpdHRlbjogZGV2bmV0LCBleGVjdXRvciwgcmVxdWVzdGVyJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IFtub2RlLCAuLi5wcmVmaXhdID0gY2xpQ29tbWFuZCgpO1xuICAgIGNvbnN0IGFic29sdXRlID0gcHJlZml4Lm1hcCgocGFydCkgPT4gKHBhcnQgPT09ICd0c3gnID8gaW1wb3J0Lm1ldGEucmVzb2x2ZSgndHN4JykgOiBwYXJ0KSk7XG4gICAgY29uc3QgYmluID0gam9pbihkaXIsICdiaW4nKTtcbiAgICBta2RpclN5bmMoYmluKTtcbiAgICB3cml0ZUZpbGVTeW5jKGpvaW4oYmluLCAnYWlydG50JyksIGAjIS9iaW4vc2hcXG5leGVjICR7W25vZGUhLCAuLi5hYnNvbHV0ZV0ubWFwKChwKSA9PiBgJyR7cH0nYCkuam9pbignICcpfSBcIiRAXCJcXG5gKTtcbiAgICBjaG1vZFN5bmMoam9pbihiaW4sICdhaXJ0bnQnKSwgMG83NTUpO1xuICAgIGNvbnN0IHJlYWRtZSA9IHJlYWRGaWxlU3luYyhqb2luKHBhY2thZ2VSb290KCksICdSRUFETUUubWQnKSwgJ3V0ZjgnKTtcbiAgICBjb25zdCBbY2hhaW5Qb3J0LCBleGVjdXRvclBvcnRdID0gW2F3YWl0IGZyZWVQb3J0KCksIGF3YWl0IGZyZWVQb3J0KCldO1xuICAgIGNvbnN0IHBvcnRzID0gKGxpbmU6IHN0cmluZykgPT4gbGluZS5yZXBsYWNlQWxsKCc4NTQ1JywgU3RyaW5nKGNoYWluUG9ydCkpLnJlcGxhY2VBbGwoJzc3NzcnLCBTdHJpbmcoZXhlY3V0b3JQb3J0KSk7XG5cbiAgICBjb25zdCBbY2hhaW5MaW5lXSA9IHdhbGt0aHJvdWdoKHJlYWRtZSwgJ2NoYWluJyk7XG4gICAgY29uc3QgY2hhaW4gPSBzaGVsbChwb3J0cyhjaGFpbkxpbmUhKSk7XG4gICAgY29uc3QgcHJpbnRlZCA9IGF3YWl0IHdhaXRGb3IoY2hhaW4sIC9zdG9wIHdpdGggQ3RybC1DLyk7XG4gICAgY29uc3QgW2V4ZWN1dG9yTGluZV0gPSB3YWxrdGhyb3VnaChyZWFkbWUsICdleGVjdXRvcicpO1xuICAgIGFzc2VydC5vayhwcmludGVkLmluY2x1ZGVzKC8tLWNoYW5uZWxzICgweFswLTlhLWZBLUZdezQwfSkvLmV4ZWMoZXhlY3V0b3JMaW5lISkhWzFdISksICd0aGUgZGV2bmV0IGRlcGxveXMgdGhlIGNoYW5uZWxzIGF0IHRoZSBhZGRyZXNzIHRoZSBSRUFETUUgZ2l2ZXMnKTtcbiAgICBjb25zdCBleGVjdXRvciA9IHNoZWxsKHBvcnRzKGV4ZWN1dG9yTGluZSEpKTtcbiAgICBhd2FpdCB3YWl0Rm9yKGV4ZWN1dG9yLCAvYWlydG50IGV4ZWN1dG9yIGxpc3RlbmluZyBvbi8pO1xuXG4gICAgY29uc3Qgb3V0cHV0czogc3RyaW5nW10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IGxpbmUgb2Ygd2Fsa3Rocm91Z2gocmVhZG1lLCAncmVxdWVzdGVyJykpIHtcbiAgICAgIGNvbnN0IGNoaWxkID0gc2hlbGwocG9ydHMobGluZSkpO1xuICAgICAgbGV0IHN0ZG91dCA9ICcnO1xuICAgICAgbGV0IHN0ZGVyciA9ICcnO1xuICAgICAgY2hpbGQuc3Rkb3V0IS5vbignZGF0YScsIChjaHVuazogQnVmZmVyKSA9PiAoc3Rkb3V0ICs9IGNodW5rLnRvU3RyaW5nKCkpKTtcbiAgICAgIGNoaWxkLnN0ZGVyciEub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlcikgPT4gKHN0ZGVyciArPSBjaHVuay50b1N0cmluZygpKSk7XG4gICAgICBjb25zdCBbY29kZV0gPSAoYXdhaXQgb25jZShjaGlsZCwgJ2V4aXQnKSkgYXMgW251bWJlciB8IG51bGxdO1xuICAgICAgYXNzZXJ0LmVxdWFsKGNvZGUsIDAsIGAke2xpbmV9XFxuJHtzdGRlcnJ9YCk7XG4gICAgICBvdXRwdXRzLnB1c2goc3Rkb3V0KTtcbiAgICB9XG4gICAgYXNzZXJ0Lm9rKGV4aXN0c1N5bmMoam9pbihkaXIsICdmaW5hbC5ybGUnKSkpO1xuICAgIGNvbnN0IFssIGluZm8sIHJ1biwgcnVucywgc3RhdHVzXSA9IG91dHB1dHM7XG4gICAgYXNzZXJ0Lm1hdGNoKGluZm8hLCAvcHJpY2UgcGVyIGN5Y2xlIHsyfTEgZ3dlaS8pO1xuICAgIGFzc2VydC5tYXRjaChpbmZvISwgL21pbiBkZXBvc2l0IHs2fTBcXC4wMDAwMDAwMiBFVEgvKTtcbiAgICBhc3NlcnQubWF0Y2goaW5mbyEsIC92ZXJpZmllZDogZXZpZGVuY2UgYWNjZXB0ZWQvKTtcbiAgICBjb25zdCBjb3N0ID0gLzQgcm91bmRzLCA0MCBnZW5lcmF0aW9ucy4qcnVuIGNvc3QgKFswLTkuXSsgRVRIKS8uZXhlYyhydW4hKT8uWzFdO1xuICAgIGFzc2VydC5vayhjb3N0ICE9PSB1bmRlZmluZWQgJiYgY29zdCAhPT0gJzAgRVRIJywgcnVuKTtcbiAgICBhc3NlcnQub2socnVucyEuaW5jbHVkZXMoY29zdCkgJiYgL0lOU0VDVVJFLy50ZXN0KHJ1bnMhKSwgcnVucyk7XG4gICAgYXNzZXJ0Lm9rKHN0YXR1cyEuaW5jbHVkZXMoYGVhcm5pbmdzICAke2Nvc3R9IHNpZ25lZCB0byB5b3VgKSwgc3RhdHVzKTtcblxuICAgIC8vIFRoZSBzYW1lIHJ1biBhZ2FpbiBpcyBhbnN3ZXJlZCBmcm9tIHRoZSBzdG9yZSwgYW5kIHNheXMgc28sIHdpdGggd2hvIGV4ZWN1dGVkIGl0IGFuZCBob3cuXG4gICAgY29uc3QgcnVuTGluZSA9IHdhbGt0aHJvdWdoKHJlYWRtZSwgJ3JlcXVlc3RlcicpLmZpbmQoKGxpbmUpID0+IGxpbmUuaW5jbHVkZXMoJyBydW4gbGlmZSAnKSkhO1xuICAgIGNvbnN0IGFnYWluID0gc2hlbGwocG9ydHMocnVuTGluZSkpO1xuICAgIGxldCBhZ2FpbkVyciA9ICcnO1xuICAgIGFnYWluLnN0ZGVyciEub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlcikgPT4gKGFnYWluRXJyICs9IGNodW5rLnRvU3RyaW5nKCkpKTtcbiAgICBhc3NlcnQuZXF1YWwoKChhd2FpdCBvbmNlKGFnYWluLCAnZXhpdCcpKSBhcyBbbnVtYmVyXSlbMF0sIDAsIGFnYWluRXJyKTtcbiAgICBhc3NlcnQubWF0Y2goYWdhaW5FcnIsIG5ldyBSZWdFeHAoYGFuc3dlcmVkIGZyb20gdGhlIHN0b3JlIC4qZXhlY3V0ZWQgYnkgaHR0cDovLzEyN1xcXFwuMFxcXFwuMFxcXFwuMToke2V4ZWN1dG9yUG9ydH0gb24gYSBzaW11bGF0ZWQgVEVFIFxcXFwoSU5TRUNVUkVcXFxcKTsgaXQgY29zdCAke2Nvc3QucmVwbGFjZSgnLicsICdcXFxcLicpfWApKTtcblxuICAgIC8vIEN0cmwtQyBpbiBlYWNoIHRlcm1pbmFsOiB0aGUgd2hvbGUgcHJvY2VzcyBncm91cCBnZXRzIFNJR0lOVC4gVGhlIGV4ZWN1dG9yIGNvbGxlY3RzIGZpcnN0LlxuICAgIGNvbnN0IGV4ZWN1dG9yRXhpdGVkID0gb25jZShleGVjdXRvciwgJ2V4aXQnKTtcbiAgICBwcm9jZXNzLmtpbGwoLWV4ZWN1dG9yLnBpZCEsICdTSUdJTlQnKTtcbiAgICBhd2FpdCBleGVjdXRvckV4aXRlZDtcbiAgICBjb25zdCBzdGF0dXNBZnRlciA9IHNoZWxsKCdhaXJ0bnQgZXhlY3V0b3Igc3RhdHVzIC0tanNvbicpO1xuICAgIGxldCBzdGF0dXNKc29uID0gJyc7XG4gICAgc3RhdHVzQWZ0ZXIuc3Rkb3V0IS5vbignZGF0YScsIChjaHVuazogQnVmZmVyKSA9PiAoc3RhdHVzSnNvbiArPSBjaHVuay50b1N0cmluZygpKSk7XG4gICAgYXNzZXJ0LmVxdWFsKCgoYXdhaXQgb25jZShzdGF0dXNBZnRlciwgJ2V4aXQnKSkgYXMgW251bWJlcl0pWzBdLCAwKTtcbiAgICBjb25zdCB7IGVhcm5pbmdzIH0gPSBKU09OLnBhcnNlKHN0YXR1c0pzb24pIGFzIHsgZWFybmluZ3M6IHsgc2lnbmVkOiBzdHJpbmc7IGNvbGxlY3RlZDogc3RyaW5nIH1bXSB9O1xuICAgIGFzc2VydC5lcXVhbChlYXJuaW5ncy5sZW5ndGgsIDEpO1xuICAgIGFzc2VydC5vayhCaWdJbnQoZWFybmluZ3NbMF0hLnNpZ25lZCkgPiAwbik7XG4gICAgYXNzZXJ0LmVxdWFsKGVhcm5pbmdzWzBdIS5jb2xsZWN0ZWQsIGVhcm5pbmdzWzBdIS5zaWduZWQsICdDdHJsLUMgY29sbGVjdGVkIHRoZSA0MCBnd2VpIHRoZSBSRUFETUUgc2F5cyBpdCBkb2VzJyk7XG4gICAgY29uc3QgY2hhaW5FeGl0ZWQgPSBvbmNlKGNoYWluLCAnZXhpdCcpO1xuICAgIHByb2Nlc3Mua2lsbCgtY2hhaW4ucGlkISwgJ1NJR0lOVCcpO1xuICAgIGF3YWl0IGNoYWluRXhpdGVkO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIkFBTUEsT0FBTyxZQUFZO0FBQ25CLFNBQVMsYUFBZ0M7QUFDekMsU0FBUyxZQUFZO0FBQ3JCLFNBQVMsV0FBVyxZQUFZLFdBQVcsYUFBYSxjQUFjLFFBQVEscUJBQXFCO0FBQ25HLFNBQVMsY0FBYztBQUN2QixTQUFTLFlBQVk7QUFDckIsU0FBUyxPQUFPLFVBQVUsVUFBVTtBQUNwQyxTQUFTLGdCQUFnQjtBQUN6QixTQUFTLFlBQVksbUJBQW1CO0FBR3hDLFNBQVMsWUFBWSxRQUFnQixNQUF3QjtBQUMzRCxRQUFNLFFBQVEsSUFBSSxPQUFPLG9CQUFvQixJQUFJLHNDQUFzQyxFQUFFLEtBQUssTUFBTTtBQUNwRyxTQUFPLEdBQUcsT0FBTyxvQ0FBb0MsSUFBSSxFQUFFO0FBQzNELFNBQU8sTUFBTSxDQUFDLEVBQUcsS0FBSyxFQUFFLE1BQU0sSUFBSTtBQUNwQztBQUVBLE1BQU0sTUFBTSxZQUFZLEtBQUssT0FBTyxHQUFHLHFCQUFxQixDQUFDO0FBQzdELE1BQU0sV0FBMkIsQ0FBQztBQUNsQyxNQUFNLE1BQU07QUFDVixhQUFXLFNBQVMsVUFBVTtBQUM1QixRQUFJO0FBQ0YsY0FBUSxLQUFLLENBQUMsTUFBTSxLQUFNLFNBQVM7QUFBQSxJQUNyQyxRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFDOUMsQ0FBQztBQUVELFNBQVMsTUFBTSxNQUE0QjtBQUN6QyxRQUFNLFFBQVEsTUFBTSxXQUFXLENBQUMsTUFBTSxJQUFJLEdBQUcsRUFBRSxVQUFVLE1BQU0sS0FBSyxLQUFLLEtBQUssRUFBRSxHQUFHLFFBQVEsS0FBSyxNQUFNLEdBQUcsS0FBSyxLQUFLLEtBQUssQ0FBQyxJQUFJLFFBQVEsSUFBSSxJQUFJLElBQUksZUFBZSxLQUFLLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxDQUFDLFVBQVUsUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUN2TixXQUFTLEtBQUssS0FBSztBQUNuQixTQUFPO0FBQ1Q7QUFHQSxTQUFTLFFBQVEsT0FBcUIsU0FBa0M7QUFDdEUsU0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsUUFBSSxNQUFNO0FBQ1YsUUFBSSxNQUFNO0FBQ1YsVUFBTSxPQUFRLEdBQUcsUUFBUSxDQUFDLFVBQW1CLE9BQU8sTUFBTSxTQUFTLENBQUU7QUFDckUsVUFBTSxPQUFRLEdBQUcsUUFBUSxDQUFDLFVBQWtCO0FBQzFDLGFBQU8sTUFBTSxTQUFTO0FBQ3RCLFVBQUksUUFBUSxLQUFLLEdBQUcsRUFBRyxTQUFRLEdBQUc7QUFBQSxJQUNwQyxDQUFDO0FBQ0QsVUFBTSxLQUFLLFFBQVEsQ0FBQyxTQUFTLE9BQU8sSUFBSSxNQUFNLFdBQVcsSUFBSSxZQUFZLE9BQU8sS0FBSyxHQUFHLEVBQUUsQ0FBQyxDQUFDO0FBQUEsRUFDOUYsQ0FBQztBQUNIO0FBRUEsU0FBUyx1Q0FBdUMsRUFBRSxTQUFTLElBQVEsR0FBRyxNQUFNO0FBQzFFLEtBQUcseURBQXlELFlBQVk7QUFDdEUsVUFBTSxDQUFDLE1BQU0sR0FBRyxNQUFNLElBQUksV0FBVztBQUNyQyxVQUFNLFdBQVcsT0FBTyxJQUFJLENBQUMsU0FBVSxTQUFTLFFBQVEsWUFBWSxRQUFRLEtBQUssSUFBSSxJQUFLO0FBQzFGLFVBQU0sTUFBTSxLQUFLLEtBQUssS0FBSztBQUMzQixjQUFVLEdBQUc7QUFDYixrQkFBYyxLQUFLLEtBQUssUUFBUSxHQUFHO0FBQUEsT0FBbUIsQ0FBQyxNQUFPLEdBQUcsUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLElBQUksQ0FBQyxHQUFHLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFBQSxDQUFTO0FBQ2xILGNBQVUsS0FBSyxLQUFLLFFBQVEsR0FBRyxHQUFLO0FBQ3BDLFVBQU0sU0FBUyxhQUFhLEtBQUssWUFBWSxHQUFHLFdBQVcsR0FBRyxNQUFNO0FBQ3BFLFVBQU0sQ0FBQyxXQUFXLFlBQVksSUFBSSxDQUFDLE1BQU0sU0FBUyxHQUFHLE1BQU0sU0FBUyxDQUFDO0FBQ3JFLFVBQU0sUUFBUSxDQUFDLFNBQWlCLEtBQUssV0FBVyxRQUFRLE9BQU8sU0FBUyxDQUFDLEVBQUUsV0FBVyxRQUFRLE9BQU8sWUFBWSxDQUFDO0FBRWxILFVBQU0sQ0FBQyxTQUFTLElBQUksWUFBWSxRQUFRLE9BQU87QUFDL0MsVUFBTSxRQUFRLE1BQU0sTUFBTSxTQUFVLENBQUM7QUFDckMsVUFBTSxVQUFVLE1BQU0sUUFBUSxPQUFPLGtCQUFrQjtBQUN2RCxVQUFNLENBQUMsWUFBWSxJQUFJLFlBQVksUUFBUSxVQUFVO0FBQ3JELFdBQU8sR0FBRyxRQUFRLFNBQVMsaUNBQWlDLEtBQUssWUFBYSxFQUFHLENBQUMsQ0FBRSxHQUFHLGlFQUFpRTtBQUN4SixVQUFNLFdBQVcsTUFBTSxNQUFNLFlBQWEsQ0FBQztBQUMzQyxVQUFNLFFBQVEsVUFBVSw4QkFBOEI7QUFFdEQsVUFBTSxVQUFvQixDQUFDO0FBQzNCLGVBQVcsUUFBUSxZQUFZLFFBQVEsV0FBVyxHQUFHO0FBQ25ELFlBQU0sUUFBUSxNQUFNLE1BQU0sSUFBSSxDQUFDO0FBQy9CLFVBQUksU0FBUztBQUNiLFVBQUksU0FBUztBQUNiLFlBQU0sT0FBUSxHQUFHLFFBQVEsQ0FBQyxVQUFtQixVQUFVLE1BQU0sU0FBUyxDQUFFO0FBQ3hFLFlBQU0sT0FBUSxHQUFHLFFBQVEsQ0FBQyxVQUFtQixVQUFVLE1BQU0sU0FBUyxDQUFFO0FBQ3hFLFlBQU0sQ0FBQyxJQUFJLElBQUssTUFBTSxLQUFLLE9BQU8sTUFBTTtBQUN4QyxhQUFPLE1BQU0sTUFBTSxHQUFHLEdBQUcsSUFBSTtBQUFBLEVBQUssTUFBTSxFQUFFO0FBQzFDLGNBQVEsS0FBSyxNQUFNO0FBQUEsSUFDckI7QUFDQSxXQUFPLEdBQUcsV0FBVyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUM7QUFDNUMsVUFBTSxDQUFDLEVBQUUsTUFBTSxLQUFLLE1BQU0sTUFBTSxJQUFJO0FBQ3BDLFdBQU8sTUFBTSxNQUFPLDJCQUEyQjtBQUMvQyxXQUFPLE1BQU0sTUFBTyxnQ0FBZ0M7QUFDcEQsV0FBTyxNQUFNLE1BQU8sNkJBQTZCO0FBQ2pELFVBQU0sT0FBTyxtREFBbUQsS0FBSyxHQUFJLElBQUksQ0FBQztBQUM5RSxXQUFPLEdBQUcsU0FBUyxVQUFhLFNBQVMsU0FBUyxHQUFHO0FBQ3JELFdBQU8sR0FBRyxLQUFNLFNBQVMsSUFBSSxLQUFLLFdBQVcsS0FBSyxJQUFLLEdBQUcsSUFBSTtBQUM5RCxXQUFPLEdBQUcsT0FBUSxTQUFTLGFBQWEsSUFBSSxnQkFBZ0IsR0FBRyxNQUFNO0FBR3JFLFVBQU0sVUFBVSxZQUFZLFFBQVEsV0FBVyxFQUFFLEtBQUssQ0FBQyxTQUFTLEtBQUssU0FBUyxZQUFZLENBQUM7QUFDM0YsVUFBTSxRQUFRLE1BQU0sTUFBTSxPQUFPLENBQUM7QUFDbEMsUUFBSSxXQUFXO0FBQ2YsVUFBTSxPQUFRLEdBQUcsUUFBUSxDQUFDLFVBQW1CLFlBQVksTUFBTSxTQUFTLENBQUU7QUFDMUUsV0FBTyxPQUFRLE1BQU0sS0FBSyxPQUFPLE1BQU0sR0FBZ0IsQ0FBQyxHQUFHLEdBQUcsUUFBUTtBQUN0RSxXQUFPLE1BQU0sVUFBVSxJQUFJLE9BQU8sZ0VBQWdFLFlBQVksK0NBQStDLEtBQUssUUFBUSxLQUFLLEtBQUssQ0FBQyxFQUFFLENBQUM7QUFHeEwsVUFBTSxpQkFBaUIsS0FBSyxVQUFVLE1BQU07QUFDNUMsWUFBUSxLQUFLLENBQUMsU0FBUyxLQUFNLFFBQVE7QUFDckMsVUFBTTtBQUNOLFVBQU0sY0FBYyxNQUFNLCtCQUErQjtBQUN6RCxRQUFJLGFBQWE7QUFDakIsZ0JBQVksT0FBUSxHQUFHLFFBQVEsQ0FBQyxVQUFtQixjQUFjLE1BQU0sU0FBUyxDQUFFO0FBQ2xGLFdBQU8sT0FBUSxNQUFNLEtBQUssYUFBYSxNQUFNLEdBQWdCLENBQUMsR0FBRyxDQUFDO0FBQ2xFLFVBQU0sRUFBRSxTQUFTLElBQUksS0FBSyxNQUFNLFVBQVU7QUFDMUMsV0FBTyxNQUFNLFNBQVMsUUFBUSxDQUFDO0FBQy9CLFdBQU8sR0FBRyxPQUFPLFNBQVMsQ0FBQyxFQUFHLE1BQU0sSUFBSSxFQUFFO0FBQzFDLFdBQU8sTUFBTSxTQUFTLENBQUMsRUFBRyxXQUFXLFNBQVMsQ0FBQyxFQUFHLFFBQVEsc0RBQXNEO0FBQ2hILFVBQU0sY0FBYyxLQUFLLE9BQU8sTUFBTTtBQUN0QyxZQUFRLEtBQUssQ0FBQyxNQUFNLEtBQU0sUUFBUTtBQUNsQyxVQUFNO0FBQUEsRUFDUixDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
