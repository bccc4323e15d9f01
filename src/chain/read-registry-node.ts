/** Reads a node's registry record. */
import type { Address, Hex } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { toRegistryError } from './registry-transact.js';
import { checkAddress } from './validate.js';

export const REGISTRY_STATUS = ['none', 'pending', 'admitted', 'leaving', 'slashed'] as const;
export type RegistryStatus = (typeof REGISTRY_STATUS)[number];

export type RegistryNode = {
  status: RegistryStatus;
  role: 'executor' | 'verifier' | 'none';
  tee: number;
  /** Verifier slot (verifiers only). */
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
      index: info.index,
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
