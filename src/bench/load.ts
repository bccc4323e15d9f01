/**
 * `airtnt bench load`: N concurrent requester sessions, each on its own channel with its own key and
 * store, against one executor process on a local chain; then everything is settled (the executor
 * collects every payment on-chain) and the chain is checked against both stores (load-verify.ts).
 *
 * Layout: anvil; one executor process (load-executor.ts); a few client processes
 * (load-client.ts), each driving its share of the requesters from one event loop, so that the
 * client side is spread over both cores rather than one process being the bottleneck. Requester
 * accounts are derived from a fixed seed and funded with anvil_setBalance; their channels are
 * opened before the clock starts.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestClient, http, parseEther, type Address } from 'viem';
import { privateKeyToAddress } from 'viem/accounts';
import { createChainClient, startDevnet, type ChainClient } from '../chain/index.js';
import { emptyPattern, encodeLifeState } from '../functions/life.js';
import { EXECUTOR_ENV, EXECUTOR_NODE_FLAGS } from '../node/heap-limits.js';
import { lifeMeasurement } from '../node/life.js';
import { toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { LoadClientConfig, LoadClientRun } from './load-client.js';
import type { LoadExecutorConfig, LoadExecutorMemory, LoadExecutorReady, LoadExecutorStats } from './load-executor.js';
import { eachLimited, forkChild, type ChildHandle } from './load-ipc.js';
import { checkStores, readWithRetry } from './load-verify.js';
import { machineInfo, type MachineInfo } from './machine.js';
import { quantile, roundTo } from './stats.js';

/** Wei per cycle: payments are non-zero and every deposit is small. */
const PRICE_PER_CYCLE = 1_000_000_000n;
const SETTLE_TIMEOUT_MS = 300_000;
const RUN_TIMEOUT_MS = 3_600_000;

export type LoadOptions = {
  channels: number;
  rounds: number;
  /** Life generations per paid round (small rounds: the protocol's cost, not the function's). */
  perRound: number;
  /** Side of the Life grid. */
  grid: number;
  /** Client processes (default: one per 250 channels, at most 4). */
  clients?: number;
  /** Sessions in setup at once per client process (default 32; see load-client.ts). */
  setupConcurrency?: number;
  /** Write V8 CPU profiles of the executor and client processes here (node --cpu-prof). */
  profileDir?: string;
  log?: (line: string) => void;
};

export type LoadReport = {
  channels: number;
  rounds: number;
  /** Paid rounds per second, from the first paid round to the last, over all sessions. */
  roundsPerSecond: number;
  /** Latency of one paid round (result, payment, key) seen by its requester. */
  p50Ms: number;
  p99Ms: number;
  /** The executor's peak resident memory during the run. */
  executorRssMb: number;
  /** (peak RSS - RSS before the sessions) / channels. */
  rssPerChannelKb: number;
  lostPayments: number;
  uncollected: number;
  /** Everything below explains the headline figures. */
  perRound: number;
  grid: number;
  clients: number;
  paidRounds: number;
  sessionsOk: number;
  sessionsFailed: number;
  /** The run phase, session setup (info, attestation, chain checks, connect) included. */
  runMs: number;
  roundsPerSecondWithSetup: number;
  executorRssBaselineMb: number;
  /** The executor's memory at the stats sample of highest RSS (every 250 ms), and the most execution workers seen at once. */
  executorMemoryAtPeak: LoadExecutorMemory | undefined;
  peakExecutionWorkers: number;
  peakActiveSessions: number;
  prepareMs: number;
  settleMs: number;
  signedWei: string;
  collectedWei: string;
  problems: string[];
  machine: MachineInfo;
};

/** The requester key of index i: fixed, so runs are comparable; never used anywhere but a devnet. */
export function loadRequesterKey(index: number): `0x${string}` {
  return toHex(sha256(new TextEncoder().encode(`airtnt bench load requester ${index}`)));
}

/** A small grid of blinkers: Life never reaches a fixed point on it, so every round is paid. */
export function blinkerState(grid: number): Uint8Array {
  const pattern = emptyPattern(grid, grid);
  for (let y = 1; y + 1 < grid; y += 4) for (let x = 1; x + 3 < grid; x += 5) pattern.cells.fill(1, y * grid + x, y * grid + x + 3);
  return encodeLifeState(grid, grid, pattern);
}

function moduleUrl(name: string): URL {
  const self = import.meta.url;
  return new URL(`./${name}${self.endsWith('.ts') ? '.ts' : '.js'}`, self);
}

