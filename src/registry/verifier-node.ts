/**
 * A verifier node (`airtnt verifier start`, docs/protocol.md "Verifier nodes"). It serves its VRF proofs
 * (GET /v1/vrf/:alpha) and the verdicts it signed (GET /v1/verdicts/:node) and, every poll:
 *  1. takes part in the epoch seed (verifier-seed.ts);
 *  2. for each pending executor whose case epoch has begun, recomputes the join committee from the
 *     verifiers' proofs; if drawn, fetches the executor's evidence (checked against the hash its join
 *     committed) and collateral, judges them with the keys its join committed at the pinned time, and
 *     signs through the durable verdict store (verdict-store.ts: never the other pass on the same inputs);
 *  3. gathers the other members' verdicts from their endpoints (kept only when identical to its own and
 *     signed by the member) and, once it holds QUORUM, submits the admission;
 *  4. re-verifies admitted executors whose collateral changed and, drawn for the review, signs and
 *     submits their removal when they fail (verifier-reviews.ts);
 *  5. takes part in the challenges whose committee drew it (verifier-challenges.ts);
 *  6. claims its share of the join fee of every admission whose verdict it signed (verifier-fees.ts). Any member may submit
 *     first; the others then see the node admitted (a late submission is refused on chain, nothing moves).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAddressEqual, type Address } from 'viem';
import type { AttestationPolicy } from '../attestation/policy.js';
import { admitNode } from '../chain/admit-node.js';
import type { ChainClient } from '../chain/client.js';
import { chainNow } from '../chain/time.js';
import { isAirtntError } from '../util/errors.js';
import { drawJoinCommittee, httpProofSource, type ProofSource } from './case-committee.js';
import { readRegistryConstants, type RegistryConstants } from './read-params.js';
import { readRegistryNodes, type ListedNode } from './read-nodes.js';
import { packSignatures, signVerdict } from './signing.js';
import { produceVerdict } from './verdict-producer.js';
import { VerdictStore } from './verdict-store.js';
import { CHALLENGE_VERDICTS_PATH, fetchVerdict, isVerdictBy, signedVerdictJson, VERDICTS_PATH } from './verdict-wire.js';
import { parseAlphaParam, VRF_PATH, vrfAnswerJson } from './vrf-client.js';
import { prove, vrfPublicKey } from '../vrf/ecvrf.js';
import { claimFeesStep, type FeeClaims } from './verifier-fees.js';
import { newReviewState, reviewStep, REVIEW_VERDICTS_PATH } from './verifier-reviews.js';
import { challengeStep, fetchServed, type ChallengeContext } from './verifier-challenges.js';
import { seedStep } from './verifier-seed.js';

export type VerifierNodeOptions = {
  client: ChainClient;
  registry: Address;
  policy: AttestationPolicy;
  vrfSecret: Uint8Array;
  dataDir: string;
  host?: string;
  port?: number;
  pollMs?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
  /** How a node's evidence and collateral are fetched (default: its /v1/info and /v1/collateral; tests inject another source). */
  served?: ChallengeContext['served'];
};

export type VerifierNode = { url: string; address: Address; close(): Promise<void>; /** Resolves after the next complete poll. */ polled(): Promise<void> };

