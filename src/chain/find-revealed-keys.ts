/**
 * Requester: every key an executor revealed to collect on a channel, read from Collected and Closed
 * events. A payment can only be collected by revealing its key, so this recovers the key of every
 * round the requester paid for, even if the executor never sent it.
 */
import type { Hex } from 'viem';
import { hexToBytes, keccak256, zeroHash } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
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
  /** Where to start looking (default: the genesis block); set it on chains whose nodes limit log ranges. */
  fromBlock?: bigint;
  toBlock?: bigint;
};

export async function findRevealedKeys(
  client: ChainClient,
  params: FindRevealedKeysParameters,
): Promise<RevealedKey[]> {
  const channels = requireChannels(client);
  const range = { fromBlock: params.fromBlock ?? 0n, ...(params.toBlock === undefined ? {} : { toBlock: params.toBlock }) };
  try {
    const [collected, closed] = await Promise.all([
      client.public.getContractEvents({
        address: channels,
        abi: airtntChannelsAbi,
        eventName: 'Collected',
        args: { channelId: params.channelId },
        ...range,
      }),
      client.public.getContractEvents({
        address: channels,
        abi: airtntChannelsAbi,
        eventName: 'Closed',
        args: { channelId: params.channelId },
        ...range,
      }),
    ]);
    return [...collected, ...closed]
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
