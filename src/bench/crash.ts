/**
 * `airtnt bench crash`: kill -9 of either side at every named durable step (src/node/faults.ts
 * EXECUTOR_POINTS, REQUESTER_POINTS), a restart, and a check of the chain against both stores
 * (crash-check.ts): no payment the executor stored goes uncollected, no round is paid twice, no
 * deposit is left in a channel the requester does not know. Real processes on a real devnet with the
 * simulated (INSECURE) TEE; each point is a small Game of Life run of 3 rounds of 1 cycle.
 *
 * The executor side: an executor process that kills itself at the point, an in-process requester,
 * then the executor restarted on the same data directory and the run resumed there. The requester
 * side: `airtnt run life` processes that kill themselves at the point, against one honest executor,
 * then the same command again (it resumes from its store).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChainClient, increaseTime, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { encodeLifeState, parsePatternFile } from '../functions/life.js';
import { EXECUTOR_POINTS, REQUESTER_POINTS, type ExecutorPoint, type RequesterPoint } from '../node/faults.js';
import { runCli, startExecutorProcess, type ExecutorProcess } from '../node/process.js';
import { Requester } from '../node/requester.js';
import { eventually, GLIDER_GUN_RLE, lifeJob, TEST_PRICE_PER_CYCLE } from '../node/testing.js';
import { packageRoot, runningFromSource } from '../util/paths.js';
import { checkMoney, type MoneyCheck } from './crash-check.js';
import { formatCrashSpec, type CrashSpec } from './crash-faults.js';

/** The run each point drives: a 40x20 glider gun, 3 rounds of 1 cycle. */
const RUN = { width: 40, height: 20, cycles: 3, perRound: 1 };
/** How long a point may take to settle on a loaded machine (a bound, not a wait). */
const SETTLE_MS = 60_000;

export type CrashPointReport = {
  side: 'executor' | 'requester';
  point: string;
  fromRound: number;
  /** The process died of SIGKILL at the point. */
  crashed: boolean;
  /** The resumed run ended in the state an uninterrupted run reaches. */
  finalStateOk: boolean;
  held: boolean;
  ms: number;
  error?: string;
} & Omit<MoneyCheck, 'collected' | 'cost' | 'signed'> & { collected: string; cost: string; signed: string };

export type CrashSummary = {
  points: number;
  executorPoints: number;
  requesterPoints: number;
  held: number;
  notReached: number;
  lostPayments: number;
  paidTwice: number;
  orphanedChannels: number;
  seconds: number;
  results: CrashPointReport[];
};

/**
 * Where each point is crossed first in a run worth checking: payment-scoped steps from round 1 (round 0
 * is paid and keyed before; payment 1 commits with the key of round 2), session and enclave steps and
 * the round key written on its own at the opening (later keys commit with the payment before them:
 * executor-session-rounds.ts). 'payment-storing' loses the
 * payment in flight: the requester then waits for its channel to expire (the devnet's clock is moved
 * on), so it runs last in its sweep. On the requester side, 'payment-stored' (stored, never sent) moves
 * the clock on likewise.
 */
export const EXECUTOR_SWEEP: readonly { point: ExecutorPoint; fromRound: bigint }[] = EXECUTOR_POINTS.map((point) => ({
  point,
  fromRound: ['payment-stored', 'key-sent'].includes(point) ? 1n : 0n,
}))
  .filter((p) => p.point !== 'payment-storing')
  .concat([{ point: 'payment-storing', fromRound: 1n }]);

export const REQUESTER_SWEEP: readonly { point: RequesterPoint; fromRound: bigint }[] = REQUESTER_POINTS.map((point) => ({
  point,
  fromRound: ['payment-signed', 'payment-stored', 'payment-sent', 'key-received', 'round-completed'].includes(point) ? 1n : 0n,
}));

