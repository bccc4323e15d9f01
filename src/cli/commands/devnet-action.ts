/**
 * The body of `airtnt devnet` (devnet.ts defines the command and loads this module when it runs, so
 * that `--help` answers at once).
 */
import { formatEther } from 'viem';
import { startDevnet, TEST_TOKEN_GRANT, type Devnet } from '../../chain/devnet.js';
import type { AdmittedExecutor } from '../../registry/devnet-network.js';
import type { DevnetVerifiers } from '../../registry/devnet-verifiers.js';
import { AirtntError } from '../../util/errors.js';
import { checkPortFree } from '../../util/net.js';
import type { DevnetExecutor, DevnetExecutors } from '../devnet-executors.js';

export type DevnetOptions = { port?: string; accounts?: string; executors?: string; json?: boolean; verbose?: boolean; verifiers?: string; epochSeconds: string };

export async function devnetCommand(options: DevnetOptions): Promise<void> {
  const port = options.port === undefined ? undefined : parseInteger(options.port, '--port', 1, 65_535);
  if (port !== undefined) await portFree(port);
  const executorCount = options.executors === undefined ? 0 : parseInteger(options.executors, '--executors', 0, 98);
  const verifierCount = options.verifiers === undefined ? 0 : parseInteger(options.verifiers, '--verifiers', 1, 98);
  // Account 0 deploys, one more stays free for a requester; the executors and verifiers take their own.
  const needed = executorCount + verifierCount + 2;
  const accountCount = options.accounts === undefined ? Math.max(10, needed) : parseInteger(options.accounts, '--accounts', 2, 100);
  if (executorCount + verifierCount > accountCount - 1) {
    throw new AirtntError('INVALID_OPTION', '--executors plus --verifiers must leave the first account free (it deploys)', {
      details: { executors: executorCount, verifiers: verifierCount, accounts: accountCount },
      hint: `raise --accounts to at least ${needed} (one more stays free for a requester), or leave it out`,
    });
  }
  // Handlers first: a signal while the executors start must still stop everything.
  const signalled = waitForSignal();
  const devnet = await startDevnet({
    ...(port === undefined ? {} : { port }),
    accountCount,
    silent: !options.verbose,
    ...(options.verifiers === undefined ? {} : { blockTimeSeconds: 1 }),
  });
  let executors: DevnetExecutors | undefined;
  let pools: string | undefined;
  let network: DevnetVerifiers | undefined;
  let admitted: AdmittedExecutor[] | undefined;
  try {
    // AirtntPools beside the channels: `airtnt executor start --pools ADDRESS` serves pool sessions on it.
    pools = await deployDevnetPools(devnet);
    // The registry first: executors start knowing it, so that their enclaves sign its round records.
    if (options.verifiers !== undefined) {
      const { startDevnetVerifiers } = await import('../../registry/devnet-verifiers.js');
      // Verifier lines always (what a node judged, committed, revealed), cut short unless --verbose.
      const log = (line: string) => console.error(options.verbose || line.length <= 160 ? line : `${line.slice(0, 157)}...`);
      network = await startDevnetVerifiers(devnet, verifierCount, BigInt(parseInteger(options.epochSeconds, '--epoch-seconds', 4, 86_400)), log, executorCount);
    }
    if (executorCount > 0) {
      if (!options.json) console.error(`starting ${executorCount} executor(s)...`);
      executors = await Promise.race([
        (await import('../devnet-executors.js')).DevnetExecutors.start(devnet, executorCount, { verbose: options.verbose ?? false, log: (line) => console.error(line), ...(network === undefined ? {} : { registry: network.registry }) }),
        signalled.then(() => undefined),
      ]);
    }
    if (executors !== undefined || executorCount === 0) {
      if (network !== undefined && executors !== undefined && executors.executors.length > 0) {
        if (!options.json) console.error(`joining ${executorCount} executor(s) and waiting for their admission...`);
        admitted = await Promise.race([admitDevnetExecutors(devnet, network, executors.executors, (line) => console.error(`devnet: ${line}`)), signalled.then(() => undefined)]);
        if (admitted === undefined) return;
      }
      const running = executors?.executors ?? [];
      const registryPart = network === undefined ? {} : { registry: network.registry, epochSeconds: Number(network.epochSeconds), verifiers: network.verifiers };
      console.log(options.json ? JSON.stringify({ ...summary(devnet, running, admitted, network?.verifiers.map((v) => v.address)), pools, ...registryPart }) : `${describe(devnet, pools, running, network?.verifiers.map((v) => v.address))}${network === undefined ? '' : `\n${describeNetwork(network, running, admitted, devnet)}`}`);
      await signalled;
    }
  } finally {
    await network?.stop();
    await executors?.stop();
    await devnet.stop();
  }
  if (!options.json) console.error('devnet stopped');
  // Everything this command started is stopped. A loop still waiting on the stopped chain (the
  // admission walk interrupted by the signal, a verifier's poll) must not keep the process alive.
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
}

