/**
 * `airtnt function ...`: the author's tools (new, build, check: ./function-author.ts), measure, and
 * local runs of the built-in functions (straight through the ABI binding, no enclave, no protocol)
 * to check results and speed.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { FunctionLimits } from '../../functions/abi.js';
import { decodeLifeState, encodeLifeState, parsePatternFile, writePatternFile } from '../../functions/life.js';
import { encodeOcrQueue, generateOcrImages, OCR_DEFAULT_NOISE, OCR_DEFAULT_SEED, scoreOcr } from '../../functions/ocr-images.js';
import { toHex } from '../../util/bytes.js';
import { AirtntError } from '../../util/errors.js';
import { packageRoot } from '../../util/paths.js';
import { registerRunLocalWasm } from './function-run-local.js';
import { registerFunctionAuthor } from './function-author.js';

export const FUNCTION_DESCRIPTION = 'write, build and check WebAssembly functions (yours, and the built-in life and ocr), and run them locally';

/** Local runs are the user's own: generous limits (1 GiB of memory), still bounded. */
const LOCAL_LIMITS: FunctionLimits = { maxMemoryPages: 16384, maxStateBytes: 1 << 30, maxOutputBytes: 1 << 30 };

function integerOption(name: string, value: string | undefined, min: number, max: number): number {
  const parsed = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new AirtntError('INVALID_ARGUMENT', `--${name} must be an integer in ${min}..${max}`, { details: { [name]: value } });
  }
  return parsed;
}

function numberOption(name: string, value: string, min: number, max: number): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new AirtntError('INVALID_ARGUMENT', `--${name} must be a number in ${min}..${max}`, { details: { [name]: value } });
  }
  return parsed;
}

function hexOf(bytes: Uint8Array): string {
  return toHex(bytes).slice(2);
}

type LifeOptions = { pattern: string; width?: string; height?: string; cycles: string; out?: string; json?: boolean };

async function runLocalLife(options: LifeOptions): Promise<void> {
  const pattern = parsePatternFile(options.pattern, await readFile(options.pattern, 'utf8'));
  const width = options.width === undefined ? pattern.width : integerOption('width', options.width, 1, 1 << 20);
  const height = options.height === undefined ? pattern.height : integerOption('height', options.height, 1, 1 << 20);
  const cycles = integerOption('cycles', options.cycles, 0, 0xffffffff);
  const state = encodeLifeState(width, height, pattern);
  const bytes = await loadBuiltinFunction('life');
  const compileStart = performance.now();
  const module = await compileFunction(bytes);
  const compileMs = performance.now() - compileStart;
  const start = performance.now();
  const result = await runFunction(module, state, cycles, LOCAL_LIMITS);
  const elapsedMs = performance.now() - start;
  const final = decodeLifeState(result.state);
  if (options.out) await writeFile(options.out, writePatternFile(options.out, final));
  const summary = {
    function: 'life',
    measurement: hexOf(measureFunction(bytes)),
    width,
    height,
    cycles,
    cyclesDone: result.cyclesDone,
    terminated: result.cyclesDone < cycles,
    liveCells: final.cells.reduce((sum, cell) => sum + cell, 0),
    stateBytes: result.state.length,
    compileMs: round(compileMs),
    elapsedMs: round(elapsedMs),
    out: options.out ?? null,
  };
  if (options.json) {
    console.log(JSON.stringify(summary));
    return;
  }
  const ending = summary.terminated ? ' (reached a fixed point)' : '';
  console.log(`life ${width}x${height}: ${result.cyclesDone} of ${cycles} generations${ending} in ${summary.elapsedMs} ms`);
  console.log(`${summary.liveCells} live cells${options.out ? `, written to ${options.out}` : ''}`);
}

type OcrOptions = { images: string; noise: string; seed: string; json?: boolean };

