/**
 * The parallel path of `airtnt run wasm` (a module with a parallel manifest) and of `airtnt run ocr`:
 * the items of the state are split across the executors and run as one paid run per slice, at once
 * (src/node/run-parallel.ts). This file sets up the chain, the store and the progress lines and returns
 * the combined result; the commands print it.
 */
import type { ParallelSpec } from '../../functions/parallel-manifest.js';
import type { RequesterFaults } from '../../node/faults.js';
import { runIdOf } from '../../node/requester.js';
import { planSlices, runParallel, type ParallelResult } from '../../node/run-parallel.js';
import { toHex } from '../../util/bytes.js';
import { resolveChain } from '../chain-options.js';
import { dataDirOf, lockDataDir } from '../data-dir.js';
import { formatSpend, ProgressBar } from '../progress.js';
import { onParallelInterrupt } from '../run-interrupt.js';
import { resumeBanner, runStatus } from '../run-records.js';
import { requesterSettingsOf, warnRisks } from './run.js';
import { countingGas } from './run-wasm-action.js';
import type { WasmOptions } from './run-wasm.js';

export type ParallelCommandOptions = Omit<WasmOptions, 'state' | 'out' | 'outputs' | 'json'> & { json?: boolean | undefined };
export type ParallelInput = { module: Uint8Array; functionMeasurement: Uint8Array; initialState: Uint8Array; spec: ParallelSpec };
export type ParallelCommandResult = {
  result: ParallelResult;
  gasUsed: bigint;
  /** Every paid round: its slice (by run), its number within the slice, and the executor that ran it. */
  roundExecutors: { runId: string; round: number; executor: string }[];
};

export async function runParallelCommand(input: ParallelInput, options: ParallelCommandOptions, faults: RequesterFaults | undefined): Promise<ParallelCommandResult> {
  warnRisks(options, 'your data or your code');
  const dataDir = dataDirOf(options.dataDir, 'requester');
  lockDataDir(dataDir);
  const bar = new ProgressBar(options.token, 'cycles');
  const stopWatchingInterrupt = onParallelInterrupt(options.json, dataDir, () => bar.done());
  let resolved: Awaited<ReturnType<typeof resolveChain>>;
  try {
    resolved = await resolveChain(options, { refuseImplicitChain: ['--executor'], dataDir });
  } catch (error) {
    stopWatchingInterrupt();
    throw error;
  }
  const { client, gasUsed } = countingGas(resolved.client);
  const roundExecutors: ParallelCommandResult['roundExecutors'] = [];
  process.stderr.write(`function ${toHex(input.functionMeasurement).slice(2)} (${input.module.length} bytes), items split across ${options.executor.length} executors\n`);
  // A slice is a run of its own: one interrupted earlier says where it resumes, as a single run does.
  const job = { functionMeasurement: input.functionMeasurement, module: input.module, initialState: input.initialState, totalCycles: options.cycles, perRound: options.perRound, executors: options.executor };
  for (const slice of planSlices(job, input.spec)) {
    const runId = runIdOf(slice.job);
    const status = runStatus(dataDir, runId);
    const items = `items ${slice.firstItem}..${slice.firstItem + slice.items - 1}`;
    if (status.kind === 'resumed') process.stderr.write(`${items}: ${resumeBanner(runId, dataDir, status, formatSpend(status.spent, options.token))}\n`);
    else if (status.kind === 'finished') process.stderr.write(`${items}: run ${runId.slice(0, 16)} finished earlier (answered from the store, nothing more is paid)\n`);
  }
  try {
    const result = await runParallel({
      chain: client,
      dataDir,
      ...requesterSettingsOf(options),
      onProgress: (progress) => {
        bar.update(progress);
        roundExecutors.push({ runId: progress.runId, round: Number(progress.round), executor: progress.executor });
      },
      log: (line) => bar.note(line),
      parallel: input.spec,
      job,
    }, faults);
    bar.done();
    if (result.insecure) process.stderr.write('INSECURE: the run used the simulated TEE\n');
    return { result, gasUsed: gasUsed(), roundExecutors };
  } finally {
    stopWatchingInterrupt();
    bar.done();
    await resolved.devnet?.stop();
  }
}

/** The figures every parallel command prints in its JSON. */
export function parallelSummary({ result, gasUsed, roundExecutors }: ParallelCommandResult): Record<string, unknown> {
  return {
    parallel: true,
    slices: result.slices,
    rounds: result.rounds,
    cycles: result.cyclesDone,
    terminated: result.terminated,
    transfers: result.transfers,
    paid: result.paid,
    runSpent: result.runSpent,
    token: result.token,
    gasUsed,
    roundExecutors,
    modulesSent: result.modulesSent,
    outputs: result.outputs.length,
    bytesSent: result.bytesSent,
    bytesReceived: result.bytesReceived,
    insecure: result.insecure,
    sessions: result.sessions,
    failures: result.failures,
  };
}
