/**
 * The benchmark rig: one devnet (anvil), executor processes (executor-process.ts, forked), and one
 * paid run at a time through the real requester library (src/node/requester.ts). A run opens its
 * channel first (openMs), then runs on the open channel (latencyMs), then waits until the executor
 * has collected the payment on-chain (settleMs), then has the executor release the channel so the
 * next run starts from the same chain state.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequesterStore } from '../node/requester-store.js';
import { zeroAddress, type Address } from 'viem';
import type { AttestationPolicy } from '../attestation/index.js';
import { createChainClient, readChannel, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { ensureChannel } from '../node/requester-channels.js';
import { Requester, type RunResult } from '../node/requester.js';
import { AirtntError, isAirtntErrorCode } from '../util/errors.js';
import type { EnclaveTimes, ExecutorConfig, ExecutorRequest } from './executor-process.js';

/** Wei per cycle: small enough that any deposit fits, large enough that payments are not zero. */
export const BENCH_PRICE_PER_CYCLE = 1_000_000_000n;
const SIMULATED_POLICY: AttestationPolicy = { allowedKinds: ['simulated'], allowSimulated: true };
const START_TIMEOUT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 60_000;
const SETTLE_TIMEOUT_MS = 30_000;
const SETTLE_POLL_MS = 2;

/** A request without its id (Omit distributed over the union, so each kind keeps its fields). */
type RequestBody = ExecutorRequest extends infer R ? (R extends ExecutorRequest ? Omit<R, 'id'> : never) : never;

export type ExecutorHandle = {
  url: string;
  address: Address;
  request<T>(body: RequestBody): Promise<T>;
  stop(): Promise<void>;
};

export type BenchHarness = {
  devnet: Devnet;
  /** The requester's chain client (devnet account [0], which also deployed the contracts). */
  requester: ChainClient;
  executors: ExecutorHandle[];
  close(): Promise<void>;
};

/** One paid run on one executor, with the chain work around it timed apart. */
export type PaidRun = {
  result: RunResult;
  /** What the run's requester learnt of the executor (for a next run on a known executor). */
  known: Pick<RequesterStore, 'verdicts' | 'infos'>;
  openMs: number;
  settleMs: number;
  enclave: EnclaveTimes;
  releaseGas: bigint;
};

export async function startHarness(options: { executors: number; log?: (line: string) => void }): Promise<BenchHarness> {
  const log = options.log ?? (() => undefined);
  const devnet = await startDevnet({ accountCount: Math.max(2, options.executors + 1) });
  const executors: ExecutorHandle[] = [];
  const dataDirs: string[] = [];
  const close = async (): Promise<void> => {
    await Promise.allSettled(executors.map((e) => e.stop()));
    await devnet.stop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const requester = createChainClient({ rpcUrl: devnet.rpcUrl, chainId: devnet.chainId, privateKey: devnet.accounts[0]!.privateKey, channels: devnet.channels, pollingIntervalMs: 5 });
    // Executors start one after the other: on 2 cores, parallel starts only slow each other down.
    for (let i = 1; i <= options.executors; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'airtnt-bench-executor-'));
      dataDirs.push(dataDir);
      const account = devnet.accounts[i]!;
      executors.push(
        await startExecutorProcess({
          rpcUrl: devnet.rpcUrl,
          chainId: devnet.chainId,
          privateKey: account.privateKey,
          channels: devnet.channels,
          dataDir,
          pricePerCycle: BENCH_PRICE_PER_CYCLE.toString(),
        }),
      );
      log(`executor ${i} ready at ${executors.at(-1)!.url}`);
    }
    return { devnet, requester, executors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function executorModule(): URL {
  const self = import.meta.url;
  return new URL(`./executor-process${self.endsWith('.ts') ? '.ts' : '.js'}`, self);
}

export async function startExecutorProcess(config: ExecutorConfig): Promise<ExecutorHandle> {
  const module = executorModule();
  const child: ChildProcess = fork(module, [], {
    execArgv: module.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [],
    env: { ...process.env, AIRTNT_BENCH_EXECUTOR: JSON.stringify(config) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const ready = new Promise<{ url: string; address: Address }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AirtntError('BENCH_EXECUTOR_START_TIMEOUT', 'the executor process did not start in time')), START_TIMEOUT_MS);
    child.on('message', (message: { type?: string; id?: number; ok?: boolean; value?: unknown; url?: string; address?: Address; message?: string; error?: { code: string; message: string } }) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve({ url: message.url!, address: message.address! });
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new AirtntError('BENCH_EXECUTOR_FAILED', `the executor process failed to start: ${message.message}`));
      } else if (message.id !== undefined) {
        const entry = pending.get(message.id);
        pending.delete(message.id);
        if (message.ok) entry?.resolve(message.value);
        else {
          const code = message.error?.code;
          entry?.reject(new AirtntError(isAirtntErrorCode(code) ? code : 'BENCH_EXECUTOR_ERROR', message.error?.message ?? 'executor request failed'));
        }
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      const error = new AirtntError('BENCH_EXECUTOR_EXITED', `the executor process exited (code ${code})`);
      reject(error);
      for (const entry of pending.values()) entry.reject(error);
      pending.clear();
    });
  });
  let info: { url: string; address: Address };
  try {
    info = await ready;
  } catch (error) {
    child.kill('SIGKILL');
    process.off('exit', killOnExit);
    throw error;
  }
  const request = <T>(body: RequestBody): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new AirtntError('BENCH_EXECUTOR_TIMEOUT', `the executor did not answer "${body.type}"`));
      }, REQUEST_TIMEOUT_MS);
      pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      child.send({ ...body, id });
    });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // The wait for the answer is cleared once over: a pending 5 s timer would hold this process open.
    let answerTimer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([request({ type: 'stop' }), new Promise((resolve) => (answerTimer = setTimeout(resolve, 5_000)))]);
    } catch {
      // Already gone.
    } finally {
      clearTimeout(answerTimer);
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    process.off('exit', killOnExit);
  };
  return { ...info, request, stop };
}

