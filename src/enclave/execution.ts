/**
 * Runs functions in a pool of execution workers (src/enclave/execution-worker.ts), from inside the
 * enclave worker. Each worker runs one call at a time under a wall-clock limit, past which it is
 * terminated (V8 interrupts even a tight WebAssembly loop) and replaced by a spare kept warm (from
 * the first such stop on), so a stuck round blocks only its own worker, only until its limit, and the
 * next round does not wait for a worker to load. The keys never enter an execution worker, so
 * killing one loses nothing but the run in progress.
 *
 * Fair queueing: calls wait in one queue per key (the host passes the requester, so one requester's
 * many channels share one turn), and a free worker takes the oldest call of the key that has the
 * fewest calls running, and among those the one served longest ago. So a requester with nothing
 * running goes before one that holds workers or was just served: its call waits at most until the
 * next worker frees up (one round limit), however many rounds another requester keeps queued. The
 * queue is bounded (ENCLAVE_BUSY).
 *
 * Burst workers: when every worker is busy and a key with nothing running waits, one more worker is
 * started (up to `maxWorkers`) instead of making it wait for a round limit; the operating system then
 * shares the cores among the rounds, so a short round is slowed by the others' presence, not delayed
 * by their whole length. Several hostile requesters each running a round to its limit therefore delay
 * an honest round by a share of the cores, not by one limit each. Burst workers stop once they have
 * stayed idle with nothing queued for BURST_IDLE_MS: under steady load from many requesters the queue
 * empties and fills many times a second, and starting a worker costs far more than a round (the
 * load benchmark saw a new worker per round or two, and the executor's memory grow with them).
 */
import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { FunctionLimits } from '../functions/abi.js';
import { AirtntError } from '../util/errors.js';
import { siblingModule, startWorker, WORKER_YOUNG_GENERATION_MB } from './spawn.js';
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
  /** Work units the call may spend (src/functions/metering.ts). */
  workBudget: number;
  limits: FunctionLimits;
  /** Only compile the module and instantiate it once (a module sent with a session, before it is accepted). */
  validate?: true;
};

export type ExecutionReply =
  | { id: number; ok: true; state: Uint8Array; outputs: Uint8Array[]; cyclesDone: number; workUnits: number }
  | { id: number; ok: false; error: SerializedError };

/** How long a new execution worker may take to load before we give up on it. */
const STARTUP_TIMEOUT_MS = 30_000;
/** Calls waiting for a worker, over all keys; more are refused (ENCLAVE_BUSY). */
export const MAX_QUEUED_RUNS = 1024;
const WORKER_URL = siblingModule('execution-worker', import.meta.url);

/**
 * Default pool size: one worker per core but one (the host and enclave threads), at least 1, at most 8.
 * One is enough for the fairness bound (the fewest-running-first queue and the warm spare); more
 * serve more requesters at once.
 */
export function defaultExecutionWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism() - 1));
}

/** How long a burst worker stays idle, with nothing queued, before it is stopped. */
export const BURST_IDLE_MS = 2_000;

/** Workers at most by default, burst ones included, however many cores (each is a V8 isolate of about 20 MiB). */
export const DEFAULT_MAX_EXECUTION_WORKERS = 8;

/**
 * Default most workers, burst ones included: one more than the cores (at least one burst worker), at
 * most DEFAULT_MAX_EXECUTION_WORKERS. More workers than cores add no speed, only a share of the cores
 * for a requester that would otherwise wait a round limit; each costs about 20 MiB of resident memory
 * (the load benchmark's executor at N = 1,000 ran all eight, most of its RSS). With a queue key per
 * requester, the fewest-running-first queue still serves an honest requester at the next free worker.
 */
export function defaultMaxExecutionWorkers(workers: number): number {
  return Math.max(workers, Math.min(DEFAULT_MAX_EXECUTION_WORKERS, Math.max(workers + 1, availableParallelism() + 1)));
}

type Pending = { id: number; resolve: (value: Execution) => void; reject: (error: AirtntError) => void; timer: NodeJS.Timeout };

type Sandbox = { worker: Worker; ready: Promise<void>; started: boolean; loaded: Set<string>; pending?: Pending; dead: boolean };

type Job = {
  key: string;
  /** What the call belongs to (a session), for dropQueued; '' for nothing. */
  tag: string;
  measurement: string;
  module: Uint8Array;
  state: Uint8Array;
  cycles: number;
  workBudget: number;
  /** A validation (compile and trial instantiation) under `timeoutMs` instead of a round. */
  validate?: { timeoutMs: number };
  resolve: (value: Execution) => void;
  reject: (error: unknown) => void;
};

type Slot = { sandbox: Sandbox | undefined; busy: boolean; idleTimer?: NodeJS.Timeout };

