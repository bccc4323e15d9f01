/** Anyone: admits a pending node with k of n committee signatures over one Verdict. */
import type { Address, Hex } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export type AdmitNodeParameters = {
  registry: Address;
  node: Address;
  evidenceHash: Hex;
  keysHash: Hex;
  collateralHash: Hex;
  /** Bitmap of the committee's verifier slots (exactly COMMITTEE_SIZE bits). */
  committee: bigint;
  /** 65-byte signatures concatenated in ascending slot order (packSignatures). */
  signatures: Hex;
};

export async function admitNode(client: ChainClient, params: AdmitNodeParameters): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'admit', () =>
    client.wallet.writeContract({
      address: registry,
      abi: airtntRegistryAbi,
      functionName: 'admit',
      args: [checkAddress(params.node, 'node'), params.evidenceHash, params.keysHash, params.collateralHash, params.committee, params.signatures],
    }),
  );
  return result;
}
