/**
 * One executor's part of a requester's run: verify its evidence and terms, size the chunk of cycles
 * the deposit and the budget cover, open or reuse a channel, and run one session over it round by
 * round (src/node/session-client.ts), reporting each round. A failure ends this executor's part; the
 * run (requester.ts) decides whether another executor continues.
 */
import type { Hex } from 'viem';
import { OWNER_CIPHERTEXT_OVERHEAD } from '../protocol/owner-data.js';
import type { DiffCodecs } from '../protocol/payload.js';
import { AirtntError, isAirtntError, isRemoteRefusal } from '../util/errors.js';
import type { RequesterFaults } from './faults.js';
import { offerModuleRetryingBusy } from './module-offer.js';
import { ownersForRun } from './owner-releases.js';
import { ensureChannel } from './requester-channels.js';
import type { RunLimits } from './requester-limits.js';
import type { RequesterStore, RunRow } from './requester-store.js';
import type { Job, RequesterOptions, RunResult, SessionSummary } from './requester-types.js';
import { paidSoFar, roundProgress, type Progress } from './run-progress.js';
import { KeyFromChainError, SessionClient } from './session-client.js';
import { emptyRoundPhases, type RoundOutcome, type RoundPhaseTimes, type SessionTimeouts } from './session-context.js';
import { DEFAULT_CHANNEL_SECONDS, verifyKnownExecutor, type VerifiedExecutor } from './verify-executor.js';
import { poolChannelUsed, poolOf } from './pool-session-parts.js';
import { resumePool, resumesStored } from './pool-resume.js';
import { checkRegisteredRecordKey } from '../registry/committed-identity.js';

/** What the run lends each executor's part. */
export type RunContext = {
  options: RequesterOptions;
  store: RequesterStore;
  codecs: DiffCodecs;
  timeouts: SessionTimeouts & { infoMs: number };
  log(line: string): void;
  faults: RequesterFaults | undefined;
};

/** Errors of a round that failed in the enclave after it started: the executor marks the channel as owing it. */
const FAILED_ROUND_CODES = new Set([
  'FUNCTION_TIMEOUT', 'FUNCTION_TRAPPED', 'FUNCTION_OUT_OF_MEMORY', 'FUNCTION_WORK_EXHAUSTED', 'FUNCTION_CRASHED',
  'FUNCTION_INVALID_RESULT', 'INVALID_FUNCTION', 'STATE_TOO_LARGE', 'OUTPUT_TOO_LARGE',
]);

