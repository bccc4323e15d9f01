/**
 * Was a node admitted by the committee the VRF drew for it? The chain cannot tell (docs/protocol.md,
 * "Which check refuses a verdict from a verifier that was not drawn"): it checks that the signers are in
 * the bitmap the verdict names, not that the bitmap is the drawn one. Anyone can: the `Admitted` event
 * gives the case epoch and the verdict digest, the `admit` call data the bitmap and the collateral hash,
 * and the draw is recomputed from the case seed and the verifiers' proofs (case-committee.ts). The
 * recomputed bitmap must give back the event's digest; otherwise REGISTRY_COMMITTEE_NOT_DRAWN.
 */
import { decodeFunctionData, isAddressEqual, type Address, type Hex } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { AirtntError } from '../util/errors.js';
import { drawJoinCommittee, type ProofSource } from './case-committee.js';
import type { RegistryConstants } from './read-params.js';
import type { ListedNode } from './read-nodes.js';
import { verdictDigest } from './signing.js';

export type AdmissionCommittee = { caseEpoch: bigint; bitmap: bigint; skipped: { verifier: Address; reason: string }[] };

/** The admitting verdict's bitmap, read from the admission's event and call data. */
async function admittedWith(client: ChainClient, constants: RegistryConstants, node: ListedNode) {
  const events = await client.public.getContractEvents({ address: constants.registry, abi: airtntRegistryAbi, eventName: 'Admitted', args: { node: node.address }, fromBlock: node.joinBlock, strict: true });
  const event = events.at(-1);
  if (event === undefined) {
    throw new AirtntError('REGISTRY_COMMITTEE_UNCHECKED', `no admission of ${node.address} since its join`, { details: { node: node.address, joinBlock: node.joinBlock.toString() } });
  }
  const tx = await client.public.getTransaction({ hash: event.transactionHash });
  let args: readonly unknown[] | undefined;
  try {
    const decoded = decodeFunctionData({ abi: airtntRegistryAbi, data: tx.input });
    if (decoded.functionName === 'admit') args = decoded.args;
  } catch {
    // Not a direct call of admit (through another contract): its call data is not readable here.
  }
  if (args === undefined || tx.to === null || tx.to === undefined || !isAddressEqual(tx.to, constants.registry) || !isAddressEqual(args[0] as Address, node.address)) {
    throw new AirtntError('REGISTRY_COMMITTEE_UNCHECKED', `the admission of ${node.address} was not a direct admit call: its committee cannot be read`, { details: { node: node.address, tx: event.transactionHash } });
  }
  const [, evidenceHash, keysHash, collateralHash, committee] = args as [Address, Hex, Hex, Hex, bigint, Hex];
  return { caseEpoch: event.args.caseEpoch, digest: event.args.verdictDigest, evidenceHash, keysHash, collateralHash, committee };
}

/**
 * Recomputes the join committee of `node` and checks that its admitting verdict names exactly that
 * committee. A verifier whose proof cannot be had now is left out of the recomputation, which then
 * differs: the check fails closed (the reason lists who was left out).
 */
export async function checkAdmissionCommittee(client: ChainClient, constants: RegistryConstants, nodes: readonly ListedNode[], node: ListedNode, proofs: ProofSource): Promise<AdmissionCommittee> {
  const admitted = await admittedWith(client, constants, node);
  const { committee, skipped } = await drawJoinCommittee(client, constants, nodes, node.address, admitted.caseEpoch, proofs);
  const { start } = await readRegistryEpoch(client, { registry: constants.registry, epoch: admitted.caseEpoch });
  const digest = verdictDigest(constants.domain, {
    node: node.address,
    epoch: admitted.caseEpoch,
    committee: committee.bitmap,
    evidenceHash: admitted.evidenceHash,
    collateralHash: admitted.collateralHash,
    policyHash: constants.policyHash,
    time: start,
    keysHash: admitted.keysHash,
    pass: true,
  });
  if (committee.bitmap !== admitted.committee || digest !== admitted.digest) {
    throw new AirtntError('REGISTRY_COMMITTEE_NOT_DRAWN', `${node.address} was admitted by a committee the VRF did not draw`, {
      details: { node: node.address, caseEpoch: admitted.caseEpoch.toString(), admitted: `0x${admitted.committee.toString(16)}`, drawn: `0x${committee.bitmap.toString(16)}`, leftOut: skipped },
      hint: 'do not rely on this admission: its verdict was signed by verifiers that were not drawn for it (or a drawn verifier\'s proof is unavailable now)',
    });
  }
  return { caseEpoch: admitted.caseEpoch, bitmap: committee.bitmap, skipped };
}
