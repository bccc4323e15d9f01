/**
 * `airtnt bench crash [--json]`: the crash sweep (src/bench/crash.ts). Each side is killed with
 * SIGKILL at every named durable step, restarted, and the chain is checked against both stores.
 * Exits 1 if a point was not reached or did not hold (a payment lost, a round paid twice, a deposit
 * orphaned, or a resumed run that did not end as an uninterrupted one).
 */
import type { Command } from 'commander';
import type { CrashPointReport } from '../../bench/crash.js';
import { safeJson } from '../../util/errors.js';

function line(r: CrashPointReport): string {
  const verdict = r.held ? 'held' : r.crashed ? 'FAILED' : 'NOT REACHED';
  return `${r.side} ${r.point}@${r.fromRound}: ${verdict} in ${r.ms} ms (collected ${r.collected} of ${r.cost}, lost ${r.lostPayments}, paid twice ${r.paidTwice}, orphaned ${r.orphanedChannels})${r.error === undefined ? '' : `: ${r.error}`}`;
}

export function registerBenchCrash(bench: Command): void {
  bench
    .command('crash')
    .description('kill -9 of executor and requester at every durable step, restart, check the chain against both stores (simulated TEE, INSECURE)')
    .option('--json', 'print one JSON object')
    .action(async (options: { json?: boolean }) => {
      const { benchCrash } = await import('../../bench/crash.js');
      const summary = await benchCrash({ onPoint: (r) => void process.stderr.write(`${line(r)}\n`) });
      if (options.json) {
        process.stdout.write(`${safeJson(summary)}\n`);
      } else {
        process.stdout.write(
          `${summary.points} points (${summary.executorPoints} executor, ${summary.requesterPoints} requester): ${summary.held} held, ${summary.notReached} not reached, ` +
            `lost payments ${summary.lostPayments}, paid twice ${summary.paidTwice}, orphaned channels ${summary.orphanedChannels}, ${summary.seconds} s\n`,
        );
      }
      if (summary.held !== summary.points) process.exitCode = 1;
    });
}
