/** Executor: collects a signed cumulative payment by revealing its key; the channel stays open. */
import { parseEventLogs, type Hex } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import { assertExecutor, channelLogs } from './logs.js';
import type { ChannelRef } from './ref.js';
import { transact, type TxResult } from './transact.js';
import { checkAmount, checkRef, checkSignatureHex, keyToBytes32 } from './validate.js';

export type CollectPaymentParameters = {
  ref: ChannelRef;
  /** The cumulative amount the requester signed. */
  amount: bigint;
  /** The 32-byte round key k with keccak256(k) = the signed keyHash. */
  key: Uint8Array | Hex;
  /** The requester's 65-byte signature over Payment(channelId, amount, keccak256(k)). */
  signature: Hex;
};
/** `collected` is the channel's cumulative collected amount afterwards (= amount). */
export type CollectPaymentReturnType = TxResult & { collected: bigint };

export async function collectPayment(
  client: ChainClient,
  params: CollectPaymentParameters,
): Promise<CollectPaymentReturnType> {
  const channels = requireChannels(client);
  const ref = checkRef(params.ref);
  assertExecutor(client, ref.executor, 'collect');
  const amount = checkAmount(params.amount);
  const key = keyToBytes32(params.key);
  const signature = checkSignatureHex(params.signature);
  const { result, receipt } = await transact(client, 'collect', () =>
    client.wallet.writeContract({
      address: channels,
      abi: airtntChannelsAbi,
      functionName: 'collect',
      args: [ref.requester, ref.token, ref.lane, amount, key, signature],
    }),
  );
  const [event] = parseEventLogs({ abi: airtntChannelsAbi, logs: channelLogs(receipt, channels), eventName: 'Collected' });
  return { ...result, collected: event?.args.amount ?? amount };
}