/** The command that starts crash-process.ts: built, or from the sources through tsx. */
export function crashCommand(spec: CrashSpec): string[] {
  // The entry of the tree this code runs from: the sources through tsx, or compiled beside this file.
  const entry = runningFromSource() ? ['--import', 'tsx', join(packageRoot(), 'src', 'bench', 'crash-process.ts')] : [fileURLToPath(new URL('./crash-process.js', import.meta.url))];
  return [process.execPath, ...entry, formatCrashSpec(spec)];
}

/** One devnet for a sweep (or a test file): accounts are handed out, one or two per point. */
export type CrashRig = {
  devnet: Devnet;
  dir: string;
  client(index: number): ChainClient;
  /** The next unused devnet account. */
  account(): number;
  /** The honest executor the requester side runs against (started on first use). */
  sharedExecutor(): Promise<{ process: ExecutorProcess; index: number; dataDir: string }>;
  close(): Promise<void>;
};

const COLLECT_ARGS = ['--collect-interval-ms', '300', '--collect-worth-factor', '0'];

export async function startCrashRig(accounts = 40): Promise<CrashRig> {
  const devnet = await startDevnet({ accountCount: accounts });
  const dir = mkdtempSync(join(tmpdir(), 'airtnt-crash-'));
  const processes: ExecutorProcess[] = [];
  let next = 1;
  let shared: Promise<{ process: ExecutorProcess; index: number; dataDir: string }> | undefined;
  const client = (index: number) => createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });
  const rig: CrashRig = {
    devnet,
    dir,
    client,
    account: () => {
      if (next >= devnet.accounts.length) throw new Error(`the crash rig has only ${devnet.accounts.length} accounts`);
      return next++;
    },
    sharedExecutor: () =>
      (shared ??= (async () => {
        const index = rig.account();
        const dataDir = join(dir, 'shared-executor');
        const started = await startExecutor(rig, index, dataDir);
        processes.push(started);
        return { process: started, index, dataDir };
      })()),
    async close() {
      if (shared !== undefined) processes.push((await shared).process);
      await Promise.all(processes.map((p) => p.kill()));
      await devnet.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return rig;
}

function startExecutor(rig: CrashRig, index: number, dataDir: string, command?: string[]): Promise<ExecutorProcess> {
  return startExecutorProcess({
    rpcUrl: rig.devnet.rpcUrl,
    privateKey: rig.devnet.accounts[index]!.privateKey,
    channels: rig.devnet.channels,
    dataDir,
    pricePerCycle: TEST_PRICE_PER_CYCLE,
    startTimeoutMs: 180_000,
    args: COLLECT_ARGS,
    ...(command === undefined ? {} : { command }),
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** Waits until the executor has collected everything it stored, then checks; the last check when it never does. */
async function settledCheck(rig: CrashRig, parties: Parameters<typeof checkMoney>[1]): Promise<MoneyCheck> {
  const chain = rig.client(0);
  try {
    return await eventually(async () => {
      const check = await checkMoney(chain, parties);
      return check.lostPayments === 0 && check.collected >= check.cost ? check : undefined;
    }, SETTLE_MS, 'the executor to collect every payment it stored');
  } catch {
    return checkMoney(chain, parties);
  }
}

function report(side: CrashPointReport['side'], point: string, fromRound: bigint, started: number, crashed: boolean, finalStateOk: boolean, check: MoneyCheck, error?: string): CrashPointReport {
  const held = crashed && finalStateOk && check.lostPayments === 0 && check.paidTwice === 0 && check.orphanedChannels === 0 && check.collected === check.cost;
  return {
    side,
    point,
    fromRound: Number(fromRound),
    crashed,
    finalStateOk,
    held,
    ms: Math.round(performance.now() - started),
    lostPayments: check.lostPayments,
    paidTwice: check.paidTwice,
    orphanedChannels: check.orphanedChannels,
    collected: check.collected.toString(),
    cost: check.cost.toString(),
    signed: check.signed.toString(),
    ...(error === undefined ? {} : { error }),
  };
}

/** Kills the executor at `point`, restarts it, resumes the run there and checks the money. */
export async function crashExecutorAt(rig: CrashRig, point: ExecutorPoint, fromRound: bigint): Promise<CrashPointReport> {
  const started = performance.now();
  const executorIndex = rig.account();
  const requesterIndex = rig.account();
  const executorDir = join(rig.dir, `executor-${point}-${executorIndex}`);
  const requesterDir = join(rig.dir, `requester-for-${point}-${executorIndex}`);
  const { job, expected, expectedCycles } = await lifeJob({ ...RUN, executors: [] });
  const parties = {
    requester: rig.devnet.accounts[requesterIndex]!.address,
    executor: rig.devnet.accounts[executorIndex]!.address,
    requesterDir,
    executorDir,
    cost: BigInt(expectedCycles) * TEST_PRICE_PER_CYCLE,
  };
  const crashing = await startExecutor(rig, executorIndex, executorDir, crashCommand({ side: 'executor', point, fromRound }));
  let expired: Promise<void> | undefined;
  const requester = new Requester({
    chain: rig.client(requesterIndex),
    dataDir: requesterDir,
    policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true },
    timeouts: { keyMs: 2_000, keyFromChainMs: 300, resultMs: 20_000, withheldKeyPollMs: 200 },
    // A payment the executor never stored has no key to reveal: the round is paid again only once
    // that payment expired, so the devnet's clock is moved past it, once the executor collected what
    // it did store (as it would within the hour that passes).
    onWait: () => {
      if (point !== 'payment-storing') return;
      expired ??= (async () => {
        await eventually(async () => ((await checkMoney(rig.client(0), parties)).lostPayments === 0 ? true : undefined), SETTLE_MS, 'the executor to collect before expiry');
        await increaseTime(rig.devnet, 3_700);
      })();
    },
  });
  let restarted: ExecutorProcess | undefined;
  let error: string | undefined;
  let finalStateOk = false;
  let crashed = false;
  try {
    const first = await requester.run({ ...job, executors: [crashing.url] }).catch((e: unknown) => e as Error);
    const exit = await Promise.race([crashing.exited, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), SETTLE_MS).unref())]);
    crashed = exit?.signal === 'SIGKILL';
    if (!crashed) await crashing.kill();
    restarted = await startExecutor(rig, executorIndex, executorDir);
    const result = first instanceof Error ? await requester.run({ ...job, executors: [restarted.url] }) : first;
    await expired;
    finalStateOk = Buffer.from(result.finalState).equals(Buffer.from(expected));
  } catch (e) {
    error = describe(e);
  }
  const check = await settledCheck(rig, parties);
  requester.close();
  await restarted?.stop();
  return report('executor', point, fromRound, started, crashed, finalStateOk, check, error);
}

