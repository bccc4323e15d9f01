/**
 * Anyone: records the current epoch's verifier tickets (a no-op once recorded). Every later draw of the epoch reads
 * them, a challenge can be resolved in the epoch after its case epoch only from them, and its expiry credits the bond
 * back only when they show the case epoch's committee was short.
 */
import type { Address } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export async function recordTickets(client: ChainClient, params: { registry: Address }): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'recordTickets', () =>
    client.wallet.writeContract({ address: registry, abi: airtntRegistryAbi, functionName: 'recordTickets', args: [] }),
  );
  return result;
}
