/**
 * A verifier node's part in challenges (docs/protocol.md, "Challenges"): for every challenge open in its
 * case epoch or the one after, it reads the challenge committee the registry draws (challengeCommittee:
 * 2 * COMMITTEE_SIZE + 1 members, from the case epoch's seed and stakes, without the accused signers: the
 * only committee resolveChallenge accepts); if drawn, it fetches the node's evidence and collateral, judges the admitting verdict's
 * own inputs (the keys its join committed, read from the Joined event) at the admission's pinned time,
 * and signs only a failing verdict on identical inputs, through its durable verdict store (kind
 * 'challenge': stored before it is served, never the other pass on the same inputs). It serves what it
 * signed at GET /v1/challenge-verdicts/<node>, gathers the other members' identical
 * verdicts and, with a majority, submits resolveChallenge. A failed read only delays it to the next poll.
 */
import { isAddressEqual, type Address } from 'viem';
import { mergeCollateral } from '../attestation/collateral.js';
import type { AttestationPolicy } from '../attestation/policy.js';
import type { ChainClient } from '../chain/client.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { recordTickets } from '../chain/record-tickets.js';
import { readChallenge, readChallengeCommittee } from '../chain/read-challenge.js';
import { resolveChallenge } from '../chain/resolve-challenge.js';
import { fetchExecutorCollateral } from '../node/collateral-client.js';
import { fetchExecutorInfo } from '../node/verify-executor.js';
import { isAirtntError } from '../util/errors.js';
import { readAdmission, signChallengeVerdict } from './challenge.js';
import { bitmapSlots, challengeQuorum } from './committee.js';
import type { RegistryConstants } from './read-params.js';
import type { ListedNode } from './read-nodes.js';
import { packSignatures } from './signing.js';
import type { VerdictEvidence } from './verdict-producer.js';
import type { VerdictStore } from './verdict-store.js';
import { CHALLENGE_VERDICTS_PATH, fetchVerdict, isVerdictBy, type SignedVerdict } from './verdict-wire.js';

export type ChallengeContext = {
  client: ChainClient;
  constants: RegistryConstants;
  policy: AttestationPolicy;
  timeoutMs: number;
  log: (line: string) => void;
  /** How a node's evidence and collateral are fetched (default: its /v1/info and /v1/collateral). */
  served?: (endpoint: string, timeoutMs: number) => Promise<VerdictEvidence>;
};

/**
 * What a node serves now: its evidence (checked later against the hash its join committed) and its
 * collateral (hardware kinds). Nothing else is taken from it: the keys judged are those its join committed.
 */
export async function fetchServed(endpoint: string, timeoutMs: number): Promise<VerdictEvidence> {
  const { info } = await fetchExecutorInfo(endpoint, timeoutMs);
  const collateral = ['sgx', 'tdx', 'sev-snp'].includes(info.enclave.evidence.kind) ? await fetchExecutorCollateral(endpoint, timeoutMs) : undefined;
  return { evidence: info.enclave.evidence, collateral: mergeCollateral(collateral?.collateral) };
}

export async function challengeStep(ctx: ChallengeContext, nodes: readonly ListedNode[], currentEpoch: bigint, store: VerdictStore): Promise<void> {
  const { client, constants } = ctx;
  if (nodes.length === 0) return;
  const fromBlock = nodes.reduce((min, n) => (n.joinBlock < min ? n.joinBlock : min), nodes[0]!.joinBlock);
  const opened = await client.public.getContractEvents({ address: constants.registry, abi: airtntRegistryAbi, eventName: 'ChallengeOpened', fromBlock, strict: true });
  const self = client.account.address;
  for (const event of opened) {
    const { node, caseEpoch } = event.args;
    if (currentEpoch < caseEpoch || currentEpoch > caseEpoch + 1n) continue;
    try {
      const open = await readChallenge(client, { registry: constants.registry, node });
      if (open === undefined || open.caseEpoch !== caseEpoch) continue;
      await ticketsRecorded(ctx, caseEpoch, currentEpoch);
      await judgeChallenge(ctx, nodes, node, caseEpoch, store, self);
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      ctx.log(`challenge ${node}: ${error.code}: ${error.message.split('\n')[0]}`);
    }
  }
}

