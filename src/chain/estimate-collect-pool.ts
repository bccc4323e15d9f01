/**
 * Pool member: the gas a collectPool would use now, found by simulating it. One that would revert
 * throws the contract's error (CHANNEL_EXPIRED, CHANNEL_AMOUNT_NOT_ABOVE_COLLECTED, ...) at no cost.
 */
import { requireChannels, type ChainClient } from './client.js';
import { toChainError } from './errors.js';
import { airtntPoolsAbi } from './generated/contracts.js';
import { collectPoolArgs, type CollectPoolCall } from './sign-collect-pool.js';

export async function estimateCollectPoolGas(client: ChainClient, params: CollectPoolCall): Promise<bigint> {
  const pools = requireChannels(client);
  const args = collectPoolArgs(client, params);
  try {
    return await client.public.estimateContractGas({ address: pools, abi: airtntPoolsAbi, functionName: 'collectPool', args, account: client.account });
  } catch (error) {
    throw toChainError(error, 'collectPool');
  }
}
