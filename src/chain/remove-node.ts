/**
 * Anyone: removes an admitted node (failed re-verification, unresponsive) with QUORUM pass = false verdicts of
 * the review committee the registry draws (reviewCommittee), over the evidence and keys the node committed
 * to (named with its admission: committee, collateral and signers). Not a slash.
 */
import type { Address, Hex } from 'viem';
import type { Verdict } from '../registry/signing.js';
import type { ChainClient } from './client.js';
import { registryChallengesAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export type RemoveNodeParameters = {
  registry: Address;
  verdict: Verdict;
  /** The admitting verdict's committee bitmap and collateral hash, and its signers' bitmap as `unclaimed` (0n for a genesis verifier). */
  admission: { committee: bigint; collateralHash: Hex; unclaimed: bigint };
  signatures: Hex;
};

export async function removeNode(client: ChainClient, params: RemoveNodeParameters): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { committee, collateralHash, unclaimed } = params.admission;
  const { result } = await registryTransact(client, 'remove', () =>
    client.wallet.writeContract({
      address: registry,
      abi: registryChallengesAbi,
      functionName: 'remove',
      args: [params.verdict, committee, collateralHash, unclaimed, params.signatures],
    }),
  );
  return result;
}
