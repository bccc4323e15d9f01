/**
 * Checks a selection document (select-executor.ts, docs/protocol.md "The selection document") from its
 * own fields, the way a third party would: seed = keccak256(epochSeed || taskId), every candidate's proof
 * verifies on that seed under its key and gives the listed beta, and the ranking is the documented
 * order. The caller checks the chain-side facts separately (epochSeed and reveals of the epoch, the
 * committed task id, each candidate's registered VRF key and stake): verifySelectionAgainstChain.
 */
import { isAddressEqual, type Address } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { readCommittedTask, readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { equalBytes, fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { rankCandidates, taskSeed } from '../vrf/selection.js';
import { readRegistryNodes, readStakeAt } from './read-nodes.js';
import type { SelectionDocument } from './select-executor.js';

function mismatch(what: string, details: Record<string, unknown>): AirtntError {
  return new AirtntError('SELECTION_MISMATCH', `the selection document does not recompute: ${what}`, { details });
}

export function verifySelectionDocument(doc: SelectionDocument): void {
  const seed = taskSeed(fromHex(doc.epochSeed, 32, 'epochSeed'), fromHex(doc.taskId, 32, 'taskId'));
  if (toHex(seed) !== doc.seed.toLowerCase()) throw mismatch('seed', { seed: toHex(seed), claimed: doc.seed });
  const ranked = rankCandidates(
    seed,
    doc.candidates.map((c) => ({ id: c.node, vrfKey: fromHex(c.vrfKey, 32, 'vrfKey'), stake: BigInt(c.stake), proof: fromHex(c.proof, 80, 'proof') })),
    { ticket: BigInt(doc.ticket), maxTickets: BigInt(doc.maxTickets) },
  );
  if (ranked.length !== doc.ranking.length || ranked.some((r, i) => !isAddressEqual(r.id as Address, doc.ranking[i]!))) {
    throw mismatch('ranking', { recomputed: ranked.map((r) => r.id), claimed: doc.ranking });
  }
  for (const r of ranked) {
    const listed = doc.candidates.find((c) => isAddressEqual(c.node, r.id as Address))!;
    if (!equalBytes(r.beta, fromHex(listed.beta, 64, 'beta'))) throw mismatch('beta', { node: r.id });
  }
}

/** The chain-side facts: the epoch's seed and reveals, the committed task id, keys and stakes registered. */
export async function verifySelectionAgainstChain(client: ChainClient, doc: SelectionDocument): Promise<void> {
  verifySelectionDocument(doc);
  const epoch = BigInt(doc.epoch);
  const { seed, reveals } = await readRegistryEpoch(client, { registry: doc.registry, epoch });
  if (seed !== doc.epochSeed || reveals.toString() !== doc.reveals) throw mismatch('epoch seed', { seed, reveals, claimed: doc.epochSeed });
  const committed = await readCommittedTask(client, { registry: doc.registry, requester: doc.requester, epoch });
  if (committed !== doc.taskId) throw new AirtntError('SELECTION_TASK_NOT_COMMITTED', 'the selection\'s task id is not the one committed for the requester and epoch', { details: { committed: committed ?? null, claimed: doc.taskId } });
  const nodes = await readRegistryNodes(client, { registry: doc.registry });
  for (const c of doc.candidates) {
    const node = nodes.find((n) => isAddressEqual(n.address, c.node));
    if (node === undefined || node.vrfKey !== c.vrfKey) throw mismatch('registered VRF key', { node: c.node });
    const stake = await readStakeAt(client, doc.registry, c.node, epoch);
    if (stake.toString() !== c.stake) throw mismatch('stake', { node: c.node, stake, claimed: c.stake });
  }
}