/** Runs as much of `run` on the executor at `url` as its deposit and the budget cover; adds to `result`. */
export async function runOnExecutor(rc: RunContext, url: string, run: RunRow, job: Job, progress: Progress, result: RunResult, limits: RunLimits): Promise<void> {
  const { options, store } = rc;
  const setupStarted = performance.now();
  const maxSpend = limits.maxSpend;
  const channelSeconds = options.channelSeconds ?? DEFAULT_CHANNEL_SECONDS;
  const verifyOptions = {
    chain: options.chain,
    policy: options.policy,
    functionMeasurement: run.functionMeasurement,
    ...(options.token === undefined ? {} : { token: options.token }),
    maxPricePerCycle: limits.maxPricePerCycle,
    channelSeconds,
    maxDeposit: limits.maxDeposit,
    decimals: limits.decimals,
    ...(options.tlsCa === undefined ? {} : { tlsCa: options.tlsCa }),
    ...(moduleBytesOf(job) === undefined ? {} : { moduleBytes: moduleBytesOf(job) }),
    // An executor this requester verified before: its evidence's verdict is taken again while it holds.
    verdicts: store.verdicts,
    infos: store.infos,
  };
  const verify = (member: string) => verifyKnownExecutor(member, verifyOptions, rc.timeouts.infoMs);
  // A pool run left by an earlier invocation resumes in its stored view with its stored members (pool-resume.ts).
  const stored = options.pool === undefined ? undefined : store.pool.lastOfRun(run.runId);
  const resumed = options.pool !== undefined && resumesStored(stored, options.pool.contract) ? await resumePool(options.chain, stored, options.pool, verify, rc.timeouts.connectMs, rc.log) : undefined;
  const executor = resumed?.executor ?? (await verify(url));
  // Drawn from a registry: its rounds' RoundRecord claims must be slashable by the registered key.
  if (options.registry !== undefined) await checkRegisteredRecordKey(options.chain, options.registry, executor.info);
  // A pool (options.pool): every standby verified as the executor is; the channel is the pool's, on AirtntPools.
  const pool = resumed?.pool ?? (options.pool === undefined ? undefined : await poolOf(options.chain, options.pool, executor, verify, rc.timeouts.connectMs, rc.log));
  if (pool !== undefined) {
    result.pool = { members: pool.verified.map((member) => member.url), view: pool.runView, executor: executor.url, ...(resumed === undefined ? {} : { resumedInView: resumed.view, storedView: resumed.storedView }) };
  }
  result.infoBytes += executor.infoBytes.sent + executor.infoBytes.received;
  result.insecure ||= executor.info.insecure;
  const price = pool?.rate ?? executor.pricePerCycle;
  const remaining = run.totalCycles - progress.cyclesDone;
  const spent = store.run(run.runId)!.spent;
  const budgetLeft = maxSpend - spent;
  const chunk = Math.min(remaining, options.depositRounds === undefined ? remaining : options.depositRounds * run.perRound, cyclesWithin(budgetLeft, price, remaining));
  if (chunk < 1) {
    throw new AirtntError('SPEND_LIMIT_REACHED', `the run has spent ${limits.describe(spent)} of its budget of ${limits.describe(maxSpend)} (maxSpend, over all its invocations)`, {
      details: { maxSpend, spent, price, cyclesLeft: remaining },
      hint: 'run the same job again with a larger maxSpend: the paid state so far is kept',
    });
  }
  if (job.owners !== undefined && (chunk < remaining || progress.cyclesDone > 0)) {
    throw new AirtntError('OWNER_OPENING_INVALID', 'an owners\' run must complete in one session on one executor', {
      details: { cyclesLeft: remaining, chunk, cyclesDone: progress.cyclesDone },
      hint: 'the requester cannot re-seal a state it cannot read: raise the deposit (depositRounds) and the spending limit (maxSpend) to cover every cycle',
    });
  }
  // Before the channel: the executor's enclave must hold the function (sent sealed to it if not).
  if (job.module !== undefined && !executor.info.functions.includes(run.functionMeasurement.replace(/^0x/, ''))) {
    // A busy executor (its module checks full) is tried again for a while before the run moves on.
    const offer = await offerModuleRetryingBusy(executor, job.module, job.functionMeasurement, rc.timeouts);
    if (offer.sent) result.modulesSent += 1;
    result.bytesSent += offer.bytes.sent;
    result.bytesReceived += offer.bytes.received;
  }
  const { channel, base } = await ensureChannel(pool?.chain ?? options.chain, store, {
    executor: pool?.address ?? executor.info.executor,
    token: options.token,
    // A pool member collects at most deposit / members: each gets the chunk's whole price, so any one can run it all.
    needed: price * BigInt(chunk) * BigInt(pool?.members.length ?? 1),
    ...(pool === undefined ? {} : { freshOnly: true, pool: true }),
    minDeposit: executor.info.minDeposit,
    minSeconds: executor.info.limits.minChannelSeconds,
    channelSeconds,
  }, rc.faults);
  const owners = job.owners === undefined ? undefined : await ownersForRun({
    owners: job.owners,
    chain: options.chain,
    executor,
    functionMeasurement: job.functionMeasurement,
    timeoutMs: rc.timeouts.infoMs,
    // Durable before the opening that makes the enclave seal every result under it is sent.
    onResultSecret: (results) => store.setSessionResults(results.sessionId as Hex, { recipient: results.recipient as Hex, sealedResultSecret: results.sealedResultSecret as Hex }),
  });
  const session = new SessionClient(
    {
      chain: options.chain, store, codecs: rc.codecs, timeouts: rc.timeouts, log: rc.log,
      ...(rc.faults === undefined ? {} : { faults: rc.faults }),
      ...(options.registry === undefined ? {} : { registry: { chainId: options.chain.chain.id, verifyingContract: options.registry } }),
    },
    {
      runId: run.runId, executor, channel, base, functionMeasurement: job.functionMeasurement, firstRound: progress.nextRound,
      // An owners' run has one session: its state is the data owner's (encrypted) data.
      state: job.owners === undefined ? progress.state : job.initialState,
      spendLimit: maxSpend,
      ...(owners === undefined ? {} : { owners: owners.forSession }),
      ...(pool === undefined ? {} : { pool }),
    },
  );
  if (pool !== undefined && base !== 0n) throw poolChannelUsed(channel.channelId, base);
  let summary: SessionSummary = { url: resumed === undefined ? url : executor.url, executor: executor.info.executor, sessionId: session.sessionIdHex, firstRound: progress.nextRound, rounds: 0, bytesSent: 0, bytesReceived: 0, endReason: 'open', ...(pool === undefined ? {} : { view: pool.runView }) };
  result.sessions.push(summary);
  // A pool's view change ends the view's entry and opens one for the member that continues from `firstRound`.
  const followView = (firstRound: bigint) => {
    if (pool === undefined || pool.runView === summary.view) return;
    const failed = summary;
    failed.endReason = 'view change';
    const next = pool.executor;
    result.failures.push({ url: failed.url, code: 'POOL_EXECUTOR_FAILED', message: `the executor of view ${failed.view} stopped answering after ${failed.rounds} rounds: view ${pool.runView} continues on ${next.url}` });
    summary = { url: next.url, executor: next.info.executor, sessionId: session.sessionIdHex, firstRound, rounds: 0, bytesSent: 0, bytesReceived: 0, endReason: 'open', view: pool.runView };
    result.pool = { ...result.pool!, view: pool.runView, executor: next.url };
    result.sessions.push(summary);
  };
  // The paid state moved to another member: counted as a transfer once the new view runs a round.
  const countRound = () => {
    if (pool !== undefined && isPoolTransfer(result.sessions[result.sessions.length - 2], summary)) result.transfers += 1;
    summary.rounds += 1;
  };
  // A pool's round is reported with the member that ran it (the executor of the view its result came from).
  let ranOn = executor.url;
  const report = (outcome: RoundOutcome, cyclesDone: number, paid: bigint) =>
    options.onProgress?.(roundProgress(store, run, { executorUrl: ranOn, outcome, cyclesDone, paid, token: options.token }));
  let cyclesDone = progress.cyclesDone;
  let endReason = 'complete';
  let sessionPaid = 0n;
  // The session's cycles are signed at open (the schedule): rounds of perRound up to `chunk`,
  // which is what the deposit and the budget cover.
  let asked = Math.min(run.perRound, chunk);
  let askedTotal = asked;
  try {
    await session.open(asked, chunk);
    result.timings.setupMs += performance.now() - setupStarted;
    for (;;) {
      const roundStarted = performance.now();
      const { round, cyclesDone: d, terms } = await session.receiveResult();
      // The executor died before this result: the member of the new view ran the round.
      followView(round);
      ranOn = pool?.executor.url ?? executor.url;
      const terminated = d < asked;
      // Past the chunk (what the deposit and the budget cover) the session ends; the next one tops up.
      const nextCycles = terminated ? 0 : Math.min(run.perRound, chunk - askedTotal);
      await session.pay(nextCycles);
      sessionPaid = pool?.totalSigned ?? terms.amount - base;
      asked = nextCycles;
      askedTotal += nextCycles;
      let outcome: RoundOutcome;
      try {
        outcome = await session.receiveKey();
      } catch (error) {
        if (error instanceof KeyFromChainError) report(error.outcome, (cyclesDone += error.outcome.cyclesDone), paidSoFar(result) + sessionPaid);
        throw error;
      }
      cyclesDone += outcome.cyclesDone;
      countRound();
      result.timings.roundMs.push(performance.now() - roundStarted);
      report(outcome, cyclesDone, paidSoFar(result) + sessionPaid);
      // The executor died after payment: a standby released this round's key; the next view runs the next round.
      followView(round + 1n);
      if (nextCycles === 0) break;
    }
  } catch (error) {
    endReason = isAirtntError(error) ? error.code : 'error';
    // A round that failed in the enclave marks the channel on the executor as an unpaid one does
    // (docs/protocol.md, "Failed rounds"): skip it from now on rather than be refused on it.
    if (isRemoteRefusal(error) && (error.remoteCode === 'CHANNEL_HAS_UNPAID_ROUND' || FAILED_ROUND_CODES.has(error.remoteCode))) {
      store.markChannelRefused(channel.channelId, Date.now());
    }
    throw error;
  } finally {
    const bytes = await session.finish(endReason);
    // Standbys found dead by their pings during the session (logged as they were found).
    for (const dead of pool?.takeDeadStandbys() ?? []) result.failures.push(dead);
    // The session's sockets (a pool's: to every member) are counted once, on its last view's entry.
    summary.bytesSent = bytes.sent;
    summary.bytesReceived = bytes.received;
    summary.endReason = endReason;
    result.bytesSent += bytes.sent;
    result.bytesReceived += bytes.received;
    const phases = (result.timings.phases ??= emptyRoundPhases());
    for (const [name, ms] of Object.entries(session.phases) as [keyof RoundPhaseTimes, number][]) phases[name] += ms;
    if (pool === undefined) addPaid(result, executor, sessionPaid);
    else for (const { member, amount } of pool.signedByMember()) if (amount > 0n) addPaid(result, member, amount);
  }
}

