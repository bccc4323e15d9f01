/**
 * The work of `airtnt bench fuzz` (registered in bench-fuzz.ts): run the campaign, print a line per
 * target and the totals (or the JSON report), exit code 1 unless the report is ok.
 */
import { runFuzzCampaign } from '../../fuzz/campaign.js';
import { safeJson } from '../../util/errors.js';
import type { BenchFuzzOptions } from './bench-fuzz.js';

export async function benchFuzzCommand(options: BenchFuzzOptions): Promise<void> {
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
}
