/** A leaving node: takes its stake back once the unbonding delay has passed. */
import type { Address } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export async function withdrawStake(client: ChainClient, params: { registry: Address }): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'withdraw', () =>
    client.wallet.writeContract({ address: registry, abi: airtntRegistryAbi, functionName: 'withdraw' }),
  );
  return result;
}
