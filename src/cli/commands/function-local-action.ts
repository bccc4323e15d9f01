/**
 * The bodies of `airtnt function measure` and `function run-local life|ocr`: straight through the ABI
 * binding, no enclave, no protocol. function.ts loads this module when one of them runs, so that
 * `--help` answers at once.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { compileFunction, loadBuiltinFunction, measureFunction, runFunction, type FunctionLimits } from '../../functions/abi.js';
import { decodeLifeState, encodeLifeState, parsePatternFile, writePatternFile } from '../../functions/life.js';
import { encodeOcrQueue, generateOcrImages, scoreOcr } from '../../functions/ocr-images.js';
import { toHex } from '../../util/bytes.js';
import { AirtntError } from '../../util/errors.js';

/** Prints a module's measurement (sha256, hex). */
export async function measureCommand(file: string, options: { json?: boolean }): Promise<void> {
  const bytes = new Uint8Array(await readFile(file));
  const measurement = hexOf(measureFunction(bytes));
  console.log(options.json ? JSON.stringify({ file, bytes: bytes.length, sha256: measurement }) : measurement);
}

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

export type LifeOptions = { pattern: string; width?: string; height?: string; cycles: string; out?: string; json?: boolean };

export async function runLocalLife(options: LifeOptions): Promise<void> {
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

export type OcrOptions = { images: string; noise: string; seed: string; json?: boolean };

export async function runLocalOcr(options: OcrOptions): Promise<void> {
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
