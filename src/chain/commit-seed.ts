/** An active verifier: commits keccak256(abi.encode(verifier, secret)) for the next epoch's seed, with the bond. */
import { encodeAbiParameters, keccak256, type Address, type Hex } from 'viem';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

/** keccak256(abi.encode(verifier, secret)): what commitSeed takes (the contract compares its top 224 bits). */
export function seedCommitmentOf(verifier: Address, secret: Hex): Hex {
  return keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'bytes32' }], [verifier, secret]));
}

export type CommitSeedParameters = { registry: Address; secret: Hex; bond: bigint };

export async function commitSeed(client: ChainClient, params: CommitSeedParameters): Promise<TxResult> {
  const registry = checkAddress(params.registry, 'registry');
  const commitment = seedCommitmentOf(client.account.address, params.secret);
  const { result } = await registryTransact(client, 'commitSeed', () =>
    client.wallet.writeContract({ address: registry, abi: airtntRegistryAbi, functionName: 'commitSeed', args: [commitment], value: params.bond }),
  );
  return result;
}