export class ExecutionSandbox {
  readonly #limits: RoundLimits;
  readonly #slots: Slot[];
  /** Workers kept running; slots beyond these are burst workers. */
  readonly #baseWorkers: number;
  readonly #maxWorkers: number;
  /** A started worker waiting to replace one that is terminated (loading one takes a while). */
  #spare: Sandbox | undefined;
  /** Waiting calls by queue key, and the keys in round-robin order (each key at most once). */
  readonly #queues = new Map<string, Job[]>();
  readonly #turns: string[] = [];
  /** Calls running on a worker, and when each key was last served (a serial number), by queue key. */
  readonly #running = new Map<string, number>();
  readonly #lastServed = new Map<string, number>();
  #serial = 0;
  #queued = 0;
  #nextId = 1;
  #closed = false;
  /** How many execution workers were terminated and replaced (timeouts, crashes). */
  restarts = 0;

  constructor(limits: RoundLimits, workers: number = defaultExecutionWorkers(), maxWorkers: number = defaultMaxExecutionWorkers(workers)) {
    if (!Number.isInteger(workers) || workers < 1 || workers > 64 || !Number.isInteger(maxWorkers) || maxWorkers < workers || maxWorkers > 64) {
      throw new AirtntError('INVALID_LIMITS', 'the number of execution workers must be an integer in 1..64, and the most workers at least that', { details: { workers, maxWorkers } });
    }
    this.#limits = limits;
    this.#baseWorkers = workers;
    this.#maxWorkers = maxWorkers;
    this.#slots = Array.from({ length: workers }, () => ({ sandbox: undefined, busy: false }));
  }

  get workers(): number {
    return this.#slots.length;
  }

