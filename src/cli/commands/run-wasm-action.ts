/**
 * `airtnt run wasm`'s work (registered in run-wasm.ts): read the module and the state, run them
 * through the paid protocol, write the final state and the framed outputs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import type { ChainClient } from '../../chain/index.js';
import type { RequesterFaults } from '../../node/faults.js';
import { Requester, runIdOf } from '../../node/requester.js';
import { fetchOwnerPolicy } from '../../owner/client.js';
import { concatBytes, fromHex, toHex } from '../../util/bytes.js';
import { AirtntError, safeJson } from '../../util/errors.js';
import { resolveChain } from '../chain-options.js';
import { dataDirOf, lockDataDir } from '../data-dir.js';
import { formatSpend, ProgressBar } from '../progress.js';
import { RunTracker, onRunInterrupt, onSetupInterrupt } from '../run-interrupt.js';
import { counted, readRunRecord, resumeBanner, runStatus, terminatedText, writeRunRecord } from '../run-records.js';
import { policyOf } from './policy-options.js';
import { poolOf } from './pool-options.js';
import { checkOutput, requesterSettingsOf, warnRisks } from './run.js';
import type { WasmOptions } from './run-wasm.js';

export function readInput(path: string, what: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (cause) {
    throw new AirtntError('MODULE_UNREADABLE', `cannot read the ${what} ${path}`, { details: { path }, cause });
  }
}

/** The chain client with the gas of every transaction it waits for counted (the requester's channel opens and top-ups). */
export function countingGas(client: ChainClient): { client: ChainClient; gasUsed: () => bigint } {
  let gas = 0n;
  const publicClient = new Proxy(client.public, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== 'waitForTransactionReceipt' || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const receipt = await (value as (...a: unknown[]) => Promise<{ gasUsed: bigint; from: string }>).apply(target, args);
        if (receipt.from.toLowerCase() === client.account.address.toLowerCase()) gas += receipt.gasUsed;
        return receipt;
      };
    },
  });
  return { client: { ...client, public: publicClient }, gasUsed: () => gas };
}

/** Output messages as the ABI frames them: each a u32 little-endian length, then its bytes. */
export function frameOutputs(outputs: readonly Uint8Array[]): Uint8Array {
  return concatBytes(...outputs.flatMap((output) => {
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, output.length, true);
    return [length, output];
  }));
}

/** The module's measurement: sha256 of the module, or with a code owner the one named or its policy lists. */
async function measurementOf(module: Uint8Array, options: WasmOptions): Promise<Uint8Array> {
  if (options.codeOwner === undefined) return sha256(module);
  if (options.function !== undefined) return fromHex(options.function.startsWith('0x') ? options.function : `0x${options.function}`, 32, '--function');
  const { policy } = await fetchOwnerPolicy(options.codeOwner);
  const functions = (policy as { functions?: string[] }).functions ?? [];
  if (functions.length !== 1) {
    throw new AirtntError('INVALID_JOB', `the code owner's policy lists ${functions.length} functions: name the one to run with --function`, { details: { functions } });
  }
  return fromHex(`0x${functions[0]!.replace(/^0x/, '')}`, 32, 'functions');
}

