/**
 * A third party's check of one exclusion in a selection document (docs/protocol.md "The selection
 * document", excluded reasons): a candidate of the epoch that the requester did not rank must carry one
 * of the reasons select-executor.ts produces, and nothing else. Those stated in chain facts (TEE kind,
 * stake below the minimum) are checked against the chain AND against the document's one filter: a
 * requester cannot state a different filter per node. An admitted node is never excluded for its
 * admission's committee (the registry admits only with the join committee it draws). What the requester saw of the
 * executor's own endpoint (no VRF proof, a proof that did not verify) cannot be re-observed: it is
 * reported as unverifiable, and the caller refuses it unless told to accept such exclusions.
 */
import type { Address } from 'viem';
import { AirtntError } from '../util/errors.js';
import { isCandidate, teeName, type ListedNode } from './read-nodes.js';
import type { SelectionFilter } from './select-executor.js';

export type ExclusionCheck = { node: Address; reason: string; checked: 'chain' | 'unverifiable' };

/** The codes fetchVrfProof (vrf-client.ts, bounded-get.ts) fails with: the only ones `no VRF proof (...)` may carry. */
const NO_PROOF_CODES = ['EXECUTOR_TIMEOUT', 'EXECUTOR_UNREACHABLE', 'INVALID_EXECUTOR_URL', 'VRF_ANSWER_INVALID'];
/** The one reason select-executor.ts writes for a proof that does not verify. */
export const PROOF_INVALID_REASON = 'SELECTION_PROOF_INVALID: its proof does not verify against its registered VRF key';

function refuted(node: Address, reason: string, why: string, details: Record<string, unknown> = {}): AirtntError {
  return new AirtntError('SELECTION_EXCLUSION_REFUTED', `the exclusion of ${node} does not hold: ${why}`, { details: { node, reason, ...details } });
}

export async function checkExclusion(
  node: ListedNode,
  reason: string,
  at: { epoch: bigint; stake: bigint; filter: SelectionFilter },
): Promise<ExclusionCheck> {
  const chain: ExclusionCheck = { node: node.address, reason, checked: 'chain' };
  if (/^not a candidate of epoch \d+/.test(reason)) {
    if (isCandidate(node, at.epoch)) throw refuted(node.address, reason, `it is a candidate of epoch ${at.epoch}`, { status: node.status, activeEpoch: node.activeEpoch });
    return chain;
  }
  const tee = /^TEE kind (\S+) not accepted$/.exec(reason);
  if (tee !== null) {
    if (teeName(node.tee) !== tee[1]) throw refuted(node.address, reason, `its registered TEE kind is ${teeName(node.tee)}`);
    if (at.filter.teeKinds === null || at.filter.teeKinds.includes(tee[1]!)) {
      throw refuted(node.address, reason, `the document's filter accepts TEE kind ${tee[1]}`, { teeKinds: at.filter.teeKinds });
    }
    return chain;
  }
  const stake = /^stake (\d{1,78}) below the minimum (\d{1,78})$/.exec(reason);
  if (stake !== null) {
    const [claimed, minimum] = [BigInt(stake[1]!), BigInt(stake[2]!)];
    if (claimed !== at.stake || claimed >= minimum) throw refuted(node.address, reason, `its stake at epoch ${at.epoch} is ${at.stake}`, { stake: at.stake, minimum });
    if (minimum !== BigInt(at.filter.minStake)) {
      throw refuted(node.address, reason, `the document's filter sets the minimum stake to ${at.filter.minStake}, not ${minimum}`, { minStake: at.filter.minStake });
    }
    return chain;
  }
  const noProof = /^no VRF proof \(([A-Z_]+)\)$/.exec(reason);
  if ((noProof !== null && NO_PROOF_CODES.includes(noProof[1]!)) || reason === PROOF_INVALID_REASON) {
    return { node: node.address, reason, checked: 'unverifiable' };
  }
  throw refuted(node.address, reason, 'the reason is none of those the selection produces');
}
