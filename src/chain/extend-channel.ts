/** Requester: moves the expiry of its open channel later. */
import { requireChannels, type ChainClient } from './client.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import { assertRequester } from './logs.js';
import type { ChannelRef } from './ref.js';
import { transact, type TxResult } from './transact.js';
import { checkExpiry, checkRef } from './validate.js';

export type ExtendChannelParameters = { ref: ChannelRef; expiry: bigint | number };

export async function extendChannel(client: ChainClient, params: ExtendChannelParameters): Promise<TxResult> {
  const channels = requireChannels(client);
  const ref = checkRef(params.ref);
  assertRequester(client, ref.requester, 'extend');
  const expiry = checkExpiry(params.expiry);
  const { result } = await transact(client, 'extend', () =>
    client.wallet.writeContract({
      address: channels,
      abi: airtntChannelsAbi,
      functionName: 'extend',
      args: [ref.executor, ref.token, ref.lane, expiry],
    }),
  );
  return result;
}