export async function runWasmCommand(modulePath: string, options: WasmOptions, faults: RequesterFaults | undefined): Promise<void> {
  const dataDir = dataDirOf(options.dataDir, 'requester');
  // From here on a Ctrl-C is said (before: only the CLI's own loading, about a second, ends silently).
  const stopWatchingSetupInterrupt = onSetupInterrupt(options.json, dataDir);
  const module = readInput(modulePath, options.codeOwner === undefined ? 'module' : 'code owner\'s encrypted module');
  if (options.state === undefined && options.dataOwner === undefined) {
    throw new AirtntError('INVALID_JOB', 'no initial state', { hint: 'give --state FILE, or --data-owner URL (with --state FILE: its encrypted data, unless it releases its data inline)' });
  }
  const initialState = options.state === undefined ? new Uint8Array(0) : readInput(options.state, options.dataOwner === undefined ? 'state file' : 'data owner\'s encrypted data');
  const functionMeasurement = await measurementOf(module, options);
  const owners = options.codeOwner === undefined && options.dataOwner === undefined ? undefined : {
    codeOwner: options.codeOwner,
    dataOwner: options.dataOwner,
    ...(options.codeOwner === undefined ? {} : { encryptedModule: module }),
  };
  if (options.out !== undefined) checkOutput(options.out);
  if (options.outputs !== undefined) checkOutput(options.outputs, '--outputs');
  warnRisks(options, 'your data or your code');
  const pool = poolOf(options);
  lockDataDir(dataDir);
  const resolved = await resolveChain(options, { refuseImplicitChain: ['--executor'], dataDir });
  const { client, gasUsed } = countingGas(resolved.client);
  const bar = new ProgressBar(options.token, 'cycles');
  const roundExecutors: { round: number; executor: string }[] = [];
  const job = {
    functionMeasurement,
    ...(options.codeOwner === undefined ? { module } : {}),
    initialState,
    totalCycles: options.cycles,
    perRound: options.perRound,
    executors: options.executor,
    ...(owners === undefined ? {} : { owners }),
  };
  const runId = runIdOf(job);
  const status = runStatus(dataDir, runId);
  const { executorsForRun } = await import('../registry-resume.js');
  const selection = await executorsForRun(resolved.client, options, policyOf(options), { runId, status });
  job.executors = options.executor;
  process.stderr.write(`function ${toHex(functionMeasurement).slice(2)} (${module.length} bytes), run ${runId.slice(0, 16)}\n`);
  if (status.kind === 'resumed') process.stderr.write(`${resumeBanner(runId, dataDir, status, formatSpend(status.spent, options.token))}\n`);
  const tracker = new RunTracker(runId, dataDir, status.kind === 'resumed' ? { roundsDone: status.roundsDone, totalRounds: status.totalRounds, awaitingKeys: status.awaitingKeys, spent: status.spent } : { roundsDone: 0, totalRounds: Math.ceil(options.cycles / options.perRound), spent: 0n });
  const requester = new Requester({
    chain: client,
    dataDir,
    ...requesterSettingsOf(options),
    ...(pool === undefined ? {} : { pool }),
    onProgress: (progress) => {
      bar.update(progress);
      tracker.update(progress);
      roundExecutors.push({ round: Number(progress.round), executor: progress.executor });
    },
    log: (line) => bar.note(line),
  }, faults);
  stopWatchingSetupInterrupt();
  const stopWatchingInterrupt = onRunInterrupt(options.json, () => tracker.current, (value) => formatSpend(value, options.token), () => bar.done());
  try {
    const result = await requester.run(job);
    bar.done(result.terminated);
    if (options.out !== undefined) writeFileSync(options.out, result.finalState);
    if (options.outputs !== undefined) writeFileSync(options.outputs, frameOutputs(result.outputs));
    if (result.insecure) process.stderr.write('INSECURE: the run used the simulated TEE\n');
    // Listed by `airtnt runs list` like a life run (runs/RUN_ID.json beside the store).
    writeRunRecord(dataDir, {
      // A run answered from the store ran no session now: keep who executed it.
      runId: result.runId, executors: result.sessions.length === 0 ? readRunRecord(dataDir, result.runId)?.executors ?? [] : [...new Set(result.sessions.map((session) => session.url))],
      insecure: result.insecure || readRunRecord(dataDir, result.runId)?.insecure === true, finishedAt: new Date().toISOString(),
      ...(options.out === undefined ? {} : { out: resolve(options.out) }), ...(result.token === undefined ? {} : { token: result.token }), spent: result.runSpent.toString(),
    });
    if (result.resultsFor !== undefined) process.stderr.write(`the results are for the recipient the data owner named (${result.resultsFor[0]?.recipient ?? '?'}): they are stored encrypted, with the result secret sealed to it; --out and --outputs are left empty\n`);
    if (options.json) {
      process.stdout.write(`${safeJson({
        ok: true,
        runId: result.runId,
        functionMeasurement: toHex(functionMeasurement).slice(2),
        rounds: result.rounds,
        // This invocation ran rounds resumedFromRound .. rounds - 1 (see RunResult).
        resumedFromRound: result.resumedFromRound,
        cycles: result.cyclesDone,
        terminated: result.terminated,
        transfers: result.transfers,
        paid: result.paid,
        runSpent: result.runSpent,
        maxSpend: result.maxSpend,
        token: result.token,
        gasUsed: gasUsed(),
        roundExecutors,
        modulesSent: result.modulesSent,
        outputs: result.outputs.length,
        stateBytes: result.finalState.length,
        bytesSent: result.bytesSent,
        bytesReceived: result.bytesReceived,
        insecure: result.insecure,
        sessions: result.sessions,
        failures: result.failures,
        ...(result.pool === undefined ? {} : { pool: result.pool }),
        ...(result.resultsFor === undefined ? {} : { resultsFor: result.resultsFor }),
        ...(selection === undefined ? {} : { selection: selection.document, skipped: selection.skipped }),
        ...(options.out === undefined ? {} : { out: options.out }),
        ...(options.outputs === undefined ? {} : { outputsFile: options.outputs }),
      })}\n`);
    } else {
      process.stdout.write(`${counted(result.rounds, 'round')}, ${result.cyclesDone} cycles, ${counted(result.outputs.length, 'output')}, ${counted(result.transfers, 'transfer')}, run cost ${formatSpend(result.runSpent, options.token)}, gas ${gasUsed()}${options.out === undefined ? '' : `; final state in ${options.out}`}${options.outputs === undefined ? '' : `; outputs in ${options.outputs}`}\n`);
      // A run that ends before its cycles is no failure: said in words, not only as --json's `terminated`.
      if (result.terminated) process.stdout.write(`${terminatedText({ ...result, totalCycles: options.cycles })}\n`);
    }
  } finally {
    stopWatchingInterrupt();
    bar.done();
    requester.close();
    await resolved.devnet?.stop();
  }
}
