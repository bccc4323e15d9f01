/**
 * `airtnt bench paper`: the paper's section 6 sweep (cycles per round from 10 to 990, Game of Life
 * on three grids and OCR, plus gas), written to bench/results/ as JSON, SVG figures and a markdown
 * report. The runners are passed in so the sweep itself can be tested without a chain.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeJson } from '../util/errors.js';
import { paperFigures } from './figures.js';
import { machineInfo } from './machine.js';
import { renderSvg } from './plot.js';
import { goalsOf, renderReport } from './report.js';
import type { GasResult, LifeBenchParams, LifeBenchResult, OcrBenchParams, OcrBenchResult, PaperResult } from './types.js';

export type PaperOptions = {
  grids: number[];
  perRound: number[];
  cycles: number;
  runs: number;
  ocrImages: number;
  /** Executors of the parallel OCR point (the paper's suggestion for pure programs). */
  ocrExecutors: number;
  /** Where progress lines go (stderr in the CLI). */
  log: (line: string) => void;
};

export const DEFAULT_PAPER_OPTIONS: Omit<PaperOptions, 'log'> = {
  grids: [10, 25, 50],
  perRound: [10, 20, 50, 100, 200, 500, 990],
  cycles: 1000,
  runs: 3,
  ocrImages: 1000,
  ocrExecutors: 2,
};

/** `--quick`: the points the goals need and the ends of the curves, one grid fewer, 2 runs. */
export const QUICK_PAPER_OPTIONS: Omit<PaperOptions, 'log'> = {
  grids: [10, 50],
  perRound: [10, 200, 990],
  cycles: 1000,
  runs: 2,
  ocrImages: 1000,
  ocrExecutors: 2,
};

export type PaperRunners = {
  life(params: Omit<LifeBenchParams, 'pattern'>): Promise<LifeBenchResult>;
  ocr(params: Omit<OcrBenchParams, 'imageBytes'>): Promise<OcrBenchResult>;
  gas(): Promise<GasResult>;
};

type Step = { what: string; run: () => Promise<void> };

export async function runPaper(options: PaperOptions, runners: PaperRunners): Promise<PaperResult> {
  const result: PaperResult = {
    benchmark: 'paper',
    startedAt: new Date().toISOString(),
    finishedAt: '',
    machine: machineInfo(),
    sweep: { grids: options.grids, perRound: options.perRound, cycles: options.cycles, runs: options.runs, ocrImages: options.ocrImages },
    life: [],
    ocr: [],
    ocrParallel: null,
    gas: null,
    errors: [],
  };
  const steps: Step[] = [
    {
      what: 'gas',
      run: async () => {
        result.gas = await runners.gas();
      },
    },
  ];
  for (const grid of options.grids) {
    for (const perRound of options.perRound) {
      steps.push({
        what: `life ${grid}x${grid}, ${perRound} cycles/round`,
        run: async () => {
          result.life.push(await runners.life({ grid, cycles: options.cycles, perRound, runs: options.runs }));
        },
      });
    }
  }
  for (const perRound of options.perRound) {
    steps.push({
      what: `ocr ${options.ocrImages} images, 1 executor, ${perRound} per round`,
      run: async () => {
        result.ocr.push(await runners.ocr({ images: options.ocrImages, perRound, executors: 1, runs: options.runs }));
      },
    });
  }
  steps.push({
    what: `ocr ${options.ocrImages} images, ${options.ocrExecutors} executors in parallel`,
    run: async () => {
      const perRound = Math.max(...options.perRound.filter((c) => c <= options.ocrImages / options.ocrExecutors), 1);
      result.ocrParallel = await runners.ocr({ images: options.ocrImages, perRound, executors: options.ocrExecutors, runs: options.runs });
    },
  });

  const started = performance.now();
  for (const [index, step] of steps.entries()) {
    const stepStarted = performance.now();
    try {
      // One retry: on a loaded 2-core machine a transaction receipt can time out once.
      await step.run().catch(async (error: unknown) => {
        options.log(`[${index + 1}/${steps.length}] ${step.what}: retrying after ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        await step.run();
      });
      const elapsed = performance.now() - started;
      const eta = (elapsed / (index + 1)) * (steps.length - index - 1);
      options.log(`[${index + 1}/${steps.length}] ${step.what}: ${summarise(result, step.what)} (${seconds(performance.now() - stepStarted)}, about ${seconds(eta)} left)`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result.errors.push({ what: step.what, message });
      options.log(`[${index + 1}/${steps.length}] ${step.what}: FAILED: ${message.split('\n')[0]}`);
    }
  }
  result.finishedAt = new Date().toISOString();
  return result;
}

function summarise(result: PaperResult, what: string): string {
  if (what === 'gas') return `open + close ${result.gas?.openCloseGas ?? '?'} gas`;
  const last = what.startsWith('life') ? result.life.at(-1) : what.includes('parallel') ? result.ocrParallel : result.ocr.at(-1);
  if (!last) return 'done';
  return `latency ${last.latencyMs.toFixed(1)} ms, ${last.bytesTotal} B, enclave ${last.enclaveMs.toFixed(1)} ms, ${last.rounds} rounds`;
}

function seconds(ms: number): string {
  return ms >= 60_000 ? `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s` : `${(ms / 1000).toFixed(1)}s`;
}

/** Writes paper.json, life.json, ocr.json, gas.json, goals.json, the figures and report.md; returns the paths. */
export function writePaperResults(result: PaperResult, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, content: string): void => {
    const path = join(outDir, name);
    // Through a temporary file so an interrupted run never leaves half a result behind.
    writeFileSync(`${path}.tmp`, content);
    renameSync(`${path}.tmp`, path);
    written.push(path);
  };
  const json = (value: unknown): string => `${JSON.stringify(JSON.parse(safeJson(value)), null, 2)}\n`;
  write('paper.json', json(result));
  write('life.json', json(result.life));
  write('ocr.json', json({ sweep: result.ocr, parallel: result.ocrParallel }));
  write('gas.json', json(result.gas));
  write('goals.json', json(goalsOf(result)));
  const figures = paperFigures(result);
  for (const figure of figures) write(figure.file, renderSvg(figure.spec));
  write('report.md', renderReport(result, figures));
  return written;
}
