/**
 * `airtnt demo [--json] [--out FILE]`: the whole system on this machine (src/demo/demo.ts): a local
 * chain, two executor processes (simulated TEE, INSECURE), a paid Game of Life run that survives a
 * SIGKILL, settlement. Exits 1 if the demo failed. This file defines the command; its work is in
 * demo-action.ts.
 */
import type { Command } from 'commander';

export type DemoCommandOptions = { json?: boolean; out?: string };

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('the whole system on this machine: local chain, two executors (simulated TEE, INSECURE), a paid Game of Life run that survives a SIGKILL, settlement')
    .option('--json', 'print one JSON object as the last line (progress goes to stderr)')
    .option('--out <file>', 'write the final grid as RLE')
    .action(async (options: DemoCommandOptions) => {
      // Loaded when the command runs, not when it is defined, so that --help answers at once.
      const { demoCommand } = await import('./demo-action.js');
      await demoCommand(options);
    });
}
