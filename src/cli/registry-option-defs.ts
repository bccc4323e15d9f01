/**
 * The options of the commands that use an AirtntRegistry: the chain (--rpc-url, always: a registry
 * lives on a chain others see), the registry's address, and the account (only for commands that send).
 * Definitions only (no viem), so that --help answers at once; registry-options.ts makes the client.
 */
import type { Command } from 'commander';
import { PRIVATE_KEY_ENV } from './chain-option-defs.js';

export type RegistryOptions = { rpcUrl?: string; privateKey?: string; registry?: string };

export function addRegistryOptions(command: Command, sends: boolean): Command {
  command.option('--rpc-url <url>', 'JSON-RPC endpoint of the chain the registry lives on').option('--registry <address>', 'the AirtntRegistry contract');
  if (sends) command.option('--private-key <hex>', `the node's account (or env ${PRIVATE_KEY_ENV})`);
  return command;
}
