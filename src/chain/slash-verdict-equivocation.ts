/** Anyone: slashes a verifier that signed opposite verdicts (pass true and false) on the same inputs of one case. */
import type { Address, Hex } from 'viem';
import type { Verdict } from '../registry/signing.js';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export type SignedVerdict = { verdict: Verdict; signature: Hex };

export type SlashVerdictEquivocationParameters = { registry: Address; verifier: Address; a: SignedVerdict; b: SignedVerdict };

export async function slashVerdictEquivocation(client: ChainClient, params: SlashVerdictEquivocationParameters): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const { result } = await registryTransact(client, 'slashVerdictEquivocation', () =>
    client.wallet.writeContract({
      address: registry,
      abi: airtntRegistryAbi,
      functionName: 'slashVerdictEquivocation',
      args: [checkAddress(params.verifier, 'verifier'), params.a.verdict, params.a.signature, params.b.verdict, params.b.signature],
    }),
  );
  return result;
}
