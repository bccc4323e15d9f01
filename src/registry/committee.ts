/**
 * Verdict committees (pure): the registry draws every verdict committee on chain (RegistryDraw), stake-
 * weighted from the case seed, with no VRF (the VRF selects executors per task only):
 *
 *   caseId    = keccak256(abi.encode(string kind, address node, uint256 epoch))   kind "join" | "review" | "challenge"
 *   seed      = keccak256(epochSeed(epoch) || caseId)
 *   bitmap    = OR of 1 << slot over the members drawn (what every verdict signs)
 *
 * drawChallengeCommittee below is the same algorithm as RegistryDraw._draw, for an independent check.
 */
import { encodeAbiParameters, keccak256, type Address, type Hex } from 'viem';
import { fromHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { taskSeed } from '../vrf/selection.js';

export type CaseKind = 'join' | 'review' | 'challenge';

export function caseIdOf(kind: CaseKind, node: Address, epoch: bigint): Hex {
  return keccak256(encodeAbiParameters([{ type: 'string' }, { type: 'address' }, { type: 'uint256' }], [kind, node, epoch]));
}

/** The VRF input every verifier proves on for a case. */
export function caseSeed(epochSeed: Hex, caseId: Hex): Uint8Array {
  return taskSeed(fromHex(epochSeed, 32, 'epochSeed'), fromHex(caseId, 32, 'caseId'));
}

/** The members of a challenge committee: more than twice an admission committee, so its majority outweighs it. */
export function challengeCommitteeSize(committeeSize: bigint): number {
  return 2 * Number(committeeSize) + 1;
}

/** The signatures that uphold a challenge: a majority of its committee. */
export function challengeQuorum(committeeSize: bigint): number {
  return Number(committeeSize) + 1;
}

/** The slots whose bits are set in a committee bitmap, ascending. */
export function bitmapSlots(bitmap: bigint): number[] {
  const slots: number[] = [];
  for (let i = 0; i < 256; i++) if ((bitmap >> BigInt(i)) & 1n) slots.push(i);
  return slots;
}

/** A verifier slot eligible for a challenge committee: active in the case epoch, not a signer of the challenged verdict. */
export type ChallengeCandidate = { index: number; stake: bigint };

/** The weight cap of the on-chain draw (RegistryChallenges._MAX_TICKETS, the same as MAX_TICKETS). */
const CHALLENGE_MAX_TICKETS = 1024n;

/**
 * The challenge committee the registry draws (RegistryChallenges._drawChallenge), for an independent check:
 * weights w = min(stake / ticket, 1024); for pick j = 0 .. size - 1, r = uint256(keccak256(abi.encode(seed, j)))
 * mod (the weight left), and the first slot left (ascending) whose running weight exceeds r joins and leaves
 * the draw. `seed` is caseSeed(epochSeed, caseIdOf('challenge', node, caseEpoch)).
 */
export function drawChallengeCommittee(seed: Uint8Array, candidates: readonly ChallengeCandidate[], size: number, ticket: bigint): bigint {
  const left = new Map<number, bigint>();
  for (const c of [...candidates].sort((a, b) => a.index - b.index)) {
    const w = c.stake / ticket;
    if (w > 0n) left.set(c.index, w > CHALLENGE_MAX_TICKETS ? CHALLENGE_MAX_TICKETS : w);
  }
  if (left.size < size) {
    throw new AirtntError('REGISTRY_BAD_INPUT', 'fewer eligible verifiers than the challenge committee size', { details: { eligible: left.size, size } });
  }
  let total = [...left.values()].reduce((a, b) => a + b, 0n);
  let bitmap = 0n;
  const seedHex = `0x${Buffer.from(seed).toString('hex')}` as Hex;
  for (let j = 0; j < size; j++) {
    let r = BigInt(keccak256(encodeAbiParameters([{ type: 'bytes32' }, { type: 'uint256' }], [seedHex, BigInt(j)]))) % total;
    for (const [index, w] of left) {
      if (r < w) {
        bitmap |= 1n << BigInt(index);
        total -= w;
        left.delete(index);
        break;
      }
      r -= w;
    }
  }
  return bitmap;
}
