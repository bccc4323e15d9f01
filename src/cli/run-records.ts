/**
 * What the CLI tells about a run from the requester's store: whether it is new, resumed or already
 * finished (then answered from the store, without any executor), and a small record the CLI keeps
 * next to the store (runs/RUN_ID.json) of who executed the run and whether that was insecure, since
 * a run answered from the store must still say it was computed on a simulated TEE.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { RequesterStore } from '../node/requester-store.js';

export type RunRecord = { runId: string; executors: string[]; insecure: boolean; out?: string; finishedAt?: string; token?: string; spent?: string };

export type RunStatus =
  | { kind: 'new' }
  | { kind: 'resumed'; roundsPaid: number; spent: bigint }
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
    if (!run.finished) return roundsPaid === 0 && run.spent === 0n ? { kind: 'new' } : { kind: 'resumed', roundsPaid, spent: run.spent };
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
