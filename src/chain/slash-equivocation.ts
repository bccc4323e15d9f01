/** Anyone: slashes a node whose enclave key signed two different round records for one (session, round). */
import type { Address, Hex } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export type SignedRecordHash = { recordHash: Hex; signature: Hex };

export type SlashEquivocationParameters = {
  registry: Address;
  node: Address;
  sessionId: Hex;
  round: bigint;
  a: SignedRecordHash;
  b: SignedRecordHash;
};

export async function slashEquivocation(client: ChainClient, params: SlashEquivocationParameters): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'slashEquivocation', () =>
    client.wallet.writeContract({
      address: registry,
      abi: airtntRegistryAbi,
      functionName: 'slashEquivocation',
      args: [checkAddress(params.node, 'node'), params.sessionId, params.round, params.a.recordHash, params.a.signature, params.b.recordHash, params.b.signature],
    }),
  );
  return result;
}
