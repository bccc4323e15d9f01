/** The review committee the registry draws for ("review", node, epoch): the only committee whose removal verdicts remove accepts. */
import type { Address } from 'viem';
import type { ChainClient } from './client.js';
import { registryChallengesAbi } from './generated/contracts.js';
import { toRegistryError } from './registry-transact.js';
import { checkAddress } from './validate.js';

/** Its bitmap of verifier slots (COMMITTEE_SIZE members); fails REGISTRY_REVIEW_COMMITTEE_SHORT when too few verifiers are eligible, REGISTRY_SEED_NOT_FINAL for a future epoch. */
export async function readReviewCommittee(client: ChainClient, params: { registry: Address; node: Address; epoch: bigint }): Promise<bigint> {
  const registry = checkAddress(params.registry, 'registry');
  try {
    return await client.public.readContract({
      address: registry,
      abi: registryChallengesAbi,
      functionName: 'reviewCommittee',
      args: [checkAddress(params.node, 'node'), params.epoch],
    });
  } catch (error) {
    throw toRegistryError(error, 'reviewCommittee');
  }
}
