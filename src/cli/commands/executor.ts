/**
 * `airtnt executor start`: rent out this machine's enclave. Prints
 * "airtnt executor listening on http(s)://HOST:PORT" on stdout once it listens (tests and the demo parse
 * that line); everything else goes to stderr. Stops cleanly on SIGINT/SIGTERM, collecting what it
 * was paid before it exits.
 */
import type { Command } from 'commander';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Address } from 'viem';
import type { ExecutorFaults } from '../../node/faults.js';
import { simulatedModuleStorageKey } from '../../node/executor-modules.js';
import { resolveModuleAcceptance } from '../../node/module-policy.js';
import type { Evidence } from '../../attestation/types.js';
import type { CollateralService as CollateralServiceClass } from '../../node/collateral-service.js';
import { fromHex } from '../../util/bytes.js';
import { AirtntError } from '../../util/errors.js';
import { addChainOptions } from '../chain-option-defs.js';
import type { resolveChain as ResolveChain } from '../chain-options.js';
import { dataDirOf, lockDataDir } from '../data-dir.js';
import { addStartOptions, type StartOptions } from './executor-start-options.js';
import { registerExecutorInfo } from './executor-info.js';
import { registerExecutorStatus } from './executor-status.js';
import { addPolicyOptions } from './policy-options.js';
import { registerExecutorRegistry } from './executor-registry.js';

// The executor's machinery (viem, the enclave, fastify, SQLite, the verifiers) is loaded when `start`
// runs, not when the command is defined: `airtnt executor start --help` must answer at once.
let createEnclave: typeof import('../../enclave/index.js').createEnclave;
let startExecutorWithAdmin: typeof import('../../node/admin/admin-server.js').startExecutorWithAdmin;
let builtinMeasurements: typeof import('../../node/functions.js').builtinMeasurements;
let createTeeProvider: typeof import('../../tee/index.js').createTeeProvider;
let CollateralService: typeof CollateralServiceClass;
let describeAmount: typeof import('../../node/amounts.js').describeAmount;
let resolveAmount: typeof import('../../node/amounts.js').resolveAmount;
let zeroAddress: typeof import('viem').zeroAddress;
let readTokenDecimals: typeof import('../../chain/token-decimals.js').readTokenDecimals;
let resolveChain: typeof ResolveChain;

async function loadStartDependencies(): Promise<void> {
  const [enclave, admin, functions, tee, collateral, amounts, viem, decimals, chain] = await Promise.all([
    import('../../enclave/index.js'),
    import('../../node/admin/admin-server.js'),
    import('../../node/functions.js'),
    import('../../tee/index.js'),
    import('../../node/collateral-service.js'),
    import('../../node/amounts.js'),
    import('viem'),
    import('../../chain/token-decimals.js'),
    import('../chain-options.js'),
  ]);
  ({ createEnclave } = enclave);
  ({ startExecutorWithAdmin } = admin);
  ({ builtinMeasurements } = functions);
  ({ createTeeProvider } = tee);
  ({ CollateralService } = collateral);
  ({ describeAmount, resolveAmount } = amounts);
  ({ zeroAddress } = viem);
  ({ readTokenDecimals } = decimals);
  ({ resolveChain } = chain);
}

/** 1 gwei per cycle. */
const DEFAULT_PRICE_PER_CYCLE = 1_000_000_000n;

/** The accepted tokens' prices in their smallest units, read with each token's decimals(). */
async function tokenPrices(client: Started['client'], tokens: [string, string][]): Promise<[string, bigint][]> {
  const out: [string, bigint][] = [];
  for (const [token, price] of tokens) {
    const decimals = /tokens?$/i.test(price.trim()) ? await readTokenDecimals(client, token as Address) : 0;
    out.push([token, resolveAmount(price, token as Address, decimals, `the price of token ${token}`)]);
  }
  return out;
}

/**
 * @param injected test-only fault points for the node (src/node/faults.ts), given by a test's own
 * process entry; the airtnt CLI passes none.
 */