export async function startVerifierNode(options: VerifierNodeOptions): Promise<VerifierNode> {
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 5_000;
  const fetchEvidence = options.served ?? fetchServed;
  const constants = await readRegistryConstants(options.client, options.registry);
  const self = options.client.account.address;
  const publicKey = vrfPublicKey(options.vrfSecret);
  /** Verdicts signed, durably before they are served or submitted: what the other members gather. */
  const verdicts = VerdictStore.open(options.dataDir);
  const fees: FeeClaims = { done: new Set() };
  const reviews = newReviewState(verdicts);
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    const path = (request.url ?? '').split('?')[0]!;
    const reply = (status: number, body: unknown) => {
      response.statusCode = status;
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET') return reply(405, { error: 'METHOD_NOT_ALLOWED' });
    if (path.startsWith(`${VRF_PATH}/`)) {
      const alpha = parseAlphaParam(path.slice(VRF_PATH.length + 1));
      if (alpha === undefined) return reply(400, { error: 'VRF_BAD_LENGTH' });
      return reply(200, vrfAnswerJson({ publicKey, proof: prove(options.vrfSecret, alpha) }));
    }
    if (path.startsWith(`${VERDICTS_PATH}/`)) {
      const verdict = verdicts.latest(path.slice(VERDICTS_PATH.length + 1), 'join');
      return verdict === undefined ? reply(404, { error: 'VERDICT_UNKNOWN' }) : reply(200, signedVerdictJson(verdict));
    }
    if (path.startsWith(`${REVIEW_VERDICTS_PATH}/`)) {
      const verdict = verdicts.latest(path.slice(REVIEW_VERDICTS_PATH.length + 1), 'review');
      return verdict === undefined ? reply(404, { error: 'VERDICT_UNKNOWN' }) : reply(200, signedVerdictJson(verdict));
    }
    if (path.startsWith(`${CHALLENGE_VERDICTS_PATH}/`)) {
      const verdict = verdicts.latest(path.slice(CHALLENGE_VERDICTS_PATH.length + 1), 'challenge');
      return verdict === undefined ? reply(404, { error: 'VERDICT_UNKNOWN' }) : reply(200, signedVerdictJson(verdict));
    }
    return reply(404, { error: 'NOT_FOUND' });
  });
  server.headersTimeout = 5_000;
  server.requestTimeout = 5_000;
  server.maxConnections = 256;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${address.port}`;
  const ownProof: ProofSource = async (verifier, alpha) =>
    isAddressEqual(verifier.address, self) ? { publicKey, proof: prove(options.vrfSecret, alpha) } : httpProofSource(timeoutMs)(verifier, alpha);

  async function judge(nodes: ListedNode[], node: ListedNode, currentEpoch: bigint): Promise<void> {
    if (node.caseEpoch > currentEpoch) return;
    const { committee, start, skipped } = await drawJoinCommittee(options.client, constants, nodes, node.address, node.caseEpoch, ownProof);
    for (const s of skipped) log(`case ${node.address}: verifier ${s.verifier} left out (${s.reason})`);
    const me = committee.members.find((m) => isAddressEqual(m.id as Address, self));
    if (me === undefined) return;
    let mine = verdicts.current(node.address, node.caseEpoch, 'join');
    // A failing verdict is judged again at the next poll (an executor briefly unreachable, collateral
    // being refreshed): the store signs again only on other inputs or another committee, never the
    // other pass on the same inputs (verdict-store.ts).
    if (mine === undefined || !mine.verdict.pass || mine.verdict.committee !== committee.bitmap) {
      let served;
      try {
        // Only the evidence (checked against the committed hash) and the collateral are taken from the
        // node: the keys judged are those its join committed, whatever its /v1/info says now.
        served = await fetchEvidence(node.endpoint, timeoutMs);
      } catch (error) {
        if (!isAirtntError(error)) throw error;
        log(`case ${node.address}: unreachable (${error.code})`);
      }
      const keys = { enclaveKey: node.enclaveKey, sealingKey: node.sealingKey, vrfKey: node.vrfKey, signingKey: node.signingKey, runtimeMeasurement: node.runtimeMeasurement };
      const produced = await produceVerdict(options.policy, {
        node: node.address, keys, evidenceHash: node.evidenceHash, epoch: node.caseEpoch, epochStart: start, committee: committee.bitmap, registryPolicyHash: constants.policyHash,
      }, served);
      mine = await verdicts.sign('join', produced.verdict, (verdict) => signVerdict(options.client.account, constants.domain, verdict));
      log(`case ${node.address}: signed pass=${mine.verdict.pass}${produced.reason ? ` (${produced.reason})` : ''}`);
    }
    if (!mine.verdict.pass) return;
    const gathered = [{ index: me.index, signature: mine.signature }];
    for (const member of committee.members) {
      if (member === me) continue;
      const endpoint = nodes.find((n) => isAddressEqual(n.address, member.id as Address))!.endpoint;
      try {
        const theirs = await fetchVerdict(endpoint, node.address, timeoutMs);
        if (theirs !== undefined && (await isVerdictBy(constants.domain, mine.verdict, theirs, member.id as Address))) gathered.push({ index: member.index, signature: theirs.signature });
      } catch (error) {
        if (!isAirtntError(error)) throw error;
      }
      if (BigInt(gathered.length) >= constants.quorum) break;
    }
    if (BigInt(gathered.length) < constants.quorum) return;
    const v = mine.verdict;
    await admitNode(options.client, {
      registry: options.registry,
      node: node.address,
      evidenceHash: v.evidenceHash,
      keysHash: v.keysHash,
      collateralHash: v.collateralHash,
      committee: v.committee,
      signatures: packSignatures(gathered),
    });
    log(`case ${node.address}: admitted with ${gathered.length} verdicts`);
  }

  async function poll(): Promise<void> {
    const now = await chainNow(options.client);
    await seedStep(options.client, constants, options.dataDir, now, log);
    const currentEpoch = now < constants.genesis ? 0n : (now - constants.genesis) / constants.epochLength;
    const nodes = await readRegistryNodes(options.client, { registry: options.registry });
    for (const node of nodes.filter((n) => n.role === 'executor' && n.status === 'pending')) {
      try {
        await judge(nodes, node, currentEpoch);
      } catch (error) {
        if (!isAirtntError(error)) throw error;
        log(`case ${node.address}: ${error.code}: ${error.message.split('\n')[0]}`);
      }
    }
    try {
      await reviewStep({ client: options.client, constants, policy: options.policy, proofs: ownProof, timeoutMs, log, served: fetchEvidence }, nodes, currentEpoch, reviews);
    } catch (error) {
      log(`reviews: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    try {
      await challengeStep({ client: options.client, constants, policy: options.policy, proofs: ownProof, timeoutMs, log, served: fetchEvidence }, nodes, currentEpoch, verdicts);
    } catch (error) {
      log(`challenges: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    // After judging: pay is never in the way of an admission (a failing read only delays the claim).
    const me = nodes.find((n) => isAddressEqual(n.address, self) && n.role === 'verifier');
    try {
      if (me !== undefined) await claimFeesStep(options.client, constants, nodes, self, me.index, fees, log);
    } catch (error) {
      log(`fee: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }

  let stopped = false;
  let waiters: (() => void)[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const loop = async () => {
    try {
      await poll();
    } catch (error) {
      log(`poll failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
    if (!stopped) timer = setTimeout(() => void (running = loop()), options.pollMs ?? 1_000);
  };
  running = loop();
  return {
    url,
    address: self,
    polled: () => new Promise((resolve) => waiters.push(resolve)),
    close: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // The poll under way finishes with the store open (a verdict it signs is stored).
      await running;
      verdicts.close();
    },
  };
}

export type { RegistryConstants };
