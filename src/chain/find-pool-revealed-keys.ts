/**
 * Requester: every key a pool member revealed to collect on a channel of AirtntPools, read from its
 * PoolCollected events (findRevealedKeys reads AirtntChannels' Collected and Closed events, which a
 * pool channel never emits). Point the client at AirtntPools (withChannels).
 */
import { hexToBytes, keccak256, zeroHash } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { AirtntError } from '../util/errors.js';
import { toChainError } from './errors.js';
import { logSearchRanges, type FindRevealedKeysParameters, type RevealedKey } from './find-revealed-keys.js';
import { airtntPoolsAbi } from './generated/contracts.js';

export async function findPoolRevealedKeys(client: ChainClient, params: FindRevealedKeysParameters): Promise<RevealedKey[]> {
  const pools = requireChannels(client);
  const ranges = await logSearchRanges(client, params).catch((error: unknown) => {
    throw error instanceof AirtntError ? error : toChainError(error, 'findPoolRevealedKeys');
  });
  try {
    const logs = [];
    for (const range of ranges) {
      logs.push(...(await client.public.getContractEvents({ address: pools, abi: airtntPoolsAbi, eventName: 'PoolCollected', args: { channelId: params.channelId }, ...range })));
    }
    return logs
      .filter((log) => log.args.key !== undefined && log.args.key !== zeroHash)
      .sort((a, b) => Number(a.blockNumber - b.blockNumber) || a.logIndex - b.logIndex)
      .map((log) => ({ amount: log.args.amount ?? 0n, key: hexToBytes(log.args.key!), keyHash: keccak256(log.args.key!), blockNumber: log.blockNumber, transactionHash: log.transactionHash }));
  } catch (error) {
    throw toChainError(error, 'findPoolRevealedKeys');
  }
}
