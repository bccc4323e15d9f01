/**
 * `airtnt executor join|leave|withdraw` and the registry part of `executor status`: an operator puts its
 * running executor into the open network. `join` reads the executor's keys and evidence from its
 * /v1/info (the running node is what verifiers will judge), creates the node's VRF key in the
 * executor's data directory (durably, before the join that fixes it on chain), and joins with stake.
 */
import type { Command } from 'commander';
import { addRegistryOptions, type RegistryOptions } from '../registry-option-defs.js';

export type JoinOptions = RegistryOptions & { executorUrl: string; dataDir?: string; stake: string; endpoint?: string; timeoutMs: number };

/** The work, loaded when a command runs (viem and the chain), so that --help answers at once. */
const actions = () => import('./executor-registry-actions.js');

export function registerExecutorRegistry(executor: Command): void {
  addRegistryOptions(executor.command('join').description('join the registry with the running executor\'s enclave keys and evidence, a VRF key and stake'), true)
    .requiredOption('--executor-url <url>', 'the running executor (its /v1/info gives the keys and evidence verifiers will judge)')
    .option('--data-dir <dir>', 'the executor\'s data directory, where its VRF key is kept (default: as `executor start`)')
    .requiredOption('--stake <eth>', 'stake in ETH (at least the registry\'s minimum; the join fee is sent on top)')
    .option('--endpoint <url>', 'where requesters and verifiers reach it (default: --executor-url)')
    .option('--timeout-ms <ms>', 'give up on the executor after this long', (value: string) => Number(value), 5_000)
    .action(async (options: JoinOptions) => (await actions()).join(options));
  addRegistryOptions(executor.command('leave').description('leave the registry (a candidate two more epochs; the stake is paid after unbonding with `executor withdraw`)'), true)
    .option('--json', 'print one JSON object (withdrawableAt in seconds and as withdrawableUtc)')
    .action(async (options: RegistryOptions & { json?: boolean }) => (await actions()).leave(options));
  addRegistryOptions(executor.command('withdraw').description('after unbonding: withdraw the stake of a node that left'), true).action(async (options: RegistryOptions) => (await actions()).withdraw(options));
}


/** `executor status --registry ...`: the node's registry record and the current epoch. */
export async function registryStatus(options: RegistryOptions & { json?: boolean; node?: string }): Promise<void> {
  await (await actions()).registryStatus(options);
}
