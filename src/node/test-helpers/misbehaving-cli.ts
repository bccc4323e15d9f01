/**
 * Test-only process entry: the airtnt CLI's `executor` and `run` commands with a misbehaviour
 * injected as fault hooks (misbehaviours.ts). Tests start it in place of the airtnt CLI, so the
 * production CLI carries no switch for misbehaving.
 *
 *   node --import tsx misbehaving-cli.ts executor:KIND[@FROM_ROUND] executor start ...
 *   node --import tsx misbehaving-cli.ts requester:KIND run life ...
 */
import { Command } from 'commander';
import { registerExecutor } from '../../cli/commands/executor.js';
import { registerRun } from '../../cli/commands/run.js';
import { reportFailure } from '../../cli/failure.js';
import { AirtntError } from '../../util/errors.js';
import { checkExecutorMisbehaviour, checkRequesterMisbehaviour, misbehavingExecutorFaults, misbehavingRequesterFaults } from './misbehaviours.js';

const [spec = '', ...args] = process.argv.slice(2);

function programFor(spec: string): Command {
  const match = /^(executor|requester):([a-z-]+)(?:@(\d+))?$/.exec(spec);
  if (match === null) {
    throw new AirtntError('INVALID_TEST_SWITCH', `expected executor:KIND[@FROM_ROUND] or requester:KIND, got "${spec}"`);
  }
  const [, role, kind, fromRound] = match;
  const program = new Command('airtnt').exitOverride();
  if (role === 'executor') {
    registerExecutor(program, { faults: misbehavingExecutorFaults(checkExecutorMisbehaviour(kind!), BigInt(fromRound ?? '0')) });
    registerRun(program);
  } else {
    registerExecutor(program);
    registerRun(program, { faults: misbehavingRequesterFaults(checkRequesterMisbehaviour(kind!)) });
  }
  return program;
}

try {
  const program = programFor(spec);
  process.stderr.write(`TEST MODE: misbehaving (${spec})\n`);
  program.parseAsync(['node', 'airtnt', ...args]).catch((error: unknown) => reportFailure(error, args));
} catch (error) {
  reportFailure(error, args);
}
