/**
 * `airtnt function ...`: the author's tools (new, build, check: ./function-author.ts), measure, and
 * local runs of the built-in functions (straight through the ABI binding, no enclave, no protocol)
 * to check results and speed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Command } from 'commander';
import { OCR_DEFAULT_NOISE, OCR_DEFAULT_SEED } from '../../functions/ocr-images.js';
import { AirtntError } from '../../util/errors.js';
import type { LifeOptions, OcrOptions } from './function-local-action.js';
import { packageRoot } from '../../util/paths.js';
import { registerRunLocalWasm } from './function-run-local.js';
import { registerFunctionAuthor } from './function-author.js';

export const FUNCTION_DESCRIPTION = 'write, build and check WebAssembly functions (yours, and the built-in life and ocr), and run them locally';

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

export function registerFunction(program: Command): void {
  const fn = program.command('function').description(FUNCTION_DESCRIPTION);

  registerFunctionAuthor(fn, buildBuiltins);

  fn.command('measure')
    .description('print the measurement (sha256, hex) of a WebAssembly module')
    .argument('<file>', 'the .wasm file')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => (await import('./function-local-action.js')).measureCommand(file, options));

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
    .action(async (options: LifeOptions) => (await import('./function-local-action.js')).runLocalLife(options));
  runLocal
    .command('ocr')
    .description('recognise generated noisy text images and print the character accuracy')
    .option('--images <n>', 'how many 32x32 images', '1000')
    .option('--noise <sigma>', 'Gaussian noise, standard deviation in grey levels', String(OCR_DEFAULT_NOISE))
    .option('--seed <n>', 'seed of the image generator', String(OCR_DEFAULT_SEED))
    .option('--json', 'print JSON')
    .action(async (options: OcrOptions) => (await import('./function-local-action.js')).runLocalOcr(options));
}
