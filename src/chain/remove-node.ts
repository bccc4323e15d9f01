/** Anyone: removes an admitted node (failed re-verification, unresponsive) with k of n pass = false verdicts. Not a slash. */
import type { Address, Hex } from 'viem';
import type { Verdict } from '../registry/signing.js';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export type RemoveNodeParameters = { registry: Address; verdict: Verdict; signatures: Hex };

export async function removeNode(client: ChainClient, params: RemoveNodeParameters): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'remove', () =>
    client.wallet.writeContract({ address: registry, abi: airtntRegistryAbi, functionName: 'remove', args: [params.verdict, params.signatures] }),
  );
  return result;
}
