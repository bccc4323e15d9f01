/**
 * The workloads of the paper's section 6, and the same functions run locally with no protocol
 * ("bare"): what the enclave would do, without keys, sealing, signatures, network or payments.
 */
import { DEFAULT_LIMITS } from '../protocol/limits.js';
import { compileFunction, loadBuiltinFunction, measureFunction, runFunction, type BuiltinFunctionName } from '../functions/abi.js';
import { emptyPattern, encodeLifeState } from '../functions/life.js';
import { encodeOcrQueue, generateOcrImages, seededRandom } from '../functions/ocr-images.js';
import { AirtntError } from '../util/errors.js';

export type LoadedFunction = { name: BuiltinFunctionName; bytes: Uint8Array; measurement: Uint8Array; module: WebAssembly.Module };

const loaded = new Map<BuiltinFunctionName, Promise<LoadedFunction>>();

export function loadFunction(name: BuiltinFunctionName): Promise<LoadedFunction> {
  let entry = loaded.get(name);
  if (!entry) {
    entry = (async () => {
      const bytes = await loadBuiltinFunction(name);
      return { name, bytes, measurement: measureFunction(bytes), module: await compileFunction(bytes) };
    })();
    loaded.set(name, entry);
  }
  return entry;
}

export type BareRun = { ms: number; state: Uint8Array; outputs: Uint8Array[]; cyclesDone: number; calls: number };

/** Runs the function locally in rounds of `perRound` cycles, a fresh instance per call as the enclave does. */
export async function runBare(fn: LoadedFunction, initialState: Uint8Array, totalCycles: number, perRound: number): Promise<BareRun> {
  const limits = { maxMemoryPages: DEFAULT_LIMITS.maxMemoryPages, maxStateBytes: DEFAULT_LIMITS.maxStateBytes, maxOutputBytes: DEFAULT_LIMITS.maxOutputBytes };
  let state = initialState;
  const outputs: Uint8Array[] = [];
  let cyclesDone = 0;
  let calls = 0;
  const started = performance.now();
  while (cyclesDone < totalCycles) {
    const asked = Math.min(perRound, totalCycles - cyclesDone);
    const result = await runFunction(fn.module, state, asked, limits);
    calls += 1;
    state = result.state;
    outputs.push(...result.outputs);
    cyclesDone += result.cyclesDone;
    if (result.cyclesDone < asked) break;
  }
  return { ms: performance.now() - started, state, outputs, cyclesDone, calls };
}

export type LifeWorkload = { state: Uint8Array; pattern: string };

/** Soup density: about a third of the cells alive, which keeps a bounded grid active for long. */
const SOUP_DENSITY = 0.35;
const MAX_SOUP_SEEDS = 500;

/**
 * A random soup on a grid x grid board that is still changing after `cycles` generations (the
 * function stops at a fixed point, which would cut the run short). Seeds are tried in order, so the
 * same grid and cycles always give the same soup.
 */
export async function lifeSoup(grid: number, cycles: number): Promise<LifeWorkload> {
  const fn = await loadFunction('life');
  for (let seed = 1; seed <= MAX_SOUP_SEEDS; seed++) {
    const random = seededRandom(seed);
    const pattern = emptyPattern(grid, grid);
    for (let i = 0; i < pattern.cells.length; i++) pattern.cells[i] = random() < SOUP_DENSITY ? 1 : 0;
    const state = encodeLifeState(grid, grid, pattern);
    const bare = await runBare(fn, state, cycles, cycles);
    if (bare.cyclesDone === cycles) return { state, pattern: `soup(seed=${seed}, density=${SOUP_DENSITY})` };
  }
  throw new AirtntError('BENCH_NO_SOUP', `no random soup on ${grid}x${grid} stays active for ${cycles} generations`, {
    details: { grid, cycles, seedsTried: MAX_SOUP_SEEDS },
    hint: 'use fewer cycles or a larger grid',
  });
}

export type OcrWorkload = { state: Uint8Array; texts: string[]; imageBytes: number };

/** `count` generated images of 32 x 32 grey pixels (1,024 bytes each, the paper's "about 1 kB"). */
export function ocrImages(count: number, seed = 1): OcrWorkload {
  const images = generateOcrImages({ count, seed });
  return { state: encodeOcrQueue(images), texts: images.map((image) => image.text), imageBytes: images[0]?.pixels.length ?? 0 };
}

const decoder = new TextDecoder();

/** The OCR function outputs one message per image: its recognised text. */
export function ocrTexts(outputs: readonly Uint8Array[]): string[] {
  return outputs.map((output) => decoder.decode(output));
}
