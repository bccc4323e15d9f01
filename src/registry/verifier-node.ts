/**
 * A verifier node (`airtnt verifier start`, docs/protocol.md "Verifier nodes"). It serves its VRF proofs
 * (GET /v1/vrf/:alpha) and the verdicts it signed (GET /v1/verdicts/:node), under the same per-client
 * socket limits as the executor (socket-limits.ts: its peers are the other members gathering verdicts,
 * and one host holding idle sockets must not shut them out). It takes part in the epoch seed
 * (verifier-seed.ts) on its own timer, so a seed commit or reveal never waits behind fetches (a missed
 * reveal forfeits the bond), and, every poll:
 *  1. takes the seed step if the timer has not just taken it;
 *  2. for each pending executor whose join is at least two epochs old, a bounded number at a time
 *     (fetch-backoff.ts: one whose fetch failed is fetched again only after a doubling delay), reads the join committee the
 *     registry draws on chain for the current epoch (joinCommittee: the only one admit accepts in it);
 *     if drawn, fetches the executor's evidence (checked against the hash its join committed) and
 *     collateral, judges them with the keys its join committed at the current epoch's start, and signs
 *     through the durable verdict store (verdict-store.ts: never the other pass on the same inputs);
 *  3. gathers the other members' verdicts of this epoch from their endpoints (kept only when identical
 *     to its own and signed by the member) and, once it holds QUORUM, submits the admission (a verdict
 *     not submitted in its epoch is judged again by the next epoch's committee);
 *  4. re-verifies admitted executors whose collateral changed and, drawn for the review, signs and
 *     submits their removal when they fail (verifier-reviews.ts);
 *  5. takes part in the challenges whose committee drew it (verifier-challenges.ts);
 *  6. claims its share of the join fee of every admission whose verdict it signed (verifier-fees.ts). Any member may submit
 *     first; the others then see the node admitted (a late submission is refused on chain, nothing moves).
 */
import { createServer } from 'node:http';
import { limitSockets, type SocketLimitOptions } from '../node/socket-limits.js';
import { FetchBackoff, forEachBounded } from './fetch-backoff.js';
import type { AddressInfo } from 'node:net';
import { isAddressEqual, type Address } from 'viem';
import type { AttestationPolicy } from '../attestation/policy.js';
import { admitNode } from '../chain/admit-node.js';
import type { ChainClient } from '../chain/client.js';
import { chainNow } from '../chain/time.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { readJoinCommittee } from '../chain/read-join-committee.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { readRegistryConstants, type RegistryConstants } from './read-params.js';
import { readRegistryNodes, type ListedNode } from './read-nodes.js';
import { NO_SLOT } from '../chain/read-registry-node.js';
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
  /**
   * How long an admitted executor must fail every fetch before this node, when drawn for its review, signs
   * it unresponsive (pass = false: removed, not slashed). Default: half an epoch.
   */
  unreachableMs?: number;
  /** Limits on the sockets of its HTTP server (default: 16 per client key, 256 in all, 2 s header and request timeouts). */
  socketLimits?: SocketLimitOptions;
  /** Pending executors fetched at once in a poll (default 8). */
  fetchConcurrency?: number;
  /** A pending executor whose fetch failed is fetched again after baseMs, doubling up to capMs (default: timeoutMs, and an eighth of an epoch at most 10 min). */
  fetchBackoff?: { baseMs?: number; capMs?: number };
};

/**
 * The verifier's routes answer small GETs from its peers at once: a request whose headers take longer
 * than this is an attacker's, not a peer's. 16 per key leaves room for a peer judging 8 cases at once.
 */
