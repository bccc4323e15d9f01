/** The client account's next nonce: 'latest' counts mined transactions, 'pending' also those in the node's pool. */
import type { ChainClient } from './client.js';
import { toChainError } from './errors.js';

export async function accountNonce(client: ChainClient, blockTag: 'latest' | 'pending'): Promise<number> {
  try {
    return await client.public.getTransactionCount({ address: client.account.address, blockTag });
  } catch (error) {
    throw toChainError(error, 'accountNonce');
  }
}