export function registerExecutor(program: Command, injected: { faults?: ExecutorFaults } = {}): void {
  const executor = program.command('executor').description('rent out enclave compute, paid round by round');
  const start = executor
    .command('start')
    .description('start an executor node (HTTP + WebSocket, loopback by default)');
  addStartOptions(start);
  addChainOptions(start);
  start.action(async (options: StartOptions) => {
    await loadStartDependencies();
    await startExecutor(options, injected.faults);
  });
  registerExecutorInfo(executor, addPolicyOptions);
  registerExecutorStatus(executor);
  registerExecutorRegistry(executor);
}

function tlsOf(options: StartOptions): { cert: Buffer; key: Buffer } | undefined {
  if (options.tlsCert === undefined && options.tlsKey === undefined) return undefined;
  if (options.tlsCert === undefined || options.tlsKey === undefined) {
    throw new AirtntError('INVALID_EXECUTOR_OPTIONS', '--tls-cert and --tls-key go together');
  }
  const read = (path: string) => {
    try {
      return readFileSync(path);
    } catch (cause) {
      throw new AirtntError('TLS_FILE_UNREADABLE', `cannot read ${path}`, { cause });
    }
  };
  return { cert: read(options.tlsCert), key: read(options.tlsKey) };
}

async function startExecutor(options: StartOptions, faults: ExecutorFaults | undefined): Promise<void> {
  const tls = tlsOf(options);
  const pricePerCycle = options.pricePerCycle === undefined ? DEFAULT_PRICE_PER_CYCLE : resolveAmount(options.pricePerCycle, zeroAddress, 18, '--price-per-cycle');
  const minDeposit = options.minDeposit === undefined ? 0n : resolveAmount(options.minDeposit, zeroAddress, 18, '--min-deposit');
  // Without --rpc-url nor --data-dir, a throwaway devnet and a throwaway store go together: channels
  // on a private chain are worth nothing once it stops, and must not mix with a real store.
  const implicit = options.rpcUrl === undefined && options.dataDir === undefined;
  const dataDir = implicit ? mkdtempSync(join(tmpdir(), 'airtnt-executor-')) : dataDirOf(options.dataDir, 'executor');
  lockDataDir(dataDir);
  const { client, devnet } = await resolveChain(options, { refuseImplicitChain: options.dataDir === undefined ? [] : ['--data-dir'], dataDir });
  if (implicit) process.stderr.write(`no --rpc-url: started a private development chain at ${client.rpcUrl} and a throwaway store in ${dataDir} (both gone when this stops; for requesters to reach you, run \`airtnt devnet\` and pass its --rpc-url, --channels and --private-key)\n`);
  try {
    await startOn(options, { client, devnet, dataDir, pricePerCycle, minDeposit, tls, faults });
  } catch (error) {
    await devnet?.stop();
    throw error;
  }
}

type Started = {
  client: Awaited<ReturnType<typeof resolveChain>>['client'];
  devnet: Awaited<ReturnType<typeof resolveChain>>['devnet'];
  dataDir: string;
  pricePerCycle: bigint;
  minDeposit: bigint;
  tls: ReturnType<typeof tlsOf>;
  faults: ExecutorFaults | undefined;
};

/** The registry's MAX_CHANNEL_DURATION, as the executor's maxChannelSeconds (a safe integer). */
async function registryMaxChannelSeconds(client: Started['client'], registry: Address, minChannelSeconds: number): Promise<number> {
  const { readRegistryConstants } = await import('../../registry/read-params.js');
  const { maxChannelDuration } = await readRegistryConstants(client, registry).catch((cause: unknown) => {
    throw new AirtntError('REGISTRY_UNREADABLE', `cannot read the registry's parameters at ${registry}`, {
      details: { registry, chainId: client.chain.id }, cause,
      hint: 'pass the AirtntRegistry address `airtnt devnet` (or your deployment) printed for this chain to --registry',
    });
  });
  if (maxChannelDuration <= BigInt(minChannelSeconds)) {
    throw new AirtntError('INVALID_ARGUMENTS', `the registry serves channels of at most ${maxChannelDuration} s, not above --min-channel-seconds ${minChannelSeconds}`, {
      details: { registry, maxChannelDuration, minChannelSeconds }, hint: 'pass a smaller --min-channel-seconds',
    });
  }
  return maxChannelDuration > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(maxChannelDuration);
}

