#!/usr/bin/env node
/** The `airtnt` command line. Each command lives in its own file under ./commands. */
import { Command } from 'commander';
import { AirtntError } from '../util/errors.js';
import { registerAttest } from './commands/attest.js';
import { registerBenchCollectRace } from './commands/bench-collect-race.js';
import { registerBenchAttack } from './commands/bench-attack.js';
import { registerBenchEnclave } from './commands/bench-enclave.js';
import { registerBenchFrames } from './commands/bench-frames.js';
import { registerBenchGas } from './commands/bench-gas.js';
import { registerBenchRuns } from './commands/bench-runs.js';
import { registerDemo } from './commands/demo.js';
import { registerDevnet } from './commands/devnet.js';
import { registerExecutor } from './commands/executor.js';
import { registerFunction } from './commands/function.js';
import { registerRun } from './commands/run.js';

export function buildProgram(): Command {
  const program = new Command('airtnt')
    .description('Rent out and rent confidential (TEE) compute, paid round by round over hash-locked channels.')
    .showHelpAfterError();
  const bench = program.command('bench').description('benchmarks that print figures (JSON with --json)');
  registerDevnet(program);
  registerFunction(program);
  registerAttest(program);
  registerExecutor(program);
  registerRun(program);
  registerDemo(program);
  registerBenchGas(bench);
  registerBenchEnclave(bench);
  registerBenchRuns(bench);
  registerBenchCollectRace(bench);
  registerBenchAttack(bench);
  registerBenchFrames(bench);
  return program;
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof AirtntError) {
      console.error(`airtnt: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  });
