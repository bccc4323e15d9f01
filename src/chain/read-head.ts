/** The latest block: its number, time, hash and base fee (absent on chains without EIP-1559). */
import type { Hex } from 'viem';
import type { ChainClient } from './client.js';
import { toChainError } from './errors.js';

export type ChainHead = { number: bigint; timestamp: bigint; hash: Hex; baseFeePerGas: bigint | undefined };

export async function readHead(client: ChainClient): Promise<ChainHead> {
  try {
    const block = await client.public.getBlock({ blockTag: 'latest' });
    return { number: block.number, timestamp: block.timestamp, hash: block.hash, baseFeePerGas: block.baseFeePerGas ?? undefined };
  } catch (error) {
    throw toChainError(error, 'readHead');
  }
}

/** The timestamp of one block (to measure the chain's block time). */
export async function blockTimestamp(client: ChainClient, number: bigint): Promise<bigint> {
  try {
    return (await client.public.getBlock({ blockNumber: number })).timestamp;
  } catch (error) {
    throw toChainError(error, 'blockTimestamp');
  }
}