/**
 * The size of the module that travels with the job: the requester's own module (offered before the
 * channel), or a code owner's encrypted module, which travels in the session opening and is opened
 * in the enclave (docs/functions.md). Its plaintext size (the ciphertext less its fixed overhead) is
 * what the executor's accept policy and size limit are checked against before anything is opened.
 */
function moduleBytesOf(job: Job): number | undefined {
  if (job.module !== undefined) return job.module.length;
  const encrypted = job.owners?.encryptedModule;
  return encrypted === undefined ? undefined : Math.max(0, encrypted.length - OWNER_CIPHERTEXT_OVERHEAD);
}

/** How many cycles `amount` pays for at `price`, at most `cap` (a free executor: `cap`). */
function cyclesWithin(amount: bigint, price: bigint, cap: number): number {
  if (amount <= 0n) return 0;
  if (price === 0n) return cap;
  const cycles = amount / price;
  return cycles > BigInt(cap) ? cap : Number(cycles);
}

function addPaid(result: RunResult, executor: VerifiedExecutor, amount: bigint): void {
  const entry = result.paid.find((p) => p.url === executor.url && p.executor === executor.info.executor);
  if (entry !== undefined) entry.amount += amount;
  else result.paid.push({ executor: executor.info.executor, url: executor.url, amount });
}

/**
 * Whether the round about to be counted on `current` (a pool view's entry) makes a transfer: it is the
 * first round of a view that follows a view change in the same session. The session's state moved to
 * another member whether or not the failed view had run rounds (it may have failed before its first
 * result); a view that fails in turn before running anything is not counted.
 */
export function isPoolTransfer(previous: SessionSummary | undefined, current: SessionSummary): boolean {
  return current.rounds === 0 && previous !== undefined && previous.sessionId === current.sessionId && previous.endReason === 'view change';
}