/**
 * Kills `airtnt run life` at `point`, runs the same command again and checks the money. For
 * 'topped-up' a first, smaller run leaves its channel spent, so the crashing run tops it up.
 */
export async function crashRequesterAt(rig: CrashRig, point: RequesterPoint, fromRound: bigint): Promise<CrashPointReport> {
  const started = performance.now();
  const executor = await rig.sharedExecutor();
  const requesterIndex = rig.account();
  const requesterDir = join(rig.dir, `cli-requester-${point}`);
  const patternFile = join(rig.dir, 'gun.rle');
  writeFileSync(patternFile, GLIDER_GUN_RLE);
  const out = join(rig.dir, `out-${point}.rle`);
  const argsFor = (cycles: number) => [
    'run', 'life', '--pattern', patternFile, '--width', String(RUN.width), '--height', String(RUN.height), '--cycles', String(cycles),
    '--per-round', String(RUN.perRound), '--executor', executor.process.url, '--out', out, '--json', '--allow-simulated',
    '--data-dir', requesterDir, '--rpc-url', rig.devnet.rpcUrl, '--channels', rig.devnet.channels,
  ];
  const env = { AIRTNT_PRIVATE_KEY: rig.devnet.accounts[requesterIndex]!.privateKey };
  const parties = () => ({
    requester: rig.devnet.accounts[requesterIndex]!.address,
    executor: rig.devnet.accounts[executor.index]!.address,
    requesterDir,
    executorDir: executor.dataDir,
    cost,
  });
  let cost = 0n;
  let error: string | undefined;
  let crashed = false;
  let finalStateOk = false;
  try {
    if (point === 'topped-up') {
      const before = await runCli(argsFor(1), { env, timeoutMs: SETTLE_MS * 2 });
      if (before.code !== 0) throw new Error(`the run before the top-up failed: ${before.stderr.slice(-400)}`);
      cost += TEST_PRICE_PER_CYCLE;
    }
    const crashing = await runCli(argsFor(RUN.cycles), { env, command: crashCommand({ side: 'requester', point, fromRound }), timeoutMs: SETTLE_MS * 2 });
    crashed = crashing.signal === 'SIGKILL';
    // A payment stored and never sent may have reached the executor, for all the requester knows: it
    // pays that round again only once the payment expired (no double payment), so the clock moves on,
    // once the executor collected what it was paid before (as it would within the hour that passes).
    if (point === 'payment-stored') {
      await eventually(async () => ((await checkMoney(rig.client(0), parties())).lostPayments === 0 ? true : undefined), SETTLE_MS, 'the executor to collect before expiry');
      await increaseTime(rig.devnet, 3_700);
    }
    const resumed = await runCli(argsFor(RUN.cycles), { env, timeoutMs: SETTLE_MS * 2 });
    if (resumed.code !== 0) throw new Error(`the resumed run failed: ${resumed.stderr.slice(-400)}`);
    const { expected, expectedCycles } = await lifeJob({ ...RUN, executors: [] });
    cost += BigInt(expectedCycles) * TEST_PRICE_PER_CYCLE;
    finalStateOk = Buffer.from(encodeLifeState(RUN.width, RUN.height, parsePatternFile(out, readFileSync(out, 'utf8')))).equals(Buffer.from(expected));
  } catch (e) {
    error = describe(e);
  }
  const check = await settledCheck(rig, parties());
  return report('requester', point, fromRound, started, crashed, finalStateOk, check, error);
}

