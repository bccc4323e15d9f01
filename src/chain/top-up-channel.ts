/** Requester: adds to the deposit of its open channel. */
import { parseEventLogs, zeroAddress } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import { assertRequester, channelLogs } from './logs.js';
import type { ChannelRef } from './ref.js';
import { ensureAllowance } from './token.js';
import { transact, type TxResult } from './transact.js';
import { checkAmount, checkRef } from './validate.js';

export type TopUpChannelParameters = {
  ref: ChannelRef;
  amount: bigint;
  /** For tokens: approve exactly `amount` first when the allowance is short (default true). */
  approve?: boolean;
};
/** `deposit` is the channel's new total deposit as credited by the contract. */
export type TopUpChannelReturnType = TxResult & { deposit: bigint; approval?: TxResult };

export async function topUpChannel(client: ChainClient, params: TopUpChannelParameters): Promise<TopUpChannelReturnType> {
  const channels = requireChannels(client);
  const ref = checkRef(params.ref);
  assertRequester(client, ref.requester, 'topUp');
  const amount = checkAmount(params.amount);
  const approval =
    params.approve === false ? undefined : await ensureAllowance(client, { token: ref.token, spender: channels, amount });
  const { result, receipt } = await transact(client, 'topUp', () =>
    client.wallet.writeContract({
      address: channels,
      abi: airtntChannelsAbi,
      functionName: 'topUp',
      args: [ref.executor, ref.token, ref.lane, amount],
      value: ref.token === zeroAddress ? amount : 0n,
    }),
  );
  const [event] = parseEventLogs({ abi: airtntChannelsAbi, logs: channelLogs(receipt, channels), eventName: 'ToppedUp' });
  return { ...result, deposit: event?.args.deposit ?? 0n, ...(approval ? { approval } : {}) };
}
