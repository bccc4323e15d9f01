/**
 * `airtnt bench collect-race`: the collect race of issue 9 (case 5) on a devnet with a block every
 * --block-time seconds: decoy sessions worth 1 wei end just before a large one; prints when the large
 * collect landed relative to expiry and what the decoys cost the executor (src/bench/collect-race.ts).
 * This file defines the command and its options; its work is in bench-collect-race-action.ts.
 */
import type { Command } from 'commander';
import { wholeNumber } from '../integer-arg.js';

export type CollectRaceOptions = { blockTime: number; decoys: number; decoyWei: string; dueBlocks: number; json?: boolean };

export function registerBenchCollectRace(bench: Command): void {
  bench
    .command('collect-race')
    .description('decoy sessions end just before a large one: is the large payment collected before expiry, and what do the decoys cost?')
    .option('--block-time <s>', 'seconds per block of the devnet', wholeNumber(1, 60), 1)
    .option('--decoys <n>', 'decoy sessions ended just before the large one', wholeNumber(0, 500), 50)
    .option('--decoy-wei <wei>', 'what each decoy session paid', '1')
    .option('--due-blocks <n>', 'blocks between the end of the large session and its channel\'s expiry', wholeNumber(2, 1000), 10)
    .option('--json', 'print one JSON object')
    .action(async (options: CollectRaceOptions) => {
      // Loaded when the command runs, not when it is defined, so that --help answers at once.
      const { collectRaceCommand } = await import('./bench-collect-race-action.js');
      await collectRaceCommand(options);
    });
}
