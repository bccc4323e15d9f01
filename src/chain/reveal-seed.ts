/** A verifier: reveals its seed secret in the second half of the epoch it committed in; the bond comes back. */
import type { Address, Hex } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export async function revealSeed(client: ChainClient, params: { registry: Address; secret: Hex }): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'revealSeed', () =>
    client.wallet.writeContract({ address: registry, abi: airtntRegistryAbi, functionName: 'revealSeed', args: [params.secret] }),
  );
  return result;
}
