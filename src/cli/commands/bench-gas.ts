/**
 * `airtnt bench gas`: opens, tops up, collects, closes and refunds real channels (ETH and a test
 * ERC-20) and prints the gas of each operation from the receipts, beside the Airtnt figures.
 * Runs on an embedded devnet, or on any anvil-compatible node with --rpc-url (it moves time forward
 * with evm_increaseTime to reach expiry). This file defines the command and its options; its work is
 * in bench-gas-action.ts.
 */
import type { Command } from 'commander';
import { addChainOptions, type ChainOptions } from '../chain-option-defs.js';

export type BenchGasOptions = ChainOptions & { json?: boolean; executorKey?: string };

export function registerBenchGas(bench: Command): void {
  addChainOptions(
    bench
      .command('gas')
      .description('gas of every channel operation, measured from receipts (ETH and ERC-20)')
      .option('--json', 'print one JSON object')
      .option('--executor-key <hex>', 'with --rpc-url: a second funded account that plays the executor'),
  ).action(async (options: BenchGasOptions) => {
    // Loaded when the command runs, not when it is defined, so that --help answers at once.
    const { benchGasCommand } = await import('./bench-gas-action.js');
    await benchGasCommand(options);
  });
}
