/**
 * The requester client (library): runs a function over many paid rounds on one or more executors.
 * Per executor it verifies the evidence against the policy, opens or reuses a channel, and runs a
 * session (src/node/session-client.ts). If the executor stops answering or misbehaves, the run
 * continues on the next executor from the last paid state (new session, state sealed to the new
 * enclave, firstRound = next round). Runs are keyed by what they compute and resume after a crash.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { join } from 'node:path';
import { zeroAddress } from 'viem';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';
import type { DiffCodecs } from '../protocol/payload.js';
import { concatBytes, toHex, u64be } from '../util/bytes.js';
import { AirtntError, isAirtntError, isRemoteRefusal } from '../util/errors.js';
import { settleOutstandingPayments, type PaymentWait } from './outstanding-payments.js';
import { ensureChannel, recoverKeys, refundExpiredChannels, type RecoveryReport } from './requester-channels.js';
import { checkRequesterOptions, resolveRunLimits, type RunLimits } from './requester-limits.js';
import { RequesterStore, type RunRow } from './requester-store.js';
import { KeyFromChainError, SessionClient, type RoundOutcome, type SessionTimeouts } from './session-client.js';
import type { Job, RequesterOptions, RunResult, SessionSummary } from './requester-types.js';
import { DEFAULT_CHANNEL_SECONDS, verifyExecutor, type VerifiedExecutor } from './verify-executor.js';

export type { Job, RequesterOptions, RunProgress, RunResult, SessionSummary } from './requester-types.js';

const DEFAULT_TIMEOUTS: SessionTimeouts & { infoMs: number; withheldKeyPollMs: number } = {
  infoMs: 5_000,
  connectMs: 5_000,
  resultMs: 60_000,
  keyMs: 10_000,
  keyFromChainMs: 15_000,
  chainPollMs: 200,
  // A wait for a withheld key can last until the channel expires (an hour by default): a few chain
  // reads per block time are enough.
  withheldKeyPollMs: 3_000,
};

type Progress = { nextRound: bigint; state: Uint8Array; cyclesDone: number; rounds: number; terminated: boolean; outputs: Uint8Array[] };

export class Requester {
  readonly store: RequesterStore;
  private readonly timeouts: SessionTimeouts & { infoMs: number; withheldKeyPollMs: number };
  private readonly codecs: DiffCodecs;
  private readonly log: (line: string) => void;

  constructor(private readonly options: RequesterOptions) {
    checkRequesterOptions(options);
    this.store = new RequesterStore(join(options.dataDir, 'requester.sqlite'));
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.codecs = options.codecs ?? ALL_DIFF_CODECS;
    this.log = options.log ?? (() => undefined);
  }

  close(): void {
    this.store.close();
  }

  /** Runs (or resumes) a job to the end. */
  async run(job: Job): Promise<RunResult> {
    checkJob(job);
    const started = performance.now();
    const run = this.store.ensureRun({ runId: runIdOf(job), functionMeasurement: toHex(job.functionMeasurement), initialState: job.initialState, totalCycles: job.totalCycles, perRound: job.perRound }, Date.now());
    const limits = await resolveRunLimits(this.options.chain, this.store, run, this.options, this.log);
    await recoverKeys(this.options.chain, this.store, this.codecs, { runId: run.runId });
    const result: RunResult = {
      runId: run.runId,
      finalState: job.initialState,
      outputs: [],
      rounds: 0,
      cyclesDone: 0,
      terminated: false,
      transfers: 0,
      paid: [],
      runSpent: this.store.run(run.runId)!.spent,
      maxSpend: limits.maxSpend,
      token: limits.token,
      waits: [],
      bytesSent: 0,
      bytesReceived: 0,
      infoBytes: 0,
      timings: { totalMs: 0, setupMs: 0, roundMs: [] },
      sessions: [],
      insecure: false,
      failures: [],
    };
    let progress = this.progressOf(run);
    let index = 0;
    const retriedOnNewChannel = new Set<string>();
    let lastExecutor: string | undefined;
    while (!done(run, progress)) {
      const url = job.executors[index];
      if (url === undefined) throw this.stalled(job, result);
      // Before paying for the next round anywhere: no earlier payment for it may still be collectable.
      result.waits.push(...(await this.settle(run)));
      progress = this.progressOf(run);
      if (done(run, progress)) break;
      if (lastExecutor !== undefined && lastExecutor !== url) result.transfers += 1;
      lastExecutor = url;
      try {
        await this.runOnExecutor(url, run, job, progress, result, limits);
      } catch (error) {
        // The budget is the requester's own limit, not a fault of this executor: another would not help.
        if (isAirtntError(error, 'SPEND_LIMIT_REACHED')) {
          result.runSpent = this.store.run(run.runId)!.spent;
          throw error;
        }
        const code = isAirtntError(error) ? error.code : 'INTERNAL_ERROR';
        result.failures.push({ url, code, message: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
        this.log(`executor ${url} failed: ${code}`);
        if (!isAirtntError(error)) throw error;
        // The channel carries an unpaid round from an earlier session and is now marked refused:
        // one more try on this executor opens another channel.
        if (isRemoteRefusal(error, 'CHANNEL_HAS_UNPAID_ROUND') && !retriedOnNewChannel.has(url)) {
          retriedOnNewChannel.add(url);
          continue;
        }
        index += 1;
      }
      progress = this.progressOf(run);
    }
    this.store.finishRun(run.runId, Date.now());
    result.runSpent = this.store.run(run.runId)!.spent;
    result.finalState = progress.state;
    result.outputs = progress.outputs;
    result.rounds = progress.rounds;
    result.cyclesDone = progress.cyclesDone;
    result.terminated = progress.terminated;
    result.timings.totalMs = performance.now() - started;
    return result;
  }

  /** Takes withheld keys from the chain and refunds expired channels. */
  async recover(): Promise<RecoveryReport> {
    const keys = await recoverKeys(this.options.chain, this.store, this.codecs);
    const refunded = await refundExpiredChannels(this.options.chain, this.store);
    return { ...keys, refunded };
  }

  /** Waits for withheld keys of rounds the run is about to pay for (see outstanding-payments.ts). */
  private settle(run: RunRow): Promise<PaymentWait[]> {
    return settleOutstandingPayments(
      {
        chain: this.options.chain,
        store: this.store,
        codecs: this.codecs,
        pollMs: this.timeouts.withheldKeyPollMs,
        allowDoublePayment: this.options.allowDoublePayment ?? false,
        log: this.log,
        ...(this.options.onWait === undefined ? {} : { onWait: this.options.onWait }),
      },
      run.runId,
      () => this.progressOf(run).nextRound,
    );
  }

  private async runOnExecutor(url: string, run: RunRow, job: Job, progress: Progress, result: RunResult, limits: RunLimits): Promise<void> {
    const setupStarted = performance.now();
    const maxSpend = limits.maxSpend;
    const channelSeconds = this.options.channelSeconds ?? DEFAULT_CHANNEL_SECONDS;
    const executor = await verifyExecutor(
      url,
      {
        chain: this.options.chain,
        policy: this.options.policy,
        functionMeasurement: run.functionMeasurement,
        ...(this.options.token === undefined ? {} : { token: this.options.token }),
        maxPricePerCycle: limits.maxPricePerCycle,
        channelSeconds,
        maxDeposit: limits.maxDeposit,
        decimals: limits.decimals,
        ...(this.options.tlsCa === undefined ? {} : { tlsCa: this.options.tlsCa }),
      },
      this.timeouts.infoMs,
    );
    result.infoBytes += executor.infoBytes.sent + executor.infoBytes.received;
    result.insecure ||= executor.info.insecure;
    const price = executor.pricePerCycle;
    const remaining = run.totalCycles - progress.cyclesDone;
    const spent = this.store.run(run.runId)!.spent;
    const budgetLeft = maxSpend - spent;
    const chunk = Math.min(remaining, this.options.depositRounds === undefined ? remaining : this.options.depositRounds * run.perRound, cyclesWithin(budgetLeft, price, remaining));
    if (chunk < 1) {
      throw new AirtntError('SPEND_LIMIT_REACHED', `the run has spent ${limits.describe(spent)} of its budget of ${limits.describe(maxSpend)} (maxSpend, over all its invocations)`, {
        details: { maxSpend, spent, price, cyclesLeft: remaining },
        hint: 'run the same job again with a larger maxSpend: the paid state so far is kept',
      });
    }
    const { channel, base } = await ensureChannel(this.options.chain, this.store, {
      executor: executor.info.executor,
      token: this.options.token,
      needed: price * BigInt(chunk),
      minDeposit: executor.info.minDeposit,
      minSeconds: executor.info.limits.minChannelSeconds,
      channelSeconds,
    });
    const session = new SessionClient(
      { chain: this.options.chain, store: this.store, codecs: this.codecs, timeouts: this.timeouts, log: this.log },
      { runId: run.runId, executor, channel, base, functionMeasurement: job.functionMeasurement, firstRound: progress.nextRound, state: progress.state, spendLimit: maxSpend },
    );
    const summary: SessionSummary = { url, executor: executor.info.executor, sessionId: session.sessionIdHex, firstRound: progress.nextRound, rounds: 0, bytesSent: 0, bytesReceived: 0, endReason: 'open' };
    result.sessions.push(summary);
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
        const { cyclesDone: d, terms } = await session.receiveResult();
        const terminated = d < asked;
        // Past the chunk (what the deposit and the budget cover) the session ends; the next one tops up.
        const nextCycles = terminated ? 0 : Math.min(run.perRound, chunk - askedTotal);
        await session.pay(nextCycles);
        sessionPaid = terms.amount - base;
        asked = nextCycles;
        askedTotal += nextCycles;
        let outcome: RoundOutcome;
        try {
          outcome = await session.receiveKey();
        } catch (error) {
          if (error instanceof KeyFromChainError) this.reportRound(run, executor, error.outcome, (cyclesDone += error.outcome.cyclesDone), paidSoFar(result) + sessionPaid);
          throw error;
        }
        cyclesDone += outcome.cyclesDone;
        summary.rounds += 1;
        result.timings.roundMs.push(performance.now() - roundStarted);
        this.reportRound(run, executor, outcome, cyclesDone, paidSoFar(result) + sessionPaid);
        if (nextCycles === 0) break;
      }
    } catch (error) {
      endReason = isAirtntError(error) ? error.code : 'error';
      // A round that failed in the enclave marks the channel on the executor as an unpaid one does
      // (docs/protocol.md, "Failed rounds"): skip it from now on rather than be refused on it.
      if (isRemoteRefusal(error) && (error.remoteCode === 'CHANNEL_HAS_UNPAID_ROUND' || marksChannel(error.remoteCode))) {
        this.store.markChannelRefused(channel.channelId, Date.now());
      }
      throw error;
    } finally {
      const bytes = await session.finish(endReason);
      summary.bytesSent = bytes.sent;
      summary.bytesReceived = bytes.received;
      summary.endReason = endReason;
      result.bytesSent += bytes.sent;
      result.bytesReceived += bytes.received;
      addPaid(result, executor, sessionPaid);
    }
  }

  private reportRound(run: RunRow, executor: VerifiedExecutor, outcome: RoundOutcome, cyclesDone: number, paid: bigint): void {
    this.options.onProgress?.({
      runId: run.runId,
      round: outcome.round,
      rounds: Number(outcome.round) + 1,
      totalRounds: Math.ceil(run.totalCycles / run.perRound),
      cyclesDone,
      totalCycles: run.totalCycles,
      paid,
      runSpent: this.store.run(run.runId)!.spent,
      executor: executor.url,
      keyFrom: outcome.keyFrom,
      state: outcome.state,
      token: this.options.token ?? zeroAddress,
    });
  }

  /** Where a run stands, from the store alone: the last keyed state and what follows it. */
  private progressOf(run: RunRow): Progress {
    const keyed = this.store.keyedRounds(run.runId);
    let state = run.initialState;
    let cyclesDone = 0;
    let terminated = false;
    const outputs: Uint8Array[] = [];
    let nextRound = 0n;
    for (const round of keyed) {
      if (round.round !== nextRound) break; // only a gapless prefix counts
      state = round.state!;
      cyclesDone += round.cyclesDone;
      outputs.push(...(round.outputs ?? []));
      terminated ||= round.cyclesDone < round.cyclesAsked;
      nextRound += 1n;
    }
    return { nextRound, state, cyclesDone, rounds: Number(nextRound), terminated, outputs };
  }

  private stalled(job: Job, result: RunResult): AirtntError {
    const last = result.failures[result.failures.length - 1];
    const lastText = last === undefined ? '' : ` (last: ${last.code}: ${last.message})`;
    const spent = this.store.run(result.runId)?.spent ?? 0n;
    return new AirtntError('RUN_STALLED', `no executor could continue the run${lastText}`, {
      details: { executors: job.executors, failures: result.failures, lastCode: last?.code ?? null, spent },
      hint: spent > 0n
        ? 'what was paid so far is stored: run the same job again with other executors to resume, or recover keys and refunds (Requester.recover)'
        : 'nothing was paid: check the executor URLs and that they meet your policy (a development executor needs allowSimulated), then run again',
    });
  }
}

