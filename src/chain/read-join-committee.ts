/** The join committee the registry draws for ("join", node, epoch): the only committee whose verdicts admit accepts in that epoch. */
import type { Address } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { toRegistryError } from './registry-transact.js';
import { checkAddress } from './validate.js';

/**
 * Its bitmap of verifier slots (COMMITTEE_SIZE members); fails REGISTRY_JOIN_COMMITTEE_SHORT when too few verifiers
 * are eligible, REGISTRY_SEED_NOT_FINAL for a future epoch, REGISTRY_TICKETS_NOT_RECORDED for a past epoch whose
 * tickets were not recorded during it.
 */
export async function readJoinCommittee(client: ChainClient, params: { registry: Address; node: Address; epoch: bigint }): Promise<bigint> {
  const registry = checkAddress(params.registry, 'registry');
  try {
    return await client.public.readContract({
      address: registry,
      abi: airtntRegistryAbi,
      functionName: 'joinCommittee',
      args: [checkAddress(params.node, 'node'), params.epoch],
    });
  } catch (error) {
    throw toRegistryError(error, 'joinCommittee');
  }
}
