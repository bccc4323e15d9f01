/**
 * Runs functions in a dedicated execution worker (src/enclave/execution-worker.ts), from inside the
 * enclave worker. One run at a time; each run has a wall-clock limit, past which the execution worker
 * is terminated (V8 interrupts even a tight WebAssembly loop) and a fresh one is started. The keys
 * never enter the execution worker, so killing it loses nothing but the run in progress.
 */
import type { Worker } from 'node:worker_threads';
import type { FunctionLimits } from '../functions/abi.js';
import { AirtntError } from '../util/errors.js';
import { siblingModule, startWorker } from './spawn.js';
import { deserializeError, type SerializedError } from './rpc.js';
import type { RoundLimits } from './types.js';
import type { Execution } from './wrapper.js';

export type ExecutionRequest = {
  id: number;
  /** sha256 of the module, lowercase hex: the worker's cache key. */
  measurement: string;
  /** The module bytes, sent the first time this worker runs the module. */
  module?: Uint8Array;
  state: Uint8Array;
  cycles: number;
  limits: FunctionLimits;
};

export type ExecutionReply =
  | { id: number; ok: true; state: Uint8Array; outputs: Uint8Array[]; cyclesDone: number }
  | { id: number; ok: false; error: SerializedError };

/** How long a new execution worker may take to load before we give up on it. */
const STARTUP_TIMEOUT_MS = 30_000;
const WORKER_URL = siblingModule('execution-worker', import.meta.url);

type Pending = { id: number; resolve: (value: Execution) => void; reject: (error: AirtntError) => void; timer: NodeJS.Timeout };

type Sandbox = { worker: Worker; ready: Promise<void>; started: boolean; loaded: Set<string>; pending?: Pending; dead: boolean };

export class ExecutionSandbox {
  readonly #limits: RoundLimits;
  #sandbox: Sandbox | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #nextId = 1;
  #closed = false;
  /** How many execution workers were terminated and replaced (timeouts, crashes). */
  restarts = 0;

  constructor(limits: RoundLimits) {
    this.#limits = limits;
  }

  /** Starts the execution worker ahead of the first run, so the first round does not pay for it. */
  warmUp(): Promise<void> {
    return this.#current().ready;
  }

  /** Runs one call of the function; rejects with FUNCTION_TIMEOUT, FUNCTION_TRAPPED, FUNCTION_OUT_OF_MEMORY, ... */
  run(measurement: string, module: Uint8Array, state: Uint8Array, cycles: number): Promise<Execution> {
    const next = this.#queue.then(() => this.#runNow(measurement, module, state, cycles));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    this.#closed = true;
    const sandbox = this.#sandbox;
    this.#sandbox = undefined;
    if (sandbox) await this.#kill(sandbox, new AirtntError('ENCLAVE_CLOSED', 'the enclave is closing'));
  }

  async #runNow(measurement: string, module: Uint8Array, state: Uint8Array, cycles: number): Promise<Execution> {
    if (this.#closed) throw new AirtntError('ENCLAVE_CLOSED', 'the enclave is closed');
    const sandbox = this.#current();
    await sandbox.ready;
    const request: ExecutionRequest = {
      id: this.#nextId++,
      measurement,
      state,
      cycles,
      limits: { maxMemoryPages: this.#limits.maxMemoryPages, maxStateBytes: this.#limits.maxStateBytes, maxOutputBytes: this.#limits.maxOutputBytes },
    };
    if (!sandbox.loaded.has(measurement)) request.module = module;
    return new Promise<Execution>((resolve, reject) => {
      const timer = setTimeout(() => {
        void this.#kill(sandbox, new AirtntError('FUNCTION_TIMEOUT', `the function ran longer than ${this.#limits.maxRoundMs} ms and was stopped`, {
          details: { maxRoundMs: this.#limits.maxRoundMs, cycles },
          hint: 'ask for fewer cycles per round',
        }));
      }, this.#limits.maxRoundMs);
      sandbox.pending = { id: request.id, resolve, reject, timer };
      sandbox.worker.postMessage(request);
      sandbox.loaded.add(measurement);
    });
  }

  #current(): Sandbox {
    if (this.#sandbox && !this.#sandbox.dead) return this.#sandbox;
    const sandbox = this.#spawn();
    this.#sandbox = sandbox;
    return sandbox;
  }

  #spawn(): Sandbox {
    const heapMb = 64 + 4 * Math.ceil((this.#limits.maxStateBytes + this.#limits.maxOutputBytes) / (1024 * 1024));
    const worker = startWorker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
    });
    let markReady: () => void = () => undefined;
    let failStart: (error: AirtntError) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failStart = reject;
    });
    ready.catch(() => undefined);
    const startTimer = setTimeout(() => failStart(unavailable('did not start in time')), STARTUP_TIMEOUT_MS);
    const sandbox: Sandbox = { worker, ready, started: false, loaded: new Set(), dead: false };
    worker.on('message', (message: ExecutionReply | { ready: true }) => {
      if ('ready' in message) {
        clearTimeout(startTimer);
        sandbox.started = true;
        markReady();
        return;
      }
      this.#settle(sandbox, message);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      clearTimeout(startTimer);
      const failure = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new AirtntError('FUNCTION_OUT_OF_MEMORY', 'the function exhausted the execution worker\'s memory and was stopped', { hint: 'give it a smaller state or fewer outputs' })
        : new AirtntError('FUNCTION_CRASHED', 'the execution worker failed and was restarted', { details: { reason: error.message.slice(0, 200) } });
      failStart(unavailable(error.message.slice(0, 200)));
      void this.#kill(sandbox, failure);
    });
    worker.on('exit', () => {
      clearTimeout(startTimer);
      failStart(unavailable('exited while starting'));
      void this.#kill(sandbox, new AirtntError('FUNCTION_CRASHED', 'the execution worker exited unexpectedly and was restarted'));
    });
    return sandbox;
  }

  #settle(sandbox: Sandbox, reply: ExecutionReply): void {
    const pending = sandbox.pending;
    if (!pending || pending.id !== reply.id) return;
    clearTimeout(pending.timer);
    sandbox.pending = undefined;
    if (reply.ok) pending.resolve({ state: reply.state, outputs: reply.outputs, cyclesDone: reply.cyclesDone });
    else pending.reject(deserializeError(reply.error));
  }

  /** Terminates a sandbox (once), fails its run in progress with `reason`, and warms up a replacement. */
  async #kill(sandbox: Sandbox, reason: AirtntError): Promise<void> {
    if (sandbox.dead) return;
    sandbox.dead = true;
    const pending = sandbox.pending;
    sandbox.pending = undefined;
    if (pending) {
      clearTimeout(pending.timer);
      pending.reject(reason);
    }
    if (this.#sandbox === sandbox) this.#sandbox = undefined;
    // Start the replacement now, so the next session does not wait for it; but not after a failed
    // start, which would only fail again in a loop (the next run reports it instead).
    if (!this.#closed && sandbox.started) {
      this.restarts += 1;
      this.#current();
    }
    sandbox.worker.removeAllListeners('message');
    await sandbox.worker.terminate();
  }
}

function unavailable(reason: string): AirtntError {
  return new AirtntError('ENCLAVE_EXECUTOR_UNAVAILABLE', 'the execution worker could not be started', { details: { reason } });
}
