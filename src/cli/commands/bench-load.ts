/**
 * `airtnt bench load --channels N --rounds R [--curve] [--quick] [--json]`: N concurrent requester
 * sessions against one executor process on a local chain, then settlement and a check of the chain
 * against both stores (src/bench/load.ts). Exits 1 if a payment was lost or left uncollected, or a
 * session failed.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { LoadReport } from '../../bench/load.js';
import { safeJson } from '../../util/errors.js';

// Loaded when a command runs, not when it is defined, so that --help answers at once.
let benchLoad: typeof import('../../bench/load.js').benchLoad;
let benchLoadCurve: typeof import('../../bench/load.js').benchLoadCurve;

async function loadDependencies(): Promise<void> {
  const [m0] = await Promise.all([
    import('../../bench/load.js'),
  ]);
  ({ benchLoad, benchLoadCurve } = m0);
}


function wholeNumber(min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number in [${min}, ${max}], got "${value}"`);
    return n;
  };
}

/** The bounded run of `npm test` (src/bench/load.test.ts). */
export const QUICK_LOAD = { channels: 20, rounds: 5 };
export const CURVE_CHANNELS = [10, 100, 1000];

type Options = { channels?: number; rounds?: number; perRound: number; grid: number; clients?: number; curve?: boolean; quick?: boolean; json?: boolean; profileDir?: string };

function line(report: LoadReport): string {
  return (
    `${report.channels} channels x ${report.rounds} rounds: ${report.roundsPerSecond} paid rounds/s (${report.roundsPerSecondWithSetup} with session setup), ` +
    `round p50 ${report.p50Ms} ms p99 ${report.p99Ms} ms, executor RSS ${report.executorRssMb} MiB (${report.rssPerChannelKb} kB per channel), ` +
    `sessions ${report.sessionsOk} ok ${report.sessionsFailed} failed, lost payments ${report.lostPayments}, uncollected ${report.uncollected}`
  );
}

const failedRun = (report: LoadReport): boolean => report.lostPayments > 0 || report.uncollected > 0 || report.sessionsFailed > 0;

export function registerBenchLoad(bench: Command): void {
  bench
    .command('load')
    .description('N concurrent paid sessions (own keys and channels) against one executor process, then settle and check chain and stores (simulated TEE, INSECURE)')
    .option('--channels <n>', 'concurrent requester sessions, one channel each', wholeNumber(1, 10_000))
    .option('--rounds <n>', 'paid rounds per session', wholeNumber(1, 100_000))
    .option('--per-round <n>', 'Life generations per round', wholeNumber(1, 1_000_000), 2)
    .option('--grid <n>', 'side of the Life grid', wholeNumber(8, 256), 16)
    .option('--clients <n>', 'client processes (default one per 250 channels, at most 4)', wholeNumber(1, 16))
    .option('--profile-dir <dir>', 'write CPU profiles of the executor and client processes (node --cpu-prof) here')
    .option('--curve', `one run for each of ${CURVE_CHANNELS.join(', ')} channels (rounds per second and RSS against N)`)
    .option('--quick', `the bounded run (${QUICK_LOAD.channels} channels x ${QUICK_LOAD.rounds} rounds)`)
    .option('--json', 'print one JSON object')
    .action(async (options: Options) => {
      await loadDependencies();
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
    });
}