/**
 * A challenge resolved after its case epoch is drawn from that epoch's recorded tickets only, and its expiry
 * refunds the bond only if they show the committee short: while the case epoch is current, any verifier node
 * records them (one transaction, a no-op once done), so an honest challenge cannot be lost for want of it.
 */
async function ticketsRecorded(ctx: ChallengeContext, caseEpoch: bigint, currentEpoch: bigint): Promise<void> {
  if (currentEpoch !== caseEpoch) return;
  const [recorded] = await ctx.client.public.readContract({ address: ctx.constants.registry, abi: airtntRegistryAbi, functionName: 'ticketsOf', args: [caseEpoch] });
  if (recorded) return;
  await recordTickets(ctx.client, { registry: ctx.constants.registry });
  ctx.log(`challenge case epoch ${caseEpoch}: verifier tickets recorded`);
}

async function judgeChallenge(ctx: ChallengeContext, nodes: readonly ListedNode[], node: Address, caseEpoch: bigint, store: VerdictStore, self: Address): Promise<void> {
  const { client, constants } = ctx;
  const drawn = await readChallengeCommittee(client, { registry: constants.registry, node });
  if (drawn.caseEpoch !== caseEpoch || drawn.committee === 0n) return;
  const slots = new Set(bitmapSlots(drawn.committee));
  const members = nodes.filter((n) => n.role === 'verifier' && slots.has(n.index)).map((n) => ({ id: n.address, index: n.index, endpoint: n.endpoint }));
  const committee = { bitmap: drawn.committee, members };
  const me = members.find((m) => isAddressEqual(m.id, self));
  if (me === undefined) return;
  const listed = nodes.find((n) => isAddressEqual(n.address, node));
  if (listed === undefined) return;
  let mine: SignedVerdict | undefined = store.current(node, caseEpoch, 'challenge');
  if (mine === undefined) {
    const admission = await readAdmission(client, constants, node, listed.joinBlock);
    const served = await (ctx.served ?? fetchServed)(listed.endpoint, ctx.timeoutMs);
    const keys = { enclaveKey: listed.enclaveKey, sealingKey: listed.sealingKey, vrfKey: listed.vrfKey, signingKey: listed.signingKey, runtimeMeasurement: listed.runtimeMeasurement };
    const produced = await signChallengeVerdict(client.account, constants, store, ctx.policy, admission.verdict, { caseEpoch, committee: committee.bitmap, keys }, served);
    if (produced === undefined) {
      // It passes again, or the node no longer serves the inputs the admission judged: nothing to sign.
      ctx.log(`challenge ${node}: the admission's inputs pass or are not served: not signing`);
      return;
    }
    mine = { verdict: produced.verdict, signature: produced.signature };
    ctx.log(`challenge ${node}: signed pass=false (${produced.reason})`);
  }
  const gathered = [{ index: me.index, signature: mine.signature }];
  const quorum = challengeQuorum(constants.committeeSize);
  for (const member of committee.members) {
    if (member === me || gathered.length >= quorum) continue;
    try {
      const theirs = await fetchVerdict(member.endpoint, node, ctx.timeoutMs, CHALLENGE_VERDICTS_PATH);
      if (theirs !== undefined && (await isVerdictBy(constants.domain, mine.verdict, theirs, member.id))) gathered.push({ index: member.index, signature: theirs.signature });
    } catch (error) {
      if (!isAirtntError(error)) throw error;
    }
  }
  if (gathered.length < quorum) return;
  await resolveChallenge(client, { registry: constants.registry, verdict: mine.verdict, signatures: packSignatures(gathered) });
  ctx.log(`challenge ${node}: upheld with ${gathered.length} verdicts`);
}
