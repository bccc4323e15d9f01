import { InvalidArgumentError } from "commander";
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { AirtntError, safeJson } from "../../util/errors.js";
import { addChainOptions } from "../chain-option-defs.js";
import { integer } from "../integer-arg.js";
import { executorUrl } from "../executor-url.js";
import { addPolicyOptions, collect, policyOf } from "./policy-options.js";
import { amountArg } from "../amount-arg.js";
import { dataDirOf, lockDataDir } from "../data-dir.js";
let encodeLifeState;
let parsePatternFile;
let writePatternFile;
let lifeMeasurement;
let runLife;
let Requester;
let runIdOf;
let RunWatch;
let startWatchServer;
let resolveChain;
let formatSpend;
let ProgressBar;
let runStatus;
let writeRunRecord;
async function loadRunDependencies() {
  const [life, nodeLife, requester, watch, chain, progress, records] = await Promise.all([
    import("../../functions/life.js"),
    import("../../node/life.js"),
    import("../../node/requester.js"),
    import("../../node/watch/run-watch.js"),
    import("../chain-options.js"),
    import("../progress.js"),
    import("../run-records.js")
  ]);
  ({ encodeLifeState, parsePatternFile, writePatternFile } = life);
  ({ lifeMeasurement, runLife } = nodeLife);
  ({ Requester, runIdOf } = requester);
  ({ RunWatch, startWatchServer } = watch);
  ({ resolveChain } = chain);
  ({ formatSpend, ProgressBar } = progress);
  ({ runStatus, writeRunRecord } = records);
}
import { registerRunOcr } from "./run-ocr.js";
import { registerRunWasm } from "./run-wasm.js";
function requesterSettingsOf(options) {
  return {
    policy: policyOf(options),
    ...options.maxPricePerCycle === void 0 ? {} : { maxPricePerCycle: options.maxPricePerCycle },
    ...options.allowDoublePayment ? { allowDoublePayment: true } : {},
    ...options.token === void 0 ? {} : { token: options.token },
    ...options.maxSpend === void 0 ? {} : { maxSpend: options.maxSpend },
    ...options.maxDeposit === void 0 ? {} : { maxDeposit: options.maxDeposit },
    depositRounds: options.depositRounds,
    channelSeconds: options.channelSeconds,
    ...options.tlsCa === void 0 ? {} : { tlsCa: readPem(options.tlsCa) },
    timeouts: { resultMs: options.resultTimeoutMs, keyMs: options.keyTimeoutMs, keyFromChainMs: options.keyFromChainMs }
  };
}
function tokenAddress(value) {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value)) throw new InvalidArgumentError(`expected a token address (0x and 40 hex digits), got "${value}"`);
  return value;
}
function addRequesterOptions(command) {
  command.option("--data-dir <dir>", "where runs, payments, keys and paid states are stored (SQLite; default: $XDG_DATA_HOME/airtnt/requester or ~/.local/share/airtnt/requester, whatever the current folder; one process per data directory)");
  return addChainOptions(addPolicyOptions(command));
}
function addPaymentOptions(command) {
  return command.option("--token <address>", "pay in this ERC-20 token (default ETH); then --max-price-per-cycle is required", tokenAddress).option("--max-price-per-cycle <amount>", "refuse executors asking more per cycle: 1gwei, 0.000000001eth, 0.001tokens (whole tokens, scaled by the token's decimals()), 1000units, or digits alone in the smallest unit (default 1gwei for ETH; none for a token)", amountArg).option("--max-spend <amount>", "the run's budget, over every invocation of the same run (kept with the run; default: max price per cycle x --cycles); units as --max-price-per-cycle", amountArg).option("--max-deposit <amount>", "refuse executors that want a larger deposit per channel (default: the run's budget); units as --max-price-per-cycle", amountArg).option("--allow-double-payment", "when an executor withholds a paid round's key, continue on the next executor at once instead of waiting until the key is on-chain or the payment expires (RISK: that round may be paid twice)").option("--deposit-rounds <n>", "deposit for this many rounds at a time, then top up (each top-up starts a new session)", integer(1, 1e6), 100).option("--channel-seconds <s>", "lifetime of channels opened for this run", integer(60, 365 * 24 * 3600), 3600).option("--result-timeout-ms <ms>", "wait this long for a round result", integer(100, 36e5), 6e4).option("--key-timeout-ms <ms>", "wait this long for the key after paying", integer(100, 36e5), 1e4).option("--key-from-chain-ms <ms>", "then watch the chain this long for it", integer(0, 36e5), 15e3).option("--tls-ca <file>", "also trust this PEM CA certificate for https:// executors (a self-signed executor)");
}
function registerRun(program, injected = {}) {
  const run = program.command("run").description("rent executors to run a function, paying round by round");
  const life = run.command("life").description("run the Game of Life on a pattern").requiredOption("--pattern <file>", "the pattern (.rle or .cells), placed at the top-left corner").requiredOption("--width <n>", "grid width", integer(1, 8192)).requiredOption("--height <n>", "grid height", integer(1, 8192)).requiredOption("--cycles <n>", "generations in total", integer(1, 1e8)).requiredOption("--per-round <n>", "generations per paid round", integer(1, 4294967295)).option("--executor <url>", "executor URL (repeatable: later ones take over); or --from-registry", collect(executorUrl)).option("--from-registry <address>", "no URL: select executors from this AirtntRegistry (verifiable, rank 0 runs, the next ranks take over)").option("--min-stake <eth>", "with --from-registry: only executors with at least this stake").requiredOption("--out <file>", "where to write the final grid (.rle or .cells)").option("--json", "print one JSON object as the last line of stdout").option("--watch", "show the run live in a browser: prints a loopback URL with a one-time token (progress, spend, each round's executor, the grid)").option("--watch-port <port>", "port of the --watch page (default: a free one)", integer(0, 65535));
  addPaymentOptions(life);
  addRequesterOptions(life);
  life.action(async (options) => {
    await loadRunDependencies();
    await runLifeCommand(options, injected.faults);
  });
  registerRunWasm(run, injected);
  registerRunOcr(run, injected);
  const recover = run.command("recover").description("take withheld keys from the chain and refund expired channels");
  addRequesterOptions(recover);
  recover.option("--json", "print one JSON object").action(async (options) => {
    await loadRunDependencies();
    const dataDir = dataDirOf(options.dataDir, "requester");
    lockDataDir(dataDir);
    const { client, devnet } = await resolveChain(options, { refuseImplicitChain: [`the store in ${dataDir}`], dataDir });
    const requester = new Requester({ chain: client, dataDir, policy: policyOf(options) });
    try {
      const report = await requester.recover();
      if (options.json) process.stdout.write(`${safeJson({ ok: true, ...report })}
`);
      else process.stdout.write(`keys recovered: ${report.keysRecovered.length}, still waiting: ${report.stillWaiting.length}, channels refunded: ${report.refunded.length}
`);
    } finally {
      requester.close();
      await devnet?.stop();
    }
  });
}
function readPem(path) {
  try {
    return readFileSync(path, "utf8");
  } catch (cause) {
    throw new AirtntError("TLS_FILE_UNREADABLE", `cannot read ${path}`, { cause });
  }
}
async function runLifeCommand(options, faults) {
  let text;
  try {
    text = readFileSync(options.pattern, "utf8");
  } catch (cause) {
    throw new AirtntError("PATTERN_UNREADABLE", `cannot read ${options.pattern}`, { cause });
  }
  const pattern = parsePatternFile(options.pattern, text);
  if (options.allowSimulated) process.stderr.write("INSECURE: accepting the simulated TEE (--allow-simulated): no hardware protects your data\n");
  if (options.allowDebug) process.stderr.write("INSECURE: accepting debug-mode enclaves (--allow-debug): their host can read your data\n");
  if (options.allowDoublePayment) process.stderr.write("RISK: --allow-double-payment: a round whose key an executor withholds is paid again elsewhere at once, although the first executor may still collect it\n");
  checkOutput(options.out);
  const dataDir = dataDirOf(options.dataDir, "requester");
  lockDataDir(dataDir);
  const { client, devnet } = await resolveChain(options, { refuseImplicitChain: ["--executor"], dataDir });
  const { executorsFromRegistry } = await import("../../registry/select-executor.js");
  const selection = await executorsFromRegistry(client, options, policyOf(options));
  const bar = new ProgressBar(options.token);
  let watch;
  let watchServer;
  if (options.watch) {
    watch = new RunWatch({ kind: "life", totalCycles: options.cycles, perRound: options.perRound, ...options.token ? { token: options.token } : {} });
    watch.setLifeState(encodeLifeState(options.width, options.height, pattern));
    watchServer = await startWatchServer(watch, { port: options.watchPort ?? 0 });
    process.stderr.write(`watch this run at ${watchServer.url}#token=${watchServer.token}
`);
  }
  const runId = runIdOf({ functionMeasurement: await lifeMeasurement(), initialState: encodeLifeState(options.width, options.height, pattern), totalCycles: options.cycles, perRound: options.perRound });
  const status = runStatus(dataDir, runId);
  const spentText = (spent) => formatSpend(spent, options.token);
  if (status.kind === "finished") {
    process.stderr.write(`run ${runId.slice(0, 16)} finished earlier: answered from the store in ${dataDir} (no executor is asked, nothing more is paid); it was executed by ${status.executors.join(", ") || "(unknown)"}${status.insecure ? " on a simulated TEE (INSECURE)" : status.insecure === void 0 ? " (whether its TEE was simulated was not recorded)" : ""}; it cost ${spentText(status.spent)}
`);
  } else if (status.kind === "resumed") {
    process.stderr.write(`resuming run ${runId.slice(0, 16)} from the store in ${dataDir}: ${status.roundsPaid} rounds paid earlier (${spentText(status.spent)}), continuing from round ${status.roundsPaid}
`);
  }
  try {
    const result = await runLife({
      chain: client,
      dataDir,
      ...requesterSettingsOf(options),
      onProgress: (progress) => {
        bar.update(progress);
        watch?.update(progress);
      },
      log: (line) => bar.note(line),
      life: { pattern, width: options.width, height: options.height, cycles: options.cycles, perRound: options.perRound, executors: options.executor }
    }, faults);
    bar.done();
    watch?.finished();
    writeFileSync(options.out, writePatternFile(options.out, result.finalPattern));
    const fromStore = status.kind === "finished";
    const insecure = fromStore ? result.insecure || status.insecure !== false : result.insecure;
    const executors = fromStore ? status.executors : [...new Set(result.sessions.map((session) => session.url))];
    if (!fromStore) writeRunRecord(dataDir, { runId, executors, insecure, out: resolve(options.out), finishedAt: (/* @__PURE__ */ new Date()).toISOString(), ...result.token === void 0 ? {} : { token: result.token }, spent: result.runSpent.toString() });
    if (insecure) process.stderr.write("INSECURE: the run used the simulated TEE\n");
    if (options.json) process.stdout.write(`${safeJson({ ...summary(result, options.out), insecure, fromStore, resumed: status.kind === "resumed", executors, ...selection === void 0 ? {} : { selection: selection.document, skipped: selection.skipped } })}
`);
    else process.stdout.write(`${result.rounds} rounds, ${result.cyclesDone} generations${result.terminated ? " (the pattern stopped changing)" : ""}, ${result.transfers} transfers, run cost ${spentText(result.runSpent)}${fromStore ? " (from the store)" : ""}; final grid in ${options.out}
`);
  } catch (error) {
    watch?.finished(error);
    throw error;
  } finally {
    bar.done();
    await watchServer?.close();
    await devnet?.stop();
  }
}
function checkOutput(out, flag = "--out") {
  const path = resolve(out);
  const folder = dirname(path);
  const refuse = (why, cause) => new AirtntError("OUTPUT_NOT_WRITABLE", `cannot write ${flag} ${out}: ${why}`, {
    details: { out: path },
    hint: `create the folder or choose another ${flag}; nothing was paid`,
    ...cause === void 0 ? {} : { cause }
  });
  let stats;
  try {
    stats = statSync(folder);
  } catch (cause) {
    throw refuse(`the folder ${folder} does not exist`, cause);
  }
  if (!stats.isDirectory()) throw refuse(`${folder} is not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch (cause) {
    throw refuse(`the folder ${folder} is not writable`, cause);
  }
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw refuse("it is a folder");
    try {
      accessSync(path, constants.W_OK);
    } catch (cause) {
      throw refuse("the file exists and is not writable", cause);
    }
  }
}
function summary(result, out) {
  return {
    ok: true,
    runId: result.runId,
    out,
    rounds: result.rounds,
    cyclesDone: result.cyclesDone,
    terminated: result.terminated,
    transfers: result.transfers,
    paid: result.paid,
    runSpent: result.runSpent,
    maxSpend: result.maxSpend,
    token: result.token,
    waits: result.waits,
    bytesSent: result.bytesSent,
    bytesReceived: result.bytesReceived,
    infoBytes: result.infoBytes,
    timings: result.timings,
    insecure: result.insecure,
    sessions: result.sessions,
    failures: result.failures
  };
}
export {
  addPaymentOptions,
  addPolicyOptions,
  addRequesterOptions,
  amountArg,
  checkOutput,
  executorUrl,
  policyOf,
  readPem,
  registerRun,
  requesterSettingsOf,
  summary,
  tokenAddress
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9ydW4udHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogYGFpcnRudCBydW4gbGlmZSAuLi5gOiByZW50IGV4ZWN1dG9ycyB0byBydW4gdGhlIEdhbWUgb2YgTGlmZSwgcGF5aW5nIHJvdW5kIGJ5IHJvdW5kOyBjb250aW51ZXMgb25cbiAqIHRoZSBuZXh0IC0tZXhlY3V0b3IgaWYgb25lIHN0b3BzIGFuc3dlcmluZy4gUHJvZ3Jlc3Mgb24gc3RkZXJyOyB3aXRoIC0tanNvbiBvbmUgSlNPTiBvYmplY3QgYXMgdGhlXG4gKiBsYXN0IGxpbmUgb2Ygc3Rkb3V0LiBgYWlydG50IHJ1biByZWNvdmVyYDogdGFrZSB3aXRoaGVsZCBrZXlzIGZyb20gdGhlIGNoYWluIGFuZCByZWZ1bmQgZXhwaXJlZCBjaGFubmVscy5cbiAqL1xuaW1wb3J0IHsgSW52YWxpZEFyZ3VtZW50RXJyb3IsIHR5cGUgQ29tbWFuZCB9IGZyb20gJ2NvbW1hbmRlcic7XG5pbXBvcnQgeyBhY2Nlc3NTeW5jLCBjb25zdGFudHMsIGV4aXN0c1N5bmMsIHJlYWRGaWxlU3luYywgc3RhdFN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGRpcm5hbWUsIHJlc29sdmUgfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHR5cGUgeyBSdW5SZXN1bHQgfSBmcm9tICcuLi8uLi9ub2RlL3JlcXVlc3Rlci5qcyc7XG5pbXBvcnQgdHlwZSB7IFJ1bldhdGNoIGFzIFJ1bldhdGNoQ2xhc3MsIFdhdGNoU2VydmVyIH0gZnJvbSAnLi4vLi4vbm9kZS93YXRjaC9ydW4td2F0Y2guanMnO1xuaW1wb3J0IHR5cGUgeyBSZXF1ZXN0ZXJGYXVsdHMgfSBmcm9tICcuLi8uLi9ub2RlL2ZhdWx0cy5qcyc7XG5pbXBvcnQgeyBBaXJ0bnRFcnJvciwgc2FmZUpzb24gfSBmcm9tICcuLi8uLi91dGlsL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBhZGRDaGFpbk9wdGlvbnMgfSBmcm9tICcuLi9jaGFpbi1vcHRpb24tZGVmcy5qcyc7XG5pbXBvcnQgdHlwZSB7IHJlc29sdmVDaGFpbiBhcyBSZXNvbHZlQ2hhaW4gfSBmcm9tICcuLi9jaGFpbi1vcHRpb25zLmpzJztcbmltcG9ydCB7IGludGVnZXIgfSBmcm9tICcuLi9pbnRlZ2VyLWFyZy5qcyc7XG5pbXBvcnQgeyBleGVjdXRvclVybCB9IGZyb20gJy4uL2V4ZWN1dG9yLXVybC5qcyc7XG5cbmV4cG9ydCB7IGV4ZWN1dG9yVXJsIH07XG5pbXBvcnQgeyBhZGRQb2xpY3lPcHRpb25zLCBjb2xsZWN0LCBwb2xpY3lPZiwgdHlwZSBQb2xpY3lPcHRpb25zIH0gZnJvbSAnLi9wb2xpY3ktb3B0aW9ucy5qcyc7XG5pbXBvcnQgeyBhbW91bnRBcmcgfSBmcm9tICcuLi9hbW91bnQtYXJnLmpzJztcbmltcG9ydCB7IGRhdGFEaXJPZiwgbG9ja0RhdGFEaXIgfSBmcm9tICcuLi9kYXRhLWRpci5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb2dyZXNzQmFyIGFzIFByb2dyZXNzQmFyQ2xhc3MgfSBmcm9tICcuLi9wcm9ncmVzcy5qcyc7XG5cbi8vIFRoZSByZXF1ZXN0ZXIncyBtYWNoaW5lcnkgKHZpZW0sIFNRTGl0ZSwgdGhlIHZlcmlmaWVycywgdGhlIHdhdGNoIHNlcnZlcikgaXMgbG9hZGVkIHdoZW4gYSBjb21tYW5kXG4vLyBydW5zLCBub3Qgd2hlbiBpdCBpcyBkZWZpbmVkOiBgYWlydG50IHJ1biBsaWZlIC0taGVscGAgbXVzdCBhbnN3ZXIgYXQgb25jZS5cbmxldCBlbmNvZGVMaWZlU3RhdGU6IHR5cGVvZiBpbXBvcnQoJy4uLy4uL2Z1bmN0aW9ucy9saWZlLmpzJykuZW5jb2RlTGlmZVN0YXRlO1xubGV0IHBhcnNlUGF0dGVybkZpbGU6IHR5cGVvZiBpbXBvcnQoJy4uLy4uL2Z1bmN0aW9ucy9saWZlLmpzJykucGFyc2VQYXR0ZXJuRmlsZTtcbmxldCB3cml0ZVBhdHRlcm5GaWxlOiB0eXBlb2YgaW1wb3J0KCcuLi8uLi9mdW5jdGlvbnMvbGlmZS5qcycpLndyaXRlUGF0dGVybkZpbGU7XG5sZXQgbGlmZU1lYXN1cmVtZW50OiB0eXBlb2YgaW1wb3J0KCcuLi8uLi9ub2RlL2xpZmUuanMnKS5saWZlTWVhc3VyZW1lbnQ7XG5sZXQgcnVuTGlmZTogdHlwZW9mIGltcG9ydCgnLi4vLi4vbm9kZS9saWZlLmpzJykucnVuTGlmZTtcbmxldCBSZXF1ZXN0ZXI6IHR5cGVvZiBpbXBvcnQoJy4uLy4uL25vZGUvcmVxdWVzdGVyLmpzJykuUmVxdWVzdGVyO1xubGV0IHJ1bklkT2Y6IHR5cGVvZiBpbXBvcnQoJy4uLy4uL25vZGUvcmVxdWVzdGVyLmpzJykucnVuSWRPZjtcbmxldCBSdW5XYXRjaDogdHlwZW9mIFJ1bldhdGNoQ2xhc3M7XG5sZXQgc3RhcnRXYXRjaFNlcnZlcjogdHlwZW9mIGltcG9ydCgnLi4vLi4vbm9kZS93YXRjaC9ydW4td2F0Y2guanMnKS5zdGFydFdhdGNoU2VydmVyO1xubGV0IHJlc29sdmVDaGFpbjogdHlwZW9mIFJlc29sdmVDaGFpbjtcbmxldCBmb3JtYXRTcGVuZDogdHlwZW9mIGltcG9ydCgnLi4vcHJvZ3Jlc3MuanMnKS5mb3JtYXRTcGVuZDtcbmxldCBQcm9ncmVzc0JhcjogdHlwZW9mIFByb2dyZXNzQmFyQ2xhc3M7XG5sZXQgcnVuU3RhdHVzOiB0eXBlb2YgaW1wb3J0KCcuLi9ydW4tcmVjb3Jkcy5qcycpLnJ1blN0YXR1cztcbmxldCB3cml0ZVJ1blJlY29yZDogdHlwZW9mIGltcG9ydCgnLi4vcnVuLXJlY29yZHMuanMnKS53cml0ZVJ1blJlY29yZDtcblxuYXN5bmMgZnVuY3Rpb24gbG9hZFJ1bkRlcGVuZGVuY2llcygpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgW2xpZmUsIG5vZGVMaWZlLCByZXF1ZXN0ZXIsIHdhdGNoLCBjaGFpbiwgcHJvZ3Jlc3MsIHJlY29yZHNdID0gYXdhaXQgUHJvbWlzZS5hbGwoW1xuICAgIGltcG9ydCgnLi4vLi4vZnVuY3Rpb25zL2xpZmUuanMnKSxcbiAgICBpbXBvcnQoJy4uLy4uL25vZGUvbGlmZS5qcycpLFxuICAgIGltcG9ydCgnLi4vLi4vbm9kZS9yZXF1ZXN0ZXIuanMnKSxcbiAgICBpbXBvcnQoJy4uLy4uL25vZGUvd2F0Y2gvcnVuLXdhdGNoLmpzJyksXG4gICAgaW1wb3J0KCcuLi9jaGFpbi1vcHRpb25zLmpzJyksXG4gICAgaW1wb3J0KCcuLi9wcm9ncmVzcy5qcycpLFxuICAgIGltcG9ydCgnLi4vcnVuLXJlY29yZHMuanMnKSxcbiAgXSk7XG4gICh7IGVuY29kZUxpZmVTdGF0ZSwgcGFyc2VQYXR0ZXJuRmlsZSwgd3JpdGVQYXR0ZXJuRmlsZSB9ID0gbGlmZSk7XG4gICh7IGxpZmVNZWFzdXJlbWVudCwgcnVuTGlmZSB9ID0gbm9kZUxpZmUpO1xuICAoeyBSZXF1ZXN0ZXIsIHJ1bklkT2YgfSA9IHJlcXVlc3Rlcik7XG4gICh7IFJ1bldhdGNoLCBzdGFydFdhdGNoU2VydmVyIH0gPSB3YXRjaCk7XG4gICh7IHJlc29sdmVDaGFpbiB9ID0gY2hhaW4pO1xuICAoeyBmb3JtYXRTcGVuZCwgUHJvZ3Jlc3NCYXIgfSA9IHByb2dyZXNzKTtcbiAgKHsgcnVuU3RhdHVzLCB3cml0ZVJ1blJlY29yZCB9ID0gcmVjb3Jkcyk7XG59XG5pbXBvcnQgeyByZWdpc3RlclJ1bk9jciB9IGZyb20gJy4vcnVuLW9jci5qcyc7XG5pbXBvcnQgeyByZWdpc3RlclJ1bldhc20gfSBmcm9tICcuL3J1bi13YXNtLmpzJztcblxuZXhwb3J0IHsgYW1vdW50QXJnIH07XG5leHBvcnQgeyBhZGRQb2xpY3lPcHRpb25zLCBwb2xpY3lPZiwgdHlwZSBQb2xpY3lPcHRpb25zIH07XG5cbmV4cG9ydCB0eXBlIENvbW1vbk9wdGlvbnMgPSBQb2xpY3lPcHRpb25zICYgeyBkYXRhRGlyPzogc3RyaW5nOyBycGNVcmw/OiBzdHJpbmc7IHByaXZhdGVLZXk/OiBzdHJpbmc7IGNoYW5uZWxzPzogc3RyaW5nIH07XG4vKiogVGhlIHBheW1lbnQgYW5kIHJlcXVlc3RlciBvcHRpb25zIGV2ZXJ5IGBydW5gIGNvbW1hbmQgaGFzIChhZGRQYXltZW50T3B0aW9ucywgYWRkUmVxdWVzdGVyT3B0aW9ucykuICovXG5leHBvcnQgdHlwZSBQYXltZW50T3B0aW9ucyA9IHtcbiAgdG9rZW4/OiBgMHgke3N0cmluZ31gO1xuICBtYXhQcmljZVBlckN5Y2xlPzogc3RyaW5nO1xuICBtYXhTcGVuZD86IHN0cmluZztcbiAgbWF4RGVwb3NpdD86IHN0cmluZztcbiAgYWxsb3dEb3VibGVQYXltZW50PzogYm9vbGVhbjtcbiAgZGVwb3NpdFJvdW5kczogbnVtYmVyO1xuICBjaGFubmVsU2Vjb25kczogbnVtYmVyO1xuICByZXN1bHRUaW1lb3V0TXM6IG51bWJlcjtcbiAga2V5VGltZW91dE1zOiBudW1iZXI7XG4gIGtleUZyb21DaGFpbk1zOiBudW1iZXI7XG4gIHRsc0NhPzogc3RyaW5nO1xufTtcblxuLyoqIFRoZSByZXF1ZXN0ZXIncyBzZXR0aW5ncyBmcm9tIHRob3NlIG9wdGlvbnMsIHNoYXJlZCBieSBgcnVuIGxpZmVgLCBgcnVuIHdhc21gIGFuZCBwYXJhbGxlbCBydW5zLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcXVlc3RlclNldHRpbmdzT2Yob3B0aW9uczogQ29tbW9uT3B0aW9ucyAmIFBheW1lbnRPcHRpb25zKSB7XG4gIHJldHVybiB7XG4gICAgcG9saWN5OiBwb2xpY3lPZihvcHRpb25zKSxcbiAgICAuLi4ob3B0aW9ucy5tYXhQcmljZVBlckN5Y2xlID09PSB1bmRlZmluZWQgPyB7fSA6IHsgbWF4UHJpY2VQZXJDeWNsZTogb3B0aW9ucy5tYXhQcmljZVBlckN5Y2xlIH0pLFxuICAgIC4uLihvcHRpb25zLmFsbG93RG91YmxlUGF5bWVudCA/IHsgYWxsb3dEb3VibGVQYXltZW50OiB0cnVlIH0gOiB7fSksXG4gICAgLi4uKG9wdGlvbnMudG9rZW4gPT09IHVuZGVmaW5lZCA/IHt9IDogeyB0b2tlbjogb3B0aW9ucy50b2tlbiB9KSxcbiAgICAuLi4ob3B0aW9ucy5tYXhTcGVuZCA9PT0gdW5kZWZpbmVkID8ge30gOiB7IG1heFNwZW5kOiBvcHRpb25zLm1heFNwZW5kIH0pLFxuICAgIC4uLihvcHRpb25zLm1heERlcG9zaXQgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBtYXhEZXBvc2l0OiBvcHRpb25zLm1heERlcG9zaXQgfSksXG4gICAgZGVwb3NpdFJvdW5kczogb3B0aW9ucy5kZXBvc2l0Um91bmRzLFxuICAgIGNoYW5uZWxTZWNvbmRzOiBvcHRpb25zLmNoYW5uZWxTZWNvbmRzLFxuICAgIC4uLihvcHRpb25zLnRsc0NhID09PSB1bmRlZmluZWQgPyB7fSA6IHsgdGxzQ2E6IHJlYWRQZW0ob3B0aW9ucy50bHNDYSkgfSksXG4gICAgdGltZW91dHM6IHsgcmVzdWx0TXM6IG9wdGlvbnMucmVzdWx0VGltZW91dE1zLCBrZXlNczogb3B0aW9ucy5rZXlUaW1lb3V0TXMsIGtleUZyb21DaGFpbk1zOiBvcHRpb25zLmtleUZyb21DaGFpbk1zIH0sXG4gIH07XG59XG5cbnR5cGUgTGlmZU9wdGlvbnMgPSBDb21tb25PcHRpb25zICYgUGF5bWVudE9wdGlvbnMgJiB7XG4gIHBhdHRlcm46IHN0cmluZztcbiAgd2lkdGg6IG51bWJlcjtcbiAgaGVpZ2h0OiBudW1iZXI7XG4gIGN5Y2xlczogbnVtYmVyO1xuICBwZXJSb3VuZDogbnVtYmVyO1xuICBleGVjdXRvcjogc3RyaW5nW107XG4gIGZyb21SZWdpc3RyeT86IHN0cmluZztcbiAgbWluU3Rha2U/OiBzdHJpbmc7XG4gIG91dDogc3RyaW5nO1xuICBqc29uPzogYm9vbGVhbjtcbiAgd2F0Y2g/OiBib29sZWFuO1xuICB3YXRjaFBvcnQ/OiBudW1iZXI7XG59O1xuXG5cblxuZXhwb3J0IGZ1bmN0aW9uIHRva2VuQWRkcmVzcyh2YWx1ZTogc3RyaW5nKTogYDB4JHtzdHJpbmd9YCB7XG4gIGlmICghL14weFswLTlhLWZBLUZdezQwfSQvLnRlc3QodmFsdWUpKSB0aHJvdyBuZXcgSW52YWxpZEFyZ3VtZW50RXJyb3IoYGV4cGVjdGVkIGEgdG9rZW4gYWRkcmVzcyAoMHggYW5kIDQwIGhleCBkaWdpdHMpLCBnb3QgXCIke3ZhbHVlfVwiYCk7XG4gIHJldHVybiB2YWx1ZSBhcyBgMHgke3N0cmluZ31gO1xufVxuXG5cblxuXG5cblxuXG5leHBvcnQgZnVuY3Rpb24gYWRkUmVxdWVzdGVyT3B0aW9ucyhjb21tYW5kOiBDb21tYW5kKTogQ29tbWFuZCB7XG4gIGNvbW1hbmQub3B0aW9uKCctLWRhdGEtZGlyIDxkaXI+JywgJ3doZXJlIHJ1bnMsIHBheW1lbnRzLCBrZXlzIGFuZCBwYWlkIHN0YXRlcyBhcmUgc3RvcmVkIChTUUxpdGU7IGRlZmF1bHQ6ICRYREdfREFUQV9IT01FL2FpcnRudC9yZXF1ZXN0ZXIgb3Igfi8ubG9jYWwvc2hhcmUvYWlydG50L3JlcXVlc3Rlciwgd2hhdGV2ZXIgdGhlIGN1cnJlbnQgZm9sZGVyOyBvbmUgcHJvY2VzcyBwZXIgZGF0YSBkaXJlY3RvcnkpJyk7XG4gIHJldHVybiBhZGRDaGFpbk9wdGlvbnMoYWRkUG9saWN5T3B0aW9ucyhjb21tYW5kKSk7XG59XG5cblxuLyoqIFRoZSBwYXltZW50LCBsaW1pdCBhbmQgdGltZW91dCBmbGFncyBldmVyeSBgcnVuYCBzdWJjb21tYW5kIHNoYXJlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhZGRQYXltZW50T3B0aW9ucyhjb21tYW5kOiBDb21tYW5kKTogQ29tbWFuZCB7XG4gIHJldHVybiBjb21tYW5kXG4gICAgLm9wdGlvbignLS10b2tlbiA8YWRkcmVzcz4nLCAncGF5IGluIHRoaXMgRVJDLTIwIHRva2VuIChkZWZhdWx0IEVUSCk7IHRoZW4gLS1tYXgtcHJpY2UtcGVyLWN5Y2xlIGlzIHJlcXVpcmVkJywgdG9rZW5BZGRyZXNzKVxuICAgIC5vcHRpb24oJy0tbWF4LXByaWNlLXBlci1jeWNsZSA8YW1vdW50PicsICdyZWZ1c2UgZXhlY3V0b3JzIGFza2luZyBtb3JlIHBlciBjeWNsZTogMWd3ZWksIDAuMDAwMDAwMDAxZXRoLCAwLjAwMXRva2VucyAod2hvbGUgdG9rZW5zLCBzY2FsZWQgYnkgdGhlIHRva2VuXFwncyBkZWNpbWFscygpKSwgMTAwMHVuaXRzLCBvciBkaWdpdHMgYWxvbmUgaW4gdGhlIHNtYWxsZXN0IHVuaXQgKGRlZmF1bHQgMWd3ZWkgZm9yIEVUSDsgbm9uZSBmb3IgYSB0b2tlbiknLCBhbW91bnRBcmcpXG4gICAgLm9wdGlvbignLS1tYXgtc3BlbmQgPGFtb3VudD4nLCAndGhlIHJ1blxcJ3MgYnVkZ2V0LCBvdmVyIGV2ZXJ5IGludm9jYXRpb24gb2YgdGhlIHNhbWUgcnVuIChrZXB0IHdpdGggdGhlIHJ1bjsgZGVmYXVsdDogbWF4IHByaWNlIHBlciBjeWNsZSB4IC0tY3ljbGVzKTsgdW5pdHMgYXMgLS1tYXgtcHJpY2UtcGVyLWN5Y2xlJywgYW1vdW50QXJnKVxuICAgIC5vcHRpb24oJy0tbWF4LWRlcG9zaXQgPGFtb3VudD4nLCAncmVmdXNlIGV4ZWN1dG9ycyB0aGF0IHdhbnQgYSBsYXJnZXIgZGVwb3NpdCBwZXIgY2hhbm5lbCAoZGVmYXVsdDogdGhlIHJ1blxcJ3MgYnVkZ2V0KTsgdW5pdHMgYXMgLS1tYXgtcHJpY2UtcGVyLWN5Y2xlJywgYW1vdW50QXJnKVxuICAgIC5vcHRpb24oJy0tYWxsb3ctZG91YmxlLXBheW1lbnQnLCAnd2hlbiBhbiBleGVjdXRvciB3aXRoaG9sZHMgYSBwYWlkIHJvdW5kXFwncyBrZXksIGNvbnRpbnVlIG9uIHRoZSBuZXh0IGV4ZWN1dG9yIGF0IG9uY2UgaW5zdGVhZCBvZiB3YWl0aW5nIHVudGlsIHRoZSBrZXkgaXMgb24tY2hhaW4gb3IgdGhlIHBheW1lbnQgZXhwaXJlcyAoUklTSzogdGhhdCByb3VuZCBtYXkgYmUgcGFpZCB0d2ljZSknKVxuICAgIC5vcHRpb24oJy0tZGVwb3NpdC1yb3VuZHMgPG4+JywgJ2RlcG9zaXQgZm9yIHRoaXMgbWFueSByb3VuZHMgYXQgYSB0aW1lLCB0aGVuIHRvcCB1cCAoZWFjaCB0b3AtdXAgc3RhcnRzIGEgbmV3IHNlc3Npb24pJywgaW50ZWdlcigxLCAxXzAwMF8wMDApLCAxMDApXG4gICAgLm9wdGlvbignLS1jaGFubmVsLXNlY29uZHMgPHM+JywgJ2xpZmV0aW1lIG9mIGNoYW5uZWxzIG9wZW5lZCBmb3IgdGhpcyBydW4nLCBpbnRlZ2VyKDYwLCAzNjUgKiAyNCAqIDM2MDApLCAzNjAwKVxuICAgIC5vcHRpb24oJy0tcmVzdWx0LXRpbWVvdXQtbXMgPG1zPicsICd3YWl0IHRoaXMgbG9uZyBmb3IgYSByb3VuZCByZXN1bHQnLCBpbnRlZ2VyKDEwMCwgM182MDBfMDAwKSwgNjBfMDAwKVxuICAgIC5vcHRpb24oJy0ta2V5LXRpbWVvdXQtbXMgPG1zPicsICd3YWl0IHRoaXMgbG9uZyBmb3IgdGhlIGtleSBhZnRlciBwYXlpbmcnLCBpbnRlZ2VyKDEwMCwgM182MDBfMDAwKSwgMTBfMDAwKVxuICAgIC5vcHRpb24oJy0ta2V5LWZyb20tY2hhaW4tbXMgPG1zPicsICd0aGVuIHdhdGNoIHRoZSBjaGFpbiB0aGlzIGxvbmcgZm9yIGl0JywgaW50ZWdlcigwLCAzXzYwMF8wMDApLCAxNV8wMDApXG4gICAgLm9wdGlvbignLS10bHMtY2EgPGZpbGU+JywgJ2Fsc28gdHJ1c3QgdGhpcyBQRU0gQ0EgY2VydGlmaWNhdGUgZm9yIGh0dHBzOi8vIGV4ZWN1dG9ycyAoYSBzZWxmLXNpZ25lZCBleGVjdXRvciknKTtcbn1cblxuLyoqXG4gKiBAcGFyYW0gaW5qZWN0ZWQgdGVzdC1vbmx5IGNyYXNoIHBvaW50cyBmb3IgdGhlIHJlcXVlc3RlciAoc3JjL25vZGUvZmF1bHRzLnRzKSwgZ2l2ZW4gYnkgYSB0ZXN0J3Mgb3duXG4gKiBwcm9jZXNzIGVudHJ5OyB0aGUgYWlydG50IENMSSBwYXNzZXMgbm9uZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlZ2lzdGVyUnVuKHByb2dyYW06IENvbW1hbmQsIGluamVjdGVkOiB7IGZhdWx0cz86IFJlcXVlc3RlckZhdWx0cyB9ID0ge30pOiB2b2lkIHtcbiAgY29uc3QgcnVuID0gcHJvZ3JhbS5jb21tYW5kKCdydW4nKS5kZXNjcmlwdGlvbigncmVudCBleGVjdXRvcnMgdG8gcnVuIGEgZnVuY3Rpb24sIHBheWluZyByb3VuZCBieSByb3VuZCcpO1xuICBjb25zdCBsaWZlID0gcnVuXG4gICAgLmNvbW1hbmQoJ2xpZmUnKVxuICAgIC5kZXNjcmlwdGlvbigncnVuIHRoZSBHYW1lIG9mIExpZmUgb24gYSBwYXR0ZXJuJylcbiAgICAucmVxdWlyZWRPcHRpb24oJy0tcGF0dGVybiA8ZmlsZT4nLCAndGhlIHBhdHRlcm4gKC5ybGUgb3IgLmNlbGxzKSwgcGxhY2VkIGF0IHRoZSB0b3AtbGVmdCBjb3JuZXInKVxuICAgIC5yZXF1aXJlZE9wdGlvbignLS13aWR0aCA8bj4nLCAnZ3JpZCB3aWR0aCcsIGludGVnZXIoMSwgODE5MikpXG4gICAgLnJlcXVpcmVkT3B0aW9uKCctLWhlaWdodCA8bj4nLCAnZ3JpZCBoZWlnaHQnLCBpbnRlZ2VyKDEsIDgxOTIpKVxuICAgIC5yZXF1aXJlZE9wdGlvbignLS1jeWNsZXMgPG4+JywgJ2dlbmVyYXRpb25zIGluIHRvdGFsJywgaW50ZWdlcigxLCAxMDBfMDAwXzAwMCkpXG4gICAgLnJlcXVpcmVkT3B0aW9uKCctLXBlci1yb3VuZCA8bj4nLCAnZ2VuZXJhdGlvbnMgcGVyIHBhaWQgcm91bmQnLCBpbnRlZ2VyKDEsIDB4ZmZmZl9mZmZmKSlcbiAgICAub3B0aW9uKCctLWV4ZWN1dG9yIDx1cmw+JywgJ2V4ZWN1dG9yIFVSTCAocmVwZWF0YWJsZTogbGF0ZXIgb25lcyB0YWtlIG92ZXIpOyBvciAtLWZyb20tcmVnaXN0cnknLCBjb2xsZWN0KGV4ZWN1dG9yVXJsKSlcbiAgICAub3B0aW9uKCctLWZyb20tcmVnaXN0cnkgPGFkZHJlc3M+JywgJ25vIFVSTDogc2VsZWN0IGV4ZWN1dG9ycyBmcm9tIHRoaXMgQWlydG50UmVnaXN0cnkgKHZlcmlmaWFibGUsIHJhbmsgMCBydW5zLCB0aGUgbmV4dCByYW5rcyB0YWtlIG92ZXIpJylcbiAgICAub3B0aW9uKCctLW1pbi1zdGFrZSA8ZXRoPicsICd3aXRoIC0tZnJvbS1yZWdpc3RyeTogb25seSBleGVjdXRvcnMgd2l0aCBhdCBsZWFzdCB0aGlzIHN0YWtlJylcbiAgICAucmVxdWlyZWRPcHRpb24oJy0tb3V0IDxmaWxlPicsICd3aGVyZSB0byB3cml0ZSB0aGUgZmluYWwgZ3JpZCAoLnJsZSBvciAuY2VsbHMpJylcbiAgICAub3B0aW9uKCctLWpzb24nLCAncHJpbnQgb25lIEpTT04gb2JqZWN0IGFzIHRoZSBsYXN0IGxpbmUgb2Ygc3Rkb3V0JylcbiAgICAub3B0aW9uKCctLXdhdGNoJywgJ3Nob3cgdGhlIHJ1biBsaXZlIGluIGEgYnJvd3NlcjogcHJpbnRzIGEgbG9vcGJhY2sgVVJMIHdpdGggYSBvbmUtdGltZSB0b2tlbiAocHJvZ3Jlc3MsIHNwZW5kLCBlYWNoIHJvdW5kXFwncyBleGVjdXRvciwgdGhlIGdyaWQpJylcbiAgICAub3B0aW9uKCctLXdhdGNoLXBvcnQgPHBvcnQ+JywgJ3BvcnQgb2YgdGhlIC0td2F0Y2ggcGFnZSAoZGVmYXVsdDogYSBmcmVlIG9uZSknLCBpbnRlZ2VyKDAsIDY1NTM1KSk7XG4gIGFkZFBheW1lbnRPcHRpb25zKGxpZmUpO1xuICBhZGRSZXF1ZXN0ZXJPcHRpb25zKGxpZmUpO1xuICBsaWZlLmFjdGlvbihhc3luYyAob3B0aW9uczogTGlmZU9wdGlvbnMpID0+IHtcbiAgICBhd2FpdCBsb2FkUnVuRGVwZW5kZW5jaWVzKCk7XG4gICAgYXdhaXQgcnVuTGlmZUNvbW1hbmQob3B0aW9ucywgaW5qZWN0ZWQuZmF1bHRzKTtcbiAgfSk7XG5cbiAgcmVnaXN0ZXJSdW5XYXNtKHJ1biwgaW5qZWN0ZWQpO1xuICByZWdpc3RlclJ1bk9jcihydW4sIGluamVjdGVkKTtcblxuICBjb25zdCByZWNvdmVyID0gcnVuLmNvbW1hbmQoJ3JlY292ZXInKS5kZXNjcmlwdGlvbigndGFrZSB3aXRoaGVsZCBrZXlzIGZyb20gdGhlIGNoYWluIGFuZCByZWZ1bmQgZXhwaXJlZCBjaGFubmVscycpO1xuICBhZGRSZXF1ZXN0ZXJPcHRpb25zKHJlY292ZXIpO1xuICByZWNvdmVyLm9wdGlvbignLS1qc29uJywgJ3ByaW50IG9uZSBKU09OIG9iamVjdCcpLmFjdGlvbihhc3luYyAob3B0aW9uczogQ29tbW9uT3B0aW9ucyAmIHsganNvbj86IGJvb2xlYW4gfSkgPT4ge1xuICAgIGF3YWl0IGxvYWRSdW5EZXBlbmRlbmNpZXMoKTtcbiAgICBjb25zdCBkYXRhRGlyID0gZGF0YURpck9mKG9wdGlvbnMuZGF0YURpciwgJ3JlcXVlc3RlcicpO1xuICAgIGxvY2tEYXRhRGlyKGRhdGFEaXIpO1xuICAgIGNvbnN0IHsgY2xpZW50LCBkZXZuZXQgfSA9IGF3YWl0IHJlc29sdmVDaGFpbihvcHRpb25zLCB7IHJlZnVzZUltcGxpY2l0Q2hhaW46IFtgdGhlIHN0b3JlIGluICR7ZGF0YURpcn1gXSwgZGF0YURpciB9KTtcbiAgICBjb25zdCByZXF1ZXN0ZXIgPSBuZXcgUmVxdWVzdGVyKHsgY2hhaW46IGNsaWVudCwgZGF0YURpciwgcG9saWN5OiBwb2xpY3lPZihvcHRpb25zKSB9KTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcmVwb3J0ID0gYXdhaXQgcmVxdWVzdGVyLnJlY292ZXIoKTtcbiAgICAgIGlmIChvcHRpb25zLmpzb24pIHByb2Nlc3Muc3Rkb3V0LndyaXRlKGAke3NhZmVKc29uKHsgb2s6IHRydWUsIC4uLnJlcG9ydCB9KX1cXG5gKTtcbiAgICAgIGVsc2UgcHJvY2Vzcy5zdGRvdXQud3JpdGUoYGtleXMgcmVjb3ZlcmVkOiAke3JlcG9ydC5rZXlzUmVjb3ZlcmVkLmxlbmd0aH0sIHN0aWxsIHdhaXRpbmc6ICR7cmVwb3J0LnN0aWxsV2FpdGluZy5sZW5ndGh9LCBjaGFubmVscyByZWZ1bmRlZDogJHtyZXBvcnQucmVmdW5kZWQubGVuZ3RofVxcbmApO1xuICAgIH0gZmluYWxseSB7XG4gICAgICByZXF1ZXN0ZXIuY2xvc2UoKTtcbiAgICAgIGF3YWl0IGRldm5ldD8uc3RvcCgpO1xuICAgIH1cbiAgfSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZWFkUGVtKHBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHJlYWRGaWxlU3luYyhwYXRoLCAndXRmOCcpO1xuICB9IGNhdGNoIChjYXVzZSkge1xuICAgIHRocm93IG5ldyBBaXJ0bnRFcnJvcignVExTX0ZJTEVfVU5SRUFEQUJMRScsIGBjYW5ub3QgcmVhZCAke3BhdGh9YCwgeyBjYXVzZSB9KTtcbiAgfVxufVxuXG5hc3luYyBmdW5jdGlvbiBydW5MaWZlQ29tbWFuZChvcHRpb25zOiBMaWZlT3B0aW9ucywgZmF1bHRzOiBSZXF1ZXN0ZXJGYXVsdHMgfCB1bmRlZmluZWQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgbGV0IHRleHQ6IHN0cmluZztcbiAgdHJ5IHtcbiAgICB0ZXh0ID0gcmVhZEZpbGVTeW5jKG9wdGlvbnMucGF0dGVybiwgJ3V0ZjgnKTtcbiAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ1BBVFRFUk5fVU5SRUFEQUJMRScsIGBjYW5ub3QgcmVhZCAke29wdGlvbnMucGF0dGVybn1gLCB7IGNhdXNlIH0pO1xuICB9XG4gIGNvbnN0IHBhdHRlcm4gPSBwYXJzZVBhdHRlcm5GaWxlKG9wdGlvbnMucGF0dGVybiwgdGV4dCk7XG4gIGlmIChvcHRpb25zLmFsbG93U2ltdWxhdGVkKSBwcm9jZXNzLnN0ZGVyci53cml0ZSgnSU5TRUNVUkU6IGFjY2VwdGluZyB0aGUgc2ltdWxhdGVkIFRFRSAoLS1hbGxvdy1zaW11bGF0ZWQpOiBubyBoYXJkd2FyZSBwcm90ZWN0cyB5b3VyIGRhdGFcXG4nKTtcbiAgaWYgKG9wdGlvbnMuYWxsb3dEZWJ1ZykgcHJvY2Vzcy5zdGRlcnIud3JpdGUoJ0lOU0VDVVJFOiBhY2NlcHRpbmcgZGVidWctbW9kZSBlbmNsYXZlcyAoLS1hbGxvdy1kZWJ1Zyk6IHRoZWlyIGhvc3QgY2FuIHJlYWQgeW91ciBkYXRhXFxuJyk7XG4gIGlmIChvcHRpb25zLmFsbG93RG91YmxlUGF5bWVudCkgcHJvY2Vzcy5zdGRlcnIud3JpdGUoJ1JJU0s6IC0tYWxsb3ctZG91YmxlLXBheW1lbnQ6IGEgcm91bmQgd2hvc2Uga2V5IGFuIGV4ZWN1dG9yIHdpdGhob2xkcyBpcyBwYWlkIGFnYWluIGVsc2V3aGVyZSBhdCBvbmNlLCBhbHRob3VnaCB0aGUgZmlyc3QgZXhlY3V0b3IgbWF5IHN0aWxsIGNvbGxlY3QgaXRcXG4nKTtcbiAgY2hlY2tPdXRwdXQob3B0aW9ucy5vdXQpO1xuICBjb25zdCBkYXRhRGlyID0gZGF0YURpck9mKG9wdGlvbnMuZGF0YURpciwgJ3JlcXVlc3RlcicpO1xuICBsb2NrRGF0YURpcihkYXRhRGlyKTtcbiAgY29uc3QgeyBjbGllbnQsIGRldm5ldCB9ID0gYXdhaXQgcmVzb2x2ZUNoYWluKG9wdGlvbnMsIHsgcmVmdXNlSW1wbGljaXRDaGFpbjogWyctLWV4ZWN1dG9yJ10sIGRhdGFEaXIgfSk7XG4gIGNvbnN0IHsgZXhlY3V0b3JzRnJvbVJlZ2lzdHJ5IH0gPSBhd2FpdCBpbXBvcnQoJy4uLy4uL3JlZ2lzdHJ5L3NlbGVjdC1leGVjdXRvci5qcycpO1xuICBjb25zdCBzZWxlY3Rpb24gPSBhd2FpdCBleGVjdXRvcnNGcm9tUmVnaXN0cnkoY2xpZW50LCBvcHRpb25zLCBwb2xpY3lPZihvcHRpb25zKSk7XG4gIGNvbnN0IGJhciA9IG5ldyBQcm9ncmVzc0JhcihvcHRpb25zLnRva2VuKTtcbiAgbGV0IHdhdGNoOiBSdW5XYXRjaENsYXNzIHwgdW5kZWZpbmVkO1xuICBsZXQgd2F0Y2hTZXJ2ZXI6IFdhdGNoU2VydmVyIHwgdW5kZWZpbmVkO1xuICBpZiAob3B0aW9ucy53YXRjaCkge1xuICAgIHdhdGNoID0gbmV3IFJ1bldhdGNoKHsga2luZDogJ2xpZmUnLCB0b3RhbEN5Y2xlczogb3B0aW9ucy5jeWNsZXMsIHBlclJvdW5kOiBvcHRpb25zLnBlclJvdW5kLCAuLi4ob3B0aW9ucy50b2tlbiA/IHsgdG9rZW46IG9wdGlvbnMudG9rZW4gfSA6IHt9KSB9KTtcbiAgICB3YXRjaC5zZXRMaWZlU3RhdGUoZW5jb2RlTGlmZVN0YXRlKG9wdGlvbnMud2lkdGgsIG9wdGlvbnMuaGVpZ2h0LCBwYXR0ZXJuKSk7XG4gICAgd2F0Y2hTZXJ2ZXIgPSBhd2FpdCBzdGFydFdhdGNoU2VydmVyKHdhdGNoLCB7IHBvcnQ6IG9wdGlvbnMud2F0Y2hQb3J0ID8/IDAgfSk7XG4gICAgLy8gVGhlIHRva2VuIHJpZGVzIGluIHRoZSBmcmFnbWVudCwgd2hpY2ggdGhlIGJyb3dzZXIgbmV2ZXIgc2VuZHMgdG8gYSBzZXJ2ZXIuXG4gICAgcHJvY2Vzcy5zdGRlcnIud3JpdGUoYHdhdGNoIHRoaXMgcnVuIGF0ICR7d2F0Y2hTZXJ2ZXIudXJsfSN0b2tlbj0ke3dhdGNoU2VydmVyLnRva2VufVxcbmApO1xuICB9XG4gIGNvbnN0IHJ1bklkID0gcnVuSWRPZih7IGZ1bmN0aW9uTWVhc3VyZW1lbnQ6IGF3YWl0IGxpZmVNZWFzdXJlbWVudCgpLCBpbml0aWFsU3RhdGU6IGVuY29kZUxpZmVTdGF0ZShvcHRpb25zLndpZHRoLCBvcHRpb25zLmhlaWdodCwgcGF0dGVybiksIHRvdGFsQ3ljbGVzOiBvcHRpb25zLmN5Y2xlcywgcGVyUm91bmQ6IG9wdGlvbnMucGVyUm91bmQgfSk7XG4gIGNvbnN0IHN0YXR1cyA9IHJ1blN0YXR1cyhkYXRhRGlyLCBydW5JZCk7XG4gIGNvbnN0IHNwZW50VGV4dCA9IChzcGVudDogYmlnaW50KSA9PiBmb3JtYXRTcGVuZChzcGVudCwgb3B0aW9ucy50b2tlbik7XG4gIGlmIChzdGF0dXMua2luZCA9PT0gJ2ZpbmlzaGVkJykge1xuICAgIHByb2Nlc3Muc3RkZXJyLndyaXRlKGBydW4gJHtydW5JZC5zbGljZSgwLCAxNil9IGZpbmlzaGVkIGVhcmxpZXI6IGFuc3dlcmVkIGZyb20gdGhlIHN0b3JlIGluICR7ZGF0YURpcn0gKG5vIGV4ZWN1dG9yIGlzIGFza2VkLCBub3RoaW5nIG1vcmUgaXMgcGFpZCk7IGl0IHdhcyBleGVjdXRlZCBieSAke3N0YXR1cy5leGVjdXRvcnMuam9pbignLCAnKSB8fCAnKHVua25vd24pJ30ke3N0YXR1cy5pbnNlY3VyZSA/ICcgb24gYSBzaW11bGF0ZWQgVEVFIChJTlNFQ1VSRSknIDogc3RhdHVzLmluc2VjdXJlID09PSB1bmRlZmluZWQgPyAnICh3aGV0aGVyIGl0cyBURUUgd2FzIHNpbXVsYXRlZCB3YXMgbm90IHJlY29yZGVkKScgOiAnJ307IGl0IGNvc3QgJHtzcGVudFRleHQoc3RhdHVzLnNwZW50KX1cXG5gKTtcbiAgfSBlbHNlIGlmIChzdGF0dXMua2luZCA9PT0gJ3Jlc3VtZWQnKSB7XG4gICAgcHJvY2Vzcy5zdGRlcnIud3JpdGUoYHJlc3VtaW5nIHJ1biAke3J1bklkLnNsaWNlKDAsIDE2KX0gZnJvbSB0aGUgc3RvcmUgaW4gJHtkYXRhRGlyfTogJHtzdGF0dXMucm91bmRzUGFpZH0gcm91bmRzIHBhaWQgZWFybGllciAoJHtzcGVudFRleHQoc3RhdHVzLnNwZW50KX0pLCBjb250aW51aW5nIGZyb20gcm91bmQgJHtzdGF0dXMucm91bmRzUGFpZH1cXG5gKTtcbiAgfVxuICB0cnkge1xuICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHJ1bkxpZmUoe1xuICAgICAgY2hhaW46IGNsaWVudCxcbiAgICAgIGRhdGFEaXIsXG4gICAgICAuLi5yZXF1ZXN0ZXJTZXR0aW5nc09mKG9wdGlvbnMpLFxuICAgICAgb25Qcm9ncmVzczogKHByb2dyZXNzKSA9PiB7XG4gICAgICAgIGJhci51cGRhdGUocHJvZ3Jlc3MpO1xuICAgICAgICB3YXRjaD8udXBkYXRlKHByb2dyZXNzKTtcbiAgICAgIH0sXG4gICAgICBsb2c6IChsaW5lKSA9PiBiYXIubm90ZShsaW5lKSxcbiAgICAgIGxpZmU6IHsgcGF0dGVybiwgd2lkdGg6IG9wdGlvbnMud2lkdGgsIGhlaWdodDogb3B0aW9ucy5oZWlnaHQsIGN5Y2xlczogb3B0aW9ucy5jeWNsZXMsIHBlclJvdW5kOiBvcHRpb25zLnBlclJvdW5kLCBleGVjdXRvcnM6IG9wdGlvbnMuZXhlY3V0b3IgfSxcbiAgICB9LCBmYXVsdHMpO1xuICAgIGJhci5kb25lKCk7XG4gICAgd2F0Y2g/LmZpbmlzaGVkKCk7XG4gICAgd3JpdGVGaWxlU3luYyhvcHRpb25zLm91dCwgd3JpdGVQYXR0ZXJuRmlsZShvcHRpb25zLm91dCwgcmVzdWx0LmZpbmFsUGF0dGVybikpO1xuICAgIGNvbnN0IGZyb21TdG9yZSA9IHN0YXR1cy5raW5kID09PSAnZmluaXNoZWQnO1xuICAgIGNvbnN0IGluc2VjdXJlID0gZnJvbVN0b3JlID8gcmVzdWx0Lmluc2VjdXJlIHx8IHN0YXR1cy5pbnNlY3VyZSAhPT0gZmFsc2UgOiByZXN1bHQuaW5zZWN1cmU7XG4gICAgY29uc3QgZXhlY3V0b3JzID0gZnJvbVN0b3JlID8gc3RhdHVzLmV4ZWN1dG9ycyA6IFsuLi5uZXcgU2V0KHJlc3VsdC5zZXNzaW9ucy5tYXAoKHNlc3Npb24pID0+IHNlc3Npb24udXJsKSldO1xuICAgIGlmICghZnJvbVN0b3JlKSB3cml0ZVJ1blJlY29yZChkYXRhRGlyLCB7IHJ1bklkLCBleGVjdXRvcnMsIGluc2VjdXJlLCBvdXQ6IHJlc29sdmUob3B0aW9ucy5vdXQpLCBmaW5pc2hlZEF0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksIC4uLihyZXN1bHQudG9rZW4gPT09IHVuZGVmaW5lZCA/IHt9IDogeyB0b2tlbjogcmVzdWx0LnRva2VuIH0pLCBzcGVudDogcmVzdWx0LnJ1blNwZW50LnRvU3RyaW5nKCkgfSk7XG4gICAgaWYgKGluc2VjdXJlKSBwcm9jZXNzLnN0ZGVyci53cml0ZSgnSU5TRUNVUkU6IHRoZSBydW4gdXNlZCB0aGUgc2ltdWxhdGVkIFRFRVxcbicpO1xuICAgIGlmIChvcHRpb25zLmpzb24pIHByb2Nlc3Muc3Rkb3V0LndyaXRlKGAke3NhZmVKc29uKHsgLi4uc3VtbWFyeShyZXN1bHQsIG9wdGlvbnMub3V0KSwgaW5zZWN1cmUsIGZyb21TdG9yZSwgcmVzdW1lZDogc3RhdHVzLmtpbmQgPT09ICdyZXN1bWVkJywgZXhlY3V0b3JzLCAuLi4oc2VsZWN0aW9uID09PSB1bmRlZmluZWQgPyB7fSA6IHsgc2VsZWN0aW9uOiBzZWxlY3Rpb24uZG9jdW1lbnQsIHNraXBwZWQ6IHNlbGVjdGlvbi5za2lwcGVkIH0pIH0pfVxcbmApO1xuICAgIGVsc2UgcHJvY2Vzcy5zdGRvdXQud3JpdGUoYCR7cmVzdWx0LnJvdW5kc30gcm91bmRzLCAke3Jlc3VsdC5jeWNsZXNEb25lfSBnZW5lcmF0aW9ucyR7cmVzdWx0LnRlcm1pbmF0ZWQgPyAnICh0aGUgcGF0dGVybiBzdG9wcGVkIGNoYW5naW5nKScgOiAnJ30sICR7cmVzdWx0LnRyYW5zZmVyc30gdHJhbnNmZXJzLCBydW4gY29zdCAke3NwZW50VGV4dChyZXN1bHQucnVuU3BlbnQpfSR7ZnJvbVN0b3JlID8gJyAoZnJvbSB0aGUgc3RvcmUpJyA6ICcnfTsgZmluYWwgZ3JpZCBpbiAke29wdGlvbnMub3V0fVxcbmApO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHdhdGNoPy5maW5pc2hlZChlcnJvcik7XG4gICAgdGhyb3cgZXJyb3I7XG4gIH0gZmluYWxseSB7XG4gICAgYmFyLmRvbmUoKTtcbiAgICBhd2FpdCB3YXRjaFNlcnZlcj8uY2xvc2UoKTtcbiAgICBhd2FpdCBkZXZuZXQ/LnN0b3AoKTtcbiAgfVxufVxuXG4vKipcbiAqIFJlZnVzZXMgYW4gLS1vdXQgdGhhdCBjYW5ub3QgYmUgd3JpdHRlbiBiZWZvcmUgYW55IG1vbmV5IG1vdmVzOiBpdHMgZm9sZGVyIG11c3QgZXhpc3QgYW5kIGJlXG4gKiB3cml0YWJsZSwgYW5kIGFuIGV4aXN0aW5nIGZpbGUgdGhlcmUgbXVzdCBiZSB3cml0YWJsZSAoaXQgaXMgcmVwbGFjZWQgYXQgdGhlIGVuZCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja091dHB1dChvdXQ6IHN0cmluZywgZmxhZyA9ICctLW91dCcpOiB2b2lkIHtcbiAgY29uc3QgcGF0aCA9IHJlc29sdmUob3V0KTtcbiAgY29uc3QgZm9sZGVyID0gZGlybmFtZShwYXRoKTtcbiAgY29uc3QgcmVmdXNlID0gKHdoeTogc3RyaW5nLCBjYXVzZT86IHVua25vd24pID0+IG5ldyBBaXJ0bnRFcnJvcignT1VUUFVUX05PVF9XUklUQUJMRScsIGBjYW5ub3Qgd3JpdGUgJHtmbGFnfSAke291dH06ICR7d2h5fWAsIHtcbiAgICBkZXRhaWxzOiB7IG91dDogcGF0aCB9LFxuICAgIGhpbnQ6IGBjcmVhdGUgdGhlIGZvbGRlciBvciBjaG9vc2UgYW5vdGhlciAke2ZsYWd9OyBub3RoaW5nIHdhcyBwYWlkYCxcbiAgICAuLi4oY2F1c2UgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBjYXVzZSB9KSxcbiAgfSk7XG4gIGxldCBzdGF0cztcbiAgdHJ5IHtcbiAgICBzdGF0cyA9IHN0YXRTeW5jKGZvbGRlcik7XG4gIH0gY2F0Y2ggKGNhdXNlKSB7XG4gICAgdGhyb3cgcmVmdXNlKGB0aGUgZm9sZGVyICR7Zm9sZGVyfSBkb2VzIG5vdCBleGlzdGAsIGNhdXNlKTtcbiAgfVxuICBpZiAoIXN0YXRzLmlzRGlyZWN0b3J5KCkpIHRocm93IHJlZnVzZShgJHtmb2xkZXJ9IGlzIG5vdCBhIGZvbGRlcmApO1xuICB0cnkge1xuICAgIGFjY2Vzc1N5bmMoZm9sZGVyLCBjb25zdGFudHMuV19PSyk7XG4gIH0gY2F0Y2ggKGNhdXNlKSB7XG4gICAgdGhyb3cgcmVmdXNlKGB0aGUgZm9sZGVyICR7Zm9sZGVyfSBpcyBub3Qgd3JpdGFibGVgLCBjYXVzZSk7XG4gIH1cbiAgaWYgKGV4aXN0c1N5bmMocGF0aCkpIHtcbiAgICBpZiAoc3RhdFN5bmMocGF0aCkuaXNEaXJlY3RvcnkoKSkgdGhyb3cgcmVmdXNlKCdpdCBpcyBhIGZvbGRlcicpO1xuICAgIHRyeSB7XG4gICAgICBhY2Nlc3NTeW5jKHBhdGgsIGNvbnN0YW50cy5XX09LKTtcbiAgICB9IGNhdGNoIChjYXVzZSkge1xuICAgICAgdGhyb3cgcmVmdXNlKCd0aGUgZmlsZSBleGlzdHMgYW5kIGlzIG5vdCB3cml0YWJsZScsIGNhdXNlKTtcbiAgICB9XG4gIH1cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHN1bW1hcnkocmVzdWx0OiBSdW5SZXN1bHQsIG91dDogc3RyaW5nKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICByZXR1cm4ge1xuICAgIG9rOiB0cnVlLFxuICAgIHJ1bklkOiByZXN1bHQucnVuSWQsXG4gICAgb3V0LFxuICAgIHJvdW5kczogcmVzdWx0LnJvdW5kcyxcbiAgICBjeWNsZXNEb25lOiByZXN1bHQuY3ljbGVzRG9uZSxcbiAgICB0ZXJtaW5hdGVkOiByZXN1bHQudGVybWluYXRlZCxcbiAgICB0cmFuc2ZlcnM6IHJlc3VsdC50cmFuc2ZlcnMsXG4gICAgcGFpZDogcmVzdWx0LnBhaWQsXG4gICAgcnVuU3BlbnQ6IHJlc3VsdC5ydW5TcGVudCxcbiAgICBtYXhTcGVuZDogcmVzdWx0Lm1heFNwZW5kLFxuICAgIHRva2VuOiByZXN1bHQudG9rZW4sXG4gICAgd2FpdHM6IHJlc3VsdC53YWl0cyxcbiAgICBieXRlc1NlbnQ6IHJlc3VsdC5ieXRlc1NlbnQsXG4gICAgYnl0ZXNSZWNlaXZlZDogcmVzdWx0LmJ5dGVzUmVjZWl2ZWQsXG4gICAgaW5mb0J5dGVzOiByZXN1bHQuaW5mb0J5dGVzLFxuICAgIHRpbWluZ3M6IHJlc3VsdC50aW1pbmdzLFxuICAgIGluc2VjdXJlOiByZXN1bHQuaW5zZWN1cmUsXG4gICAgc2Vzc2lvbnM6IHJlc3VsdC5zZXNzaW9ucyxcbiAgICBmYWlsdXJlczogcmVzdWx0LmZhaWx1cmVzLFxuICB9O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBS0EsU0FBUyw0QkFBMEM7QUFDbkQsU0FBUyxZQUFZLFdBQVcsWUFBWSxjQUFjLFVBQVUscUJBQXFCO0FBQ3pGLFNBQVMsU0FBUyxlQUFlO0FBSWpDLFNBQVMsYUFBYSxnQkFBZ0I7QUFDdEMsU0FBUyx1QkFBdUI7QUFFaEMsU0FBUyxlQUFlO0FBQ3hCLFNBQVMsbUJBQW1CO0FBRzVCLFNBQVMsa0JBQWtCLFNBQVMsZ0JBQW9DO0FBQ3hFLFNBQVMsaUJBQWlCO0FBQzFCLFNBQVMsV0FBVyxtQkFBbUI7QUFLdkMsSUFBSTtBQUNKLElBQUk7QUFDSixJQUFJO0FBQ0osSUFBSTtBQUNKLElBQUk7QUFDSixJQUFJO0FBQ0osSUFBSTtBQUNKLElBQUk7QUFDSixJQUFJO0FBQ0osSUFBSTtBQUNKLElBQUk7QUFDSixJQUFJO0FBQ0osSUFBSTtBQUNKLElBQUk7QUFFSixlQUFlLHNCQUFxQztBQUNsRCxRQUFNLENBQUMsTUFBTSxVQUFVLFdBQVcsT0FBTyxPQUFPLFVBQVUsT0FBTyxJQUFJLE1BQU0sUUFBUSxJQUFJO0FBQUEsSUFDckYsT0FBTyx5QkFBeUI7QUFBQSxJQUNoQyxPQUFPLG9CQUFvQjtBQUFBLElBQzNCLE9BQU8seUJBQXlCO0FBQUEsSUFDaEMsT0FBTywrQkFBK0I7QUFBQSxJQUN0QyxPQUFPLHFCQUFxQjtBQUFBLElBQzVCLE9BQU8sZ0JBQWdCO0FBQUEsSUFDdkIsT0FBTyxtQkFBbUI7QUFBQSxFQUM1QixDQUFDO0FBQ0QsR0FBQyxFQUFFLGlCQUFpQixrQkFBa0IsaUJBQWlCLElBQUk7QUFDM0QsR0FBQyxFQUFFLGlCQUFpQixRQUFRLElBQUk7QUFDaEMsR0FBQyxFQUFFLFdBQVcsUUFBUSxJQUFJO0FBQzFCLEdBQUMsRUFBRSxVQUFVLGlCQUFpQixJQUFJO0FBQ2xDLEdBQUMsRUFBRSxhQUFhLElBQUk7QUFDcEIsR0FBQyxFQUFFLGFBQWEsWUFBWSxJQUFJO0FBQ2hDLEdBQUMsRUFBRSxXQUFXLGVBQWUsSUFBSTtBQUNuQztBQUNBLFNBQVMsc0JBQXNCO0FBQy9CLFNBQVMsdUJBQXVCO0FBc0J6QixTQUFTLG9CQUFvQixTQUF5QztBQUMzRSxTQUFPO0FBQUEsSUFDTCxRQUFRLFNBQVMsT0FBTztBQUFBLElBQ3hCLEdBQUksUUFBUSxxQkFBcUIsU0FBWSxDQUFDLElBQUksRUFBRSxrQkFBa0IsUUFBUSxpQkFBaUI7QUFBQSxJQUMvRixHQUFJLFFBQVEscUJBQXFCLEVBQUUsb0JBQW9CLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFDakUsR0FBSSxRQUFRLFVBQVUsU0FBWSxDQUFDLElBQUksRUFBRSxPQUFPLFFBQVEsTUFBTTtBQUFBLElBQzlELEdBQUksUUFBUSxhQUFhLFNBQVksQ0FBQyxJQUFJLEVBQUUsVUFBVSxRQUFRLFNBQVM7QUFBQSxJQUN2RSxHQUFJLFFBQVEsZUFBZSxTQUFZLENBQUMsSUFBSSxFQUFFLFlBQVksUUFBUSxXQUFXO0FBQUEsSUFDN0UsZUFBZSxRQUFRO0FBQUEsSUFDdkIsZ0JBQWdCLFFBQVE7QUFBQSxJQUN4QixHQUFJLFFBQVEsVUFBVSxTQUFZLENBQUMsSUFBSSxFQUFFLE9BQU8sUUFBUSxRQUFRLEtBQUssRUFBRTtBQUFBLElBQ3ZFLFVBQVUsRUFBRSxVQUFVLFFBQVEsaUJBQWlCLE9BQU8sUUFBUSxjQUFjLGdCQUFnQixRQUFRLGVBQWU7QUFBQSxFQUNySDtBQUNGO0FBbUJPLFNBQVMsYUFBYSxPQUE4QjtBQUN6RCxNQUFJLENBQUMsc0JBQXNCLEtBQUssS0FBSyxFQUFHLE9BQU0sSUFBSSxxQkFBcUIseURBQXlELEtBQUssR0FBRztBQUN4SSxTQUFPO0FBQ1Q7QUFRTyxTQUFTLG9CQUFvQixTQUEyQjtBQUM3RCxVQUFRLE9BQU8sb0JBQW9CLDBNQUEwTTtBQUM3TyxTQUFPLGdCQUFnQixpQkFBaUIsT0FBTyxDQUFDO0FBQ2xEO0FBSU8sU0FBUyxrQkFBa0IsU0FBMkI7QUFDM0QsU0FBTyxRQUNKLE9BQU8scUJBQXFCLGtGQUFrRixZQUFZLEVBQzFILE9BQU8sa0NBQWtDLDBOQUEyTixTQUFTLEVBQzdRLE9BQU8sd0JBQXdCLHdKQUF5SixTQUFTLEVBQ2pNLE9BQU8sMEJBQTBCLHVIQUF3SCxTQUFTLEVBQ2xLLE9BQU8sMEJBQTBCLCtMQUFnTSxFQUNqTyxPQUFPLHdCQUF3QiwwRkFBMEYsUUFBUSxHQUFHLEdBQVMsR0FBRyxHQUFHLEVBQ25KLE9BQU8seUJBQXlCLDRDQUE0QyxRQUFRLElBQUksTUFBTSxLQUFLLElBQUksR0FBRyxJQUFJLEVBQzlHLE9BQU8sNEJBQTRCLHFDQUFxQyxRQUFRLEtBQUssSUFBUyxHQUFHLEdBQU0sRUFDdkcsT0FBTyx5QkFBeUIsMkNBQTJDLFFBQVEsS0FBSyxJQUFTLEdBQUcsR0FBTSxFQUMxRyxPQUFPLDRCQUE0Qix5Q0FBeUMsUUFBUSxHQUFHLElBQVMsR0FBRyxJQUFNLEVBQ3pHLE9BQU8sbUJBQW1CLG9GQUFvRjtBQUNuSDtBQU1PLFNBQVMsWUFBWSxTQUFrQixXQUF5QyxDQUFDLEdBQVM7QUFDL0YsUUFBTSxNQUFNLFFBQVEsUUFBUSxLQUFLLEVBQUUsWUFBWSx5REFBeUQ7QUFDeEcsUUFBTSxPQUFPLElBQ1YsUUFBUSxNQUFNLEVBQ2QsWUFBWSxtQ0FBbUMsRUFDL0MsZUFBZSxvQkFBb0IsNkRBQTZELEVBQ2hHLGVBQWUsZUFBZSxjQUFjLFFBQVEsR0FBRyxJQUFJLENBQUMsRUFDNUQsZUFBZSxnQkFBZ0IsZUFBZSxRQUFRLEdBQUcsSUFBSSxDQUFDLEVBQzlELGVBQWUsZ0JBQWdCLHdCQUF3QixRQUFRLEdBQUcsR0FBVyxDQUFDLEVBQzlFLGVBQWUsbUJBQW1CLDhCQUE4QixRQUFRLEdBQUcsVUFBVyxDQUFDLEVBQ3ZGLE9BQU8sb0JBQW9CLHVFQUF1RSxRQUFRLFdBQVcsQ0FBQyxFQUN0SCxPQUFPLDZCQUE2Qix1R0FBdUcsRUFDM0ksT0FBTyxxQkFBcUIsK0RBQStELEVBQzNGLGVBQWUsZ0JBQWdCLGdEQUFnRCxFQUMvRSxPQUFPLFVBQVUsa0RBQWtELEVBQ25FLE9BQU8sV0FBVyxnSUFBaUksRUFDbkosT0FBTyx1QkFBdUIsa0RBQWtELFFBQVEsR0FBRyxLQUFLLENBQUM7QUFDcEcsb0JBQWtCLElBQUk7QUFDdEIsc0JBQW9CLElBQUk7QUFDeEIsT0FBSyxPQUFPLE9BQU8sWUFBeUI7QUFDMUMsVUFBTSxvQkFBb0I7QUFDMUIsVUFBTSxlQUFlLFNBQVMsU0FBUyxNQUFNO0FBQUEsRUFDL0MsQ0FBQztBQUVELGtCQUFnQixLQUFLLFFBQVE7QUFDN0IsaUJBQWUsS0FBSyxRQUFRO0FBRTVCLFFBQU0sVUFBVSxJQUFJLFFBQVEsU0FBUyxFQUFFLFlBQVksK0RBQStEO0FBQ2xILHNCQUFvQixPQUFPO0FBQzNCLFVBQVEsT0FBTyxVQUFVLHVCQUF1QixFQUFFLE9BQU8sT0FBTyxZQUFnRDtBQUM5RyxVQUFNLG9CQUFvQjtBQUMxQixVQUFNLFVBQVUsVUFBVSxRQUFRLFNBQVMsV0FBVztBQUN0RCxnQkFBWSxPQUFPO0FBQ25CLFVBQU0sRUFBRSxRQUFRLE9BQU8sSUFBSSxNQUFNLGFBQWEsU0FBUyxFQUFFLHFCQUFxQixDQUFDLGdCQUFnQixPQUFPLEVBQUUsR0FBRyxRQUFRLENBQUM7QUFDcEgsVUFBTSxZQUFZLElBQUksVUFBVSxFQUFFLE9BQU8sUUFBUSxTQUFTLFFBQVEsU0FBUyxPQUFPLEVBQUUsQ0FBQztBQUNyRixRQUFJO0FBQ0YsWUFBTSxTQUFTLE1BQU0sVUFBVSxRQUFRO0FBQ3ZDLFVBQUksUUFBUSxLQUFNLFNBQVEsT0FBTyxNQUFNLEdBQUcsU0FBUyxFQUFFLElBQUksTUFBTSxHQUFHLE9BQU8sQ0FBQyxDQUFDO0FBQUEsQ0FBSTtBQUFBLFVBQzFFLFNBQVEsT0FBTyxNQUFNLG1CQUFtQixPQUFPLGNBQWMsTUFBTSxvQkFBb0IsT0FBTyxhQUFhLE1BQU0sd0JBQXdCLE9BQU8sU0FBUyxNQUFNO0FBQUEsQ0FBSTtBQUFBLElBQzFLLFVBQUU7QUFDQSxnQkFBVSxNQUFNO0FBQ2hCLFlBQU0sUUFBUSxLQUFLO0FBQUEsSUFDckI7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUVPLFNBQVMsUUFBUSxNQUFzQjtBQUM1QyxNQUFJO0FBQ0YsV0FBTyxhQUFhLE1BQU0sTUFBTTtBQUFBLEVBQ2xDLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxZQUFZLHVCQUF1QixlQUFlLElBQUksSUFBSSxFQUFFLE1BQU0sQ0FBQztBQUFBLEVBQy9FO0FBQ0Y7QUFFQSxlQUFlLGVBQWUsU0FBc0IsUUFBb0Q7QUFDdEcsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPLGFBQWEsUUFBUSxTQUFTLE1BQU07QUFBQSxFQUM3QyxTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksWUFBWSxzQkFBc0IsZUFBZSxRQUFRLE9BQU8sSUFBSSxFQUFFLE1BQU0sQ0FBQztBQUFBLEVBQ3pGO0FBQ0EsUUFBTSxVQUFVLGlCQUFpQixRQUFRLFNBQVMsSUFBSTtBQUN0RCxNQUFJLFFBQVEsZUFBZ0IsU0FBUSxPQUFPLE1BQU0sNkZBQTZGO0FBQzlJLE1BQUksUUFBUSxXQUFZLFNBQVEsT0FBTyxNQUFNLDBGQUEwRjtBQUN2SSxNQUFJLFFBQVEsbUJBQW9CLFNBQVEsT0FBTyxNQUFNLDJKQUEySjtBQUNoTixjQUFZLFFBQVEsR0FBRztBQUN2QixRQUFNLFVBQVUsVUFBVSxRQUFRLFNBQVMsV0FBVztBQUN0RCxjQUFZLE9BQU87QUFDbkIsUUFBTSxFQUFFLFFBQVEsT0FBTyxJQUFJLE1BQU0sYUFBYSxTQUFTLEVBQUUscUJBQXFCLENBQUMsWUFBWSxHQUFHLFFBQVEsQ0FBQztBQUN2RyxRQUFNLEVBQUUsc0JBQXNCLElBQUksTUFBTSxPQUFPLG1DQUFtQztBQUNsRixRQUFNLFlBQVksTUFBTSxzQkFBc0IsUUFBUSxTQUFTLFNBQVMsT0FBTyxDQUFDO0FBQ2hGLFFBQU0sTUFBTSxJQUFJLFlBQVksUUFBUSxLQUFLO0FBQ3pDLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSSxRQUFRLE9BQU87QUFDakIsWUFBUSxJQUFJLFNBQVMsRUFBRSxNQUFNLFFBQVEsYUFBYSxRQUFRLFFBQVEsVUFBVSxRQUFRLFVBQVUsR0FBSSxRQUFRLFFBQVEsRUFBRSxPQUFPLFFBQVEsTUFBTSxJQUFJLENBQUMsRUFBRyxDQUFDO0FBQ2xKLFVBQU0sYUFBYSxnQkFBZ0IsUUFBUSxPQUFPLFFBQVEsUUFBUSxPQUFPLENBQUM7QUFDMUUsa0JBQWMsTUFBTSxpQkFBaUIsT0FBTyxFQUFFLE1BQU0sUUFBUSxhQUFhLEVBQUUsQ0FBQztBQUU1RSxZQUFRLE9BQU8sTUFBTSxxQkFBcUIsWUFBWSxHQUFHLFVBQVUsWUFBWSxLQUFLO0FBQUEsQ0FBSTtBQUFBLEVBQzFGO0FBQ0EsUUFBTSxRQUFRLFFBQVEsRUFBRSxxQkFBcUIsTUFBTSxnQkFBZ0IsR0FBRyxjQUFjLGdCQUFnQixRQUFRLE9BQU8sUUFBUSxRQUFRLE9BQU8sR0FBRyxhQUFhLFFBQVEsUUFBUSxVQUFVLFFBQVEsU0FBUyxDQUFDO0FBQ3RNLFFBQU0sU0FBUyxVQUFVLFNBQVMsS0FBSztBQUN2QyxRQUFNLFlBQVksQ0FBQyxVQUFrQixZQUFZLE9BQU8sUUFBUSxLQUFLO0FBQ3JFLE1BQUksT0FBTyxTQUFTLFlBQVk7QUFDOUIsWUFBUSxPQUFPLE1BQU0sT0FBTyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsaURBQWlELE9BQU8scUVBQXFFLE9BQU8sVUFBVSxLQUFLLElBQUksS0FBSyxXQUFXLEdBQUcsT0FBTyxXQUFXLG1DQUFtQyxPQUFPLGFBQWEsU0FBWSxzREFBc0QsRUFBRSxhQUFhLFVBQVUsT0FBTyxLQUFLLENBQUM7QUFBQSxDQUFJO0FBQUEsRUFDL1ksV0FBVyxPQUFPLFNBQVMsV0FBVztBQUNwQyxZQUFRLE9BQU8sTUFBTSxnQkFBZ0IsTUFBTSxNQUFNLEdBQUcsRUFBRSxDQUFDLHNCQUFzQixPQUFPLEtBQUssT0FBTyxVQUFVLHlCQUF5QixVQUFVLE9BQU8sS0FBSyxDQUFDLDRCQUE0QixPQUFPLFVBQVU7QUFBQSxDQUFJO0FBQUEsRUFDN007QUFDQSxNQUFJO0FBQ0YsVUFBTSxTQUFTLE1BQU0sUUFBUTtBQUFBLE1BQzNCLE9BQU87QUFBQSxNQUNQO0FBQUEsTUFDQSxHQUFHLG9CQUFvQixPQUFPO0FBQUEsTUFDOUIsWUFBWSxDQUFDLGFBQWE7QUFDeEIsWUFBSSxPQUFPLFFBQVE7QUFDbkIsZUFBTyxPQUFPLFFBQVE7QUFBQSxNQUN4QjtBQUFBLE1BQ0EsS0FBSyxDQUFDLFNBQVMsSUFBSSxLQUFLLElBQUk7QUFBQSxNQUM1QixNQUFNLEVBQUUsU0FBUyxPQUFPLFFBQVEsT0FBTyxRQUFRLFFBQVEsUUFBUSxRQUFRLFFBQVEsUUFBUSxVQUFVLFFBQVEsVUFBVSxXQUFXLFFBQVEsU0FBUztBQUFBLElBQ2pKLEdBQUcsTUFBTTtBQUNULFFBQUksS0FBSztBQUNULFdBQU8sU0FBUztBQUNoQixrQkFBYyxRQUFRLEtBQUssaUJBQWlCLFFBQVEsS0FBSyxPQUFPLFlBQVksQ0FBQztBQUM3RSxVQUFNLFlBQVksT0FBTyxTQUFTO0FBQ2xDLFVBQU0sV0FBVyxZQUFZLE9BQU8sWUFBWSxPQUFPLGFBQWEsUUFBUSxPQUFPO0FBQ25GLFVBQU0sWUFBWSxZQUFZLE9BQU8sWUFBWSxDQUFDLEdBQUcsSUFBSSxJQUFJLE9BQU8sU0FBUyxJQUFJLENBQUMsWUFBWSxRQUFRLEdBQUcsQ0FBQyxDQUFDO0FBQzNHLFFBQUksQ0FBQyxVQUFXLGdCQUFlLFNBQVMsRUFBRSxPQUFPLFdBQVcsVUFBVSxLQUFLLFFBQVEsUUFBUSxHQUFHLEdBQUcsYUFBWSxvQkFBSSxLQUFLLEdBQUUsWUFBWSxHQUFHLEdBQUksT0FBTyxVQUFVLFNBQVksQ0FBQyxJQUFJLEVBQUUsT0FBTyxPQUFPLE1BQU0sR0FBSSxPQUFPLE9BQU8sU0FBUyxTQUFTLEVBQUUsQ0FBQztBQUMxTyxRQUFJLFNBQVUsU0FBUSxPQUFPLE1BQU0sNENBQTRDO0FBQy9FLFFBQUksUUFBUSxLQUFNLFNBQVEsT0FBTyxNQUFNLEdBQUcsU0FBUyxFQUFFLEdBQUcsUUFBUSxRQUFRLFFBQVEsR0FBRyxHQUFHLFVBQVUsV0FBVyxTQUFTLE9BQU8sU0FBUyxXQUFXLFdBQVcsR0FBSSxjQUFjLFNBQVksQ0FBQyxJQUFJLEVBQUUsV0FBVyxVQUFVLFVBQVUsU0FBUyxVQUFVLFFBQVEsRUFBRyxDQUFDLENBQUM7QUFBQSxDQUFJO0FBQUEsUUFDN1AsU0FBUSxPQUFPLE1BQU0sR0FBRyxPQUFPLE1BQU0sWUFBWSxPQUFPLFVBQVUsZUFBZSxPQUFPLGFBQWEsb0NBQW9DLEVBQUUsS0FBSyxPQUFPLFNBQVMsd0JBQXdCLFVBQVUsT0FBTyxRQUFRLENBQUMsR0FBRyxZQUFZLHNCQUFzQixFQUFFLG1CQUFtQixRQUFRLEdBQUc7QUFBQSxDQUFJO0FBQUEsRUFDbFMsU0FBUyxPQUFPO0FBQ2QsV0FBTyxTQUFTLEtBQUs7QUFDckIsVUFBTTtBQUFBLEVBQ1IsVUFBRTtBQUNBLFFBQUksS0FBSztBQUNULFVBQU0sYUFBYSxNQUFNO0FBQ3pCLFVBQU0sUUFBUSxLQUFLO0FBQUEsRUFDckI7QUFDRjtBQU1PLFNBQVMsWUFBWSxLQUFhLE9BQU8sU0FBZTtBQUM3RCxRQUFNLE9BQU8sUUFBUSxHQUFHO0FBQ3hCLFFBQU0sU0FBUyxRQUFRLElBQUk7QUFDM0IsUUFBTSxTQUFTLENBQUMsS0FBYSxVQUFvQixJQUFJLFlBQVksdUJBQXVCLGdCQUFnQixJQUFJLElBQUksR0FBRyxLQUFLLEdBQUcsSUFBSTtBQUFBLElBQzdILFNBQVMsRUFBRSxLQUFLLEtBQUs7QUFBQSxJQUNyQixNQUFNLHVDQUF1QyxJQUFJO0FBQUEsSUFDakQsR0FBSSxVQUFVLFNBQVksQ0FBQyxJQUFJLEVBQUUsTUFBTTtBQUFBLEVBQ3pDLENBQUM7QUFDRCxNQUFJO0FBQ0osTUFBSTtBQUNGLFlBQVEsU0FBUyxNQUFNO0FBQUEsRUFDekIsU0FBUyxPQUFPO0FBQ2QsVUFBTSxPQUFPLGNBQWMsTUFBTSxtQkFBbUIsS0FBSztBQUFBLEVBQzNEO0FBQ0EsTUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFHLE9BQU0sT0FBTyxHQUFHLE1BQU0sa0JBQWtCO0FBQ2xFLE1BQUk7QUFDRixlQUFXLFFBQVEsVUFBVSxJQUFJO0FBQUEsRUFDbkMsU0FBUyxPQUFPO0FBQ2QsVUFBTSxPQUFPLGNBQWMsTUFBTSxvQkFBb0IsS0FBSztBQUFBLEVBQzVEO0FBQ0EsTUFBSSxXQUFXLElBQUksR0FBRztBQUNwQixRQUFJLFNBQVMsSUFBSSxFQUFFLFlBQVksRUFBRyxPQUFNLE9BQU8sZ0JBQWdCO0FBQy9ELFFBQUk7QUFDRixpQkFBVyxNQUFNLFVBQVUsSUFBSTtBQUFBLElBQ2pDLFNBQVMsT0FBTztBQUNkLFlBQU0sT0FBTyx1Q0FBdUMsS0FBSztBQUFBLElBQzNEO0FBQUEsRUFDRjtBQUNGO0FBRU8sU0FBUyxRQUFRLFFBQW1CLEtBQXNDO0FBQy9FLFNBQU87QUFBQSxJQUNMLElBQUk7QUFBQSxJQUNKLE9BQU8sT0FBTztBQUFBLElBQ2Q7QUFBQSxJQUNBLFFBQVEsT0FBTztBQUFBLElBQ2YsWUFBWSxPQUFPO0FBQUEsSUFDbkIsWUFBWSxPQUFPO0FBQUEsSUFDbkIsV0FBVyxPQUFPO0FBQUEsSUFDbEIsTUFBTSxPQUFPO0FBQUEsSUFDYixVQUFVLE9BQU87QUFBQSxJQUNqQixVQUFVLE9BQU87QUFBQSxJQUNqQixPQUFPLE9BQU87QUFBQSxJQUNkLE9BQU8sT0FBTztBQUFBLElBQ2QsV0FBVyxPQUFPO0FBQUEsSUFDbEIsZUFBZSxPQUFPO0FBQUEsSUFDdEIsV0FBVyxPQUFPO0FBQUEsSUFDbEIsU0FBUyxPQUFPO0FBQUEsSUFDaEIsVUFBVSxPQUFPO0FBQUEsSUFDakIsVUFBVSxPQUFPO0FBQUEsSUFDakIsVUFBVSxPQUFPO0FBQUEsRUFDbkI7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
