/**
 * `airtnt executor status`: what an executor's data directory holds, read-only (it works while the
 * executor runs): sessions, earnings per token (signed to it, and collected), channels with their
 * deadlines, and the collect queue.
 */
import type { Command } from 'commander';
import { dataDirOf } from '../data-dir.js';
import { registryStatus } from './executor-registry.js';

export function registerExecutorStatus(executor: Command): void {
  executor
    .command('status')
    .description('sessions, earnings per token, channels with their deadlines and the collect queue, from an executor\'s data directory')
    .option('--data-dir <dir>', 'the executor\'s data directory (default: $XDG_DATA_HOME/airtnt/executor or ~/.local/share/airtnt/executor)')
    .option('--json', 'print one JSON object')
    .option('--registry <address>', 'instead: the node\'s record in this registry (with --rpc-url, and --node or --private-key)')
    .option('--rpc-url <url>', 'with --registry: the chain')
    .option('--node <address>', 'with --registry: the node (default: the --private-key account)')
    .option('--private-key <hex>', 'with --registry: the node\'s account')
    .action(async (options: { dataDir?: string; json?: boolean; registry?: string; rpcUrl?: string; node?: string; privateKey?: string }) => {
      if (options.registry !== undefined) return registryStatus(options);
      // Loaded when the command runs, so that `--help` stays fast.
      const { printExecutorStatus } = await import('./executor-status-action.js');
      printExecutorStatus(dataDirOf(options.dataDir, 'executor'), options.json);
    });
}
