/**
 * Round keys drawn as hash chains (docs/protocol.md, "Round keys"): a segment of KEY_CHAIN_LENGTH keys
 * from one fresh random seed, computed backwards so that each key is keccak256 of the next one,
 * k(r-1) = keccak256(k(r)). Round r's key hash keccak256(k(r)) is then k(r-1), which the requester
 * already holds once it paid round r-1: the result of round r need not carry it (32 bytes a round).
 *
 * What this gives away: k(r) reveals the keys of the segment's earlier rounds, which were all released
 * already (a round's key leaves only once that round is paid, and payments are cumulative), and never a
 * later one (that would take a keccak256 preimage). k never opens a round by itself either: its
 * ciphertexts' key also needs the requester's session secret.
 *
 * A segment continues only from the round this enclave produced last in the session, so the key of
 * the round before is the one the requester received: a round produced again (a rerun after a run
 * ahead failed), a view change, or a spent segment starts a new one, whose first result carries its
 * key hash.
 *
 * Only where no round's key hash is seen before the round before is paid: a plain session's host sends
 * result r+1 only after payment r. A pool session's is not (its replicas and acks carry key hashes in the
 * clear, ahead of payment r), so its keys are each fresh (freshRoundKey). Pure apart from drawing the seed.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { ROUND_KEY_LENGTH } from '../crypto/round-encryption.js';

/** Keys per segment: its first round's result carries the key hash (33 bytes on the wire), the next 63 do not. */
export const KEY_CHAIN_LENGTH = 64;

/** A session's segment: the round whose key it gave last, and the keys left, each keccak256's preimage of the one before. */
export type KeyChain = { lastRound: bigint; left: readonly Uint8Array[] };

/** A key of no segment (32 random bytes): `chained` false, and no segment kept. */
export function freshRoundKey(draw: (length: number) => Uint8Array = randomBytes): { key: Uint8Array; chained: false; chain: undefined } {
  return { key: draw(ROUND_KEY_LENGTH), chained: false, chain: undefined };
}

/**
 * The key of `round`: the segment's next key when `round` follows the round it gave last, else the
 * first key of a new segment. `chained`: keccak256(key) is the key of the round before. The caller
 * keeps `chain` only once the round is done (a round that fails leaves the segment as it was).
 */
export function drawRoundKey(chain: KeyChain | undefined, round: bigint, draw: (length: number) => Uint8Array = randomBytes): { key: Uint8Array; chained: boolean; chain: KeyChain } {
  if (chain !== undefined && chain.lastRound === round - 1n && chain.left.length > 0) {
    const [key, ...left] = chain.left;
    return { key: key!, chained: true, chain: { lastRound: round, left } };
  }
  const segment: Uint8Array[] = new Array<Uint8Array>(KEY_CHAIN_LENGTH);
  segment[KEY_CHAIN_LENGTH - 1] = draw(ROUND_KEY_LENGTH);
  for (let i = KEY_CHAIN_LENGTH - 2; i >= 0; i--) segment[i] = keccak_256(segment[i + 1]!);
  const [key, ...left] = segment;
  return { key: key!, chained: false, chain: { lastRound: round, left } };
}