  /** Starts the execution workers ahead of the first run, so the first round does not pay for them. */
  async warmUp(): Promise<void> {
    await Promise.all(this.#slots.map((slot) => this.#current(slot).ready));
  }

  /**
   * Runs one call of the function when a worker is free and `queueKey`'s turn comes; rejects with
   * FUNCTION_TIMEOUT, FUNCTION_TRAPPED, FUNCTION_OUT_OF_MEMORY, FUNCTION_WORK_EXHAUSTED, ENCLAVE_BUSY,
   * SESSION_CLOSED (dropped while queued: dropQueued), ...
   */
  run(measurement: string, module: Uint8Array, state: Uint8Array, cycles: number, workBudget: number, queueKey = '', tag = ''): Promise<Execution> {
    if (this.#closed) return Promise.reject(new AirtntError('ENCLAVE_CLOSED', 'the enclave is closed'));
    if (this.#queued >= MAX_QUEUED_RUNS) {
      return Promise.reject(new AirtntError('ENCLAVE_BUSY', 'too many rounds are waiting for an execution worker', {
        details: { queued: this.#queued, max: MAX_QUEUED_RUNS },
        hint: 'try again later',
      }));
    }
    return new Promise<Execution>((resolve, reject) => {
      const queue = this.#queues.get(queueKey);
      const job: Job = { key: queueKey, tag, measurement, module, state, cycles, workBudget, resolve, reject };
      if (queue) queue.push(job);
      else {
        this.#queues.set(queueKey, [job]);
        this.#turns.push(queueKey);
      }
      this.#queued += 1;
      this.#dispatch();
    });
  }

  /**
   * Compiles a module and instantiates it once in an execution worker, within `timeoutMs` (compile
   * time, a start function that loops), queued like a round under `queueKey`; rejects with what
   * compileFunction and checkInstantiation throw, FUNCTION_TIMEOUT past the limit, or
   * FUNCTION_OUT_OF_MEMORY / FUNCTION_CRASHED when the worker dies of it (it is then replaced).
   */
  validate(measurement: string, module: Uint8Array, timeoutMs: number, queueKey = ''): Promise<void> {
    if (this.#closed) return Promise.reject(new AirtntError('ENCLAVE_CLOSED', 'the enclave is closed'));
    if (this.#queued >= MAX_QUEUED_RUNS) {
      return Promise.reject(new AirtntError('ENCLAVE_BUSY', 'too many rounds are waiting for an execution worker', { details: { queued: this.#queued, max: MAX_QUEUED_RUNS }, hint: 'try again later' }));
    }
    return new Promise<Execution>((resolve, reject) => {
      this.#enqueue({ key: queueKey, tag: '', measurement, module, state: new Uint8Array(0), cycles: 0, workBudget: 1, validate: { timeoutMs }, resolve, reject });
    }).then(() => undefined);
  }

  #enqueue(job: Job): void {
    const queue = this.#queues.get(job.key);
    if (queue) queue.push(job);
    else {
      this.#queues.set(job.key, [job]);
      this.#turns.push(job.key);
    }
    this.#queued += 1;
    this.#dispatch();
  }

  /**
   * Drops the calls tagged `tag` that still wait for a worker (rejected with SESSION_CLOSED); a call
   * already running goes on to its end. A session that ended (its requester gone, its next round run
   * ahead of a payment that will not come) so frees its place in the queue at once.
   */
  dropQueued(tag: string): number {
    let dropped = 0;
    for (const [key, queue] of this.#queues) {
      const kept = queue.filter((job) => job.tag !== tag);
      if (kept.length === queue.length) continue;
      for (const job of queue) {
        if (job.tag === tag) job.reject(new AirtntError('SESSION_CLOSED', 'the session was closed before its round reached a worker', { details: { session: tag } }));
      }
      dropped += queue.length - kept.length;
      if (kept.length > 0) this.#queues.set(key, kept);
      else {
        this.#queues.delete(key);
        this.#turns.splice(this.#turns.indexOf(key), 1);
        if (!this.#running.has(key)) this.#lastServed.delete(key);
      }
    }
    this.#queued -= dropped;
    return dropped;
  }

  async close(): Promise<void> {
    this.#closed = true;
    const closing = new AirtntError('ENCLAVE_CLOSED', 'the enclave is closing');
    for (const queue of this.#queues.values()) for (const job of queue) job.reject(closing);
    this.#queues.clear();
    this.#turns.length = 0;
    this.#queued = 0;
    const sandboxes = [...this.#slots.map((slot) => slot.sandbox), this.#spare];
    for (const slot of this.#slots) {
      clearTimeout(slot.idleTimer);
      slot.sandbox = undefined;
    }
    this.#spare = undefined;
    await Promise.all(sandboxes.map((sandbox) => (sandbox ? this.#kill(sandbox, closing) : undefined)));
  }

  /** Hands the next key's oldest call to each free worker, started ones first (a replacement may still be loading). */
  #dispatch(): void {
    const started = (slot: Slot) => (slot.sandbox !== undefined && slot.sandbox.started && !slot.sandbox.dead ? 0 : 1);
    for (const slot of [...this.#slots].sort((a, b) => started(a) - started(b))) {
      if (this.#closed || this.#turns.length === 0) return;
      if (slot.busy) continue;
      // The key with the fewest calls running, then the one served longest ago (never: first).
      const rank = (key: string): [number, number] => [this.#running.get(key) ?? 0, this.#lastServed.get(key) ?? -1];
      let chosen = 0;
      for (let i = 1; i < this.#turns.length; i++) {
        const [running, served] = rank(this.#turns[i]!);
        const [bestRunning, bestServed] = rank(this.#turns[chosen]!);
        if (running < bestRunning || (running === bestRunning && served < bestServed)) chosen = i;
      }
      const key = this.#turns.splice(chosen, 1)[0]!;
      const queue = this.#queues.get(key)!;
      const job = queue.shift()!;
      if (queue.length > 0) this.#turns.push(key);
      else this.#queues.delete(key);
      this.#queued -= 1;
      slot.busy = true;
      clearTimeout(slot.idleTimer);
      this.#running.set(key, (this.#running.get(key) ?? 0) + 1);
      this.#lastServed.set(key, this.#serial++);
      this.#runOn(slot, job).then(job.resolve, job.reject).finally(() => {
        slot.busy = false;
        const running = (this.#running.get(key) ?? 1) - 1;
        if (running > 0) this.#running.set(key, running);
        else this.#running.delete(key);
        // Forget keys with nothing queued or running, so the maps stay as small as the queue.
        if (running <= 0 && !this.#queues.has(key)) this.#lastServed.delete(key);
        if (this.#turns.length === 0) this.#retireBurstWhenIdle(slot);
        this.#dispatch();
      });
    }
    this.#burst();
  }

  /** Starts a burst worker when every worker is busy and a key with nothing running waits (see the file header). */
  #burst(): void {
    if (this.#closed || this.#turns.length === 0 || this.#slots.length >= this.#maxWorkers) return;
    if (this.#slots.some((slot) => !slot.busy)) return;
    if (!this.#turns.some((key) => (this.#running.get(key) ?? 0) === 0)) return;
    this.#slots.push({ sandbox: undefined, busy: false });
    this.#dispatch();
  }

  /** Stops a burst worker once it has stayed idle for BURST_IDLE_MS with nothing queued. */
  #retireBurstWhenIdle(slot: Slot): void {
    if (this.#slots.indexOf(slot) < this.#baseWorkers) return;
    clearTimeout(slot.idleTimer);
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = undefined;
      if (!slot.busy && this.#turns.length === 0) this.#retireBurst(slot);
    }, BURST_IDLE_MS);
    slot.idleTimer.unref();
  }

  /** Stops an idle burst worker (one beyond the base count). */
  #retireBurst(slot: Slot): void {
    const index = this.#slots.indexOf(slot);
    if (index < this.#baseWorkers || slot.busy) return;
    this.#slots.splice(index, 1);
    const sandbox = slot.sandbox;
    slot.sandbox = undefined;
    if (sandbox && !sandbox.dead) {
      sandbox.dead = true;
      sandbox.worker.removeAllListeners('message');
      void sandbox.worker.terminate();
    }
  }

  async #runOn(slot: Slot, job: Job): Promise<Execution> {
    if (this.#closed) throw new AirtntError('ENCLAVE_CLOSED', 'the enclave is closed');
    const sandbox = this.#current(slot);
    await sandbox.ready;
    const request: ExecutionRequest = {
      id: this.#nextId++,
      measurement: job.measurement,
      state: job.state,
      cycles: job.cycles,
      workBudget: job.workBudget,
      limits: { maxMemoryPages: this.#limits.maxMemoryPages, maxStateBytes: this.#limits.maxStateBytes, maxOutputBytes: this.#limits.maxOutputBytes },
    };
    if (!sandbox.loaded.has(job.measurement) || job.validate) request.module = job.module;
    if (job.validate) request.validate = true;
    const limitMs = job.validate?.timeoutMs ?? this.#limits.maxRoundMs;
    return new Promise<Execution>((resolve, reject) => {
      const timer = setTimeout(() => {
        void this.#kill(sandbox, job.validate
          ? new AirtntError('FUNCTION_TIMEOUT', `the module did not compile and start within ${limitMs} ms and was stopped`, { details: { timeoutMs: limitMs, reason: 'start-timeout' }, hint: 'a start function must not loop; keep the module small' })
          : new AirtntError('FUNCTION_TIMEOUT', `the function ran longer than ${this.#limits.maxRoundMs} ms and was stopped`, {
            details: { maxRoundMs: this.#limits.maxRoundMs, cycles: job.cycles },
            hint: 'ask for fewer cycles per round',
          }));
      }, limitMs);
      sandbox.pending = { id: request.id, resolve, reject, timer };
      sandbox.worker.postMessage(request);
      sandbox.loaded.add(job.measurement);
    });
  }

  /** The slot's worker; a dead one is replaced by the spare (loaded, or at least loading for longer than a new one). */
  #current(slot: Slot): Sandbox {
    if (slot.sandbox && !slot.sandbox.dead) return slot.sandbox;
    const spare = this.#spare;
    if (spare && !spare.dead) {
      this.#spare = undefined;
      slot.sandbox = spare;
      this.#warmSpare();
      return spare;
    }
    const sandbox = this.#spawn();
    slot.sandbox = sandbox;
    return sandbox;
  }

  #warmSpare(): void {
    if (this.#closed || (this.#spare && !this.#spare.dead)) return;
    this.#spare = this.#spawn();
  }

  #spawn(): Sandbox {
    const heapMb = 64 + 4 * Math.ceil((this.#limits.maxStateBytes + this.#limits.maxOutputBytes) / (1024 * 1024));
    const worker = startWorker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, stackSizeMb: 4 },
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
    if (reply.ok) pending.resolve({ state: reply.state, outputs: reply.outputs, cyclesDone: reply.cyclesDone, workUnits: reply.workUnits });
    else pending.reject(deserializeError(reply.error));
  }

  /** Terminates a sandbox (once), fails its run in progress with `reason`, and puts a replacement in its place. */
  async #kill(sandbox: Sandbox, reason: AirtntError): Promise<void> {
    if (sandbox.dead) return;
    sandbox.dead = true;
    const pending = sandbox.pending;
    sandbox.pending = undefined;
    if (pending) {
      clearTimeout(pending.timer);
      pending.reject(reason);
    }
    const slot = this.#slots.find((candidate) => candidate.sandbox === sandbox);
    if (slot) slot.sandbox = undefined;
    if (this.#spare === sandbox) this.#spare = undefined;
    // Replace it now (the spare takes its place, a new spare starts loading), so the next round does
    // not wait for a worker to load; but not after a failed start, which would only fail again in a
    // loop (the next run reports it instead).
    if (!this.#closed && sandbox.started) {
      if (slot) {
        this.restarts += 1;
        this.#current(slot);
      }
      // Kept from the first stopped worker on: a node whose rounds never run away loads no spare.
      this.#warmSpare();
    }
    sandbox.worker.removeAllListeners('message');
    await sandbox.worker.terminate();
  }
}

function unavailable(reason: string): AirtntError {
  return new AirtntError('ENCLAVE_EXECUTOR_UNAVAILABLE', 'the execution worker could not be started', { details: { reason } });
}