/**
 * One paid run: a fresh requester store (knowing what `known` holds of the executor, if given), the channel
 * opened beforehand, the run, then the settlement. `job` is the requester library's Job without the executor list.
 */
export async function paidRun(
  harness: BenchHarness,
  executor: ExecutorHandle,
  job: { functionMeasurement: Uint8Array; initialState: Uint8Array; totalCycles: number; perRound: number },
  known?: Pick<RequesterStore, 'verdicts' | 'infos'>,
): Promise<PaidRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'airtnt-bench-requester-'));
  const requester = new Requester({ chain: harness.requester, dataDir, policy: SIMULATED_POLICY });
  // The executor is known: the store has its info document and its evidence's verdict, as one that served an earlier job would.
  if (known !== undefined) {
    requester.store.verdicts.adopt(known.verdicts);
    requester.store.infos.adopt(known.infos);
  }
  try {
    await executor.request({ type: 'reset' });
    const openStarted = performance.now();
    const { channel } = await ensureChannel(harness.requester, requester.store, {
      executor: executor.address,
      needed: BENCH_PRICE_PER_CYCLE * BigInt(job.totalCycles),
      minSeconds: 600,
      channelSeconds: 3600,
    });
    const openMs = performance.now() - openStarted;
    const result = await requester.run({ ...job, executors: [executor.url] });
    const settleStarted = performance.now();
    const paid = result.paid.reduce((sum, p) => sum + p.amount, 0n);
    const ref = { requester: harness.requester.account.address, executor: executor.address, token: zeroAddress, lane: channel.lane };
    await waitForCollected(harness.requester, ref, paid);
    const settleMs = performance.now() - settleStarted;
    const enclave = await executor.request<EnclaveTimes>({ type: 'stats' });
    const released = await executor.request<{ gasUsed: string }>({ type: 'release', requester: ref.requester, token: ref.token, lane: ref.lane.toString() });
    return { result, openMs, settleMs, enclave, releaseGas: BigInt(released.gasUsed), known: { verdicts: requester.store.verdicts, infos: requester.store.infos } };
  } finally {
    requester.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The executor collects at the end of a session on its own; settled = the chain shows it. */
async function waitForCollected(chain: ChainClient, ref: Parameters<typeof readChannel>[1], amount: bigint): Promise<void> {
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const state = await readChannel(chain, ref);
    if (state.collected >= amount) return;
    if (performance.now() > deadline) {
      throw new AirtntError('BENCH_SETTLE_TIMEOUT', 'the executor did not collect the payment on-chain in time', {
        details: { paid: amount.toString(), collected: state.collected.toString() },
      });
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
  }
}
