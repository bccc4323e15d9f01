/**
 * What a transaction should pay now: EIP-1559 (max fee = 2 x base fee + tip, which stays includable
 * through six full blocks of base-fee rises) where the head has a base fee, else the node's gas price.
 */
import type { ChainClient } from './client.js';
import { toChainError } from './errors.js';
import type { ChainHead } from './read-head.js';
import type { TxFees } from './sign-collect.js';

/** The tip used when the node cannot suggest one (1 gwei). */
const DEFAULT_TIP = 1_000_000_000n;

export async function readFeeMarket(client: ChainClient, head: ChainHead): Promise<TxFees> {
  try {
    if (head.baseFeePerGas === undefined) return { kind: 'legacy', gasPrice: await client.public.getGasPrice() };
    let tip: bigint;
    try {
      tip = await client.public.estimateMaxPriorityFeePerGas();
    } catch {
      tip = DEFAULT_TIP;
    }
    return { kind: 'eip1559', maxFeePerGas: 2n * head.baseFeePerGas + tip, maxPriorityFeePerGas: tip };
  } catch (error) {
    throw toChainError(error, 'readFeeMarket');
  }
}
