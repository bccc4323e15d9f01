/**
 * Anyone: challenges the verdict that admitted a node, bonding the registry's MIN_STAKE (returned with the
 * reporter's share of the signers' stake if a larger committee overturns it, forfeited otherwise).
 */
import type { Verdict } from '../registry/signing.js';
import type { ChainClient } from './client.js';
import { registryChallengesAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export type OpenChallengeParameters = {
  registry: `0x${string}`;
  /** The admitting verdict (rebuilt from the Admitted and Joined events: readAdmission). */
  verdict: Verdict;
  /** Its signers' bitmap (the Admitted event's `signers`): no signatures are needed, the commitment covers it. */
  signers: bigint;
  /** The bond: the registry's MIN_STAKE. */
  bond: bigint;
};

export async function openChallenge(client: ChainClient, params: OpenChallengeParameters): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'openChallenge', () =>
    client.wallet.writeContract({
      address: registry,
      abi: registryChallengesAbi,
      functionName: 'openChallenge',
      args: [{ ...params.verdict, node: checkAddress(params.verdict.node, 'node') }, params.signers],
      value: params.bond,
    }),
  );
  return result;
}
