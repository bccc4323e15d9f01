import { availableParallelism } from "node:os";
import { AirtntError } from "../util/errors.js";
import { siblingModule, startWorker } from "./spawn.js";
import { deserializeError } from "./rpc.js";
const STARTUP_TIMEOUT_MS = 3e4;
const MAX_QUEUED_RUNS = 1024;
const WORKER_URL = siblingModule("execution-worker", import.meta.url);
function defaultExecutionWorkers() {
  return Math.max(1, Math.min(8, availableParallelism() - 1));
}
const BURST_IDLE_MS = 2e3;
const DEFAULT_MAX_EXECUTION_WORKERS = 8;
class ExecutionSandbox {
  #limits;
  #slots;
  /** Workers kept running; slots beyond these are burst workers. */
  #baseWorkers;
  #maxWorkers;
  /** A started worker waiting to replace one that is terminated (loading one takes a while). */
  #spare;
  /** Waiting calls by queue key, and the keys in round-robin order (each key at most once). */
  #queues = /* @__PURE__ */ new Map();
  #turns = [];
  /** Calls running on a worker, and when each key was last served (a serial number), by queue key. */
  #running = /* @__PURE__ */ new Map();
  #lastServed = /* @__PURE__ */ new Map();
  #serial = 0;
  #queued = 0;
  #nextId = 1;
  #closed = false;
  /** How many execution workers were terminated and replaced (timeouts, crashes). */
  restarts = 0;
  constructor(limits, workers = defaultExecutionWorkers(), maxWorkers = Math.max(workers, DEFAULT_MAX_EXECUTION_WORKERS)) {
    if (!Number.isInteger(workers) || workers < 1 || workers > 64 || !Number.isInteger(maxWorkers) || maxWorkers < workers || maxWorkers > 64) {
      throw new AirtntError("INVALID_LIMITS", "the number of execution workers must be an integer in 1..64, and the most workers at least that", { details: { workers, maxWorkers } });
    }
    this.#limits = limits;
    this.#baseWorkers = workers;
    this.#maxWorkers = maxWorkers;
    this.#slots = Array.from({ length: workers }, () => ({ sandbox: void 0, busy: false }));
  }
  get workers() {
    return this.#slots.length;
  }
  /** Starts the execution workers ahead of the first run, so the first round does not pay for them. */
  async warmUp() {
    await Promise.all(this.#slots.map((slot) => this.#current(slot).ready));
  }
  /**
   * Runs one call of the function when a worker is free and `queueKey`'s turn comes; rejects with
   * FUNCTION_TIMEOUT, FUNCTION_TRAPPED, FUNCTION_OUT_OF_MEMORY, FUNCTION_WORK_EXHAUSTED, ENCLAVE_BUSY, ...
   */
  run(measurement, module, state, cycles, workBudget, queueKey = "") {
    if (this.#closed) return Promise.reject(new AirtntError("ENCLAVE_CLOSED", "the enclave is closed"));
    if (this.#queued >= MAX_QUEUED_RUNS) {
      return Promise.reject(new AirtntError("ENCLAVE_BUSY", "too many rounds are waiting for an execution worker", {
        details: { queued: this.#queued, max: MAX_QUEUED_RUNS },
        hint: "try again later"
      }));
    }
    return new Promise((resolve, reject) => {
      const queue = this.#queues.get(queueKey);
      const job = { key: queueKey, measurement, module, state, cycles, workBudget, resolve, reject };
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
  validate(measurement, module, timeoutMs, queueKey = "") {
    if (this.#closed) return Promise.reject(new AirtntError("ENCLAVE_CLOSED", "the enclave is closed"));
    if (this.#queued >= MAX_QUEUED_RUNS) {
      return Promise.reject(new AirtntError("ENCLAVE_BUSY", "too many rounds are waiting for an execution worker", { details: { queued: this.#queued, max: MAX_QUEUED_RUNS }, hint: "try again later" }));
    }
    return new Promise((resolve, reject) => {
      this.#enqueue({ key: queueKey, measurement, module, state: new Uint8Array(0), cycles: 0, workBudget: 1, validate: { timeoutMs }, resolve, reject });
    }).then(() => void 0);
  }
  #enqueue(job) {
    const queue = this.#queues.get(job.key);
    if (queue) queue.push(job);
    else {
      this.#queues.set(job.key, [job]);
      this.#turns.push(job.key);
    }
    this.#queued += 1;
    this.#dispatch();
  }
  async close() {
    this.#closed = true;
    const closing = new AirtntError("ENCLAVE_CLOSED", "the enclave is closing");
    for (const queue of this.#queues.values()) for (const job of queue) job.reject(closing);
    this.#queues.clear();
    this.#turns.length = 0;
    this.#queued = 0;
    const sandboxes = [...this.#slots.map((slot) => slot.sandbox), this.#spare];
    for (const slot of this.#slots) {
      clearTimeout(slot.idleTimer);
      slot.sandbox = void 0;
    }
    this.#spare = void 0;
    await Promise.all(sandboxes.map((sandbox) => sandbox ? this.#kill(sandbox, closing) : void 0));
  }
  /** Hands the next key's oldest call to each free worker, started ones first (a replacement may still be loading). */
  #dispatch() {
    const started = (slot) => slot.sandbox !== void 0 && slot.sandbox.started && !slot.sandbox.dead ? 0 : 1;
    for (const slot of [...this.#slots].sort((a, b) => started(a) - started(b))) {
      if (this.#closed || this.#turns.length === 0) return;
      if (slot.busy) continue;
      const rank = (key2) => [this.#running.get(key2) ?? 0, this.#lastServed.get(key2) ?? -1];
      let chosen = 0;
      for (let i = 1; i < this.#turns.length; i++) {
        const [running, served] = rank(this.#turns[i]);
        const [bestRunning, bestServed] = rank(this.#turns[chosen]);
        if (running < bestRunning || running === bestRunning && served < bestServed) chosen = i;
      }
      const key = this.#turns.splice(chosen, 1)[0];
      const queue = this.#queues.get(key);
      const job = queue.shift();
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
        if (running <= 0 && !this.#queues.has(key)) this.#lastServed.delete(key);
        if (this.#turns.length === 0) this.#retireBurstWhenIdle(slot);
        this.#dispatch();
      });
    }
    this.#burst();
  }
  /** Starts a burst worker when every worker is busy and a key with nothing running waits (see the file header). */
  #burst() {
    if (this.#closed || this.#turns.length === 0 || this.#slots.length >= this.#maxWorkers) return;
    if (this.#slots.some((slot) => !slot.busy)) return;
    if (!this.#turns.some((key) => (this.#running.get(key) ?? 0) === 0)) return;
    this.#slots.push({ sandbox: void 0, busy: false });
    this.#dispatch();
  }
  /** Stops a burst worker once it has stayed idle for BURST_IDLE_MS with nothing queued. */
  #retireBurstWhenIdle(slot) {
    if (this.#slots.indexOf(slot) < this.#baseWorkers) return;
    clearTimeout(slot.idleTimer);
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = void 0;
      if (!slot.busy && this.#turns.length === 0) this.#retireBurst(slot);
    }, BURST_IDLE_MS);
    slot.idleTimer.unref();
  }
  /** Stops an idle burst worker (one beyond the base count). */
  #retireBurst(slot) {
    const index = this.#slots.indexOf(slot);
    if (index < this.#baseWorkers || slot.busy) return;
    this.#slots.splice(index, 1);
    const sandbox = slot.sandbox;
    slot.sandbox = void 0;
    if (sandbox && !sandbox.dead) {
      sandbox.dead = true;
      sandbox.worker.removeAllListeners("message");
      void sandbox.worker.terminate();
    }
  }
  async #runOn(slot, job) {
    if (this.#closed) throw new AirtntError("ENCLAVE_CLOSED", "the enclave is closed");
    const sandbox = this.#current(slot);
    await sandbox.ready;
    const request = {
      id: this.#nextId++,
      measurement: job.measurement,
      state: job.state,
      cycles: job.cycles,
      workBudget: job.workBudget,
      limits: { maxMemoryPages: this.#limits.maxMemoryPages, maxStateBytes: this.#limits.maxStateBytes, maxOutputBytes: this.#limits.maxOutputBytes }
    };
    if (!sandbox.loaded.has(job.measurement) || job.validate) request.module = job.module;
    if (job.validate) request.validate = true;
    const limitMs = job.validate?.timeoutMs ?? this.#limits.maxRoundMs;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        void this.#kill(sandbox, job.validate ? new AirtntError("FUNCTION_TIMEOUT", `the module did not compile and start within ${limitMs} ms and was stopped`, { details: { timeoutMs: limitMs, reason: "start-timeout" }, hint: "a start function must not loop; keep the module small" }) : new AirtntError("FUNCTION_TIMEOUT", `the function ran longer than ${this.#limits.maxRoundMs} ms and was stopped`, {
          details: { maxRoundMs: this.#limits.maxRoundMs, cycles: job.cycles },
          hint: "ask for fewer cycles per round"
        }));
      }, limitMs);
      sandbox.pending = { id: request.id, resolve, reject, timer };
      sandbox.worker.postMessage(request);
      sandbox.loaded.add(job.measurement);
    });
  }
  /** The slot's worker; a dead one is replaced by the spare (loaded, or at least loading for longer than a new one). */
  #current(slot) {
    if (slot.sandbox && !slot.sandbox.dead) return slot.sandbox;
    const spare = this.#spare;
    if (spare && !spare.dead) {
      this.#spare = void 0;
      slot.sandbox = spare;
      this.#warmSpare();
      return spare;
    }
    const sandbox = this.#spawn();
    slot.sandbox = sandbox;
    return sandbox;
  }
  #warmSpare() {
    if (this.#closed || this.#spare && !this.#spare.dead) return;
    this.#spare = this.#spawn();
  }
  #spawn() {
    const heapMb = 64 + 4 * Math.ceil((this.#limits.maxStateBytes + this.#limits.maxOutputBytes) / (1024 * 1024));
    const worker = startWorker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 }
    });
    let markReady = () => void 0;
    let failStart = () => void 0;
    const ready = new Promise((resolve, reject) => {
      markReady = resolve;
      failStart = reject;
    });
    ready.catch(() => void 0);
    const startTimer = setTimeout(() => failStart(unavailable("did not start in time")), STARTUP_TIMEOUT_MS);
    const sandbox = { worker, ready, started: false, loaded: /* @__PURE__ */ new Set(), dead: false };
    worker.on("message", (message) => {
      if ("ready" in message) {
        clearTimeout(startTimer);
        sandbox.started = true;
        markReady();
        return;
      }
      this.#settle(sandbox, message);
    });
    worker.on("error", (error) => {
      clearTimeout(startTimer);
      const failure = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new AirtntError("FUNCTION_OUT_OF_MEMORY", "the function exhausted the execution worker's memory and was stopped", { hint: "give it a smaller state or fewer outputs" }) : new AirtntError("FUNCTION_CRASHED", "the execution worker failed and was restarted", { details: { reason: error.message.slice(0, 200) } });
      failStart(unavailable(error.message.slice(0, 200)));
      void this.#kill(sandbox, failure);
    });
    worker.on("exit", () => {
      clearTimeout(startTimer);
      failStart(unavailable("exited while starting"));
      void this.#kill(sandbox, new AirtntError("FUNCTION_CRASHED", "the execution worker exited unexpectedly and was restarted"));
    });
    return sandbox;
  }
  #settle(sandbox, reply) {
    const pending = sandbox.pending;
    if (!pending || pending.id !== reply.id) return;
    clearTimeout(pending.timer);
    sandbox.pending = void 0;
    if (reply.ok) pending.resolve({ state: reply.state, outputs: reply.outputs, cyclesDone: reply.cyclesDone, workUnits: reply.workUnits });
    else pending.reject(deserializeError(reply.error));
  }
  /** Terminates a sandbox (once), fails its run in progress with `reason`, and puts a replacement in its place. */
  async #kill(sandbox, reason) {
    if (sandbox.dead) return;
    sandbox.dead = true;
    const pending = sandbox.pending;
    sandbox.pending = void 0;
    if (pending) {
      clearTimeout(pending.timer);
      pending.reject(reason);
    }
    const slot = this.#slots.find((candidate) => candidate.sandbox === sandbox);
    if (slot) slot.sandbox = void 0;
    if (this.#spare === sandbox) this.#spare = void 0;
    if (!this.#closed && sandbox.started) {
      if (slot) {
        this.restarts += 1;
        this.#current(slot);
      }
      this.#warmSpare();
    }
    sandbox.worker.removeAllListeners("message");
    await sandbox.worker.terminate();
  }
}
function unavailable(reason) {
  return new AirtntError("ENCLAVE_EXECUTOR_UNAVAILABLE", "the execution worker could not be started", { details: { reason } });
}
export {
  BURST_IDLE_MS,
  DEFAULT_MAX_EXECUTION_WORKERS,
  ExecutionSandbox,
  MAX_QUEUED_RUNS,
  defaultExecutionWorkers
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2VuY2xhdmUvZXhlY3V0aW9uLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFJ1bnMgZnVuY3Rpb25zIGluIGEgcG9vbCBvZiBleGVjdXRpb24gd29ya2VycyAoc3JjL2VuY2xhdmUvZXhlY3V0aW9uLXdvcmtlci50cyksIGZyb20gaW5zaWRlIHRoZVxuICogZW5jbGF2ZSB3b3JrZXIuIEVhY2ggd29ya2VyIHJ1bnMgb25lIGNhbGwgYXQgYSB0aW1lIHVuZGVyIGEgd2FsbC1jbG9jayBsaW1pdCwgcGFzdCB3aGljaCBpdCBpc1xuICogdGVybWluYXRlZCAoVjggaW50ZXJydXB0cyBldmVuIGEgdGlnaHQgV2ViQXNzZW1ibHkgbG9vcCkgYW5kIHJlcGxhY2VkIGJ5IGEgc3BhcmUga2VwdCB3YXJtIChmcm9tXG4gKiB0aGUgZmlyc3Qgc3VjaCBzdG9wIG9uKSwgc28gYSBzdHVjayByb3VuZCBibG9ja3Mgb25seSBpdHMgb3duIHdvcmtlciwgb25seSB1bnRpbCBpdHMgbGltaXQsIGFuZCB0aGVcbiAqIG5leHQgcm91bmQgZG9lcyBub3Qgd2FpdCBmb3IgYSB3b3JrZXIgdG8gbG9hZC4gVGhlIGtleXMgbmV2ZXIgZW50ZXIgYW4gZXhlY3V0aW9uIHdvcmtlciwgc29cbiAqIGtpbGxpbmcgb25lIGxvc2VzIG5vdGhpbmcgYnV0IHRoZSBydW4gaW4gcHJvZ3Jlc3MuXG4gKlxuICogRmFpciBxdWV1ZWluZzogY2FsbHMgd2FpdCBpbiBvbmUgcXVldWUgcGVyIGtleSAodGhlIGhvc3QgcGFzc2VzIHRoZSByZXF1ZXN0ZXIsIHNvIG9uZSByZXF1ZXN0ZXInc1xuICogbWFueSBjaGFubmVscyBzaGFyZSBvbmUgdHVybiksIGFuZCBhIGZyZWUgd29ya2VyIHRha2VzIHRoZSBvbGRlc3QgY2FsbCBvZiB0aGUga2V5IHRoYXQgaGFzIHRoZVxuICogZmV3ZXN0IGNhbGxzIHJ1bm5pbmcsIGFuZCBhbW9uZyB0aG9zZSB0aGUgb25lIHNlcnZlZCBsb25nZXN0IGFnby4gU28gYSByZXF1ZXN0ZXIgd2l0aCBub3RoaW5nXG4gKiBydW5uaW5nIGdvZXMgYmVmb3JlIG9uZSB0aGF0IGhvbGRzIHdvcmtlcnMgb3Igd2FzIGp1c3Qgc2VydmVkOiBpdHMgY2FsbCB3YWl0cyBhdCBtb3N0IHVudGlsIHRoZVxuICogbmV4dCB3b3JrZXIgZnJlZXMgdXAgKG9uZSByb3VuZCBsaW1pdCksIGhvd2V2ZXIgbWFueSByb3VuZHMgYW5vdGhlciByZXF1ZXN0ZXIga2VlcHMgcXVldWVkLiBUaGVcbiAqIHF1ZXVlIGlzIGJvdW5kZWQgKEVOQ0xBVkVfQlVTWSkuXG4gKlxuICogQnVyc3Qgd29ya2Vyczogd2hlbiBldmVyeSB3b3JrZXIgaXMgYnVzeSBhbmQgYSBrZXkgd2l0aCBub3RoaW5nIHJ1bm5pbmcgd2FpdHMsIG9uZSBtb3JlIHdvcmtlciBpc1xuICogc3RhcnRlZCAodXAgdG8gYG1heFdvcmtlcnNgKSBpbnN0ZWFkIG9mIG1ha2luZyBpdCB3YWl0IGZvciBhIHJvdW5kIGxpbWl0OyB0aGUgb3BlcmF0aW5nIHN5c3RlbSB0aGVuXG4gKiBzaGFyZXMgdGhlIGNvcmVzIGFtb25nIHRoZSByb3VuZHMsIHNvIGEgc2hvcnQgcm91bmQgaXMgc2xvd2VkIGJ5IHRoZSBvdGhlcnMnIHByZXNlbmNlLCBub3QgZGVsYXllZFxuICogYnkgdGhlaXIgd2hvbGUgbGVuZ3RoLiBTZXZlcmFsIGhvc3RpbGUgcmVxdWVzdGVycyBlYWNoIHJ1bm5pbmcgYSByb3VuZCB0byBpdHMgbGltaXQgdGhlcmVmb3JlIGRlbGF5XG4gKiBhbiBob25lc3Qgcm91bmQgYnkgYSBzaGFyZSBvZiB0aGUgY29yZXMsIG5vdCBieSBvbmUgbGltaXQgZWFjaC4gQnVyc3Qgd29ya2VycyBzdG9wIG9uY2UgdGhleSBoYXZlXG4gKiBzdGF5ZWQgaWRsZSB3aXRoIG5vdGhpbmcgcXVldWVkIGZvciBCVVJTVF9JRExFX01TOiB1bmRlciBzdGVhZHkgbG9hZCBmcm9tIG1hbnkgcmVxdWVzdGVycyB0aGUgcXVldWVcbiAqIGVtcHRpZXMgYW5kIGZpbGxzIG1hbnkgdGltZXMgYSBzZWNvbmQsIGFuZCBzdGFydGluZyBhIHdvcmtlciBjb3N0cyBmYXIgbW9yZSB0aGFuIGEgcm91bmQgKHRoZVxuICogbG9hZCBiZW5jaG1hcmsgc2F3IGEgbmV3IHdvcmtlciBwZXIgcm91bmQgb3IgdHdvLCBhbmQgdGhlIGV4ZWN1dG9yJ3MgbWVtb3J5IGdyb3cgd2l0aCB0aGVtKS5cbiAqL1xuaW1wb3J0IHR5cGUgeyBXb3JrZXIgfSBmcm9tICdub2RlOndvcmtlcl90aHJlYWRzJztcbmltcG9ydCB7IGF2YWlsYWJsZVBhcmFsbGVsaXNtIH0gZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgdHlwZSB7IEZ1bmN0aW9uTGltaXRzIH0gZnJvbSAnLi4vZnVuY3Rpb25zL2FiaS5qcyc7XG5pbXBvcnQgeyBBaXJ0bnRFcnJvciB9IGZyb20gJy4uL3V0aWwvZXJyb3JzLmpzJztcbmltcG9ydCB7IHNpYmxpbmdNb2R1bGUsIHN0YXJ0V29ya2VyIH0gZnJvbSAnLi9zcGF3bi5qcyc7XG5pbXBvcnQgeyBkZXNlcmlhbGl6ZUVycm9yLCB0eXBlIFNlcmlhbGl6ZWRFcnJvciB9IGZyb20gJy4vcnBjLmpzJztcbmltcG9ydCB0eXBlIHsgUm91bmRMaW1pdHMgfSBmcm9tICcuL3R5cGVzLmpzJztcbmltcG9ydCB0eXBlIHsgRXhlY3V0aW9uIH0gZnJvbSAnLi93cmFwcGVyLmpzJztcblxuZXhwb3J0IHR5cGUgRXhlY3V0aW9uUmVxdWVzdCA9IHtcbiAgaWQ6IG51bWJlcjtcbiAgLyoqIHNoYTI1NiBvZiB0aGUgbW9kdWxlLCBsb3dlcmNhc2UgaGV4OiB0aGUgd29ya2VyJ3MgY2FjaGUga2V5LiAqL1xuICBtZWFzdXJlbWVudDogc3RyaW5nO1xuICAvKiogVGhlIG1vZHVsZSBieXRlcywgc2VudCB0aGUgZmlyc3QgdGltZSB0aGlzIHdvcmtlciBydW5zIHRoZSBtb2R1bGUuICovXG4gIG1vZHVsZT86IFVpbnQ4QXJyYXk7XG4gIHN0YXRlOiBVaW50OEFycmF5O1xuICBjeWNsZXM6IG51bWJlcjtcbiAgLyoqIFdvcmsgdW5pdHMgdGhlIGNhbGwgbWF5IHNwZW5kIChzcmMvZnVuY3Rpb25zL21ldGVyaW5nLnRzKS4gKi9cbiAgd29ya0J1ZGdldDogbnVtYmVyO1xuICBsaW1pdHM6IEZ1bmN0aW9uTGltaXRzO1xuICAvKiogT25seSBjb21waWxlIHRoZSBtb2R1bGUgYW5kIGluc3RhbnRpYXRlIGl0IG9uY2UgKGEgbW9kdWxlIHNlbnQgd2l0aCBhIHNlc3Npb24sIGJlZm9yZSBpdCBpcyBhY2NlcHRlZCkuICovXG4gIHZhbGlkYXRlPzogdHJ1ZTtcbn07XG5cbmV4cG9ydCB0eXBlIEV4ZWN1dGlvblJlcGx5ID1cbiAgfCB7IGlkOiBudW1iZXI7IG9rOiB0cnVlOyBzdGF0ZTogVWludDhBcnJheTsgb3V0cHV0czogVWludDhBcnJheVtdOyBjeWNsZXNEb25lOiBudW1iZXI7IHdvcmtVbml0czogbnVtYmVyIH1cbiAgfCB7IGlkOiBudW1iZXI7IG9rOiBmYWxzZTsgZXJyb3I6IFNlcmlhbGl6ZWRFcnJvciB9O1xuXG4vKiogSG93IGxvbmcgYSBuZXcgZXhlY3V0aW9uIHdvcmtlciBtYXkgdGFrZSB0byBsb2FkIGJlZm9yZSB3ZSBnaXZlIHVwIG9uIGl0LiAqL1xuY29uc3QgU1RBUlRVUF9USU1FT1VUX01TID0gMzBfMDAwO1xuLyoqIENhbGxzIHdhaXRpbmcgZm9yIGEgd29ya2VyLCBvdmVyIGFsbCBrZXlzOyBtb3JlIGFyZSByZWZ1c2VkIChFTkNMQVZFX0JVU1kpLiAqL1xuZXhwb3J0IGNvbnN0IE1BWF9RVUVVRURfUlVOUyA9IDEwMjQ7XG5jb25zdCBXT1JLRVJfVVJMID0gc2libGluZ01vZHVsZSgnZXhlY3V0aW9uLXdvcmtlcicsIGltcG9ydC5tZXRhLnVybCk7XG5cbi8qKlxuICogRGVmYXVsdCBwb29sIHNpemU6IG9uZSB3b3JrZXIgcGVyIGNvcmUgYnV0IG9uZSAodGhlIGhvc3QgYW5kIGVuY2xhdmUgdGhyZWFkcyksIGF0IGxlYXN0IDEsIGF0IG1vc3QgOC5cbiAqIE9uZSBpcyBlbm91Z2ggZm9yIHRoZSBmYWlybmVzcyBib3VuZCAodGhlIGZld2VzdC1ydW5uaW5nLWZpcnN0IHF1ZXVlIGFuZCB0aGUgd2FybSBzcGFyZSk7IG1vcmVcbiAqIHNlcnZlIG1vcmUgcmVxdWVzdGVycyBhdCBvbmNlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZGVmYXVsdEV4ZWN1dGlvbldvcmtlcnMoKTogbnVtYmVyIHtcbiAgcmV0dXJuIE1hdGgubWF4KDEsIE1hdGgubWluKDgsIGF2YWlsYWJsZVBhcmFsbGVsaXNtKCkgLSAxKSk7XG59XG5cbi8qKiBIb3cgbG9uZyBhIGJ1cnN0IHdvcmtlciBzdGF5cyBpZGxlLCB3aXRoIG5vdGhpbmcgcXVldWVkLCBiZWZvcmUgaXQgaXMgc3RvcHBlZC4gKi9cbmV4cG9ydCBjb25zdCBCVVJTVF9JRExFX01TID0gMl8wMDA7XG5cbi8qKiBXb3JrZXJzIGF0IG1vc3QsIGJ1cnN0IG9uZXMgaW5jbHVkZWQ6IGVhY2ggaG9sZHMgYXQgbW9zdCBpdHMgbWVtb3J5IGxpbWl0cywgc28gYSBmZXcgYXJlIGNoZWFwLiAqL1xuZXhwb3J0IGNvbnN0IERFRkFVTFRfTUFYX0VYRUNVVElPTl9XT1JLRVJTID0gODtcblxudHlwZSBQZW5kaW5nID0geyBpZDogbnVtYmVyOyByZXNvbHZlOiAodmFsdWU6IEV4ZWN1dGlvbikgPT4gdm9pZDsgcmVqZWN0OiAoZXJyb3I6IEFpcnRudEVycm9yKSA9PiB2b2lkOyB0aW1lcjogTm9kZUpTLlRpbWVvdXQgfTtcblxudHlwZSBTYW5kYm94ID0geyB3b3JrZXI6IFdvcmtlcjsgcmVhZHk6IFByb21pc2U8dm9pZD47IHN0YXJ0ZWQ6IGJvb2xlYW47IGxvYWRlZDogU2V0PHN0cmluZz47IHBlbmRpbmc/OiBQZW5kaW5nOyBkZWFkOiBib29sZWFuIH07XG5cbnR5cGUgSm9iID0ge1xuICBrZXk6IHN0cmluZztcbiAgbWVhc3VyZW1lbnQ6IHN0cmluZztcbiAgbW9kdWxlOiBVaW50OEFycmF5O1xuICBzdGF0ZTogVWludDhBcnJheTtcbiAgY3ljbGVzOiBudW1iZXI7XG4gIHdvcmtCdWRnZXQ6IG51bWJlcjtcbiAgLyoqIEEgdmFsaWRhdGlvbiAoY29tcGlsZSBhbmQgdHJpYWwgaW5zdGFudGlhdGlvbikgdW5kZXIgYHRpbWVvdXRNc2AgaW5zdGVhZCBvZiBhIHJvdW5kLiAqL1xuICB2YWxpZGF0ZT86IHsgdGltZW91dE1zOiBudW1iZXIgfTtcbiAgcmVzb2x2ZTogKHZhbHVlOiBFeGVjdXRpb24pID0+IHZvaWQ7XG4gIHJlamVjdDogKGVycm9yOiB1bmtub3duKSA9PiB2b2lkO1xufTtcblxudHlwZSBTbG90ID0geyBzYW5kYm94OiBTYW5kYm94IHwgdW5kZWZpbmVkOyBidXN5OiBib29sZWFuOyBpZGxlVGltZXI/OiBOb2RlSlMuVGltZW91dCB9O1xuXG5leHBvcnQgY2xhc3MgRXhlY3V0aW9uU2FuZGJveCB7XG4gIHJlYWRvbmx5ICNsaW1pdHM6IFJvdW5kTGltaXRzO1xuICByZWFkb25seSAjc2xvdHM6IFNsb3RbXTtcbiAgLyoqIFdvcmtlcnMga2VwdCBydW5uaW5nOyBzbG90cyBiZXlvbmQgdGhlc2UgYXJlIGJ1cnN0IHdvcmtlcnMuICovXG4gIHJlYWRvbmx5ICNiYXNlV29ya2VyczogbnVtYmVyO1xuICByZWFkb25seSAjbWF4V29ya2VyczogbnVtYmVyO1xuICAvKiogQSBzdGFydGVkIHdvcmtlciB3YWl0aW5nIHRvIHJlcGxhY2Ugb25lIHRoYXQgaXMgdGVybWluYXRlZCAobG9hZGluZyBvbmUgdGFrZXMgYSB3aGlsZSkuICovXG4gICNzcGFyZTogU2FuZGJveCB8IHVuZGVmaW5lZDtcbiAgLyoqIFdhaXRpbmcgY2FsbHMgYnkgcXVldWUga2V5LCBhbmQgdGhlIGtleXMgaW4gcm91bmQtcm9iaW4gb3JkZXIgKGVhY2gga2V5IGF0IG1vc3Qgb25jZSkuICovXG4gIHJlYWRvbmx5ICNxdWV1ZXMgPSBuZXcgTWFwPHN0cmluZywgSm9iW10+KCk7XG4gIHJlYWRvbmx5ICN0dXJuczogc3RyaW5nW10gPSBbXTtcbiAgLyoqIENhbGxzIHJ1bm5pbmcgb24gYSB3b3JrZXIsIGFuZCB3aGVuIGVhY2gga2V5IHdhcyBsYXN0IHNlcnZlZCAoYSBzZXJpYWwgbnVtYmVyKSwgYnkgcXVldWUga2V5LiAqL1xuICByZWFkb25seSAjcnVubmluZyA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KCk7XG4gIHJlYWRvbmx5ICNsYXN0U2VydmVkID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKTtcbiAgI3NlcmlhbCA9IDA7XG4gICNxdWV1ZWQgPSAwO1xuICAjbmV4dElkID0gMTtcbiAgI2Nsb3NlZCA9IGZhbHNlO1xuICAvKiogSG93IG1hbnkgZXhlY3V0aW9uIHdvcmtlcnMgd2VyZSB0ZXJtaW5hdGVkIGFuZCByZXBsYWNlZCAodGltZW91dHMsIGNyYXNoZXMpLiAqL1xuICByZXN0YXJ0cyA9IDA7XG5cbiAgY29uc3RydWN0b3IobGltaXRzOiBSb3VuZExpbWl0cywgd29ya2VyczogbnVtYmVyID0gZGVmYXVsdEV4ZWN1dGlvbldvcmtlcnMoKSwgbWF4V29ya2VyczogbnVtYmVyID0gTWF0aC5tYXgod29ya2VycywgREVGQVVMVF9NQVhfRVhFQ1VUSU9OX1dPUktFUlMpKSB7XG4gICAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKHdvcmtlcnMpIHx8IHdvcmtlcnMgPCAxIHx8IHdvcmtlcnMgPiA2NCB8fCAhTnVtYmVyLmlzSW50ZWdlcihtYXhXb3JrZXJzKSB8fCBtYXhXb3JrZXJzIDwgd29ya2VycyB8fCBtYXhXb3JrZXJzID4gNjQpIHtcbiAgICAgIHRocm93IG5ldyBBaXJ0bnRFcnJvcignSU5WQUxJRF9MSU1JVFMnLCAndGhlIG51bWJlciBvZiBleGVjdXRpb24gd29ya2VycyBtdXN0IGJlIGFuIGludGVnZXIgaW4gMS4uNjQsIGFuZCB0aGUgbW9zdCB3b3JrZXJzIGF0IGxlYXN0IHRoYXQnLCB7IGRldGFpbHM6IHsgd29ya2VycywgbWF4V29ya2VycyB9IH0pO1xuICAgIH1cbiAgICB0aGlzLiNsaW1pdHMgPSBsaW1pdHM7XG4gICAgdGhpcy4jYmFzZVdvcmtlcnMgPSB3b3JrZXJzO1xuICAgIHRoaXMuI21heFdvcmtlcnMgPSBtYXhXb3JrZXJzO1xuICAgIHRoaXMuI3Nsb3RzID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogd29ya2VycyB9LCAoKSA9PiAoeyBzYW5kYm94OiB1bmRlZmluZWQsIGJ1c3k6IGZhbHNlIH0pKTtcbiAgfVxuXG4gIGdldCB3b3JrZXJzKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuI3Nsb3RzLmxlbmd0aDtcbiAgfVxuXG4gIC8qKiBTdGFydHMgdGhlIGV4ZWN1dGlvbiB3b3JrZXJzIGFoZWFkIG9mIHRoZSBmaXJzdCBydW4sIHNvIHRoZSBmaXJzdCByb3VuZCBkb2VzIG5vdCBwYXkgZm9yIHRoZW0uICovXG4gIGFzeW5jIHdhcm1VcCgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCBQcm9taXNlLmFsbCh0aGlzLiNzbG90cy5tYXAoKHNsb3QpID0+IHRoaXMuI2N1cnJlbnQoc2xvdCkucmVhZHkpKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBSdW5zIG9uZSBjYWxsIG9mIHRoZSBmdW5jdGlvbiB3aGVuIGEgd29ya2VyIGlzIGZyZWUgYW5kIGBxdWV1ZUtleWAncyB0dXJuIGNvbWVzOyByZWplY3RzIHdpdGhcbiAgICogRlVOQ1RJT05fVElNRU9VVCwgRlVOQ1RJT05fVFJBUFBFRCwgRlVOQ1RJT05fT1VUX09GX01FTU9SWSwgRlVOQ1RJT05fV09SS19FWEhBVVNURUQsIEVOQ0xBVkVfQlVTWSwgLi4uXG4gICAqL1xuICBydW4obWVhc3VyZW1lbnQ6IHN0cmluZywgbW9kdWxlOiBVaW50OEFycmF5LCBzdGF0ZTogVWludDhBcnJheSwgY3ljbGVzOiBudW1iZXIsIHdvcmtCdWRnZXQ6IG51bWJlciwgcXVldWVLZXkgPSAnJyk6IFByb21pc2U8RXhlY3V0aW9uPiB7XG4gICAgaWYgKHRoaXMuI2Nsb3NlZCkgcmV0dXJuIFByb21pc2UucmVqZWN0KG5ldyBBaXJ0bnRFcnJvcignRU5DTEFWRV9DTE9TRUQnLCAndGhlIGVuY2xhdmUgaXMgY2xvc2VkJykpO1xuICAgIGlmICh0aGlzLiNxdWV1ZWQgPj0gTUFYX1FVRVVFRF9SVU5TKSB7XG4gICAgICByZXR1cm4gUHJvbWlzZS5yZWplY3QobmV3IEFpcnRudEVycm9yKCdFTkNMQVZFX0JVU1knLCAndG9vIG1hbnkgcm91bmRzIGFyZSB3YWl0aW5nIGZvciBhbiBleGVjdXRpb24gd29ya2VyJywge1xuICAgICAgICBkZXRhaWxzOiB7IHF1ZXVlZDogdGhpcy4jcXVldWVkLCBtYXg6IE1BWF9RVUVVRURfUlVOUyB9LFxuICAgICAgICBoaW50OiAndHJ5IGFnYWluIGxhdGVyJyxcbiAgICAgIH0pKTtcbiAgICB9XG4gICAgcmV0dXJuIG5ldyBQcm9taXNlPEV4ZWN1dGlvbj4oKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgICAgY29uc3QgcXVldWUgPSB0aGlzLiNxdWV1ZXMuZ2V0KHF1ZXVlS2V5KTtcbiAgICAgIGNvbnN0IGpvYjogSm9iID0geyBrZXk6IHF1ZXVlS2V5LCBtZWFzdXJlbWVudCwgbW9kdWxlLCBzdGF0ZSwgY3ljbGVzLCB3b3JrQnVkZ2V0LCByZXNvbHZlLCByZWplY3QgfTtcbiAgICAgIGlmIChxdWV1ZSkgcXVldWUucHVzaChqb2IpO1xuICAgICAgZWxzZSB7XG4gICAgICAgIHRoaXMuI3F1ZXVlcy5zZXQocXVldWVLZXksIFtqb2JdKTtcbiAgICAgICAgdGhpcy4jdHVybnMucHVzaChxdWV1ZUtleSk7XG4gICAgICB9XG4gICAgICB0aGlzLiNxdWV1ZWQgKz0gMTtcbiAgICAgIHRoaXMuI2Rpc3BhdGNoKCk7XG4gICAgfSk7XG4gIH1cblxuICAvKipcbiAgICogQ29tcGlsZXMgYSBtb2R1bGUgYW5kIGluc3RhbnRpYXRlcyBpdCBvbmNlIGluIGFuIGV4ZWN1dGlvbiB3b3JrZXIsIHdpdGhpbiBgdGltZW91dE1zYCAoY29tcGlsZVxuICAgKiB0aW1lLCBhIHN0YXJ0IGZ1bmN0aW9uIHRoYXQgbG9vcHMpLCBxdWV1ZWQgbGlrZSBhIHJvdW5kIHVuZGVyIGBxdWV1ZUtleWA7IHJlamVjdHMgd2l0aCB3aGF0XG4gICAqIGNvbXBpbGVGdW5jdGlvbiBhbmQgY2hlY2tJbnN0YW50aWF0aW9uIHRocm93LCBGVU5DVElPTl9USU1FT1VUIHBhc3QgdGhlIGxpbWl0LCBvclxuICAgKiBGVU5DVElPTl9PVVRfT0ZfTUVNT1JZIC8gRlVOQ1RJT05fQ1JBU0hFRCB3aGVuIHRoZSB3b3JrZXIgZGllcyBvZiBpdCAoaXQgaXMgdGhlbiByZXBsYWNlZCkuXG4gICAqL1xuICB2YWxpZGF0ZShtZWFzdXJlbWVudDogc3RyaW5nLCBtb2R1bGU6IFVpbnQ4QXJyYXksIHRpbWVvdXRNczogbnVtYmVyLCBxdWV1ZUtleSA9ICcnKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKHRoaXMuI2Nsb3NlZCkgcmV0dXJuIFByb21pc2UucmVqZWN0KG5ldyBBaXJ0bnRFcnJvcignRU5DTEFWRV9DTE9TRUQnLCAndGhlIGVuY2xhdmUgaXMgY2xvc2VkJykpO1xuICAgIGlmICh0aGlzLiNxdWV1ZWQgPj0gTUFYX1FVRVVFRF9SVU5TKSB7XG4gICAgICByZXR1cm4gUHJvbWlzZS5yZWplY3QobmV3IEFpcnRudEVycm9yKCdFTkNMQVZFX0JVU1knLCAndG9vIG1hbnkgcm91bmRzIGFyZSB3YWl0aW5nIGZvciBhbiBleGVjdXRpb24gd29ya2VyJywgeyBkZXRhaWxzOiB7IHF1ZXVlZDogdGhpcy4jcXVldWVkLCBtYXg6IE1BWF9RVUVVRURfUlVOUyB9LCBoaW50OiAndHJ5IGFnYWluIGxhdGVyJyB9KSk7XG4gICAgfVxuICAgIHJldHVybiBuZXcgUHJvbWlzZTxFeGVjdXRpb24+KChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICAgIHRoaXMuI2VucXVldWUoeyBrZXk6IHF1ZXVlS2V5LCBtZWFzdXJlbWVudCwgbW9kdWxlLCBzdGF0ZTogbmV3IFVpbnQ4QXJyYXkoMCksIGN5Y2xlczogMCwgd29ya0J1ZGdldDogMSwgdmFsaWRhdGU6IHsgdGltZW91dE1zIH0sIHJlc29sdmUsIHJlamVjdCB9KTtcbiAgICB9KS50aGVuKCgpID0+IHVuZGVmaW5lZCk7XG4gIH1cblxuICAjZW5xdWV1ZShqb2I6IEpvYik6IHZvaWQge1xuICAgIGNvbnN0IHF1ZXVlID0gdGhpcy4jcXVldWVzLmdldChqb2Iua2V5KTtcbiAgICBpZiAocXVldWUpIHF1ZXVlLnB1c2goam9iKTtcbiAgICBlbHNlIHtcbiAgICAgIHRoaXMuI3F1ZXVlcy5zZXQoam9iLmtleSwgW2pvYl0pO1xuICAgICAgdGhpcy4jdHVybnMucHVzaChqb2Iua2V5KTtcbiAgICB9XG4gICAgdGhpcy4jcXVldWVkICs9IDE7XG4gICAgdGhpcy4jZGlzcGF0Y2goKTtcbiAgfVxuXG4gIGFzeW5jIGNsb3NlKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMuI2Nsb3NlZCA9IHRydWU7XG4gICAgY29uc3QgY2xvc2luZyA9IG5ldyBBaXJ0bnRFcnJvcignRU5DTEFWRV9DTE9TRUQnLCAndGhlIGVuY2xhdmUgaXMgY2xvc2luZycpO1xuICAgIGZvciAoY29uc3QgcXVldWUgb2YgdGhpcy4jcXVldWVzLnZhbHVlcygpKSBmb3IgKGNvbnN0IGpvYiBvZiBxdWV1ZSkgam9iLnJlamVjdChjbG9zaW5nKTtcbiAgICB0aGlzLiNxdWV1ZXMuY2xlYXIoKTtcbiAgICB0aGlzLiN0dXJucy5sZW5ndGggPSAwO1xuICAgIHRoaXMuI3F1ZXVlZCA9IDA7XG4gICAgY29uc3Qgc2FuZGJveGVzID0gWy4uLnRoaXMuI3Nsb3RzLm1hcCgoc2xvdCkgPT4gc2xvdC5zYW5kYm94KSwgdGhpcy4jc3BhcmVdO1xuICAgIGZvciAoY29uc3Qgc2xvdCBvZiB0aGlzLiNzbG90cykge1xuICAgICAgY2xlYXJUaW1lb3V0KHNsb3QuaWRsZVRpbWVyKTtcbiAgICAgIHNsb3Quc2FuZGJveCA9IHVuZGVmaW5lZDtcbiAgICB9XG4gICAgdGhpcy4jc3BhcmUgPSB1bmRlZmluZWQ7XG4gICAgYXdhaXQgUHJvbWlzZS5hbGwoc2FuZGJveGVzLm1hcCgoc2FuZGJveCkgPT4gKHNhbmRib3ggPyB0aGlzLiNraWxsKHNhbmRib3gsIGNsb3NpbmcpIDogdW5kZWZpbmVkKSkpO1xuICB9XG5cbiAgLyoqIEhhbmRzIHRoZSBuZXh0IGtleSdzIG9sZGVzdCBjYWxsIHRvIGVhY2ggZnJlZSB3b3JrZXIsIHN0YXJ0ZWQgb25lcyBmaXJzdCAoYSByZXBsYWNlbWVudCBtYXkgc3RpbGwgYmUgbG9hZGluZykuICovXG4gICNkaXNwYXRjaCgpOiB2b2lkIHtcbiAgICBjb25zdCBzdGFydGVkID0gKHNsb3Q6IFNsb3QpID0+IChzbG90LnNhbmRib3ggIT09IHVuZGVmaW5lZCAmJiBzbG90LnNhbmRib3guc3RhcnRlZCAmJiAhc2xvdC5zYW5kYm94LmRlYWQgPyAwIDogMSk7XG4gICAgZm9yIChjb25zdCBzbG90IG9mIFsuLi50aGlzLiNzbG90c10uc29ydCgoYSwgYikgPT4gc3RhcnRlZChhKSAtIHN0YXJ0ZWQoYikpKSB7XG4gICAgICBpZiAodGhpcy4jY2xvc2VkIHx8IHRoaXMuI3R1cm5zLmxlbmd0aCA9PT0gMCkgcmV0dXJuO1xuICAgICAgaWYgKHNsb3QuYnVzeSkgY29udGludWU7XG4gICAgICAvLyBUaGUga2V5IHdpdGggdGhlIGZld2VzdCBjYWxscyBydW5uaW5nLCB0aGVuIHRoZSBvbmUgc2VydmVkIGxvbmdlc3QgYWdvIChuZXZlcjogZmlyc3QpLlxuICAgICAgY29uc3QgcmFuayA9IChrZXk6IHN0cmluZyk6IFtudW1iZXIsIG51bWJlcl0gPT4gW3RoaXMuI3J1bm5pbmcuZ2V0KGtleSkgPz8gMCwgdGhpcy4jbGFzdFNlcnZlZC5nZXQoa2V5KSA/PyAtMV07XG4gICAgICBsZXQgY2hvc2VuID0gMDtcbiAgICAgIGZvciAobGV0IGkgPSAxOyBpIDwgdGhpcy4jdHVybnMubGVuZ3RoOyBpKyspIHtcbiAgICAgICAgY29uc3QgW3J1bm5pbmcsIHNlcnZlZF0gPSByYW5rKHRoaXMuI3R1cm5zW2ldISk7XG4gICAgICAgIGNvbnN0IFtiZXN0UnVubmluZywgYmVzdFNlcnZlZF0gPSByYW5rKHRoaXMuI3R1cm5zW2Nob3Nlbl0hKTtcbiAgICAgICAgaWYgKHJ1bm5pbmcgPCBiZXN0UnVubmluZyB8fCAocnVubmluZyA9PT0gYmVzdFJ1bm5pbmcgJiYgc2VydmVkIDwgYmVzdFNlcnZlZCkpIGNob3NlbiA9IGk7XG4gICAgICB9XG4gICAgICBjb25zdCBrZXkgPSB0aGlzLiN0dXJucy5zcGxpY2UoY2hvc2VuLCAxKVswXSE7XG4gICAgICBjb25zdCBxdWV1ZSA9IHRoaXMuI3F1ZXVlcy5nZXQoa2V5KSE7XG4gICAgICBjb25zdCBqb2IgPSBxdWV1ZS5zaGlmdCgpITtcbiAgICAgIGlmIChxdWV1ZS5sZW5ndGggPiAwKSB0aGlzLiN0dXJucy5wdXNoKGtleSk7XG4gICAgICBlbHNlIHRoaXMuI3F1ZXVlcy5kZWxldGUoa2V5KTtcbiAgICAgIHRoaXMuI3F1ZXVlZCAtPSAxO1xuICAgICAgc2xvdC5idXN5ID0gdHJ1ZTtcbiAgICAgIGNsZWFyVGltZW91dChzbG90LmlkbGVUaW1lcik7XG4gICAgICB0aGlzLiNydW5uaW5nLnNldChrZXksICh0aGlzLiNydW5uaW5nLmdldChrZXkpID8/IDApICsgMSk7XG4gICAgICB0aGlzLiNsYXN0U2VydmVkLnNldChrZXksIHRoaXMuI3NlcmlhbCsrKTtcbiAgICAgIHRoaXMuI3J1bk9uKHNsb3QsIGpvYikudGhlbihqb2IucmVzb2x2ZSwgam9iLnJlamVjdCkuZmluYWxseSgoKSA9PiB7XG4gICAgICAgIHNsb3QuYnVzeSA9IGZhbHNlO1xuICAgICAgICBjb25zdCBydW5uaW5nID0gKHRoaXMuI3J1bm5pbmcuZ2V0KGtleSkgPz8gMSkgLSAxO1xuICAgICAgICBpZiAocnVubmluZyA+IDApIHRoaXMuI3J1bm5pbmcuc2V0KGtleSwgcnVubmluZyk7XG4gICAgICAgIGVsc2UgdGhpcy4jcnVubmluZy5kZWxldGUoa2V5KTtcbiAgICAgICAgLy8gRm9yZ2V0IGtleXMgd2l0aCBub3RoaW5nIHF1ZXVlZCBvciBydW5uaW5nLCBzbyB0aGUgbWFwcyBzdGF5IGFzIHNtYWxsIGFzIHRoZSBxdWV1ZS5cbiAgICAgICAgaWYgKHJ1bm5pbmcgPD0gMCAmJiAhdGhpcy4jcXVldWVzLmhhcyhrZXkpKSB0aGlzLiNsYXN0U2VydmVkLmRlbGV0ZShrZXkpO1xuICAgICAgICBpZiAodGhpcy4jdHVybnMubGVuZ3RoID09PSAwKSB0aGlzLiNyZXRpcmVCdXJzdFdoZW5JZGxlKHNsb3QpO1xuICAgICAgICB0aGlzLiNkaXNwYXRjaCgpO1xuICAgICAgfSk7XG4gICAgfVxuICAgIHRoaXMuI2J1cnN0KCk7XG4gIH1cblxuICAvKiogU3RhcnRzIGEgYnVyc3Qgd29ya2VyIHdoZW4gZXZlcnkgd29ya2VyIGlzIGJ1c3kgYW5kIGEga2V5IHdpdGggbm90aGluZyBydW5uaW5nIHdhaXRzIChzZWUgdGhlIGZpbGUgaGVhZGVyKS4gKi9cbiAgI2J1cnN0KCk6IHZvaWQge1xuICAgIGlmICh0aGlzLiNjbG9zZWQgfHwgdGhpcy4jdHVybnMubGVuZ3RoID09PSAwIHx8IHRoaXMuI3Nsb3RzLmxlbmd0aCA+PSB0aGlzLiNtYXhXb3JrZXJzKSByZXR1cm47XG4gICAgaWYgKHRoaXMuI3Nsb3RzLnNvbWUoKHNsb3QpID0+ICFzbG90LmJ1c3kpKSByZXR1cm47XG4gICAgaWYgKCF0aGlzLiN0dXJucy5zb21lKChrZXkpID0+ICh0aGlzLiNydW5uaW5nLmdldChrZXkpID8/IDApID09PSAwKSkgcmV0dXJuO1xuICAgIHRoaXMuI3Nsb3RzLnB1c2goeyBzYW5kYm94OiB1bmRlZmluZWQsIGJ1c3k6IGZhbHNlIH0pO1xuICAgIHRoaXMuI2Rpc3BhdGNoKCk7XG4gIH1cblxuICAvKiogU3RvcHMgYSBidXJzdCB3b3JrZXIgb25jZSBpdCBoYXMgc3RheWVkIGlkbGUgZm9yIEJVUlNUX0lETEVfTVMgd2l0aCBub3RoaW5nIHF1ZXVlZC4gKi9cbiAgI3JldGlyZUJ1cnN0V2hlbklkbGUoc2xvdDogU2xvdCk6IHZvaWQge1xuICAgIGlmICh0aGlzLiNzbG90cy5pbmRleE9mKHNsb3QpIDwgdGhpcy4jYmFzZVdvcmtlcnMpIHJldHVybjtcbiAgICBjbGVhclRpbWVvdXQoc2xvdC5pZGxlVGltZXIpO1xuICAgIHNsb3QuaWRsZVRpbWVyID0gc2V0VGltZW91dCgoKSA9PiB7XG4gICAgICBzbG90LmlkbGVUaW1lciA9IHVuZGVmaW5lZDtcbiAgICAgIGlmICghc2xvdC5idXN5ICYmIHRoaXMuI3R1cm5zLmxlbmd0aCA9PT0gMCkgdGhpcy4jcmV0aXJlQnVyc3Qoc2xvdCk7XG4gICAgfSwgQlVSU1RfSURMRV9NUyk7XG4gICAgc2xvdC5pZGxlVGltZXIudW5yZWYoKTtcbiAgfVxuXG4gIC8qKiBTdG9wcyBhbiBpZGxlIGJ1cnN0IHdvcmtlciAob25lIGJleW9uZCB0aGUgYmFzZSBjb3VudCkuICovXG4gICNyZXRpcmVCdXJzdChzbG90OiBTbG90KTogdm9pZCB7XG4gICAgY29uc3QgaW5kZXggPSB0aGlzLiNzbG90cy5pbmRleE9mKHNsb3QpO1xuICAgIGlmIChpbmRleCA8IHRoaXMuI2Jhc2VXb3JrZXJzIHx8IHNsb3QuYnVzeSkgcmV0dXJuO1xuICAgIHRoaXMuI3Nsb3RzLnNwbGljZShpbmRleCwgMSk7XG4gICAgY29uc3Qgc2FuZGJveCA9IHNsb3Quc2FuZGJveDtcbiAgICBzbG90LnNhbmRib3ggPSB1bmRlZmluZWQ7XG4gICAgaWYgKHNhbmRib3ggJiYgIXNhbmRib3guZGVhZCkge1xuICAgICAgc2FuZGJveC5kZWFkID0gdHJ1ZTtcbiAgICAgIHNhbmRib3gud29ya2VyLnJlbW92ZUFsbExpc3RlbmVycygnbWVzc2FnZScpO1xuICAgICAgdm9pZCBzYW5kYm94Lndvcmtlci50ZXJtaW5hdGUoKTtcbiAgICB9XG4gIH1cblxuICBhc3luYyAjcnVuT24oc2xvdDogU2xvdCwgam9iOiBKb2IpOiBQcm9taXNlPEV4ZWN1dGlvbj4ge1xuICAgIGlmICh0aGlzLiNjbG9zZWQpIHRocm93IG5ldyBBaXJ0bnRFcnJvcignRU5DTEFWRV9DTE9TRUQnLCAndGhlIGVuY2xhdmUgaXMgY2xvc2VkJyk7XG4gICAgY29uc3Qgc2FuZGJveCA9IHRoaXMuI2N1cnJlbnQoc2xvdCk7XG4gICAgYXdhaXQgc2FuZGJveC5yZWFkeTtcbiAgICBjb25zdCByZXF1ZXN0OiBFeGVjdXRpb25SZXF1ZXN0ID0ge1xuICAgICAgaWQ6IHRoaXMuI25leHRJZCsrLFxuICAgICAgbWVhc3VyZW1lbnQ6IGpvYi5tZWFzdXJlbWVudCxcbiAgICAgIHN0YXRlOiBqb2Iuc3RhdGUsXG4gICAgICBjeWNsZXM6IGpvYi5jeWNsZXMsXG4gICAgICB3b3JrQnVkZ2V0OiBqb2Iud29ya0J1ZGdldCxcbiAgICAgIGxpbWl0czogeyBtYXhNZW1vcnlQYWdlczogdGhpcy4jbGltaXRzLm1heE1lbW9yeVBhZ2VzLCBtYXhTdGF0ZUJ5dGVzOiB0aGlzLiNsaW1pdHMubWF4U3RhdGVCeXRlcywgbWF4T3V0cHV0Qnl0ZXM6IHRoaXMuI2xpbWl0cy5tYXhPdXRwdXRCeXRlcyB9LFxuICAgIH07XG4gICAgaWYgKCFzYW5kYm94LmxvYWRlZC5oYXMoam9iLm1lYXN1cmVtZW50KSB8fCBqb2IudmFsaWRhdGUpIHJlcXVlc3QubW9kdWxlID0gam9iLm1vZHVsZTtcbiAgICBpZiAoam9iLnZhbGlkYXRlKSByZXF1ZXN0LnZhbGlkYXRlID0gdHJ1ZTtcbiAgICBjb25zdCBsaW1pdE1zID0gam9iLnZhbGlkYXRlPy50aW1lb3V0TXMgPz8gdGhpcy4jbGltaXRzLm1heFJvdW5kTXM7XG4gICAgcmV0dXJuIG5ldyBQcm9taXNlPEV4ZWN1dGlvbj4oKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgICAgY29uc3QgdGltZXIgPSBzZXRUaW1lb3V0KCgpID0+IHtcbiAgICAgICAgdm9pZCB0aGlzLiNraWxsKHNhbmRib3gsIGpvYi52YWxpZGF0ZVxuICAgICAgICAgID8gbmV3IEFpcnRudEVycm9yKCdGVU5DVElPTl9USU1FT1VUJywgYHRoZSBtb2R1bGUgZGlkIG5vdCBjb21waWxlIGFuZCBzdGFydCB3aXRoaW4gJHtsaW1pdE1zfSBtcyBhbmQgd2FzIHN0b3BwZWRgLCB7IGRldGFpbHM6IHsgdGltZW91dE1zOiBsaW1pdE1zLCByZWFzb246ICdzdGFydC10aW1lb3V0JyB9LCBoaW50OiAnYSBzdGFydCBmdW5jdGlvbiBtdXN0IG5vdCBsb29wOyBrZWVwIHRoZSBtb2R1bGUgc21hbGwnIH0pXG4gICAgICAgICAgOiBuZXcgQWlydG50RXJyb3IoJ0ZVTkNUSU9OX1RJTUVPVVQnLCBgdGhlIGZ1bmN0aW9uIHJhbiBsb25nZXIgdGhhbiAke3RoaXMuI2xpbWl0cy5tYXhSb3VuZE1zfSBtcyBhbmQgd2FzIHN0b3BwZWRgLCB7XG4gICAgICAgICAgICBkZXRhaWxzOiB7IG1heFJvdW5kTXM6IHRoaXMuI2xpbWl0cy5tYXhSb3VuZE1zLCBjeWNsZXM6IGpvYi5jeWNsZXMgfSxcbiAgICAgICAgICAgIGhpbnQ6ICdhc2sgZm9yIGZld2VyIGN5Y2xlcyBwZXIgcm91bmQnLFxuICAgICAgICAgIH0pKTtcbiAgICAgIH0sIGxpbWl0TXMpO1xuICAgICAgc2FuZGJveC5wZW5kaW5nID0geyBpZDogcmVxdWVzdC5pZCwgcmVzb2x2ZSwgcmVqZWN0LCB0aW1lciB9O1xuICAgICAgc2FuZGJveC53b3JrZXIucG9zdE1lc3NhZ2UocmVxdWVzdCk7XG4gICAgICBzYW5kYm94LmxvYWRlZC5hZGQoam9iLm1lYXN1cmVtZW50KTtcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBUaGUgc2xvdCdzIHdvcmtlcjsgYSBkZWFkIG9uZSBpcyByZXBsYWNlZCBieSB0aGUgc3BhcmUgKGxvYWRlZCwgb3IgYXQgbGVhc3QgbG9hZGluZyBmb3IgbG9uZ2VyIHRoYW4gYSBuZXcgb25lKS4gKi9cbiAgI2N1cnJlbnQoc2xvdDogU2xvdCk6IFNhbmRib3gge1xuICAgIGlmIChzbG90LnNhbmRib3ggJiYgIXNsb3Quc2FuZGJveC5kZWFkKSByZXR1cm4gc2xvdC5zYW5kYm94O1xuICAgIGNvbnN0IHNwYXJlID0gdGhpcy4jc3BhcmU7XG4gICAgaWYgKHNwYXJlICYmICFzcGFyZS5kZWFkKSB7XG4gICAgICB0aGlzLiNzcGFyZSA9IHVuZGVmaW5lZDtcbiAgICAgIHNsb3Quc2FuZGJveCA9IHNwYXJlO1xuICAgICAgdGhpcy4jd2FybVNwYXJlKCk7XG4gICAgICByZXR1cm4gc3BhcmU7XG4gICAgfVxuICAgIGNvbnN0IHNhbmRib3ggPSB0aGlzLiNzcGF3bigpO1xuICAgIHNsb3Quc2FuZGJveCA9IHNhbmRib3g7XG4gICAgcmV0dXJuIHNhbmRib3g7XG4gIH1cblxuICAjd2FybVNwYXJlKCk6IHZvaWQge1xuICAgIGlmICh0aGlzLiNjbG9zZWQgfHwgKHRoaXMuI3NwYXJlICYmICF0aGlzLiNzcGFyZS5kZWFkKSkgcmV0dXJuO1xuICAgIHRoaXMuI3NwYXJlID0gdGhpcy4jc3Bhd24oKTtcbiAgfVxuXG4gICNzcGF3bigpOiBTYW5kYm94IHtcbiAgICBjb25zdCBoZWFwTWIgPSA2NCArIDQgKiBNYXRoLmNlaWwoKHRoaXMuI2xpbWl0cy5tYXhTdGF0ZUJ5dGVzICsgdGhpcy4jbGltaXRzLm1heE91dHB1dEJ5dGVzKSAvICgxMDI0ICogMTAyNCkpO1xuICAgIGNvbnN0IHdvcmtlciA9IHN0YXJ0V29ya2VyKFdPUktFUl9VUkwsIHtcbiAgICAgIHJlc291cmNlTGltaXRzOiB7IG1heE9sZEdlbmVyYXRpb25TaXplTWI6IGhlYXBNYiwgbWF4WW91bmdHZW5lcmF0aW9uU2l6ZU1iOiAxNiwgc3RhY2tTaXplTWI6IDQgfSxcbiAgICB9KTtcbiAgICBsZXQgbWFya1JlYWR5OiAoKSA9PiB2b2lkID0gKCkgPT4gdW5kZWZpbmVkO1xuICAgIGxldCBmYWlsU3RhcnQ6IChlcnJvcjogQWlydG50RXJyb3IpID0+IHZvaWQgPSAoKSA9PiB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVhZHkgPSBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgICBtYXJrUmVhZHkgPSByZXNvbHZlO1xuICAgICAgZmFpbFN0YXJ0ID0gcmVqZWN0O1xuICAgIH0pO1xuICAgIHJlYWR5LmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgY29uc3Qgc3RhcnRUaW1lciA9IHNldFRpbWVvdXQoKCkgPT4gZmFpbFN0YXJ0KHVuYXZhaWxhYmxlKCdkaWQgbm90IHN0YXJ0IGluIHRpbWUnKSksIFNUQVJUVVBfVElNRU9VVF9NUyk7XG4gICAgY29uc3Qgc2FuZGJveDogU2FuZGJveCA9IHsgd29ya2VyLCByZWFkeSwgc3RhcnRlZDogZmFsc2UsIGxvYWRlZDogbmV3IFNldCgpLCBkZWFkOiBmYWxzZSB9O1xuICAgIHdvcmtlci5vbignbWVzc2FnZScsIChtZXNzYWdlOiBFeGVjdXRpb25SZXBseSB8IHsgcmVhZHk6IHRydWUgfSkgPT4ge1xuICAgICAgaWYgKCdyZWFkeScgaW4gbWVzc2FnZSkge1xuICAgICAgICBjbGVhclRpbWVvdXQoc3RhcnRUaW1lcik7XG4gICAgICAgIHNhbmRib3guc3RhcnRlZCA9IHRydWU7XG4gICAgICAgIG1hcmtSZWFkeSgpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICB0aGlzLiNzZXR0bGUoc2FuZGJveCwgbWVzc2FnZSk7XG4gICAgfSk7XG4gICAgd29ya2VyLm9uKCdlcnJvcicsIChlcnJvcjogRXJyb3IgJiB7IGNvZGU/OiBzdHJpbmcgfSkgPT4ge1xuICAgICAgY2xlYXJUaW1lb3V0KHN0YXJ0VGltZXIpO1xuICAgICAgY29uc3QgZmFpbHVyZSA9IGVycm9yLmNvZGUgPT09ICdFUlJfV09SS0VSX09VVF9PRl9NRU1PUlknXG4gICAgICAgID8gbmV3IEFpcnRudEVycm9yKCdGVU5DVElPTl9PVVRfT0ZfTUVNT1JZJywgJ3RoZSBmdW5jdGlvbiBleGhhdXN0ZWQgdGhlIGV4ZWN1dGlvbiB3b3JrZXJcXCdzIG1lbW9yeSBhbmQgd2FzIHN0b3BwZWQnLCB7IGhpbnQ6ICdnaXZlIGl0IGEgc21hbGxlciBzdGF0ZSBvciBmZXdlciBvdXRwdXRzJyB9KVxuICAgICAgICA6IG5ldyBBaXJ0bnRFcnJvcignRlVOQ1RJT05fQ1JBU0hFRCcsICd0aGUgZXhlY3V0aW9uIHdvcmtlciBmYWlsZWQgYW5kIHdhcyByZXN0YXJ0ZWQnLCB7IGRldGFpbHM6IHsgcmVhc29uOiBlcnJvci5tZXNzYWdlLnNsaWNlKDAsIDIwMCkgfSB9KTtcbiAgICAgIGZhaWxTdGFydCh1bmF2YWlsYWJsZShlcnJvci5tZXNzYWdlLnNsaWNlKDAsIDIwMCkpKTtcbiAgICAgIHZvaWQgdGhpcy4ja2lsbChzYW5kYm94LCBmYWlsdXJlKTtcbiAgICB9KTtcbiAgICB3b3JrZXIub24oJ2V4aXQnLCAoKSA9PiB7XG4gICAgICBjbGVhclRpbWVvdXQoc3RhcnRUaW1lcik7XG4gICAgICBmYWlsU3RhcnQodW5hdmFpbGFibGUoJ2V4aXRlZCB3aGlsZSBzdGFydGluZycpKTtcbiAgICAgIHZvaWQgdGhpcy4ja2lsbChzYW5kYm94LCBuZXcgQWlydG50RXJyb3IoJ0ZVTkNUSU9OX0NSQVNIRUQnLCAndGhlIGV4ZWN1dGlvbiB3b3JrZXIgZXhpdGVkIHVuZXhwZWN0ZWRseSBhbmQgd2FzIHJlc3RhcnRlZCcpKTtcbiAgICB9KTtcbiAgICByZXR1cm4gc2FuZGJveDtcbiAgfVxuXG4gICNzZXR0bGUoc2FuZGJveDogU2FuZGJveCwgcmVwbHk6IEV4ZWN1dGlvblJlcGx5KTogdm9pZCB7XG4gICAgY29uc3QgcGVuZGluZyA9IHNhbmRib3gucGVuZGluZztcbiAgICBpZiAoIXBlbmRpbmcgfHwgcGVuZGluZy5pZCAhPT0gcmVwbHkuaWQpIHJldHVybjtcbiAgICBjbGVhclRpbWVvdXQocGVuZGluZy50aW1lcik7XG4gICAgc2FuZGJveC5wZW5kaW5nID0gdW5kZWZpbmVkO1xuICAgIGlmIChyZXBseS5vaykgcGVuZGluZy5yZXNvbHZlKHsgc3RhdGU6IHJlcGx5LnN0YXRlLCBvdXRwdXRzOiByZXBseS5vdXRwdXRzLCBjeWNsZXNEb25lOiByZXBseS5jeWNsZXNEb25lLCB3b3JrVW5pdHM6IHJlcGx5LndvcmtVbml0cyB9KTtcbiAgICBlbHNlIHBlbmRpbmcucmVqZWN0KGRlc2VyaWFsaXplRXJyb3IocmVwbHkuZXJyb3IpKTtcbiAgfVxuXG4gIC8qKiBUZXJtaW5hdGVzIGEgc2FuZGJveCAob25jZSksIGZhaWxzIGl0cyBydW4gaW4gcHJvZ3Jlc3Mgd2l0aCBgcmVhc29uYCwgYW5kIHB1dHMgYSByZXBsYWNlbWVudCBpbiBpdHMgcGxhY2UuICovXG4gIGFzeW5jICNraWxsKHNhbmRib3g6IFNhbmRib3gsIHJlYXNvbjogQWlydG50RXJyb3IpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBpZiAoc2FuZGJveC5kZWFkKSByZXR1cm47XG4gICAgc2FuZGJveC5kZWFkID0gdHJ1ZTtcbiAgICBjb25zdCBwZW5kaW5nID0gc2FuZGJveC5wZW5kaW5nO1xuICAgIHNhbmRib3gucGVuZGluZyA9IHVuZGVmaW5lZDtcbiAgICBpZiAocGVuZGluZykge1xuICAgICAgY2xlYXJUaW1lb3V0KHBlbmRpbmcudGltZXIpO1xuICAgICAgcGVuZGluZy5yZWplY3QocmVhc29uKTtcbiAgICB9XG4gICAgY29uc3Qgc2xvdCA9IHRoaXMuI3Nsb3RzLmZpbmQoKGNhbmRpZGF0ZSkgPT4gY2FuZGlkYXRlLnNhbmRib3ggPT09IHNhbmRib3gpO1xuICAgIGlmIChzbG90KSBzbG90LnNhbmRib3ggPSB1bmRlZmluZWQ7XG4gICAgaWYgKHRoaXMuI3NwYXJlID09PSBzYW5kYm94KSB0aGlzLiNzcGFyZSA9IHVuZGVmaW5lZDtcbiAgICAvLyBSZXBsYWNlIGl0IG5vdyAodGhlIHNwYXJlIHRha2VzIGl0cyBwbGFjZSwgYSBuZXcgc3BhcmUgc3RhcnRzIGxvYWRpbmcpLCBzbyB0aGUgbmV4dCByb3VuZCBkb2VzXG4gICAgLy8gbm90IHdhaXQgZm9yIGEgd29ya2VyIHRvIGxvYWQ7IGJ1dCBub3QgYWZ0ZXIgYSBmYWlsZWQgc3RhcnQsIHdoaWNoIHdvdWxkIG9ubHkgZmFpbCBhZ2FpbiBpbiBhXG4gICAgLy8gbG9vcCAodGhlIG5leHQgcnVuIHJlcG9ydHMgaXQgaW5zdGVhZCkuXG4gICAgaWYgKCF0aGlzLiNjbG9zZWQgJiYgc2FuZGJveC5zdGFydGVkKSB7XG4gICAgICBpZiAoc2xvdCkge1xuICAgICAgICB0aGlzLnJlc3RhcnRzICs9IDE7XG4gICAgICAgIHRoaXMuI2N1cnJlbnQoc2xvdCk7XG4gICAgICB9XG4gICAgICAvLyBLZXB0IGZyb20gdGhlIGZpcnN0IHN0b3BwZWQgd29ya2VyIG9uOiBhIG5vZGUgd2hvc2Ugcm91bmRzIG5ldmVyIHJ1biBhd2F5IGxvYWRzIG5vIHNwYXJlLlxuICAgICAgdGhpcy4jd2FybVNwYXJlKCk7XG4gICAgfVxuICAgIHNhbmRib3gud29ya2VyLnJlbW92ZUFsbExpc3RlbmVycygnbWVzc2FnZScpO1xuICAgIGF3YWl0IHNhbmRib3gud29ya2VyLnRlcm1pbmF0ZSgpO1xuICB9XG59XG5cbmZ1bmN0aW9uIHVuYXZhaWxhYmxlKHJlYXNvbjogc3RyaW5nKTogQWlydG50RXJyb3Ige1xuICByZXR1cm4gbmV3IEFpcnRudEVycm9yKCdFTkNMQVZFX0VYRUNVVE9SX1VOQVZBSUxBQkxFJywgJ3RoZSBleGVjdXRpb24gd29ya2VyIGNvdWxkIG5vdCBiZSBzdGFydGVkJywgeyBkZXRhaWxzOiB7IHJlYXNvbiB9IH0pO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBeUJBLFNBQVMsNEJBQTRCO0FBRXJDLFNBQVMsbUJBQW1CO0FBQzVCLFNBQVMsZUFBZSxtQkFBbUI7QUFDM0MsU0FBUyx3QkFBOEM7QUF3QnZELE1BQU0scUJBQXFCO0FBRXBCLE1BQU0sa0JBQWtCO0FBQy9CLE1BQU0sYUFBYSxjQUFjLG9CQUFvQixZQUFZLEdBQUc7QUFPN0QsU0FBUywwQkFBa0M7QUFDaEQsU0FBTyxLQUFLLElBQUksR0FBRyxLQUFLLElBQUksR0FBRyxxQkFBcUIsSUFBSSxDQUFDLENBQUM7QUFDNUQ7QUFHTyxNQUFNLGdCQUFnQjtBQUd0QixNQUFNLGdDQUFnQztBQXFCdEMsTUFBTSxpQkFBaUI7QUFBQSxFQUNuQjtBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUNBO0FBQUE7QUFBQSxFQUVUO0FBQUE7QUFBQSxFQUVTLFVBQVUsb0JBQUksSUFBbUI7QUFBQSxFQUNqQyxTQUFtQixDQUFDO0FBQUE7QUFBQSxFQUVwQixXQUFXLG9CQUFJLElBQW9CO0FBQUEsRUFDbkMsY0FBYyxvQkFBSSxJQUFvQjtBQUFBLEVBQy9DLFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQTtBQUFBLEVBRVYsV0FBVztBQUFBLEVBRVgsWUFBWSxRQUFxQixVQUFrQix3QkFBd0IsR0FBRyxhQUFxQixLQUFLLElBQUksU0FBUyw2QkFBNkIsR0FBRztBQUNuSixRQUFJLENBQUMsT0FBTyxVQUFVLE9BQU8sS0FBSyxVQUFVLEtBQUssVUFBVSxNQUFNLENBQUMsT0FBTyxVQUFVLFVBQVUsS0FBSyxhQUFhLFdBQVcsYUFBYSxJQUFJO0FBQ3pJLFlBQU0sSUFBSSxZQUFZLGtCQUFrQixtR0FBbUcsRUFBRSxTQUFTLEVBQUUsU0FBUyxXQUFXLEVBQUUsQ0FBQztBQUFBLElBQ2pMO0FBQ0EsU0FBSyxVQUFVO0FBQ2YsU0FBSyxlQUFlO0FBQ3BCLFNBQUssY0FBYztBQUNuQixTQUFLLFNBQVMsTUFBTSxLQUFLLEVBQUUsUUFBUSxRQUFRLEdBQUcsT0FBTyxFQUFFLFNBQVMsUUFBVyxNQUFNLE1BQU0sRUFBRTtBQUFBLEVBQzNGO0FBQUEsRUFFQSxJQUFJLFVBQWtCO0FBQ3BCLFdBQU8sS0FBSyxPQUFPO0FBQUEsRUFDckI7QUFBQTtBQUFBLEVBR0EsTUFBTSxTQUF3QjtBQUM1QixVQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sSUFBSSxDQUFDLFNBQVMsS0FBSyxTQUFTLElBQUksRUFBRSxLQUFLLENBQUM7QUFBQSxFQUN4RTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxJQUFJLGFBQXFCLFFBQW9CLE9BQW1CLFFBQWdCLFlBQW9CLFdBQVcsSUFBd0I7QUFDckksUUFBSSxLQUFLLFFBQVMsUUFBTyxRQUFRLE9BQU8sSUFBSSxZQUFZLGtCQUFrQix1QkFBdUIsQ0FBQztBQUNsRyxRQUFJLEtBQUssV0FBVyxpQkFBaUI7QUFDbkMsYUFBTyxRQUFRLE9BQU8sSUFBSSxZQUFZLGdCQUFnQix1REFBdUQ7QUFBQSxRQUMzRyxTQUFTLEVBQUUsUUFBUSxLQUFLLFNBQVMsS0FBSyxnQkFBZ0I7QUFBQSxRQUN0RCxNQUFNO0FBQUEsTUFDUixDQUFDLENBQUM7QUFBQSxJQUNKO0FBQ0EsV0FBTyxJQUFJLFFBQW1CLENBQUMsU0FBUyxXQUFXO0FBQ2pELFlBQU0sUUFBUSxLQUFLLFFBQVEsSUFBSSxRQUFRO0FBQ3ZDLFlBQU0sTUFBVyxFQUFFLEtBQUssVUFBVSxhQUFhLFFBQVEsT0FBTyxRQUFRLFlBQVksU0FBUyxPQUFPO0FBQ2xHLFVBQUksTUFBTyxPQUFNLEtBQUssR0FBRztBQUFBLFdBQ3BCO0FBQ0gsYUFBSyxRQUFRLElBQUksVUFBVSxDQUFDLEdBQUcsQ0FBQztBQUNoQyxhQUFLLE9BQU8sS0FBSyxRQUFRO0FBQUEsTUFDM0I7QUFDQSxXQUFLLFdBQVc7QUFDaEIsV0FBSyxVQUFVO0FBQUEsSUFDakIsQ0FBQztBQUFBLEVBQ0g7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVFBLFNBQVMsYUFBcUIsUUFBb0IsV0FBbUIsV0FBVyxJQUFtQjtBQUNqRyxRQUFJLEtBQUssUUFBUyxRQUFPLFFBQVEsT0FBTyxJQUFJLFlBQVksa0JBQWtCLHVCQUF1QixDQUFDO0FBQ2xHLFFBQUksS0FBSyxXQUFXLGlCQUFpQjtBQUNuQyxhQUFPLFFBQVEsT0FBTyxJQUFJLFlBQVksZ0JBQWdCLHVEQUF1RCxFQUFFLFNBQVMsRUFBRSxRQUFRLEtBQUssU0FBUyxLQUFLLGdCQUFnQixHQUFHLE1BQU0sa0JBQWtCLENBQUMsQ0FBQztBQUFBLElBQ3BNO0FBQ0EsV0FBTyxJQUFJLFFBQW1CLENBQUMsU0FBUyxXQUFXO0FBQ2pELFdBQUssU0FBUyxFQUFFLEtBQUssVUFBVSxhQUFhLFFBQVEsT0FBTyxJQUFJLFdBQVcsQ0FBQyxHQUFHLFFBQVEsR0FBRyxZQUFZLEdBQUcsVUFBVSxFQUFFLFVBQVUsR0FBRyxTQUFTLE9BQU8sQ0FBQztBQUFBLElBQ3BKLENBQUMsRUFBRSxLQUFLLE1BQU0sTUFBUztBQUFBLEVBQ3pCO0FBQUEsRUFFQSxTQUFTLEtBQWdCO0FBQ3ZCLFVBQU0sUUFBUSxLQUFLLFFBQVEsSUFBSSxJQUFJLEdBQUc7QUFDdEMsUUFBSSxNQUFPLE9BQU0sS0FBSyxHQUFHO0FBQUEsU0FDcEI7QUFDSCxXQUFLLFFBQVEsSUFBSSxJQUFJLEtBQUssQ0FBQyxHQUFHLENBQUM7QUFDL0IsV0FBSyxPQUFPLEtBQUssSUFBSSxHQUFHO0FBQUEsSUFDMUI7QUFDQSxTQUFLLFdBQVc7QUFDaEIsU0FBSyxVQUFVO0FBQUEsRUFDakI7QUFBQSxFQUVBLE1BQU0sUUFBdUI7QUFDM0IsU0FBSyxVQUFVO0FBQ2YsVUFBTSxVQUFVLElBQUksWUFBWSxrQkFBa0Isd0JBQXdCO0FBQzFFLGVBQVcsU0FBUyxLQUFLLFFBQVEsT0FBTyxFQUFHLFlBQVcsT0FBTyxNQUFPLEtBQUksT0FBTyxPQUFPO0FBQ3RGLFNBQUssUUFBUSxNQUFNO0FBQ25CLFNBQUssT0FBTyxTQUFTO0FBQ3JCLFNBQUssVUFBVTtBQUNmLFVBQU0sWUFBWSxDQUFDLEdBQUcsS0FBSyxPQUFPLElBQUksQ0FBQyxTQUFTLEtBQUssT0FBTyxHQUFHLEtBQUssTUFBTTtBQUMxRSxlQUFXLFFBQVEsS0FBSyxRQUFRO0FBQzlCLG1CQUFhLEtBQUssU0FBUztBQUMzQixXQUFLLFVBQVU7QUFBQSxJQUNqQjtBQUNBLFNBQUssU0FBUztBQUNkLFVBQU0sUUFBUSxJQUFJLFVBQVUsSUFBSSxDQUFDLFlBQWEsVUFBVSxLQUFLLE1BQU0sU0FBUyxPQUFPLElBQUksTUFBVSxDQUFDO0FBQUEsRUFDcEc7QUFBQTtBQUFBLEVBR0EsWUFBa0I7QUFDaEIsVUFBTSxVQUFVLENBQUMsU0FBZ0IsS0FBSyxZQUFZLFVBQWEsS0FBSyxRQUFRLFdBQVcsQ0FBQyxLQUFLLFFBQVEsT0FBTyxJQUFJO0FBQ2hILGVBQVcsUUFBUSxDQUFDLEdBQUcsS0FBSyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxRQUFRLENBQUMsSUFBSSxRQUFRLENBQUMsQ0FBQyxHQUFHO0FBQzNFLFVBQUksS0FBSyxXQUFXLEtBQUssT0FBTyxXQUFXLEVBQUc7QUFDOUMsVUFBSSxLQUFLLEtBQU07QUFFZixZQUFNLE9BQU8sQ0FBQ0EsU0FBa0MsQ0FBQyxLQUFLLFNBQVMsSUFBSUEsSUFBRyxLQUFLLEdBQUcsS0FBSyxZQUFZLElBQUlBLElBQUcsS0FBSyxFQUFFO0FBQzdHLFVBQUksU0FBUztBQUNiLGVBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxPQUFPLFFBQVEsS0FBSztBQUMzQyxjQUFNLENBQUMsU0FBUyxNQUFNLElBQUksS0FBSyxLQUFLLE9BQU8sQ0FBQyxDQUFFO0FBQzlDLGNBQU0sQ0FBQyxhQUFhLFVBQVUsSUFBSSxLQUFLLEtBQUssT0FBTyxNQUFNLENBQUU7QUFDM0QsWUFBSSxVQUFVLGVBQWdCLFlBQVksZUFBZSxTQUFTLFdBQWEsVUFBUztBQUFBLE1BQzFGO0FBQ0EsWUFBTSxNQUFNLEtBQUssT0FBTyxPQUFPLFFBQVEsQ0FBQyxFQUFFLENBQUM7QUFDM0MsWUFBTSxRQUFRLEtBQUssUUFBUSxJQUFJLEdBQUc7QUFDbEMsWUFBTSxNQUFNLE1BQU0sTUFBTTtBQUN4QixVQUFJLE1BQU0sU0FBUyxFQUFHLE1BQUssT0FBTyxLQUFLLEdBQUc7QUFBQSxVQUNyQyxNQUFLLFFBQVEsT0FBTyxHQUFHO0FBQzVCLFdBQUssV0FBVztBQUNoQixXQUFLLE9BQU87QUFDWixtQkFBYSxLQUFLLFNBQVM7QUFDM0IsV0FBSyxTQUFTLElBQUksTUFBTSxLQUFLLFNBQVMsSUFBSSxHQUFHLEtBQUssS0FBSyxDQUFDO0FBQ3hELFdBQUssWUFBWSxJQUFJLEtBQUssS0FBSyxTQUFTO0FBQ3hDLFdBQUssT0FBTyxNQUFNLEdBQUcsRUFBRSxLQUFLLElBQUksU0FBUyxJQUFJLE1BQU0sRUFBRSxRQUFRLE1BQU07QUFDakUsYUFBSyxPQUFPO0FBQ1osY0FBTSxXQUFXLEtBQUssU0FBUyxJQUFJLEdBQUcsS0FBSyxLQUFLO0FBQ2hELFlBQUksVUFBVSxFQUFHLE1BQUssU0FBUyxJQUFJLEtBQUssT0FBTztBQUFBLFlBQzFDLE1BQUssU0FBUyxPQUFPLEdBQUc7QUFFN0IsWUFBSSxXQUFXLEtBQUssQ0FBQyxLQUFLLFFBQVEsSUFBSSxHQUFHLEVBQUcsTUFBSyxZQUFZLE9BQU8sR0FBRztBQUN2RSxZQUFJLEtBQUssT0FBTyxXQUFXLEVBQUcsTUFBSyxxQkFBcUIsSUFBSTtBQUM1RCxhQUFLLFVBQVU7QUFBQSxNQUNqQixDQUFDO0FBQUEsSUFDSDtBQUNBLFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQTtBQUFBLEVBR0EsU0FBZTtBQUNiLFFBQUksS0FBSyxXQUFXLEtBQUssT0FBTyxXQUFXLEtBQUssS0FBSyxPQUFPLFVBQVUsS0FBSyxZQUFhO0FBQ3hGLFFBQUksS0FBSyxPQUFPLEtBQUssQ0FBQyxTQUFTLENBQUMsS0FBSyxJQUFJLEVBQUc7QUFDNUMsUUFBSSxDQUFDLEtBQUssT0FBTyxLQUFLLENBQUMsU0FBUyxLQUFLLFNBQVMsSUFBSSxHQUFHLEtBQUssT0FBTyxDQUFDLEVBQUc7QUFDckUsU0FBSyxPQUFPLEtBQUssRUFBRSxTQUFTLFFBQVcsTUFBTSxNQUFNLENBQUM7QUFDcEQsU0FBSyxVQUFVO0FBQUEsRUFDakI7QUFBQTtBQUFBLEVBR0EscUJBQXFCLE1BQWtCO0FBQ3JDLFFBQUksS0FBSyxPQUFPLFFBQVEsSUFBSSxJQUFJLEtBQUssYUFBYztBQUNuRCxpQkFBYSxLQUFLLFNBQVM7QUFDM0IsU0FBSyxZQUFZLFdBQVcsTUFBTTtBQUNoQyxXQUFLLFlBQVk7QUFDakIsVUFBSSxDQUFDLEtBQUssUUFBUSxLQUFLLE9BQU8sV0FBVyxFQUFHLE1BQUssYUFBYSxJQUFJO0FBQUEsSUFDcEUsR0FBRyxhQUFhO0FBQ2hCLFNBQUssVUFBVSxNQUFNO0FBQUEsRUFDdkI7QUFBQTtBQUFBLEVBR0EsYUFBYSxNQUFrQjtBQUM3QixVQUFNLFFBQVEsS0FBSyxPQUFPLFFBQVEsSUFBSTtBQUN0QyxRQUFJLFFBQVEsS0FBSyxnQkFBZ0IsS0FBSyxLQUFNO0FBQzVDLFNBQUssT0FBTyxPQUFPLE9BQU8sQ0FBQztBQUMzQixVQUFNLFVBQVUsS0FBSztBQUNyQixTQUFLLFVBQVU7QUFDZixRQUFJLFdBQVcsQ0FBQyxRQUFRLE1BQU07QUFDNUIsY0FBUSxPQUFPO0FBQ2YsY0FBUSxPQUFPLG1CQUFtQixTQUFTO0FBQzNDLFdBQUssUUFBUSxPQUFPLFVBQVU7QUFBQSxJQUNoQztBQUFBLEVBQ0Y7QUFBQSxFQUVBLE1BQU0sT0FBTyxNQUFZLEtBQThCO0FBQ3JELFFBQUksS0FBSyxRQUFTLE9BQU0sSUFBSSxZQUFZLGtCQUFrQix1QkFBdUI7QUFDakYsVUFBTSxVQUFVLEtBQUssU0FBUyxJQUFJO0FBQ2xDLFVBQU0sUUFBUTtBQUNkLFVBQU0sVUFBNEI7QUFBQSxNQUNoQyxJQUFJLEtBQUs7QUFBQSxNQUNULGFBQWEsSUFBSTtBQUFBLE1BQ2pCLE9BQU8sSUFBSTtBQUFBLE1BQ1gsUUFBUSxJQUFJO0FBQUEsTUFDWixZQUFZLElBQUk7QUFBQSxNQUNoQixRQUFRLEVBQUUsZ0JBQWdCLEtBQUssUUFBUSxnQkFBZ0IsZUFBZSxLQUFLLFFBQVEsZUFBZSxnQkFBZ0IsS0FBSyxRQUFRLGVBQWU7QUFBQSxJQUNoSjtBQUNBLFFBQUksQ0FBQyxRQUFRLE9BQU8sSUFBSSxJQUFJLFdBQVcsS0FBSyxJQUFJLFNBQVUsU0FBUSxTQUFTLElBQUk7QUFDL0UsUUFBSSxJQUFJLFNBQVUsU0FBUSxXQUFXO0FBQ3JDLFVBQU0sVUFBVSxJQUFJLFVBQVUsYUFBYSxLQUFLLFFBQVE7QUFDeEQsV0FBTyxJQUFJLFFBQW1CLENBQUMsU0FBUyxXQUFXO0FBQ2pELFlBQU0sUUFBUSxXQUFXLE1BQU07QUFDN0IsYUFBSyxLQUFLLE1BQU0sU0FBUyxJQUFJLFdBQ3pCLElBQUksWUFBWSxvQkFBb0IsK0NBQStDLE9BQU8sdUJBQXVCLEVBQUUsU0FBUyxFQUFFLFdBQVcsU0FBUyxRQUFRLGdCQUFnQixHQUFHLE1BQU0sd0RBQXdELENBQUMsSUFDNU8sSUFBSSxZQUFZLG9CQUFvQixnQ0FBZ0MsS0FBSyxRQUFRLFVBQVUsdUJBQXVCO0FBQUEsVUFDbEgsU0FBUyxFQUFFLFlBQVksS0FBSyxRQUFRLFlBQVksUUFBUSxJQUFJLE9BQU87QUFBQSxVQUNuRSxNQUFNO0FBQUEsUUFDUixDQUFDLENBQUM7QUFBQSxNQUNOLEdBQUcsT0FBTztBQUNWLGNBQVEsVUFBVSxFQUFFLElBQUksUUFBUSxJQUFJLFNBQVMsUUFBUSxNQUFNO0FBQzNELGNBQVEsT0FBTyxZQUFZLE9BQU87QUFDbEMsY0FBUSxPQUFPLElBQUksSUFBSSxXQUFXO0FBQUEsSUFDcEMsQ0FBQztBQUFBLEVBQ0g7QUFBQTtBQUFBLEVBR0EsU0FBUyxNQUFxQjtBQUM1QixRQUFJLEtBQUssV0FBVyxDQUFDLEtBQUssUUFBUSxLQUFNLFFBQU8sS0FBSztBQUNwRCxVQUFNLFFBQVEsS0FBSztBQUNuQixRQUFJLFNBQVMsQ0FBQyxNQUFNLE1BQU07QUFDeEIsV0FBSyxTQUFTO0FBQ2QsV0FBSyxVQUFVO0FBQ2YsV0FBSyxXQUFXO0FBQ2hCLGFBQU87QUFBQSxJQUNUO0FBQ0EsVUFBTSxVQUFVLEtBQUssT0FBTztBQUM1QixTQUFLLFVBQVU7QUFDZixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsYUFBbUI7QUFDakIsUUFBSSxLQUFLLFdBQVksS0FBSyxVQUFVLENBQUMsS0FBSyxPQUFPLEtBQU87QUFDeEQsU0FBSyxTQUFTLEtBQUssT0FBTztBQUFBLEVBQzVCO0FBQUEsRUFFQSxTQUFrQjtBQUNoQixVQUFNLFNBQVMsS0FBSyxJQUFJLEtBQUssTUFBTSxLQUFLLFFBQVEsZ0JBQWdCLEtBQUssUUFBUSxtQkFBbUIsT0FBTyxLQUFLO0FBQzVHLFVBQU0sU0FBUyxZQUFZLFlBQVk7QUFBQSxNQUNyQyxnQkFBZ0IsRUFBRSx3QkFBd0IsUUFBUSwwQkFBMEIsSUFBSSxhQUFhLEVBQUU7QUFBQSxJQUNqRyxDQUFDO0FBQ0QsUUFBSSxZQUF3QixNQUFNO0FBQ2xDLFFBQUksWUFBMEMsTUFBTTtBQUNwRCxVQUFNLFFBQVEsSUFBSSxRQUFjLENBQUMsU0FBUyxXQUFXO0FBQ25ELGtCQUFZO0FBQ1osa0JBQVk7QUFBQSxJQUNkLENBQUM7QUFDRCxVQUFNLE1BQU0sTUFBTSxNQUFTO0FBQzNCLFVBQU0sYUFBYSxXQUFXLE1BQU0sVUFBVSxZQUFZLHVCQUF1QixDQUFDLEdBQUcsa0JBQWtCO0FBQ3ZHLFVBQU0sVUFBbUIsRUFBRSxRQUFRLE9BQU8sU0FBUyxPQUFPLFFBQVEsb0JBQUksSUFBSSxHQUFHLE1BQU0sTUFBTTtBQUN6RixXQUFPLEdBQUcsV0FBVyxDQUFDLFlBQThDO0FBQ2xFLFVBQUksV0FBVyxTQUFTO0FBQ3RCLHFCQUFhLFVBQVU7QUFDdkIsZ0JBQVEsVUFBVTtBQUNsQixrQkFBVTtBQUNWO0FBQUEsTUFDRjtBQUNBLFdBQUssUUFBUSxTQUFTLE9BQU87QUFBQSxJQUMvQixDQUFDO0FBQ0QsV0FBTyxHQUFHLFNBQVMsQ0FBQyxVQUFxQztBQUN2RCxtQkFBYSxVQUFVO0FBQ3ZCLFlBQU0sVUFBVSxNQUFNLFNBQVMsNkJBQzNCLElBQUksWUFBWSwwQkFBMEIsd0VBQXlFLEVBQUUsTUFBTSwyQ0FBMkMsQ0FBQyxJQUN2SyxJQUFJLFlBQVksb0JBQW9CLGlEQUFpRCxFQUFFLFNBQVMsRUFBRSxRQUFRLE1BQU0sUUFBUSxNQUFNLEdBQUcsR0FBRyxFQUFFLEVBQUUsQ0FBQztBQUM3SSxnQkFBVSxZQUFZLE1BQU0sUUFBUSxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFDbEQsV0FBSyxLQUFLLE1BQU0sU0FBUyxPQUFPO0FBQUEsSUFDbEMsQ0FBQztBQUNELFdBQU8sR0FBRyxRQUFRLE1BQU07QUFDdEIsbUJBQWEsVUFBVTtBQUN2QixnQkFBVSxZQUFZLHVCQUF1QixDQUFDO0FBQzlDLFdBQUssS0FBSyxNQUFNLFNBQVMsSUFBSSxZQUFZLG9CQUFvQiw0REFBNEQsQ0FBQztBQUFBLElBQzVILENBQUM7QUFDRCxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsUUFBUSxTQUFrQixPQUE2QjtBQUNyRCxVQUFNLFVBQVUsUUFBUTtBQUN4QixRQUFJLENBQUMsV0FBVyxRQUFRLE9BQU8sTUFBTSxHQUFJO0FBQ3pDLGlCQUFhLFFBQVEsS0FBSztBQUMxQixZQUFRLFVBQVU7QUFDbEIsUUFBSSxNQUFNLEdBQUksU0FBUSxRQUFRLEVBQUUsT0FBTyxNQUFNLE9BQU8sU0FBUyxNQUFNLFNBQVMsWUFBWSxNQUFNLFlBQVksV0FBVyxNQUFNLFVBQVUsQ0FBQztBQUFBLFFBQ2pJLFNBQVEsT0FBTyxpQkFBaUIsTUFBTSxLQUFLLENBQUM7QUFBQSxFQUNuRDtBQUFBO0FBQUEsRUFHQSxNQUFNLE1BQU0sU0FBa0IsUUFBb0M7QUFDaEUsUUFBSSxRQUFRLEtBQU07QUFDbEIsWUFBUSxPQUFPO0FBQ2YsVUFBTSxVQUFVLFFBQVE7QUFDeEIsWUFBUSxVQUFVO0FBQ2xCLFFBQUksU0FBUztBQUNYLG1CQUFhLFFBQVEsS0FBSztBQUMxQixjQUFRLE9BQU8sTUFBTTtBQUFBLElBQ3ZCO0FBQ0EsVUFBTSxPQUFPLEtBQUssT0FBTyxLQUFLLENBQUMsY0FBYyxVQUFVLFlBQVksT0FBTztBQUMxRSxRQUFJLEtBQU0sTUFBSyxVQUFVO0FBQ3pCLFFBQUksS0FBSyxXQUFXLFFBQVMsTUFBSyxTQUFTO0FBSTNDLFFBQUksQ0FBQyxLQUFLLFdBQVcsUUFBUSxTQUFTO0FBQ3BDLFVBQUksTUFBTTtBQUNSLGFBQUssWUFBWTtBQUNqQixhQUFLLFNBQVMsSUFBSTtBQUFBLE1BQ3BCO0FBRUEsV0FBSyxXQUFXO0FBQUEsSUFDbEI7QUFDQSxZQUFRLE9BQU8sbUJBQW1CLFNBQVM7QUFDM0MsVUFBTSxRQUFRLE9BQU8sVUFBVTtBQUFBLEVBQ2pDO0FBQ0Y7QUFFQSxTQUFTLFlBQVksUUFBNkI7QUFDaEQsU0FBTyxJQUFJLFlBQVksZ0NBQWdDLDZDQUE2QyxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsQ0FBQztBQUM3SDsiLAogICJuYW1lcyI6IFsia2V5Il0KfQo=
