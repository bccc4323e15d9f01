/**
 * A requester's executor from the registry (`airtnt run ... --from-registry`, docs/protocol.md
 * "Requesters: --from-registry"): reads the registry, keeps the executors that are candidates of the
 * current epoch and meet the requester's filter (TEE kinds, minimum stake) (an admitted status is enough:
 * the registry admits only with the join committee it draws on chain), gets each one's VRF proof on
 * the task seed from its endpoint (a candidate with no valid proof is left out, said why), ranks them
 * with src/vrf/selection.ts and returns the ranking with the selection document a third party can check
 * (verifySelectionDocument). The requester then runs on rank 0 and fails over in rank order, skipping
 * (and saying why) an executor whose /v1/info is unreachable, names another payee than the node, or
 * serves another enclave (evidence, keys, measurement) than its join committed.
 */
import { getAddress, isAddressEqual, parseEther, type Address, type Hex } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { readCommittedTask, readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { chainNow } from '../chain/time.js';
import { fetchExecutorInfo } from '../node/verify-executor.js';
import { equalBytes, fromHex, toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { isValidProof } from '../vrf/ecvrf.js';
import { MAX_TICKETS, selectTask, taskSeed, type SelectionCandidate } from '../vrf/selection.js';
import { checkCommittedIdentity } from './committed-identity.js';
import { readRegistryConstants } from './read-params.js';
import { commitSelectionTask, DEFAULT_TASK_SALT, filterNotCommitted, taskIdOf, type SelectionFilter } from './task-commitment.js';
import { isCandidate, readRegistryNodes, readStakeAt, TEE_CODES, teeName, type TeeName } from './read-nodes.js';
import { PROOF_INVALID_REASON } from './verify-exclusions.js';
import { fetchVrfProof } from './vrf-client.js';

export type ExecutorFilter = { teeKinds?: readonly TeeName[]; minStake?: bigint; maxPricePerCycle?: bigint };

export type { SelectionFilter };

/** The documented selection (docs/protocol.md): everything needed to recompute the ranking. */
export type SelectionDocument = {
  version: 'airtnt-selection/2';
  chainId: number;
  registry: Address;
  requester: Address;
  epoch: string;
  epochSeed: Hex;
  reveals: string;
  taskId: Hex;
  /** With filter, what taskId commits: taskId = taskIdOf(requester, epoch, salt, filter) (task-commitment.ts). */
  salt: Hex;
  seed: Hex;
  ticket: string;
  maxTickets: string;
  filter: SelectionFilter;
  /** In rank order. */
  candidates: { node: Address; endpoint: string; vrfKey: Hex; stake: string; proof: Hex; beta: Hex; u: string; weight: string }[];
  ranking: Address[];
  /** Registered executors left out of the ranking, and why. */
  excluded: { node: Address; reason: string }[];
};

export type RegistrySelection = {
  document: SelectionDocument;
  /** Endpoints in rank order that passed the pre-run checks: rank 0 first. */
  endpoints: string[];
  /** Candidates skipped at run time, in rank order, and why. */
  skipped: { node: Address; endpoint: string; reason: string }[];
};

export async function selectExecutorFromRegistry(
  client: ChainClient,
  registry: Address,
  filter: ExecutorFilter,
  options: {
    timeoutMs: number;
    log?: (line: string) => void;
    /** The task salt (default DEFAULT_TASK_SALT): the one the id was committed with. */
    salt?: Hex;
    /** The lifetime of the channels the run will open: refused above the registry's MAX_CHANNEL_DURATION. */
    channelSeconds?: number;
  },
): Promise<RegistrySelection> {
  const log = options.log ?? (() => {});
  const salt = options.salt ?? DEFAULT_TASK_SALT;
  const constants = await readRegistryConstants(client, registry);
  // Before a task id is committed: registered executors refuse such channels (CHANNEL_EXPIRES_TOO_LATE).
  if (options.channelSeconds !== undefined && BigInt(options.channelSeconds) > constants.maxChannelDuration) {
    throw new AirtntError('REGISTRY_CHANNEL_TOO_LONG', `channels of ${options.channelSeconds} s run beyond the registry's MAX_CHANNEL_DURATION of ${constants.maxChannelDuration} s`, {
      details: { channelSeconds: options.channelSeconds, maxChannelDuration: constants.maxChannelDuration, registry },
      hint: `open shorter channels: channelSeconds of ${constants.maxChannelDuration} or less (a registered executor's stake is bonded only that long past its channels)`,
    });
  }
  const { epoch, seed: epochSeed, reveals } = await readRegistryEpoch(client, { registry });
  const requester = client.account.address;
  // A stake below MIN_STAKE weighs 0 tickets: it is excluded by the stake reason, never listed unranked.
  const minStake = filter.minStake !== undefined && filter.minStake > constants.minStake ? filter.minStake : constants.minStake;
  // The filter as the document states it, and as the task id commits it (before the seed exists).
  const stated: SelectionFilter = { teeKinds: filter.teeKinds === undefined ? null : [...filter.teeKinds], minStake: minStake.toString() };
  const committed = await readCommittedTask(client, { registry, requester, epoch });
  const expected = taskIdOf(requester, epoch, salt, stated);
  if (committed === undefined || committed !== expected) {
    const next = await readCommittedTask(client, { registry, requester, epoch: epoch + 2n });
    const commit = next === undefined ? await commitSelectionTask(client, { registry, filter: stated, salt }) : undefined;
    const target = commit?.epoch ?? epoch + 2n;
    const from = constants.genesis + target * constants.epochLength;
    const until = from + constants.epochLength;
    const utc = (seconds: bigint) => new Date(Number(seconds) * 1000).toISOString();
    const now = await chainNow(client);
    const window = commitWindow({ target, from, until, chainNow: now, wallNow: BigInt(Math.floor(Date.now() / 1000)) });
    const ahead = `${commit === undefined ? 'one is' : 'one was just'} committed for epoch ${target}, ${window}`;
    if (committed !== undefined) {
      // An id committed with another filter (or salt, or by an older version with a random salt): using
      // this run's filter on it would be choosing the filter after the seed is known.
      throw filterNotCommitted(
        `the task id committed by ${requester} for epoch ${epoch} does not commit this selection's filter`,
        { requester, epoch, salt, filter: stated, taskId: committed, recomputed: expected, committedFor: target.toString() },
        `a task id for a later epoch commits the filter it is given: ${ahead}`,
      );
    }
    throw new AirtntError('SELECTION_TASK_NOT_COMMITTED', `no task id committed by ${requester} for epoch ${epoch}`, {
      details: { requester, epoch, committedFor: target.toString(), committedEpochStarts: utc(from), committedEpochEnds: utc(until), chainTimeNow: utc(now), secondsUntilWindowOpens: (from > now ? from - now : 0n).toString(), windowSeconds: constants.epochLength.toString() },
      hint: `a task id is committed, with the selection's filter, before its epoch's seed exists; ${ahead}: run again during that epoch only, with the same filter`,
    });
  }
  if (reveals === 0n) {
    throw new AirtntError('SELECTION_SEED_UNREVEALED', `no verifier revealed into the seed of epoch ${epoch}: it is predictable`, { details: { epoch }, hint: 'wait for an epoch whose seed has at least one reveal' });
  }
  const nodes = await readRegistryNodes(client, { registry });
  const excluded: SelectionDocument['excluded'] = [];
  const proven: (SelectionCandidate & { endpoint: string })[] = [];
  const seed = fromHex(epochSeed, 32, 'epochSeed');
  const taskSeedBytes = taskSeed(seed, fromHex(committed, 32, 'taskId'));
  for (const node of nodes.filter((n) => n.role === 'executor')) {
    if (!isCandidate(node, epoch)) {
      excluded.push({ node: node.address, reason: `not a candidate of epoch ${epoch} (${node.status}, active from ${node.activeEpoch})` });
      continue;
    }
    const tee = teeName(node.tee);
    if (filter.teeKinds !== undefined && !filter.teeKinds.includes(tee as TeeName)) {
      excluded.push({ node: node.address, reason: `TEE kind ${tee} not accepted` });
      continue;
    }
    const stake = await readStakeAt(client, registry, node.address, epoch);
    if (stake < minStake) {
      excluded.push({ node: node.address, reason: `stake ${stake} below the minimum ${minStake}` });
      continue;
    }
    const vrfKey = fromHex(node.vrfKey, 32, 'vrfKey');
    try {
      const answer = await fetchVrfProof(node.endpoint, taskSeedBytes, options.timeoutMs);
      if (!equalBytes(answer.publicKey, vrfKey) || !isValidProof(vrfKey, taskSeedBytes, answer.proof)) {
        excluded.push({ node: node.address, reason: PROOF_INVALID_REASON });
        continue;
      }
      proven.push({ id: node.address, vrfKey, stake, proof: answer.proof, endpoint: node.endpoint });
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      excluded.push({ node: node.address, reason: `no VRF proof (${error.code})` });
    }
  }
  const selection = selectTask({ epoch, epochSeed: seed, committedTaskId: fromHex(committed, 32, 'taskId'), taskId: fromHex(committed, 32, 'taskId'), executors: proven, verifiers: [], ticket: constants.minStake });
  const endpointOf = new Map(proven.map((p) => [p.id, p.endpoint]));
  const committedOf = new Map(nodes.map((n) => [n.address as string, n]));
  const document: SelectionDocument = {
    version: 'airtnt-selection/2',
    chainId: client.chain.id,
    registry,
    requester,
    epoch: epoch.toString(),
    epochSeed,
    reveals: reveals.toString(),
    taskId: committed,
    salt,
    seed: toHex(selection.seed),
    ticket: constants.minStake.toString(),
    maxTickets: MAX_TICKETS.toString(),
    filter: stated,
    candidates: selection.executors.map((c) => ({ node: c.id as Address, endpoint: endpointOf.get(c.id)!, vrfKey: toHex(c.vrfKey), stake: c.stake.toString(), proof: toHex(c.proof), beta: toHex(c.beta), u: c.u.toString(), weight: c.weight.toString() })),
    ranking: selection.executors.map((c) => c.id as Address),
    excluded,
  };
  const endpoints: string[] = [];
  const skipped: RegistrySelection['skipped'] = [];
  for (const candidate of document.candidates) {
    try {
      const { info } = await fetchExecutorInfo(candidate.endpoint, options.timeoutMs);
      if (!isAddressEqual(info.executor, candidate.node)) throw new AirtntError('REGISTRY_ACCOUNT_MISMATCH', `its /v1/info names payee ${info.executor}, not the registered node`);
      // The enclave the verifiers admitted is the one its join committed, not whatever it serves now.
      checkCommittedIdentity(committedOf.get(candidate.node)!, info.enclave);
      if (filter.maxPricePerCycle !== undefined && info.pricePerCycle > filter.maxPricePerCycle) throw new AirtntError('EXECUTOR_TOO_EXPENSIVE', `it asks ${info.pricePerCycle} wei per cycle`);
      endpoints.push(candidate.endpoint);
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      const reason = `${error.code}: ${error.message.split('\n')[0]}`;
      skipped.push({ node: candidate.node, endpoint: candidate.endpoint, reason });
      log(`registry: skipping rank ${document.ranking.indexOf(candidate.node)} ${candidate.node} at ${candidate.endpoint}: ${reason}`);
    }
  }
  if (endpoints.length === 0) {
    throw new AirtntError('SELECTION_NO_EXECUTOR', 'no selected executor of the registry can be used', { details: { candidates: document.ranking.length, excluded, skipped }, hint: 'relax the filter (TEE kinds, minimum stake, price) or try in a later epoch' });
  }
  return { document, endpoints, skipped };
}

/**
 * When the epoch a task id is committed for runs, in chain time (the registry's epochs count the
 * chain's block timestamps, which a development chain can move ahead of the wall clock): seconds from
 * now and its length, the chain's time, and the same window on this machine's clock.
 */
export function commitWindow(at: { target: bigint; from: bigint; until: bigint; chainNow: bigint; wallNow: bigint }): string {
  const utc = (seconds: bigint) => new Date(Number(seconds) * 1000).toISOString();
  const opensIn = at.from > at.chainNow ? at.from - at.chainNow : 0n;
  const skew = at.chainNow - at.wallNow;
  const clocks = skew > 2n || skew < -2n ? `, ${skew > 0n ? skew : -skew} s ${skew > 0n ? 'ahead of' : 'behind'} this machine's clock` : '';
  const opens = opensIn === 0n ? 'which is open now' : `which opens in ${opensIn} s of chain time`;
  return `${opens} and lasts ${at.until - at.from} s (chain time ${utc(at.from)} to ${utc(at.until)}; the chain's clock reads ${utc(at.chainNow)}${clocks}; by this machine's clock from ${utc(at.from - skew)} to ${utc(at.until - skew)})`;
}

/**
 * For `airtnt run ... --from-registry ADDRESS`: selects, writes the ranked endpoints into
 * options.executor (rank 0 first: the run fails over in that order) and returns the selection; without
 * the flag, checks that --executor was given and returns undefined.
 */
export async function executorsFromRegistry(
  client: ChainClient,
  options: { executor?: string[]; fromRegistry?: string; minStake?: string; channelSeconds?: number },
  policy: { allowedKinds: readonly string[] },
): Promise<RegistrySelection | undefined> {
  if (options.fromRegistry === undefined) {
    if (options.executor === undefined || options.executor.length === 0) {
      throw new AirtntError('INVALID_OPTION', 'name the executors: --executor URL (repeatable) or --from-registry ADDRESS');
    }
    return undefined;
  }
  if (options.executor !== undefined && options.executor.length > 0) throw new AirtntError('INVALID_OPTION', '--executor and --from-registry exclude each other');
  if (!/^0x[0-9a-fA-F]{40}$/.test(options.fromRegistry)) throw new AirtntError('INVALID_OPTION', `--from-registry: expected an address, got "${options.fromRegistry}"`);
  if (options.minStake !== undefined && !/^\d{1,12}(\.\d{1,18})?$/.test(options.minStake)) throw new AirtntError('INVALID_OPTION', `--min-stake: expected ETH, got "${options.minStake}"`);
  const filter: ExecutorFilter = {
    teeKinds: policy.allowedKinds.filter((kind): kind is TeeName => kind in TEE_CODES),
    ...(options.minStake === undefined ? {} : { minStake: parseEther(options.minStake) }),
  };
  const selection = await selectExecutorFromRegistry(client, getAddress(options.fromRegistry), filter, { timeoutMs: 10_000, log: (line) => process.stderr.write(`${line}\n`), ...(options.channelSeconds === undefined ? {} : { channelSeconds: options.channelSeconds }) });
  for (const e of selection.document.excluded) process.stderr.write(`registry: left out ${e.node}: ${e.reason}\n`);
  process.stderr.write(`registry: epoch ${selection.document.epoch}, task ${selection.document.taskId.slice(0, 18)}: rank 0 is ${selection.document.ranking[0]}; running on ${selection.endpoints[0]} (${selection.endpoints.length - 1} standing by)\n`);
  options.executor = selection.endpoints;
  return selection;
}