async function startOn(options: StartOptions, { client, devnet, dataDir, pricePerCycle, minDeposit, tls, faults }: Started): Promise<void> {
  const acceptedTokens = await tokenPrices(client, options.acceptToken ?? []);
  const tee = await createTeeProvider(options.tee);
  const acceptance = resolveModuleAcceptance(options.acceptFunctions, options.maxModuleBytes);
  const registry = options.registry === undefined ? undefined : (await import('../../chain/validate.js')).checkAddress(options.registry as Address, 'registry');
  // A registry's executor serves no channel its stake would not outlast (the registry's MAX_CHANNEL_DURATION).
  const { minChannelSeconds } = options;
  if (options.maxChannelSeconds !== undefined && options.maxChannelSeconds <= minChannelSeconds) {
    throw new AirtntError('INVALID_ARGUMENTS', `--max-channel-seconds ${options.maxChannelSeconds} is not above --min-channel-seconds ${minChannelSeconds}`, {
      details: { maxChannelSeconds: options.maxChannelSeconds, minChannelSeconds }, hint: 'pass a larger --max-channel-seconds or a smaller --min-channel-seconds',
    });
  }
  const registryMax = registry === undefined ? undefined : await registryMaxChannelSeconds(client, registry, minChannelSeconds);
  const maxChannelSeconds = registryMax === undefined || (options.maxChannelSeconds !== undefined && options.maxChannelSeconds < registryMax) ? options.maxChannelSeconds : registryMax;
  const enclave = await createEnclave({
    tee,
    // Fixed at creation: an owner's chain pin is checked against this, not against what a requester writes.
    chain: { chainId: BigInt(client.chain.id), channels: fromHex(client.channels, 20, 'channels') },
    // Only the simulated TEE has its cached modules stored under a key its host keeps (module-storage.ts);
    // a hardware TEE would derive one from its sealing key, which is not wired here: its cache stays in memory.
    ...(tee.insecure && acceptance.accept !== 'builtin' ? { moduleStorageKey: simulatedModuleStorageKey(dataDir) } : {}),
    ...(options.executionWorkers === undefined ? {} : { executionWorkers: options.executionWorkers }),
    ...(options.maxExecutionWorkers === undefined ? {} : { maxExecutionWorkers: options.maxExecutionWorkers }),
    ...(options.maxRoundMs === undefined ? {} : { limits: { maxRoundMs: options.maxRoundMs } }),
    ...(registry === undefined ? {} : { registry: { chainId: client.chain.id, verifyingContract: registry } }),
  });
  const functions = await builtinMeasurements();
  const collateral = await startCollateral(options, enclave.identity().evidence, dataDir);
  const adminTokenGiven = options.adminToken ?? process.env.AIRTNT_ADMIN_TOKEN;
  const { node, admin } = await startExecutorWithAdmin({
    ...(options.adminPort === undefined ? {} : { admin: { port: options.adminPort, ...(adminTokenGiven ? { token: adminTokenGiven } : {}) } }),
    chain: client,
    enclave,
    dataDir,
    ...(options.pools === undefined ? {} : { pool: { contract: (await import('../../chain/validate.js')).checkAddress(options.pools as Address, 'pools'), enclave: enclave.pool, linkIdleMs: poolLinkIdleMs(options) } }),
    // Serves the registry VRF key that `airtnt executor join` stores in this data directory.
    vrfProver: (await import('../../registry/vrf-key.js')).vrfProverOf(dataDir),
    pricePerCycle,
    host: options.host,
    port: options.port,
    functions: Object.values(functions),
    modules: { acceptance, ...(options.maxRoundMs === undefined ? {} : { compileMs: options.maxRoundMs }) },
    minChannelSeconds: options.minChannelSeconds,
    ...(maxChannelSeconds === undefined ? {} : { maxChannelSeconds }),
    collectSafetySeconds: options.collectSafetySeconds ?? Math.min(300, Math.floor(options.minChannelSeconds / 2)),
    collectConfirmBlocks: options.collectConfirmBlocks,
    minDeposit,
    collectIntervalMs: options.collectIntervalMs,
    collectBumpAfterBlocks: options.collectBumpAfterBlocks,
    collectTuning: { worthFactor: BigInt(options.collectWorthFactor) },
    ...(options.blockTimeSeconds === undefined ? {} : { blockTimeSeconds: options.blockTimeSeconds }),
    sessionIdleMs: options.sessionIdleMs,
    maxCyclesPerRound: options.maxCyclesPerRound,
    acceptedTokens: new Map(acceptedTokens),
    connectionLimits: { maxPerAddress: options.maxConnectionsPerAddress, maxNewPerWindow: options.maxNewConnectionsPerMinute, windowMs: 60_000 },
    ...(tls === undefined ? {} : { tls }),
    ...(options.trustedProxy === undefined ? {} : { trustedProxies: options.trustedProxy }),
    proxyHeader: options.proxyHeader,
    ...(faults === undefined ? {} : { faults }),
    ...(collateral ? { collateral } : {}),
    log: (line) => {
      process.stderr.write(`${new Date().toISOString()} ${line}\n`);
      if (/insufficient funds/i.test(line)) warnUnfunded(client.account.address, 'a collect failed for lack of funds');
    },
  }).catch((cause: unknown) => {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw cause;
    throw new AirtntError('PORT_IN_USE', `cannot listen on ${options.host}:${options.port} (${code === 'EADDRINUSE' ? 'in use' : 'not allowed'})`, {
      details: { host: options.host, port: options.port },
      hint: 'pass another --port (0 picks a free one), or stop what listens there',
      cause,
    });
  });
  if (tee.insecure) {
    process.stderr.write('INSECURE: simulated TEE: no hardware protects the enclave; for development only\n');
  }
  process.stderr.write(`executor ${node.address}, ${describeAmount(pricePerCycle, zeroAddress, 18)} per cycle, min deposit ${describeAmount(minDeposit, zeroAddress, 18)}, tee ${tee.kind}, functions ${Object.keys(functions).join(', ') || 'none'}${acceptance.accept === 'builtin' ? '' : `, and ${acceptance.accept === 'any' ? 'any module' : `${acceptance.measurements.length} listed modules`} up to ${acceptance.maxModuleBytes} bytes`}\n`);
  for (const [token, price] of acceptedTokens) process.stderr.write(`also accepting token ${token} at ${price} units per cycle\n`);
  if (options.pools !== undefined) process.stderr.write(`serving pool sessions (executor or standby) on AirtntPools ${options.pools}: pool links at /v1/pool, pool payments kept in ${join(dataDir, 'pool.sqlite')}\n`);
  if (admin !== undefined) {
    // The token goes in the fragment, which browsers never send; it is shown only on a terminal.
    process.stderr.write(`admin dashboard and /metrics on ${admin.url} (token ${admin.tokenPath === undefined ? 'as given' : `in ${admin.tokenPath}`})\n`);
    if (process.stderr.isTTY) process.stderr.write(`open ${admin.url}#token=${admin.token}\n`);
  }
  await checkGasFunds(client);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stderr.write('stopping: collecting what was paid\n');
    collateral?.stop();
    await admin?.close();
    await node.close();
    // The pool collector collected what it could before the stop; the rest it collects at the next start.
    const pool = options.pools === undefined ? undefined : (await import('../../node/pool-earnings.js')).readPoolEarnings(dataDir);
    if (pool !== undefined && pool.pending !== '0') {
      const channels = pool.channels.filter((c) => c.pending !== '0').length;
      const { poolAmount, poolCollectsText } = await import('./executor-status-action.js');
      const pending = pool.byToken.filter((t) => t.pending !== '0').map((t) => poolAmount(t.pending, t.token)).join(' and ');
      process.stderr.write(`stopping with ${pending} of pool payments not collected yet on ${channels} pool channels (pool.sqlite, ${poolCollectsText(pool)}): the executor collects them when it starts again, before each channel's expiry\n`);
    }
    await enclave.close();
    // Read before the devnet stops: an implicit devnet removes its throwaway store with it.
    const summary = (await import('./executor-status-action.js')).stopLine(dataDir);
    await devnet?.stop();
    process.stderr.write(`${summary}\n`);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  // Announced only once the handlers are in place: a SIGTERM sent as soon as this line is read must
  // find them, not the default action (which would skip the collects and leave the data lock behind).
  process.stdout.write(`airtnt executor listening on ${node.url}\n`);
  if (admin !== undefined) process.stdout.write(`airtnt admin listening on ${admin.url}\n`);
}

