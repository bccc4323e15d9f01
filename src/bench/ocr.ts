/**
 * `airtnt bench ocr`: the pure program of the paper (figures 7-10). The images are split into equal
 * shares, one per executor process, and the shares run in parallel (the paper's suggestion for pure
 * programs); latency is the wall time until the last share's final state is decrypted.
 */
import { scoreOcr } from '../functions/ocr-images.js';
import { AirtntError } from '../util/errors.js';
import { paidRun, startHarness } from './harness.js';
import { METHOD_NOTES, sampleOf, summarise, type BenchOptions } from './life.js';
import { machineInfo } from './machine.js';
import { median, roundTo } from './stats.js';
import type { OcrBenchParams, OcrBenchResult, RunSample } from './types.js';
import { loadFunction, ocrImages, ocrTexts, runBare } from './workloads.js';

const OCR_NOTES = [
  ...METHOD_NOTES,
  'OCR with several executors: each gets an equal share of the images on its own channel, all at once; latency is the wall time of the slowest share, bytes and enclave time are summed over shares.',
];

export async function benchOcr(params: Omit<OcrBenchParams, 'imageBytes'>, options: BenchOptions = {}): Promise<OcrBenchResult> {
  const log = options.log ?? (() => undefined);
  const harness = options.harness ?? (await startHarness({ executors: params.executors, log }));
  try {
    if (harness.executors.length < params.executors) {
      throw new AirtntError('BENCH_TOO_FEW_EXECUTORS', `the rig has ${harness.executors.length} executors, ${params.executors} asked`);
    }
    const fn = await loadFunction('ocr');
    const shares = splitImages(params.images, params.executors);
    const workloads = shares.map((count, i) => ocrImages(count, i + 1));
    const expected = workloads.flatMap((w) => w.texts);
    const runShares = async () => {
      const started = performance.now();
      const runs = await Promise.all(
        workloads.map((w, i) =>
          paidRun(harness, harness.executors[i]!, { functionMeasurement: fn.measurement, initialState: w.state, totalCycles: w.texts.length, perRound: params.perRound }),
        ),
      );
      return { runs, wallMs: performance.now() - started };
    };
    await runShares(); // warm-up, unmeasured
    const samples: RunSample[] = [];
    const accuracies: number[] = [];
    for (let run = 0; run < params.runs; run++) {
      const { runs, wallMs } = await runShares();
      const parts = runs.map(sampleOf);
      samples.push(combine(parts, wallMs));
      accuracies.push(scoreOcr(expected, runs.flatMap((r) => ocrTexts(r.result.outputs))).accuracy);
      log(`  ocr ${params.images} images on ${params.executors} executors, ${params.perRound}/round, run ${run + 1}/${params.runs}: ${wallMs.toFixed(1)} ms`);
    }
    const bareTimes: number[] = [];
    for (let run = 0; run < Math.min(params.runs, 3); run++) {
      let ms = 0;
      for (const w of workloads) ms += (await runBare(fn, w.state, w.texts.length, params.perRound)).ms;
      bareTimes.push(ms);
    }
    return {
      benchmark: 'ocr',
      params: { ...params, imageBytes: workloads[0]?.imageBytes ?? 0 },
      ...summarise(samples),
      bareMs: roundTo(median(bareTimes)),
      accuracy: roundTo(median(accuracies), 4),
      insecure: true,
      machine: machineInfo(),
      notes: OCR_NOTES,
    };
  } finally {
    if (!options.harness) await harness.close();
  }
}

/** Equal shares, the first ones one larger when the images do not divide evenly. */
export function splitImages(images: number, executors: number): number[] {
  return Array.from({ length: executors }, (_, i) => Math.floor(images / executors) + (i < images % executors ? 1 : 0)).filter((n) => n > 0);
}

/** Shares that ran in parallel: wall time for latency, sums for work and bytes, the slowest chain steps. */
function combine(parts: RunSample[], wallMs: number): RunSample {
  const sum = (pick: (s: RunSample) => number): number => parts.reduce((total, s) => total + pick(s), 0);
  const max = (pick: (s: RunSample) => number): number => Math.max(...parts.map(pick));
  return {
    latencyMs: max((s) => s.latencyMs),
    enclaveMs: sum((s) => s.enclaveMs),
    rounds: sum((s) => s.rounds),
    bytesSent: sum((s) => s.bytesSent),
    bytesReceived: sum((s) => s.bytesReceived),
    openMs: max((s) => s.openMs),
    settleMs: max((s) => s.settleMs),
    phases: {
      setupMs: max((s) => s.phases.setupMs ?? 0),
      roundsMs: max((s) => s.phases.roundsMs ?? 0),
      enclaveMs: sum((s) => s.enclaveMs),
      enclaveSlowestShareMs: max((s) => s.enclaveMs),
      enclaveOpenMs: sum((s) => s.phases.enclaveOpenMs ?? 0),
      otherMs: max((s) => s.phases.otherMs ?? 0),
      wallMs,
    },
    bytes: { sessionBytes: sum((s) => s.bytes.sessionBytes ?? 0), infoBytes: sum((s) => s.bytes.infoBytes ?? 0) },
  };
}
