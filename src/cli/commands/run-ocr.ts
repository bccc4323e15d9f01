/**
 * `airtnt run ocr --images N --executor URL...`: the paper's OCR case on rented executors. N test
 * images (src/functions/ocr-images.ts) are queued as the built-in ocr function's state, split across
 * the executors and recognised at once, one paid run per slice (src/node/run-parallel.ts); the text
 * and its score are printed as `airtnt function run-local ocr` prints them.
 */
import type { Command } from 'commander';
import type { RequesterFaults } from '../../node/faults.js';
import { integer } from '../integer-arg.js';
import { collect } from './policy-options.js';
import { addPaymentOptions, addRequesterOptions, executorUrl, type CommonOptions } from './run.js';
import type { ParallelCommandOptions } from './run-parallel-action.js';

type OcrRunOptions = CommonOptions & Omit<ParallelCommandOptions, 'cycles'> & { images: number; noise: number; seed: number; json?: boolean };

function noiseArg(value: string): number {
  const parsed = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(parsed >= 0 && parsed <= 128)) throw new Error(`--noise must be a number in 0..128, got "${value}"`);
  return parsed;
}

/** @param injected test-only crash points for the requester (src/node/faults.ts); the airtnt CLI passes none. */
export function registerRunOcr(run: Command, injected: { faults?: RequesterFaults } = {}): void {
  const ocr = run
    .command('ocr')
    .description('recognise text in N generated images with the built-in ocr function, the images split across the executors in parallel')
    .requiredOption('--images <n>', 'how many test images (32x32 grey, random text)', integer(1, 100_000))
    .requiredOption('--executor <url>', 'executor URL (repeatable: one slice of the images each; a failed executor\'s slice moves to the others)', collect(executorUrl))
    .option('--per-round <n>', 'images (cycles) per paid round', integer(1, 0xffff_ffff), 10)
    .option('--noise <sigma>', 'Gaussian noise of the images, standard deviation in grey levels', noiseArg, 32)
    .option('--seed <n>', 'seed of the image generator', integer(0, 0xffff_ffff), 1)
    .option('--json', 'print one JSON object as the last line of stdout');
  addPaymentOptions(ocr);
  addRequesterOptions(ocr);
  ocr.action(async (options: OcrRunOptions) => {
    // The requester's machinery is loaded when the command runs, so that --help answers at once.
    const [{ runOcrCommand }] = await Promise.all([import('./run-ocr-action.js')]);
    await runOcrCommand(options, injected.faults);
  });
}

export type { OcrRunOptions };
