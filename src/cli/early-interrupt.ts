/**
 * Ctrl-C in the first second of `airtnt run life|wasm|ocr`, while the CLI itself still loads (before the
 * command's own handler, run-interrupt.ts, is set): said as RUN_INTERRUPTED, exit 130, rather than a
 * silent end. Set by main.ts for those commands only (others, an executor or a devnet, stop gracefully on
 * SIGINT); dropped by the command's handler when it takes over.
 */
import { AirtntError, safeJson } from '../util/errors.js';
import { failureObject } from './failure.js';

let early: (() => void) | undefined;

/** The exit code of a command a SIGINT ended (128 + 2). */
export const INTERRUPTED_EXIT_CODE = 130;

/** The `run` subcommands that pay for rounds (others, `run recover`, have no run to set up). */
const RUN_SUBCOMMANDS = new Set(['life', 'wasm', 'ocr']);

/** Whether `args` (argv after the script) name one of the paying `run` subcommands. */
export function namesPayingRun(args: string[]): boolean {
  const words = args.filter((arg) => !arg.startsWith('-'));
  return words[0] === 'run' && RUN_SUBCOMMANDS.has(words[1] ?? '');
}

export function watchEarlyInterrupt(json: boolean): void {
  early = () => {
    const error = new AirtntError('RUN_INTERRUPTED', 'interrupted (SIGINT) before the run started: no round was paid by this invocation', {
      details: { stage: 'start', paid: '0' },
      hint: 'run the same command again to start (or resume) the run',
    });
    if (json) process.stdout.write(`${safeJson(failureObject(error))}\n`);
    process.stderr.write(`airtnt: ${error.message}\n`);
    process.exit(INTERRUPTED_EXIT_CODE);
  };
  process.once('SIGINT', early);
}

/** Drops the early handler (the command's own now answers Ctrl-C). */
export function stopEarlyInterrupt(): void {
  if (early !== undefined) process.off('SIGINT', early);
  early = undefined;
}
