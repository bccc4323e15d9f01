/**
 * `airtnt bench frames`: what the frame attacks of issue 9 (case 2) cost a node's decoder: for each
 * attack frame, the time to refuse it with the bounded decoder (decodeMessage) and, with --compare,
 * the time and peak memory of plain cbor-x on the same frame (what both nodes ran before the header
 * scan). This file defines the command; the frames and the timing are in bench-frames-action.ts.
 */
import type { Command } from 'commander';

export type BenchFramesOptions = { compare?: boolean; json?: boolean };

export function registerBenchFrames(bench: Command): void {
  bench
    .command('frames')
    .description('time and memory to refuse the CBOR frame attacks (bignums, empty strings, nesting)')
    .option('--compare', 'also decode each frame with plain cbor-x, as before the header scan (slow: several seconds)')
    .option('--json', 'print one JSON object')
    .action(async (options: BenchFramesOptions) => {
      // Loaded when the command runs, not when it is defined, so that --help answers at once.
      const { benchFramesCommand } = await import('./bench-frames-action.js');
      benchFramesCommand(options);
    });
}
