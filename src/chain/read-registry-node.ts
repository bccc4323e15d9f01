/** Reads a node's registry record. */
import type { Address, Hex } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { toRegistryError } from './registry-transact.js';
import { checkAddress } from './validate.js';

export const REGISTRY_STATUS = ['none', 'pending', 'admitted', 'leaving', 'slashed'] as const;
export type RegistryStatus = (typeof REGISTRY_STATUS)[number];

/**
 * The `index` of a node that holds no verifier slot: an executor, or a verifier never admitted (slots are
 * given at admission; the record's index field is 0 until then, which is another verifier's slot). Not a
 * bit of any bitmap: `(bitmap >> BigInt(NO_SLOT)) & 1n` is 0.
 */
export const NO_SLOT = -1;

export type RegistryNode = {
  status: RegistryStatus;
  role: 'executor' | 'verifier' | 'none';
  tee: number;
  /** Verifier slot, or NO_SLOT (executors, and verifiers until their admission). */
  index: number;
  stake: bigint;
  pendingStake: bigint;
  pendingEpoch: bigint;
  activeEpoch: bigint;
  leaveEpoch: bigint;
  joinEpoch: bigint;
  enclaveKey: Address;
  commitment: Hex;
};

export async function readRegistryNode(client: ChainClient, params: { registry: Address; node: Address }): Promise<RegistryNode> {
  const registry = checkAddress(params.registry, 'registry');
  try {
    const info = await client.public.readContract({ address: registry, abi: airtntRegistryAbi, functionName: 'nodeOf', args: [checkAddress(params.node, 'node')] });
    return {
      status: REGISTRY_STATUS[info.status] ?? 'none',
      role: info.role === 1 ? 'executor' : info.role === 2 ? 'verifier' : 'none',
      tee: info.tee,
      // A verifier is given its slot and its active epoch in the same write (admission, or a genesis join).
      index: info.role === 2 && info.activeEpoch !== 0n ? info.index : NO_SLOT,
      stake: info.stake,
      pendingStake: info.pendingStake,
      pendingEpoch: info.pendingEpoch,
      activeEpoch: info.activeEpoch,
      leaveEpoch: info.leaveEpoch,
      joinEpoch: info.joinEpoch,
      enclaveKey: info.enclaveKey,
      commitment: info.commitment,
    };
  } catch (error) {
    throw toRegistryError(error, 'readRegistryNode');
  }
}
