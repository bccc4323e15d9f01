/**
 * The requester client (library): runs a function over many paid rounds on one or more executors.
 * Per executor it verifies the evidence against the policy, opens or reuses a channel, and runs a
 * session (run-on-executor.ts, session-client.ts). If the executor stops answering or misbehaves, the run
 * continues on the next executor from the last paid state (new session, state sealed to the new
 * enclave, firstRound = next round). Runs are keyed by what they compute and resume after a crash.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { join } from 'node:path';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';
import type { DiffCodecs } from '../protocol/payload.js';
import { concatBytes, toHex, u64be } from '../util/bytes.js';
import { AirtntError, isAirtntError, isRemoteRefusal } from '../util/errors.js';
import type { RequesterFaults } from './faults.js';
import { settleOutstandingPayments, type PaymentWait } from './outstanding-payments.js';
import { executorKeySource, type PaidKeySource } from './paid-keys.js';
import { recoverKeys, refundExpired, type RecoveryReport } from './requester-channels.js';
import { checkRequesterOptions, resolveRunLimits } from './requester-limits.js';
import { checkModuleLocally } from './module-offer.js';
import { RequesterStore, type RunRow } from './requester-store.js';
import type { Job, RequesterOptions, RunResult } from './requester-types.js';
import { runOnExecutor } from './run-on-executor.js';
import { isDone, progressOf, type Progress } from './run-progress.js';
import type { SessionTimeouts } from './session-context.js';

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

export class Requester {
  readonly store: RequesterStore;
  private readonly timeouts: SessionTimeouts & { infoMs: number; withheldKeyPollMs: number };
  private readonly codecs: DiffCodecs;
  private readonly log: (line: string) => void;

  /** @param faults test-only crash points (src/node/faults.ts); production passes none. */
  constructor(
    private readonly options: RequesterOptions,
    private readonly faults?: RequesterFaults,
  ) {
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
    // A module sent with the job is checked as an enclave would before anything is opened or paid.
    if (job.module !== undefined) await checkModuleLocally(job.module, job.functionMeasurement);
    const started = performance.now();
    const run = this.store.ensureRun({ runId: runIdOf(job), functionMeasurement: toHex(job.functionMeasurement), initialState: job.initialState, totalCycles: job.totalCycles, perRound: job.perRound }, Date.now());
    // With allowDoublePayment, each executor after the first may be paid a round the one before it withheld.
    const roundsPaidTwice = this.options.allowDoublePayment === true ? Math.max(0, job.executors.length - 1) : 0;
    const limits = await resolveRunLimits(this.options.chain, this.store, run, { ...this.options, roundsPaidTwice }, this.log);
    // A key withheld from an earlier invocation may be had from the executor that was paid, not only the chain.
    const keySource = executorKeySource(job.executors, { timeoutMs: this.timeouts.infoMs, ca: this.options.tlsCa });
    await recoverKeys(this.options.chain, this.store, this.codecs, { runId: run.runId }, keySource);
    const result: RunResult = {
      runId: run.runId,
      finalState: job.initialState,
      outputs: [],
      rounds: 0,
      resumedFromRound: 0,
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
      modulesSent: 0,
    };
    let progress = this.progressOf(run);
    result.resumedFromRound = progress.rounds;
    let index = 0;
    const retriedOnNewChannel = new Set<string>();
    const retriedModule = new Set<string>();
    /** The executor that completed the run's latest rounds in this invocation. */
    let lastWorked: string | undefined;
    while (!isDone(run, progress)) {
      const url = job.executors[index];
      if (url === undefined) throw this.stalled(job, result);
      // Before paying for the next round anywhere: no earlier payment for it may still be collectable.
      result.waits.push(...(await this.settle(run, keySource)));
      progress = this.progressOf(run);
      if (isDone(run, progress)) break;
      const roundsBefore = progress.rounds;
      try {
        const context = { options: this.options, store: this.store, codecs: this.codecs, timeouts: this.timeouts, log: this.log, faults: this.faults };
        await runOnExecutor(context, url, run, job, progress, result, limits);
      } catch (error) {
        // The budget is the requester's own limit, not a fault of this executor: another would not help.
        if (isAirtntError(error, 'SPEND_LIMIT_REACHED')) {
          result.runSpent = this.store.run(run.runId)!.spent;
          throw error;
        }
        const code = isAirtntError(error) ? error.code : 'INTERNAL_ERROR';
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        result.failures.push({ url, code, message });
        // The message too: a refusal's reason (the executor's own code) is in it, not in `code`.
        this.log(`executor ${url} failed: ${code}: ${message}`);
        if (!isAirtntError(error)) throw error;
        // The channel carries an unpaid round from an earlier session and is now marked refused:
        // one more try on this executor opens another channel.
        if (isRemoteRefusal(error, 'CHANNEL_HAS_UNPAID_ROUND') && !retriedOnNewChannel.has(url)) {
          retriedOnNewChannel.add(url);
          continue;
        }
        // The executor evicted the module between sending it and the opening: one more try sends it again.
        if (isRemoteRefusal(error, 'MODULE_NEEDED') && !retriedModule.has(url)) {
          retriedModule.add(url);
          continue;
        }
        index += 1;
      } finally {
        // A transfer is the paid state moving on: rounds done here after rounds done on another executor.
        if (this.progressOf(run).rounds > roundsBefore) {
          if (lastWorked !== undefined && lastWorked !== url) result.transfers += 1;
          lastWorked = url;
        }
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
    // Read back from the store: a resumed run hands on what an earlier invocation stored.
    const handed = this.store.resultsForRun(run.runId);
    if (handed.length > 0) result.resultsFor = handed;
    result.timings.totalMs = performance.now() - started;
    return result;
  }

  /** Takes withheld keys from the chain and refunds expired channels. */
  async recover(): Promise<RecoveryReport> {
    const keys = await recoverKeys(this.options.chain, this.store, this.codecs);
    const refunds = await refundExpired(this.options.chain, this.store);
    return { ...keys, ...refunds };
  }

  /** Waits for withheld keys of rounds the run is about to pay for (see outstanding-payments.ts). */
  private settle(run: RunRow, keySource: PaidKeySource): Promise<PaymentWait[]> {
    return settleOutstandingPayments(
      {
        chain: this.options.chain,
        store: this.store,
        codecs: this.codecs,
        pollMs: this.timeouts.withheldKeyPollMs,
        allowDoublePayment: this.options.allowDoublePayment ?? false,
        keySource,
        log: this.log,
        ...(this.options.onWait === undefined ? {} : { onWait: this.options.onWait }),
      },
      run.runId,
      () => this.progressOf(run).nextRound,
    );
  }

  /** Where a run stands, from the store alone: the last keyed state and what follows it. */
  private progressOf(run: RunRow): Progress {
    return progressOf(this.store, run);
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
export async function runSession(options: RequesterOptions & { job: Job }, faults?: RequesterFaults): Promise<RunResult> {
  const requester = new Requester(options, faults);
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

function checkJob(job: Job): void {
  const problems: string[] = [];
  if (!(job.functionMeasurement instanceof Uint8Array) || job.functionMeasurement.length !== 32) problems.push('functionMeasurement must be 32 bytes');
  if (!Number.isSafeInteger(job.totalCycles) || job.totalCycles < 1) problems.push('totalCycles must be a positive integer');
  if (!Number.isSafeInteger(job.perRound) || job.perRound < 1 || job.perRound > 0xffff_ffff) problems.push('perRound must be an integer in [1, 2^32-1]');
  if (job.executors.length === 0) problems.push('at least one executor URL is needed');
  if (job.owners !== undefined) {
    if (job.owners.codeOwner === undefined && job.owners.dataOwner === undefined) problems.push('owners name a code owner, a data owner or both');
    if (job.owners.codeOwner !== undefined && job.module !== undefined) problems.push('with a code owner the module is its encrypted module (owners.encryptedModule), not job.module');
    // A requester cannot re-seal a state it cannot read: an owners' run does not move to another executor.
    if (job.executors.length !== 1) problems.push('an owners\' run uses exactly one executor');
  }
  if (problems.length > 0) throw new AirtntError('INVALID_JOB', problems.join('; '));
}
