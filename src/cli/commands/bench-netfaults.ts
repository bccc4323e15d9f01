/**
 * `airtnt bench netfaults`: paid runs with executors in network namespaces, clean, with delay and
 * loss, and with a partition mid-run (src/bench/netfaults.ts). Linux and root only. Exits 1 unless every
 * run completed with nothing lost and nothing paid twice.
 * This file defines the command and its options; the work is loaded when it runs.
 */
import type { Command } from 'commander';
import { wholeNumber } from '../integer-arg.js';

export type NetFaultsCommandOptions = { rounds: number; delayMs: number; jitterMs: number; lossPercent: number; json?: boolean };

export function registerBenchNetFaults(bench: Command): void {
  bench
    .command('netfaults')
    .description('executors in network namespaces: round latency with and without delay and loss, failover time after a partition, nothing lost (Linux, root)')
    .option('--rounds <n>', 'paid rounds per run', wholeNumber(3, 200), 10)
    .option('--delay-ms <ms>', 'added delay each way', wholeNumber(0, 5_000), 50)
    .option('--jitter-ms <ms>', 'jitter of the delay', wholeNumber(0, 5_000), 10)
    .option('--loss-percent <p>', 'packets dropped each way, in percent', wholeNumber(0, 50), 2)
    .option('--json', 'print one JSON object')
    .action(async (options: NetFaultsCommandOptions) => {
      const [{ runNetFaults }, { safeJson }] = await Promise.all([import('../../bench/netfaults.js'), import('../../util/errors.js')]);
      const result = await runNetFaults({
        rounds: options.rounds,
        netem: { delayMs: options.delayMs, jitterMs: options.jitterMs, lossPercent: options.lossPercent },
        log: options.json ? undefined : (line) => process.stderr.write(`${line}\n`),
      });
      console.log(options.json ? safeJson(result) : JSON.stringify(result, null, 2));
      // Each run must complete, and nothing be lost or paid twice: otherwise the command fails.
      if (result.impaired === null || result.lostPayments !== 0 || result.paidTwice !== 0 || !Number.isFinite(result.failoverMs)) process.exitCode = 1;
    });
}
