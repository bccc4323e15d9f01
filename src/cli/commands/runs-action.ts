/**
 * The work of `airtnt runs list|show` (registered in runs.ts): read the run records and the
 * requester's store (read-only) and print them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatUnits, zeroAddress } from 'viem';
import { RequesterStore } from '../../node/requester-store.js';
import { progressOf } from '../../node/run-progress.js';
import { printableText } from '../../protocol/messages.js';
import { AirtntError, safeJson } from '../../util/errors.js';
import { dataDirOf } from '../data-dir.js';
import { counted, listRunRecords, readRunRecord, terminatedText } from '../run-records.js';
import type { RunsOptions } from './runs.js';

function cost(spent: string | undefined, token: string | undefined): string {
  if (spent === undefined) return '?';
  return token === undefined || token.toLowerCase() === zeroAddress ? `${formatUnits(BigInt(spent), 18)} ETH` : `${spent} units of ${token}`;
}

export function listRuns(options: RunsOptions): void {
  const dataDir = dataDirOf(options.dataDir, 'requester');
  const records = listRunRecords(dataDir);
  if (options.json) {
    process.stdout.write(`${safeJson({ ok: true, dataDir, runs: records })}\n`);
    return;
  }
  if (records.length === 0) process.stdout.write(`no finished runs in ${dataDir}\n`);
  for (const r of records) process.stdout.write(`${r.runId.slice(0, 16)}  ${r.finishedAt ?? '?'}  ${cost(r.spent, r.token)}  ${r.executors.join(', ')}${r.insecure ? '  INSECURE (simulated TEE)' : ''}\n`);
}

type PoolViewShown = { view: number; url: string; fromRound: bigint };

/**
 * A pool session's view changes, each with the member that executes from then on and the round it starts
 * at (the one after the last paid); `unreadable` (what failed) when its stored rows cannot be read, so one
 * damaged row does not hide the rest of the run.
 */
function poolViews(store: RequesterStore, sessionId: `0x${string}`, firstRound: bigint): PoolViewShown[] | { unreadable: string } {
  try {
    const pool = store.pool.session(sessionId);
    if (pool === undefined) return [];
    return store.pool.viewChanges(sessionId).map((change) => ({
      view: pool.firstView + change.signedView,
      url: printableText(pool.members[change.executorIndex]?.url ?? `member ${change.executorIndex}`),
      fromRound: change.lastPaidKeyHash === `0x${'00'.repeat(32)}` ? firstRound : change.lastPaidRound + 1n,
    }));
  } catch (error) {
    return { unreadable: printableText(String(error instanceof Error ? error.message : error).split('\n')[0]!) };
  }
}

function hasViews(views: PoolViewShown[] | { unreadable: string }): boolean {
  return !Array.isArray(views) || views.length > 0;
}

function viewLines(views: PoolViewShown[] | { unreadable: string }): string[] {
  if (!Array.isArray(views)) return [`    pool views unreadable in the store: ${views.unreadable}`];
  return views.map((v) => `    view ${v.view} from round ${v.fromRound} on ${v.url} (took over: the executor of the view before stopped answering)`);
}

/** The rounds paid against those planned; a run its function ended early says so rather than look cut short. */
function roundsText(rounds: number, run: { totalCycles: number; perRound: number }, terminated: boolean): string {
  const planned = Math.ceil(run.totalCycles / run.perRound);
  return terminated
    ? `${counted(rounds, 'round')} paid, ended early because the function terminated (${counted(planned, 'round')} of ${run.perRound} cycles were planned)`
    : `${counted(rounds, 'round')} paid of ${planned} (${run.perRound} cycles each)`;
}

export function showRun(prefix: string, options: RunsOptions): void {
  const dataDir = dataDirOf(options.dataDir, 'requester');
  const path = join(dataDir, 'requester.sqlite');
  if (!existsSync(path)) throw new AirtntError('REQUESTER_STORE_NOT_FOUND', `no requester store in ${dataDir}`, { hint: 'pass the --data-dir the run used' });
  if (!/^[0-9a-f]{4,64}$/.test(prefix)) throw new AirtntError('INVALID_RUN_ID', `not a run id: "${prefix}"`, { hint: 'run ids are hex, as `airtnt runs list` prints them' });
  const store = new RequesterStore(path);
  try {
    const matches = listRunRecords(dataDir).map((r) => r.runId).filter((id) => id.startsWith(prefix));
    const runId = matches.length === 1 ? matches[0]! : prefix;
    const run = store.run(runId);
    if (run === undefined) throw new AirtntError('RUN_NOT_FOUND', `no run ${prefix} in ${dataDir}`, { details: { matches }, hint: 'see `airtnt runs list`' });
    const sessions = store.sessionsOfRun(runId);
    const rounds = store.keyedRounds(runId).length;
    // Whether the function ended the run before its cycles, from the stored rounds as the requester decides it
    // (a keyed round that did fewer cycles than asked): else "12 rounds paid of 300" reads like a failure.
    const progress = progressOf(store, run);
    const record = readRunRecord(dataDir, runId);
    // A pool session moves to another member at each view change, under the same session id: its views are said apart.
    const withViews = sessions.map((s) => ({ ...s, views: poolViews(store, s.sessionId, s.firstRound) }));
    const shown = {
      runId, finished: run.finished, rounds, cyclesDone: progress.cyclesDone, terminated: progress.terminated, totalCycles: run.totalCycles, perRound: run.perRound, spent: run.spent, maxSpend: run.maxSpend, token: run.token, insecure: record?.insecure, out: record?.out,
      sessions: withViews.map((s) => ({ url: s.executorUrl, firstRound: s.firstRound, endReason: s.endReason, ...(hasViews(s.views) ? { views: s.views } : {}) })),
    };
    if (options.json) {
      process.stdout.write(`${safeJson({ ok: true, run: shown })}\n`);
      return;
    }
    process.stdout.write([
      `run ${runId}`,
      `  ${run.finished ? 'finished' : 'not finished'}: ${roundsText(rounds, run, progress.terminated)}`,
      ...(progress.terminated ? [`  ${terminatedText({ ...progress, totalCycles: run.totalCycles })}`] : []),
      `  cost ${cost(run.spent.toString(), run.token)}${run.maxSpend === undefined ? '' : ` of a budget of ${cost(run.maxSpend.toString(), run.token)}`}`,
      ...(record?.out ? [`  output ${record.out}`] : []),
      ...(record?.insecure ? ['  INSECURE: executed on a simulated TEE'] : []),
      ...withViews.flatMap((s) => [
        `  session from round ${s.firstRound} on ${s.executorUrl}${s.endReason ? ` (${s.endReason}${hasViews(s.views) ? ', over the views below' : ''})` : ''}`,
        ...viewLines(s.views),
      ]),
    ].join('\n') + '\n');
  } finally {
    store.close();
  }
}
