/**
 * The crash sweep's process entry: the airtnt CLI's `executor` and `run` commands with a crash point
 * injected as fault hooks (crash-faults.ts). The sweep (crash.ts) starts it in place of the airtnt
 * CLI, so the production CLI carries no switch for crashing.
 *
 *   node crash-process.js executor:POINT@ROUND executor start ...
 *   node crash-process.js requester:POINT@ROUND run life ...
 */
import { Command } from 'commander';
import { registerExecutor } from '../cli/commands/executor.js';
import { registerRun } from '../cli/commands/run.js';
import { reportFailure } from '../cli/failure.js';
import { crashingExecutorFaults, crashingRequesterFaults, parseCrashSpec } from './crash-faults.js';

const [spec = '', ...args] = process.argv.slice(2);

try {
  const crash = parseCrashSpec(spec);
  const program = new Command('airtnt').exitOverride();
  if (crash.side === 'executor') {
    registerExecutor(program, { faults: crashingExecutorFaults(crash.point, crash.fromRound) });
    registerRun(program);
  } else {
    registerExecutor(program);
    registerRun(program, { faults: crashingRequesterFaults(crash.point, crash.fromRound) });
  }
  process.stderr.write(`CRASH SWEEP: killed at ${spec}\n`);
  program.parseAsync(['node', 'airtnt', ...args]).catch((error: unknown) => reportFailure(error, args));
} catch (error) {
  reportFailure(error, args);
}
