/**
 * `airtnt runs list` and `airtnt runs show RUN_ID`: the runs of a requester's store, with what each
 * cost, who executed it and whether that was on a simulated TEE. Read-only: works from any folder.
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AirtntError, safeJson } from '../../util/errors.js';
import { dataDirOf } from '../data-dir.js';

type Options = { dataDir?: string; json?: boolean };

function cost(spent: string | undefined, token: string | undefined): string {
  if (spent === undefined) return '?';
  return token === undefined || token.toLowerCase() === zeroAddress ? `${formatUnits(BigInt(spent), 18)} ETH` : `${spent} units of ${token}`;
}

// Loaded when a command runs, not when it is defined, so that `--help` answers at once.
let formatUnits: typeof import('viem').formatUnits;
let zeroAddress: typeof import('viem').zeroAddress;
let RequesterStore: typeof import('../../node/requester-store.js').RequesterStore;
let listRunRecords: typeof import('../run-records.js').listRunRecords;
let readRunRecord: typeof import('../run-records.js').readRunRecord;

async function loadDependencies(): Promise<void> {
  const [m0, m1, m2] = await Promise.all([
    import('viem'),
    import('../../node/requester-store.js'),
    import('../run-records.js'),
  ]);
  ({ formatUnits, zeroAddress } = m0);
  ({ RequesterStore } = m1);
  ({ listRunRecords, readRunRecord } = m2);
}

export function registerRuns(program: Command): void {
  const runs = program.command('runs').description('the runs kept in a requester\'s store (list, show)');
  runs
    .command('list')
    .description('every finished run: id, cost, executors, insecure')
    .option('--data-dir <dir>', 'the requester\'s data directory (default: $XDG_DATA_HOME/airtnt/requester or ~/.local/share/airtnt/requester)')
    .option('--json', 'print one JSON object')
    .action(async (options: Options) => {
      await loadDependencies();
      const dataDir = dataDirOf(options.dataDir, 'requester');
      const records = listRunRecords(dataDir);
      if (options.json) {
        process.stdout.write(`${safeJson({ ok: true, dataDir, runs: records })}\n`);
        return;
      }
      if (records.length === 0) process.stdout.write(`no finished runs in ${dataDir}\n`);
      for (const r of records) process.stdout.write(`${r.runId.slice(0, 16)}  ${r.finishedAt ?? '?'}  ${cost(r.spent, r.token)}  ${r.executors.join(', ')}${r.insecure ? '  INSECURE (simulated TEE)' : ''}\n`);
    });
  runs
    .command('show')
    .description('one run: its progress, cost, sessions and output')
    .argument('<run-id>', 'the run id, or a prefix of it as `runs list` prints it')
    .option('--data-dir <dir>', 'the requester\'s data directory (default: $XDG_DATA_HOME/airtnt/requester or ~/.local/share/airtnt/requester)')
    .option('--json', 'print one JSON object')
    .action(async (prefix: string, options: Options) => {
      await loadDependencies();
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
        const record = readRunRecord(dataDir, runId);
        const shown = { runId, finished: run.finished, rounds, totalCycles: run.totalCycles, perRound: run.perRound, spent: run.spent, maxSpend: run.maxSpend, token: run.token, insecure: record?.insecure, out: record?.out, sessions: sessions.map((s) => ({ url: s.executorUrl, firstRound: s.firstRound, endReason: s.endReason })) };
        if (options.json) {
          process.stdout.write(`${safeJson({ ok: true, run: shown })}\n`);
          return;
        }
        process.stdout.write([
          `run ${runId}`,
          `  ${run.finished ? 'finished' : 'not finished'}: ${rounds} rounds paid of ${Math.ceil(run.totalCycles / run.perRound)} (${run.perRound} cycles each)`,
          `  cost ${cost(run.spent.toString(), run.token)}${run.maxSpend === undefined ? '' : ` of a budget of ${cost(run.maxSpend.toString(), run.token)}`}`,
          ...(record?.out ? [`  output ${record.out}`] : []),
          ...(record?.insecure ? ['  INSECURE: executed on a simulated TEE'] : []),
          ...sessions.map((s) => `  session from round ${s.firstRound} on ${s.executorUrl}${s.endReason ? ` (${s.endReason})` : ''}`),
        ].join('\n') + '\n');
      } finally {
        store.close();
      }
    });
}
