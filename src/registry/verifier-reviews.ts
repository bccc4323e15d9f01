/**
 * A verifier node re-verifies admitted executors when their collateral changes (docs/protocol.md,
 * "Verifier nodes", reviews): once per epoch it fetches each admitted executor's evidence and collateral;
 * when the collateral hash differs from the one the admission judged (a TCB recovery, a new CRL), the
 * executor is a review case of the current epoch. The review committee (COMMITTEE_SIZE members the registry
 * draws on chain for ("review", node, epoch): reviewCommittee, the only one remove accepts) judges it at epochStart(epoch), with the keys and evidence
 * hash its join committed (Joined event), never what it serves besides evidence and collateral; a member
 * whose verdict fails signs it through its durable verdict store (kind 'review': stored before it is
 * served, never the other pass on the same inputs), serves it at GET /v1/review-verdicts/<node>, gathers the other members' identical verdicts and,
 * with QUORUM, submits remove (the node leaves, unslashed). A passing re-verification signs nothing.
 * An executor that fails every fetch for `unreachableMs` (local time, default half an epoch) is judged the
 * same way as unresponsive: a drawn member signs pass = false over its committed evidence and keys with a
 * zero collateral hash (nothing was served), and a quorum of such verdicts removes it (issue: "an
 * unresponsive node is removed, not slashed"). One answer in between starts the count again.
 */
import { isAddressEqual, type Hex } from 'viem';
import type { AttestationPolicy } from '../attestation/policy.js';
import type { ChainClient } from '../chain/client.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { readReviewCommittee } from '../chain/read-review-committee.js';
import { removeNode } from '../chain/remove-node.js';
import { isAirtntError } from '../util/errors.js';
import { readAdmission } from './challenge.js';
import { bitmapSlots } from './committee.js';
import type { RegistryConstants } from './read-params.js';
import type { ListedNode } from './read-nodes.js';
import { packSignatures, signVerdict } from './signing.js';
import { collateralHashOf, produceVerdict, type VerdictEvidence } from './verdict-producer.js';
import type { VerdictStore } from './verdict-store.js';
import { fetchVerdict, isVerdictBy, type SignedVerdict } from './verdict-wire.js';

/** Where a member of a review committee serves the removal verdict it signed (same body as /v1/verdicts). */
export const REVIEW_VERDICTS_PATH = '/v1/review-verdicts';

export type ReviewContext = {
  client: ChainClient;
  constants: RegistryConstants;
  policy: AttestationPolicy;
  timeoutMs: number;
  log: (line: string) => void;
  served: (endpoint: string, timeoutMs: number) => Promise<VerdictEvidence>;
  /** How long an executor fails every fetch before it is judged unresponsive. */
  unreachableMs: number;
  now: () => number;
};

export type ReviewState = {
  /** Removal verdicts signed (kind 'review'), durably, served to the other members. */
  store: VerdictStore;
  /** node (lowercase) => the epoch it was last re-verified in with its collateral unchanged. */
  checked: Map<string, bigint>;
  /** node:verdictDigest => its admitting verdict's committee, collateral hash and unclaimed signers. */
  admitted: Map<string, AdmittedVerdict>;
  /** node (lowercase) => since when (local ms) every fetch of it failed. */
  unreachableSince: Map<string, number>;
};

type AdmittedVerdict = { committee: bigint; collateralHash: Hex; unclaimed: bigint };

const MAX_KEPT = 1024;

export function newReviewState(store: VerdictStore): ReviewState {
  return { store, checked: new Map(), admitted: new Map(), unreachableSince: new Map() };
}

export async function reviewStep(ctx: ReviewContext, nodes: readonly ListedNode[], currentEpoch: bigint, state: ReviewState): Promise<void> {
  for (const node of nodes.filter((n) => n.role === 'executor' && n.status === 'admitted')) {
    const key = node.address.toLowerCase();
    if (state.checked.get(key) === currentEpoch) continue;
    try {
      await review(ctx, nodes, node, currentEpoch, state);
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      ctx.log(`review ${node.address}: ${error.code}: ${error.message.split('\n')[0]}`);
    }
  }
}

