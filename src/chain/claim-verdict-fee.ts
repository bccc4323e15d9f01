/** A verifier: takes its share of a node's join fee for signing the verdict that admitted it (once). */
import type { Address, Hex } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export type ClaimVerdictFeeParameters = {
  registry: Address;
  node: Address;
  /** The admitting verdict's digest (the Admitted event's verdictDigest). */
  digest: Hex;
  /** The admitting verdict's signers (the Admitted event's signers bitmap), whoever has claimed since. */
  signers: bigint;
  /** The caller's verifier slot. */
  index: number;
};

export async function claimVerdictFee(client: ChainClient, params: ClaimVerdictFeeParameters): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'claimVerdictFee', () =>
    client.wallet.writeContract({
      address: registry,
      abi: airtntRegistryAbi,
      functionName: 'claimVerdictFee',
      args: [checkAddress(params.node, 'node'), params.digest, params.signers, BigInt(params.index)],
    }),
  );
  return result;
}
