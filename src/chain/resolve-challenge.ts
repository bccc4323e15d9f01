/**
 * Anyone: upholds an open challenge with a majority of the challenge committee's pass = false verdicts;
 * the node is removed, the admitting verdict's signers are slashed, the challenger is paid.
 */
import type { Hex } from 'viem';
import type { Verdict } from '../registry/signing.js';
import type { ChainClient } from './client.js';
import { registryChallengesAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export type ResolveChallengeParameters = { registry: `0x${string}`; verdict: Verdict; signatures: Hex };

export async function resolveChallenge(client: ChainClient, params: ResolveChallengeParameters): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'resolveChallenge', () =>
    client.wallet.writeContract({ address: registry, abi: registryChallengesAbi, functionName: 'resolveChallenge', args: [params.verdict, params.signatures] }),
  );
  return result;
}
