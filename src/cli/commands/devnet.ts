/**
 * `airtnt devnet`: a development chain (anvil on loopback) with AirtntChannels and a test ERC-20
 * deployed, and with --executors N as many executor processes on it (src/cli/devnet-executors.ts); with
 * --verifiers V also a registry and V verifier nodes, and then every executor joins and is admitted
 * (src/registry/devnet-network.ts) before anything is printed; prints the addresses, funded accounts and
 * each executor's registry status, and stops everything cleanly on SIGINT/SIGTERM.
 */
import type { Command } from 'commander';
import type { DevnetOptions } from './devnet-action.js';

/**
 * The devnet's default epoch: each verifier must commit in the first half of an epoch and reveal in the
 * second, in real time (a block a second). With 20 s epochs a verifier on a loaded 2-core machine missed
 * its 10 s commit window, and a missed commit can never be made up; the admission walk moves chain time
 * forward itself, so a longer epoch costs nothing there, only the wait between a task commit and its run.
 */
export const DEVNET_EPOCH_SECONDS = 60;

export function registerDevnet(program: Command): void {
  program
    .command('devnet')
    .description('start a local development chain (anvil) with the channels contract and a test token deployed')
    .option('--port <n>', 'loopback port (default: a free one)')
    .option('--accounts <n>', 'funded development accounts (default: 10, or enough for --executors and --verifiers plus the deployer and a requester)')
    .option('--executors <n>', 'also start this many executors (simulated TEE, any function accepted), each on its own funded account: the last n accounts; the others stay free for requesters')
    .option('--json', 'print the chain details as one JSON line')
    .option('--verbose', 'show anvil\'s own log (on stderr) and the verifiers\' full log lines')
    .option('--verifiers <n>', 'also deploy an AirtntRegistry with n verifier nodes running here (a block every second); with --executors, every executor joins and is admitted before the devnet is printed')
    .option('--epoch-seconds <n>', 'with --verifiers: registry epoch length (each half is a seed phase every verifier must act in: keep it long on a loaded machine)', String(DEVNET_EPOCH_SECONDS))
    .action(async (options: DevnetOptions) => (await import('./devnet-action.js')).devnetCommand(options));
}
