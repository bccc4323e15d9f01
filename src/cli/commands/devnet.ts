/**
 * `airtnt devnet`: a development chain (anvil on loopback) with AirtntChannels and a test ERC-20
 * deployed, and with --executors N as many executor processes on it (src/cli/devnet-executors.ts); with
 * --verifiers V also a registry and V verifier nodes, and then every executor joins and is admitted
 * (src/registry/devnet-network.ts) before anything is printed; prints the addresses, funded accounts and
 * each executor's registry status, and stops everything cleanly on SIGINT/SIGTERM.
 */
import type { Command } from 'commander';
import type { DevnetOptions } from './devnet-action.js';

export function registerDevnet(program: Command): void {
  program
    .command('devnet')
    .description('start a local development chain (anvil) with the channels contract and a test token deployed')
    .option('--port <n>', 'loopback port (default: a free one)')
    .option('--accounts <n>', 'funded development accounts', '10')
    .option('--executors <n>', 'also start this many executors (simulated TEE, any function accepted), each on its own funded account: the last n accounts; the others stay free for requesters')
    .option('--json', 'print the chain details as one JSON line')
    .option('--verbose', 'show anvil\'s own log')
    .option('--verifiers <n>', 'also deploy an AirtntRegistry with n verifier nodes running here (a block every second); with --executors, every executor joins and is admitted before the devnet is printed')
    .option('--epoch-seconds <n>', 'with --verifiers: registry epoch length', '20')
    .action(async (options: DevnetOptions) => (await import('./devnet-action.js')).devnetCommand(options));
}
