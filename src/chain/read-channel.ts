/** Reads a lane's current (or last) channel. */
import type { Hex } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { toChainError } from './errors.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import type { ChannelRef } from './ref.js';
import { checkRef } from './validate.js';

export type ChannelState = {
  /** The id of the lane's current or last channel; zero if the lane was never opened. */
  channelId: Hex;
  /** How many times the lane was opened. */
  nonce: bigint;
  deposit: bigint;
  /** Cumulative amount collected by the executor. */
  collected: bigint;
  /** Unix time (chain time); 0 when closed. */
  expiry: bigint;
  isOpen: boolean;
};

export async function readChannel(
  client: ChainClient,
  ref: ChannelRef,
  options: { blockNumber?: bigint } = {},
): Promise<ChannelState> {
  const channels = requireChannels(client);
  checkRef(ref);
  try {
    const [channelId, nonce, deposit, collected, expiry] = await client.public.readContract({
      address: channels,
      abi: airtntChannelsAbi,
      functionName: 'channel',
      args: [ref.requester, ref.executor, ref.token, ref.lane],
      ...(options.blockNumber === undefined ? {} : { blockNumber: options.blockNumber }),
    });
    return { channelId, nonce, deposit, collected, expiry, isOpen: expiry !== 0n };
  } catch (error) {
    throw toChainError(error, 'readChannel');
  }
}
