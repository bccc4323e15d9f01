/**
 * `airtnt bench life | ocr | paper`: full paid runs on the devnet against executor processes with the
 * simulated (INSECURE) TEE, repeated, reported as medians; `paper` sweeps the paper's section 6.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { join, resolve } from 'node:path';
import type { LifeBenchResult, OcrBenchResult } from '../../bench/types.js';
import { safeJson } from '../../util/errors.js';
import { packageRoot } from '../../util/paths.js';

/** Bounds keep a typo from starting a run that takes hours or exhausts memory. */
const LIMITS = {
  grid: [3, 1024],
  cycles: [1, 1_000_000],
  perRound: [1, 1_000_000],
  runs: [1, 100],
  images: [1, 100_000],
  executors: [1, 8],
} as const;

function intOption(name: keyof typeof LIMITS): (value: string) => number {
  const [min, max] = LIMITS[name];
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
    const parsed = Number(value);
    if (parsed < min || parsed > max) throw new InvalidArgumentError(`must be between ${min} and ${max}`);
    return parsed;
  };
}

function intListOption(name: keyof typeof LIMITS): (value: string) => number[] {
  const one = intOption(name);
  return (value: string) => value.split(',').map((part) => one(part.trim()));
}

const stderrLine = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

// Loaded when a command runs, not when it is defined, so that `--help` answers at once.
let benchLife: typeof import('../../bench/life.js').benchLife;
let describeMachine: typeof import('../../bench/machine.js').describeMachine;
let benchOcr: typeof import('../../bench/ocr.js').benchOcr;
let DEFAULT_PAPER_OPTIONS: typeof import('../../bench/paper.js').DEFAULT_PAPER_OPTIONS;
let QUICK_PAPER_OPTIONS: typeof import('../../bench/paper.js').QUICK_PAPER_OPTIONS;
let writePaperResults: typeof import('../../bench/paper.js').writePaperResults;
let benchPaper: typeof import('../../bench/paper-run.js').benchPaper;
let bytes: typeof import('../../bench/report.js').bytes;
let goalsOf: typeof import('../../bench/report.js').goalsOf;
let ms: typeof import('../../bench/report.js').ms;

async function loadDependencies(): Promise<void> {
  const [m0, m1, m2, m3, m4, m5] = await Promise.all([
    import('../../bench/life.js'),
    import('../../bench/machine.js'),
    import('../../bench/ocr.js'),
    import('../../bench/paper.js'),
    import('../../bench/paper-run.js'),
    import('../../bench/report.js'),
  ]);
  ({ benchLife } = m0);
  ({ describeMachine } = m1);
  ({ benchOcr } = m2);
  ({ DEFAULT_PAPER_OPTIONS, QUICK_PAPER_OPTIONS, writePaperResults } = m3);
  ({ benchPaper } = m4);
  ({ bytes, goalsOf, ms } = m5);
}

export function registerBenchRuns(bench: Command): void {
  bench
    .command('life')
    .description('paid Game of Life runs against an executor process (simulated TEE, INSECURE); medians')
    .option('--grid <n>', 'grid side (n x n cells)', intOption('grid'), 50)
    .option('--cycles <n>', 'generations in total', intOption('cycles'), 1000)
    .option('--per-round <n>', 'generations per paid round', intOption('perRound'), 200)
    .option('--runs <n>', 'repetitions (the median is reported)', intOption('runs'), 10)
    .option('--json', 'print one JSON object')
    .action(async (options: { grid: number; cycles: number; perRound: number; runs: number; json?: boolean }) => {
      await loadDependencies();
      const result = await benchLife({ grid: options.grid, cycles: options.cycles, perRound: options.perRound, runs: options.runs }, { log: stderrLine });
      print(result, options.json === true);
    });

  bench
    .command('ocr')
    .description('paid OCR runs, the images split across executor processes in parallel (simulated TEE, INSECURE)')
    .option('--images <n>', 'images of about 1 kB', intOption('images'), 1000)
    .option('--executors <n>', 'executor processes sharing the images', intOption('executors'), 2)
    .option('--per-round <n>', 'images per paid round (default: all of an executor\'s share in one round)', intOption('perRound'))
    .option('--runs <n>', 'repetitions (the median is reported)', intOption('runs'), 10)
    .option('--json', 'print one JSON object')
    .action(async (options: { images: number; executors: number; perRound?: number; runs: number; json?: boolean }) => {
      await loadDependencies();
      const perRound = options.perRound ?? Math.ceil(options.images / options.executors);
      const result = await benchOcr({ images: options.images, executors: options.executors, perRound, runs: options.runs }, { log: stderrLine });
      print(result, options.json === true);
    });

  bench
    .command('paper')
    .description("the paper's section 6 sweep: JSON, SVG figures and report.md in bench/results/")
    .option('--quick', 'fewer points and runs (the goals and the ends of each curve)')
    .option('--runs <n>', 'repetitions per point', intOption('runs'))
    .option('--grids <list>', 'grid sides, comma-separated', intListOption('grid'))
    .option('--per-round <list>', 'cycles per round, comma-separated', intListOption('perRound'))
    .option('--images <n>', 'OCR images', intOption('images'))
    .option('--out <dir>', 'output folder', join(packageRoot(), 'bench', 'results'))
    .option('--json', 'print the whole result as one JSON object')
    .action(async (options: { quick?: boolean; runs?: number; grids?: number[]; perRound?: number[]; images?: number; out: string; json?: boolean }) => {
      await loadDependencies();
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
    });
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
