/**
 * `airtnt registry list`: every node of a registry with its status, stake, kind, endpoint and keys.
 * `airtnt registry verify-selection FILE`: a third party's check of a --from-registry run's selection.
 */
import type { Command } from 'commander';
import { addRegistryOptions } from '../registry-option-defs.js';
import type { RegistryOptions } from '../registry-options.js';
import { registerRegistryChallenge } from './registry-challenge.js';

export function registerRegistry(program: Command): void {
  const registry = program.command('registry').description('the open network: executors and verifiers registered on chain');
  addRegistryOptions(registry.command('list').description('nodes of a registry: status, role, stake, TEE kind, endpoint and keys'), false)
    .option('--json', 'print one JSON object')
    // The body loads when the command runs, so that --help answers at once.
    .action(async (options: RegistryOptions & { json?: boolean }) => (await import('./registry-action.js')).registryListCommand(options));
  registerRegistryChallenge(registry);
  registry
    .command('verify-selection')
    .description('check a selection from public data: FILE is a --from-registry run\'s --json output or its selection document; exit code 0 when it holds')
    .argument('<file>', 'the run\'s JSON (its "selection") or the selection document')
    .option('--rpc-url <url>', 'JSON-RPC endpoint of the chain the registry lives on (read only: no key needed)')
    .option('--json', 'print one JSON object')
    .option('--allow-unverifiable', 'accept exclusions only the requester could observe (no VRF proof from the endpoint, a proof that did not verify); they fail the check otherwise')
    .action(async (file: string, options: { rpcUrl?: string; json?: boolean; allowUnverifiable?: boolean }) => (await import('./registry-verify-action.js')).verifySelectionCommand(file, options));
}
