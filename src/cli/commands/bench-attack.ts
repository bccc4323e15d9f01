/**
 * `airtnt bench attack [--quick] [--json]`: the attack campaign (src/bench/attack.ts) against a local
 * chain and one executor process, loopback only. Exits 1 when any attack class did not hold.
 * This file defines the command; its work is in bench-attack-action.ts.
 */
import type { Command } from 'commander';

export type BenchAttackOptions = { quick?: boolean; json?: boolean };

export function registerBenchAttack(bench: Command): void {
  bench
    .command('attack')
    .description('attack campaign: hostile clients against a local executor while honest runs proceed (simulated TEE, INSECURE)')
    .option('--quick', 'the bounded version (about a minute on two cores)')
    .option('--json', 'print one JSON object')
    .action(async (options: BenchAttackOptions) => {
      // Loaded when the command runs, not when it is defined, so that --help answers at once.
      const { benchAttackCommand } = await import('./bench-attack-action.js');
      await benchAttackCommand(options);
    });
}
