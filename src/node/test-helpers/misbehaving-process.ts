/**
 * How tests start misbehaving executor and requester processes: the command that runs
 * misbehaving-cli.ts (from dist/ or from the sources, as the airtnt CLI is started) instead of the airtnt CLI, for
 * startExecutorProcess / TestWorld.startExecutor and runCli (src/node/process.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../util/paths.js';
import type { ExecutorMisbehaviour, RequesterMisbehaviour } from './misbehaviours.js';

function misbehavingCliCommand(spec: string): string[] {
  // Compiled into dist/ by scripts/test.mjs when dist/ is built from the current sources (paths.ts).
  if (process.env['AIRTNT_CHILD_CLI'] === 'dist') return [process.execPath, join(packageRoot(), 'dist', 'node', 'test-helpers', 'misbehaving-cli.js'), spec];
  return [process.execPath, '--import', 'tsx', fileURLToPath(new URL('./misbehaving-cli.ts', import.meta.url)), spec];
}

/** Options for startExecutor: an executor that misbehaves as `kind` from round `fromRound` on (default 0). */
export function misbehavingExecutor(kind: ExecutorMisbehaviour, fromRound = 0): { command: string[] } {
  return { command: misbehavingCliCommand(`executor:${kind}@${fromRound}`) };
}

/** The command for runCli: an `airtnt run` that misbehaves as `kind`. */
export function misbehavingRequester(kind: RequesterMisbehaviour): string[] {
  return misbehavingCliCommand(`requester:${kind}`);
}
