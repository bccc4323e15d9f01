/** Deploys an AirtntRegistry with its parameters and genesis verifiers. */
import type { Address, Hex } from 'viem';
import type { ChainClient } from './client.js';
import { deployContract, type DeployResult } from './deploy.js';
import { airtntRegistryAbi, airtntRegistryBytecode } from './generated/contracts.js';

export type RegistryParameters = {
  /** Seconds per epoch (first half: seed commits, second half: reveals). */
  epochLength: bigint;
  /** Minimum stake in wei, also the stake of one selection ticket. */
  minStake: bigint;
  /** n: verifiers drawn per verdict committee (at most 256). */
  committeeSize: bigint;
  /** k: signatures that admit or remove (more than half of n). */
  quorum: bigint;
  /** Seconds from the leave epoch to the payout; must exceed maxChannelDuration + challengeWindow. */
  unbondingDelay: bigint;
  /** The longest channel an admitted executor may accept, in seconds. */
  maxChannelDuration: bigint;
  /** Time to report a misbehaviour after a channel ended, in seconds. */
  challengeWindow: bigint;
  /** Wei bonded with each seed commitment. */
  seedBond: bigint;
  /** Reporter's share of a slashed stake in basis points (0 .. 10,000). */
  reporterShareBps: bigint;
  /** Wei paid with each join besides the stake, shared by the signers of the admitting verdict. */
  joinFee: bigint;
  /** keccak256 of the admission policy verifiers judge against. */
  policyHash: Hex;
  /** Verifiers admitted at join without verdicts (bootstrap). */
  genesisVerifiers: readonly Address[];
};

export async function deployRegistry(client: ChainClient, params: RegistryParameters): Promise<DeployResult> {
  const numbers = [
    params.epochLength,
    params.minStake,
    params.committeeSize,
    params.quorum,
    params.unbondingDelay,
    params.maxChannelDuration,
    params.challengeWindow,
    params.seedBond,
    params.reporterShareBps,
    params.joinFee,
  ] as const;
  return deployContract(client, 'AirtntRegistry', airtntRegistryAbi, airtntRegistryBytecode, [numbers, params.policyHash, params.genesisVerifiers]);
}
