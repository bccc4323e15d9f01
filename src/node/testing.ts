/**
 * Shared pieces of the node tests (and usable by the demo and benchmarks): a devnet with named
 * accounts, executor processes on it, requesters, and the Game of Life reference result to compare
 * paid runs against. Not part of the protocol; nothing here is used by the executor or requester.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChainClient, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { decodeLifeState, encodeLifeState, lifeRunReference, parseRle, type LifePattern } from '../functions/life.js';
import { lifeMeasurement } from './life.js';
import { startExecutorProcess, type ExecutorProcess, type ExecutorProcessOptions } from './process.js';
import { Requester, type Job, type RequesterOptions } from './requester.js';

export { eventually, waitUntil } from '../util/eventually.js';

export const GLIDER_GUN_RLE =
  'x = 36, y = 9, rule = B3/S23\n24bo$22bobo$12b2o6b2o12b2o$11bo3bo4b2o12b2o$2o8bo5bo3b2o$2o8bo3bob2o4bobo$10bo5bo7bo$11bo3bo$12b2o!';

export const TEST_PRICE_PER_CYCLE = 1_000n;

export type TestWorld = {
  devnet: Devnet;
  dir: string;
  /** A chain client for devnet account `index` (0 deployed the contracts; use 1.. for parties). */
  client(index: number): ChainClient;
  startExecutor(index: number, options?: Partial<ExecutorProcessOptions> & { name?: string }): Promise<ExecutorProcess>;
  requester(index: number, options?: Partial<RequesterOptions> & { name?: string }): Requester;
  close(): Promise<void>;
};

export async function startTestWorld(): Promise<TestWorld> {
  const devnet = await startDevnet({ accountCount: 12 });
  const dir = mkdtempSync(join(tmpdir(), 'airtnt-node-test-'));
  const processes: ExecutorProcess[] = [];
  const requesters: Requester[] = [];
  const client = (index: number) =>
    createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });
  return {
    devnet,
    dir,
    client,
    async startExecutor(index, options = {}) {
      const started = await startExecutorProcess({
        rpcUrl: devnet.rpcUrl,
        privateKey: devnet.accounts[index]!.privateKey,
        channels: devnet.channels,
        dataDir: join(dir, options.name ?? `executor-${index}`),
        pricePerCycle: TEST_PRICE_PER_CYCLE,
        // A loaded machine can take long to start one (tsx compiles the CLI first).
        startTimeoutMs: 180_000,
        ...options,
        // Test prices (1,000 wei per cycle) are far below the gas of a collect: collect them anyway.
        args: ['--collect-interval-ms', '500', '--collect-worth-factor', '0', ...(options.args ?? [])],
      });
      processes.push(started);
      return started;
    },
    requester(index, options = {}) {
      const requester = new Requester({
        chain: client(index),
        dataDir: join(dir, options.name ?? `requester-${index}`),
        policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true },
        timeouts: { keyMs: 3_000, keyFromChainMs: 5_000, resultMs: 20_000 },
        ...options,
      });
      requesters.push(requester);
      return requester;
    },
    async close() {
      for (const requester of requesters) {
        try {
          requester.close();
        } catch {
          // already closed by the test
        }
      }
      await Promise.all(processes.map((p) => p.kill()));
      await devnet.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A Game of Life job on a small grid, and the state an uninterrupted local run ends in. */
export async function lifeJob(options: { width: number; height: number; cycles: number; perRound: number; executors: string[]; rle?: string }): Promise<{ job: Job; expected: Uint8Array; expectedCycles: number }> {
  const pattern = parseRle(options.rle ?? GLIDER_GUN_RLE);
  const initialState = encodeLifeState(options.width, options.height, pattern);
  const grid: LifePattern = decodeLifeState(initialState);
  const reference = lifeRunReference(grid, options.cycles);
  return {
    job: { functionMeasurement: await lifeMeasurement(), initialState, totalCycles: options.cycles, perRound: options.perRound, executors: options.executors },
    expected: encodeLifeState(options.width, options.height, reference.pattern),
    expectedCycles: reference.cyclesDone,
  };
}

