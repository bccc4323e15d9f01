/**
 * The options of the commands that use an AirtntRegistry: the chain (--rpc-url, always: a registry
 * lives on a chain others see), the registry's address, and the account (only for commands that send).
 */
import { getAddress, isAddress, type Address, type Hex } from 'viem';
import { generatePrivateKey } from 'viem/accounts';
import { connectChainClient, type ChainClient } from '../chain/client.js';
import { AirtntError } from '../util/errors.js';
import { PRIVATE_KEY_ENV } from './chain-options.js';

export { addRegistryOptions, type RegistryOptions } from './registry-option-defs.js';
import type { RegistryOptions } from './registry-option-defs.js';

/** The chain client (a throwaway key when the command only reads) and the registry address. */
export async function registryClient(options: RegistryOptions, sends: boolean): Promise<{ client: ChainClient; registry: Address }> {
  if (options.rpcUrl === undefined || !/^https?:\/\//.test(options.rpcUrl)) {
    throw new AirtntError('INVALID_CHAIN_OPTIONS', 'registry commands need --rpc-url http(s)://...', { details: { rpcUrl: options.rpcUrl ?? null }, hint: 'pass the --rpc-url printed by `airtnt devnet`' });
  }
  if (options.registry === undefined || !isAddress(options.registry)) {
    throw new AirtntError('INVALID_CHAIN_OPTIONS', 'registry commands need --registry ADDRESS', { details: { registry: options.registry ?? null }, hint: 'pass the registry address printed by `airtnt devnet --verifiers N`' });
  }
  const privateKey = options.privateKey ?? process.env[PRIVATE_KEY_ENV];
  if (sends && (privateKey === undefined || !/^0x[0-9a-fA-F]{64}$/.test(privateKey))) {
    throw new AirtntError('INVALID_CHAIN_OPTIONS', 'this command sends transactions: it needs --private-key 0x + 64 hex digits', { hint: `or set ${PRIVATE_KEY_ENV}` });
  }
  // Reading needs no account of the user's: a random one is never funded and never signs.
  const client = await connectChainClient({ rpcUrl: options.rpcUrl, privateKey: (sends ? privateKey : generatePrivateKey()) as Hex });
  return { client, registry: getAddress(options.registry) };
}
