/**
 * Runs generated inputs through the fuzz targets in this process and counts what happened: values,
 * typed errors by code, failures (any other exception, or an input slower than the bound), the
 * slowest input per target and the peak resident memory.
 */
import { isAirtntError } from '../util/errors.js';
import { seededRandom } from '../util/random.js';
import { nextInput } from './mutate.js';
import type { FuzzTarget } from './targets.js';

export type FuzzFailure = { target: string; index: number; how: string; problem: string; inputHex: string; inputBytes: number };

export type TargetStats = { inputs: number; accepted: number; rejected: Record<string, number>; maxInputMs: number; totalMs: number; maxInputBytes: number };

export type FuzzSliceReport = { byTarget: Record<string, TargetStats>; failures: FuzzFailure[]; rssPeakMb: number; inputs: number };

export type FuzzSliceOptions = {
  targets: FuzzTarget[];
  /** Inputs in all, shared among the targets by their weights. */
  inputs: number;
  seed: number;
  /** An input slower than this is a failure (a sign of super-linear work or a near-hang). */
  maxInputMs: number;
  /** Told every `progressEvery` inputs (and at target boundaries). */
  onProgress?: (progress: { target: string; index: number; inputs: number; rssMb: number }) => void;
  progressEvery?: number;
};

const MAX_FAILURES_KEPT = 50;
const rssMb = (): number => process.memoryUsage.rss() / (1 << 20);

export async function runTargets(options: FuzzSliceOptions): Promise<FuzzSliceReport> {
  const report: FuzzSliceReport = { byTarget: {}, failures: [], rssPeakMb: rssMb(), inputs: 0 };
  const every = options.progressEvery ?? 1000;
  const counts = sharesOf(options.targets, options.inputs);
  for (const [t, target] of options.targets.entries()) {
    // One stream per target: a target's inputs do not depend on which targets ran before it.
    const random = seededRandom((options.seed * 7919 + t * 104_729) >>> 0);
    const stats: TargetStats = { inputs: 0, accepted: 0, rejected: {}, maxInputMs: 0, totalMs: 0, maxInputBytes: 0 };
    report.byTarget[target.name] = stats;
    for (let index = 0; index < counts[t]!; index++) {
      const { input, how } = nextInput(random, target.seeds);
      const failure = (problem: string): void => {
        if (report.failures.length < MAX_FAILURES_KEPT) {
          report.failures.push({ target: target.name, index, how, problem, inputHex: Buffer.from(input.subarray(0, 512)).toString('hex'), inputBytes: input.length });
        }
      };
      const started = performance.now();
      try {
        const value = target.run(input);
        if (value instanceof Promise) await value;
        stats.accepted += 1;
      } catch (error) {
        if (isAirtntError(error)) stats.rejected[error.code] = (stats.rejected[error.code] ?? 0) + 1;
        else failure(`threw a non-AirtntError: ${error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300)}`);
      }
      const elapsed = performance.now() - started;
      stats.inputs += 1;
      stats.totalMs += elapsed;
      if (elapsed > stats.maxInputMs) stats.maxInputMs = elapsed;
      if (input.length > stats.maxInputBytes) stats.maxInputBytes = input.length;
      if (elapsed > options.maxInputMs) failure(`took ${elapsed.toFixed(0)} ms (bound ${options.maxInputMs} ms)`);
      report.inputs += 1;
      if (report.inputs % every === 0) {
        const rss = rssMb();
        if (rss > report.rssPeakMb) report.rssPeakMb = rss;
        options.onProgress?.({ target: target.name, index, inputs: report.inputs, rssMb: rss });
        // Let timers and IPC run between batches (a heartbeat that stops means a hang).
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }
  report.rssPeakMb = Math.max(report.rssPeakMb, rssMb());
  return report;
}

/** Inputs per target: `total` shared by weight (default 1), each target at least one. */
export function sharesOf(targets: readonly { weight?: number }[], total: number): number[] {
  const sum = targets.reduce((s, t) => s + (t.weight ?? 1), 0);
  return targets.map((t) => Math.max(1, Math.ceil((total * (t.weight ?? 1)) / sum)));
}
