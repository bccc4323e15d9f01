/** `airtnt registry list`: every node of a registry with its status, stake, kind, endpoint and keys. */
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
}
