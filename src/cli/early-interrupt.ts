/**
 * Ctrl-C during `airtnt run life|wasm|ocr`: the one way each stage answers it (onInterrupt; the stages'
 * messages are in run-interrupt.ts), and the first stage, while the CLI itself still loads: said as
 * RUN_INTERRUPTED, exit 130, rather than a silent end. Set by main.ts for those commands only (others, an
 * executor or a devnet, stop gracefully on SIGINT), and small to load; dropped when a later stage takes over.
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
  stopEarlyInterrupt();
  early = interruptHandler(json, () => new AirtntError('RUN_INTERRUPTED', 'interrupted (SIGINT) before the run started: no round was paid by this invocation', {
    details: { stage: 'start', paid: '0' },
    hint: 'run the same command again to start (or resume) the run',
  }));
  process.once('SIGINT', early);
}

/** Drops the early handler (the command's own now answers Ctrl-C). */
export function stopEarlyInterrupt(): void {
  if (early !== undefined) process.off('SIGINT', early);
  early = undefined;
}

/**
 * Answers the first SIGINT of a run command: `before` (the progress bar's last line), then `error` on
 * stderr (with --json also as one JSON object on stdout), and exit 130 ('exit' handlers still stop a
 * devnet's anvil and release the data lock). A second Ctrl-C meanwhile ends the process at once. Takes
 * over from the early handler; returns the remover.
 */
export function onInterrupt(json: boolean | undefined, error: () => AirtntError, before: () => void = () => undefined): () => void {
  stopEarlyInterrupt();
  const handler = interruptHandler(json, error, before);
  process.once('SIGINT', handler);
  return () => process.off('SIGINT', handler);
}

function interruptHandler(json: boolean | undefined, error: () => AirtntError, before: () => void = () => undefined): () => void {
  return () => {
    before();
    const said = error();
    if (json) process.stdout.write(`${safeJson(failureObject(said))}\n`);
    process.stderr.write(`airtnt: ${said.message}\n`);
    process.exit(INTERRUPTED_EXIT_CODE);
  };
}
