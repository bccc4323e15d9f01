/**
 * A verifier's pay (docs/protocol.md, "Paying verifiers: the join fee"): for every admission whose
 * verdict it signed, it claims its equal share of the node's join fee. The chain keeps a commitment to
 * (verdict digest, signers' bitmap), fixed at admission, and the claimed shares apart: the claim names
 * the node's last `Admitted` event's digest and signers; a `VerdictFeeClaimed` event of its own since
 * then means it was paid. Nothing here holds money: a claim lost to a crash is made again at the next poll
 * (the chain refuses a second claim by name).
 */
import { isAddressEqual, type Address, type Hex } from 'viem';
import { claimVerdictFee } from '../chain/claim-verdict-fee.js';
import type { ChainClient } from '../chain/client.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { isAirtntError } from '../util/errors.js';
import type { RegistryConstants } from './read-params.js';
import type { ListedNode } from './read-nodes.js';

export type FeeClaims = {
  /** Admissions (node:digest) settled for this verifier: claimed, or refused for good. */
  done: Set<string>;
};

/** Claims every share owed to `self` (verifier slot `index`) among `nodes`; registry errors are logged. */
export async function claimFeesStep(client: ChainClient, constants: RegistryConstants, nodes: readonly ListedNode[], self: Address, index: number, state: FeeClaims, log: (line: string) => void): Promise<number> {
  const admittedNodes = nodes.filter((n) => n.role === 'executor' && (n.status === 'admitted' || n.status === 'leaving'));
  if (admittedNodes.length === 0) return 0;
  const fromBlock = admittedNodes.reduce((min, n) => (n.joinBlock < min ? n.joinBlock : min), admittedNodes[0]!.joinBlock);
  const [admissions, claims] = await Promise.all([
    client.public.getContractEvents({ address: constants.registry, abi: airtntRegistryAbi, eventName: 'Admitted', fromBlock, strict: true }),
    client.public.getContractEvents({ address: constants.registry, abi: airtntRegistryAbi, eventName: 'VerdictFeeClaimed', fromBlock, strict: true }),
  ]);
  let claimed = 0;
  for (const node of admittedNodes) {
    const admission = admissions.filter((e) => isAddressEqual(e.args.node, node.address) && e.blockNumber >= node.joinBlock).at(-1);
    if (admission === undefined || ((admission.args.signers >> BigInt(index)) & 1n) === 0n) continue;
    const digest = admission.args.verdictDigest as Hex;
    const key = `${node.address.toLowerCase()}:${digest}`;
    if (state.done.has(key)) continue;
    const paid = claims.some((claim) => isAddressEqual(claim.args.node, node.address) && isAddressEqual(claim.args.verifier, self) && claim.blockNumber >= admission.blockNumber);
    if (paid) {
      state.done.add(key);
      continue;
    }
    try {
      await claimVerdictFee(client, { registry: constants.registry, node: node.address, digest, signers: admission.args.signers, index });
      log(`fee: claimed the share for admitting ${node.address}`);
      claimed++;
      state.done.add(key);
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      // NothingToClaim: claimed already (an event not yet seen); the next poll reads the events again.
      log(`fee: ${node.address}: ${error.code}: ${error.message.split('\n')[0]}`);
    }
  }
  return claimed;
}
