/**
 * `airtnt bench life | ocr | paper`: full paid runs on the devnet against executor processes with the
 * simulated (INSECURE) TEE, repeated, reported as medians; `paper` sweeps the paper's section 6.
 * This file defines the commands and their options; their work is in bench-runs-action.ts.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { join } from 'node:path';
import { packageRoot } from '../../util/paths.js';

export type BenchLifeOptions = { grid: number; cycles: number; perRound: number; runs: number; knownExecutor?: boolean; json?: boolean };
export type BenchOcrOptions = { images: number; executors: number; perRound?: number; runs: number; json?: boolean };
export type BenchPaperOptions = { quick?: boolean; runs?: number; grids?: number[]; perRound?: number[]; images?: number; out: string; json?: boolean };

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

export function registerBenchRuns(bench: Command): void {
  // Each action loads its work when it runs, not when it is defined, so that --help answers at once.
  bench
    .command('life')
    .description('paid Game of Life runs against an executor process (simulated TEE, INSECURE); medians')
    .option('--grid <n>', 'grid side (n x n cells)', intOption('grid'), 50)
    .option('--cycles <n>', 'generations in total', intOption('cycles'), 1000)
    .option('--per-round <n>', 'generations per paid round', intOption('perRound'), 200)
    .option('--runs <n>', 'repetitions (the median is reported)', intOption('runs'), 10)
    .option('--known-executor', 'each measured run\'s requester knows the executor (its evidence verdict, from the warm-up run); default: first contact')
    .option('--json', 'print one JSON object')
    .action(async (options: BenchLifeOptions) => {
      const { benchLifeCommand } = await import('./bench-runs-action.js');
      await benchLifeCommand(options);
    });

  bench
    .command('ocr')
    .description('paid OCR runs, the images split across executor processes in parallel (simulated TEE, INSECURE)')
    .option('--images <n>', 'images of about 1 kB', intOption('images'), 1000)
    .option('--executors <n>', 'executor processes sharing the images', intOption('executors'), 2)
    .option('--per-round <n>', 'images per paid round (default: all of an executor\'s share in one round)', intOption('perRound'))
    .option('--runs <n>', 'repetitions (the median is reported)', intOption('runs'), 10)
    .option('--json', 'print one JSON object')
    .action(async (options: BenchOcrOptions) => {
      const { benchOcrCommand } = await import('./bench-runs-action.js');
      await benchOcrCommand(options);
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
    .action(async (options: BenchPaperOptions) => {
      const { benchPaperCommand } = await import('./bench-runs-action.js');
      await benchPaperCommand(options);
    });
}