async function review(ctx: ReviewContext, nodes: readonly ListedNode[], node: ListedNode, epoch: bigint, state: ReviewState): Promise<void> {
  const { client, constants } = ctx;
  const key = node.address.toLowerCase();
  const admission = await admittedVerdict(ctx, node, state);
  const served = await fetchOrSilent(ctx, node, state);
  if (served === 'waiting') return;
  if (served !== undefined && collateralHashOf(served.collateral) === admission.collateralHash) {
    state.checked.set(key, epoch);
    return;
  }
  const bitmap = await readReviewCommittee(client, { registry: constants.registry, node: node.address, epoch });
  const { start } = await readRegistryEpoch(client, { registry: constants.registry, epoch });
  const slots = new Set(bitmapSlots(bitmap));
  const members = nodes.filter((n) => n.role === 'verifier' && slots.has(n.index)).map((n) => ({ id: n.address, index: n.index }));
  const committee = { bitmap, members };
  const me = committee.members.find((m) => isAddressEqual(m.id, client.account.address));
  if (me === undefined) {
    // Not drawn for this epoch's review: nothing to do until the next epoch's draw.
    state.checked.set(key, epoch);
    return;
  }
  let mine: SignedVerdict | undefined = state.store.current(node.address, epoch, 'review');
  if (mine === undefined || mine.verdict.committee !== committee.bitmap) {
    const keys = { enclaveKey: node.enclaveKey, sealingKey: node.sealingKey, vrfKey: node.vrfKey, signingKey: node.signingKey, runtimeMeasurement: node.runtimeMeasurement };
    const produced = await produceVerdict(
      ctx.policy,
      { node: node.address, keys, evidenceHash: node.evidenceHash, epoch, epochStart: start, committee: committee.bitmap, registryPolicyHash: constants.policyHash },
      served,
    );
    // Unresponsive: judged on the evidence its join committed (remove refuses other inputs), nothing served.
    if (served === undefined) produced.verdict = { ...produced.verdict, evidenceHash: node.evidenceHash };
    if (produced.verdict.pass) {
      ctx.log(`review ${node.address}: new collateral, still passes`);
      state.checked.set(key, epoch);
      return;
    }
    mine = await state.store.sign('review', produced.verdict, (verdict) => signVerdict(client.account, constants.domain, verdict));
    ctx.log(`review ${node.address}: ${served === undefined ? 'unresponsive' : 'new collateral'}, signed pass=false (${produced.reason})`);
  }
  const gathered = [{ index: me.index, signature: mine.signature }];
  for (const member of committee.members) {
    if (member === me || BigInt(gathered.length) >= constants.quorum) continue;
    const endpoint = nodes.find((n) => isAddressEqual(n.address, member.id))!.endpoint;
    try {
      const theirs = await fetchVerdict(endpoint, node.address, ctx.timeoutMs, REVIEW_VERDICTS_PATH);
      if (theirs !== undefined && (await isVerdictBy(constants.domain, mine.verdict, theirs, member.id))) gathered.push({ index: member.index, signature: theirs.signature });
    } catch (error) {
      if (!isAirtntError(error)) throw error;
    }
  }
  if (BigInt(gathered.length) < constants.quorum) return;
  // The unclaimed signers as they are now: a fee claim since the admission was read changes the commitment.
  const { unclaimed } = await readAdmission(client, constants, node.address, node.joinBlock);
  await removeNode(client, { registry: constants.registry, verdict: mine.verdict, admission: { ...admission, unclaimed }, signatures: packSignatures(gathered) });
  ctx.log(`review ${node.address}: removed with ${gathered.length} verdicts`);
}

/**
 * What `node` serves now; undefined once every fetch failed for `unreachableMs` (unresponsive), 'waiting'
 * while it has failed for less (nothing is judged on a passing outage).
 */
async function fetchOrSilent(ctx: ReviewContext, node: ListedNode, state: ReviewState): Promise<VerdictEvidence | undefined | 'waiting'> {
  const key = node.address.toLowerCase();
  try {
    const served = await ctx.served(node.endpoint, ctx.timeoutMs);
    state.unreachableSince.delete(key);
    return served;
  } catch (error) {
    if (!isAirtntError(error)) throw error;
    const since = state.unreachableSince.get(key) ?? ctx.now();
    if (!state.unreachableSince.has(key)) {
      if (state.unreachableSince.size >= MAX_KEPT) state.unreachableSince.delete(state.unreachableSince.keys().next().value!);
      state.unreachableSince.set(key, since);
      ctx.log(`review ${node.address}: unreachable (${error.code}); judged unresponsive if it stays so for ${Math.round(ctx.unreachableMs / 1000)} s`);
    }
    return ctx.now() - since >= ctx.unreachableMs ? undefined : 'waiting';
  }
}

/**
 * What the node's admission judged (collateral hash) and names it to remove (committee, unclaimed signers), read once per
 * admission; the unclaimed signers are read again when a removal is submitted (a claim may have come since).
 */
async function admittedVerdict(ctx: ReviewContext, node: ListedNode, state: ReviewState): Promise<AdmittedVerdict> {
  const cached = [...state.admitted.entries()].find(([k]) => k.startsWith(`${node.address.toLowerCase()}:`));
  if (cached !== undefined) return cached[1];
  const admission = await readAdmission(ctx.client, ctx.constants, node.address, node.joinBlock);
  if (state.admitted.size >= MAX_KEPT) state.admitted.delete(state.admitted.keys().next().value!);
  const admitted = { committee: admission.verdict.committee, collateralHash: admission.verdict.collateralHash, unclaimed: admission.unclaimed };
  state.admitted.set(`${node.address.toLowerCase()}:${admission.digest}`, admitted);
  return admitted;
}