/**
 * How long a pool link may stay silent (pool-link-guard.ts): a replica comes every round, and a round
 * takes at most --max-round-ms plus the requester's answer (--session-idle-ms ends the session first);
 * twice both, so an honest link never meets it, whatever the flags.
 */
function poolLinkIdleMs(options: { maxRoundMs?: number; sessionIdleMs: number }): number {
  return 2 * ((options.maxRoundMs ?? 10_000) + options.sessionIdleMs);
}

/** Collects cost gas: an account that cannot pay for one is named, so the operator knows what to fund. */
async function checkGasFunds(client: Started['client']): Promise<void> {
  try {
    const [balance, gasPrice] = await Promise.all([client.public.getBalance({ address: client.account.address }), client.public.getGasPrice()]);
    // A collect uses some 60,000 gas: ask for room for a couple of them at today's price.
    if (balance < 150_000n * gasPrice) warnUnfunded(client.account.address, `its balance is ${describeAmount(balance, zeroAddress, 18)}, less than the gas of two collects`);
  } catch (error) {
    process.stderr.write(`WARNING: could not read the balance of ${client.account.address}: ${String(error).split('\n')[0]}\n`);
  }
}

let lastFundingWarning = 0;
function warnUnfunded(address: string, why: string): void {
  if (Date.now() - lastFundingWarning < 60_000) return;
  lastFundingWarning = Date.now();
  process.stderr.write(`WARNING: the executor account ${address} cannot pay gas (${why}): send ETH to ${address}, or what requesters pay cannot be collected\n`);
}

