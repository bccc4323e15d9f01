/**
 * `airtnt function run-local wasm FILE.wasm`: runs an author's module here, in one call, through the
 * same binding an enclave uses (compileFunction, runFunction): no chain, no enclave, no payment. What
 * it writes is what `airtnt run wasm` would give for the same state and cycles (the checkpoint law).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { safeJson } from '../../util/errors.js';
import { integer } from '../integer-arg.js';
import { readBounded } from './function-author.js';

/** What the local run gives the function: what a generous executor would (as `function check`). */
const LOCAL_LIMITS = { maxMemoryPages: 4096, maxStateBytes: 64 * 1024 * 1024, maxOutputBytes: 64 * 1024 * 1024 };

type RunLocalWasmOptions = { state?: string; cycles: number; out?: string; outputs?: string; json?: boolean };

async function runLocalWasm(file: string, options: RunLocalWasmOptions): Promise<void> {
  const [{ compileFunction, measureFunction, runFunction }, { toHex }, { frameOutputs }] = await Promise.all([
    import('../../functions/abi.js'),
    import('../../util/bytes.js'),
    import('./run-wasm-action.js'),
  ]);
  const bytes = readBounded(file, 'module');
  const state = options.state === undefined ? new Uint8Array(0) : readBounded(options.state, 'state');
  const started = performance.now();
  const result = await runFunction(await compileFunction(bytes), state, options.cycles, LOCAL_LIMITS);
  const elapsedMs = Math.round((performance.now() - started) * 10) / 10;
  if (options.out !== undefined) writeFileSync(options.out, result.state);
  if (options.outputs !== undefined) writeFileSync(options.outputs, frameOutputs(result.outputs));
  const summary = {
    ok: true,
    file: resolve(file),
    sha256: toHex(measureFunction(bytes)).slice(2),
    cycles: options.cycles,
    cyclesDone: result.cyclesDone,
    terminated: result.cyclesDone < options.cycles,
    outputs: result.outputs.length,
    stateBytes: result.state.length,
    workUnits: result.workUnits,
    elapsedMs,
    ...(options.out === undefined ? {} : { out: options.out }),
    ...(options.outputs === undefined ? {} : { outputsFile: options.outputs }),
  };
  if (options.json) {
    console.log(safeJson(summary));
    return;
  }
  console.log(`${result.cyclesDone} of ${options.cycles} cycles${summary.terminated ? ' (the function terminated)' : ''}, ${result.outputs.length} outputs, ${result.state.length} state bytes, ${result.workUnits} work units in ${elapsedMs} ms${options.out === undefined ? '' : `; final state in ${options.out}`}${options.outputs === undefined ? '' : `; outputs in ${options.outputs}`}`);
}

/** Registers `wasm FILE` under `airtnt function run-local`. */
export function registerRunLocalWasm(runLocal: Command): void {
  runLocal
    .command('wasm')
    .description('run your own module here in one call (no chain, no enclave, no payment): the state and outputs a paid run gives')
    .argument('<file>', 'the module (.wasm, e.g. built by airtnt function build)')
    .option('--state <file>', 'the initial state: the file\'s bytes (default: empty)')
    .requiredOption('--cycles <n>', 'cycles to run (fewer when the function terminates)', integer(0, 0xffff_ffff))
    .option('--out <file>', 'write the final state')
    .option('--outputs <file>', 'write every output message, each a u32 little-endian length then its bytes')
    .option('--json', 'print JSON')
    .action((file: string, options: RunLocalWasmOptions) => runLocalWasm(file, options));
}
