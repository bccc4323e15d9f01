/**
 * `airtnt runs list` and `airtnt runs show RUN_ID`: the runs of a requester's store, with what each
 * cost, who executed it and whether that was on a simulated TEE. Read-only: works from any folder.
 * This file defines the commands and their options; their work is in runs-action.ts.
 */
import type { Command } from 'commander';

export type RunsOptions = { dataDir?: string; json?: boolean };

export function registerRuns(program: Command): void {
  const runs = program.command('runs').description('the runs kept in a requester\'s store (list, show)');
  runs
    .command('list')
    .description('every finished run: id, cost, executors, insecure')
    .option('--data-dir <dir>', 'the requester\'s data directory (default: $XDG_DATA_HOME/airtnt/requester or ~/.local/share/airtnt/requester)')
    .option('--json', 'print one JSON object')
    .action(async (options: RunsOptions) => {
      // Loaded when the command runs, not when it is defined, so that --help answers at once.
      const { listRuns } = await import('./runs-action.js');
      listRuns(options);
    });
  runs
    .command('show')
    .description('one run: its progress, cost, sessions and output')
    .argument('<run-id>', 'the run id, or a prefix of it as `runs list` prints it')
    .option('--data-dir <dir>', 'the requester\'s data directory (default: $XDG_DATA_HOME/airtnt/requester or ~/.local/share/airtnt/requester)')
    .option('--json', 'print one JSON object')
    .action(async (prefix: string, options: RunsOptions) => {
      const { showRun } = await import('./runs-action.js');
      showRun(prefix, options);
    });
}
