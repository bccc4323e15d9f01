import { AirtntError } from "../../util/errors.js";
let formatEther;
let startDevnet;
let TEST_TOKEN_GRANT;
let checkPortFree;
async function loadDependencies() {
  const [m0, m1, m2] = await Promise.all([
    import("viem"),
    import("../../chain/devnet.js"),
    import("../../util/net.js")
  ]);
  ({ formatEther } = m0);
  ({ startDevnet, TEST_TOKEN_GRANT } = m1);
  ({ checkPortFree } = m2);
}
function registerDevnet(program) {
  program.command("devnet").description("start a local development chain (anvil) with the channels contract and a test token deployed").option("--port <n>", "loopback port (default: a free one)").option("--accounts <n>", "funded development accounts", "10").option("--executors <n>", "also start this many executors (simulated TEE, any function accepted), each on its own funded account: the last n accounts; the others stay free for requesters").option("--json", "print the chain details as one JSON line").option("--verbose", "show anvil's own log").option("--verifiers <n>", "also deploy an AirtntRegistry with n verifier nodes running here (a block every second); with --executors, every executor joins and is admitted before the devnet is printed").option("--epoch-seconds <n>", "with --verifiers: registry epoch length", "20").action(async (options) => {
    await loadDependencies();
    const port = options.port === void 0 ? void 0 : parseInteger(options.port, "--port", 1, 65535);
    if (port !== void 0) await portFree(port);
    const accountCount = parseInteger(options.accounts, "--accounts", 2, 100);
    const executorCount = options.executors === void 0 ? 0 : parseInteger(options.executors, "--executors", 0, accountCount - 1);
    if (options.verifiers !== void 0 && executorCount + parseInteger(options.verifiers, "--verifiers", 1, 99) > accountCount - 1) {
      throw new AirtntError("INVALID_OPTION", "--executors plus --verifiers must leave the first account free (it deploys)", {
        details: { executors: executorCount, verifiers: options.verifiers, accounts: accountCount },
        hint: `raise --accounts to at least ${executorCount + Number(options.verifiers) + 2} (one more stays free for a requester)`
      });
    }
    const signalled = waitForSignal();
    const devnet = await startDevnet({
      ...port === void 0 ? {} : { port },
      accountCount,
      silent: !options.verbose,
      ...options.verifiers === void 0 ? {} : { blockTimeSeconds: 1 }
    });
    let executors;
    let network;
    let admitted;
    try {
      if (options.verifiers !== void 0) {
        const { startDevnetVerifiers } = await import("../../registry/devnet-verifiers.js");
        const verbose = (line) => options.verbose && console.error(line);
        network = await startDevnetVerifiers(devnet, parseInteger(options.verifiers, "--verifiers", 1, 99), BigInt(parseInteger(options.epochSeconds, "--epoch-seconds", 4, 86400)), verbose, executorCount);
      }
      if (executorCount > 0) {
        if (!options.json) console.error(`starting ${executorCount} executor(s)...`);
        executors = await Promise.race([
          (await import("../devnet-executors.js")).DevnetExecutors.start(devnet, executorCount, { verbose: options.verbose ?? false, log: (line) => console.error(line), ...network === void 0 ? {} : { registry: network.registry } }),
          signalled.then(() => void 0)
        ]);
      }
      if (executors !== void 0 || executorCount === 0) {
        if (network !== void 0 && executors !== void 0 && executors.executors.length > 0) {
          if (!options.json) console.error(`joining ${executorCount} executor(s) and waiting for their admission...`);
          admitted = await Promise.race([admitDevnetExecutors(devnet, network, executors.executors), signalled.then(() => void 0)]);
          if (admitted === void 0) return;
        }
        const running = executors?.executors ?? [];
        const registryPart = network === void 0 ? {} : { registry: network.registry, epochSeconds: Number(network.epochSeconds), verifiers: network.verifiers };
        console.log(options.json ? JSON.stringify({ ...summary(devnet, running, admitted, network?.verifiers.map((v) => v.address)), ...registryPart }) : `${describe(devnet, running, network?.verifiers.map((v) => v.address))}${network === void 0 ? "" : `
${describeNetwork(network, running, admitted)}`}`);
        await signalled;
      }
    } finally {
      await network?.stop();
      await executors?.stop();
      await devnet.stop();
    }
    if (!options.json) console.error("devnet stopped");
  });
}
async function admitDevnetExecutors(devnet, network, executors) {
  const [{ admitNetworkExecutors }, { createChainClient }] = await Promise.all([import("../../registry/devnet-network.js"), import("../../chain/client.js")]);
  const funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[0].privateKey, chainId: devnet.chainId });
  return admitNetworkExecutors(
    funder,
    network.registry,
    network.verifiers.map((v) => v.address),
    executors.map((e) => ({ url: e.url, privateKey: devnet.accounts[e.account].privateKey, dataDir: e.dataDir })),
    // Per phase: generous, a loaded machine runs the verifiers' polls and transactions slowly.
    3e5
  );
}
function describeNetwork(network, executors, admitted) {
  const lines = [
    "",
    `  registry   ${network.registry}   (AirtntRegistry, epochs of ${network.epochSeconds} s)`,
    `  verifiers (${network.verifiers.length}, in this process): ${network.verifiers.map((v) => `${v.address} ${v.url}`).join("\n    ")}`,
    ...admitted === void 0 ? ["  executors join with: airtnt executor join"] : [
      "  executors on the registry:",
      ...admitted.map((a, i) => `    ${executors[i].url}  ${a.node}  ${a.status} (a candidate from epoch ${a.activeEpoch})`),
      `  run on them: airtnt run life --pattern FILE --from-registry ${network.registry} --allow-simulated ... (the first run commits a task id; run again two epochs later)`
    ]
  ];
  return lines.join("\n");
}
function summary(devnet, executors, admitted, verifiers = []) {
  const verifierAccounts = new Set(verifiers.map((address) => address.toLowerCase()));
  const taken = /* @__PURE__ */ new Set([
    ...executors.map((executor) => executor.account),
    ...devnet.accounts.flatMap((account, index) => verifierAccounts.has(account.address.toLowerCase()) ? [index] : [])
  ]);
  return {
    rpcUrl: devnet.rpcUrl,
    chainId: devnet.chainId,
    channels: devnet.channels,
    token: devnet.token,
    accounts: devnet.accounts,
    ...executors.length === 0 ? {} : {
      executors: executors.map(({ url, address, pid, account }, i) => ({
        url,
        address,
        pid,
        account,
        ...admitted === void 0 ? {} : { registryStatus: admitted[i].status, activeEpoch: Number(admitted[i].activeEpoch) }
      })),
      // Indices into accounts: those no executor uses, free for requesters.
      requesterAccounts: devnet.accounts.map((_, index) => index).filter((index) => !taken.has(index))
    }
  };
}
function describe(devnet, executors, verifiers = []) {
  const byAccount = new Map(executors.map((executor) => [executor.account, executor]));
  const verifierAccounts = new Set(verifiers.map((address) => address.toLowerCase()));
  const lines = [
    `airtnt devnet (anvil, chain id ${devnet.chainId}): development keys only, never use them for real money`,
    `  rpc url    ${devnet.rpcUrl}`,
    `  channels   ${devnet.channels}   (AirtntChannels)`,
    `  token      ${devnet.token}   (test ERC-20, ${formatEther(TEST_TOKEN_GRANT)} per account, anyone can mint)`,
    "  accounts (10,000 ETH each):",
    ...devnet.accounts.map((a, i) => `    [${i}] ${a.address}  ${a.privateKey}${byAccount.has(i) ? `  (executor ${byAccount.get(i).url})` : verifierAccounts.has(a.address.toLowerCase()) ? "  (verifier)" : executors.length > 0 ? "  (free for requesters)" : ""}`),
    ...executors.length === 0 ? [] : [
      "",
      `  executors (simulated TEE, INSECURE; any function accepted):`,
      ...executors.map((e) => `    ${e.url}  ${e.address}  pid ${e.pid}`),
      `  run on them: airtnt run wasm MODULE.wasm --state FILE --cycles N --per-round M --allow-simulated ${executors.map((e) => `--executor ${e.url}`).join(" ")} --rpc-url ${devnet.rpcUrl} --channels ${devnet.channels} --private-key <a free key>`
    ],
    "",
    `  use: --rpc-url ${devnet.rpcUrl} --channels ${devnet.channels} --private-key <one of the ${executors.length > 0 ? "free " : ""}keys>`,
    "  stop with Ctrl-C"
  ];
  return lines.join("\n");
}
function waitForSignal() {
  return new Promise((resolve) => {
    const done = () => resolve();
    process.on("SIGINT", done);
    process.on("SIGTERM", done);
  });
}
async function portFree(port) {
  try {
    await checkPortFree(port);
  } catch (cause) {
    const code = cause.code;
    throw new AirtntError("PORT_IN_USE", code === "EADDRINUSE" ? `port ${port} on 127.0.0.1 is in use` : `cannot listen on port ${port} of 127.0.0.1 (${code ?? String(cause)})`, {
      details: { port },
      hint: "leave out --port to take a free one, or stop what listens there",
      cause
    });
  }
}
function parseInteger(value, name, min, max) {
  const parsed = Number(value);
  if (!/^[0-9]+$/.test(value) || parsed < min || parsed > max) {
    throw new AirtntError("INVALID_OPTION", `${name} must be an integer in [${min}, ${max}]`, { details: { [name]: value } });
  }
  return parsed;
}
export {
  registerDevnet
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9kZXZuZXQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogYGFpcnRudCBkZXZuZXRgOiBhIGRldmVsb3BtZW50IGNoYWluIChhbnZpbCBvbiBsb29wYmFjaykgd2l0aCBBaXJ0bnRDaGFubmVscyBhbmQgYSB0ZXN0IEVSQy0yMFxuICogZGVwbG95ZWQsIGFuZCB3aXRoIC0tZXhlY3V0b3JzIE4gYXMgbWFueSBleGVjdXRvciBwcm9jZXNzZXMgb24gaXQgKHNyYy9jbGkvZGV2bmV0LWV4ZWN1dG9ycy50cyk7IHdpdGhcbiAqIC0tdmVyaWZpZXJzIFYgYWxzbyBhIHJlZ2lzdHJ5IGFuZCBWIHZlcmlmaWVyIG5vZGVzLCBhbmQgdGhlbiBldmVyeSBleGVjdXRvciBqb2lucyBhbmQgaXMgYWRtaXR0ZWRcbiAqIChzcmMvcmVnaXN0cnkvZGV2bmV0LW5ldHdvcmsudHMpIGJlZm9yZSBhbnl0aGluZyBpcyBwcmludGVkOyBwcmludHMgdGhlIGFkZHJlc3NlcywgZnVuZGVkIGFjY291bnRzIGFuZFxuICogZWFjaCBleGVjdXRvcidzIHJlZ2lzdHJ5IHN0YXR1cywgYW5kIHN0b3BzIGV2ZXJ5dGhpbmcgY2xlYW5seSBvbiBTSUdJTlQvU0lHVEVSTS5cbiAqL1xuaW1wb3J0IHR5cGUgeyBDb21tYW5kIH0gZnJvbSAnY29tbWFuZGVyJztcbmltcG9ydCB0eXBlIHsgRGV2bmV0IH0gZnJvbSAnLi4vLi4vY2hhaW4vZGV2bmV0LmpzJztcbmltcG9ydCB7IEFpcnRudEVycm9yIH0gZnJvbSAnLi4vLi4vdXRpbC9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBBZG1pdHRlZEV4ZWN1dG9yIH0gZnJvbSAnLi4vLi4vcmVnaXN0cnkvZGV2bmV0LW5ldHdvcmsuanMnO1xuaW1wb3J0IHR5cGUgeyBEZXZuZXRWZXJpZmllcnMgfSBmcm9tICcuLi8uLi9yZWdpc3RyeS9kZXZuZXQtdmVyaWZpZXJzLmpzJztcbmltcG9ydCB0eXBlIHsgRGV2bmV0RXhlY3V0b3IsIERldm5ldEV4ZWN1dG9ycyB9IGZyb20gJy4uL2Rldm5ldC1leGVjdXRvcnMuanMnO1xuXG50eXBlIERldm5ldE9wdGlvbnMgPSB7IHBvcnQ/OiBzdHJpbmc7IGFjY291bnRzOiBzdHJpbmc7IGV4ZWN1dG9ycz86IHN0cmluZzsganNvbj86IGJvb2xlYW47IHZlcmJvc2U/OiBib29sZWFuOyB2ZXJpZmllcnM/OiBzdHJpbmc7IGVwb2NoU2Vjb25kczogc3RyaW5nIH07XG5cbi8vIExvYWRlZCB3aGVuIGEgY29tbWFuZCBydW5zLCBub3Qgd2hlbiBpdCBpcyBkZWZpbmVkLCBzbyB0aGF0IGAtLWhlbHBgIGFuc3dlcnMgYXQgb25jZS5cbmxldCBmb3JtYXRFdGhlcjogdHlwZW9mIGltcG9ydCgndmllbScpLmZvcm1hdEV0aGVyO1xubGV0IHN0YXJ0RGV2bmV0OiB0eXBlb2YgaW1wb3J0KCcuLi8uLi9jaGFpbi9kZXZuZXQuanMnKS5zdGFydERldm5ldDtcbmxldCBURVNUX1RPS0VOX0dSQU5UOiB0eXBlb2YgaW1wb3J0KCcuLi8uLi9jaGFpbi9kZXZuZXQuanMnKS5URVNUX1RPS0VOX0dSQU5UO1xubGV0IGNoZWNrUG9ydEZyZWU6IHR5cGVvZiBpbXBvcnQoJy4uLy4uL3V0aWwvbmV0LmpzJykuY2hlY2tQb3J0RnJlZTtcblxuYXN5bmMgZnVuY3Rpb24gbG9hZERlcGVuZGVuY2llcygpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgW20wLCBtMSwgbTJdID0gYXdhaXQgUHJvbWlzZS5hbGwoW1xuICAgIGltcG9ydCgndmllbScpLFxuICAgIGltcG9ydCgnLi4vLi4vY2hhaW4vZGV2bmV0LmpzJyksXG4gICAgaW1wb3J0KCcuLi8uLi91dGlsL25ldC5qcycpLFxuICBdKTtcbiAgKHsgZm9ybWF0RXRoZXIgfSA9IG0wKTtcbiAgKHsgc3RhcnREZXZuZXQsIFRFU1RfVE9LRU5fR1JBTlQgfSA9IG0xKTtcbiAgKHsgY2hlY2tQb3J0RnJlZSB9ID0gbTIpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJEZXZuZXQocHJvZ3JhbTogQ29tbWFuZCk6IHZvaWQge1xuICBwcm9ncmFtXG4gICAgLmNvbW1hbmQoJ2Rldm5ldCcpXG4gICAgLmRlc2NyaXB0aW9uKCdzdGFydCBhIGxvY2FsIGRldmVsb3BtZW50IGNoYWluIChhbnZpbCkgd2l0aCB0aGUgY2hhbm5lbHMgY29udHJhY3QgYW5kIGEgdGVzdCB0b2tlbiBkZXBsb3llZCcpXG4gICAgLm9wdGlvbignLS1wb3J0IDxuPicsICdsb29wYmFjayBwb3J0IChkZWZhdWx0OiBhIGZyZWUgb25lKScpXG4gICAgLm9wdGlvbignLS1hY2NvdW50cyA8bj4nLCAnZnVuZGVkIGRldmVsb3BtZW50IGFjY291bnRzJywgJzEwJylcbiAgICAub3B0aW9uKCctLWV4ZWN1dG9ycyA8bj4nLCAnYWxzbyBzdGFydCB0aGlzIG1hbnkgZXhlY3V0b3JzIChzaW11bGF0ZWQgVEVFLCBhbnkgZnVuY3Rpb24gYWNjZXB0ZWQpLCBlYWNoIG9uIGl0cyBvd24gZnVuZGVkIGFjY291bnQ6IHRoZSBsYXN0IG4gYWNjb3VudHM7IHRoZSBvdGhlcnMgc3RheSBmcmVlIGZvciByZXF1ZXN0ZXJzJylcbiAgICAub3B0aW9uKCctLWpzb24nLCAncHJpbnQgdGhlIGNoYWluIGRldGFpbHMgYXMgb25lIEpTT04gbGluZScpXG4gICAgLm9wdGlvbignLS12ZXJib3NlJywgJ3Nob3cgYW52aWxcXCdzIG93biBsb2cnKVxuICAgIC5vcHRpb24oJy0tdmVyaWZpZXJzIDxuPicsICdhbHNvIGRlcGxveSBhbiBBaXJ0bnRSZWdpc3RyeSB3aXRoIG4gdmVyaWZpZXIgbm9kZXMgcnVubmluZyBoZXJlIChhIGJsb2NrIGV2ZXJ5IHNlY29uZCk7IHdpdGggLS1leGVjdXRvcnMsIGV2ZXJ5IGV4ZWN1dG9yIGpvaW5zIGFuZCBpcyBhZG1pdHRlZCBiZWZvcmUgdGhlIGRldm5ldCBpcyBwcmludGVkJylcbiAgICAub3B0aW9uKCctLWVwb2NoLXNlY29uZHMgPG4+JywgJ3dpdGggLS12ZXJpZmllcnM6IHJlZ2lzdHJ5IGVwb2NoIGxlbmd0aCcsICcyMCcpXG4gICAgLmFjdGlvbihhc3luYyAob3B0aW9uczogRGV2bmV0T3B0aW9ucykgPT4ge1xuICAgICAgYXdhaXQgbG9hZERlcGVuZGVuY2llcygpO1xuICAgICAgY29uc3QgcG9ydCA9IG9wdGlvbnMucG9ydCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogcGFyc2VJbnRlZ2VyKG9wdGlvbnMucG9ydCwgJy0tcG9ydCcsIDEsIDY1XzUzNSk7XG4gICAgICBpZiAocG9ydCAhPT0gdW5kZWZpbmVkKSBhd2FpdCBwb3J0RnJlZShwb3J0KTtcbiAgICAgIGNvbnN0IGFjY291bnRDb3VudCA9IHBhcnNlSW50ZWdlcihvcHRpb25zLmFjY291bnRzLCAnLS1hY2NvdW50cycsIDIsIDEwMCk7XG4gICAgICBjb25zdCBleGVjdXRvckNvdW50ID0gb3B0aW9ucy5leGVjdXRvcnMgPT09IHVuZGVmaW5lZCA/IDAgOiBwYXJzZUludGVnZXIob3B0aW9ucy5leGVjdXRvcnMsICctLWV4ZWN1dG9ycycsIDAsIGFjY291bnRDb3VudCAtIDEpO1xuICAgICAgaWYgKG9wdGlvbnMudmVyaWZpZXJzICE9PSB1bmRlZmluZWQgJiYgZXhlY3V0b3JDb3VudCArIHBhcnNlSW50ZWdlcihvcHRpb25zLnZlcmlmaWVycywgJy0tdmVyaWZpZXJzJywgMSwgOTkpID4gYWNjb3VudENvdW50IC0gMSkge1xuICAgICAgICB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ0lOVkFMSURfT1BUSU9OJywgJy0tZXhlY3V0b3JzIHBsdXMgLS12ZXJpZmllcnMgbXVzdCBsZWF2ZSB0aGUgZmlyc3QgYWNjb3VudCBmcmVlIChpdCBkZXBsb3lzKScsIHtcbiAgICAgICAgICBkZXRhaWxzOiB7IGV4ZWN1dG9yczogZXhlY3V0b3JDb3VudCwgdmVyaWZpZXJzOiBvcHRpb25zLnZlcmlmaWVycywgYWNjb3VudHM6IGFjY291bnRDb3VudCB9LFxuICAgICAgICAgIGhpbnQ6IGByYWlzZSAtLWFjY291bnRzIHRvIGF0IGxlYXN0ICR7ZXhlY3V0b3JDb3VudCArIE51bWJlcihvcHRpb25zLnZlcmlmaWVycykgKyAyfSAob25lIG1vcmUgc3RheXMgZnJlZSBmb3IgYSByZXF1ZXN0ZXIpYCxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgICAvLyBIYW5kbGVycyBmaXJzdDogYSBzaWduYWwgd2hpbGUgdGhlIGV4ZWN1dG9ycyBzdGFydCBtdXN0IHN0aWxsIHN0b3AgZXZlcnl0aGluZy5cbiAgICAgIGNvbnN0IHNpZ25hbGxlZCA9IHdhaXRGb3JTaWduYWwoKTtcbiAgICAgIGNvbnN0IGRldm5ldCA9IGF3YWl0IHN0YXJ0RGV2bmV0KHtcbiAgICAgICAgLi4uKHBvcnQgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBwb3J0IH0pLFxuICAgICAgICBhY2NvdW50Q291bnQsXG4gICAgICAgIHNpbGVudDogIW9wdGlvbnMudmVyYm9zZSxcbiAgICAgICAgLi4uKG9wdGlvbnMudmVyaWZpZXJzID09PSB1bmRlZmluZWQgPyB7fSA6IHsgYmxvY2tUaW1lU2Vjb25kczogMSB9KSxcbiAgICAgIH0pO1xuICAgICAgbGV0IGV4ZWN1dG9yczogRGV2bmV0RXhlY3V0b3JzIHwgdW5kZWZpbmVkO1xuICAgICAgbGV0IG5ldHdvcms6IERldm5ldFZlcmlmaWVycyB8IHVuZGVmaW5lZDtcbiAgICAgIGxldCBhZG1pdHRlZDogQWRtaXR0ZWRFeGVjdXRvcltdIHwgdW5kZWZpbmVkO1xuICAgICAgdHJ5IHtcbiAgICAgICAgLy8gVGhlIHJlZ2lzdHJ5IGZpcnN0OiBleGVjdXRvcnMgc3RhcnQga25vd2luZyBpdCwgc28gdGhhdCB0aGVpciBlbmNsYXZlcyBzaWduIGl0cyByb3VuZCByZWNvcmRzLlxuICAgICAgICBpZiAob3B0aW9ucy52ZXJpZmllcnMgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgIGNvbnN0IHsgc3RhcnREZXZuZXRWZXJpZmllcnMgfSA9IGF3YWl0IGltcG9ydCgnLi4vLi4vcmVnaXN0cnkvZGV2bmV0LXZlcmlmaWVycy5qcycpO1xuICAgICAgICAgIGNvbnN0IHZlcmJvc2UgPSAobGluZTogc3RyaW5nKSA9PiBvcHRpb25zLnZlcmJvc2UgJiYgY29uc29sZS5lcnJvcihsaW5lKTtcbiAgICAgICAgICBuZXR3b3JrID0gYXdhaXQgc3RhcnREZXZuZXRWZXJpZmllcnMoZGV2bmV0LCBwYXJzZUludGVnZXIob3B0aW9ucy52ZXJpZmllcnMsICctLXZlcmlmaWVycycsIDEsIDk5KSwgQmlnSW50KHBhcnNlSW50ZWdlcihvcHRpb25zLmVwb2NoU2Vjb25kcywgJy0tZXBvY2gtc2Vjb25kcycsIDQsIDg2XzQwMCkpLCB2ZXJib3NlLCBleGVjdXRvckNvdW50KTtcbiAgICAgICAgfVxuICAgICAgICBpZiAoZXhlY3V0b3JDb3VudCA+IDApIHtcbiAgICAgICAgICBpZiAoIW9wdGlvbnMuanNvbikgY29uc29sZS5lcnJvcihgc3RhcnRpbmcgJHtleGVjdXRvckNvdW50fSBleGVjdXRvcihzKS4uLmApO1xuICAgICAgICAgIGV4ZWN1dG9ycyA9IGF3YWl0IFByb21pc2UucmFjZShbXG4gICAgICAgICAgICAoYXdhaXQgaW1wb3J0KCcuLi9kZXZuZXQtZXhlY3V0b3JzLmpzJykpLkRldm5ldEV4ZWN1dG9ycy5zdGFydChkZXZuZXQsIGV4ZWN1dG9yQ291bnQsIHsgdmVyYm9zZTogb3B0aW9ucy52ZXJib3NlID8/IGZhbHNlLCBsb2c6IChsaW5lKSA9PiBjb25zb2xlLmVycm9yKGxpbmUpLCAuLi4obmV0d29yayA9PT0gdW5kZWZpbmVkID8ge30gOiB7IHJlZ2lzdHJ5OiBuZXR3b3JrLnJlZ2lzdHJ5IH0pIH0pLFxuICAgICAgICAgICAgc2lnbmFsbGVkLnRoZW4oKCkgPT4gdW5kZWZpbmVkKSxcbiAgICAgICAgICBdKTtcbiAgICAgICAgfVxuICAgICAgICBpZiAoZXhlY3V0b3JzICE9PSB1bmRlZmluZWQgfHwgZXhlY3V0b3JDb3VudCA9PT0gMCkge1xuICAgICAgICAgIGlmIChuZXR3b3JrICE9PSB1bmRlZmluZWQgJiYgZXhlY3V0b3JzICE9PSB1bmRlZmluZWQgJiYgZXhlY3V0b3JzLmV4ZWN1dG9ycy5sZW5ndGggPiAwKSB7XG4gICAgICAgICAgICBpZiAoIW9wdGlvbnMuanNvbikgY29uc29sZS5lcnJvcihgam9pbmluZyAke2V4ZWN1dG9yQ291bnR9IGV4ZWN1dG9yKHMpIGFuZCB3YWl0aW5nIGZvciB0aGVpciBhZG1pc3Npb24uLi5gKTtcbiAgICAgICAgICAgIGFkbWl0dGVkID0gYXdhaXQgUHJvbWlzZS5yYWNlKFthZG1pdERldm5ldEV4ZWN1dG9ycyhkZXZuZXQsIG5ldHdvcmssIGV4ZWN1dG9ycy5leGVjdXRvcnMpLCBzaWduYWxsZWQudGhlbigoKSA9PiB1bmRlZmluZWQpXSk7XG4gICAgICAgICAgICBpZiAoYWRtaXR0ZWQgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjb25zdCBydW5uaW5nID0gZXhlY3V0b3JzPy5leGVjdXRvcnMgPz8gW107XG4gICAgICAgICAgY29uc3QgcmVnaXN0cnlQYXJ0ID0gbmV0d29yayA9PT0gdW5kZWZpbmVkID8ge30gOiB7IHJlZ2lzdHJ5OiBuZXR3b3JrLnJlZ2lzdHJ5LCBlcG9jaFNlY29uZHM6IE51bWJlcihuZXR3b3JrLmVwb2NoU2Vjb25kcyksIHZlcmlmaWVyczogbmV0d29yay52ZXJpZmllcnMgfTtcbiAgICAgICAgICBjb25zb2xlLmxvZyhvcHRpb25zLmpzb24gPyBKU09OLnN0cmluZ2lmeSh7IC4uLnN1bW1hcnkoZGV2bmV0LCBydW5uaW5nLCBhZG1pdHRlZCwgbmV0d29yaz8udmVyaWZpZXJzLm1hcCgodikgPT4gdi5hZGRyZXNzKSksIC4uLnJlZ2lzdHJ5UGFydCB9KSA6IGAke2Rlc2NyaWJlKGRldm5ldCwgcnVubmluZywgbmV0d29yaz8udmVyaWZpZXJzLm1hcCgodikgPT4gdi5hZGRyZXNzKSl9JHtuZXR3b3JrID09PSB1bmRlZmluZWQgPyAnJyA6IGBcXG4ke2Rlc2NyaWJlTmV0d29yayhuZXR3b3JrLCBydW5uaW5nLCBhZG1pdHRlZCl9YH1gKTtcbiAgICAgICAgICBhd2FpdCBzaWduYWxsZWQ7XG4gICAgICAgIH1cbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGF3YWl0IG5ldHdvcms/LnN0b3AoKTtcbiAgICAgICAgYXdhaXQgZXhlY3V0b3JzPy5zdG9wKCk7XG4gICAgICAgIGF3YWl0IGRldm5ldC5zdG9wKCk7XG4gICAgICB9XG4gICAgICBpZiAoIW9wdGlvbnMuanNvbikgY29uc29sZS5lcnJvcignZGV2bmV0IHN0b3BwZWQnKTtcbiAgICB9KTtcbn1cblxuLyoqIEpvaW5zIHRoZSBkZXZuZXQncyBleGVjdXRvcnMgdG8gaXRzIHJlZ2lzdHJ5IGFuZCB3YWxrcyBjaGFpbiB0aW1lIHVudGlsIHRoZSB2ZXJpZmllcnMgYWRtaXR0ZWQgdGhlbSBhbGwuICovXG5hc3luYyBmdW5jdGlvbiBhZG1pdERldm5ldEV4ZWN1dG9ycyhkZXZuZXQ6IERldm5ldCwgbmV0d29yazogRGV2bmV0VmVyaWZpZXJzLCBleGVjdXRvcnM6IERldm5ldEV4ZWN1dG9yW10pOiBQcm9taXNlPEFkbWl0dGVkRXhlY3V0b3JbXT4ge1xuICBjb25zdCBbeyBhZG1pdE5ldHdvcmtFeGVjdXRvcnMgfSwgeyBjcmVhdGVDaGFpbkNsaWVudCB9XSA9IGF3YWl0IFByb21pc2UuYWxsKFtpbXBvcnQoJy4uLy4uL3JlZ2lzdHJ5L2Rldm5ldC1uZXR3b3JrLmpzJyksIGltcG9ydCgnLi4vLi4vY2hhaW4vY2xpZW50LmpzJyldKTtcbiAgY29uc3QgZnVuZGVyID0gY3JlYXRlQ2hhaW5DbGllbnQoeyBycGNVcmw6IGRldm5ldC5ycGNVcmwsIHByaXZhdGVLZXk6IGRldm5ldC5hY2NvdW50c1swXSEucHJpdmF0ZUtleSwgY2hhaW5JZDogZGV2bmV0LmNoYWluSWQgfSk7XG4gIHJldHVybiBhZG1pdE5ldHdvcmtFeGVjdXRvcnMoXG4gICAgZnVuZGVyLFxuICAgIG5ldHdvcmsucmVnaXN0cnksXG4gICAgbmV0d29yay52ZXJpZmllcnMubWFwKCh2KSA9PiB2LmFkZHJlc3MpLFxuICAgIGV4ZWN1dG9ycy5tYXAoKGUpID0+ICh7IHVybDogZS51cmwsIHByaXZhdGVLZXk6IGRldm5ldC5hY2NvdW50c1tlLmFjY291bnRdIS5wcml2YXRlS2V5LCBkYXRhRGlyOiBlLmRhdGFEaXIgfSkpLFxuICAgIC8vIFBlciBwaGFzZTogZ2VuZXJvdXMsIGEgbG9hZGVkIG1hY2hpbmUgcnVucyB0aGUgdmVyaWZpZXJzJyBwb2xscyBhbmQgdHJhbnNhY3Rpb25zIHNsb3dseS5cbiAgICAzMDBfMDAwLFxuICApO1xufVxuXG5mdW5jdGlvbiBkZXNjcmliZU5ldHdvcmsobmV0d29yazogRGV2bmV0VmVyaWZpZXJzLCBleGVjdXRvcnM6IERldm5ldEV4ZWN1dG9yW10sIGFkbWl0dGVkOiBBZG1pdHRlZEV4ZWN1dG9yW10gfCB1bmRlZmluZWQpOiBzdHJpbmcge1xuICBjb25zdCBsaW5lcyA9IFtcbiAgICAnJyxcbiAgICBgICByZWdpc3RyeSAgICR7bmV0d29yay5yZWdpc3RyeX0gICAoQWlydG50UmVnaXN0cnksIGVwb2NocyBvZiAke25ldHdvcmsuZXBvY2hTZWNvbmRzfSBzKWAsXG4gICAgYCAgdmVyaWZpZXJzICgke25ldHdvcmsudmVyaWZpZXJzLmxlbmd0aH0sIGluIHRoaXMgcHJvY2Vzcyk6ICR7bmV0d29yay52ZXJpZmllcnMubWFwKCh2KSA9PiBgJHt2LmFkZHJlc3N9ICR7di51cmx9YCkuam9pbignXFxuICAgICcpfWAsXG4gICAgLi4uKGFkbWl0dGVkID09PSB1bmRlZmluZWQgPyBbJyAgZXhlY3V0b3JzIGpvaW4gd2l0aDogYWlydG50IGV4ZWN1dG9yIGpvaW4nXSA6IFtcbiAgICAgICcgIGV4ZWN1dG9ycyBvbiB0aGUgcmVnaXN0cnk6JyxcbiAgICAgIC4uLmFkbWl0dGVkLm1hcCgoYSwgaSkgPT4gYCAgICAke2V4ZWN1dG9yc1tpXSEudXJsfSAgJHthLm5vZGV9ICAke2Euc3RhdHVzfSAoYSBjYW5kaWRhdGUgZnJvbSBlcG9jaCAke2EuYWN0aXZlRXBvY2h9KWApLFxuICAgICAgYCAgcnVuIG9uIHRoZW06IGFpcnRudCBydW4gbGlmZSAtLXBhdHRlcm4gRklMRSAtLWZyb20tcmVnaXN0cnkgJHtuZXR3b3JrLnJlZ2lzdHJ5fSAtLWFsbG93LXNpbXVsYXRlZCAuLi4gKHRoZSBmaXJzdCBydW4gY29tbWl0cyBhIHRhc2sgaWQ7IHJ1biBhZ2FpbiB0d28gZXBvY2hzIGxhdGVyKWAsXG4gICAgXSksXG4gIF07XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cblxuZnVuY3Rpb24gc3VtbWFyeShkZXZuZXQ6IERldm5ldCwgZXhlY3V0b3JzOiBEZXZuZXRFeGVjdXRvcltdLCBhZG1pdHRlZD86IEFkbWl0dGVkRXhlY3V0b3JbXSwgdmVyaWZpZXJzOiByZWFkb25seSBzdHJpbmdbXSA9IFtdKSB7XG4gIGNvbnN0IHZlcmlmaWVyQWNjb3VudHMgPSBuZXcgU2V0KHZlcmlmaWVycy5tYXAoKGFkZHJlc3MpID0+IGFkZHJlc3MudG9Mb3dlckNhc2UoKSkpO1xuICBjb25zdCB0YWtlbiA9IG5ldyBTZXQoW1xuICAgIC4uLmV4ZWN1dG9ycy5tYXAoKGV4ZWN1dG9yKSA9PiBleGVjdXRvci5hY2NvdW50KSxcbiAgICAuLi5kZXZuZXQuYWNjb3VudHMuZmxhdE1hcCgoYWNjb3VudCwgaW5kZXgpID0+ICh2ZXJpZmllckFjY291bnRzLmhhcyhhY2NvdW50LmFkZHJlc3MudG9Mb3dlckNhc2UoKSkgPyBbaW5kZXhdIDogW10pKSxcbiAgXSk7XG4gIHJldHVybiB7XG4gICAgcnBjVXJsOiBkZXZuZXQucnBjVXJsLFxuICAgIGNoYWluSWQ6IGRldm5ldC5jaGFpbklkLFxuICAgIGNoYW5uZWxzOiBkZXZuZXQuY2hhbm5lbHMsXG4gICAgdG9rZW46IGRldm5ldC50b2tlbixcbiAgICBhY2NvdW50czogZGV2bmV0LmFjY291bnRzLFxuICAgIC4uLihleGVjdXRvcnMubGVuZ3RoID09PSAwID8ge30gOiB7XG4gICAgICBleGVjdXRvcnM6IGV4ZWN1dG9ycy5tYXAoKHsgdXJsLCBhZGRyZXNzLCBwaWQsIGFjY291bnQgfSwgaSkgPT4gKHtcbiAgICAgICAgdXJsLCBhZGRyZXNzLCBwaWQsIGFjY291bnQsXG4gICAgICAgIC4uLihhZG1pdHRlZCA9PT0gdW5kZWZpbmVkID8ge30gOiB7IHJlZ2lzdHJ5U3RhdHVzOiBhZG1pdHRlZFtpXSEuc3RhdHVzLCBhY3RpdmVFcG9jaDogTnVtYmVyKGFkbWl0dGVkW2ldIS5hY3RpdmVFcG9jaCkgfSksXG4gICAgICB9KSksXG4gICAgICAvLyBJbmRpY2VzIGludG8gYWNjb3VudHM6IHRob3NlIG5vIGV4ZWN1dG9yIHVzZXMsIGZyZWUgZm9yIHJlcXVlc3RlcnMuXG4gICAgICByZXF1ZXN0ZXJBY2NvdW50czogZGV2bmV0LmFjY291bnRzLm1hcCgoXywgaW5kZXgpID0+IGluZGV4KS5maWx0ZXIoKGluZGV4KSA9PiAhdGFrZW4uaGFzKGluZGV4KSksXG4gICAgfSksXG4gIH07XG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlKGRldm5ldDogRGV2bmV0LCBleGVjdXRvcnM6IERldm5ldEV4ZWN1dG9yW10sIHZlcmlmaWVyczogcmVhZG9ubHkgc3RyaW5nW10gPSBbXSk6IHN0cmluZyB7XG4gIGNvbnN0IGJ5QWNjb3VudCA9IG5ldyBNYXAoZXhlY3V0b3JzLm1hcCgoZXhlY3V0b3IpID0+IFtleGVjdXRvci5hY2NvdW50LCBleGVjdXRvcl0pKTtcbiAgY29uc3QgdmVyaWZpZXJBY2NvdW50cyA9IG5ldyBTZXQodmVyaWZpZXJzLm1hcCgoYWRkcmVzcykgPT4gYWRkcmVzcy50b0xvd2VyQ2FzZSgpKSk7XG4gIGNvbnN0IGxpbmVzID0gW1xuICAgIGBhaXJ0bnQgZGV2bmV0IChhbnZpbCwgY2hhaW4gaWQgJHtkZXZuZXQuY2hhaW5JZH0pOiBkZXZlbG9wbWVudCBrZXlzIG9ubHksIG5ldmVyIHVzZSB0aGVtIGZvciByZWFsIG1vbmV5YCxcbiAgICBgICBycGMgdXJsICAgICR7ZGV2bmV0LnJwY1VybH1gLFxuICAgIGAgIGNoYW5uZWxzICAgJHtkZXZuZXQuY2hhbm5lbHN9ICAgKEFpcnRudENoYW5uZWxzKWAsXG4gICAgYCAgdG9rZW4gICAgICAke2Rldm5ldC50b2tlbn0gICAodGVzdCBFUkMtMjAsICR7Zm9ybWF0RXRoZXIoVEVTVF9UT0tFTl9HUkFOVCl9IHBlciBhY2NvdW50LCBhbnlvbmUgY2FuIG1pbnQpYCxcbiAgICAnICBhY2NvdW50cyAoMTAsMDAwIEVUSCBlYWNoKTonLFxuICAgIC4uLmRldm5ldC5hY2NvdW50cy5tYXAoKGEsIGkpID0+IGAgICAgWyR7aX1dICR7YS5hZGRyZXNzfSAgJHthLnByaXZhdGVLZXl9JHtieUFjY291bnQuaGFzKGkpID8gYCAgKGV4ZWN1dG9yICR7YnlBY2NvdW50LmdldChpKSEudXJsfSlgIDogdmVyaWZpZXJBY2NvdW50cy5oYXMoYS5hZGRyZXNzLnRvTG93ZXJDYXNlKCkpID8gJyAgKHZlcmlmaWVyKScgOiBleGVjdXRvcnMubGVuZ3RoID4gMCA/ICcgIChmcmVlIGZvciByZXF1ZXN0ZXJzKScgOiAnJ31gKSxcbiAgICAuLi4oZXhlY3V0b3JzLmxlbmd0aCA9PT0gMCA/IFtdIDogW1xuICAgICAgJycsXG4gICAgICBgICBleGVjdXRvcnMgKHNpbXVsYXRlZCBURUUsIElOU0VDVVJFOyBhbnkgZnVuY3Rpb24gYWNjZXB0ZWQpOmAsXG4gICAgICAuLi5leGVjdXRvcnMubWFwKChlKSA9PiBgICAgICR7ZS51cmx9ICAke2UuYWRkcmVzc30gIHBpZCAke2UucGlkfWApLFxuICAgICAgYCAgcnVuIG9uIHRoZW06IGFpcnRudCBydW4gd2FzbSBNT0RVTEUud2FzbSAtLXN0YXRlIEZJTEUgLS1jeWNsZXMgTiAtLXBlci1yb3VuZCBNIC0tYWxsb3ctc2ltdWxhdGVkICR7ZXhlY3V0b3JzLm1hcCgoZSkgPT4gYC0tZXhlY3V0b3IgJHtlLnVybH1gKS5qb2luKCcgJyl9IC0tcnBjLXVybCAke2Rldm5ldC5ycGNVcmx9IC0tY2hhbm5lbHMgJHtkZXZuZXQuY2hhbm5lbHN9IC0tcHJpdmF0ZS1rZXkgPGEgZnJlZSBrZXk+YCxcbiAgICBdKSxcbiAgICAnJyxcbiAgICBgICB1c2U6IC0tcnBjLXVybCAke2Rldm5ldC5ycGNVcmx9IC0tY2hhbm5lbHMgJHtkZXZuZXQuY2hhbm5lbHN9IC0tcHJpdmF0ZS1rZXkgPG9uZSBvZiB0aGUgJHtleGVjdXRvcnMubGVuZ3RoID4gMCA/ICdmcmVlICcgOiAnJ31rZXlzPmAsXG4gICAgJyAgc3RvcCB3aXRoIEN0cmwtQycsXG4gIF07XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cblxuLyoqXG4gKiBSZXNvbHZlcyBvbiB0aGUgZmlyc3QgU0lHSU5UIG9yIFNJR1RFUk0uIFRoZSBoYW5kbGVycyBzdGF5OiBzdGFydERldm5ldCdzIG93biBoYW5kbGVyICh3aGljaCBraWxsc1xuICogYW52aWwpIHJhaXNlcyB0aGUgc2lnbmFsIGFnYWluIHdoZW4gbm9ib2R5IGVsc2UgaGFuZGxlcyBpdCwgd2hpY2ggd291bGQgZW5kIHRoaXMgcHJvY2VzcyBiZWZvcmVcbiAqIHRoZSBleGVjdXRvcnMgYXJlIHN0b3BwZWQuXG4gKi9cbmZ1bmN0aW9uIHdhaXRGb3JTaWduYWwoKTogUHJvbWlzZTx2b2lkPiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSkgPT4ge1xuICAgIGNvbnN0IGRvbmUgPSAoKTogdm9pZCA9PiByZXNvbHZlKCk7XG4gICAgcHJvY2Vzcy5vbignU0lHSU5UJywgZG9uZSk7XG4gICAgcHJvY2Vzcy5vbignU0lHVEVSTScsIGRvbmUpO1xuICB9KTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gcG9ydEZyZWUocG9ydDogbnVtYmVyKTogUHJvbWlzZTx2b2lkPiB7XG4gIHRyeSB7XG4gICAgYXdhaXQgY2hlY2tQb3J0RnJlZShwb3J0KTtcbiAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICBjb25zdCBjb2RlID0gKGNhdXNlIGFzIE5vZGVKUy5FcnJub0V4Y2VwdGlvbikuY29kZTtcbiAgICB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ1BPUlRfSU5fVVNFJywgY29kZSA9PT0gJ0VBRERSSU5VU0UnID8gYHBvcnQgJHtwb3J0fSBvbiAxMjcuMC4wLjEgaXMgaW4gdXNlYCA6IGBjYW5ub3QgbGlzdGVuIG9uIHBvcnQgJHtwb3J0fSBvZiAxMjcuMC4wLjEgKCR7Y29kZSA/PyBTdHJpbmcoY2F1c2UpfSlgLCB7XG4gICAgICBkZXRhaWxzOiB7IHBvcnQgfSxcbiAgICAgIGhpbnQ6ICdsZWF2ZSBvdXQgLS1wb3J0IHRvIHRha2UgYSBmcmVlIG9uZSwgb3Igc3RvcCB3aGF0IGxpc3RlbnMgdGhlcmUnLFxuICAgICAgY2F1c2UsXG4gICAgfSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gcGFyc2VJbnRlZ2VyKHZhbHVlOiBzdHJpbmcsIG5hbWU6IHN0cmluZywgbWluOiBudW1iZXIsIG1heDogbnVtYmVyKTogbnVtYmVyIHtcbiAgY29uc3QgcGFyc2VkID0gTnVtYmVyKHZhbHVlKTtcbiAgaWYgKCEvXlswLTldKyQvLnRlc3QodmFsdWUpIHx8IHBhcnNlZCA8IG1pbiB8fCBwYXJzZWQgPiBtYXgpIHtcbiAgICB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ0lOVkFMSURfT1BUSU9OJywgYCR7bmFtZX0gbXVzdCBiZSBhbiBpbnRlZ2VyIGluIFske21pbn0sICR7bWF4fV1gLCB7IGRldGFpbHM6IHsgW25hbWVdOiB2YWx1ZSB9IH0pO1xuICB9XG4gIHJldHVybiBwYXJzZWQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFTQSxTQUFTLG1CQUFtQjtBQVE1QixJQUFJO0FBQ0osSUFBSTtBQUNKLElBQUk7QUFDSixJQUFJO0FBRUosZUFBZSxtQkFBa0M7QUFDL0MsUUFBTSxDQUFDLElBQUksSUFBSSxFQUFFLElBQUksTUFBTSxRQUFRLElBQUk7QUFBQSxJQUNyQyxPQUFPLE1BQU07QUFBQSxJQUNiLE9BQU8sdUJBQXVCO0FBQUEsSUFDOUIsT0FBTyxtQkFBbUI7QUFBQSxFQUM1QixDQUFDO0FBQ0QsR0FBQyxFQUFFLFlBQVksSUFBSTtBQUNuQixHQUFDLEVBQUUsYUFBYSxpQkFBaUIsSUFBSTtBQUNyQyxHQUFDLEVBQUUsY0FBYyxJQUFJO0FBQ3ZCO0FBRU8sU0FBUyxlQUFlLFNBQXdCO0FBQ3JELFVBQ0csUUFBUSxRQUFRLEVBQ2hCLFlBQVksOEZBQThGLEVBQzFHLE9BQU8sY0FBYyxxQ0FBcUMsRUFDMUQsT0FBTyxrQkFBa0IsK0JBQStCLElBQUksRUFDNUQsT0FBTyxtQkFBbUIsaUtBQWlLLEVBQzNMLE9BQU8sVUFBVSwwQ0FBMEMsRUFDM0QsT0FBTyxhQUFhLHNCQUF1QixFQUMzQyxPQUFPLG1CQUFtQiw4S0FBOEssRUFDeE0sT0FBTyx1QkFBdUIsMkNBQTJDLElBQUksRUFDN0UsT0FBTyxPQUFPLFlBQTJCO0FBQ3hDLFVBQU0saUJBQWlCO0FBQ3ZCLFVBQU0sT0FBTyxRQUFRLFNBQVMsU0FBWSxTQUFZLGFBQWEsUUFBUSxNQUFNLFVBQVUsR0FBRyxLQUFNO0FBQ3BHLFFBQUksU0FBUyxPQUFXLE9BQU0sU0FBUyxJQUFJO0FBQzNDLFVBQU0sZUFBZSxhQUFhLFFBQVEsVUFBVSxjQUFjLEdBQUcsR0FBRztBQUN4RSxVQUFNLGdCQUFnQixRQUFRLGNBQWMsU0FBWSxJQUFJLGFBQWEsUUFBUSxXQUFXLGVBQWUsR0FBRyxlQUFlLENBQUM7QUFDOUgsUUFBSSxRQUFRLGNBQWMsVUFBYSxnQkFBZ0IsYUFBYSxRQUFRLFdBQVcsZUFBZSxHQUFHLEVBQUUsSUFBSSxlQUFlLEdBQUc7QUFDL0gsWUFBTSxJQUFJLFlBQVksa0JBQWtCLCtFQUErRTtBQUFBLFFBQ3JILFNBQVMsRUFBRSxXQUFXLGVBQWUsV0FBVyxRQUFRLFdBQVcsVUFBVSxhQUFhO0FBQUEsUUFDMUYsTUFBTSxnQ0FBZ0MsZ0JBQWdCLE9BQU8sUUFBUSxTQUFTLElBQUksQ0FBQztBQUFBLE1BQ3JGLENBQUM7QUFBQSxJQUNIO0FBRUEsVUFBTSxZQUFZLGNBQWM7QUFDaEMsVUFBTSxTQUFTLE1BQU0sWUFBWTtBQUFBLE1BQy9CLEdBQUksU0FBUyxTQUFZLENBQUMsSUFBSSxFQUFFLEtBQUs7QUFBQSxNQUNyQztBQUFBLE1BQ0EsUUFBUSxDQUFDLFFBQVE7QUFBQSxNQUNqQixHQUFJLFFBQVEsY0FBYyxTQUFZLENBQUMsSUFBSSxFQUFFLGtCQUFrQixFQUFFO0FBQUEsSUFDbkUsQ0FBQztBQUNELFFBQUk7QUFDSixRQUFJO0FBQ0osUUFBSTtBQUNKLFFBQUk7QUFFRixVQUFJLFFBQVEsY0FBYyxRQUFXO0FBQ25DLGNBQU0sRUFBRSxxQkFBcUIsSUFBSSxNQUFNLE9BQU8sb0NBQW9DO0FBQ2xGLGNBQU0sVUFBVSxDQUFDLFNBQWlCLFFBQVEsV0FBVyxRQUFRLE1BQU0sSUFBSTtBQUN2RSxrQkFBVSxNQUFNLHFCQUFxQixRQUFRLGFBQWEsUUFBUSxXQUFXLGVBQWUsR0FBRyxFQUFFLEdBQUcsT0FBTyxhQUFhLFFBQVEsY0FBYyxtQkFBbUIsR0FBRyxLQUFNLENBQUMsR0FBRyxTQUFTLGFBQWE7QUFBQSxNQUN0TTtBQUNBLFVBQUksZ0JBQWdCLEdBQUc7QUFDckIsWUFBSSxDQUFDLFFBQVEsS0FBTSxTQUFRLE1BQU0sWUFBWSxhQUFhLGlCQUFpQjtBQUMzRSxvQkFBWSxNQUFNLFFBQVEsS0FBSztBQUFBLFdBQzVCLE1BQU0sT0FBTyx3QkFBd0IsR0FBRyxnQkFBZ0IsTUFBTSxRQUFRLGVBQWUsRUFBRSxTQUFTLFFBQVEsV0FBVyxPQUFPLEtBQUssQ0FBQyxTQUFTLFFBQVEsTUFBTSxJQUFJLEdBQUcsR0FBSSxZQUFZLFNBQVksQ0FBQyxJQUFJLEVBQUUsVUFBVSxRQUFRLFNBQVMsRUFBRyxDQUFDO0FBQUEsVUFDak8sVUFBVSxLQUFLLE1BQU0sTUFBUztBQUFBLFFBQ2hDLENBQUM7QUFBQSxNQUNIO0FBQ0EsVUFBSSxjQUFjLFVBQWEsa0JBQWtCLEdBQUc7QUFDbEQsWUFBSSxZQUFZLFVBQWEsY0FBYyxVQUFhLFVBQVUsVUFBVSxTQUFTLEdBQUc7QUFDdEYsY0FBSSxDQUFDLFFBQVEsS0FBTSxTQUFRLE1BQU0sV0FBVyxhQUFhLGlEQUFpRDtBQUMxRyxxQkFBVyxNQUFNLFFBQVEsS0FBSyxDQUFDLHFCQUFxQixRQUFRLFNBQVMsVUFBVSxTQUFTLEdBQUcsVUFBVSxLQUFLLE1BQU0sTUFBUyxDQUFDLENBQUM7QUFDM0gsY0FBSSxhQUFhLE9BQVc7QUFBQSxRQUM5QjtBQUNBLGNBQU0sVUFBVSxXQUFXLGFBQWEsQ0FBQztBQUN6QyxjQUFNLGVBQWUsWUFBWSxTQUFZLENBQUMsSUFBSSxFQUFFLFVBQVUsUUFBUSxVQUFVLGNBQWMsT0FBTyxRQUFRLFlBQVksR0FBRyxXQUFXLFFBQVEsVUFBVTtBQUN6SixnQkFBUSxJQUFJLFFBQVEsT0FBTyxLQUFLLFVBQVUsRUFBRSxHQUFHLFFBQVEsUUFBUSxTQUFTLFVBQVUsU0FBUyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxDQUFDLEdBQUcsR0FBRyxhQUFhLENBQUMsSUFBSSxHQUFHLFNBQVMsUUFBUSxTQUFTLFNBQVMsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU8sQ0FBQyxDQUFDLEdBQUcsWUFBWSxTQUFZLEtBQUs7QUFBQSxFQUFLLGdCQUFnQixTQUFTLFNBQVMsUUFBUSxDQUFDLEVBQUUsRUFBRTtBQUM1UyxjQUFNO0FBQUEsTUFDUjtBQUFBLElBQ0YsVUFBRTtBQUNBLFlBQU0sU0FBUyxLQUFLO0FBQ3BCLFlBQU0sV0FBVyxLQUFLO0FBQ3RCLFlBQU0sT0FBTyxLQUFLO0FBQUEsSUFDcEI7QUFDQSxRQUFJLENBQUMsUUFBUSxLQUFNLFNBQVEsTUFBTSxnQkFBZ0I7QUFBQSxFQUNuRCxDQUFDO0FBQ0w7QUFHQSxlQUFlLHFCQUFxQixRQUFnQixTQUEwQixXQUEwRDtBQUN0SSxRQUFNLENBQUMsRUFBRSxzQkFBc0IsR0FBRyxFQUFFLGtCQUFrQixDQUFDLElBQUksTUFBTSxRQUFRLElBQUksQ0FBQyxPQUFPLGtDQUFrQyxHQUFHLE9BQU8sdUJBQXVCLENBQUMsQ0FBQztBQUMxSixRQUFNLFNBQVMsa0JBQWtCLEVBQUUsUUFBUSxPQUFPLFFBQVEsWUFBWSxPQUFPLFNBQVMsQ0FBQyxFQUFHLFlBQVksU0FBUyxPQUFPLFFBQVEsQ0FBQztBQUMvSCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUSxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTztBQUFBLElBQ3RDLFVBQVUsSUFBSSxDQUFDLE9BQU8sRUFBRSxLQUFLLEVBQUUsS0FBSyxZQUFZLE9BQU8sU0FBUyxFQUFFLE9BQU8sRUFBRyxZQUFZLFNBQVMsRUFBRSxRQUFRLEVBQUU7QUFBQTtBQUFBLElBRTdHO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxnQkFBZ0IsU0FBMEIsV0FBNkIsVUFBa0Q7QUFDaEksUUFBTSxRQUFRO0FBQUEsSUFDWjtBQUFBLElBQ0EsZ0JBQWdCLFFBQVEsUUFBUSxpQ0FBaUMsUUFBUSxZQUFZO0FBQUEsSUFDckYsZ0JBQWdCLFFBQVEsVUFBVSxNQUFNLHVCQUF1QixRQUFRLFVBQVUsSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLE9BQU8sSUFBSSxFQUFFLEdBQUcsRUFBRSxFQUFFLEtBQUssUUFBUSxDQUFDO0FBQUEsSUFDbkksR0FBSSxhQUFhLFNBQVksQ0FBQyw2Q0FBNkMsSUFBSTtBQUFBLE1BQzdFO0FBQUEsTUFDQSxHQUFHLFNBQVMsSUFBSSxDQUFDLEdBQUcsTUFBTSxPQUFPLFVBQVUsQ0FBQyxFQUFHLEdBQUcsS0FBSyxFQUFFLElBQUksS0FBSyxFQUFFLE1BQU0sNEJBQTRCLEVBQUUsV0FBVyxHQUFHO0FBQUEsTUFDdEgsaUVBQWlFLFFBQVEsUUFBUTtBQUFBLElBQ25GO0FBQUEsRUFDRjtBQUNBLFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7QUFFQSxTQUFTLFFBQVEsUUFBZ0IsV0FBNkIsVUFBK0IsWUFBK0IsQ0FBQyxHQUFHO0FBQzlILFFBQU0sbUJBQW1CLElBQUksSUFBSSxVQUFVLElBQUksQ0FBQyxZQUFZLFFBQVEsWUFBWSxDQUFDLENBQUM7QUFDbEYsUUFBTSxRQUFRLG9CQUFJLElBQUk7QUFBQSxJQUNwQixHQUFHLFVBQVUsSUFBSSxDQUFDLGFBQWEsU0FBUyxPQUFPO0FBQUEsSUFDL0MsR0FBRyxPQUFPLFNBQVMsUUFBUSxDQUFDLFNBQVMsVUFBVyxpQkFBaUIsSUFBSSxRQUFRLFFBQVEsWUFBWSxDQUFDLElBQUksQ0FBQyxLQUFLLElBQUksQ0FBQyxDQUFFO0FBQUEsRUFDckgsQ0FBQztBQUNELFNBQU87QUFBQSxJQUNMLFFBQVEsT0FBTztBQUFBLElBQ2YsU0FBUyxPQUFPO0FBQUEsSUFDaEIsVUFBVSxPQUFPO0FBQUEsSUFDakIsT0FBTyxPQUFPO0FBQUEsSUFDZCxVQUFVLE9BQU87QUFBQSxJQUNqQixHQUFJLFVBQVUsV0FBVyxJQUFJLENBQUMsSUFBSTtBQUFBLE1BQ2hDLFdBQVcsVUFBVSxJQUFJLENBQUMsRUFBRSxLQUFLLFNBQVMsS0FBSyxRQUFRLEdBQUcsT0FBTztBQUFBLFFBQy9EO0FBQUEsUUFBSztBQUFBLFFBQVM7QUFBQSxRQUFLO0FBQUEsUUFDbkIsR0FBSSxhQUFhLFNBQVksQ0FBQyxJQUFJLEVBQUUsZ0JBQWdCLFNBQVMsQ0FBQyxFQUFHLFFBQVEsYUFBYSxPQUFPLFNBQVMsQ0FBQyxFQUFHLFdBQVcsRUFBRTtBQUFBLE1BQ3pILEVBQUU7QUFBQTtBQUFBLE1BRUYsbUJBQW1CLE9BQU8sU0FBUyxJQUFJLENBQUMsR0FBRyxVQUFVLEtBQUssRUFBRSxPQUFPLENBQUMsVUFBVSxDQUFDLE1BQU0sSUFBSSxLQUFLLENBQUM7QUFBQSxJQUNqRztBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsU0FBUyxRQUFnQixXQUE2QixZQUErQixDQUFDLEdBQVc7QUFDeEcsUUFBTSxZQUFZLElBQUksSUFBSSxVQUFVLElBQUksQ0FBQyxhQUFhLENBQUMsU0FBUyxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ25GLFFBQU0sbUJBQW1CLElBQUksSUFBSSxVQUFVLElBQUksQ0FBQyxZQUFZLFFBQVEsWUFBWSxDQUFDLENBQUM7QUFDbEYsUUFBTSxRQUFRO0FBQUEsSUFDWixrQ0FBa0MsT0FBTyxPQUFPO0FBQUEsSUFDaEQsZ0JBQWdCLE9BQU8sTUFBTTtBQUFBLElBQzdCLGdCQUFnQixPQUFPLFFBQVE7QUFBQSxJQUMvQixnQkFBZ0IsT0FBTyxLQUFLLG9CQUFvQixZQUFZLGdCQUFnQixDQUFDO0FBQUEsSUFDN0U7QUFBQSxJQUNBLEdBQUcsT0FBTyxTQUFTLElBQUksQ0FBQyxHQUFHLE1BQU0sUUFBUSxDQUFDLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxVQUFVLEdBQUcsVUFBVSxJQUFJLENBQUMsSUFBSSxlQUFlLFVBQVUsSUFBSSxDQUFDLEVBQUcsR0FBRyxNQUFNLGlCQUFpQixJQUFJLEVBQUUsUUFBUSxZQUFZLENBQUMsSUFBSSxpQkFBaUIsVUFBVSxTQUFTLElBQUksNEJBQTRCLEVBQUUsRUFBRTtBQUFBLElBQ2pRLEdBQUksVUFBVSxXQUFXLElBQUksQ0FBQyxJQUFJO0FBQUEsTUFDaEM7QUFBQSxNQUNBO0FBQUEsTUFDQSxHQUFHLFVBQVUsSUFBSSxDQUFDLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxFQUFFLE9BQU8sU0FBUyxFQUFFLEdBQUcsRUFBRTtBQUFBLE1BQ2xFLHNHQUFzRyxVQUFVLElBQUksQ0FBQyxNQUFNLGNBQWMsRUFBRSxHQUFHLEVBQUUsRUFBRSxLQUFLLEdBQUcsQ0FBQyxjQUFjLE9BQU8sTUFBTSxlQUFlLE9BQU8sUUFBUTtBQUFBLElBQ3ROO0FBQUEsSUFDQTtBQUFBLElBQ0Esb0JBQW9CLE9BQU8sTUFBTSxlQUFlLE9BQU8sUUFBUSw4QkFBOEIsVUFBVSxTQUFTLElBQUksVUFBVSxFQUFFO0FBQUEsSUFDaEk7QUFBQSxFQUNGO0FBQ0EsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4QjtBQU9BLFNBQVMsZ0JBQStCO0FBQ3RDLFNBQU8sSUFBSSxRQUFRLENBQUMsWUFBWTtBQUM5QixVQUFNLE9BQU8sTUFBWSxRQUFRO0FBQ2pDLFlBQVEsR0FBRyxVQUFVLElBQUk7QUFDekIsWUFBUSxHQUFHLFdBQVcsSUFBSTtBQUFBLEVBQzVCLENBQUM7QUFDSDtBQUVBLGVBQWUsU0FBUyxNQUE2QjtBQUNuRCxNQUFJO0FBQ0YsVUFBTSxjQUFjLElBQUk7QUFBQSxFQUMxQixTQUFTLE9BQU87QUFDZCxVQUFNLE9BQVEsTUFBZ0M7QUFDOUMsVUFBTSxJQUFJLFlBQVksZUFBZSxTQUFTLGVBQWUsUUFBUSxJQUFJLDRCQUE0Qix5QkFBeUIsSUFBSSxrQkFBa0IsUUFBUSxPQUFPLEtBQUssQ0FBQyxLQUFLO0FBQUEsTUFDNUssU0FBUyxFQUFFLEtBQUs7QUFBQSxNQUNoQixNQUFNO0FBQUEsTUFDTjtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUVBLFNBQVMsYUFBYSxPQUFlLE1BQWMsS0FBYSxLQUFxQjtBQUNuRixRQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLE1BQUksQ0FBQyxXQUFXLEtBQUssS0FBSyxLQUFLLFNBQVMsT0FBTyxTQUFTLEtBQUs7QUFDM0QsVUFBTSxJQUFJLFlBQVksa0JBQWtCLEdBQUcsSUFBSSwyQkFBMkIsR0FBRyxLQUFLLEdBQUcsS0FBSyxFQUFFLFNBQVMsRUFBRSxDQUFDLElBQUksR0FBRyxNQUFNLEVBQUUsQ0FBQztBQUFBLEVBQzFIO0FBQ0EsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
