/**
 * Verdict committees (pure): the verifiers that judge a join or review a node are drawn with the
 * task selection of src/vrf/selection.ts, with a task id derived from the case instead of committed
 * by a requester (a case cannot be ground: its node and epoch are fixed when the join is mined).
 *
 *   caseId    = keccak256(abi.encode(string kind, address node, uint256 epoch))   kind "join" | "review" | "challenge"
 *   seed      = keccak256(epochSeed(epoch) || caseId)
 *   committee = the first COMMITTEE_SIZE verifiers active in `epoch`, ranked on that seed
 *               (2 * COMMITTEE_SIZE + 1 for a challenge: challengeCommitteeSize)
 *   bitmap    = OR of 1 << slot over the committee (what every verdict signs)
 */
import { encodeAbiParameters, keccak256, type Address, type Hex } from 'viem';
import { fromHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { rankCandidates, taskSeed, type RankedCandidate, type SelectionCandidate, type SelectionParameters } from '../vrf/selection.js';
import { committeeBitmap } from './signing.js';

export type CaseKind = 'join' | 'review' | 'challenge';

export function caseIdOf(kind: CaseKind, node: Address, epoch: bigint): Hex {
  return keccak256(encodeAbiParameters([{ type: 'string' }, { type: 'address' }, { type: 'uint256' }], [kind, node, epoch]));
}

/** The VRF input every verifier proves on for a case. */
export function caseSeed(epochSeed: Hex, caseId: Hex): Uint8Array {
  return taskSeed(fromHex(epochSeed, 32, 'epochSeed'), fromHex(caseId, 32, 'caseId'));
}

export type CommitteeCandidate = SelectionCandidate & { /** The verifier's registry slot. */ index: number };

export type Committee = { members: (RankedCandidate & { index: number })[]; bitmap: bigint };

/** The members of a challenge committee: more than twice an admission committee, so its majority outweighs it. */
export function challengeCommitteeSize(committeeSize: bigint): number {
  return 2 * Number(committeeSize) + 1;
}

/** The signatures that uphold a challenge: a majority of its committee. */
export function challengeQuorum(committeeSize: bigint): number {
  return Number(committeeSize) + 1;
}

/** Ranks the active verifiers on the case seed (all proofs must verify) and keeps the first `size`. */
export function drawCommittee(seed: Uint8Array, verifiers: readonly CommitteeCandidate[], size: number, params: SelectionParameters): Committee {
  const ranked = rankCandidates(seed, verifiers, params);
  if (ranked.length < size) {
    throw new AirtntError('REGISTRY_BAD_INPUT', 'fewer eligible verifiers than the committee size', { details: { eligible: ranked.length, size } });
  }
  const slot = new Map(verifiers.map((v) => [v.id, v.index]));
  const members = ranked.slice(0, size).map((m) => ({ ...m, index: slot.get(m.id)! }));
  return { members, bitmap: committeeBitmap(members.map((m) => m.index)) };
}
