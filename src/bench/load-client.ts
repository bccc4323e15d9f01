/**
 * A client process of the load benchmark: many requesters (the real requester library,
 * src/node/requester.ts), each with its own key, its own SQLite store and its own channel, driven
 * concurrently from one event loop. Forked by src/bench/load.ts with AIRTNT_LOAD_CLIENT (JSON).
 *
 * `prepare` opens every channel (before the clock starts, as the paper measures rounds on a channel
 * opened beforehand); `run` runs one session per requester, all at once, and reports each paid
 * round's latency and when it completed; `stop` closes the stores (which src/bench/load.ts then
 * reads to check them against the chain).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createChainClient, type ChainClient } from '../chain/index.js';
import { ensureChannel } from '../node/requester-channels.js';
import { Requester } from '../node/requester.js';
import { fromHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { eachLimited, failStart, serveParent } from './load-ipc.js';

/** Lifetime of the channels each client prepares before the timed part, and opens with when it runs. */
const LOAD_CHANNEL_SECONDS = 7200;

const hex = (bytes: number) => z.string().regex(new RegExp(`^0x[0-9a-fA-F]{${bytes * 2}}$`));

export const loadClientConfigSchema = z.object({
  rpcUrl: z.string().url().max(200),
  chainId: z.number().int().positive(),
  channels: hex(20),
  executorUrl: z.string().url().max(200),
  executor: hex(20),
  workDir: z.string().min(1).max(1000),
  /** One requester per key; `first` is the index of the first (names its store folder). */
  first: z.number().int().min(0),
  keys: z.array(hex(32)).min(1).max(100_000),
  functionMeasurement: hex(32),
  initialState: z.string().regex(/^0x([0-9a-fA-F]{2}){1,4096}$/),
  rounds: z.number().int().min(1).max(1_000_000),
  perRound: z.number().int().min(1).max(1_000_000),
  pricePerCycle: z.string().regex(/^\d{1,30}$/),
  /** Channels opened at once (each is one transaction from its own account). */
  openConcurrency: z.number().int().min(1).max(10_000),
  /**
   * Sessions in setup at once (info, attestation, chain reads, connect, open), until each one's first
   * paid round: a thousand sessions starting in the same millisecond send thousands of chain reads
   * at once, and the devnet answers some after the RPC client's timeout.
   */
  setupConcurrency: z.number().int().min(1).max(100_000),
});
export type LoadClientConfig = z.infer<typeof loadClientConfigSchema>;

/** One requester's session as the client saw it. */
export type LoadSession = { index: number; ok: boolean; rounds: number; paidWei: string; error?: string };
export type LoadClientRun = {
  sessions: LoadSession[];
  /** Latency of every paid round (ms): result, payment and key. */
  roundMs: number[];
  /** Epoch ms (performance.timeOrigin based) of the first and last paid round seen. */
  firstRoundAt: number;
  lastRoundAt: number;
  startedAt: number;
  endedAt: number;
};

