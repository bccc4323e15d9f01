/**
 * `airtnt bench load --channels N --rounds R [--curve] [--quick] [--json]`: N concurrent requester
 * sessions against one executor process on a local chain, then settlement and a check of the chain
 * against both stores (src/bench/load.ts). Exits 1 if a payment was lost or left uncollected, or a
 * session failed. This file defines the command and its options; its work is in bench-load-action.ts.
 */
import type { Command } from 'commander';
import { wholeNumber } from '../integer-arg.js';

/** The bounded run of `npm test` (src/bench/load.test.ts). */
export const QUICK_LOAD = { channels: 20, rounds: 5 };
export const CURVE_CHANNELS = [10, 100, 1000];

export type BenchLoadOptions = { channels?: number; rounds?: number; perRound: number; grid: number; clients?: number; curve?: boolean; quick?: boolean; json?: boolean; profileDir?: string };

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
    .action(async (options: BenchLoadOptions) => {
      // Loaded when the command runs, not when it is defined, so that --help answers at once.
      const { benchLoadCommand } = await import('./bench-load-action.js');
      await benchLoadCommand(options);
    });
}