export async function benchLoad(options: LoadOptions): Promise<LoadReport> {
  const log = options.log ?? (() => undefined);
  if (!Number.isSafeInteger(options.channels) || options.channels < 1 || !Number.isSafeInteger(options.rounds) || options.rounds < 1) {
    throw new AirtntError('BENCH_LOAD_INVALID', 'channels and rounds must be positive integers', { details: { channels: options.channels, rounds: options.rounds } });
  }
  const machine = machineInfo();
  const n = options.channels;
  const clientCount = Math.max(1, Math.min(options.clients ?? Math.ceil(n / 250), 4, n));
  const workDir = mkdtempSync(join(tmpdir(), 'airtnt-load-'));
  const devnet = await startDevnet({ accountCount: 2 });
  const children: ChildHandle<unknown>[] = [];
  try {
    // Funding: every requester account gets ETH straight from the devnet (anvil_setBalance).
    const keys = Array.from({ length: n }, (_, i) => loadRequesterKey(i));
    const testClient = createTestClient({ mode: 'anvil', transport: http(devnet.rpcUrl) });
    await eachLimited(keys, 16, async (key) => {
      await testClient.setBalance({ address: privateKeyToAddress(key), value: parseEther('10') });
    });
    log(`funded ${n} requester accounts`);

    const executorAccount = devnet.accounts[1]!;
    const executorDataDir = join(workDir, 'executor');
    const executorConfig: LoadExecutorConfig = {
      rpcUrl: devnet.rpcUrl,
      chainId: devnet.chainId,
      privateKey: executorAccount.privateKey,
      channels: devnet.channels,
      dataDir: executorDataDir,
      pricePerCycle: PRICE_PER_CYCLE.toString(),
      maxSessions: n + 16,
    };
    const profile = options.profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`];
    // The executor runs with the flags and environment an operator is told to give it (src/node/heap-limits.ts).
    const executor = await forkChild<LoadExecutorReady>(moduleUrl('load-executor'), 'AIRTNT_LOAD_EXECUTOR', executorConfig, 120_000, [...EXECUTOR_NODE_FLAGS, ...profile], EXECUTOR_ENV);
    children.push(executor);
    log(`executor ${executor.ready.address} at ${executor.ready.url}`);

    const measurement = toHex(await lifeMeasurement());
    const initialState = toHex(blinkerState(options.grid));
    const perClient = Math.ceil(n / clientCount);
    const clients: ChildHandle<unknown>[] = [];
    for (let c = 0; c < clientCount; c++) {
      const first = c * perClient;
      const slice = keys.slice(first, first + perClient);
      if (slice.length === 0) continue;
      const config: LoadClientConfig = {
        rpcUrl: devnet.rpcUrl,
        chainId: devnet.chainId,
        channels: devnet.channels,
        executorUrl: executor.ready.url,
        executor: executor.ready.address,
        workDir,
        first,
        keys: slice,
        functionMeasurement: measurement,
        initialState,
        rounds: options.rounds,
        perRound: options.perRound,
        pricePerCycle: PRICE_PER_CYCLE.toString(),
        openConcurrency: 8,
        setupConcurrency: options.setupConcurrency ?? 32,
      };
      clients.push(await forkChild(moduleUrl('load-client'), 'AIRTNT_LOAD_CLIENT', config, 120_000, profile));
    }
    children.push(...clients);

    const prepareStarted = performance.now();
    const lanes = (await Promise.all(clients.map((client) => client.request<string[]>({ type: 'prepare' }, RUN_TIMEOUT_MS)))).flat().map(BigInt);
    const prepareMs = performance.now() - prepareStarted;
    log(`opened ${lanes.length} channels in ${Math.round(prepareMs)} ms`);

    const baselineRss = executor.rssMb();
    let peakRss = baselineRss;
    let peakActive = 0;
    let memoryAtPeak: LoadExecutorMemory | undefined;
    let peakWorkers = 0;
    const rssTimer = setInterval(() => {
      peakRss = Math.max(peakRss, executor.rssMb());
    }, 100);
    let polling = true;
    const statsLoop = (async () => {
      while (polling) {
        const stats = await executor.request<LoadExecutorStats>({ type: 'stats' }, 60_000).catch(() => undefined);
        if (stats !== undefined) {
          peakActive = Math.max(peakActive, stats.activeSessions);
          peakWorkers = Math.max(peakWorkers, stats.memory.executionWorkers);
          if (memoryAtPeak === undefined || stats.memory.rssMb > memoryAtPeak.rssMb) memoryAtPeak = stats.memory;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    let runs: LoadClientRun[];
    try {
      runs = await Promise.all(clients.map((client) => client.request<LoadClientRun>({ type: 'run' }, RUN_TIMEOUT_MS)));
    } finally {
      clearInterval(rssTimer);
      polling = false;
      await statsLoop;
    }
    peakRss = Math.max(peakRss, executor.rssMb());
    const sessions = runs.flatMap((run) => run.sessions);
    const roundMs = runs.flatMap((run) => run.roundMs);
    const firstRoundAt = Math.min(...runs.map((run) => run.firstRoundAt ?? Infinity));
    const lastRoundAt = Math.max(...runs.map((run) => run.lastRoundAt ?? 0));
    const runMs = Math.max(...runs.map((run) => run.endedAt)) - Math.min(...runs.map((run) => run.startedAt));
    const failed = sessions.filter((s) => !s.ok);
    log(`${sessions.length - failed.length}/${sessions.length} sessions complete, ${roundMs.length} paid rounds in ${Math.round(runMs)} ms`);
    for (const s of failed.slice(0, 5)) log(`session ${s.index} failed after ${s.rounds} rounds: ${s.error ?? 'incomplete'}`);

    // Settle: the executor collects every payment now, and the chain must show it.
    const settleStarted = performance.now();
    await executor.request({ type: 'collectAll' }, SETTLE_TIMEOUT_MS);
    const chain = createChainClient({ rpcUrl: devnet.rpcUrl, chainId: devnet.chainId, privateKey: devnet.accounts[0]!.privateKey, channels: devnet.channels });
    const paidByIndex = new Map(sessions.map((s) => [s.index, BigInt(s.paidWei)]));
    await waitCollected(chain, executor.ready.address, keys.map((key, i) => ({ requester: privateKeyToAddress(key), lane: lanes[i]!, paid: paidByIndex.get(i) ?? 0n })));
    const settleMs = performance.now() - settleStarted;
    for (const client of clients) await client.stop();
    await executor.stop();
    children.length = 0;
    const check = await checkStores({ chain, executor: executor.ready.address, executorDataDir, workDir, count: n });
    for (const problem of check.problems) log(problem);
    const windowMs = lastRoundAt - firstRoundAt;
    return {
      channels: n,
      rounds: options.rounds,
      roundsPerSecond: roundTo(windowMs > 0 ? (roundMs.length * 1000) / windowMs : 0, 1),
      p50Ms: roundTo(roundMs.length > 0 ? quantile(roundMs, 0.5) : 0, 2),
      p99Ms: roundTo(roundMs.length > 0 ? quantile(roundMs, 0.99) : 0, 2),
      executorRssMb: roundTo(peakRss, 1),
      rssPerChannelKb: roundTo(((peakRss - baselineRss) * 1024) / n, 1),
      lostPayments: check.lostPayments,
      uncollected: check.uncollected,
      perRound: options.perRound,
      grid: options.grid,
      clients: clients.length,
      paidRounds: roundMs.length,
      sessionsOk: sessions.length - failed.length,
      sessionsFailed: failed.length,
      runMs: Math.round(runMs),
      roundsPerSecondWithSetup: roundTo(runMs > 0 ? (roundMs.length * 1000) / runMs : 0, 1),
      executorRssBaselineMb: roundTo(baselineRss, 1),
      executorMemoryAtPeak: memoryAtPeak,
      peakExecutionWorkers: peakWorkers,
      peakActiveSessions: peakActive,
      prepareMs: Math.round(prepareMs),
      settleMs: Math.round(settleMs),
      signedWei: check.signedWei.toString(),
      collectedWei: check.collectedWei.toString(),
      problems: [...failed.slice(0, 5).map((s) => `session ${s.index}: ${s.error ?? `${s.rounds}/${options.rounds} rounds`}`), ...check.problems],
      machine,
    };
  } finally {
    await Promise.allSettled(children.map((child) => child.stop()));
    await devnet.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Until the chain shows every channel collected up to what its requester paid (bounded). */
async function waitCollected(chain: ChainClient, executor: Address, channels: { requester: Address; lane: bigint; paid: bigint }[]): Promise<void> {
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  let pending = channels.filter((c) => c.paid > 0n);
  while (pending.length > 0) {
    const still: typeof pending = [];
    await eachLimited(pending, 32, async (channel) => {
      const state = await readWithRetry(chain, executor, channel);
      if (state.collected < channel.paid) still.push(channel);
    });
    pending = still;
    if (pending.length === 0) return;
    // Not an error here: checkStores counts what stays uncollected.
    if (performance.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The curve: one run per channel count, the rest of the options shared. */
export async function benchLoadCurve(options: Omit<LoadOptions, 'channels'>, counts: readonly number[]): Promise<LoadReport[]> {
  const points: LoadReport[] = [];
  for (const channels of counts) points.push(await benchLoad({ ...options, channels }));
  return points;
}
