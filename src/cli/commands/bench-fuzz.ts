/**
 * `airtnt bench fuzz [--inputs N] [--workers W] [--seed S] [--only a,b] [--json]`: the fuzz campaign
 * (src/fuzz/campaign.ts) over every parser that takes bytes from outside. Exits 1 on any failure:
 * an exception other than AirtntError, an input slower than the bound, a hung worker, or a worker
 * above the memory bound.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { safeJson } from '../../util/errors.js';

// Loaded when a command runs, not when it is defined, so that --help answers at once.
let runFuzzCampaign: typeof import('../../fuzz/campaign.js').runFuzzCampaign;

async function loadDependencies(): Promise<void> {
  const [m0] = await Promise.all([
    import('../../fuzz/campaign.js'),
  ]);
  ({ runFuzzCampaign } = m0);
}


function wholeNumber(min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number in [${min}, ${max}], got "${value}"`);
    return n;
  };
}

/** The long campaign's size: at least 1,000,000 inputs in all over the targets. */
export const DEFAULT_FUZZ_INPUTS = 1_000_000;

type Options = { inputs: number; workers?: number; seed: number; maxInputMs: number; only?: string; json?: boolean };

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
    .action(async (options: Options) => {
      await loadDependencies();
      const only = options.only?.split(',').map((name) => name.trim()).filter((name) => name.length > 0);
      const report = await runFuzzCampaign({
        inputs: options.inputs,
        seed: options.seed,
        maxInputMs: options.maxInputMs,
        ...(options.workers === undefined ? {} : { workers: options.workers }),
        ...(only === undefined ? {} : { only }),
        log: (line) => process.stderr.write(`${line}\n`),
      });
      if (options.json) process.stdout.write(`${safeJson(report)}\n`);
      else {
        for (const [name, stats] of Object.entries(report.byTarget)) {
          process.stdout.write(`${name}: ${stats.inputs} inputs, ${stats.accepted} accepted, ${Object.keys(stats.errorsByCode).length} error codes, slowest ${stats.maxInputMs} ms\n`);
        }
        process.stdout.write(`${report.inputs} inputs over ${report.targets} targets in ${report.durationMs} ms on ${report.workers} workers; slowest input ${report.maxInputMs} ms; RSS peak ${report.rssPeakMb} MiB; failures ${report.failures.length}; hangs ${report.hangs.length}\n`);
        for (const failure of report.failures.slice(0, 10)) process.stdout.write(`FAILURE ${failure.target} #${failure.index} (${failure.how}): ${failure.problem}\n`);
      }
      if (!report.ok) process.exitCode = 1;
    });
}
