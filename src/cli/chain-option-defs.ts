/**
 * The chain flags (src/cli/chain-options.ts resolves them), defined apart so that a command's
 * `--help` does not load viem and the chain client.
 */
import type { Command } from 'commander';

export type ChainOptions = { rpcUrl?: string; privateKey?: string; channels?: string };

/** Private keys on the command line show up in `ps`: this environment variable is the safer way. */
export const PRIVATE_KEY_ENV = 'AIRTNT_PRIVATE_KEY';

export function addChainOptions(command: Command): Command {
  return command
    .option('--rpc-url <url>', 'JSON-RPC endpoint of an EVM chain (default: start an embedded anvil devnet)')
    .option('--private-key <hex>', `the account that sends transactions (or env ${PRIVATE_KEY_ENV}; default on a devnet: its first account)`)
    .option('--channels <address>', 'the AirtntChannels contract (default on a devnet: the one it deploys)');
}
