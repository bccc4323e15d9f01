/**
 * `airtnt bench failover [--json]`: a run on a local pool of 3 against the same run with its executor
 * SIGKILLed at a random round (src/bench/failover.ts), in one invocation. Exits 1 unless the killed
 * run ended correct, with no extra transaction and no round paid twice.
 */
import { Option, type Command } from 'commander';
import { FAILOVER_KILLS, FAILOVER_POINTS, type FailoverKill, type FailoverPoint } from '../../bench/failover-options.js';
import { safeJson } from '../../util/errors.js';
import { integer } from '../integer-arg.js';

export function registerBenchFailover(bench: Command): void {
  bench
    .command('failover')
    .description('a run on a local pool of 3 (an executor and two standbys) against the same run with the executor SIGKILLed at a random round (simulated TEE, INSECURE)')
    .option('--json', 'print one JSON object')
    .option('--rounds <n>', 'rounds of the run', integer(3, 1_000), 10)
    .option('--per-round <n>', 'cycles per round', integer(1, 1_000_000), 10)
    .addOption(new Option('--point <point>', 'where the executor is killed: payment-stored (after the payment, before the key) or round-stored (before the result); default: drawn at random').choices(FAILOVER_POINTS))
    .option('--round <n>', 'the round it is killed at (from 1 to rounds - 2; default: drawn at random)', integer(1, 1_000))
    .addOption(new Option('--kill <who>', 'who is SIGKILLed: executor (at --point), standby (the second standby, once round --round is done) or two (the executor and the first standby at once, the same way)').choices(FAILOVER_KILLS).default('executor'))
    .action(async (options: { json?: boolean; rounds: number; perRound: number; point?: FailoverPoint; round?: number; kill: FailoverKill }, command: Command) => {
      if (options.point !== undefined && options.kill !== 'executor') {
        command.error(`error: option '--point <point>' is where the executor kills itself: it goes with --kill executor, not --kill ${options.kill} (a member killed by this process dies once round --round is done)`);
      }
      if (options.round !== undefined && options.round > options.rounds - 2) {
        command.error(`error: option '--round <n>' argument '${options.round}' is invalid. The kill must come before the last round's: from 1 to ${options.rounds - 2} with --rounds ${options.rounds}`);
      }
      const { benchFailover } = await import('../../bench/failover.js');
      const report = await benchFailover({
        rounds: options.rounds,
        perRound: options.perRound,
        kill: options.kill,
        ...(options.point === undefined ? {} : { point: options.point }),
        ...(options.round === undefined ? {} : { round: options.round }),
        log: (line) => void process.stderr.write(`${line}\n`),
      });
      if (options.json) {
        process.stdout.write(`${safeJson(report)}\n`);
      } else {
        process.stdout.write(
          `${report.kill} killed at ${report.killedAt.point}@${report.killedAt.round}: baseline ${report.baselineMs} ms, with the kill ${report.withKillMs} ms (${report.extraMs >= 0 ? '+' : ''}${report.extraMs} ms), ` +
            `extra transactions ${report.extraTransactions}, rounds paid twice ${report.roundsPaidTwice}, keys from a standby ${report.keysFromStandby}, ${report.correct ? 'correct' : 'NOT CORRECT'}\n`,
        );
      }
      if (!report.correct || report.extraTransactions !== 0 || report.roundsPaidTwice !== 0) process.exitCode = 1;
    });
}
