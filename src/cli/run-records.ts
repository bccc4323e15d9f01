/**
 * What the CLI tells about a run from the requester's store: whether it is new, resumed or already
 * finished (then answered from the store, without any executor), and a small record the CLI keeps
 * next to the store (runs/RUN_ID.json) of who executed the run and whether that was insecure, since
 * a run answered from the store must still say it was computed on a simulated TEE.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { RequesterStore } from '../node/requester-store.js';
import { progressOf } from '../node/run-progress.js';

export type RunRecord = { runId: string; executors: string[]; insecure: boolean; out?: string; finishedAt?: string; token?: string; spent?: string };

export type RunStatus =
  | { kind: 'new' }
  /**
   * roundsDone: the rounds 0 .. roundsDone - 1 are paid and opened (the gapless prefix the run continues
   * after: its next round, RunResult.resumedFromRound, unless a key awaited arrives first); totalRounds:
   * the rounds of the whole run (fewer are run if the function stops changing); awaitingKeys: rounds
   * paid whose keys were not received, taken from the executor or the chain before anything more is paid.
   */
  | { kind: 'resumed'; roundsDone: number; totalRounds: number; awaitingKeys: number[]; spent: bigint; /** The executors its sessions ran on. */ executors: string[] }
  | { kind: 'finished'; roundsPaid: number; spent: bigint; executors: string[]; insecure: boolean | undefined };

const STORE_FILE = 'requester.sqlite';

/** The run's state in the store before it is run (the store is opened and closed again). */
export function runStatus(dataDir: string, runId: string): RunStatus {
  if (!existsSync(join(dataDir, STORE_FILE))) return { kind: 'new' };
  const store = new RequesterStore(join(dataDir, STORE_FILE));
  try {
    const run = store.run(runId);
    if (run === undefined) return { kind: 'new' };
    const roundsPaid = store.keyedRounds(runId).length;
    if (!run.finished) {
      if (roundsPaid === 0 && run.spent === 0n) return { kind: 'new' };
      const awaitingKeys = store.unkeyedRounds({ runId }).map((round) => Number(round.round)).sort((a, b) => a - b);
      const executors = [...new Set(store.sessionsOfRun(runId).map((session) => session.executorUrl))];
      return { kind: 'resumed', roundsDone: progressOf(store, run).rounds, totalRounds: Math.ceil(run.totalCycles / run.perRound), awaitingKeys, spent: run.spent, executors };
    }
    const record = readRunRecord(dataDir, runId);
    const executors = record?.executors ?? [...new Set(store.sessionsOfRun(runId).map((session) => session.executorUrl))];
    return { kind: 'finished', roundsPaid, spent: run.spent, executors, insecure: record?.insecure };
  } finally {
    store.close();
  }
}

function recordPath(dataDir: string, runId: string): string {
  if (!/^[0-9a-f]{64}$/.test(runId)) throw new Error(`not a run id: ${runId}`);
  return join(dataDir, 'runs', `${runId}.json`);
}

export function readRunRecord(dataDir: string, runId: string): RunRecord | undefined {
  try {
    return JSON.parse(readFileSync(recordPath(dataDir, runId), 'utf8')) as RunRecord;
  } catch {
    return undefined;
  }
}

/** Every run record of the data directory, newest first. */
export function listRunRecords(dataDir: string): RunRecord[] {
  let names: string[];
  try {
    names = readdirSync(join(dataDir, 'runs'));
  } catch {
    return [];
  }
  return names
    .filter((name) => /^[0-9a-f]{64}\.json$/.test(name))
    .map((name) => readRunRecord(dataDir, name.slice(0, 64)))
    .filter((record): record is RunRecord => record !== undefined)
    .sort((a, b) => (b.finishedAt ?? '').localeCompare(a.finishedAt ?? ''));
}

/** Writes the record durably (temporary file, fsync, rename). */
export function writeRunRecord(dataDir: string, record: RunRecord): void {
  mkdirSync(join(dataDir, 'runs'), { recursive: true });
  const path = recordPath(dataDir, record.runId);
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(record, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/**
 * How a run's rounds read, the same in the resume banner and the interrupt summary: rounds done are the
 * rounds whose key the requester holds (the gapless prefix 0 .. roundsDone - 1); a round paid whose key has
 * not arrived is said apart, never counted done.
 */
export function roundsDoneText(roundsDone: number, totalRounds: number): string {
  return roundsDone === 0 ? 'no round done yet' : `${roundsDone} of ${totalRounds} rounds done (rounds 0 to ${roundsDone - 1})`;
}

/** The rounds paid whose key was not received, or undefined when there are none. */
export function awaitingKeysText(awaitingKeys: readonly number[]): string | undefined {
  if (awaitingKeys.length === 0) return undefined;
  return `round${awaitingKeys.length === 1 ? '' : 's'} ${awaitingKeys.join(', ')} paid, key not received`;
}

/**
 * The line `run` prints when it resumes a stored run: rounds done and left, numbered from 0 as in
 * --json (resumedFromRound is the round it continues from).
 */
export function resumeBanner(runId: string, dataDir: string, status: Extract<RunStatus, { kind: 'resumed' }>, spent: string): string {
  const { roundsDone, totalRounds, awaitingKeys } = status;
  const head = `resuming run ${runId.slice(0, 16)} from the store in ${dataDir}: ${roundsDoneText(roundsDone, totalRounds)}, ${totalRounds - roundsDone} left, ${spent} spent so far`;
  const awaiting = awaitingKeysText(awaitingKeys);
  if (awaiting === undefined) return `${head}; continuing from round ${roundsDone} (resumedFromRound in --json)`;
  // The awaited keys that follow the rounds done extend them once had: the run then continues after them.
  let after = roundsDone;
  while (awaitingKeys.includes(after)) after += 1;
  return `${head}; ${awaiting}: taken from the executor or the chain first, then the run continues from round ${after} (resumedFromRound in --json; round ${roundsDone} if a key is not had)`;
}

/**
 * What a run says when its function ended it before the cycles asked (new-user review: the run exited 0
 * and only --json said `terminated`). The round it terminated in is the run's last: once a round does
 * fewer cycles than asked, the requester asks no more (run-on-executor.ts), so `rounds - 1`; no round
 * after it is run or paid (there may be none left: a run can end in its last planned round). `subject` says what stopped ('the function terminated' by default).
 */
/** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export function terminatedText(run: { cyclesDone: number; rounds: number; totalCycles: number }, unit = 'cycles', subject = 'the function terminated'): string {
  return `${subject} after ${run.cyclesDone} of the ${run.totalCycles} ${unit} asked, in round ${run.rounds - 1} (its ${ordinal(run.rounds)} round: rounds are numbered from 0): the run ended early, nothing was left to compute, and no round after it was run or paid`;
}

/** `n noun` with the noun in the plural unless n is 1 ("1 round", "2 rounds", "0 transfers"). */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
