/**
 * The fuzz campaign (`airtnt bench fuzz`, `npm run fuzz`): every parser that takes bytes from
 * outside (src/fuzz/targets.ts) gets the same number of generated and mutated inputs, split over
 * worker processes (one per core by default). Each worker reports progress; one that goes silent for
 * `hangMs` is killed and its target counted as hung. The report has the counts per target, the
 * typed errors by code, the slowest input, the peak RSS of the workers, the failures (with the
 * input's first bytes) and the total duration.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { FuzzFailure, FuzzSliceReport, TargetStats } from './run-targets.js';
import type { FuzzWorkerConfig } from './worker.js';

export type FuzzCampaignOptions = {
  /** Inputs in all, over all workers, shared among the targets by their weights. */
  inputs: number;
  workers?: number;
  seed?: number;
  maxInputMs?: number;
  /** A worker silent this long is hung (default 60 s). */
  hangMs?: number;
  /** A worker above this resident memory fails the campaign (default 1536 MiB). */
  maxRssMb?: number;
  only?: string[];
  log?: (line: string) => void;
};

export type FuzzCampaignReport = {
  inputs: number;
  targets: number;
  workers: number;
  seed: number;
  byTarget: Record<string, TargetStats & { errorsByCode: Record<string, number> }>;
  errorsByCode: Record<string, number>;
  maxInputMs: number;
  rssPeakMb: number;
  hangs: { worker: number; target: string; index: number }[];
  failures: FuzzFailure[];
  durationMs: number;
  ok: boolean;
};

const STARTUP_MS = 300_000;

function workerModule(): URL {
  const self = import.meta.url;
  return new URL(`./worker${self.endsWith('.ts') ? '.ts' : '.js'}`, self);
}

type WorkerOutcome = { report?: FuzzSliceReport; hang?: { target: string; index: number }; error?: string; rssPeakMb: number };

function runWorker(index: number, config: FuzzWorkerConfig, hangMs: number, log: (line: string) => void): Promise<WorkerOutcome> {
  const module = workerModule();
  const child: ChildProcess = fork(module, [], {
    execArgv: module.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [],
    env: { ...process.env, AIRTNT_FUZZ_WORKER: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.on('exit', killOnExit);
  return new Promise((resolve) => {
    const outcome: WorkerOutcome = { rssPeakMb: 0 };
    let last = { target: '(start)', index: 0 };
    let lastLogged = 0;
    // Loading the targets (samples, built-in modules, and under tsx the sources) is not fuzzing: on a
    // loaded machine it takes well over a minute, so the watchdog starts with a longer bound.
    let timer = setTimeout(() => onSilent(), Math.max(hangMs, STARTUP_MS));
    const onSilent = (): void => {
      outcome.hang = last;
      log(`worker ${index} silent for ${hangMs} ms in ${last.target} near input ${last.index}: killed`);
      child.kill('SIGKILL');
    };
    child.on('message', (message: { type: string; target?: string; index?: number; inputs?: number; rssMb?: number; report?: FuzzSliceReport; message?: string }) => {
      clearTimeout(timer);
      timer = setTimeout(onSilent, hangMs);
      if (message.type === 'progress') {
        last = { target: message.target ?? '?', index: message.index ?? 0 };
        outcome.rssPeakMb = Math.max(outcome.rssPeakMb, message.rssMb ?? 0);
        if (performance.now() - lastLogged > 10_000) {
          lastLogged = performance.now();
          log(`worker ${index}: ${message.inputs} inputs, now ${last.target}, RSS ${Math.round(message.rssMb ?? 0)} MiB`);
        }
      } else if (message.type === 'done') {
        outcome.report = message.report;
      } else if (message.type === 'failed') {
        outcome.error = message.message;
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      process.off('exit', killOnExit);
      if (outcome.report === undefined && outcome.hang === undefined && outcome.error === undefined) outcome.error = `worker exited (${code ?? signal}) without a report`;
      resolve(outcome);
    });
  });
}

export async function runFuzzCampaign(options: FuzzCampaignOptions): Promise<FuzzCampaignReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const seed = options.seed ?? 20261130;
  const maxRssMb = options.maxRssMb ?? 1536;
  const share = Math.ceil(options.inputs / workers);
  const outcomes = await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      runWorker(w, { seed: seed + w, inputs: share, maxInputMs: options.maxInputMs ?? 2_000, ...(options.only === undefined ? {} : { only: options.only }) }, options.hangMs ?? 60_000, log),
    ),
  );
  const report: FuzzCampaignReport = { inputs: 0, targets: 0, workers, seed, byTarget: {}, errorsByCode: {}, maxInputMs: 0, rssPeakMb: 0, hangs: [], failures: [], durationMs: 0, ok: true };
  outcomes.forEach((outcome, w) => {
    if (outcome.hang !== undefined) report.hangs.push({ worker: w, ...outcome.hang });
    if (outcome.error !== undefined) report.failures.push({ target: '(worker)', index: -1, how: '', problem: outcome.error.slice(0, 2000), inputHex: '', inputBytes: 0 });
    const slice = outcome.report;
    report.rssPeakMb = Math.max(report.rssPeakMb, outcome.rssPeakMb, slice?.rssPeakMb ?? 0);
    if (slice === undefined) return;
    report.inputs += slice.inputs;
    report.failures.push(...slice.failures);
    for (const [name, stats] of Object.entries(slice.byTarget)) {
      const into = (report.byTarget[name] ??= { inputs: 0, accepted: 0, rejected: {}, maxInputMs: 0, totalMs: 0, maxInputBytes: 0, errorsByCode: {} });
      into.inputs += stats.inputs;
      into.accepted += stats.accepted;
      into.totalMs += stats.totalMs;
      into.maxInputMs = Math.max(into.maxInputMs, stats.maxInputMs);
      into.maxInputBytes = Math.max(into.maxInputBytes, stats.maxInputBytes);
      for (const [code, n] of Object.entries(stats.rejected)) {
        into.rejected[code] = (into.rejected[code] ?? 0) + n;
        report.errorsByCode[code] = (report.errorsByCode[code] ?? 0) + n;
      }
    }
  });
  for (const stats of Object.values(report.byTarget)) {
    stats.errorsByCode = stats.rejected;
    stats.maxInputMs = Math.round(stats.maxInputMs * 100) / 100;
    stats.totalMs = Math.round(stats.totalMs);
    report.maxInputMs = Math.max(report.maxInputMs, stats.maxInputMs);
  }
  report.targets = Object.keys(report.byTarget).length;
  report.rssPeakMb = Math.round(report.rssPeakMb);
  report.durationMs = Math.round(performance.now() - started);
  report.ok = report.failures.length === 0 && report.hangs.length === 0 && report.rssPeakMb <= maxRssMb;
  return report;
}
