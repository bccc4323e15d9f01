/**
 * The requester as a library user embeds it (viem style: the chain client first). A thin facade over
 * Requester: each run is awaitable for its result and async-iterable for its progress, without
 * changing how the requester pays, stores or recovers.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { ChainClient } from '../chain/client.js';
import { encodeLifeState } from '../functions/life.js';
import { lifeMeasurement, type LifeJob } from './life.js';
import type { RecoveryReport } from './requester-channels.js';
import { Requester, runIdOf } from './requester.js';
import type { Job, RequesterOptions, RunProgress, RunResult } from './requester-types.js';

export type CreateRequesterParameters = Omit<RequesterOptions, 'chain'>;

/** Progress reports kept for a consumer that iterates slower than rounds complete; older ones are dropped. */
export const MAX_QUEUED_PROGRESS = 1024;

/**
 * One run: `await` it for the RunResult, or `for await` over it for each round's RunProgress (the
 * loop ends when the run does, and throws what the run threw). Both may be used on the same run.
 */
export class RequesterRun implements PromiseLike<RunResult>, AsyncIterable<RunProgress> {
  readonly result: Promise<RunResult>;
  private readonly queue: RunProgress[] = [];
  private waiting: (() => void) | undefined;
  private done = false;

  constructor(start: (report: (progress: RunProgress) => void) => Promise<RunResult>) {
    this.result = start((progress) => this.push(progress)).finally(() => {
      this.done = true;
      this.wake();
    });
    // The caller may only iterate: an unobserved failure must not become an unhandled rejection.
    this.result.catch(() => undefined);
  }

  then<A = RunResult, B = never>(onResolved?: ((value: RunResult) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.result.then(onResolved, onRejected);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RunProgress> {
    for (;;) {
      const next = this.queue.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (this.done) {
        await this.result;
        return;
      }
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
      });
    }
  }

  private push(progress: RunProgress): void {
    if (this.queue.length >= MAX_QUEUED_PROGRESS) this.queue.shift();
    this.queue.push(progress);
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  }
}

export type RequesterClient = {
  /** The signer's address: it opens channels and signs every payment. */
  readonly address: RequesterOptions['chain']['account']['address'];
  /** Runs (or resumes: the same job is the same run) a job to the end, paying round by round. */
  run(job: Job): RequesterRun;
  /** Takes keys revealed on-chain and refunds expired channels of every stored run. */
  recover(): Promise<RecoveryReport>;
  /** Closes the store; wait for running runs first. */
  close(): void;
};

/**
 * A requester paying from `chain`'s account, storing its runs under `parameters.dataDir`.
 * `onProgress` still receives every run's progress, as well as each run's iterator.
 */
export function createRequester(chain: ChainClient, parameters: CreateRequesterParameters): RequesterClient {
  const listeners = new Map<string, Set<(progress: RunProgress) => void>>();
  const requester = new Requester({
    ...parameters,
    chain,
    onProgress: (progress) => {
      parameters.onProgress?.(progress);
      for (const listener of listeners.get(progress.runId) ?? []) listener(progress);
    },
  });
  return {
    address: chain.account.address,
    run(job) {
      return new RequesterRun(async (report) => {
        const runId = runIdOf(job);
        const set = listeners.get(runId) ?? new Set();
        listeners.set(runId, set);
        set.add(report);
        try {
          return await requester.run(job);
        } finally {
          set.delete(report);
          if (set.size === 0) listeners.delete(runId);
        }
      });
    },
    recover: () => requester.recover(),
    close: () => requester.close(),
  };
}

/** A Game of Life job for the built-in life function: the pattern placed at (0, 0) of a width x height grid. */
export async function createLifeJob(life: LifeJob): Promise<Job> {
  return {
    functionMeasurement: await lifeMeasurement(),
    initialState: encodeLifeState(life.width, life.height, life.pattern),
    totalCycles: life.cycles,
    perRound: life.perRound,
    executors: life.executors,
  };
}

export type ModuleJob = {
  /** The function's WebAssembly module (ABI v1, docs/functions.md); its sha256 is the measurement. */
  module: Uint8Array;
  /** The initial state: any bytes the function accepts. */
  state: Uint8Array;
  /** Cycles in total (fewer when the function terminates first: only those are paid). */
  cycles: number;
  perRound: number;
  executors: string[];
};

/**
 * A job for any function: the module goes with it, is checked before anything is opened or paid,
 * and is sent sealed to each executor's enclave that accepts it and does not hold it yet.
 */
export function createModuleJob(job: ModuleJob): Job {
  return {
    functionMeasurement: sha256(job.module),
    module: job.module,
    initialState: job.state,
    totalCycles: job.cycles,
    perRound: job.perRound,
    executors: job.executors,
  };
}
