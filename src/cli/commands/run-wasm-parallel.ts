/**
 * `airtnt run wasm` on a module with a parallel manifest (MODULE.wasm.json, docs/functions.md
 * "Parallel functions"): the state's items are split across the executors, run at once, and the
 * outputs concatenated in item order. --no-parallel runs it as one ordinary run; --parallel insists on
 * the manifest.
 */
import { writeFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { manifestPathOf, readParallelManifest } from '../../functions/parallel-manifest.js';
import type { RequesterFaults } from '../../node/faults.js';
import { toHex } from '../../util/bytes.js';
import { AirtntError, safeJson } from '../../util/errors.js';
import { formatSpend } from '../progress.js';
import { counted } from '../run-records.js';
import { parallelSummary, runParallelCommand } from './run-parallel-action.js';
import { checkOutput } from './run.js';
import { frameOutputs, readInput } from './run-wasm-action.js';
import type { WasmOptions } from './run-wasm.js';

/** Runs the module in parallel if its manifest says so (or --parallel); false: run it the ordinary way. */
export async function runWasmParallelIfDeclared(modulePath: string, options: WasmOptions, faults: RequesterFaults | undefined): Promise<boolean> {
  const spec = readParallelManifest(modulePath);
  if (spec === undefined) {
    if (options.parallel !== true) return false;
    throw new AirtntError('INVALID_ARGUMENT', `--parallel: the module has no parallel manifest ${manifestPathOf(modulePath)}`, {
      details: { module: modulePath },
      hint: 'write {"parallel":{"items":"length-prefixed","outputs":"concat"}} beside the module (docs/functions.md "Parallel functions"), or drop --parallel',
    });
  }
  const module = readInput(modulePath, 'module');
  if (options.state === undefined) {
    throw new AirtntError('INVALID_ARGUMENT', 'a parallel run needs --state: the list of items to split', { hint: 'give --state FILE, or drop --parallel' });
  }
  const initialState = readInput(options.state, 'state file');
  if (options.out !== undefined) checkOutput(options.out);
  if (options.outputs !== undefined) checkOutput(options.outputs, '--outputs');
  const functionMeasurement = sha256(module);
  const ran = await runParallelCommand({ module, functionMeasurement, initialState, spec }, options, faults);
  const { result } = ran;
  if (options.out !== undefined) {
    if (result.finalState === undefined) {
      throw new AirtntError('INVALID_ARGUMENT', 'the slices\' final states are not lists of items: no final state to write', {
        details: { framing: spec.items, out: options.out },
        hint: 'the function must keep its state a list of items (the framing its manifest names); the outputs were paid for and are stored with each slice\'s run',
      });
    }
    writeFileSync(options.out, result.finalState);
  }
  if (options.outputs !== undefined) writeFileSync(options.outputs, frameOutputs(result.outputs));
  if (options.json) {
    process.stdout.write(`${safeJson({
      ok: true,
      functionMeasurement: toHex(functionMeasurement).slice(2),
      ...parallelSummary(ran),
      stateBytes: result.finalState?.length ?? null,
      ...(options.out === undefined ? {} : { out: options.out }),
      ...(options.outputs === undefined ? {} : { outputsFile: options.outputs }),
    })}\n`);
  } else {
    process.stdout.write(`${result.slices.length} slices in parallel: ${counted(result.rounds, 'round')}, ${result.cyclesDone} cycles, ${counted(result.outputs.length, 'output')}, ${counted(result.transfers, 'transfer')}, run cost ${formatSpend(result.runSpent, options.token)}, gas ${ran.gasUsed}${options.out === undefined ? '' : `; final state in ${options.out}`}${options.outputs === undefined ? '' : `; outputs in ${options.outputs}`}\n`);
  }
  return true;
}