/** Every point of both sides, one after the other, on one devnet. */
export async function benchCrash(options: { onPoint?: (report: CrashPointReport) => void } = {}): Promise<CrashSummary> {
  const started = performance.now();
  const rig = await startCrashRig(2 + 2 * EXECUTOR_SWEEP.length + REQUESTER_SWEEP.length + 2);
  const results: CrashPointReport[] = [];
  try {
    // The requester side first: the executor side's last point moves the devnet's clock on (every
    // earlier point has settled by then).
    for (const { point, fromRound } of REQUESTER_SWEEP) {
      results.push(await crashRequesterAt(rig, point, fromRound));
      options.onPoint?.(results[results.length - 1]!);
    }
    for (const { point, fromRound } of EXECUTOR_SWEEP) {
      results.push(await crashExecutorAt(rig, point, fromRound));
      options.onPoint?.(results[results.length - 1]!);
    }
  } finally {
    await rig.close();
  }
  const sum = (f: (r: CrashPointReport) => number) => results.reduce((total, r) => total + f(r), 0);
  return {
    points: results.length,
    executorPoints: results.filter((r) => r.side === 'executor').length,
    requesterPoints: results.filter((r) => r.side === 'requester').length,
    held: sum((r) => (r.held ? 1 : 0)),
    notReached: sum((r) => (r.crashed ? 0 : 1)),
    lostPayments: sum((r) => r.lostPayments),
    paidTwice: sum((r) => r.paidTwice),
    orphanedChannels: sum((r) => r.orphanedChannels),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    results,
  };
}
