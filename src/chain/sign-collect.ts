/**
 * Executor: signs (does not send) a collect transaction with an explicit nonce, gas and fees, so
 * the caller can store it, and its hash, before it is broadcast (see broadcast-transaction.ts).
 */
import { encodeFunctionData, keccak256, type Hex } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import type { CollectPaymentParameters } from './collect-payment.js';
import { airtntChannelsAbi } from './generated/contracts.js';
import { assertExecutor } from './logs.js';
import { checkAmount, checkRef, checkSignatureHex, keyToBytes32 } from './validate.js';

/** EIP-1559 fees where the chain has a base fee, a legacy gas price where it does not. */
export type TxFees =
  | { kind: 'eip1559'; maxFeePerGas: bigint; maxPriorityFeePerGas: bigint }
  | { kind: 'legacy'; gasPrice: bigint };

export type SignCollectParameters = CollectPaymentParameters & { nonce: number; gas: bigint; fees: TxFees };
/** `hash` is keccak256 of `raw`: the id the chain will know the transaction by. */
export type SignCollectReturnType = { hash: Hex; raw: Hex };

export async function signCollect(client: ChainClient, params: SignCollectParameters): Promise<SignCollectReturnType> {
  const channels = requireChannels(client);
  const ref = checkRef(params.ref);
  assertExecutor(client, ref.executor, 'collect');
  const data = encodeFunctionData({
    abi: airtntChannelsAbi,
    functionName: 'collect',
    args: [ref.requester, ref.token, ref.lane, checkAmount(params.amount), keyToBytes32(params.key), checkSignatureHex(params.signature)],
  });
  const common = { chainId: client.chain.id, to: channels, data, nonce: params.nonce, gas: params.gas, value: 0n };
  const raw =
    params.fees.kind === 'eip1559'
      ? await client.account.signTransaction({ ...common, type: 'eip1559', maxFeePerGas: params.fees.maxFeePerGas, maxPriorityFeePerGas: params.fees.maxPriorityFeePerGas })
      : await client.account.signTransaction({ ...common, type: 'legacy', gasPrice: params.fees.gasPrice });
  return { hash: keccak256(raw), raw };
}