const VERIFIER_SOCKET_LIMITS: SocketLimitOptions = { maxPerKey: 16, maxTotal: 256, headersTimeoutMs: 2_000, requestTimeoutMs: 2_000, keepAliveTimeoutMs: 2_000 };

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
  // The timeouts below are checked every connectionsCheckingInterval (30 s by default): check often.
  const server = createServer({ connectionsCheckingInterval: 500 }, (request, response) => {
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
  // No server.maxConnections: it drops a newcomer before the limits see it, where the limits evict the
  // heaviest client instead (socket-limits.ts).
  limitSockets(server, { ...VERIFIER_SOCKET_LIMITS, ...options.socketLimits });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const fetchConcurrency = options.fetchConcurrency ?? 8;
  if (!Number.isSafeInteger(fetchConcurrency) || fetchConcurrency < 1) throw new AirtntError('INVALID_OPTION', 'fetchConcurrency must be a positive integer', { details: { fetchConcurrency } });
  const epochMs = Number(constants.epochLength) * 1000;
  const backoff = new FetchBackoff({
    baseMs: options.fetchBackoff?.baseMs ?? timeoutMs,
    // At most an eighth of an epoch, so an executor back up is judged again within the epoch it was drawn in.
    capMs: options.fetchBackoff?.capMs ?? Math.max(1, Math.min(600_000, Math.floor(epochMs / 8))),
  }, Date.now);
  const url = `http://${options.host ?? '127.0.0.1'}:${address.port}`;

  async function judge(nodes: ListedNode[], node: ListedNode, currentEpoch: bigint): Promise<void> {
    if (node.caseEpoch > currentEpoch) return;
    // The committee the chain draws for this epoch, from the tickets of this epoch: nothing fetched from
    // other verifiers decides who is drawn.
    const bitmap = await readJoinCommittee(options.client, { registry: options.registry, node: node.address, epoch: currentEpoch });
    const { start } = await readRegistryEpoch(options.client, { registry: options.registry, epoch: currentEpoch });
    const members = nodes.filter((n) => n.role === 'verifier' && n.index !== NO_SLOT && ((bitmap >> BigInt(n.index)) & 1n) === 1n).map((n) => ({ id: n.address, index: n.index }));
    const committee = { bitmap, members };
    const me = committee.members.find((m) => isAddressEqual(m.id, self));
    if (me === undefined) return;
    let mine = verdicts.current(node.address, currentEpoch, 'join');
    // A failing verdict is judged again at the next poll (an executor briefly unreachable, collateral
    // being refreshed): the store signs again only on other inputs or another committee, never the
    // other pass on the same inputs (verdict-store.ts).
    if (mine === undefined || !mine.verdict.pass || mine.verdict.committee !== committee.bitmap) {
      // A node whose last fetch failed waits out its delay: its endpoint may be a tarpit (fetch-backoff.ts).
      if (!backoff.due(node.address)) return;
      let served;
      try {
        // Only the evidence (checked against the committed hash) and the collateral are taken from the
        // node: the keys judged are those its join committed, whatever its /v1/info says now.
        served = await fetchEvidence(node.endpoint, timeoutMs);
        backoff.succeeded(node.address);
      } catch (error) {
        if (!isAirtntError(error)) throw error;
        const delay = backoff.failed(node.address);
        log(`case ${node.address}: unreachable (${error.code}), next fetch in ${Math.round(delay / 1000)} s at the earliest`);
      }
      const keys = { enclaveKey: node.enclaveKey, sealingKey: node.sealingKey, vrfKey: node.vrfKey, signingKey: node.signingKey, runtimeMeasurement: node.runtimeMeasurement };
      const produced = await produceVerdict(options.policy, {
        node: node.address, keys, evidenceHash: node.evidenceHash, epoch: currentEpoch, epochStart: start, committee: committee.bitmap, registryPolicyHash: constants.policyHash,
      }, served);
      mine = await verdicts.sign('join', produced.verdict, (verdict) => signVerdict(options.client.account, constants.domain, verdict));
      log(`case ${node.address}: signed pass=${mine.verdict.pass}${produced.reason ? ` (${produced.reason})` : ''}`);
    }
    if (!mine.verdict.pass) return;
    const gathered = [{ index: me.index, signature: mine.signature }];
    for (const member of committee.members) {
      if (member === me) continue;
      const endpoint = nodes.find((n) => isAddressEqual(n.address, member.id))!.endpoint;
      try {
        const theirs = await fetchVerdict(endpoint, node.address, timeoutMs);
        if (theirs !== undefined && (await isVerdictBy(constants.domain, mine.verdict, theirs, member.id))) gathered.push({ index: member.index, signature: theirs.signature });
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

  /** One seed step at a time (two at once could both write a fresh secret): the timer's and the poll's share it. */
  let seeding: Promise<void> | undefined;
  const seedOnce = (): Promise<void> => {
    seeding ??= (async () => {
      try {
        await seedStep(options.client, constants, options.dataDir, await chainNow(options.client), log);
      } catch (error) {
        log(`seed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      } finally {
        seeding = undefined;
      }
    })();
    return seeding;
  };

  async function poll(): Promise<void> {
    await seedOnce();
    const now = await chainNow(options.client);
    const currentEpoch = now < constants.genesis ? 0n : (now - constants.genesis) / constants.epochLength;
    const nodes = await readRegistryNodes(options.client, { registry: options.registry });
    const pending = nodes.filter((n) => n.role === 'executor' && n.status === 'pending');
    backoff.retain(new Set(pending.map((n) => n.address)));
    await forEachBounded(pending, fetchConcurrency, async (node) => {
      try {
        await judge(nodes, node, currentEpoch);
      } catch (error) {
        if (!isAirtntError(error)) throw error;
        log(`case ${node.address}: ${error.code}: ${error.message.split('\n')[0]}`);
      }
    });
    try {
      const unreachableMs = options.unreachableMs ?? Number(constants.epochLength * 1000n) / 2;
      await reviewStep({ client: options.client, constants, policy: options.policy, timeoutMs, log, served: fetchEvidence, unreachableMs, now: Date.now }, nodes, currentEpoch, reviews);
    } catch (error) {
      log(`reviews: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    try {
      await challengeStep({ client: options.client, constants, policy: options.policy, timeoutMs, log, served: fetchEvidence }, nodes, currentEpoch, verdicts);
    } catch (error) {
      log(`challenges: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    // After judging: pay is never in the way of an admission (a failing read only delays the claim).
    // A verifier not admitted yet holds no slot: it signed nothing, so it has nothing to claim.
    const me = nodes.find((n) => isAddressEqual(n.address, self) && n.role === 'verifier' && n.index !== NO_SLOT);
    try {
      if (me !== undefined) await claimFeesStep(options.client, constants, nodes, self, me.index, fees, log);
    } catch (error) {
      log(`fee: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }

  let stopped = false;
  let waiters: (() => void)[] = [];
  let timer: NodeJS.Timeout | undefined;
  // The seed's own timer: it runs whatever the poll is waiting for.
  const seedTimer = setInterval(() => void seedOnce(), options.pollMs ?? 1_000);
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
      clearInterval(seedTimer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // The poll under way finishes with the store open (a verdict it signs is stored).
      await running;
      await seeding;
      verdicts.close();
    },
  };
}

export type { RegistryConstants };
