/**
 * `airtnt executor info URL`: fetches an executor's /v1/info, checks its evidence against the
 * attestation policy of the flags and the enclave's signature over the terms, and prints the terms
 * in units: ETH prices in ETH (and gwei, and wei), token prices in the token's own symbol and
 * decimals when --rpc-url lets it read them from the chain (on the executor's chain only), always
 * with the raw amount too. Exits non-zero when the info cannot be trusted (the terms are still
 * shown, marked so).
 */
import type { Command } from 'commander';
import { AirtntError } from '../../util/errors.js';
import type { InfoOptions } from './executor-info-action.js';
import { executorUrl as executorUrlOf } from '../executor-url.js';
import { httpUrlArg } from '../http-url-arg.js';

export function registerExecutorInfo(executor: Command, addPolicyOptions: (command: Command) => Command): void {
  const info = executor
    .command('info')
    .description('fetch an executor\'s terms (/v1/info), verify its evidence and signature, and print them in units')
    .argument('<url>', 'the executor, e.g. https://executor.example:7777 (127.0.0.1:7777 for a local one)', (value: string) => executorUrlOf(value))
    .option('--json', 'print one JSON object')
    .option('--timeout-ms <ms>', 'give up after this long', (value: string) => {
      if (!/^\d{1,7}$/.test(value)) throw new AirtntError('INVALID_OPTION', `--timeout-ms: expected milliseconds, got "${value}"`);
      return Number(value);
    }, 5_000)
    .option('--rpc-url <url>', 'a JSON-RPC endpoint of the executor\'s chain, to show token prices in the token\'s symbol and decimals', httpUrlArg('JSON-RPC URL'));
  addPolicyOptions(info).action(async (url: string, options: InfoOptions) => (await import('./executor-info-action.js')).executorInfoCommand(url, options));
}
