/** The caller: takes everything the registry credited it (a challenger's bond and reward), pull payment. */
import type { Address } from 'viem';
import type { ChainClient } from './client.js';
import { registryChallengesAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export async function claimCredit(client: ChainClient, params: { registry: Address }): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'claimCredit', () =>
    client.wallet.writeContract({ address: registry, abi: registryChallengesAbi, functionName: 'claimCredit', args: [] }),
  );
  return result;
}