/**
 * Starts serving the collateral that judges this machine's evidence (Intel and AMD TEEs), from the
 * files and services named; without any, requesters cannot judge the platform, so say so.
 */
async function startCollateral(options: StartOptions, evidence: Evidence, dataDir: string): Promise<CollateralServiceClass | undefined> {
  if (evidence.kind !== 'sgx' && evidence.kind !== 'tdx' && evidence.kind !== 'sev-snp') return undefined;
  if (!options.collateral?.length && !options.pccsUrl && !options.amdKdsUrl) {
    process.stderr.write(`WARNING: no collateral source (--collateral, --pccs-url or --amd-kds-url): requesters cannot judge this ${evidence.kind} platform and will refuse it\n`);
    return undefined;
  }
  const service = new CollateralService(evidence, {
    ...(options.collateral ? { files: options.collateral.map((path) => resolve(path)) } : {}),
    ...(options.pccsUrl ? { intelUrl: options.pccsUrl } : {}),
    ...(options.intelRootCrlUrl ? { intelRootCrlUrl: options.intelRootCrlUrl } : {}),
    ...(options.amdKdsUrl ? { amdKdsUrl: options.amdKdsUrl } : {}),
    ...(options.amdProduct ? { amdProduct: options.amdProduct } : {}),
    cacheDir: join(dataDir, 'collateral'),
    log: (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
  });
  await service.start();
  return service;
}
