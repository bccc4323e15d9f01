/**
 * The load benchmark's executor: one real executor node (src/node/executor.ts: durable SQLite
 * store, collector on) with the simulated (INSECURE) TEE, in its own process, forked by
 * src/bench/load.ts. Configuration in AIRTNT_LOAD_EXECUTOR (JSON).
 *
 * Its admission limits are set explicitly for the benchmark and only here: by default a node admits
 * 64 live sessions in all and 8 (16 raw sockets) per client address, which is what stops one host
 * from holding every slot. The benchmark's client processes all connect from 127.0.0.1, so it raises
 * the per-address limits and sets the total to the channels it drives; production defaults are
 * unchanged.
 */
import { readdirSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { z } from 'zod';
import { createChainClient } from '../chain/index.js';
import { createEnclave } from '../enclave/index.js';
import { builtinMeasurements } from '../node/functions.js';
import { startExecutorNode } from '../node/executor.js';
import { createTeeProvider } from '../tee/index.js';
import { failStart, serveParent } from './load-ipc.js';

const hex = (bytes: number) => z.string().regex(new RegExp(`^0x[0-9a-fA-F]{${bytes * 2}}$`));

export const loadExecutorConfigSchema = z.object({
  rpcUrl: z.string().url().max(200),
  chainId: z.number().int().positive(),
  privateKey: hex(32),
  channels: hex(20),
  dataDir: z.string().min(1).max(1000),
  pricePerCycle: z.string().regex(/^\d{1,30}$/),
  /** Live sessions admitted in all (the benchmark's channel count plus slack). */
  maxSessions: z.number().int().min(1).max(100_000),
});
export type LoadExecutorConfig = z.infer<typeof loadExecutorConfigSchema>;
export type LoadExecutorReady = { url: string; address: `0x${string}` };
/** Where the executor's memory is: the process (RSS, threads) and its main thread's V8 heap, and the enclave's execution workers. */
export type LoadExecutorMemory = {
  rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number; arrayBuffersMb: number; threads: number; executionWorkers: number;
  /** The main thread's V8 heap by space: MiB committed (what counts in RSS) and used, e.g. new_space, old_space, large_object_space. */
  heapSpacesMb: Record<string, { committed: number; used: number }>;
};
export type LoadExecutorStats = { activeSessions: number; sessions: number; collectQueue: number; unconfirmedCollects: number; memory: LoadExecutorMemory };

const mb = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

function heapSpaces(): LoadExecutorMemory['heapSpacesMb'] {
  const spaces: LoadExecutorMemory['heapSpacesMb'] = {};
  for (const space of getHeapSpaceStatistics()) spaces[space.space_name] = { committed: mb(space.physical_space_size), used: mb(space.space_used_size) };
  return spaces;
}

function threadCount(): number {
  try {
    return readdirSync('/proc/self/task').length;
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const config = loadExecutorConfigSchema.parse(JSON.parse(process.env.AIRTNT_LOAD_EXECUTOR ?? '{}'));
  const chain = createChainClient({
    rpcUrl: config.rpcUrl,
    chainId: config.chainId,
    privateKey: config.privateKey as `0x${string}`,
    channels: config.channels as `0x${string}`,
  });
  const tee = await createTeeProvider('simulated');
  const enclave = await createEnclave({ tee });
  const node = await startExecutorNode({
    chain,
    enclave,
    dataDir: config.dataDir,
    pricePerCycle: BigInt(config.pricePerCycle),
    functions: Object.values(await builtinMeasurements()),
    maxConcurrentSessions: config.maxSessions,
    connectionLimits: { maxPerAddress: config.maxSessions, maxPreOpenPerAddress: config.maxSessions, maxNewPerWindow: 10_000_000 },
    // Its own clients are honest but many: a loaded event loop may read their upgrade headers late.
    socketLimits: { maxPerKey: config.maxSessions + 64, maxTotal: config.maxSessions + 256, headersTimeoutMs: 60_000, requestTimeoutMs: 120_000 },
    // A thousand sessions open at once queue their rounds: the requester must not be dropped for it.
    sessionIdleMs: 300_000,
    preOpenMs: 120_000,
    // Benchmark prices are far below the gas of a collect on the devnet: collect them anyway.
    collectTuning: { worthFactor: 0n },
    collectIntervalMs: 250,
  });
  const stop = async (): Promise<void> => {
    await node.close();
    await enclave.close();
  };
  const parent = serveParent(async (request) => {
    switch (request.type) {
      case 'stats': {
        const seen = node.observe();
        const usage = process.memoryUsage();
        const memory: LoadExecutorMemory = {
          rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed), heapTotalMb: mb(usage.heapTotal), externalMb: mb(usage.external), arrayBuffersMb: mb(usage.arrayBuffers),
          threads: threadCount(), executionWorkers: (await enclave.stats()).executionWorkers, heapSpacesMb: heapSpaces(),
        };
        return { activeSessions: seen.activeSessions.size, sessions: node.stats().sessions, collectQueue: seen.collectQueue, unconfirmedCollects: seen.unconfirmedCollects, memory } satisfies LoadExecutorStats;
      }
      case 'collectAll':
        await node.collectAll();
        return node.observe().collectQueue;
      case 'stop':
        await stop();
        setImmediate(() => process.disconnect());
        return null;
      default:
        throw new Error(`unknown request ${request.type}`);
    }
  }, stop);
  parent.ready({ url: node.url, address: node.address } satisfies LoadExecutorReady);
}

main().catch(failStart);
