/**
 * The work of `airtnt bench life | ocr | paper` (registered in bench-runs.ts): run the benchmark,
 * progress on stderr, then the medians (or the JSON result) on stdout; `paper` also writes its files.
 */
import { resolve } from 'node:path';
import { benchLife } from '../../bench/life.js';
import { describeMachine } from '../../bench/machine.js';
import { benchOcr } from '../../bench/ocr.js';
import { DEFAULT_PAPER_OPTIONS, QUICK_PAPER_OPTIONS, writePaperResults } from '../../bench/paper.js';
import { benchPaper } from '../../bench/paper-run.js';
import { bytes, goalsOf, ms } from '../../bench/report.js';
import type { LifeBenchResult, OcrBenchResult } from '../../bench/types.js';
import { safeJson } from '../../util/errors.js';
import type { BenchLifeOptions, BenchOcrOptions, BenchPaperOptions } from './bench-runs.js';

const stderrLine = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

export async function benchLifeCommand(options: BenchLifeOptions): Promise<void> {
  const result = await benchLife({ grid: options.grid, cycles: options.cycles, perRound: options.perRound, runs: options.runs, ...(options.knownExecutor === true ? { knownExecutor: true } : {}) }, { log: stderrLine });
  print(result, options.json === true);
}

export async function benchOcrCommand(options: BenchOcrOptions): Promise<void> {
  const perRound = options.perRound ?? Math.ceil(options.images / options.executors);
  const result = await benchOcr({ images: options.images, executors: options.executors, perRound, runs: options.runs }, { log: stderrLine });
  print(result, options.json === true);
}

export async function benchPaperCommand(options: BenchPaperOptions): Promise<void> {
  const base = options.quick ? QUICK_PAPER_OPTIONS : DEFAULT_PAPER_OPTIONS;
  const sweep = {
    ...base,
    runs: options.runs ?? base.runs,
    grids: options.grids ?? base.grids,
    perRound: options.perRound ?? base.perRound,
    ocrImages: options.images ?? base.ocrImages,
    log: stderrLine,
  };
  const result = await benchPaper(sweep);
  const files = writePaperResults(result, resolve(options.out));
  if (options.json) {
    process.stdout.write(`${safeJson(result)}\n`);
  } else {
    process.stdout.write(`wrote ${files.length} files to ${resolve(options.out)} (open report.md)\n`);
    for (const goal of goalsOf(result)) {
      const measured = goal.measured === null ? 'not measured' : goal.measured.toFixed(goal.unit === 'x' ? 2 : 1);
      process.stdout.write(`  ${goal.met === null ? '-' : goal.met ? 'met ' : 'MISS'}  ${goal.description}: ${measured} ${goal.unit} (goal <= ${goal.target}, Airtnt ${goal.airtnt})\n`);
    }
  }
  if (result.errors.length > 0) process.exitCode = 1;
}

function print(result: LifeBenchResult | OcrBenchResult, json: boolean): void {
  if (json) {
    process.stdout.write(`${safeJson(result)}\n`);
    return;
  }
  const name = result.benchmark === 'life' ? `life ${result.params.grid}x${result.params.grid}, ${result.params.cycles} cycles, ${result.params.perRound} per round` : `ocr ${result.params.images} images on ${result.params.executors} executors`;
  const lines = [
    `${name} (simulated TEE, INSECURE; median of ${result.runs} runs on loopback)`,
    `  latency  ${ms(result.latencyMs)} over ${result.rounds} paid rounds (bare local run ${ms(result.bareMs)}, enclave ${ms(result.enclaveMs)})`,
    `  bytes    ${bytes(result.bytesSent)} sent, ${bytes(result.bytesReceived)} received`,
    `  chain    open ${ms(result.openMs)}, settle ${ms(result.settleMs)}`,
    `  phases   ${Object.entries(result.phases).map(([k, v]) => `${k} ${ms(v ?? 0)}`).join(', ')}`,
  ];
  if (result.benchmark === 'life') lines.push(`  correct  ${result.correct ? 'final state equals the local run' : 'FINAL STATE DIFFERS FROM THE LOCAL RUN'}`);
  else lines.push(`  accuracy ${(result.accuracy * 100).toFixed(1)}%`);
  lines.push(`  machine  ${describeMachine(result.machine)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
