/**
 * `airtnt bench fuzz [--inputs N] [--workers W] [--seed S] [--only a,b] [--json]`: the fuzz campaign
 * (src/fuzz/campaign.ts) over every parser that takes bytes from outside. Exits 1 on any failure:
 * an exception other than AirtntError, an input slower than the bound, a hung worker, or a worker
 * above the memory bound. This file defines the command and its options; its work is in
 * bench-fuzz-action.ts.
 */
import type { Command } from 'commander';
import { wholeNumber } from '../integer-arg.js';

/** The long campaign's size: at least 1,000,000 inputs in all over the targets. */
export const DEFAULT_FUZZ_INPUTS = 1_000_000;

export type BenchFuzzOptions = { inputs: number; workers?: number; seed: number; maxInputMs: number; only?: string; json?: boolean };

export function registerBenchFuzz(bench: Command): void {
  bench
    .command('fuzz')
    .description('fuzz every parser of outside bytes (wire frames, evidence, collateral, X.509, Life files, WebAssembly, sealed envelopes, signed records) with generated and mutated inputs')
    .option('--inputs <n>', 'inputs in all, shared among the targets (public-key targets get a tenth share)', wholeNumber(1, 1_000_000_000), DEFAULT_FUZZ_INPUTS)
    .option('--workers <n>', 'worker processes (default: one per core)', wholeNumber(1, 64))
    .option('--seed <n>', 'seed of the input generator', wholeNumber(0, 2 ** 31 - 64), 20261130)
    .option('--max-input-ms <n>', 'an input slower than this is a failure', wholeNumber(1, 600_000), 2_000)
    .option('--only <names>', 'comma-separated target names')
    .option('--json', 'print one JSON object')
    .action(async (options: BenchFuzzOptions) => {
      // Loaded when the command runs, not when it is defined, so that --help answers at once.
      const { benchFuzzCommand } = await import('./bench-fuzz-action.js');
      await benchFuzzCommand(options);
    });
}
