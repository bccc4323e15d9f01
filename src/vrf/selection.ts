/**
 * Verifiable, stake-weighted selection (pure: chain reads are passed in). docs/protocol.md, part
 * "Registry", gives the same algorithm step by step for an independent implementation:
 *
 *   seed  = keccak256(epochSeed || taskId)                     (32 + 32 bytes, the ABI encoding)
 *   beta  = ECVRF_verify(candidate.vrfKey, seed, proof)        (RFC 9381 suite 0x03, alpha = seed)
 *   U     = uint64 big-endian of beta[0..8) + 1                (1 <= U <= 2^64, u = U / 2^64 in (0, 1])
 *   w     = min(floor(stake / ticket), maxTickets)             (candidates with w = 0 are not eligible)
 *   order = descending u^(1/w) (Efraimidis-Spirakis), compared exactly with integers:
 *           a before b  <=>  U_a^w_b * 2^(64 w_a)  >  U_b^w_a * 2^(64 w_b)
 *           ties (equal keys) by the VRF public key bytes, lowest first.
 *
 * Executors and verifiers are ranked separately on the same seed: executor rank 0 runs the task, the
 * next ranks stand by; verifier ranks 0 .. n-1 are the task's (or a join's) verifier committee. A
 * candidate that withholds its proof only removes itself: every other key is unchanged.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { concatBytes } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { parsePublicKey, verify } from './ecvrf.js';

/** The cap on one candidate's weight in tickets: keeps the exact comparison small (64 * 1024-bit numbers). */
export const MAX_TICKETS = 1024n;
const U_BITS = 64n;

export type SelectionCandidate = {
  /** The candidate's registry address (operator account). */
  id: string;
  /** 32-byte ECVRF-EDWARDS25519 public key registered for it. */
  vrfKey: Uint8Array;
  /** Its stake for the epoch, in wei. */
  stake: bigint;
  /** Its 80-byte VRF proof on this task's seed. */
  proof: Uint8Array;
};

export type RankedCandidate = SelectionCandidate & {
  /** The VRF output (64 bytes). */
  beta: Uint8Array;
  /** 1 .. 2^64, from beta. */
  u: bigint;
  /** Weight in tickets, 1 .. MAX_TICKETS. */
  weight: bigint;
};

export type SelectionParameters = {
  /** The stake that buys one ticket (the registry's minimum stake). */
  ticket: bigint;
  /** Defaults to MAX_TICKETS. */
  maxTickets?: bigint;
};

/** seed = keccak256(epochSeed || taskId): the VRF input (alpha) of every candidate for this task. */
export function taskSeed(epochSeed: Uint8Array, taskId: Uint8Array): Uint8Array {
  if (epochSeed.length !== 32 || taskId.length !== 32) {
    throw new AirtntError('SELECTION_BAD_INPUT', 'the epoch seed and the task id are 32 bytes each', {
      details: { epochSeed: epochSeed.length, taskId: taskId.length },
    });
  }
  return keccak_256(concatBytes(epochSeed, taskId));
}

/** A candidate's weight in tickets: floor(stake / ticket), at most maxTickets. */
export function ticketsOf(stake: bigint, params: SelectionParameters): bigint {
  if (params.ticket <= 0n) throw new AirtntError('SELECTION_BAD_INPUT', 'the ticket size must be positive', { details: { ticket: params.ticket } });
  const tickets = stake / params.ticket;
  const max = params.maxTickets ?? MAX_TICKETS;
  return tickets > max ? max : tickets;
}

/** U = the first 8 bytes of beta, big-endian, plus one. */
export function uniformOf(beta: Uint8Array): bigint {
  let u = 0n;
  for (let i = 0; i < 8; i++) u = (u << 8n) | BigInt(beta[i]!);
  return u + 1n;
}

/** Lexicographic byte order. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Negative when a ranks before b: u_a^(1/w_a) > u_b^(1/w_b), compared as
 * U_a^w_b * 2^(64 w_a) vs U_b^w_a * 2^(64 w_b) (both sides raised to w_a * w_b, exact).
 */