/** A counting semaphore: acquire waits while `limit` holders are in. */
function semaphore(limit: number): { acquire(): Promise<void>; release(): void } {
  let held = 0;
  const waiting: (() => void)[] = [];
  return {
    acquire: () => {
      if (held < limit) {
        held += 1;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    release: () => {
      const next = waiting.shift();
      if (next !== undefined) next();
      else held -= 1;
    },
  };
}

const OPEN_ATTEMPTS = 5;

const epochNow = (): number => performance.timeOrigin + performance.now();

async function main(): Promise<void> {
  const config = loadClientConfigSchema.parse(JSON.parse(process.env.AIRTNT_LOAD_CLIENT ?? '{}'));
  const chains: ChainClient[] = config.keys.map((key) =>
    createChainClient({ rpcUrl: config.rpcUrl, chainId: config.chainId, privateKey: key as `0x${string}`, channels: config.channels as `0x${string}`, pollingIntervalMs: 20 }),
  );
  const generous = 600_000;
  // Rounds are timed where they complete: the requester's progress callback, once per paid round.
  const window = { first: Infinity, last: 0 };
  const inSetup = new Set<number>();
  const setupDone: ((() => void) | undefined)[] = [];
  const onProgressOf = (i: number) => (): void => {
    const now = epochNow();
    if (now < window.first) window.first = now;
    if (now > window.last) window.last = now;
    setupDone[i]?.();
  };
  const setupGate = semaphore(config.setupConcurrency);
  const requesters = chains.map((chain, i) => {
    const dataDir = join(config.workDir, 'requesters', String(config.first + i));
    mkdirSync(dataDir, { recursive: true });
    return new Requester({
      chain,
      dataDir,
      policy: { allowedKinds: ['simulated'], allowSimulated: true },
      // The channels prepared below are this long: the run reuses them (it passes over longer ones).
      channelSeconds: LOAD_CHANNEL_SECONDS,
      onProgress: onProgressOf(i),
      // Under a thousand concurrent sessions every step queues: the benchmark measures how long
      // they take, it must not give up on them.
      timeouts: { infoMs: generous, connectMs: generous, resultMs: generous, keyMs: generous, keyFromChainMs: generous },
    });
  });
  const cycles = config.rounds * config.perRound;
  const needed = BigInt(config.pricePerCycle) * BigInt(cycles);
  const job = { functionMeasurement: fromHex(config.functionMeasurement, 32, 'function'), initialState: fromHex(config.initialState, undefined, 'state'), totalCycles: cycles, perRound: config.perRound, executors: [config.executorUrl] };
  const close = async (): Promise<void> => {
    for (const requester of requesters) requester.close();
  };
  const parent = serveParent(async (request) => {
    switch (request.type) {
      case 'prepare': {
        const lanes: string[] = [];
        await eachLimited(requesters, config.openConcurrency, async (requester, i) => {
          // A devnet under load can answer after the RPC client's timeout: try again (the store knows
          // any channel that did open, and ensureChannel reuses it).
          for (let attempt = 1; ; attempt++) {
            try {
              const { channel } = await ensureChannel(chains[i]!, requester.store, { executor: config.executor as `0x${string}`, needed, minSeconds: 600, channelSeconds: LOAD_CHANNEL_SECONDS });
              lanes[i] = channel.lane.toString();
              return;
            } catch (error) {
              if (attempt >= OPEN_ATTEMPTS) throw error;
            }
          }
        });
        return lanes;
      }
      case 'run': {
        window.first = Infinity;
        window.last = 0;
        const run: LoadClientRun = { sessions: [], roundMs: [], firstRoundAt: 0, lastRoundAt: 0, startedAt: epochNow(), endedAt: 0 };
        await Promise.all(
          requesters.map(async (requester, i) => {
            const index = config.first + i;
            await setupGate.acquire();
            inSetup.add(i);
            setupDone[i] = () => {
              if (inSetup.delete(i)) setupGate.release();
            };
            try {
              const result = await requester.run(job);
              const paid = result.paid.reduce((sum, p) => sum + p.amount, 0n);
              run.roundMs.push(...result.timings.roundMs);
              run.sessions.push({ index, ok: result.rounds === config.rounds, rounds: result.rounds, paidWei: paid.toString() });
            } catch (error) {
              run.sessions.push({ index, ok: false, rounds: 0, paidWei: '0', error: isAirtntError(error) ? `${error.code}: ${error.shortMessage}` : String(error) });
            } finally {
              setupDone[i]?.();
            }
          }),
        );
        run.endedAt = epochNow();
        run.firstRoundAt = window.first;
        run.lastRoundAt = window.last;
        return run;
      }
      case 'stop':
        await close();
        setImmediate(() => process.disconnect());
        return null;
      default:
        throw new Error(`unknown request ${request.type}`);
    }
  }, close);
  parent.ready({ requesters: requesters.length });
}

main().catch(failStart);
