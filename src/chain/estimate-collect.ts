/**
 * Executor: the gas a collect would use now, found by simulating it. A collect that would revert
 * throws the contract's error (CHANNEL_EXPIRED, CHANNEL_NOT_OPEN, ...) without costing anything.
 */
import { requireChannels, type ChainClient } from './client.js';
import type { CollectPaymentParameters } from './collect-payment.js';
import { toChainError } from './errors.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import { assertExecutor } from './logs.js';
import { checkAmount, checkRef, checkSignatureHex, keyToBytes32 } from './validate.js';

export async function estimateCollectGas(client: ChainClient, params: CollectPaymentParameters): Promise<bigint> {
  const channels = requireChannels(client);
  const ref = checkRef(params.ref);
  assertExecutor(client, ref.executor, 'collect');
  try {
    return await client.public.estimateContractGas({
      address: channels,
      abi: airtntChannelsAbi,
      functionName: 'collect',
      args: [ref.requester, ref.token, ref.lane, checkAmount(params.amount), keyToBytes32(params.key), checkSignatureHex(params.signature)],
      account: client.account,
    });
  } catch (error) {
    throw toChainError(error, 'collect');
  }
}
