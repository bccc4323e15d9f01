/**
 * Requester: signs (does not send) a refund transaction with an explicit nonce, gas and fees, so the
 * caller can store it, and its hash, before it is broadcast (see broadcast-transaction.ts). A stored
 * refund is then waited for or broadcast again as the same transaction, never replaced by a second
 * refund that would revert once the first is mined.
 */
import { encodeFunctionData, keccak256, type Hex } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { toChainError } from './errors.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import { assertRequester } from './logs.js';
import type { ChannelRef } from './ref.js';
import type { TxFees } from './sign-collect.js';
import { checkRef } from './validate.js';

export type SignRefundParameters = { ref: ChannelRef; nonce: number; fees: TxFees; gas?: bigint };
/** `hash` is keccak256 of `raw`: the id the chain will know the transaction by. */
export type SignRefundReturnType = { hash: Hex; raw: Hex; gas: bigint };

/** Gas above the estimate (the channel's storage may be warmer or colder by the time it is mined). */
const GAS_MARGIN_PERCENT = 20n;

export async function signRefund(client: ChainClient, params: SignRefundParameters): Promise<SignRefundReturnType> {
  const channels = requireChannels(client);
  const ref = checkRef(params.ref);
  assertRequester(client, ref.requester, 'refund');
  const data = encodeFunctionData({ abi: airtntChannelsAbi, functionName: 'refund', args: [ref.executor, ref.token, ref.lane] });
  let gas = params.gas;
  if (gas === undefined) {
    try {
      gas = ((await client.public.estimateGas({ account: client.account.address, to: channels, data })) * (100n + GAS_MARGIN_PERCENT)) / 100n;
    } catch (error) {
      throw toChainError(error, 'refund');
    }
  }
  const common = { chainId: client.chain.id, to: channels, data, nonce: params.nonce, gas, value: 0n };
  const raw =
    params.fees.kind === 'eip1559'
      ? await client.account.signTransaction({ ...common, type: 'eip1559', maxFeePerGas: params.fees.maxFeePerGas, maxPriorityFeePerGas: params.fees.maxPriorityFeePerGas })
      : await client.account.signTransaction({ ...common, type: 'legacy', gasPrice: params.fees.gasPrice });
  return { hash: keccak256(raw), raw, gas };
}
