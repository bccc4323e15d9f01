/** The open challenge of a node's admission (undefined when none), and the deadline to open one. */
import type { Address, Hex } from 'viem';
import type { ChainClient } from './client.js';
import { registryChallengesAbi } from './generated/contracts.js';
import { toRegistryError } from './registry-transact.js';
import { checkAddress } from './validate.js';

export type OpenChallenge = {
  challenger: Address;
  /** The epoch it was opened in. */
  openEpoch: bigint;
  /** The epoch whose seed draws the challenge committee (openEpoch + 2, unknown when it was opened). */
  caseEpoch: bigint;
  /** Slots of the admitting verdict's signers (slashed if it is overturned). */
  signers: bigint;
  /** keccak256(abi.encode(evidenceHash, collateralHash, time, keysHash)) of the admitting verdict. */
  inputsHash: Hex;
};

export async function readChallenge(client: ChainClient, params: { registry: Address; node: Address }): Promise<OpenChallenge | undefined> {
  const registry = checkAddress(params.registry, 'registry');
  try {
    const c = await client.public.readContract({ address: registry, abi: registryChallengesAbi, functionName: 'challengeOf', args: [checkAddress(params.node, 'node')] });
    if (/^0x0{40}$/.test(c.challenger)) return undefined;
    return { challenger: c.challenger, openEpoch: c.openEpoch, caseEpoch: c.openEpoch + 2n, signers: c.signers, inputsHash: c.inputsHash };
  } catch (error) {
    throw toRegistryError(error, 'challengeOf');
  }
}

/** The last moment (exclusive, chain seconds) to challenge an admission of case epoch `caseEpoch`. */
export async function readChallengeDeadline(client: ChainClient, params: { registry: Address; caseEpoch: bigint }): Promise<bigint> {
  const registry = checkAddress(params.registry, 'registry');
  try {
    return await client.public.readContract({ address: registry, abi: registryChallengesAbi, functionName: 'challengeDeadline', args: [params.caseEpoch] });
  } catch (error) {
    throw toRegistryError(error, 'challengeDeadline');
  }
}

/**
 * The committee bitmap the registry draws for the open challenge of `node` (0n when none is open or its
 * case epoch has not begun): the only committee whose verdicts resolveChallenge accepts.
 */
export async function readChallengeCommittee(client: ChainClient, params: { registry: Address; node: Address }): Promise<{ committee: bigint; caseEpoch: bigint }> {
  const registry = checkAddress(params.registry, 'registry');
  try {
    const [committee, caseEpoch] = await client.public.readContract({ address: registry, abi: registryChallengesAbi, functionName: 'challengeCommittee', args: [checkAddress(params.node, 'node')] });
    return { committee, caseEpoch };
  } catch (error) {
    throw toRegistryError(error, 'challengeCommittee');
  }
}

/** What `account` can claim from the registry with claimCredit (challenge bonds and rewards). */
export async function readCredit(client: ChainClient, params: { registry: Address; account: Address }): Promise<bigint> {
  const registry = checkAddress(params.registry, 'registry');
  try {
    return await client.public.readContract({ address: registry, abi: registryChallengesAbi, functionName: 'creditOf', args: [checkAddress(params.account, 'account')] });
  } catch (error) {
    throw toRegistryError(error, 'creditOf');
  }
}
