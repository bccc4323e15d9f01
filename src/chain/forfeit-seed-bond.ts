/** Anyone: sends an unrevealed seed bond of a past epoch to the registry's reserve. */
import type { Address } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export async function forfeitSeedBond(client: ChainClient, params: { registry: Address; verifier: Address }): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'forfeitSeedBond', () =>
    client.wallet.writeContract({ address: registry, abi: airtntRegistryAbi, functionName: 'forfeitSeedBond', args: [checkAddress(params.verifier, 'verifier')] }),
  );
  return result;
}
