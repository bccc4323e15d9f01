/**
 * Executor: collects a signed cumulative payment by revealing its key and closes the channel; the
 * rest of the deposit goes back to the requester.
 */
import { parseEventLogs, type Hex } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import { assertExecutor, channelLogs } from './logs.js';
import type { ChannelRef } from './ref.js';
import { transact, type TxResult } from './transact.js';
import { checkAmount, checkRef, checkSignatureHex, keyToBytes32 } from './validate.js';

export type CloseChannelParameters = {
  ref: ChannelRef;
  /** The cumulative amount the requester signed (at least what was already collected). */
  amount: bigint;
  key: Uint8Array | Hex;
  signature: Hex;
};
/** `amount`: total paid to the executor over the channel's life; `refunded`: returned to the requester. */
export type CloseChannelReturnType = TxResult & { amount: bigint; refunded: bigint };

export async function closeChannel(client: ChainClient, params: CloseChannelParameters): Promise<CloseChannelReturnType> {
  const channels = requireChannels(client);
  const ref = checkRef(params.ref);
  assertExecutor(client, ref.executor, 'close');
  const amount = checkAmount(params.amount);
  const key = keyToBytes32(params.key);
  const signature = checkSignatureHex(params.signature);
  const { result, receipt } = await transact(client, 'close', () =>
    client.wallet.writeContract({
      address: channels,
      abi: airtntChannelsAbi,
      functionName: 'close',
      args: [ref.requester, ref.token, ref.lane, amount, key, signature],
    }),
  );
  const [event] = parseEventLogs({ abi: airtntChannelsAbi, logs: channelLogs(receipt, channels), eventName: 'Closed' });
  return { ...result, amount: event?.args.amount ?? amount, refunded: event?.args.refunded ?? 0n };
}
