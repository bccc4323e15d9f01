/** `airtnt run ocr`'s work (registered in run-ocr.ts): generate the images, run them in parallel, score the text. */
import { loadBuiltinFunction, measureFunction } from '../../functions/abi.js';
import { encodeOcrQueue, generateOcrImages, scoreOcr } from '../../functions/ocr-images.js';
import { OCR_PARALLEL } from '../../functions/parallel-manifest.js';
import type { RequesterFaults } from '../../node/faults.js';
import { toHex } from '../../util/bytes.js';
import { safeJson } from '../../util/errors.js';
import { formatSpend } from '../progress.js';
import { parallelSummary, runParallelCommand } from './run-parallel-action.js';
import type { OcrRunOptions } from './run-ocr.js';

export async function runOcrCommand(options: OcrRunOptions, faults: RequesterFaults | undefined): Promise<void> {
  const images = generateOcrImages({ count: options.images, noise: options.noise, seed: options.seed });
  const initialState = encodeOcrQueue(images);
  const module = await loadBuiltinFunction('ocr');
  const functionMeasurement = measureFunction(module);
  const ran = await runParallelCommand({ module, functionMeasurement, initialState, spec: OCR_PARALLEL }, { ...options, cycles: options.images }, faults);
  const decoder = new TextDecoder();
  const recognised = ran.result.outputs.map((output) => decoder.decode(output));
  const score = scoreOcr(images.map((image) => image.text), recognised);
  if (options.json) {
    process.stdout.write(`${safeJson({
      ok: true,
      function: 'ocr',
      measurement: toHex(functionMeasurement).slice(2),
      noise: options.noise,
      seed: options.seed,
      ...score,
      recognised,
      stateBytes: initialState.length,
      ...parallelSummary(ran),
    })}\n`);
    return;
  }
  const { result } = ran;
  console.log(`ocr: ${(score.accuracy * 100).toFixed(2)}% of ${score.characters} characters right, ${score.imagesExact} of ${options.images} images exact`);
  console.log(`${options.images} images (${initialState.length} bytes, noise sigma ${options.noise}) in ${result.slices.length} slices on ${new Set(ran.roundExecutors.map((r) => r.executor)).size} executors: ${result.rounds} rounds, run cost ${formatSpend(result.runSpent, options.token)}, gas ${ran.gasUsed}`);
}
