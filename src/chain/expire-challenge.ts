/** Anyone: ends a challenge nobody upheld in time; its bond goes to the registry's reserve. */
import type { Address } from 'viem';
import type { ChainClient } from './client.js';
import { registryChallengesAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export type ExpireChallengeParameters = { registry: Address; node: Address };

export async function expireChallenge(client: ChainClient, params: ExpireChallengeParameters): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'expireChallenge', () =>
    client.wallet.writeContract({ address: registry, abi: registryChallengesAbi, functionName: 'expireChallenge', args: [checkAddress(params.node, 'node')] }),
  );
  return result;
}
