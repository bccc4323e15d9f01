/**
 * `airtnt bench attack [--quick] [--json]`: the attack campaign (src/bench/attack.ts) against a local
 * chain and one executor process, loopback only. Exits 1 when any attack class did not hold.
 */
import type { Command } from 'commander';
import { safeJson } from '../../util/errors.js';

// Loaded when a command runs, not when it is defined, so that `--help` answers at once.
let benchAttack: typeof import('../../bench/attack.js').benchAttack;
let FULL_ATTACK_OPTIONS: typeof import('../../bench/attack-types.js').FULL_ATTACK_OPTIONS;
let QUICK_ATTACK_OPTIONS: typeof import('../../bench/attack-types.js').QUICK_ATTACK_OPTIONS;

async function loadDependencies(): Promise<void> {
  const [m0, m1] = await Promise.all([
    import('../../bench/attack.js'),
    import('../../bench/attack-types.js'),
  ]);
  ({ benchAttack } = m0);
  ({ FULL_ATTACK_OPTIONS, QUICK_ATTACK_OPTIONS } = m1);
}

export function registerBenchAttack(bench: Command): void {
  bench
    .command('attack')
    .description('attack campaign: hostile clients against a local executor while honest runs proceed (simulated TEE, INSECURE)')
    .option('--quick', 'the bounded version (about a minute on two cores)')
    .option('--json', 'print one JSON object')
    .action(async (options: { quick?: boolean; json?: boolean }) => {
      await loadDependencies();
      const base = options.quick ? QUICK_ATTACK_OPTIONS : FULL_ATTACK_OPTIONS;
      const report = await benchAttack({ ...base, log: (line) => process.stderr.write(`${line}\n`) });
      if (options.json) {
        process.stdout.write(`${safeJson(report)}\n`);
      } else {
        for (const r of report.results) process.stdout.write(`${r.held ? 'held  ' : 'BROKEN'}  ${r.case}: ${r.detail}\n`);
        process.stdout.write(
          `${report.held}/${report.cases} held; executor crashes ${report.executorCrashes}; honest runs ${report.honestRunsOk ? 'ok' : 'FAILED'}; lost payments ${report.lostPayments}; ` +
            `honest round ${report.honestRoundLatencyMs.baseline} ms -> ${report.honestRoundLatencyMs.underAttack} ms under attack; free rounds per channel ${report.freeRoundsPerChannel}; ` +
            `executor RSS ${report.executorRssMb.baseline} MiB -> ${report.executorRssMb.underFrameAttacks} MiB under frame attacks\n`,
        );
      }
      if (report.held < report.cases || report.executorCrashes > 0) process.exitCode = 1;
    });
}
