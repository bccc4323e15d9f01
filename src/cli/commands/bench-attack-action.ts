/**
 * The work of `airtnt bench attack` (registered in bench-attack.ts): run the campaign, print one line
 * per attack class (or the JSON report), exit code 1 when one did not hold or the executor crashed.
 */
import { benchAttack } from '../../bench/attack.js';
import { FULL_ATTACK_OPTIONS, QUICK_ATTACK_OPTIONS } from '../../bench/attack-types.js';
import { safeJson } from '../../util/errors.js';
import type { BenchAttackOptions } from './bench-attack.js';

export async function benchAttackCommand(options: BenchAttackOptions): Promise<void> {
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
}
