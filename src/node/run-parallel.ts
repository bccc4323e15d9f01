/**
 * runParallel: a function whose state is a list of independent items (src/functions/parallel-manifest.ts)
 * run across executors at once. The items are cut into one contiguous slice per executor; each slice is
 * its own paid run (own runId, channel and sessions) on its executor, all at the same time. A slice
 * whose executor fails is then resumed from its last paid state on the executors that did not fail,
 * one slice at a time (so no two runs of this process ever share an executor's channel). Outputs are
 * concatenated in item order and the figures summed.
 */
import type { Address } from 'viem';
import { joinItems, sliceItems, splitItems, type ParallelSpec } from '../functions/parallel-manifest.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import type { RequesterFaults } from './faults.js';
import { Requester, runIdOf } from './requester.js';
import type { Job, RequesterOptions, RunResult, SessionSummary } from './requester-types.js';

export type ParallelSlice = {
  runId: string;
  /** Index of the slice's first item in the whole state, and how many items it holds. */
  firstItem: number;
  items: number;
  /** The executor the slice started on. */
  executor: string;
  rounds: number;
  cyclesDone: number;
  terminated: boolean;
  runSpent: bigint;
  transfers: number;
  failures: RunResult['failures'];
};

export type ParallelResult = {
  slices: ParallelSlice[];
  /** Every slice's outputs, slice after slice (item order). */
  outputs: Uint8Array[];
  /** The items left in every slice, in order, framed as the input was (undefined if a slice's final state is not a list of items). */
  finalState: Uint8Array | undefined;
  finalStates: Uint8Array[];
  rounds: number;
  cyclesDone: number;
  /** Every slice's function finished before its cycles ran out. */
  terminated: boolean;
  transfers: number;
  /** Paid per executor URL, over every slice and attempt of this call. */
  paid: { url: string; amount: bigint }[];
  runSpent: bigint;
  token: Address;
  bytesSent: number;
  bytesReceived: number;
  modulesSent: number;
  insecure: boolean;
  sessions: SessionSummary[];
  failures: RunResult['failures'];
};

type Planned = { job: Job; firstItem: number; items: number; executor: string };

/** One job per slice: each starts on its own executor. */
export function planSlices(job: Job, spec: ParallelSpec): Planned[] {
  const items = splitItems(job.initialState, spec.items);
  const slices = sliceItems(items, job.executors.length);
  let firstItem = 0;
  return slices.map((slice, i) => {
    const executor = job.executors[i]!;
    const totalCycles = spec.cyclesPerItem === undefined ? job.totalCycles : Math.max(1, Math.min(job.totalCycles, slice.length * spec.cyclesPerItem));
    const planned = { job: { ...job, initialState: joinItems(slice), totalCycles, executors: [executor] }, firstItem, items: slice.length, executor };
    firstItem += slice.length;
    return planned;
  });
}

