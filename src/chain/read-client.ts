/**
 * A chain client for reads only (a third party checking a selection, `airtnt registry list`): the
 * ChainClient shape every read action takes, with an account that is a fresh random key nobody keeps,
 * never funded, so it can sign nothing that moves value. Sending with it fails for lack of funds.
 */
import { generatePrivateKey } from 'viem/accounts';
import { connectChainClient, createChainClient, type ChainClient, type ChainClientOptions } from './client.js';

export type ReadClientOptions = Omit<ChainClientOptions, 'privateKey' | 'account' | 'walletClient'>;

export function createReadClient(options: ReadClientOptions): ChainClient {
  return createChainClient({ ...options, privateKey: generatePrivateKey() });
}

/** createReadClient on the chain id the node reports. */
export async function connectReadClient(options: Omit<ReadClientOptions, 'chainId'>): Promise<ChainClient> {
  return connectChainClient({ ...options, privateKey: generatePrivateKey() });
}
