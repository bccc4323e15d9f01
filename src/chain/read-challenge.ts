/** The open challenge of a node's admission (undefined when none), and the deadline to open one. */
import type { Address, Hex } from 'viem';
import type { ChainClient } from './client.js';
import { registryChallengesAbi } from './generated/contracts.js';
import { toRegistryError } from './registry-transact.js';
import { checkAddress } from './validate.js';

export type OpenChallenge = {
  challenger: Address;
  /** The epoch it was opened in; its committee is drawn on the seed of openEpoch + 1. */
  openEpoch: bigint;
  /** The epoch whose seed draws the challenge committee (openEpoch + 1). */
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
    return { challenger: c.challenger, openEpoch: c.openEpoch, caseEpoch: c.openEpoch + 1n, signers: c.signers, inputsHash: c.inputsHash };
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
