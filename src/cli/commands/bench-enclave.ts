/**
 * `airtnt bench enclave`: the cost of the wrapper w. Game of Life on a grid x grid soup, `cycles`
 * generations in total: bare (runFunction in-process, one call), then through the enclave (enclave
 * worker + execution worker, full crypto: the round's AEAD, keyed commitments, a signed record per
 * round) split into 5 calls and into 100 calls. The ratio 100 calls / 5 calls is the paper's
 * "many enclave calls" overhead (about 5x in SGX; our goal <= 1.2x).
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { BenchOptions } from '../../bench/enclave.js';

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a positive integer');
  return parsed;
}

function callList(value: string): number[] {
  return value.split(',').map((part) => positiveInteger(part.trim()));
}

export function registerBenchEnclave(bench: Command): void {
  bench
    .command('enclave')
    .description('Game of Life through the enclave wrapper (simulated TEE, INSECURE): bare vs 5 calls vs 100 calls')
    .option('--grid <n>', 'grid side (n x n cells)', positiveInteger, 50)
    .option('--cycles <n>', 'generations in total', positiveInteger, 1000)
    .option('--calls <list>', 'numbers of calls to split the generations into', callList, [5, 100])
    .option('--repeat <n>', 'runs per figure (the median is printed)', positiveInteger, 7)
    .option('--json', 'print JSON')
    .action(async (options: BenchOptions) => {
      // Loaded here, not at definition, so that --help stays fast.
      const { benchEnclave, printHuman } = await import('../../bench/enclave.js');
      const report = await benchEnclave(options);
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else printHuman(report);
    });
}
