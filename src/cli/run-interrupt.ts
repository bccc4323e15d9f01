/**
 * Ctrl-C (SIGINT) during `airtnt run ...`: what the run reached is said before the process ends (with
 * --json as the usual JSON error object on stdout, RUN_INTERRUPTED), and the exit is non-zero (130, as
 * for a shell's interrupted command). Ending at once is safe: every paid round was stored before it was
 * paid (the store survives kill -9), so running the same command again resumes where this stopped.
 */
import type { RunProgress } from '../node/requester-types.js';
import { AirtntError } from '../util/errors.js';
import { INTERRUPTED_EXIT_CODE, onInterrupt } from './early-interrupt.js';
import { awaitingKeysText, roundsDoneText, runStatus, type RunStatus } from './run-records.js';

export { INTERRUPTED_EXIT_CODE };

/**
 * What an interrupted run reached, read as the resume banner reads it (from the store when it can be):
 * rounds 0 .. roundsDone - 1 have their keys; awaitingKeys are paid whose keys have not arrived; runSpent
 * counts every payment signed (what the store counts before a payment is sent), spentBefore what the run
 * had spent before this invocation.
 */
export type RunSoFar = {
  runId: string;
  dataDir: string;
  roundsDone: number;
  totalRounds: number;
  awaitingKeys: number[];
  spentBefore: bigint;
  runSpent: bigint;
};

/** Follows a run's progress so that an interruption can say where the run stands. */
export class RunTracker {
  private fromProgress: RunSoFar;

  /** `readStore` reads the run's state in its store (the progress reports lag a payment signed meanwhile). */
  constructor(runId: string, dataDir: string, before: { roundsDone: number; totalRounds?: number; awaitingKeys?: number[]; spent: bigint }, private readonly readStore: () => RunStatus = () => runStatus(dataDir, runId)) {
    this.fromProgress = { runId, dataDir, roundsDone: before.roundsDone, totalRounds: before.totalRounds ?? 0, awaitingKeys: before.awaitingKeys ?? [], spentBefore: before.spent, runSpent: before.spent };
  }

  update(progress: RunProgress): void {
    this.fromProgress = { ...this.fromProgress, roundsDone: progress.rounds, totalRounds: progress.totalRounds, awaitingKeys: [], runSpent: progress.runSpent };
  }

  /** The store's facts, or the last progress report's when the store cannot be read. */
  get current(): RunSoFar {
    let status: RunStatus;
    try {
      status = this.readStore();
    } catch {
      return this.fromProgress;
    }
    if (status.kind === 'resumed') return { ...this.fromProgress, roundsDone: status.roundsDone, totalRounds: status.totalRounds, awaitingKeys: status.awaitingKeys, runSpent: status.spent };
    if (status.kind === 'new') return { ...this.fromProgress, roundsDone: 0, awaitingKeys: [], runSpent: 0n };
    return { ...this.fromProgress, roundsDone: status.roundsPaid, awaitingKeys: [], runSpent: status.spent };
  }
}

export function interruptedError(soFar: RunSoFar, spentText: (value: bigint) => string): AirtntError {
  const awaiting = awaitingKeysText(soFar.awaitingKeys);
  const paidNow = soFar.runSpent - soFar.spentBefore;
  const lastRoundDone = soFar.roundsDone === 0 ? null : soFar.roundsDone - 1;
  const reached = `${roundsDoneText(soFar.roundsDone, soFar.totalRounds)}${awaiting === undefined ? '' : `; ${awaiting}`}`;
  return new AirtntError('RUN_INTERRUPTED', `run ${soFar.runId.slice(0, 16)} interrupted (SIGINT): ${reached}; ${spentText(paidNow)} paid now, ${spentText(soFar.runSpent)} by the run in all`, {
    details: { runId: soFar.runId, dataDir: soFar.dataDir, roundsDone: soFar.roundsDone, totalRounds: soFar.totalRounds, lastRoundDone, awaitingKeys: soFar.awaitingKeys, paid: paidNow.toString(), runSpent: soFar.runSpent.toString() },
    hint: `run the same command again to resume ${lastRoundDone === null ? '' : `after round ${lastRoundDone} `}(the store in ${soFar.dataDir} keeps every paid round; ${awaiting === undefined ? 'a round paid as it was interrupted is completed first' : 'the key of a round paid and not received is taken from the executor or the chain first'}); \`airtnt run recover\` takes withheld keys from the chain and refunds expired channels`,
  });
}

/** Ctrl-C during a run: what it reached (interruptedError), exit 130; see onInterrupt. Returns the remover. */
export function onRunInterrupt(json: boolean | undefined, soFar: () => RunSoFar, spentText: (value: bigint) => string, before: () => void): () => void {
  return onInterrupt(json, () => interruptedError(soFar(), spentText), before);
}

/**
 * Ctrl-C while a run is being set up (the chain, a registry's selection, the executors' checks), before
 * onRunInterrupt takes over: said as RUN_INTERRUPTED too (stderr, and stdout with --json), exit 130.
 * Nothing is paid before the run starts; with a resumed run, what earlier invocations paid is in the store.
 */
export function onSetupInterrupt(json: boolean | undefined, dataDir: string): () => void {
  return onInterrupt(json, () => new AirtntError('RUN_INTERRUPTED', 'interrupted (SIGINT) while the run was being set up: no round was paid by this invocation', {
    details: { dataDir, stage: 'setup', paid: '0' },
    hint: `run the same command again to start (or resume) the run; the store in ${dataDir} keeps what earlier invocations paid`,
  }));
}

/**
 * Ctrl-C during a run split across executors (run ocr, run wasm --parallel): each slice is a run of its
 * own in the store, resumed by the same command. RUN_INTERRUPTED, exit 130.
 */
export function onParallelInterrupt(json: boolean | undefined, dataDir: string, before: () => void): () => void {
  return onInterrupt(json, () => new AirtntError('RUN_INTERRUPTED', 'interrupted (SIGINT): every round the slices paid for is stored', {
    details: { dataDir, stage: 'parallel' },
    hint: `run the same command again to resume each slice where it stopped (the store in ${dataDir} keeps every paid round); \`airtnt run recover\` takes withheld keys from the chain and refunds expired channels`,
  }), before);
}
