/** A node: adds stake (it counts from two epochs on). */
import type { Address } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export type AddStakeParameters = { registry: Address; amount: bigint };

export async function addStake(client: ChainClient, params: AddStakeParameters): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'addStake', () =>
    client.wallet.writeContract({ address: registry, abi: airtntRegistryAbi, functionName: 'addStake', value: params.amount }),
  );
  return result;
}
