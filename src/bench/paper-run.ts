/** Runs the paper sweep on one rig (devnet + executor processes) shared by every point. */
import { measureGas } from './gas.js';
import { startHarness } from './harness.js';
import { benchLife } from './life.js';
import { benchOcr } from './ocr.js';
import { runPaper, type PaperOptions } from './paper.js';
import type { PaperResult } from './types.js';

export async function benchPaper(options: PaperOptions): Promise<PaperResult> {
  const harness = await startHarness({ executors: Math.max(1, options.ocrExecutors), log: options.log });
  try {
    return await runPaper(options, {
      life: (params) => benchLife(params, { harness }),
      ocr: (params) => benchOcr(params, { harness }),
      gas: () => measureGas(harness),
    });
  } finally {
    await harness.close();
  }
}
