/**
 * Checks a selection document (select-executor.ts, docs/protocol.md "The selection document") the way a
 * third party would. From its own fields (verifySelectionDocument): the task id commits the document's
 * filter and salt (task-commitment.ts: the filter was fixed before the seed existed), seed = keccak256(epochSeed || taskId),
 * every candidate's proof verifies on that seed under its key and gives the listed beta, the ranking is
 * the documented order, and no node is listed twice. Against the chain (verifySelectionAgainstChain):
 * the epoch's seed and reveals, the committed task id, and the candidate set itself, rebuilt from the
 * registry: every executor that is a candidate of the epoch must be ranked or excluded with a reason
 * (verify-exclusions.ts), and every ranked one must be a candidate with its registered key and stake,
 * and meet the document's filter (its admission was checked by the registry: only the join committee it
 * draws on chain admits, so an admitted status is enough). The
 * ticket and weight cap are the registry's MIN_STAKE and MAX_TICKETS, not the document's choice. The
 * document alone cannot show that a node is missing: only the chain check can. Exclusions for what only
 * the requester saw (an endpoint that gave no valid proof) fail the check unless allowUnverifiable.
 */
import { isAddressEqual, type Address } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { readCommittedTask, readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { equalBytes, fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { isValidProof } from '../vrf/ecvrf.js';
import { MAX_TICKETS, rankCandidates, taskSeed } from '../vrf/selection.js';
import { readRegistryConstants } from './read-params.js';
import { isCandidate, readRegistryNodes, readStakeAt, teeName } from './read-nodes.js';
import type { SelectionDocument } from './select-executor.js';
import { filterNotCommitted, taskIdOf } from './task-commitment.js';
import { checkExclusion, type ExclusionCheck } from './verify-exclusions.js';

function mismatch(what: string, details: Record<string, unknown>): AirtntError {
  return new AirtntError('SELECTION_MISMATCH', `the selection document does not recompute: ${what}`, { details });
}

/** What a successful chain check established. */
export type SelectionCheck = {
  epoch: bigint;
  /** The ranked executors, rank 0 first. */
  ranking: Address[];
  /** Every candidate of the epoch on chain that is not ranked, with how its exclusion was checked. */
  excluded: ExclusionCheck[];
};

export type VerifySelectionOptions = {
  /** Accept exclusions that cannot be re-observed (no VRF proof, a proof that did not verify); refused otherwise. */
  allowUnverifiable?: boolean;
};

export function verifySelectionDocument(doc: SelectionDocument): void {
  // The filter is the one the task id committed before the seed existed, not one chosen after it.
  const recomputed = taskIdOf(doc.requester, BigInt(doc.epoch), doc.salt, doc.filter);
  if (recomputed !== doc.taskId.toLowerCase()) {
    throw filterNotCommitted('the selection document\'s task id does not commit its filter (and salt)', { requester: doc.requester, epoch: BigInt(doc.epoch), salt: doc.salt, filter: doc.filter, taskId: doc.taskId, recomputed });
  }
  const seed = taskSeed(fromHex(doc.epochSeed, 32, 'epochSeed'), fromHex(doc.taskId, 32, 'taskId'));
  if (toHex(seed) !== doc.seed.toLowerCase()) throw mismatch('seed', { seed: toHex(seed), claimed: doc.seed });
  const listed = [...doc.candidates.map((c) => c.node), ...doc.excluded.map((e) => e.node)];
  const twice = listed.find((node, i) => listed.findIndex((other) => isAddressEqual(other, node)) !== i);
  if (twice !== undefined) throw mismatch('a node is listed twice (among candidates and excluded)', { node: twice });
  // Every listed candidate's proof, whatever its weight: a weight-0 entry is not a silent candidate.
  for (const c of doc.candidates) {
    if (!isValidProof(fromHex(c.vrfKey, 32, 'vrfKey'), seed, fromHex(c.proof, 80, 'proof'))) throw mismatch('a candidate\'s VRF proof does not verify', { node: c.node });
  }
  const ranked = rankCandidates(
    seed,
    doc.candidates.map((c) => ({ id: c.node, vrfKey: fromHex(c.vrfKey, 32, 'vrfKey'), stake: BigInt(c.stake), proof: fromHex(c.proof, 80, 'proof') })),
    { ticket: BigInt(doc.ticket), maxTickets: BigInt(doc.maxTickets) },
  );
  if (ranked.length !== doc.candidates.length) {
    const unranked = doc.candidates.filter((c) => !ranked.some((r) => isAddressEqual(r.id as Address, c.node))).map((c) => c.node);
    throw mismatch('a candidate weighs 0 tickets: it must be excluded by the stake reason, not listed unranked', { unranked, ticket: doc.ticket });
  }
  if (ranked.length !== doc.ranking.length || ranked.some((r, i) => !isAddressEqual(r.id as Address, doc.ranking[i]!))) {
    throw mismatch('ranking', { recomputed: ranked.map((r) => r.id), claimed: doc.ranking });
  }
  for (const r of ranked) {
    const entry = doc.candidates.find((c) => isAddressEqual(c.node, r.id as Address))!;
    if (!equalBytes(r.beta, fromHex(entry.beta, 64, 'beta'))) throw mismatch('beta', { node: r.id });
  }
}

/**
 * The document's own check, then the chain's facts for its epoch. The registry's current records are
 * read: a node that withdrew since the epoch is no longer listed by the chain and is not required.
 */
export async function verifySelectionAgainstChain(client: ChainClient, doc: SelectionDocument, options: VerifySelectionOptions = {}): Promise<SelectionCheck> {
  verifySelectionDocument(doc);
  const epoch = BigInt(doc.epoch);
  const constants = await readRegistryConstants(client, doc.registry);
  if (BigInt(doc.ticket) !== constants.minStake || BigInt(doc.maxTickets) !== MAX_TICKETS) {
    throw new AirtntError('SELECTION_PARAMETERS_MISMATCH', 'the selection document\'s ticket or weight cap is not the protocol\'s', {
      details: { ticket: doc.ticket, minStake: constants.minStake, maxTickets: doc.maxTickets, protocolMaxTickets: MAX_TICKETS },
      hint: 'the ticket is the registry\'s MIN_STAKE and the cap is 1024: a document with others weighs candidates as its author chose',
    });
  }
  const { seed, reveals } = await readRegistryEpoch(client, { registry: doc.registry, epoch });
  if (seed !== doc.epochSeed || reveals.toString() !== doc.reveals) throw mismatch('epoch seed', { seed, reveals, claimed: doc.epochSeed });
  const committed = await readCommittedTask(client, { registry: doc.registry, requester: doc.requester, epoch });
  if (committed !== doc.taskId) throw new AirtntError('SELECTION_TASK_NOT_COMMITTED', 'the selection\'s task id is not the one committed for the requester and epoch', { details: { committed: committed ?? null, claimed: doc.taskId } });
  const nodes = await readRegistryNodes(client, { registry: doc.registry });
  const executors = nodes.filter((n) => n.role === 'executor');
  for (const c of doc.candidates) {
    const node = executors.find((n) => isAddressEqual(n.address, c.node));
    if (node === undefined || node.vrfKey !== c.vrfKey) throw mismatch('registered VRF key', { node: c.node });
    if (!isCandidate(node, epoch)) {
      throw new AirtntError('SELECTION_CANDIDATE_NOT_ACTIVE', `ranked node ${c.node} is not a candidate of epoch ${epoch}`, {
        details: { node: c.node, epoch, status: node.status, activeEpoch: node.activeEpoch, leaveEpoch: node.leaveEpoch },
      });
    }
    const stake = await readStakeAt(client, doc.registry, c.node, epoch);
    if (stake.toString() !== c.stake) throw mismatch('stake', { node: c.node, stake, claimed: c.stake });
    const tee = teeName(node.tee);
    if ((doc.filter.teeKinds !== null && !doc.filter.teeKinds.includes(tee)) || stake < BigInt(doc.filter.minStake)) {
      throw new AirtntError('SELECTION_FILTER_CONTRADICTED', `ranked node ${c.node} does not meet the document's own filter`, {
        details: { node: c.node, tee, stake, teeKinds: doc.filter.teeKinds, minStake: doc.filter.minStake },
      });
    }
  }
  const excluded: ExclusionCheck[] = [];
  for (const node of executors.filter((n) => isCandidate(n, epoch))) {
    if (doc.candidates.some((c) => isAddressEqual(c.node, node.address))) continue;
    const entry = doc.excluded.find((e) => isAddressEqual(e.node, node.address));
    if (entry === undefined) {
      throw new AirtntError('SELECTION_CANDIDATE_MISSING', `executor ${node.address}, a candidate of epoch ${epoch}, is neither ranked nor excluded`, {
        details: { node: node.address, epoch, activeEpoch: node.activeEpoch, ranked: doc.ranking.length, excluded: doc.excluded.length },
      });
    }
    const stake = await readStakeAt(client, doc.registry, node.address, epoch);
    excluded.push(await checkExclusion(node, entry.reason, { epoch, stake, filter: doc.filter }));
  }
  const unverifiable = excluded.filter((e) => e.checked === 'unverifiable');
  if (unverifiable.length > 0 && options.allowUnverifiable !== true) {
    throw new AirtntError('SELECTION_EXCLUSION_UNVERIFIABLE', `${unverifiable.length} exclusion(s) rest on what only the requester saw and cannot be checked`, {
      details: { unverifiable },
      hint: 'ask the executors named for their VRF proof on the task seed yourself; accept such exclusions only if you trust the requester',
    });
  }
  return { epoch, ranking: doc.ranking, excluded };
}
