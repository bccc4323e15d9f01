/** Requester: opens a channel to an executor on one of its lanes, with a deposit in ETH or a token. */
import { parseEventLogs, zeroAddress, type Address, type Hex } from 'viem';
import { AirtntError } from '../util/errors.js';
import { requireChannels, type ChainClient } from './client.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import type { ChannelRef } from './ref.js';
import { TOKEN_DEPOSIT_GAS_MARGIN, withExactAllowance } from './token.js';
import { transact, type TxResult } from './transact.js';
import { channelLogs } from './logs.js';
import { checkAddress, checkAmount, checkExpiry } from './validate.js';

export type OpenChannelParameters = {
  executor: Address;
  /** ERC-20 token address; omitted or zeroAddress for ETH. */
  token?: Address;
  /** Lets one requester run several channels with the same executor and token; default 0. */
  lane?: bigint;
  /** The deposit in base units (wei for ETH). */
  amount: bigint;
  /** Unix time (seconds, chain time) after which the executor cannot collect and the requester can refund. */
  expiry: bigint | number;
  /**
   * For tokens: approve exactly `amount` for the deposit and leave no allowance behind (default
   * true); false when the caller manages the allowance itself.
   */
  approve?: boolean;
};

export type OpenChannelReturnType = TxResult & {
  ref: ChannelRef;
  channelId: Hex;
  /** What the contract credited (less than `amount` for fee-on-transfer tokens). */
  deposit: bigint;
  expiry: bigint;
  /** The first approval sent for the deposit; approvals lists them all (a reset to 0 before or after included). */
  approval?: TxResult;
  approvals?: TxResult[];
};

export async function openChannel(client: ChainClient, params: OpenChannelParameters): Promise<OpenChannelReturnType> {
  const channels = requireChannels(client);
  const token = checkAddress(params.token ?? zeroAddress, 'token');
  const ref: ChannelRef = {
    requester: client.account.address,
    executor: checkAddress(params.executor, 'executor'),
    token,
    lane: params.lane ?? 0n,
  };
  const amount = checkAmount(params.amount);
  const expiry = checkExpiry(params.expiry);
  const request = { address: channels, abi: airtntChannelsAbi, functionName: 'open', args: [ref.executor, token, ref.lane, amount, expiry], value: token === zeroAddress ? amount : 0n, account: client.account } as const;
  const send = () =>
    transact(client, 'open', async () =>
      client.wallet.writeContract(
        token === zeroAddress ? request : { ...request, gas: (await client.public.estimateContractGas(request)) + TOKEN_DEPOSIT_GAS_MARGIN },
      ),
    );
  const { result: { result, receipt }, approvals } =
    params.approve === false ? { result: await send(), approvals: [] } : await withExactAllowance(client, { token, spender: channels, amount }, send);
  const [opened] = parseEventLogs({ abi: airtntChannelsAbi, logs: channelLogs(receipt, channels), eventName: 'Opened' });
  if (!opened) {
    throw new AirtntError('CHAIN_EVENT_MISSING', 'open: the receipt has no Opened event', {
      details: { hash: result.hash },
    });
  }
  return {
    ...result,
    ref,
    channelId: opened.args.channelId,
    deposit: opened.args.deposit,
    expiry: opened.args.expiry,
    ...(approvals.length > 0 ? { approval: approvals[0]!, approvals } : {}),
  };
}
