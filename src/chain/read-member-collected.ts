/** Reads what one pool member collected on a channel of AirtntPools (its cumulative amount; 0 if none). */
import type { Address, Hex } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { toChainError } from './errors.js';
import { airtntPoolsAbi } from './generated/contracts.js';

export async function readMemberCollected(client: ChainClient, channelId: Hex, member: Address, options: { blockNumber?: bigint } = {}): Promise<bigint> {
  const pools = requireChannels(client);
  try {
    return await client.public.readContract({ address: pools, abi: airtntPoolsAbi, functionName: 'memberCollected', args: [channelId, member], ...(options.blockNumber === undefined ? {} : { blockNumber: options.blockNumber }) });
  } catch (error) {
    throw toChainError(error, 'readMemberCollected');
  }
}