/** Runs the job's items across its executors (see the file comment); one Requester, closed at the end. */
export async function runParallel(options: RequesterOptions & { job: Job; parallel: ParallelSpec }, faults?: RequesterFaults): Promise<ParallelResult> {
  const { job, parallel, ...requesterOptions } = options;
  const planned = planSlices(job, parallel);
  // Paid per executor URL from the progress reports: a failed attempt's payments count too.
  const paidByUrl = new Map<string, bigint>();
  const lastPaid = new Map<string, bigint>();
  const requester = new Requester({
    ...requesterOptions,
    onProgress: (progress) => {
      const before = lastPaid.get(progress.runId) ?? 0n;
      lastPaid.set(progress.runId, progress.paid);
      paidByUrl.set(progress.executor, (paidByUrl.get(progress.executor) ?? 0n) + (progress.paid - before));
      requesterOptions.onProgress?.(progress);
    },
  }, faults);
  try {
    const attempt = (slice: Planned, executors: string[]): Promise<RunResult> => {
      lastPaid.delete(runIdOf(slice.job));
      return requester.run({ ...slice.job, executors });
    };
    // Two slices with the same bytes are the same run (same runId, same result): run it once.
    const unique = new Map<string, Planned>();
    for (const slice of planned) if (!unique.has(runIdOf(slice.job))) unique.set(runIdOf(slice.job), slice);
    const first = await Promise.allSettled([...unique.values()].map((slice) => attempt(slice, [slice.executor])));
    const results = new Map<string, RunResult>();
    const failedUrls = new Set<string>();
    const retry: Planned[] = [];
    const earlierFailures: RunResult['failures'] = [];
    [...unique.values()].forEach((slice, i) => {
      const settled = first[i]!;
      if (settled.status === 'fulfilled') {
        results.set(runIdOf(slice.job), settled.value);
        return;
      }
      const error: unknown = settled.reason;
      // Over budget or not an airtnt error (a bug): another executor would not help.
      if (!isAirtntError(error) || error.code === 'SPEND_LIMIT_REACHED') throw error;
      failedUrls.add(slice.executor);
      earlierFailures.push({ url: slice.executor, code: error.code, message: error.shortMessage });
      retry.push(slice);
    });
    for (const slice of retry) {
      const start = job.executors.indexOf(slice.executor);
      const others = [...job.executors.slice(start + 1), ...job.executors.slice(0, start)].filter((url) => !failedUrls.has(url));
      if (others.length === 0) {
        throw new AirtntError('RUN_STALLED', `no executor could continue slice ${slice.firstItem}..${slice.firstItem + slice.items - 1} of the parallel run`, {
          details: { executors: job.executors, failures: earlierFailures },
          hint: 'what was paid so far is stored: run the same job again with other executors to resume each slice',
        });
      }
      const result = await attempt(slice, others);
      // The paid state moved on only if the failed executor had run rounds of this slice.
      if ((result.sessions[0]?.firstRound ?? 0n) > 0n) result.transfers += 1;
      results.set(runIdOf(slice.job), result);
    }
    return combine(planned, results, parallel, paidByUrl, earlierFailures);
  } finally {
    requester.close();
  }
}

function combine(planned: Planned[], results: Map<string, RunResult>, spec: ParallelSpec, paidByUrl: Map<string, bigint>, earlierFailures: RunResult['failures']): ParallelResult {
  const ordered = planned.map((slice) => ({ slice, result: results.get(runIdOf(slice.job))! }));
  const unique = [...results.values()];
  let finalState: Uint8Array | undefined;
  try {
    finalState = joinItems(ordered.flatMap(({ result }) => splitItems(result.finalState, spec.items)));
  } catch {
    finalState = undefined;
  }
  const sum = (pick: (result: RunResult) => number): number => unique.reduce((total, result) => total + pick(result), 0);
  return {
    slices: ordered.map(({ slice, result }) => ({
      runId: result.runId,
      firstItem: slice.firstItem,
      items: slice.items,
      executor: slice.executor,
      rounds: result.rounds,
      cyclesDone: result.cyclesDone,
      terminated: result.terminated,
      runSpent: result.runSpent,
      transfers: result.transfers,
      failures: result.failures,
    })),
    outputs: ordered.flatMap(({ result }) => result.outputs),
    finalState,
    finalStates: ordered.map(({ result }) => result.finalState),
    rounds: sum((result) => result.rounds),
    cyclesDone: sum((result) => result.cyclesDone),
    terminated: unique.every((result) => result.terminated),
    transfers: sum((result) => result.transfers),
    paid: [...paidByUrl].filter(([, amount]) => amount > 0n).map(([url, amount]) => ({ url, amount })),
    runSpent: unique.reduce((total, result) => total + result.runSpent, 0n),
    token: unique[0]!.token,
    bytesSent: sum((result) => result.bytesSent),
    bytesReceived: sum((result) => result.bytesReceived),
    modulesSent: sum((result) => result.modulesSent),
    insecure: unique.some((result) => result.insecure),
    sessions: unique.flatMap((result) => result.sessions),
    failures: [...earlierFailures, ...unique.flatMap((result) => result.failures)],
  };
}