async function deployDevnetPools(devnet: Devnet): Promise<string> {
  const [{ deployPools }, { createChainClient }] = await Promise.all([import('../../chain/deploy-pools.js'), import('../../chain/client.js')]);
  return (await deployPools(createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[0]!.privateKey, chainId: devnet.chainId }))).address;
}

/** Joins the devnet's executors to its registry and walks chain time until the verifiers admitted them all. */
async function admitDevnetExecutors(devnet: Devnet, network: DevnetVerifiers, executors: DevnetExecutor[], progress: (line: string) => void): Promise<AdmittedExecutor[]> {
  const [{ admitNetworkExecutors }, { createChainClient }] = await Promise.all([import('../../registry/devnet-network.js'), import('../../chain/client.js')]);
  const funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[0]!.privateKey, chainId: devnet.chainId });
  return admitNetworkExecutors(
    funder,
    network.registry,
    network.verifiers.map((v) => v.address),
    executors.map((e) => ({ url: e.url, privateKey: devnet.accounts[e.account]!.privateKey, dataDir: e.dataDir })),
    // Per phase: generous, a loaded machine runs the verifiers' polls and transactions slowly.
    300_000,
    progress,
  );
}

function describeNetwork(network: DevnetVerifiers, executors: DevnetExecutor[], admitted: AdmittedExecutor[] | undefined, devnet: { rpcUrl: string; channels: string }): string {
  const lines = [
    '',
    `  registry   ${network.registry}   (AirtntRegistry, epochs of ${network.epochSeconds} s)`,
    `  verifiers (${network.verifiers.length}, in this process): ${network.verifiers.map((v) => `${v.address} ${v.url}`).join('\n    ')}`,
    ...(admitted === undefined ? ['  executors join with: airtnt executor join'] : [
      '  executors on the registry:',
      ...admitted.map((a, i) => `    ${executors[i]!.url}  ${a.node}  ${a.status} (a candidate from epoch ${a.activeEpoch})`),
      `  run on them: airtnt run life --pattern FILE.rle --width 64 --height 64 --cycles 400 --per-round 10 --out OUT.rle --from-registry ${network.registry} --allow-simulated --rpc-url ${devnet.rpcUrl} --channels ${devnet.channels} --private-key <a free key>`,
      '    (the first run commits a task id for two epochs ahead and says when to run it again)',
    ]),
  ];
  return lines.join('\n');
}

