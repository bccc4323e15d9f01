/**
 * A requester's task id commits its selection filter (docs/protocol.md "Task ids"): the filter (TEE kinds,
 * minimum stake) is fixed before the epoch's seed exists, so it cannot be chosen afterwards to filter away
 * everyone but a favourite. The registry's commitTask(salt) is unchanged: the salt it is given is
 * keccak256(abi.encode(salt, filterHash)), so the id it stores is
 * keccak256(abi.encode(requester, epoch, keccak256(abi.encode(salt, filterHash)))).
 */
import { encodeAbiParameters, keccak256, toBytes, type Address, type Hex } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { commitTask, type CommitTaskReturnType } from '../chain/commit-task.js';
import { AirtntError } from '../util/errors.js';
import { TEE_CODES } from './read-nodes.js';

/**
 * The requester's filter as the document states it, once for every node: the TEE kinds accepted (null:
 * all) and the minimum stake in wei, never below the registry's MIN_STAKE (a smaller stake has no ticket).
 */
export type SelectionFilter = { teeKinds: string[] | null; minStake: string };

/** Separates filter hashes from every other 32-byte hash of the protocol. */
export const SELECTION_FILTER_DOMAIN: Hex = keccak256(toBytes('airtnt-selection-filter/1'));

/**
 * The salt the `run ... --from-registry` requester commits with. The salt hides nothing that matters
 * (the filter is published in the document, and the id is committed before the seed exists), so a fixed
 * one lets the id be recomputed from (requester, epoch, filter) alone: no state to keep between the
 * commit and the run two epochs later, from any data directory.
 */
export const DEFAULT_TASK_SALT: Hex = `0x${'00'.repeat(32)}`;

const ALL_KINDS = (1n << 256n) - 1n;

/** teeKinds as a 256-bit mask: bit c for registry TEE code c; null (every kind, known or not) is all ones. */
export function teeKindsMask(teeKinds: readonly string[] | null): bigint {
  if (teeKinds === null) return ALL_KINDS;
  let mask = 0n;
  for (const kind of teeKinds) {
    const code = (TEE_CODES as Record<string, number>)[kind];
    if (code === undefined) throw new AirtntError('SELECTION_BAD_INPUT', `unknown TEE kind "${kind}" in a selection filter`, { details: { kind, known: Object.keys(TEE_CODES) } });
    mask |= 1n << BigInt(code);
  }
  return mask;
}

/** keccak256(abi.encode(bytes32 SELECTION_FILTER_DOMAIN, uint256 teeKindsMask, uint256 minStake)): 96 bytes in. */
export function filterHash(filter: SelectionFilter): Hex {
  const minStake = BigInt(filter.minStake);
  if (minStake < 0n || minStake >= 1n << 256n) throw new AirtntError('SELECTION_BAD_INPUT', 'a selection filter\'s minimum stake is not a uint256', { details: { minStake: filter.minStake } });
  return keccak256(encodeAbiParameters([{ type: 'bytes32' }, { type: 'uint256' }, { type: 'uint256' }], [SELECTION_FILTER_DOMAIN, teeKindsMask(filter.teeKinds), minStake]));
}

/** The salt given to the registry's commitTask: keccak256(abi.encode(bytes32 salt, bytes32 filterHash)). */
export function committedSalt(salt: Hex, filter: SelectionFilter): Hex {
  return keccak256(encodeAbiParameters([{ type: 'bytes32' }, { type: 'bytes32' }], [salt, filterHash(filter)]));
}

/** The task id the registry stores: keccak256(abi.encode(address requester, uint256 epoch, bytes32 committedSalt)). */
export function taskIdOf(requester: Address, epoch: bigint, salt: Hex, filter: SelectionFilter): Hex {
  return keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }, { type: 'bytes32' }], [requester, epoch, committedSalt(salt, filter)]));
}

/** Commits the requester's task id for epoch current + 2 with its filter; the id is taskIdOf(requester, epoch, salt, filter). */
export async function commitSelectionTask(client: ChainClient, params: { registry: Address; filter: SelectionFilter; salt?: Hex }): Promise<CommitTaskReturnType> {
  return commitTask(client, { registry: params.registry, salt: committedSalt(params.salt ?? DEFAULT_TASK_SALT, params.filter) });
}

/** The refusal of a task id that does not commit `filter` (a document's, or a run's own). */
export function filterNotCommitted(
  what: string,
  details: { requester: Address; epoch: bigint; salt: Hex; filter: SelectionFilter; taskId: Hex | null; recomputed: Hex } & Record<string, unknown>,
  more?: string,
): AirtntError {
  const hint = 'the filter (TEE kinds, minimum stake) is committed with the task id two epochs ahead, before the seed exists: select with the filter and salt the id was committed with';
  return new AirtntError('SELECTION_FILTER_NOT_COMMITTED', what, { details: { ...details, filterHash: filterHash(details.filter) }, hint: more === undefined ? hint : `${hint}; ${more}` });
}
