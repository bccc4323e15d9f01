import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, before, describe, it } from "node:test";
import { keccak256, toHex as viemToHex } from "viem";
import { createChainClient } from "../chain/client.js";
import { commitTask } from "../chain/commit-task.js";
import { airtntRegistryAbi } from "../chain/generated/contracts.js";
import { eventually } from "../node/testing.js";
import { cliCommand } from "../util/paths.js";
import { fromHex } from "../util/bytes.js";
import { selectTask } from "../vrf/selection.js";
import { networkClock } from "./devnet-network.js";
import { checkSelectionIndependently } from "./test-helpers/independent-selection.js";
import { verifySelectionAgainstChain, verifySelectionDocument } from "./verify-selection.js";
const dir = mkdtempSync(join(tmpdir(), "airtnt-network-"));
const children = [];
function cli(args) {
  const [node, ...prefix] = cliCommand();
  const child = spawn(node, [...prefix, ...args], { detached: true, env: { ...process.env, XDG_DATA_HOME: join(dir, "xdg") }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return child;
}
function finish(child) {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => stdout += chunk.toString());
    child.stderr.on("data", (chunk) => stderr += chunk.toString());
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
const devnetProcess = cli(["devnet", "--json", "--executors", "5", "--verifiers", "5", "--accounts", "12", "--epoch-seconds", "600"]);
let devnet;
after(async () => {
  const exited = devnetProcess.exitCode === null && devnetProcess.signalCode === null ? once(devnetProcess, "exit") : Promise.resolve();
  try {
    process.kill(-devnetProcess.pid, "SIGTERM");
  } catch {
  }
  const timer = setTimeout(() => {
    for (const child of children) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    }
  }, 3e4);
  await exited;
  clearTimeout(timer);
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
    }
  }
  rmSync(dir, { recursive: true, force: true });
});
describe("airtnt devnet --executors 5 --verifiers 5 (real executor processes, verifier nodes, anvil)", { timeout: 9e5 }, () => {
  let funder;
  let registry;
  before(async () => {
    let stderr = "";
    devnetProcess.stderr.on("data", (chunk) => stderr = (stderr + chunk.toString()).slice(-4e3));
    const line = await Promise.race([
      once(createInterface({ input: devnetProcess.stdout }), "line"),
      once(devnetProcess, "exit").then(([code]) => {
        throw new Error(`devnet exited (${String(code)}) before it printed: ${stderr}`);
      })
    ]);
    const printed = JSON.parse(line[0]);
    if (printed.ok === false) throw new Error(`devnet failed: ${JSON.stringify(printed.error)} ${stderr}`);
    devnet = printed;
    registry = devnet.registry;
    funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[0].privateKey, chainId: devnet.chainId, channels: devnet.channels });
  });
  it("prints the registry with every executor admitted, and each executor and verifier on its own account", () => {
    assert.match(registry, /^0x[0-9a-fA-F]{40}$/);
    assert.equal(devnet.executors.length, 5);
    assert.deepEqual(devnet.executors.map((e) => e.registryStatus), ["admitted", "admitted", "admitted", "admitted", "admitted"]);
    assert.equal(devnet.verifiers.length, 5);
    const executorAccounts = new Set(devnet.executors.map((e) => e.address.toLowerCase()));
    assert.ok(devnet.verifiers.every((v) => !executorAccounts.has(v.address.toLowerCase())), "no account is both executor and verifier");
    assert.deepEqual(devnet.requesterAccounts, [0, 1]);
  });
  it("pays the verifiers: every signer of each admitting verdict claims its share of the join fee", async () => {
    const admitted = async () => funder.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: "Admitted", fromBlock: 0n, strict: true });
    const executors = new Set(devnet.executors.map((e) => e.address.toLowerCase()));
    const signers = (await admitted()).filter((e) => executors.has(e.args.node.toLowerCase()));
    assert.equal(signers.length, 5);
    const owed = signers.reduce((n, e) => n + e.args.signers.toString(2).replace(/0/g, "").length, 0);
    assert.ok(owed >= 5 * 3, "a quorum (3 of 5) signed each admission");
    const claims = await eventually(async () => {
      const events = await funder.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: "VerdictFeeClaimed", fromBlock: 0n, strict: true });
      return events.length >= owed ? events : void 0;
    }, 24e4, "every signer claimed its share");
    assert.equal(claims.length, owed, "one claim per signer and admission, no more");
    const joinFee = await funder.public.readContract({ address: registry, abi: airtntRegistryAbi, functionName: "JOIN_FEE" });
    for (const claim of claims) assert.equal(claim.args.share, joinFee / 3n);
  });
  it("runs --from-registry on the verifiable rank 0 (checked independently), leaves out an unreachable rank 0 and says so, and refuses retried task ids", async () => {
    const requesterKey = devnet.accounts[1].privateKey;
    const requester = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: requesterKey, chainId: devnet.chainId, channels: devnet.channels });
    const committed = await commitTask(requester, { registry, salt: keccak256(viemToHex("task salt")) });
    await assert.rejects(commitTask(requester, { registry, salt: keccak256(viemToHex("another salt")) }), { code: "REGISTRY_TASK_ALREADY_COMMITTED" });
    const clock = await networkClock(funder, registry, devnet.verifiers.map((v) => v.address), 24e4);
    await clock.advanceTo(committed.epoch);
    const list = await finish(cli(["registry", "list", "--rpc-url", devnet.rpcUrl, "--registry", registry, "--json"]));
    assert.equal(list.code, 0, list.stderr);
    const listed = JSON.parse(list.stdout);
    assert.deepEqual(listed.nodes.filter((n) => n.role === "executor").map((n) => n.status), ["admitted", "admitted", "admitted", "admitted", "admitted"]);
    const pattern = join(dir, "glider.rle");
    writeFileSync(pattern, "x = 3, y = 3\nbo$2bo$3o!\n");
    const run = await finish(
      cli([
        "run",
        "life",
        "--pattern",
        pattern,
        "--width",
        "16",
        "--height",
        "16",
        "--cycles",
        "20",
        "--per-round",
        "10",
        "--from-registry",
        registry,
        "--allow-simulated",
        "--json",
        "--out",
        join(dir, "final.rle"),
        "--rpc-url",
        devnet.rpcUrl,
        "--channels",
        devnet.channels,
        "--private-key",
        requesterKey,
        "--data-dir",
        join(dir, "requester")
      ])
    );
    assert.equal(run.code, 0, run.stderr.slice(-3e3));
    const result = JSON.parse(run.stdout.trim().split("\n").at(-1));
    const doc = result.selection;
    assert.equal(doc.candidates.length, 5);
    assert.deepEqual(result.executors, [doc.candidates[0].endpoint], "the run went to rank 0");
    verifySelectionDocument(doc);
    await verifySelectionAgainstChain(funder, doc);
    assert.deepEqual(checkSelectionIndependently(doc), doc.ranking);
    const gone = devnet.executors.find((e) => e.url === doc.candidates[0].endpoint);
    process.kill(gone.pid, "SIGKILL");
    await waitGone(gone.pid);
    const again = await finish(
      cli([
        "run",
        "life",
        "--pattern",
        pattern,
        "--width",
        "16",
        "--height",
        "16",
        "--cycles",
        "20",
        "--per-round",
        "10",
        "--from-registry",
        registry,
        "--allow-simulated",
        "--json",
        "--out",
        join(dir, "final-2.rle"),
        "--rpc-url",
        devnet.rpcUrl,
        "--channels",
        devnet.channels,
        "--private-key",
        requesterKey,
        "--data-dir",
        join(dir, "requester-2")
      ])
    );
    assert.equal(again.code, 0, again.stderr.slice(-3e3));
    const second = JSON.parse(again.stdout.trim().split("\n").at(-1));
    assert.deepEqual(second.selection.ranking, doc.ranking.slice(1), "the rest of the selection is unchanged");
    assert.deepEqual(second.selection.excluded.map((e) => e.node), [doc.ranking[0]]);
    assert.match(second.selection.excluded[0].reason, /no VRF proof \((EXECUTOR_UNREACHABLE|EXECUTOR_TIMEOUT)\)/);
    assert.match(again.stderr, new RegExp(`registry: left out ${doc.ranking[0]}: no VRF proof`));
    assert.deepEqual(second.executors, [doc.candidates[1].endpoint]);
    verifySelectionDocument(second.selection);
    const state = new Uint8Array(16);
    new DataView(state.buffer).setUint32(0, 4, true);
    writeFileSync(join(dir, "acc.state"), state);
    const wasm = await finish(
      cli([
        "run",
        "wasm",
        join(import.meta.dirname, "..", "functions", "fixtures", "accumulator.wasm"),
        "--state",
        join(dir, "acc.state"),
        "--cycles",
        "6",
        "--per-round",
        "3",
        "--from-registry",
        registry,
        "--allow-simulated",
        "--json",
        "--out",
        join(dir, "acc.out"),
        "--rpc-url",
        devnet.rpcUrl,
        "--channels",
        devnet.channels,
        "--private-key",
        requesterKey,
        "--data-dir",
        join(dir, "requester-3")
      ])
    );
    assert.equal(wasm.code, 0, wasm.stderr.slice(-3e3));
    const third = JSON.parse(wasm.stdout.trim().split("\n").at(-1));
    assert.deepEqual(third.selection.ranking, second.selection.ranking);
    assert.match(wasm.stderr, new RegExp(`registry: left out ${doc.ranking[0]}: no VRF proof`));
    assert.deepEqual([...new Set(third.roundExecutors.map((r) => r.executor))], [doc.candidates[1].endpoint]);
    assert.equal(third.terminated, true);
    assert.deepEqual(checkSelectionIndependently(third.selection), third.selection.ranking);
    assert.throws(() => verifySelectionDocument({ ...doc, ranking: [...doc.ranking].reverse() }), { code: "SELECTION_MISMATCH" });
    const candidates = doc.candidates.map((c) => ({ id: c.node, vrfKey: fromHex(c.vrfKey, 32), stake: BigInt(c.stake), proof: fromHex(c.proof, 80) }));
    assert.throws(
      () => selectTask({ epoch: BigInt(doc.epoch), epochSeed: fromHex(doc.epochSeed, 32), committedTaskId: fromHex(doc.taskId, 32), taskId: fromHex(keccak256(viemToHex("retry")), 32), executors: candidates, verifiers: [], ticket: BigInt(doc.ticket) }),
      { code: "SELECTION_TASK_NOT_COMMITTED" }
    );
  });
});
async function waitGone(pid) {
  for (const deadline = Date.now() + 3e4; Date.now() < deadline; ) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`process ${pid} still alive`);
}
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL3JlZ2lzdHJ5L25ldHdvcmsudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBBIHdob2xlIG9wZW4gbmV0d29yayBvbiBvbmUgbWFjaGluZSwgYWxsIHJlYWwgcHJvY2Vzc2VzOiBgYWlydG50IGRldm5ldCAtLWV4ZWN1dG9ycyA1IC0tdmVyaWZpZXJzIDVgXG4gKiAoYW52aWwsIGZpdmUgYGFpcnRudCBleGVjdXRvciBzdGFydGAgcHJvY2Vzc2VzIG9uIHRoZSBzaW11bGF0ZWQgVEVFLCBmaXZlIHZlcmlmaWVyIG5vZGVzKSBtdXN0IHByaW50XG4gKiBpdHNlbGYgb25seSBvbmNlIGV2ZXJ5IGV4ZWN1dG9yIGpvaW5lZCBhbmQgd2FzIGFkbWl0dGVkIGJ5IHRoZSB2ZXJpZmllcnMgZHJhd24gZm9yIGl0LiBBIHJlcXVlc3RlciB0aGVuXG4gKiBydW5zIGBhaXJ0bnQgcnVuIGxpZmUgLS1mcm9tLXJlZ2lzdHJ5YCB3aXRoIG5vIFVSTDsgaXRzIHNlbGVjdGlvbiBKU09OIHJlY29tcHV0ZXMgZnJvbSBwdWJsaWMgZGF0YSwgYW5kXG4gKiBhbHNvIHdpdGggYW4gaW5kZXBlbmRlbnQgUkZDIDkzODEgdmVyaWZpZXIgYW5kIHRoZSByYW5raW5nIG9mIGRvY3MvcHJvdG9jb2wubWQgKGluZGVwZW5kZW50LXNlbGVjdGlvbi50cyxcbiAqIHRlc3Qtb25seSkuIEEgcmVxdWVzdGVyIGNhbm5vdCBzdGVlciB0aGUgc2VsZWN0aW9uIGJ5IHJldHJ5aW5nIHRhc2sgaWRzIHdpdGhpbiBhbiBlcG9jaC5cbiAqL1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgc3Bhd24sIHR5cGUgQ2hpbGRQcm9jZXNzIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IG9uY2UgfSBmcm9tICdub2RlOmV2ZW50cyc7XG5pbXBvcnQgeyBta2R0ZW1wU3luYywgcm1TeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgY3JlYXRlSW50ZXJmYWNlIH0gZnJvbSAnbm9kZTpyZWFkbGluZSc7XG5pbXBvcnQgeyBhZnRlciwgYmVmb3JlLCBkZXNjcmliZSwgaXQgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IHsga2VjY2FrMjU2LCB0b0hleCBhcyB2aWVtVG9IZXgsIHR5cGUgQWRkcmVzcywgdHlwZSBIZXggfSBmcm9tICd2aWVtJztcbmltcG9ydCB7IGNyZWF0ZUNoYWluQ2xpZW50LCB0eXBlIENoYWluQ2xpZW50IH0gZnJvbSAnLi4vY2hhaW4vY2xpZW50LmpzJztcbmltcG9ydCB7IGNvbW1pdFRhc2sgfSBmcm9tICcuLi9jaGFpbi9jb21taXQtdGFzay5qcyc7XG5pbXBvcnQgeyBhaXJ0bnRSZWdpc3RyeUFiaSB9IGZyb20gJy4uL2NoYWluL2dlbmVyYXRlZC9jb250cmFjdHMuanMnO1xuaW1wb3J0IHsgZXZlbnR1YWxseSB9IGZyb20gJy4uL25vZGUvdGVzdGluZy5qcyc7XG5pbXBvcnQgeyBjbGlDb21tYW5kIH0gZnJvbSAnLi4vdXRpbC9wYXRocy5qcyc7XG5pbXBvcnQgeyBmcm9tSGV4IH0gZnJvbSAnLi4vdXRpbC9ieXRlcy5qcyc7XG5pbXBvcnQgeyBzZWxlY3RUYXNrIH0gZnJvbSAnLi4vdnJmL3NlbGVjdGlvbi5qcyc7XG5pbXBvcnQgeyBuZXR3b3JrQ2xvY2sgfSBmcm9tICcuL2Rldm5ldC1uZXR3b3JrLmpzJztcbmltcG9ydCB7IGNoZWNrU2VsZWN0aW9uSW5kZXBlbmRlbnRseSB9IGZyb20gJy4vdGVzdC1oZWxwZXJzL2luZGVwZW5kZW50LXNlbGVjdGlvbi5qcyc7XG5pbXBvcnQgdHlwZSB7IFNlbGVjdGlvbkRvY3VtZW50IH0gZnJvbSAnLi9zZWxlY3QtZXhlY3V0b3IuanMnO1xuaW1wb3J0IHsgdmVyaWZ5U2VsZWN0aW9uQWdhaW5zdENoYWluLCB2ZXJpZnlTZWxlY3Rpb25Eb2N1bWVudCB9IGZyb20gJy4vdmVyaWZ5LXNlbGVjdGlvbi5qcyc7XG5cbmNvbnN0IGRpciA9IG1rZHRlbXBTeW5jKGpvaW4odG1wZGlyKCksICdhaXJ0bnQtbmV0d29yay0nKSk7XG5jb25zdCBjaGlsZHJlbjogQ2hpbGRQcm9jZXNzW10gPSBbXTtcblxuZnVuY3Rpb24gY2xpKGFyZ3M6IHN0cmluZ1tdKTogQ2hpbGRQcm9jZXNzIHtcbiAgY29uc3QgW25vZGUsIC4uLnByZWZpeF0gPSBjbGlDb21tYW5kKCk7XG4gIGNvbnN0IGNoaWxkID0gc3Bhd24obm9kZSEsIFsuLi5wcmVmaXgsIC4uLmFyZ3NdLCB7IGRldGFjaGVkOiB0cnVlLCBlbnY6IHsgLi4ucHJvY2Vzcy5lbnYsIFhER19EQVRBX0hPTUU6IGpvaW4oZGlyLCAneGRnJykgfSwgc3RkaW86IFsnaWdub3JlJywgJ3BpcGUnLCAncGlwZSddIH0pO1xuICBjaGlsZHJlbi5wdXNoKGNoaWxkKTtcbiAgcmV0dXJuIGNoaWxkO1xufVxuXG5mdW5jdGlvbiBmaW5pc2goY2hpbGQ6IENoaWxkUHJvY2Vzcyk6IFByb21pc2U8eyBjb2RlOiBudW1iZXIgfCBudWxsOyBzdGRvdXQ6IHN0cmluZzsgc3RkZXJyOiBzdHJpbmcgfT4ge1xuICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUpID0+IHtcbiAgICBsZXQgc3Rkb3V0ID0gJyc7XG4gICAgbGV0IHN0ZGVyciA9ICcnO1xuICAgIGNoaWxkLnN0ZG91dCEub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlcikgPT4gKHN0ZG91dCArPSBjaHVuay50b1N0cmluZygpKSk7XG4gICAgY2hpbGQuc3RkZXJyIS5vbignZGF0YScsIChjaHVuazogQnVmZmVyKSA9PiAoc3RkZXJyICs9IGNodW5rLnRvU3RyaW5nKCkpKTtcbiAgICBjaGlsZC5vbmNlKCdleGl0JywgKGNvZGUpID0+IHJlc29sdmUoeyBjb2RlLCBzdGRvdXQsIHN0ZGVyciB9KSk7XG4gIH0pO1xufVxuXG50eXBlIERldm5ldEpzb24gPSB7XG4gIHJwY1VybDogc3RyaW5nO1xuICBjaGFpbklkOiBudW1iZXI7XG4gIGNoYW5uZWxzOiBBZGRyZXNzO1xuICBhY2NvdW50czogeyBhZGRyZXNzOiBBZGRyZXNzOyBwcml2YXRlS2V5OiBIZXggfVtdO1xuICByZXF1ZXN0ZXJBY2NvdW50czogbnVtYmVyW107XG4gIGV4ZWN1dG9yczogeyB1cmw6IHN0cmluZzsgYWRkcmVzczogQWRkcmVzczsgcGlkOiBudW1iZXI7IHJlZ2lzdHJ5U3RhdHVzOiBzdHJpbmc7IGFjdGl2ZUVwb2NoOiBudW1iZXIgfVtdO1xuICByZWdpc3RyeTogQWRkcmVzcztcbiAgdmVyaWZpZXJzOiB7IGFkZHJlc3M6IEFkZHJlc3M7IHVybDogc3RyaW5nIH1bXTtcbn07XG5cbmNvbnN0IGRldm5ldFByb2Nlc3MgPSBjbGkoWydkZXZuZXQnLCAnLS1qc29uJywgJy0tZXhlY3V0b3JzJywgJzUnLCAnLS12ZXJpZmllcnMnLCAnNScsICctLWFjY291bnRzJywgJzEyJywgJy0tZXBvY2gtc2Vjb25kcycsICc2MDAnXSk7XG5sZXQgZGV2bmV0OiBEZXZuZXRKc29uO1xuXG5hZnRlcihhc3luYyAoKSA9PiB7XG4gIC8vIFNJR1RFUk06IHRoZSBkZXZuZXQgc3RvcHMgaXRzIGV4ZWN1dG9ycyAoZWFjaCBjb2xsZWN0cykgYW5kIGFudmlsLCB0aGVuIGV4aXRzOyBTSUdLSUxMIHBhc3QgYSBib3VuZC5cbiAgY29uc3QgZXhpdGVkID0gZGV2bmV0UHJvY2Vzcy5leGl0Q29kZSA9PT0gbnVsbCAmJiBkZXZuZXRQcm9jZXNzLnNpZ25hbENvZGUgPT09IG51bGwgPyBvbmNlKGRldm5ldFByb2Nlc3MsICdleGl0JykgOiBQcm9taXNlLnJlc29sdmUoKTtcbiAgdHJ5IHtcbiAgICBwcm9jZXNzLmtpbGwoLWRldm5ldFByb2Nlc3MucGlkISwgJ1NJR1RFUk0nKTtcbiAgfSBjYXRjaCB7XG4gICAgLy8gYWxyZWFkeSBnb25lXG4gIH1cbiAgY29uc3QgdGltZXIgPSBzZXRUaW1lb3V0KCgpID0+IHtcbiAgICBmb3IgKGNvbnN0IGNoaWxkIG9mIGNoaWxkcmVuKSB7XG4gICAgICB0cnkge1xuICAgICAgICBwcm9jZXNzLmtpbGwoLWNoaWxkLnBpZCEsICdTSUdLSUxMJyk7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgLy8gYWxyZWFkeSBnb25lXG4gICAgICB9XG4gICAgfVxuICB9LCAzMF8wMDApO1xuICBhd2FpdCBleGl0ZWQ7XG4gIGNsZWFyVGltZW91dCh0aW1lcik7XG4gIGZvciAoY29uc3QgY2hpbGQgb2YgY2hpbGRyZW4pIHtcbiAgICB0cnkge1xuICAgICAgcHJvY2Vzcy5raWxsKC1jaGlsZC5waWQhLCAnU0lHS0lMTCcpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gYWxyZWFkeSBnb25lXG4gICAgfVxuICB9XG4gIHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbn0pO1xuXG5kZXNjcmliZSgnYWlydG50IGRldm5ldCAtLWV4ZWN1dG9ycyA1IC0tdmVyaWZpZXJzIDUgKHJlYWwgZXhlY3V0b3IgcHJvY2Vzc2VzLCB2ZXJpZmllciBub2RlcywgYW52aWwpJywgeyB0aW1lb3V0OiA5MDBfMDAwIH0sICgpID0+IHtcbiAgbGV0IGZ1bmRlcjogQ2hhaW5DbGllbnQ7XG4gIGxldCByZWdpc3RyeTogQWRkcmVzcztcblxuICBiZWZvcmUoYXN5bmMgKCkgPT4ge1xuICAgIGxldCBzdGRlcnIgPSAnJztcbiAgICBkZXZuZXRQcm9jZXNzLnN0ZGVyciEub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlcikgPT4gKHN0ZGVyciA9IChzdGRlcnIgKyBjaHVuay50b1N0cmluZygpKS5zbGljZSgtNDAwMCkpKTtcbiAgICBjb25zdCBsaW5lID0gYXdhaXQgUHJvbWlzZS5yYWNlKFtcbiAgICAgIG9uY2UoY3JlYXRlSW50ZXJmYWNlKHsgaW5wdXQ6IGRldm5ldFByb2Nlc3Muc3Rkb3V0ISB9KSwgJ2xpbmUnKSBhcyBQcm9taXNlPFtzdHJpbmddPixcbiAgICAgIG9uY2UoZGV2bmV0UHJvY2VzcywgJ2V4aXQnKS50aGVuKChbY29kZV0pID0+IHtcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBkZXZuZXQgZXhpdGVkICgke1N0cmluZyhjb2RlKX0pIGJlZm9yZSBpdCBwcmludGVkOiAke3N0ZGVycn1gKTtcbiAgICAgIH0pLFxuICAgIF0pO1xuICAgIGNvbnN0IHByaW50ZWQgPSBKU09OLnBhcnNlKGxpbmVbMF0pIGFzIERldm5ldEpzb24gJiB7IG9rPzogZmFsc2U7IGVycm9yPzogdW5rbm93biB9O1xuICAgIGlmIChwcmludGVkLm9rID09PSBmYWxzZSkgdGhyb3cgbmV3IEVycm9yKGBkZXZuZXQgZmFpbGVkOiAke0pTT04uc3RyaW5naWZ5KHByaW50ZWQuZXJyb3IpfSAke3N0ZGVycn1gKTtcbiAgICBkZXZuZXQgPSBwcmludGVkO1xuICAgIHJlZ2lzdHJ5ID0gZGV2bmV0LnJlZ2lzdHJ5O1xuICAgIGZ1bmRlciA9IGNyZWF0ZUNoYWluQ2xpZW50KHsgcnBjVXJsOiBkZXZuZXQucnBjVXJsLCBwcml2YXRlS2V5OiBkZXZuZXQuYWNjb3VudHNbMF0hLnByaXZhdGVLZXksIGNoYWluSWQ6IGRldm5ldC5jaGFpbklkLCBjaGFubmVsczogZGV2bmV0LmNoYW5uZWxzIH0pO1xuICB9KTtcblxuICBpdCgncHJpbnRzIHRoZSByZWdpc3RyeSB3aXRoIGV2ZXJ5IGV4ZWN1dG9yIGFkbWl0dGVkLCBhbmQgZWFjaCBleGVjdXRvciBhbmQgdmVyaWZpZXIgb24gaXRzIG93biBhY2NvdW50JywgKCkgPT4ge1xuICAgIGFzc2VydC5tYXRjaChyZWdpc3RyeSwgL14weFswLTlhLWZBLUZdezQwfSQvKTtcbiAgICBhc3NlcnQuZXF1YWwoZGV2bmV0LmV4ZWN1dG9ycy5sZW5ndGgsIDUpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZGV2bmV0LmV4ZWN1dG9ycy5tYXAoKGUpID0+IGUucmVnaXN0cnlTdGF0dXMpLCBbJ2FkbWl0dGVkJywgJ2FkbWl0dGVkJywgJ2FkbWl0dGVkJywgJ2FkbWl0dGVkJywgJ2FkbWl0dGVkJ10pO1xuICAgIGFzc2VydC5lcXVhbChkZXZuZXQudmVyaWZpZXJzLmxlbmd0aCwgNSk7XG4gICAgY29uc3QgZXhlY3V0b3JBY2NvdW50cyA9IG5ldyBTZXQoZGV2bmV0LmV4ZWN1dG9ycy5tYXAoKGUpID0+IGUuYWRkcmVzcy50b0xvd2VyQ2FzZSgpKSk7XG4gICAgYXNzZXJ0Lm9rKGRldm5ldC52ZXJpZmllcnMuZXZlcnkoKHYpID0+ICFleGVjdXRvckFjY291bnRzLmhhcyh2LmFkZHJlc3MudG9Mb3dlckNhc2UoKSkpLCAnbm8gYWNjb3VudCBpcyBib3RoIGV4ZWN1dG9yIGFuZCB2ZXJpZmllcicpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZGV2bmV0LnJlcXVlc3RlckFjY291bnRzLCBbMCwgMV0pO1xuICB9KTtcblxuICBpdCgncGF5cyB0aGUgdmVyaWZpZXJzOiBldmVyeSBzaWduZXIgb2YgZWFjaCBhZG1pdHRpbmcgdmVyZGljdCBjbGFpbXMgaXRzIHNoYXJlIG9mIHRoZSBqb2luIGZlZScsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBhZG1pdHRlZCA9IGFzeW5jICgpID0+IGZ1bmRlci5wdWJsaWMuZ2V0Q29udHJhY3RFdmVudHMoeyBhZGRyZXNzOiByZWdpc3RyeSwgYWJpOiBhaXJ0bnRSZWdpc3RyeUFiaSwgZXZlbnROYW1lOiAnQWRtaXR0ZWQnLCBmcm9tQmxvY2s6IDBuLCBzdHJpY3Q6IHRydWUgfSk7XG4gICAgY29uc3QgZXhlY3V0b3JzID0gbmV3IFNldChkZXZuZXQuZXhlY3V0b3JzLm1hcCgoZSkgPT4gZS5hZGRyZXNzLnRvTG93ZXJDYXNlKCkpKTtcbiAgICBjb25zdCBzaWduZXJzID0gKGF3YWl0IGFkbWl0dGVkKCkpLmZpbHRlcigoZSkgPT4gZXhlY3V0b3JzLmhhcyhlLmFyZ3Mubm9kZS50b0xvd2VyQ2FzZSgpKSk7XG4gICAgYXNzZXJ0LmVxdWFsKHNpZ25lcnMubGVuZ3RoLCA1KTtcbiAgICBjb25zdCBvd2VkID0gc2lnbmVycy5yZWR1Y2UoKG4sIGUpID0+IG4gKyBlLmFyZ3Muc2lnbmVycy50b1N0cmluZygyKS5yZXBsYWNlKC8wL2csICcnKS5sZW5ndGgsIDApO1xuICAgIGFzc2VydC5vayhvd2VkID49IDUgKiAzLCAnYSBxdW9ydW0gKDMgb2YgNSkgc2lnbmVkIGVhY2ggYWRtaXNzaW9uJyk7XG4gICAgY29uc3QgY2xhaW1zID0gYXdhaXQgZXZlbnR1YWxseShhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBldmVudHMgPSBhd2FpdCBmdW5kZXIucHVibGljLmdldENvbnRyYWN0RXZlbnRzKHsgYWRkcmVzczogcmVnaXN0cnksIGFiaTogYWlydG50UmVnaXN0cnlBYmksIGV2ZW50TmFtZTogJ1ZlcmRpY3RGZWVDbGFpbWVkJywgZnJvbUJsb2NrOiAwbiwgc3RyaWN0OiB0cnVlIH0pO1xuICAgICAgcmV0dXJuIGV2ZW50cy5sZW5ndGggPj0gb3dlZCA/IGV2ZW50cyA6IHVuZGVmaW5lZDtcbiAgICB9LCAyNDBfMDAwLCAnZXZlcnkgc2lnbmVyIGNsYWltZWQgaXRzIHNoYXJlJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGNsYWltcy5sZW5ndGgsIG93ZWQsICdvbmUgY2xhaW0gcGVyIHNpZ25lciBhbmQgYWRtaXNzaW9uLCBubyBtb3JlJyk7XG4gICAgY29uc3Qgam9pbkZlZSA9IGF3YWl0IGZ1bmRlci5wdWJsaWMucmVhZENvbnRyYWN0KHsgYWRkcmVzczogcmVnaXN0cnksIGFiaTogYWlydG50UmVnaXN0cnlBYmksIGZ1bmN0aW9uTmFtZTogJ0pPSU5fRkVFJyB9KTtcbiAgICBmb3IgKGNvbnN0IGNsYWltIG9mIGNsYWltcykgYXNzZXJ0LmVxdWFsKGNsYWltLmFyZ3Muc2hhcmUsIGpvaW5GZWUgLyAzbik7XG4gIH0pO1xuXG4gIGl0KCdydW5zIC0tZnJvbS1yZWdpc3RyeSBvbiB0aGUgdmVyaWZpYWJsZSByYW5rIDAgKGNoZWNrZWQgaW5kZXBlbmRlbnRseSksIGxlYXZlcyBvdXQgYW4gdW5yZWFjaGFibGUgcmFuayAwIGFuZCBzYXlzIHNvLCBhbmQgcmVmdXNlcyByZXRyaWVkIHRhc2sgaWRzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHJlcXVlc3RlcktleSA9IGRldm5ldC5hY2NvdW50c1sxXSEucHJpdmF0ZUtleTtcbiAgICBjb25zdCByZXF1ZXN0ZXIgPSBjcmVhdGVDaGFpbkNsaWVudCh7IHJwY1VybDogZGV2bmV0LnJwY1VybCwgcHJpdmF0ZUtleTogcmVxdWVzdGVyS2V5LCBjaGFpbklkOiBkZXZuZXQuY2hhaW5JZCwgY2hhbm5lbHM6IGRldm5ldC5jaGFubmVscyB9KTtcbiAgICAvLyBUaGUgcmVxdWVzdGVyIGNvbW1pdHMgaXRzIG9uZSB0YXNrIGlkIHR3byBlcG9jaHMgYWhlYWQsIGJlZm9yZSB0aGF0IHNlZWQgZXhpc3RzOyBhIHNlY29uZCBpcyByZWZ1c2VkLlxuICAgIGNvbnN0IGNvbW1pdHRlZCA9IGF3YWl0IGNvbW1pdFRhc2socmVxdWVzdGVyLCB7IHJlZ2lzdHJ5LCBzYWx0OiBrZWNjYWsyNTYodmllbVRvSGV4KCd0YXNrIHNhbHQnKSkgfSk7XG4gICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMoY29tbWl0VGFzayhyZXF1ZXN0ZXIsIHsgcmVnaXN0cnksIHNhbHQ6IGtlY2NhazI1Nih2aWVtVG9IZXgoJ2Fub3RoZXIgc2FsdCcpKSB9KSwgeyBjb2RlOiAnUkVHSVNUUllfVEFTS19BTFJFQURZX0NPTU1JVFRFRCcgfSk7XG4gICAgY29uc3QgY2xvY2sgPSBhd2FpdCBuZXR3b3JrQ2xvY2soZnVuZGVyLCByZWdpc3RyeSwgZGV2bmV0LnZlcmlmaWVycy5tYXAoKHYpID0+IHYuYWRkcmVzcyksIDI0MF8wMDApO1xuICAgIGF3YWl0IGNsb2NrLmFkdmFuY2VUbyhjb21taXR0ZWQuZXBvY2gpO1xuXG4gICAgY29uc3QgbGlzdCA9IGF3YWl0IGZpbmlzaChjbGkoWydyZWdpc3RyeScsICdsaXN0JywgJy0tcnBjLXVybCcsIGRldm5ldC5ycGNVcmwsICctLXJlZ2lzdHJ5JywgcmVnaXN0cnksICctLWpzb24nXSkpO1xuICAgIGFzc2VydC5lcXVhbChsaXN0LmNvZGUsIDAsIGxpc3Quc3RkZXJyKTtcbiAgICBjb25zdCBsaXN0ZWQgPSBKU09OLnBhcnNlKGxpc3Quc3Rkb3V0KSBhcyB7IG5vZGVzOiB7IHJvbGU6IHN0cmluZzsgc3RhdHVzOiBzdHJpbmc7IGVuZHBvaW50OiBzdHJpbmcgfVtdIH07XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChsaXN0ZWQubm9kZXMuZmlsdGVyKChuKSA9PiBuLnJvbGUgPT09ICdleGVjdXRvcicpLm1hcCgobikgPT4gbi5zdGF0dXMpLCBbJ2FkbWl0dGVkJywgJ2FkbWl0dGVkJywgJ2FkbWl0dGVkJywgJ2FkbWl0dGVkJywgJ2FkbWl0dGVkJ10pO1xuXG4gICAgY29uc3QgcGF0dGVybiA9IGpvaW4oZGlyLCAnZ2xpZGVyLnJsZScpO1xuICAgIHdyaXRlRmlsZVN5bmMocGF0dGVybiwgJ3ggPSAzLCB5ID0gM1xcbmJvJDJibyQzbyFcXG4nKTtcbiAgICBjb25zdCBydW4gPSBhd2FpdCBmaW5pc2goXG4gICAgICBjbGkoWydydW4nLCAnbGlmZScsICctLXBhdHRlcm4nLCBwYXR0ZXJuLCAnLS13aWR0aCcsICcxNicsICctLWhlaWdodCcsICcxNicsICctLWN5Y2xlcycsICcyMCcsICctLXBlci1yb3VuZCcsICcxMCcsICctLWZyb20tcmVnaXN0cnknLCByZWdpc3RyeSwgJy0tYWxsb3ctc2ltdWxhdGVkJywgJy0tanNvbicsXG4gICAgICAgICctLW91dCcsIGpvaW4oZGlyLCAnZmluYWwucmxlJyksICctLXJwYy11cmwnLCBkZXZuZXQucnBjVXJsLCAnLS1jaGFubmVscycsIGRldm5ldC5jaGFubmVscywgJy0tcHJpdmF0ZS1rZXknLCByZXF1ZXN0ZXJLZXksICctLWRhdGEtZGlyJywgam9pbihkaXIsICdyZXF1ZXN0ZXInKV0pLFxuICAgICk7XG4gICAgYXNzZXJ0LmVxdWFsKHJ1bi5jb2RlLCAwLCBydW4uc3RkZXJyLnNsaWNlKC0zMDAwKSk7XG4gICAgY29uc3QgcmVzdWx0ID0gSlNPTi5wYXJzZShydW4uc3Rkb3V0LnRyaW0oKS5zcGxpdCgnXFxuJykuYXQoLTEpISkgYXMgeyBleGVjdXRvcnM6IHN0cmluZ1tdOyBzZWxlY3Rpb246IFNlbGVjdGlvbkRvY3VtZW50IH07XG4gICAgY29uc3QgZG9jID0gcmVzdWx0LnNlbGVjdGlvbjtcbiAgICBhc3NlcnQuZXF1YWwoZG9jLmNhbmRpZGF0ZXMubGVuZ3RoLCA1KTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlc3VsdC5leGVjdXRvcnMsIFtkb2MuY2FuZGlkYXRlc1swXSEuZW5kcG9pbnRdLCAndGhlIHJ1biB3ZW50IHRvIHJhbmsgMCcpO1xuICAgIHZlcmlmeVNlbGVjdGlvbkRvY3VtZW50KGRvYyk7XG4gICAgYXdhaXQgdmVyaWZ5U2VsZWN0aW9uQWdhaW5zdENoYWluKGZ1bmRlciwgZG9jKTtcbiAgICAvLyBBIHRoaXJkIHBhcnR5J3MgY2hlY2sgd2l0aCBpdHMgb3duIFJGQyA5MzgxIHZlcmlmaWVyIGFuZCB0aGUgcmFua2luZyBhcyBkb2NzL3Byb3RvY29sLm1kIHN0YXRlcyBpdC5cbiAgICBhc3NlcnQuZGVlcEVxdWFsKGNoZWNrU2VsZWN0aW9uSW5kZXBlbmRlbnRseShkb2MpLCBkb2MucmFua2luZyk7XG5cbiAgICAvLyBSYW5rIDAgZ29lcyBhd2F5OiB0aGUgc2FtZSBzZWxlY3Rpb24gKG9uZSB0YXNrIGlkIHBlciBlcG9jaCksIHJhbmsgMCBza2lwcGVkIHdpdGggaXRzIHJlYXNvbiwgcmFuayAxIHJ1bnMuXG4gICAgY29uc3QgZ29uZSA9IGRldm5ldC5leGVjdXRvcnMuZmluZCgoZSkgPT4gZS51cmwgPT09IGRvYy5jYW5kaWRhdGVzWzBdIS5lbmRwb2ludCkhO1xuICAgIHByb2Nlc3Mua2lsbChnb25lLnBpZCwgJ1NJR0tJTEwnKTtcbiAgICBhd2FpdCB3YWl0R29uZShnb25lLnBpZCk7XG4gICAgY29uc3QgYWdhaW4gPSBhd2FpdCBmaW5pc2goXG4gICAgICBjbGkoWydydW4nLCAnbGlmZScsICctLXBhdHRlcm4nLCBwYXR0ZXJuLCAnLS13aWR0aCcsICcxNicsICctLWhlaWdodCcsICcxNicsICctLWN5Y2xlcycsICcyMCcsICctLXBlci1yb3VuZCcsICcxMCcsICctLWZyb20tcmVnaXN0cnknLCByZWdpc3RyeSwgJy0tYWxsb3ctc2ltdWxhdGVkJywgJy0tanNvbicsXG4gICAgICAgICctLW91dCcsIGpvaW4oZGlyLCAnZmluYWwtMi5ybGUnKSwgJy0tcnBjLXVybCcsIGRldm5ldC5ycGNVcmwsICctLWNoYW5uZWxzJywgZGV2bmV0LmNoYW5uZWxzLCAnLS1wcml2YXRlLWtleScsIHJlcXVlc3RlcktleSwgJy0tZGF0YS1kaXInLCBqb2luKGRpciwgJ3JlcXVlc3Rlci0yJyldKSxcbiAgICApO1xuICAgIGFzc2VydC5lcXVhbChhZ2Fpbi5jb2RlLCAwLCBhZ2Fpbi5zdGRlcnIuc2xpY2UoLTMwMDApKTtcbiAgICBjb25zdCBzZWNvbmQgPSBKU09OLnBhcnNlKGFnYWluLnN0ZG91dC50cmltKCkuc3BsaXQoJ1xcbicpLmF0KC0xKSEpIGFzIHsgZXhlY3V0b3JzOiBzdHJpbmdbXTsgc2VsZWN0aW9uOiBTZWxlY3Rpb25Eb2N1bWVudDsgc2tpcHBlZDogeyBub2RlOiBzdHJpbmc7IHJlYXNvbjogc3RyaW5nIH1bXSB9O1xuICAgIC8vIEl0cyBwcm9vZiBpcyBzZXJ2ZWQgYnkgdGhlIGV4ZWN1dG9yIGl0c2VsZjogZ29uZSwgaXQgbGVhdmVzIGl0c2VsZiBvdXQ7IHRoZSBvdGhlcnMga2VlcCB0aGVpciBvcmRlci5cbiAgICBhc3NlcnQuZGVlcEVxdWFsKHNlY29uZC5zZWxlY3Rpb24ucmFua2luZywgZG9jLnJhbmtpbmcuc2xpY2UoMSksICd0aGUgcmVzdCBvZiB0aGUgc2VsZWN0aW9uIGlzIHVuY2hhbmdlZCcpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoc2Vjb25kLnNlbGVjdGlvbi5leGNsdWRlZC5tYXAoKGUpID0+IGUubm9kZSksIFtkb2MucmFua2luZ1swXV0pO1xuICAgIGFzc2VydC5tYXRjaChzZWNvbmQuc2VsZWN0aW9uLmV4Y2x1ZGVkWzBdIS5yZWFzb24sIC9ubyBWUkYgcHJvb2YgXFwoKEVYRUNVVE9SX1VOUkVBQ0hBQkxFfEVYRUNVVE9SX1RJTUVPVVQpXFwpLyk7XG4gICAgYXNzZXJ0Lm1hdGNoKGFnYWluLnN0ZGVyciwgbmV3IFJlZ0V4cChgcmVnaXN0cnk6IGxlZnQgb3V0ICR7ZG9jLnJhbmtpbmdbMF19OiBubyBWUkYgcHJvb2ZgKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChzZWNvbmQuZXhlY3V0b3JzLCBbZG9jLmNhbmRpZGF0ZXNbMV0hLmVuZHBvaW50XSk7XG4gICAgdmVyaWZ5U2VsZWN0aW9uRG9jdW1lbnQoc2Vjb25kLnNlbGVjdGlvbik7XG5cbiAgICAvLyBydW4gd2FzbSByZWFkcyB0aGUgc2FtZSByZWdpc3RyeTogdGhlIHNhbWUgc2VsZWN0aW9uIG9mIHRoaXMgZXBvY2gsIHJhbmsgMCBsZWZ0IG91dCBhbmQgc2FpZCBzbywgcmFuayAxIHJ1bnMuXG4gICAgY29uc3Qgc3RhdGUgPSBuZXcgVWludDhBcnJheSgxNik7XG4gICAgbmV3IERhdGFWaWV3KHN0YXRlLmJ1ZmZlcikuc2V0VWludDMyKDAsIDQsIHRydWUpO1xuICAgIHdyaXRlRmlsZVN5bmMoam9pbihkaXIsICdhY2Muc3RhdGUnKSwgc3RhdGUpO1xuICAgIGNvbnN0IHdhc20gPSBhd2FpdCBmaW5pc2goXG4gICAgICBjbGkoWydydW4nLCAnd2FzbScsIGpvaW4oaW1wb3J0Lm1ldGEuZGlybmFtZSwgJy4uJywgJ2Z1bmN0aW9ucycsICdmaXh0dXJlcycsICdhY2N1bXVsYXRvci53YXNtJyksICctLXN0YXRlJywgam9pbihkaXIsICdhY2Muc3RhdGUnKSwgJy0tY3ljbGVzJywgJzYnLCAnLS1wZXItcm91bmQnLCAnMycsXG4gICAgICAgICctLWZyb20tcmVnaXN0cnknLCByZWdpc3RyeSwgJy0tYWxsb3ctc2ltdWxhdGVkJywgJy0tanNvbicsICctLW91dCcsIGpvaW4oZGlyLCAnYWNjLm91dCcpLFxuICAgICAgICAnLS1ycGMtdXJsJywgZGV2bmV0LnJwY1VybCwgJy0tY2hhbm5lbHMnLCBkZXZuZXQuY2hhbm5lbHMsICctLXByaXZhdGUta2V5JywgcmVxdWVzdGVyS2V5LCAnLS1kYXRhLWRpcicsIGpvaW4oZGlyLCAncmVxdWVzdGVyLTMnKV0pLFxuICAgICk7XG4gICAgYXNzZXJ0LmVxdWFsKHdhc20uY29kZSwgMCwgd2FzbS5zdGRlcnIuc2xpY2UoLTMwMDApKTtcbiAgICBjb25zdCB0aGlyZCA9IEpTT04ucGFyc2Uod2FzbS5zdGRvdXQudHJpbSgpLnNwbGl0KCdcXG4nKS5hdCgtMSkhKSBhcyB7IHRlcm1pbmF0ZWQ6IGJvb2xlYW47IHJvdW5kRXhlY3V0b3JzOiB7IGV4ZWN1dG9yOiBzdHJpbmcgfVtdOyBzZWxlY3Rpb246IFNlbGVjdGlvbkRvY3VtZW50IH07XG4gICAgYXNzZXJ0LmRlZXBFcXVhbCh0aGlyZC5zZWxlY3Rpb24ucmFua2luZywgc2Vjb25kLnNlbGVjdGlvbi5yYW5raW5nKTtcbiAgICBhc3NlcnQubWF0Y2god2FzbS5zdGRlcnIsIG5ldyBSZWdFeHAoYHJlZ2lzdHJ5OiBsZWZ0IG91dCAke2RvYy5yYW5raW5nWzBdfTogbm8gVlJGIHByb29mYCkpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoWy4uLm5ldyBTZXQodGhpcmQucm91bmRFeGVjdXRvcnMubWFwKChyKSA9PiByLmV4ZWN1dG9yKSldLCBbZG9jLmNhbmRpZGF0ZXNbMV0hLmVuZHBvaW50XSk7XG4gICAgYXNzZXJ0LmVxdWFsKHRoaXJkLnRlcm1pbmF0ZWQsIHRydWUpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoY2hlY2tTZWxlY3Rpb25JbmRlcGVuZGVudGx5KHRoaXJkLnNlbGVjdGlvbiksIHRoaXJkLnNlbGVjdGlvbi5yYW5raW5nKTtcblxuICAgIC8vIEEgdGFtcGVyZWQgcmFua2luZyBkb2VzIG5vdCByZWNvbXB1dGUuXG4gICAgYXNzZXJ0LnRocm93cygoKSA9PiB2ZXJpZnlTZWxlY3Rpb25Eb2N1bWVudCh7IC4uLmRvYywgcmFua2luZzogWy4uLmRvYy5yYW5raW5nXS5yZXZlcnNlKCkgfSksIHsgY29kZTogJ1NFTEVDVElPTl9NSVNNQVRDSCcgfSk7XG4gICAgLy8gQW5vdGhlciB0YXNrIGlkIGZvciB0aGUgc2FtZSByZXF1ZXN0ZXIgYW5kIGVwb2NoIGlzIHJlZnVzZWQ6IHJldHJ5aW5nIGlkcyBjYW5ub3QgbW92ZSB0aGUgc2VsZWN0aW9uLlxuICAgIGNvbnN0IGNhbmRpZGF0ZXMgPSBkb2MuY2FuZGlkYXRlcy5tYXAoKGMpID0+ICh7IGlkOiBjLm5vZGUsIHZyZktleTogZnJvbUhleChjLnZyZktleSwgMzIpLCBzdGFrZTogQmlnSW50KGMuc3Rha2UpLCBwcm9vZjogZnJvbUhleChjLnByb29mLCA4MCkgfSkpO1xuICAgIGFzc2VydC50aHJvd3MoXG4gICAgICAoKSA9PiBzZWxlY3RUYXNrKHsgZXBvY2g6IEJpZ0ludChkb2MuZXBvY2gpLCBlcG9jaFNlZWQ6IGZyb21IZXgoZG9jLmVwb2NoU2VlZCwgMzIpLCBjb21taXR0ZWRUYXNrSWQ6IGZyb21IZXgoZG9jLnRhc2tJZCwgMzIpLCB0YXNrSWQ6IGZyb21IZXgoa2VjY2FrMjU2KHZpZW1Ub0hleCgncmV0cnknKSksIDMyKSwgZXhlY3V0b3JzOiBjYW5kaWRhdGVzLCB2ZXJpZmllcnM6IFtdLCB0aWNrZXQ6IEJpZ0ludChkb2MudGlja2V0KSB9KSxcbiAgICAgIHsgY29kZTogJ1NFTEVDVElPTl9UQVNLX05PVF9DT01NSVRURUQnIH0sXG4gICAgKTtcbiAgfSk7XG59KTtcblxuLyoqIFBvbGxzIChib3VuZGVkKSB1bnRpbCBgcGlkYCBubyBsb25nZXIgZXhpc3RzOiB0aGUgZGV2bmV0J3MgZXhlY3V0b3JzIGFyZSBub3QgdGhpcyBwcm9jZXNzJ3MgY2hpbGRyZW4uICovXG5hc3luYyBmdW5jdGlvbiB3YWl0R29uZShwaWQ6IG51bWJlcik6IFByb21pc2U8dm9pZD4ge1xuICBmb3IgKGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIDMwXzAwMDsgRGF0ZS5ub3coKSA8IGRlYWRsaW5lOyApIHtcbiAgICB0cnkge1xuICAgICAgcHJvY2Vzcy5raWxsKHBpZCwgMCk7XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGF3YWl0IG5ldyBQcm9taXNlKChyZXNvbHZlKSA9PiBzZXRUaW1lb3V0KHJlc29sdmUsIDUwKSk7XG4gIH1cbiAgdGhyb3cgbmV3IEVycm9yKGBwcm9jZXNzICR7cGlkfSBzdGlsbCBhbGl2ZWApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBUUEsT0FBTyxZQUFZO0FBQ25CLFNBQVMsYUFBZ0M7QUFDekMsU0FBUyxZQUFZO0FBQ3JCLFNBQVMsYUFBYSxRQUFRLHFCQUFxQjtBQUNuRCxTQUFTLGNBQWM7QUFDdkIsU0FBUyxZQUFZO0FBQ3JCLFNBQVMsdUJBQXVCO0FBQ2hDLFNBQVMsT0FBTyxRQUFRLFVBQVUsVUFBVTtBQUM1QyxTQUFTLFdBQVcsU0FBUyxpQkFBeUM7QUFDdEUsU0FBUyx5QkFBMkM7QUFDcEQsU0FBUyxrQkFBa0I7QUFDM0IsU0FBUyx5QkFBeUI7QUFDbEMsU0FBUyxrQkFBa0I7QUFDM0IsU0FBUyxrQkFBa0I7QUFDM0IsU0FBUyxlQUFlO0FBQ3hCLFNBQVMsa0JBQWtCO0FBQzNCLFNBQVMsb0JBQW9CO0FBQzdCLFNBQVMsbUNBQW1DO0FBRTVDLFNBQVMsNkJBQTZCLCtCQUErQjtBQUVyRSxNQUFNLE1BQU0sWUFBWSxLQUFLLE9BQU8sR0FBRyxpQkFBaUIsQ0FBQztBQUN6RCxNQUFNLFdBQTJCLENBQUM7QUFFbEMsU0FBUyxJQUFJLE1BQThCO0FBQ3pDLFFBQU0sQ0FBQyxNQUFNLEdBQUcsTUFBTSxJQUFJLFdBQVc7QUFDckMsUUFBTSxRQUFRLE1BQU0sTUFBTyxDQUFDLEdBQUcsUUFBUSxHQUFHLElBQUksR0FBRyxFQUFFLFVBQVUsTUFBTSxLQUFLLEVBQUUsR0FBRyxRQUFRLEtBQUssZUFBZSxLQUFLLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxDQUFDLFVBQVUsUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUNoSyxXQUFTLEtBQUssS0FBSztBQUNuQixTQUFPO0FBQ1Q7QUFFQSxTQUFTLE9BQU8sT0FBdUY7QUFDckcsU0FBTyxJQUFJLFFBQVEsQ0FBQyxZQUFZO0FBQzlCLFFBQUksU0FBUztBQUNiLFFBQUksU0FBUztBQUNiLFVBQU0sT0FBUSxHQUFHLFFBQVEsQ0FBQyxVQUFtQixVQUFVLE1BQU0sU0FBUyxDQUFFO0FBQ3hFLFVBQU0sT0FBUSxHQUFHLFFBQVEsQ0FBQyxVQUFtQixVQUFVLE1BQU0sU0FBUyxDQUFFO0FBQ3hFLFVBQU0sS0FBSyxRQUFRLENBQUMsU0FBUyxRQUFRLEVBQUUsTUFBTSxRQUFRLE9BQU8sQ0FBQyxDQUFDO0FBQUEsRUFDaEUsQ0FBQztBQUNIO0FBYUEsTUFBTSxnQkFBZ0IsSUFBSSxDQUFDLFVBQVUsVUFBVSxlQUFlLEtBQUssZUFBZSxLQUFLLGNBQWMsTUFBTSxtQkFBbUIsS0FBSyxDQUFDO0FBQ3BJLElBQUk7QUFFSixNQUFNLFlBQVk7QUFFaEIsUUFBTSxTQUFTLGNBQWMsYUFBYSxRQUFRLGNBQWMsZUFBZSxPQUFPLEtBQUssZUFBZSxNQUFNLElBQUksUUFBUSxRQUFRO0FBQ3BJLE1BQUk7QUFDRixZQUFRLEtBQUssQ0FBQyxjQUFjLEtBQU0sU0FBUztBQUFBLEVBQzdDLFFBQVE7QUFBQSxFQUVSO0FBQ0EsUUFBTSxRQUFRLFdBQVcsTUFBTTtBQUM3QixlQUFXLFNBQVMsVUFBVTtBQUM1QixVQUFJO0FBQ0YsZ0JBQVEsS0FBSyxDQUFDLE1BQU0sS0FBTSxTQUFTO0FBQUEsTUFDckMsUUFBUTtBQUFBLE1BRVI7QUFBQSxJQUNGO0FBQUEsRUFDRixHQUFHLEdBQU07QUFDVCxRQUFNO0FBQ04sZUFBYSxLQUFLO0FBQ2xCLGFBQVcsU0FBUyxVQUFVO0FBQzVCLFFBQUk7QUFDRixjQUFRLEtBQUssQ0FBQyxNQUFNLEtBQU0sU0FBUztBQUFBLElBQ3JDLFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUM5QyxDQUFDO0FBRUQsU0FBUyw4RkFBOEYsRUFBRSxTQUFTLElBQVEsR0FBRyxNQUFNO0FBQ2pJLE1BQUk7QUFDSixNQUFJO0FBRUosU0FBTyxZQUFZO0FBQ2pCLFFBQUksU0FBUztBQUNiLGtCQUFjLE9BQVEsR0FBRyxRQUFRLENBQUMsVUFBbUIsVUFBVSxTQUFTLE1BQU0sU0FBUyxHQUFHLE1BQU0sSUFBSyxDQUFFO0FBQ3ZHLFVBQU0sT0FBTyxNQUFNLFFBQVEsS0FBSztBQUFBLE1BQzlCLEtBQUssZ0JBQWdCLEVBQUUsT0FBTyxjQUFjLE9BQVEsQ0FBQyxHQUFHLE1BQU07QUFBQSxNQUM5RCxLQUFLLGVBQWUsTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFDLElBQUksTUFBTTtBQUMzQyxjQUFNLElBQUksTUFBTSxrQkFBa0IsT0FBTyxJQUFJLENBQUMsd0JBQXdCLE1BQU0sRUFBRTtBQUFBLE1BQ2hGLENBQUM7QUFBQSxJQUNILENBQUM7QUFDRCxVQUFNLFVBQVUsS0FBSyxNQUFNLEtBQUssQ0FBQyxDQUFDO0FBQ2xDLFFBQUksUUFBUSxPQUFPLE1BQU8sT0FBTSxJQUFJLE1BQU0sa0JBQWtCLEtBQUssVUFBVSxRQUFRLEtBQUssQ0FBQyxJQUFJLE1BQU0sRUFBRTtBQUNyRyxhQUFTO0FBQ1QsZUFBVyxPQUFPO0FBQ2xCLGFBQVMsa0JBQWtCLEVBQUUsUUFBUSxPQUFPLFFBQVEsWUFBWSxPQUFPLFNBQVMsQ0FBQyxFQUFHLFlBQVksU0FBUyxPQUFPLFNBQVMsVUFBVSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3RKLENBQUM7QUFFRCxLQUFHLHVHQUF1RyxNQUFNO0FBQzlHLFdBQU8sTUFBTSxVQUFVLHFCQUFxQjtBQUM1QyxXQUFPLE1BQU0sT0FBTyxVQUFVLFFBQVEsQ0FBQztBQUN2QyxXQUFPLFVBQVUsT0FBTyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsY0FBYyxHQUFHLENBQUMsWUFBWSxZQUFZLFlBQVksWUFBWSxVQUFVLENBQUM7QUFDNUgsV0FBTyxNQUFNLE9BQU8sVUFBVSxRQUFRLENBQUM7QUFDdkMsVUFBTSxtQkFBbUIsSUFBSSxJQUFJLE9BQU8sVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsWUFBWSxDQUFDLENBQUM7QUFDckYsV0FBTyxHQUFHLE9BQU8sVUFBVSxNQUFNLENBQUMsTUFBTSxDQUFDLGlCQUFpQixJQUFJLEVBQUUsUUFBUSxZQUFZLENBQUMsQ0FBQyxHQUFHLDBDQUEwQztBQUNuSSxXQUFPLFVBQVUsT0FBTyxtQkFBbUIsQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQ25ELENBQUM7QUFFRCxLQUFHLCtGQUErRixZQUFZO0FBQzVHLFVBQU0sV0FBVyxZQUFZLE9BQU8sT0FBTyxrQkFBa0IsRUFBRSxTQUFTLFVBQVUsS0FBSyxtQkFBbUIsV0FBVyxZQUFZLFdBQVcsSUFBSSxRQUFRLEtBQUssQ0FBQztBQUM5SixVQUFNLFlBQVksSUFBSSxJQUFJLE9BQU8sVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsWUFBWSxDQUFDLENBQUM7QUFDOUUsVUFBTSxXQUFXLE1BQU0sU0FBUyxHQUFHLE9BQU8sQ0FBQyxNQUFNLFVBQVUsSUFBSSxFQUFFLEtBQUssS0FBSyxZQUFZLENBQUMsQ0FBQztBQUN6RixXQUFPLE1BQU0sUUFBUSxRQUFRLENBQUM7QUFDOUIsVUFBTSxPQUFPLFFBQVEsT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEVBQUUsS0FBSyxRQUFRLFNBQVMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxFQUFFLEVBQUUsUUFBUSxDQUFDO0FBQ2hHLFdBQU8sR0FBRyxRQUFRLElBQUksR0FBRyx5Q0FBeUM7QUFDbEUsVUFBTSxTQUFTLE1BQU0sV0FBVyxZQUFZO0FBQzFDLFlBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTyxrQkFBa0IsRUFBRSxTQUFTLFVBQVUsS0FBSyxtQkFBbUIsV0FBVyxxQkFBcUIsV0FBVyxJQUFJLFFBQVEsS0FBSyxDQUFDO0FBQy9KLGFBQU8sT0FBTyxVQUFVLE9BQU8sU0FBUztBQUFBLElBQzFDLEdBQUcsTUFBUyxnQ0FBZ0M7QUFDNUMsV0FBTyxNQUFNLE9BQU8sUUFBUSxNQUFNLDZDQUE2QztBQUMvRSxVQUFNLFVBQVUsTUFBTSxPQUFPLE9BQU8sYUFBYSxFQUFFLFNBQVMsVUFBVSxLQUFLLG1CQUFtQixjQUFjLFdBQVcsQ0FBQztBQUN4SCxlQUFXLFNBQVMsT0FBUSxRQUFPLE1BQU0sTUFBTSxLQUFLLE9BQU8sVUFBVSxFQUFFO0FBQUEsRUFDekUsQ0FBQztBQUVELEtBQUcscUpBQXFKLFlBQVk7QUFDbEssVUFBTSxlQUFlLE9BQU8sU0FBUyxDQUFDLEVBQUc7QUFDekMsVUFBTSxZQUFZLGtCQUFrQixFQUFFLFFBQVEsT0FBTyxRQUFRLFlBQVksY0FBYyxTQUFTLE9BQU8sU0FBUyxVQUFVLE9BQU8sU0FBUyxDQUFDO0FBRTNJLFVBQU0sWUFBWSxNQUFNLFdBQVcsV0FBVyxFQUFFLFVBQVUsTUFBTSxVQUFVLFVBQVUsV0FBVyxDQUFDLEVBQUUsQ0FBQztBQUNuRyxVQUFNLE9BQU8sUUFBUSxXQUFXLFdBQVcsRUFBRSxVQUFVLE1BQU0sVUFBVSxVQUFVLGNBQWMsQ0FBQyxFQUFFLENBQUMsR0FBRyxFQUFFLE1BQU0sa0NBQWtDLENBQUM7QUFDakosVUFBTSxRQUFRLE1BQU0sYUFBYSxRQUFRLFVBQVUsT0FBTyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxHQUFHLElBQU87QUFDbEcsVUFBTSxNQUFNLFVBQVUsVUFBVSxLQUFLO0FBRXJDLFVBQU0sT0FBTyxNQUFNLE9BQU8sSUFBSSxDQUFDLFlBQVksUUFBUSxhQUFhLE9BQU8sUUFBUSxjQUFjLFVBQVUsUUFBUSxDQUFDLENBQUM7QUFDakgsV0FBTyxNQUFNLEtBQUssTUFBTSxHQUFHLEtBQUssTUFBTTtBQUN0QyxVQUFNLFNBQVMsS0FBSyxNQUFNLEtBQUssTUFBTTtBQUNyQyxXQUFPLFVBQVUsT0FBTyxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxVQUFVLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLEdBQUcsQ0FBQyxZQUFZLFlBQVksWUFBWSxZQUFZLFVBQVUsQ0FBQztBQUVySixVQUFNLFVBQVUsS0FBSyxLQUFLLFlBQVk7QUFDdEMsa0JBQWMsU0FBUyw0QkFBNEI7QUFDbkQsVUFBTSxNQUFNLE1BQU07QUFBQSxNQUNoQixJQUFJO0FBQUEsUUFBQztBQUFBLFFBQU87QUFBQSxRQUFRO0FBQUEsUUFBYTtBQUFBLFFBQVM7QUFBQSxRQUFXO0FBQUEsUUFBTTtBQUFBLFFBQVk7QUFBQSxRQUFNO0FBQUEsUUFBWTtBQUFBLFFBQU07QUFBQSxRQUFlO0FBQUEsUUFBTTtBQUFBLFFBQW1CO0FBQUEsUUFBVTtBQUFBLFFBQXFCO0FBQUEsUUFDcEs7QUFBQSxRQUFTLEtBQUssS0FBSyxXQUFXO0FBQUEsUUFBRztBQUFBLFFBQWEsT0FBTztBQUFBLFFBQVE7QUFBQSxRQUFjLE9BQU87QUFBQSxRQUFVO0FBQUEsUUFBaUI7QUFBQSxRQUFjO0FBQUEsUUFBYyxLQUFLLEtBQUssV0FBVztBQUFBLE1BQUMsQ0FBQztBQUFBLElBQ3BLO0FBQ0EsV0FBTyxNQUFNLElBQUksTUFBTSxHQUFHLElBQUksT0FBTyxNQUFNLElBQUssQ0FBQztBQUNqRCxVQUFNLFNBQVMsS0FBSyxNQUFNLElBQUksT0FBTyxLQUFLLEVBQUUsTUFBTSxJQUFJLEVBQUUsR0FBRyxFQUFFLENBQUU7QUFDL0QsVUFBTSxNQUFNLE9BQU87QUFDbkIsV0FBTyxNQUFNLElBQUksV0FBVyxRQUFRLENBQUM7QUFDckMsV0FBTyxVQUFVLE9BQU8sV0FBVyxDQUFDLElBQUksV0FBVyxDQUFDLEVBQUcsUUFBUSxHQUFHLHdCQUF3QjtBQUMxRiw0QkFBd0IsR0FBRztBQUMzQixVQUFNLDRCQUE0QixRQUFRLEdBQUc7QUFFN0MsV0FBTyxVQUFVLDRCQUE0QixHQUFHLEdBQUcsSUFBSSxPQUFPO0FBRzlELFVBQU0sT0FBTyxPQUFPLFVBQVUsS0FBSyxDQUFDLE1BQU0sRUFBRSxRQUFRLElBQUksV0FBVyxDQUFDLEVBQUcsUUFBUTtBQUMvRSxZQUFRLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDaEMsVUFBTSxTQUFTLEtBQUssR0FBRztBQUN2QixVQUFNLFFBQVEsTUFBTTtBQUFBLE1BQ2xCLElBQUk7QUFBQSxRQUFDO0FBQUEsUUFBTztBQUFBLFFBQVE7QUFBQSxRQUFhO0FBQUEsUUFBUztBQUFBLFFBQVc7QUFBQSxRQUFNO0FBQUEsUUFBWTtBQUFBLFFBQU07QUFBQSxRQUFZO0FBQUEsUUFBTTtBQUFBLFFBQWU7QUFBQSxRQUFNO0FBQUEsUUFBbUI7QUFBQSxRQUFVO0FBQUEsUUFBcUI7QUFBQSxRQUNwSztBQUFBLFFBQVMsS0FBSyxLQUFLLGFBQWE7QUFBQSxRQUFHO0FBQUEsUUFBYSxPQUFPO0FBQUEsUUFBUTtBQUFBLFFBQWMsT0FBTztBQUFBLFFBQVU7QUFBQSxRQUFpQjtBQUFBLFFBQWM7QUFBQSxRQUFjLEtBQUssS0FBSyxhQUFhO0FBQUEsTUFBQyxDQUFDO0FBQUEsSUFDeEs7QUFDQSxXQUFPLE1BQU0sTUFBTSxNQUFNLEdBQUcsTUFBTSxPQUFPLE1BQU0sSUFBSyxDQUFDO0FBQ3JELFVBQU0sU0FBUyxLQUFLLE1BQU0sTUFBTSxPQUFPLEtBQUssRUFBRSxNQUFNLElBQUksRUFBRSxHQUFHLEVBQUUsQ0FBRTtBQUVqRSxXQUFPLFVBQVUsT0FBTyxVQUFVLFNBQVMsSUFBSSxRQUFRLE1BQU0sQ0FBQyxHQUFHLHdDQUF3QztBQUN6RyxXQUFPLFVBQVUsT0FBTyxVQUFVLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEdBQUcsQ0FBQyxJQUFJLFFBQVEsQ0FBQyxDQUFDLENBQUM7QUFDL0UsV0FBTyxNQUFNLE9BQU8sVUFBVSxTQUFTLENBQUMsRUFBRyxRQUFRLDBEQUEwRDtBQUM3RyxXQUFPLE1BQU0sTUFBTSxRQUFRLElBQUksT0FBTyxzQkFBc0IsSUFBSSxRQUFRLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQztBQUMzRixXQUFPLFVBQVUsT0FBTyxXQUFXLENBQUMsSUFBSSxXQUFXLENBQUMsRUFBRyxRQUFRLENBQUM7QUFDaEUsNEJBQXdCLE9BQU8sU0FBUztBQUd4QyxVQUFNLFFBQVEsSUFBSSxXQUFXLEVBQUU7QUFDL0IsUUFBSSxTQUFTLE1BQU0sTUFBTSxFQUFFLFVBQVUsR0FBRyxHQUFHLElBQUk7QUFDL0Msa0JBQWMsS0FBSyxLQUFLLFdBQVcsR0FBRyxLQUFLO0FBQzNDLFVBQU0sT0FBTyxNQUFNO0FBQUEsTUFDakIsSUFBSTtBQUFBLFFBQUM7QUFBQSxRQUFPO0FBQUEsUUFBUSxLQUFLLFlBQVksU0FBUyxNQUFNLGFBQWEsWUFBWSxrQkFBa0I7QUFBQSxRQUFHO0FBQUEsUUFBVyxLQUFLLEtBQUssV0FBVztBQUFBLFFBQUc7QUFBQSxRQUFZO0FBQUEsUUFBSztBQUFBLFFBQWU7QUFBQSxRQUNuSztBQUFBLFFBQW1CO0FBQUEsUUFBVTtBQUFBLFFBQXFCO0FBQUEsUUFBVTtBQUFBLFFBQVMsS0FBSyxLQUFLLFNBQVM7QUFBQSxRQUN4RjtBQUFBLFFBQWEsT0FBTztBQUFBLFFBQVE7QUFBQSxRQUFjLE9BQU87QUFBQSxRQUFVO0FBQUEsUUFBaUI7QUFBQSxRQUFjO0FBQUEsUUFBYyxLQUFLLEtBQUssYUFBYTtBQUFBLE1BQUMsQ0FBQztBQUFBLElBQ3JJO0FBQ0EsV0FBTyxNQUFNLEtBQUssTUFBTSxHQUFHLEtBQUssT0FBTyxNQUFNLElBQUssQ0FBQztBQUNuRCxVQUFNLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxLQUFLLEVBQUUsTUFBTSxJQUFJLEVBQUUsR0FBRyxFQUFFLENBQUU7QUFDL0QsV0FBTyxVQUFVLE1BQU0sVUFBVSxTQUFTLE9BQU8sVUFBVSxPQUFPO0FBQ2xFLFdBQU8sTUFBTSxLQUFLLFFBQVEsSUFBSSxPQUFPLHNCQUFzQixJQUFJLFFBQVEsQ0FBQyxDQUFDLGdCQUFnQixDQUFDO0FBQzFGLFdBQU8sVUFBVSxDQUFDLEdBQUcsSUFBSSxJQUFJLE1BQU0sZUFBZSxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxJQUFJLFdBQVcsQ0FBQyxFQUFHLFFBQVEsQ0FBQztBQUN6RyxXQUFPLE1BQU0sTUFBTSxZQUFZLElBQUk7QUFDbkMsV0FBTyxVQUFVLDRCQUE0QixNQUFNLFNBQVMsR0FBRyxNQUFNLFVBQVUsT0FBTztBQUd0RixXQUFPLE9BQU8sTUFBTSx3QkFBd0IsRUFBRSxHQUFHLEtBQUssU0FBUyxDQUFDLEdBQUcsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLENBQUMsR0FBRyxFQUFFLE1BQU0scUJBQXFCLENBQUM7QUFFNUgsVUFBTSxhQUFhLElBQUksV0FBVyxJQUFJLENBQUMsT0FBTyxFQUFFLElBQUksRUFBRSxNQUFNLFFBQVEsUUFBUSxFQUFFLFFBQVEsRUFBRSxHQUFHLE9BQU8sT0FBTyxFQUFFLEtBQUssR0FBRyxPQUFPLFFBQVEsRUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFO0FBQ2pKLFdBQU87QUFBQSxNQUNMLE1BQU0sV0FBVyxFQUFFLE9BQU8sT0FBTyxJQUFJLEtBQUssR0FBRyxXQUFXLFFBQVEsSUFBSSxXQUFXLEVBQUUsR0FBRyxpQkFBaUIsUUFBUSxJQUFJLFFBQVEsRUFBRSxHQUFHLFFBQVEsUUFBUSxVQUFVLFVBQVUsT0FBTyxDQUFDLEdBQUcsRUFBRSxHQUFHLFdBQVcsWUFBWSxXQUFXLENBQUMsR0FBRyxRQUFRLE9BQU8sSUFBSSxNQUFNLEVBQUUsQ0FBQztBQUFBLE1BQ3BQLEVBQUUsTUFBTSwrQkFBK0I7QUFBQSxJQUN6QztBQUFBLEVBQ0YsQ0FBQztBQUNILENBQUM7QUFHRCxlQUFlLFNBQVMsS0FBNEI7QUFDbEQsYUFBVyxXQUFXLEtBQUssSUFBSSxJQUFJLEtBQVEsS0FBSyxJQUFJLElBQUksWUFBWTtBQUNsRSxRQUFJO0FBQ0YsY0FBUSxLQUFLLEtBQUssQ0FBQztBQUFBLElBQ3JCLFFBQVE7QUFDTjtBQUFBLElBQ0Y7QUFDQSxVQUFNLElBQUksUUFBUSxDQUFDLFlBQVksV0FBVyxTQUFTLEVBQUUsQ0FBQztBQUFBLEVBQ3hEO0FBQ0EsUUFBTSxJQUFJLE1BQU0sV0FBVyxHQUFHLGNBQWM7QUFDOUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
