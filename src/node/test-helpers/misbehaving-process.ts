/**
 * How tests start misbehaving executor and requester processes: the command that runs
 * misbehaving-cli (compiled, or from the sources through tsx, as the airtnt CLI is started) instead of the airtnt CLI, for
 * startExecutorProcess / TestWorld.startExecutor and runCli (src/node/process.ts).
 */
import { fileURLToPath } from 'node:url';
import type { ExecutorMisbehaviour, RequesterMisbehaviour } from './misbehaviours.js';

function misbehavingCliCommand(spec: string): string[] {
  // Compiled (the tests' mirror of src/, scripts/test.mjs) or from the sources through tsx.
  if (import.meta.url.endsWith('.js')) return [process.execPath, fileURLToPath(new URL('./misbehaving-cli.js', import.meta.url)), spec];
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
