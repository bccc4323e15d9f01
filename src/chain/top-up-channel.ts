/** Requester: adds to the deposit of its open channel. */
import { parseEventLogs, zeroAddress } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import { assertRequester, channelLogs } from './logs.js';
import type { ChannelRef } from './ref.js';
import { TOKEN_DEPOSIT_GAS_MARGIN, withExactAllowance } from './token.js';
import { transact, type TxResult } from './transact.js';
import { checkAmount, checkRef } from './validate.js';

export type TopUpChannelParameters = {
  ref: ChannelRef;
  amount: bigint;
  /** For tokens: approve exactly `amount` for the deposit and leave no allowance behind (default true). */
  approve?: boolean;
};
/** `deposit` is the channel's new total deposit as credited by the contract. */
export type TopUpChannelReturnType = TxResult & { deposit: bigint; approval?: TxResult; approvals?: TxResult[] };

export async function topUpChannel(client: ChainClient, params: TopUpChannelParameters): Promise<TopUpChannelReturnType> {
  const channels = requireChannels(client);
  const ref = checkRef(params.ref);
  assertRequester(client, ref.requester, 'topUp');
  const amount = checkAmount(params.amount);
  const request = { address: channels, abi: airtntChannelsAbi, functionName: 'topUp', args: [ref.executor, ref.token, ref.lane, amount], value: ref.token === zeroAddress ? amount : 0n, account: client.account } as const;
  const send = () =>
    transact(client, 'topUp', async () =>
      client.wallet.writeContract(
        ref.token === zeroAddress ? request : { ...request, gas: (await client.public.estimateContractGas(request)) + TOKEN_DEPOSIT_GAS_MARGIN },
      ),
    );
  const { result: { result, receipt }, approvals } =
    params.approve === false ? { result: await send(), approvals: [] } : await withExactAllowance(client, { token: ref.token, spender: channels, amount }, send);
  const [event] = parseEventLogs({ abi: airtntChannelsAbi, logs: channelLogs(receipt, channels), eventName: 'ToppedUp' });
  return { ...result, deposit: event?.args.deposit ?? 0n, ...(approvals.length > 0 ? { approval: approvals[0]!, approvals } : {}) };
}
