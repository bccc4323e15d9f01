/** Executor: closes the channel without a new payment; the uncollected rest goes back to the requester. */
import { parseEventLogs } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import { assertExecutor, channelLogs } from './logs.js';
import type { ChannelRef } from './ref.js';
import { transact, type TxResult } from './transact.js';
import { checkRef } from './validate.js';

export type ReleaseChannelParameters = { ref: ChannelRef };
export type ReleaseChannelReturnType = TxResult & { amount: bigint; refunded: bigint };

export async function releaseChannel(
  client: ChainClient,
  params: ReleaseChannelParameters,
): Promise<ReleaseChannelReturnType> {
  const channels = requireChannels(client);
  const ref = checkRef(params.ref);
  assertExecutor(client, ref.executor, 'release');
  const { result, receipt } = await transact(client, 'release', () =>
    client.wallet.writeContract({
      address: channels,
      abi: airtntChannelsAbi,
      functionName: 'release',
      args: [ref.requester, ref.token, ref.lane],
    }),
  );
  const [event] = parseEventLogs({ abi: airtntChannelsAbi, logs: channelLogs(receipt, channels), eventName: 'Closed' });
  return { ...result, amount: event?.args.amount ?? 0n, refunded: event?.args.refunded ?? 0n };
}
