/** Reads the registry's current epoch, an epoch's start and seed, and a requester's committed task id. */
import type { Address, Hex } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { toRegistryError } from './registry-transact.js';
import { checkAddress } from './validate.js';

export type RegistryEpoch = {
  epoch: bigint;
  start: bigint;
  /** The epoch's seed and how many verifiers revealed into it (0: predictable; do not select on it). */
  seed: Hex;
  reveals: bigint;
};

/** `epoch` defaults to the current one; a future epoch is refused (REGISTRY_SEED_NOT_FINAL). */
export async function readRegistryEpoch(client: ChainClient, params: { registry: Address; epoch?: bigint }): Promise<RegistryEpoch> {
  const registry = checkAddress(params.registry, 'registry');
  try {
    const read = { address: registry, abi: airtntRegistryAbi } as const;
    const epoch = params.epoch ?? (await client.public.readContract({ ...read, functionName: 'currentEpoch' }));
    const [start, [seed, reveals]] = await Promise.all([
      client.public.readContract({ ...read, functionName: 'epochStart', args: [epoch] }),
      client.public.readContract({ ...read, functionName: 'epochSeed', args: [epoch] }),
    ]);
    return { epoch, start, seed, reveals };
  } catch (error) {
    throw toRegistryError(error, 'readRegistryEpoch');
  }
}

/** The task id `requester` committed for `epoch`, or undefined. */
export async function readCommittedTask(client: ChainClient, params: { registry: Address; requester: Address; epoch: bigint }): Promise<Hex | undefined> {
  const registry = checkAddress(params.registry, 'registry');
  try {
    const taskId = await client.public.readContract({ address: registry, abi: airtntRegistryAbi, functionName: 'taskOf', args: [checkAddress(params.requester, 'requester'), params.epoch] });
    return /^0x0{64}$/.test(taskId) ? undefined : taskId;
  } catch (error) {
    throw toRegistryError(error, 'readCommittedTask');
  }
}