/** Runs one job with a fresh Requester and closes it. */
export async function runSession(options: RequesterOptions & { job: Job }): Promise<RunResult> {
  const requester = new Requester(options);
  try {
    return await requester.run(options.job);
  } finally {
    requester.close();
  }
}

/** A run is named by what it computes, so running the same job again resumes it. */
export function runIdOf(job: Pick<Job, 'functionMeasurement' | 'initialState' | 'totalCycles' | 'perRound'>): string {
  return toHex(sha256(concatBytes(job.functionMeasurement, u64be(job.totalCycles), u64be(job.perRound), job.initialState))).slice(2);
}

function done(run: RunRow, progress: Progress): boolean {
  return progress.terminated || progress.cyclesDone >= run.totalCycles;
}

/** How many cycles `amount` pays for at `price`, at most `cap` (a free executor: `cap`). */
function cyclesWithin(amount: bigint, price: bigint, cap: number): number {
  if (amount <= 0n) return 0;
  if (price === 0n) return cap;
  const cycles = amount / price;
  return cycles > BigInt(cap) ? cap : Number(cycles);
}

function paidSoFar(result: RunResult): bigint {
  return result.paid.reduce((sum, p) => sum + p.amount, 0n);
}

function addPaid(result: RunResult, executor: VerifiedExecutor, amount: bigint): void {
  const entry = result.paid.find((p) => p.url === executor.url && p.executor === executor.info.executor);
  if (entry !== undefined) entry.amount += amount;
  else result.paid.push({ executor: executor.info.executor, url: executor.url, amount });
}

