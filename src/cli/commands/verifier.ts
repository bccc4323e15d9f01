/**
 * `airtnt verifier start`: a verifier node of the open network (src/registry/verifier-node.ts). Prints
 * "airtnt verifier listening on http://HOST:PORT" on stdout once it serves; logs go to stderr. With
 * --stake, an unregistered account first joins as a verifier with this endpoint (admitted by verdicts,
 * or at once when the deployer listed it as a genesis verifier).
 */
import type { Command } from 'commander';
import { addRegistryOptions } from '../registry-option-defs.js';
import { integer } from '../integer-arg.js';
import { addPolicyOptions } from './run.js';
import type { StartOptions } from './verifier-action.js';

export function registerVerifier(program: Command): void {
  const verifier = program.command('verifier').description('a verifier node of the open network');
  const start = addRegistryOptions(verifier.command('start').description('judge joining executors when drawn, sign and gather verdicts, submit admissions, take part in the epoch seed'), true)
    .option('--data-dir <dir>', 'where its VRF key and seed secrets are kept (default: $XDG_DATA_HOME/airtnt/verifier)')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free one)', integer(0, 65535), 0)
    .option('--stake <eth>', 'join as a verifier with this stake in ETH when the account is not registered yet')
    .option('--poll-ms <ms>', 'how often it looks at the chain', integer(100, 600_000), 1_000);
  // The body loads when the command runs, so that --help answers at once.
  addPolicyOptions(start).action(async (options: StartOptions) => (await import('./verifier-action.js')).verifierStartCommand(options));
}
