/** Requester: at or after expiry, takes back what the executor did not collect; the channel closes. */
import { parseEventLogs } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import { assertRequester, channelLogs } from './logs.js';
import type { ChannelRef } from './ref.js';
import { transact, type TxResult } from './transact.js';
import { checkRef } from './validate.js';

export type RefundChannelParameters = { ref: ChannelRef };
export type RefundChannelReturnType = TxResult & { refunded: bigint };

export async function refundChannel(client: ChainClient, params: RefundChannelParameters): Promise<RefundChannelReturnType> {
  const channels = requireChannels(client);
  const ref = checkRef(params.ref);
  assertRequester(client, ref.requester, 'refund');
  const { result, receipt } = await transact(client, 'refund', () =>
    client.wallet.writeContract({
      address: channels,
      abi: airtntChannelsAbi,
      functionName: 'refund',
      args: [ref.executor, ref.token, ref.lane],
    }),
  );
  const [event] = parseEventLogs({ abi: airtntChannelsAbi, logs: channelLogs(receipt, channels), eventName: 'Refunded' });
  return { ...result, refunded: event?.args.refunded ?? 0n };
}