function summary(devnet: Devnet, executors: DevnetExecutor[], admitted?: AdmittedExecutor[], verifiers: readonly string[] = []) {
  const verifierAccounts = new Set(verifiers.map((address) => address.toLowerCase()));
  const taken = new Set([
    ...executors.map((executor) => executor.account),
    ...devnet.accounts.flatMap((account, index) => (verifierAccounts.has(account.address.toLowerCase()) ? [index] : [])),
  ]);
  return {
    rpcUrl: devnet.rpcUrl,
    chainId: devnet.chainId,
    channels: devnet.channels,
    token: devnet.token,
    accounts: devnet.accounts,
    ...(executors.length === 0 ? {} : {
      executors: executors.map(({ url, address, pid, account, dataDir }, i) => ({
        // dataDir: for `airtnt executor status --data-dir`; a temporary folder, removed when the devnet stops.
        url, address, pid, account, dataDir,
        ...(admitted === undefined ? {} : { registryStatus: admitted[i]!.status, activeEpoch: Number(admitted[i]!.activeEpoch) }),
      })),
      // Indices into accounts: those no executor uses, free for requesters.
      requesterAccounts: devnet.accounts.map((_, index) => index).filter((index) => !taken.has(index)),
    }),
  };
}

function describe(devnet: Devnet, pools: string, executors: DevnetExecutor[], verifiers: readonly string[] = []): string {
  const byAccount = new Map(executors.map((executor) => [executor.account, executor]));
  const verifierAccounts = new Set(verifiers.map((address) => address.toLowerCase()));
  const lines = [
    `airtnt devnet (anvil, chain id ${devnet.chainId}): development keys only, never use them for real money`,
    `  rpc url    ${devnet.rpcUrl}`,
    `  channels   ${devnet.channels}   (AirtntChannels)`,
    `  pools      ${pools}   (AirtntPools: executor start --pools ${pools} serves pool sessions)`,
    `  token      ${devnet.token}   (test ERC-20, ${formatEther(TEST_TOKEN_GRANT)} per account, anyone can mint)`,
    '  accounts (10,000 ETH each):',
    ...devnet.accounts.map((a, i) => `    [${i}] ${a.address}  ${a.privateKey}${byAccount.has(i) ? `  (executor ${byAccount.get(i)!.url})` : verifierAccounts.has(a.address.toLowerCase()) ? '  (verifier)' : executors.length > 0 ? '  (free for requesters)' : ''}`),
    ...(executors.length === 0 ? [] : [
      '',
      `  executors (simulated TEE, INSECURE; any function accepted):`,
      ...executors.map((e) => `    ${e.url}  ${e.address}  pid ${e.pid}`),
      `  run on them: airtnt run wasm MODULE.wasm --state FILE --cycles N --per-round M --allow-simulated ${executors.map((e) => `--executor ${e.url}`).join(' ')} --rpc-url ${devnet.rpcUrl} --channels ${devnet.channels} --private-key <a free key>`,
    ]),
    '',
    `  use: --rpc-url ${devnet.rpcUrl} --channels ${devnet.channels} --private-key <one of the ${executors.length > 0 ? 'free ' : ''}keys>`,
    '  stop with Ctrl-C',
  ];
  return lines.join('\n');
}

/**
 * Resolves on the first SIGINT or SIGTERM. The handlers stay: startDevnet's own handler (which kills
 * anvil) raises the signal again when nobody else handles it, which would end this process before
 * the executors are stopped.
 */
function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => resolve();
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

async function portFree(port: number): Promise<void> {
  try {
    await checkPortFree(port);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new AirtntError('PORT_IN_USE', code === 'EADDRINUSE' ? `port ${port} on 127.0.0.1 is in use` : `cannot listen on port ${port} of 127.0.0.1 (${code ?? String(cause)})`, {
      details: { port },
      hint: 'leave out --port to take a free one, or stop what listens there',
      cause,
    });
  }
}

function parseInteger(value: string, name: string, min: number, max: number): number {
  const parsed = Number(value);
  if (!/^[0-9]+$/.test(value) || parsed < min || parsed > max) {
    throw new AirtntError('INVALID_OPTION', `${name} must be an integer in [${min}, ${max}]`, { details: { [name]: value } });
  }
  return parsed;
}
