/**
 * Checks a selection document (select-executor.ts, docs/protocol.md "The selection document") the way a
 * third party would. From its own fields (verifySelectionDocument): seed = keccak256(epochSeed || taskId),
 * every candidate's proof verifies on that seed under its key and gives the listed beta, the ranking is
 * the documented order, and no node is listed twice. Against the chain (verifySelectionAgainstChain):
 * the epoch's seed and reveals, the committed task id, and the candidate set itself, rebuilt from the
 * registry: every executor that is a candidate of the epoch must be ranked or excluded with a reason
 * (verify-exclusions.ts), and every ranked one must be a candidate with its registered key and stake.
 * The document alone cannot show that a node is missing: only the chain check can.
 */
import { isAddressEqual, type Address } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { readCommittedTask, readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { equalBytes, fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { rankCandidates, taskSeed } from '../vrf/selection.js';
import { isCandidate, readRegistryNodes, readStakeAt } from './read-nodes.js';
import type { SelectionDocument } from './select-executor.js';
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

export function verifySelectionDocument(doc: SelectionDocument): void {
  const seed = taskSeed(fromHex(doc.epochSeed, 32, 'epochSeed'), fromHex(doc.taskId, 32, 'taskId'));
  if (toHex(seed) !== doc.seed.toLowerCase()) throw mismatch('seed', { seed: toHex(seed), claimed: doc.seed });
  const listed = [...doc.candidates.map((c) => c.node), ...doc.excluded.map((e) => e.node)];
  const twice = listed.find((node, i) => listed.findIndex((other) => isAddressEqual(other, node)) !== i);
  if (twice !== undefined) throw mismatch('a node is listed twice (among candidates and excluded)', { node: twice });
  const ranked = rankCandidates(
    seed,
    doc.candidates.map((c) => ({ id: c.node, vrfKey: fromHex(c.vrfKey, 32, 'vrfKey'), stake: BigInt(c.stake), proof: fromHex(c.proof, 80, 'proof') })),
    { ticket: BigInt(doc.ticket), maxTickets: BigInt(doc.maxTickets) },
  );
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
export async function verifySelectionAgainstChain(client: ChainClient, doc: SelectionDocument): Promise<SelectionCheck> {
  verifySelectionDocument(doc);
  const epoch = BigInt(doc.epoch);
  const { seed, reveals } = await readRegistryEpoch(client, { registry: doc.registry, epoch });
  if (seed !== doc.epochSeed || reveals.toString() !== doc.reveals) throw mismatch('epoch seed', { seed, reveals, claimed: doc.epochSeed });
  const committed = await readCommittedTask(client, { registry: doc.registry, requester: doc.requester, epoch });
  if (committed !== doc.taskId) throw new AirtntError('SELECTION_TASK_NOT_COMMITTED', 'the selection\'s task id is not the one committed for the requester and epoch', { details: { committed: committed ?? null, claimed: doc.taskId } });
  const executors = (await readRegistryNodes(client, { registry: doc.registry })).filter((n) => n.role === 'executor');
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
    excluded.push(checkExclusion(node, entry.reason, { epoch, stake: await readStakeAt(client, doc.registry, node.address, epoch) }));
  }
  return { epoch, ranking: doc.ranking, excluded };
}
