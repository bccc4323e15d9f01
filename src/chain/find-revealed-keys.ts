/**
 * Requester: every key an executor revealed to collect on a channel, read from Collected and Closed
 * events. A payment can only be collected by revealing its key, so this recovers the key of every
 * round the requester paid for, even if the executor never sent it.
 */
import type { Hex } from 'viem';
import { hexToBytes, keccak256, zeroHash } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { AirtntError } from '../util/errors.js';
import { toChainError } from './errors.js';
import { airtntChannelsAbi } from './generated/contracts.js';

export type RevealedKey = {
  /** The cumulative amount the revealed key unlocked. */
  amount: bigint;
  key: Uint8Array;
  keyHash: Hex;
  blockNumber: bigint;
  transactionHash: Hex;
};

export type FindRevealedKeysParameters = {
  channelId: Hex;
  /**
   * Where to start looking: the block the channel was opened in (nothing about it can be older).
   * Default: the genesis block, which on a long chain means many pages; always set it on real chains.
   */
  fromBlock?: bigint;
  /** Where to stop (default: the latest block). */
  toBlock?: bigint;
  /** Blocks per eth_getLogs request (default 5,000: public RPC providers refuse much wider ranges). */
  maxBlockRange?: bigint;
};

export const DEFAULT_LOG_BLOCK_RANGE = 5_000n;

/**
 * The block ranges of a log search, at most `maxBlockRange` blocks each, up to `toBlock` or a fresh head
 * (never a cached one: the caller may have just read a state this search must cover).
 */
export async function logSearchRanges(client: ChainClient, params: FindRevealedKeysParameters): Promise<{ fromBlock: bigint; toBlock: bigint }[]> {
  const step = params.maxBlockRange ?? DEFAULT_LOG_BLOCK_RANGE;
  if (step < 1n) throw new AirtntError('INVALID_BLOCK_RANGE', 'maxBlockRange must be at least 1', { details: { maxBlockRange: step } });
  const last = params.toBlock ?? (await client.public.getBlockNumber({ cacheTime: 0 }));
  const ranges = [];
  for (let from = params.fromBlock ?? 0n; from <= last; from += step) ranges.push({ fromBlock: from, toBlock: from + step - 1n < last ? from + step - 1n : last });
  return ranges;
}

export async function findRevealedKeys(
  client: ChainClient,
  params: FindRevealedKeysParameters,
): Promise<RevealedKey[]> {
  const channels = requireChannels(client);
  const ranges = await logSearchRanges(client, params).catch((error: unknown) => {
    throw error instanceof AirtntError ? error : toChainError(error, 'findRevealedKeys');
  });
  try {
    const logs = [];
    for (const range of ranges) {
      const [collected, closed] = await Promise.all([
        client.public.getContractEvents({ address: channels, abi: airtntChannelsAbi, eventName: 'Collected', args: { channelId: params.channelId }, ...range }),
        client.public.getContractEvents({ address: channels, abi: airtntChannelsAbi, eventName: 'Closed', args: { channelId: params.channelId }, ...range }),
      ]);
      logs.push(...collected, ...closed);
    }
    return logs
      .filter((log) => log.args.key !== undefined && log.args.key !== zeroHash) // release reveals nothing
      .sort((a, b) => Number(a.blockNumber - b.blockNumber) || a.logIndex - b.logIndex)
      .map((log) => ({
        amount: log.args.amount ?? 0n,
        key: hexToBytes(log.args.key!),
        keyHash: keccak256(log.args.key!),
        blockNumber: log.blockNumber,
        transactionHash: log.transactionHash,
      }));
  } catch (error) {
    throw toChainError(error, 'findRevealedKeys');
  }
}
