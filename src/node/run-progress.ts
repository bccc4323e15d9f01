/**
 * Where a requester's run stands, read from its store alone (the last keyed state and what follows
 * it), and the progress reported to the caller after each round.
 */
import { zeroAddress, type Address } from 'viem';
import type { RequesterStore, RunRow } from './requester-store.js';
import type { RunProgress, RunResult } from './requester-types.js';
import type { RoundOutcome } from './session-context.js';

export type Progress = { nextRound: bigint; state: Uint8Array; cyclesDone: number; rounds: number; terminated: boolean; outputs: Uint8Array[] };

/** The gapless prefix of keyed rounds: the state it ends in and the round that follows. */
export function progressOf(store: RequesterStore, run: RunRow): Progress {
  const keyed = store.keyedRounds(run.runId);
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

/** The function stopped changing, or every cycle asked is done. */
export function isDone(run: RunRow, progress: Progress): boolean {
  return progress.terminated || progress.cyclesDone >= run.totalCycles;
}

/** What onProgress is told after a round (paid: in this call, over all executors). */
export function roundProgress(
  store: RequesterStore,
  run: RunRow,
  round: { executorUrl: string; outcome: RoundOutcome; cyclesDone: number; paid: bigint; token: Address | undefined },
): RunProgress {
  const { outcome } = round;
  return {
    runId: run.runId,
    round: outcome.round,
    rounds: Number(outcome.round) + 1,
    totalRounds: Math.ceil(run.totalCycles / run.perRound),
    cyclesDone: round.cyclesDone,
    totalCycles: run.totalCycles,
    paid: round.paid,
    runSpent: store.run(run.runId)!.spent,
    executor: round.executorUrl,
    keyFrom: outcome.keyFrom,
    state: outcome.state,
    token: round.token ?? zeroAddress,
  };
}

/** Paid in this call so far, over all executors. */
export function paidSoFar(result: RunResult): bigint {
  return result.paid.reduce((sum, p) => sum + p.amount, 0n);
}