export function compareKeys(a: Pick<RankedCandidate, 'u' | 'weight' | 'vrfKey'>, b: Pick<RankedCandidate, 'u' | 'weight' | 'vrfKey'>): number {
  const left = a.u ** b.weight << (U_BITS * a.weight);
  const right = b.u ** a.weight << (U_BITS * b.weight);
  if (left !== right) return left > right ? -1 : 1;
  return compareBytes(a.vrfKey, b.vrfKey);
}

/**
 * Verifies every candidate's proof on `seed` and ranks them. Throws SELECTION_PROOF_INVALID (with the
 * candidate and the VRF error as cause) for any proof that does not verify, and
 * SELECTION_DUPLICATE_KEY when two candidates share a VRF key. Candidates with no ticket are left out.
 */
export function rankCandidates(seed: Uint8Array, candidates: readonly SelectionCandidate[], params: SelectionParameters): RankedCandidate[] {
  const seen = new Set<string>();
  const ranked: RankedCandidate[] = [];
  for (const candidate of candidates) {
    const keyHex = Buffer.from(candidate.vrfKey).toString('hex');
    if (seen.has(keyHex)) {
      throw new AirtntError('SELECTION_DUPLICATE_KEY', 'two candidates share one VRF public key', { details: { id: candidate.id, vrfKey: keyHex } });
    }
    seen.add(keyHex);
    const weight = ticketsOf(candidate.stake, params);
    if (weight === 0n) continue;
    let beta: Uint8Array;
    try {
      beta = verify(parsePublicKey(candidate.vrfKey), seed, candidate.proof);
    } catch (cause) {
      throw new AirtntError('SELECTION_PROOF_INVALID', `the selection proof of ${candidate.id} does not verify`, {
        details: { id: candidate.id, vrfKey: keyHex, reason: cause instanceof AirtntError ? cause.code : String(cause) },
        cause,
      });
    }
    ranked.push({ ...candidate, beta, u: uniformOf(beta), weight });
  }
  return ranked.sort(compareKeys);
}

export type TaskSelection = {
  epoch: bigint;
  epochSeed: Uint8Array;
  taskId: Uint8Array;
  seed: Uint8Array;
  /** Executors in rank order: [0] runs the task, the next stand by. */
  executors: RankedCandidate[];
  /** Verifiers in rank order. */
  verifiers: RankedCandidate[];
};

export type SelectTaskParameters = SelectionParameters & {
  epoch: bigint;
  /** The epoch's seed as the registry reports it (final: read after the epoch began). */
  epochSeed: Uint8Array;
  /** The task id the registry holds for (requester, epoch): the one committed before the seed existed. */
  committedTaskId: Uint8Array | undefined;
  /** The task id the selection is claimed for. */
  taskId: Uint8Array;
  executors: readonly SelectionCandidate[];
  verifiers: readonly SelectionCandidate[];
};

/**
 * The selection of one task. Refuses (SELECTION_TASK_NOT_COMMITTED) a task id that is not the one the
 * requester committed for this epoch: retrying other task ids cannot change who is selected.
 */
export function selectTask(params: SelectTaskParameters): TaskSelection {
  if (params.committedTaskId === undefined || compareBytes(params.committedTaskId, params.taskId) !== 0) {
    throw new AirtntError('SELECTION_TASK_NOT_COMMITTED', 'the task id is not the one committed on chain for this requester and epoch', {
      details: {
        epoch: params.epoch,
        taskId: Buffer.from(params.taskId).toString('hex'),
        committed: params.committedTaskId === undefined ? null : Buffer.from(params.committedTaskId).toString('hex'),
      },
    });
  }
  const seed = taskSeed(params.epochSeed, params.taskId);
  return {
    epoch: params.epoch,
    epochSeed: params.epochSeed,
    taskId: params.taskId,
    seed,
    executors: rankCandidates(seed, params.executors, params),
    verifiers: rankCandidates(seed, params.verifiers, params),
  };
}
