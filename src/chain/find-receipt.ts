/** The receipt of a transaction on the node's current chain, or undefined (pending, dropped or reorged out). */
import { TransactionReceiptNotFoundError, type Hex, type TransactionReceipt } from 'viem';
import type { ChainClient } from './client.js';
import { toChainError } from './errors.js';

export async function findReceipt(client: ChainClient, hash: Hex): Promise<TransactionReceipt | undefined> {
  try {
    return await client.public.getTransactionReceipt({ hash });
  } catch (error) {
    if (error instanceof TransactionReceiptNotFoundError) return undefined;
    throw toChainError(error, 'findReceipt');
  }
}
