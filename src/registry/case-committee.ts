/**
 * The VRF committee drawn for a join, recomputed by anyone from public data: the case epoch's seed, the
 * verifiers active in it (stake at that epoch, registered VRF key) and each one's VRF proof on the case
 * seed, fetched from its endpoint. A verifier whose proof cannot be had or does not verify against its
 * registered key is left out (it only removes itself). Review and challenge committees are not drawn here:
 * the registry draws them on chain (reviewCommittee, challengeCommittee: read-review-committee.ts,
 * read-challenge.ts), the only bitmaps remove and resolveChallenge accept.
 */
import type { Address } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { fromHex, equalBytes } from '../util/bytes.js';
import { isValidProof } from '../vrf/ecvrf.js';
import { caseIdOf, caseSeed, drawCommittee, type CaseKind, type Committee, type CommitteeCandidate } from './committee.js';
import type { RegistryConstants } from './read-params.js';
import { isCandidate, readStakeAt, type ListedNode } from './read-nodes.js';
import { fetchVrfProof, type VrfAnswer } from './vrf-client.js';

export type ProofSource = (verifier: ListedNode, alpha: Uint8Array) => Promise<VrfAnswer>;

export const httpProofSource = (timeoutMs: number): ProofSource => (verifier, alpha) => fetchVrfProof(verifier.endpoint, alpha, timeoutMs);

export type CaseCommittee = { alpha: Uint8Array; committee: Committee; start: bigint; skipped: { verifier: Address; reason: string }[] };

export function drawJoinCommittee(
  client: ChainClient,
  constants: RegistryConstants,
  nodes: readonly ListedNode[],
  node: Address,
  caseEpoch: bigint,
  proofs: ProofSource,
): Promise<CaseCommittee> {
  return drawCaseCommittee(client, constants, nodes, { kind: 'join', node, caseEpoch, size: Number(constants.committeeSize) }, proofs);
}

export type CaseOf = { kind: CaseKind; node: Address; caseEpoch: bigint; size: number };

export async function drawCaseCommittee(
  client: ChainClient,
  constants: RegistryConstants,
  nodes: readonly ListedNode[],
  { kind, node, caseEpoch, size }: CaseOf,
  proofs: ProofSource,
): Promise<CaseCommittee> {
  const { seed, start } = await readRegistryEpoch(client, { registry: constants.registry, epoch: caseEpoch });
  const alpha = caseSeed(seed, caseIdOf(kind, node, caseEpoch));
  const skipped: CaseCommittee['skipped'] = [];
  const candidates: CommitteeCandidate[] = [];
  for (const verifier of nodes.filter((n) => n.role === 'verifier' && isCandidate(n, caseEpoch))) {
    const vrfKey = fromHex(verifier.vrfKey, 32, 'vrfKey');
    try {
      const answer = await proofs(verifier, alpha);
      if (!equalBytes(answer.publicKey, vrfKey) || !isValidProof(vrfKey, alpha, answer.proof)) {
        skipped.push({ verifier: verifier.address, reason: 'VRF_PROOF_INVALID' });
        continue;
      }
      const stake = await readStakeAt(client, constants.registry, verifier.address, caseEpoch);
      candidates.push({ id: verifier.address, index: verifier.index, vrfKey, stake, proof: answer.proof });
    } catch (error) {
      skipped.push({ verifier: verifier.address, reason: error instanceof Error && 'code' in error ? String(error.code) : String(error) });
    }
  }
  const committee = drawCommittee(alpha, candidates, size, { ticket: constants.minStake });
  return { alpha, committee, start, skipped };
}
