/**
 * The work of `airtnt bench load` (registered in bench-load.ts): one run, or with --curve one per
 * point of the curve; print a line per run (or the JSON report), exit code 1 if any run failed.
 */
import { benchLoad, benchLoadCurve, type LoadReport } from '../../bench/load.js';
import { safeJson } from '../../util/errors.js';
import { CURVE_CHANNELS, QUICK_LOAD, type BenchLoadOptions } from './bench-load.js';

function line(report: LoadReport): string {
  return (
    `${report.channels} channels x ${report.rounds} rounds: ${report.roundsPerSecond} paid rounds/s (${report.roundsPerSecondWithSetup} with session setup), ` +
    `round p50 ${report.p50Ms} ms p99 ${report.p99Ms} ms, executor RSS ${report.executorRssMb} MiB (${report.rssPerChannelKb} kB per channel), ` +
    `sessions ${report.sessionsOk} ok ${report.sessionsFailed} failed, lost payments ${report.lostPayments}, uncollected ${report.uncollected}`
  );
}

const failedRun = (report: LoadReport): boolean => report.lostPayments > 0 || report.uncollected > 0 || report.sessionsFailed > 0;

export async function benchLoadCommand(options: BenchLoadOptions): Promise<void> {
  const log = (text: string): void => void process.stderr.write(`${text}\n`);
  const base = { rounds: options.rounds ?? (options.quick ? QUICK_LOAD.rounds : 20), perRound: options.perRound, grid: options.grid, log, ...(options.clients === undefined ? {} : { clients: options.clients }), ...(options.profileDir === undefined ? {} : { profileDir: options.profileDir }) };
  const channels = options.channels ?? (options.quick ? QUICK_LOAD.channels : 100);
  // With --curve the headline is the curve's point for --channels (its largest when not named).
  const curve = options.curve ? await benchLoadCurve(base, CURVE_CHANNELS) : undefined;
  const report = curve === undefined ? await benchLoad({ ...base, channels }) : (curve.find((p) => p.channels === options.channels) ?? curve.at(-1)!);
  if (options.json) {
    process.stdout.write(`${safeJson(curve === undefined ? report : { ...report, curve })}\n`);
  } else {
    process.stdout.write(`${line(report)}\n`);
    for (const point of curve ?? []) process.stdout.write(`curve: ${line(point)}\n`);
  }
  if (failedRun(report) || (curve ?? []).some(failedRun)) process.exitCode = 1;
}
