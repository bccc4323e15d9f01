/** The registry's fixed parameters that nodes and requesters need (immutables, read once). */
import type { Address, Hex } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { toRegistryError } from '../chain/registry-transact.js';
import type { RegistryDomain } from './signing.js';

export type RegistryConstants = {
  registry: Address;
  domain: RegistryDomain;
  genesis: bigint;
  epochLength: bigint;
  minStake: bigint;
  committeeSize: bigint;
  quorum: bigint;
  seedBond: bigint;
  policyHash: Hex;
  /** The longest channel a registered executor serves (seconds): its unbonding delay outlasts it. */
  maxChannelDuration: bigint;
};

export async function readRegistryConstants(client: ChainClient, registry: Address): Promise<RegistryConstants> {
  const read = <N extends 'GENESIS' | 'EPOCH_LENGTH' | 'MIN_STAKE' | 'COMMITTEE_SIZE' | 'QUORUM' | 'SEED_BOND' | 'POLICY_HASH' | 'MAX_CHANNEL_DURATION'>(functionName: N) =>
    client.public.readContract({ address: registry, abi: airtntRegistryAbi, functionName });
  try {
    const [genesis, epochLength, minStake, committeeSize, quorum, seedBond, policyHash, maxChannelDuration] = await Promise.all([
      read('GENESIS'),
      read('EPOCH_LENGTH'),
      read('MIN_STAKE'),
      read('COMMITTEE_SIZE'),
      read('QUORUM'),
      read('SEED_BOND'),
      read('POLICY_HASH'),
      read('MAX_CHANNEL_DURATION'),
    ]);
    return {
      registry,
      domain: { chainId: client.chain.id, verifyingContract: registry },
      genesis: genesis as bigint,
      epochLength: epochLength as bigint,
      minStake: minStake as bigint,
      committeeSize: committeeSize as bigint,
      quorum: quorum as bigint,
      seedBond: seedBond as bigint,
      policyHash: policyHash as Hex,
      maxChannelDuration: maxChannelDuration as bigint,
    };
  } catch (error) {
    throw toRegistryError(error, 'readRegistryConstants');
  }
}
