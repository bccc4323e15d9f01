/**
 * The checkpoint law of docs/functions.md, checked on one sample state: running N cycles at once
 * gives the same state, the same outputs (concatenated in order) and the same number of cycles done
 * as running them in chunks, each chunk on the state the previous one left; and a run that has
 * terminated stays terminated. An executor relies on it: a run is cut into paid rounds, and a round
 * can move to another executor, so a function that breaks it gives the requester a wrong result.
 */
import { AirtntError } from '../util/errors.js';
import { runFunction, type FunctionLimits, type FunctionRunResult } from './abi.js';

export type LawSplit = { chunks: number[]; calls: number };
export type CheckpointReport = {
  cycles: number;
  cyclesDone: number;
  terminated: boolean;
  stateBytes: number;
  outputs: number;
  outputBytes: number;
  workUnits: number;
  /** Every split compared with the one-call run. */
  splits: number[][];
};

/** The splits of `cycles` tried: a 0-cycle call first, halves, 1 then thirds, and single steps for short runs. */
export function lawSplits(cycles: number): number[][] {
  const splits: number[][] = [[0, cycles]];
  if (cycles >= 2) splits.push([Math.floor(cycles / 2), cycles - Math.floor(cycles / 2)]);
  if (cycles >= 3) {
    const third = Math.floor((cycles - 1) / 3);
    splits.push([1, third, cycles - 1 - third]);
  }
  if (cycles >= 2 && cycles <= 64) splits.push(Array.from({ length: cycles }, () => 1));
  return splits;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Outputs in their ABI framing (u32 LE length, then the bytes), so message boundaries count too. */
function framed(outputs: Uint8Array[]): Uint8Array {
  return concat(outputs.flatMap((output) => {
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, output.length, true);
    return [length, output];
  }));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** The first byte offset where two byte strings differ (or the shorter length). */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return index;
  return length;
}

function broken(what: string, details: Record<string, unknown>): AirtntError {
  return new AirtntError('FUNCTION_CHECKPOINT_LAW', `the checkpoint law fails: ${what}`, {
    details,
    hint: 'produce outputs per cycle, never per call; keep everything the next call needs in the state; once run() returns fewer cycles than asked, return 0 on that state from then on (docs/functions.md, "The checkpoint law")',
  });
}

type Chained = { state: Uint8Array; outputs: Uint8Array; cyclesDone: number; calls: FunctionRunResult[] };

async function runChunks(module: WebAssembly.Module, state: Uint8Array, chunks: number[], limits: FunctionLimits): Promise<Chained> {
  let current = state;
  let cyclesDone = 0;
  const outputs: Uint8Array[] = [];
  const calls: FunctionRunResult[] = [];
  for (const chunk of chunks) {
    const result = await runFunction(module, current, chunk, limits);
    calls.push(result);
    current = result.state;
    cyclesDone += result.cyclesDone;
    outputs.push(framed(result.outputs));
  }
  return { state: current, outputs: concat(outputs), cyclesDone, calls };
}

/**
 * Checks the law on `state` for `cycles` cycles; throws FUNCTION_CHECKPOINT_LAW naming what differs
 * and for which split, or the function's own error (FUNCTION_TRAPPED, ...) when a call fails.
 */
export async function checkCheckpointLaw(module: WebAssembly.Module, state: Uint8Array, cycles: number, limits: FunctionLimits): Promise<CheckpointReport> {
  const whole = await runChunks(module, state, [cycles], limits);
  const again = await runChunks(module, state, [cycles], limits);
  if (!sameBytes(whole.state, again.state) || !sameBytes(whole.outputs, again.outputs) || whole.cyclesDone !== again.cyclesDone) {
    throw broken('two identical calls gave different results (the function is not deterministic)', { cycles });
  }
  const splits = lawSplits(cycles);
  for (const chunks of splits) {
    const parts = await runChunks(module, state, chunks, limits);
    const split = chunks.length > 8 ? `${chunks.length} calls of 1 cycle` : chunks.join(' + ');
    if (parts.cyclesDone !== whole.cyclesDone) {
      throw broken(`${split} cycles did ${parts.cyclesDone} cycles, one call of ${cycles} did ${whole.cyclesDone}`, { split: chunks, cyclesDone: parts.cyclesDone, expected: whole.cyclesDone, part: 'cycles' });
    }
    if (!sameBytes(parts.outputs, whole.outputs)) {
      throw broken(`${split} cycles gave other outputs than one call of ${cycles} (first difference at byte ${firstDifference(parts.outputs, whole.outputs)} of the framed outputs)`, {
        split: chunks, outputBytes: parts.outputs.length, expectedOutputBytes: whole.outputs.length, part: 'outputs',
      });
    }
    if (!sameBytes(parts.state, whole.state)) {
      throw broken(`${split} cycles left another state than one call of ${cycles} (first difference at byte ${firstDifference(parts.state, whole.state)})`, {
        split: chunks, stateBytes: parts.state.length, expectedStateBytes: whole.state.length, part: 'state',
      });
    }
  }
  const terminated = whole.cyclesDone < cycles;
  if (terminated) {
    // A terminated run stays terminated: more cycles do nothing.
    const after = await runFunction(module, whole.state, Math.max(cycles, 1), limits);
    if (after.cyclesDone !== 0 || after.outputs.length !== 0 || !sameBytes(after.state, whole.state)) {
      throw broken(`the run terminated after ${whole.cyclesDone} of ${cycles} cycles, but a further call did ${after.cyclesDone} cycles, gave ${after.outputs.length} outputs${sameBytes(after.state, whole.state) ? '' : ' and changed the state'}`, {
        cyclesDone: after.cyclesDone, outputs: after.outputs.length, part: 'termination',
      });
    }
  }
  const result = whole.calls[0]!;
  return {
    cycles,
    cyclesDone: whole.cyclesDone,
    terminated,
    stateBytes: whole.state.length,
    outputs: result.outputs.length,
    outputBytes: whole.outputs.length,
    workUnits: result.workUnits,
    splits,
  };
}