function checkJob(job: Job): void {
  const problems: string[] = [];
  if (!(job.functionMeasurement instanceof Uint8Array) || job.functionMeasurement.length !== 32) problems.push('functionMeasurement must be 32 bytes');
  if (!Number.isSafeInteger(job.totalCycles) || job.totalCycles < 1) problems.push('totalCycles must be a positive integer');
  if (!Number.isSafeInteger(job.perRound) || job.perRound < 1 || job.perRound > 0xffff_ffff) problems.push('perRound must be an integer in [1, 2^32-1]');
  if (job.executors.length === 0) problems.push('at least one executor URL is needed');
  if (problems.length > 0) throw new AirtntError('INVALID_JOB', problems.join('; '));
}

/** Errors of a round that failed in the enclave after it started: the executor marks the channel as owing it. */
const FAILED_ROUND_CODES = new Set([
  'FUNCTION_TIMEOUT', 'FUNCTION_TRAPPED', 'FUNCTION_OUT_OF_MEMORY', 'FUNCTION_WORK_EXHAUSTED', 'FUNCTION_CRASHED',
  'FUNCTION_INVALID_RESULT', 'INVALID_FUNCTION', 'STATE_TOO_LARGE', 'OUTPUT_TOO_LARGE',
]);
function marksChannel(code: string): boolean {
  return FAILED_ROUND_CODES.has(code);
}