async function runLocalOcr(options: OcrOptions): Promise<void> {
  const count = integerOption('images', options.images, 1, 100_000);
  const noise = numberOption('noise', options.noise, 0, 128);
  const seed = integerOption('seed', options.seed, 0, 0xffffffff);
  const images = generateOcrImages({ count, noise, seed });
  const state = encodeOcrQueue(images);
  const bytes = await loadBuiltinFunction('ocr');
  const module = await compileFunction(bytes);
  const start = performance.now();
  const result = await runFunction(module, state, count, LOCAL_LIMITS);
  const elapsedMs = performance.now() - start;
  const decoder = new TextDecoder();
  const score = scoreOcr(
    images.map((image) => image.text),
    result.outputs.map((output) => decoder.decode(output)),
  );
  const summary = {
    function: 'ocr',
    measurement: hexOf(measureFunction(bytes)),
    noise,
    seed,
    ...score,
    stateBytes: state.length,
    elapsedMs: round(elapsedMs),
    imagesPerSecond: Math.round((count / elapsedMs) * 1000),
  };
  if (options.json) {
    console.log(JSON.stringify(summary));
    return;
  }
  console.log(`ocr: ${(score.accuracy * 100).toFixed(2)}% of ${score.characters} characters right, ${score.imagesExact} of ${count} images exact`);
  console.log(`${count} images (${state.length} bytes, noise sigma ${noise}) in ${summary.elapsedMs} ms: ${summary.imagesPerSecond} images/s`);
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Builds airtnt's own functions (a source checkout): scripts/build-functions.mjs. */
function buildBuiltins(options: { check?: boolean; update?: boolean }): void {
  const args = [join(packageRoot(), 'scripts', 'build-functions.mjs')];
  if (options.check) args.push('--check');
  if (options.update) args.push('--update');
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new AirtntError('FUNCTION_BUILD_FAILED', 'building the functions failed', { details: { status: result.status } });
  }
}

// Loaded when a command runs, not when it is defined, so that `--help` answers at once.
let compileFunction: typeof import('../../functions/abi.js').compileFunction;
let loadBuiltinFunction: typeof import('../../functions/abi.js').loadBuiltinFunction;
let measureFunction: typeof import('../../functions/abi.js').measureFunction;
let runFunction: typeof import('../../functions/abi.js').runFunction;

async function loadDependencies(): Promise<void> {
  const [m0] = await Promise.all([
    import('../../functions/abi.js'),
  ]);
  ({ compileFunction, loadBuiltinFunction, measureFunction, runFunction } = m0);
}

export function registerFunction(program: Command): void {
  const fn = program.command('function').description(FUNCTION_DESCRIPTION);

  registerFunctionAuthor(fn, buildBuiltins);

  fn.command('measure')
    .description('print the measurement (sha256, hex) of a WebAssembly module')
    .argument('<file>', 'the .wasm file')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      await loadDependencies();
      const bytes = new Uint8Array(await readFile(file));
      const measurement = hexOf(measureFunction(bytes));
      console.log(options.json ? JSON.stringify({ file, bytes: bytes.length, sha256: measurement }) : measurement);
    });

  const runLocal = fn.command('run-local').description('run a function directly, here (no enclave, no payments): your module (wasm FILE) or a built-in one');
  registerRunLocalWasm(runLocal);
  runLocal
    .command('life')
    .description("Conway's Game of Life on a bounded grid, the pattern's top-left cell at (0, 0)")
    .requiredOption('--pattern <file>', 'the initial pattern, RLE (.rle) or plaintext (.cells)')
    .option('--width <cells>', 'grid width (default: the pattern width)')
    .option('--height <cells>', 'grid height (default: the pattern height)')
    .requiredOption('--cycles <n>', 'generations to run (fewer when the grid reaches a fixed point)')
    .option('--out <file>', 'write the final grid, RLE or .cells by extension')
    .option('--json', 'print JSON, with the elapsed milliseconds')
    .action(async (options: LifeOptions) => {
      await loadDependencies();
      await runLocalLife(options);
    });
  runLocal
    .command('ocr')
    .description('recognise generated noisy text images and print the character accuracy')
    .option('--images <n>', 'how many 32x32 images', '1000')
    .option('--noise <sigma>', 'Gaussian noise, standard deviation in grey levels', String(OCR_DEFAULT_NOISE))
    .option('--seed <n>', 'seed of the image generator', String(OCR_DEFAULT_SEED))
    .option('--json', 'print JSON')
    .action(async (options: OcrOptions) => {
      await loadDependencies();
      await runLocalOcr(options);
    });
}
