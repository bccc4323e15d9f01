/** A node: announces its leave; it stays a candidate two more epochs and is paid out after unbonding. */
import type { Address } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export async function requestLeave(client: ChainClient, params: { registry: Address }): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'requestLeave', () =>
    client.wallet.writeContract({ address: registry, abi: airtntRegistryAbi, functionName: 'requestLeave' }),
  );
  return result;
}
