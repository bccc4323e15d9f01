/**
 * How a failed command ends: a clear message (what failed, the values, what to do) on stderr, or with
 * --json one JSON error object on stdout, {"ok":false,"error":{code,message,details,hint}}, so
 * scripts that read stdout see the failure too; and a non-zero exit either way.
 */
import { CommanderError } from 'commander';
import { AirtntError, safeJson } from '../util/errors.js';

export type JsonFailure = { ok: false; error: { code: string; message: string; details: Record<string, unknown>; hint: string | null } };

export function failureObject(error: unknown): JsonFailure {
  if (error instanceof CommanderError) {
    return { ok: false, error: { code: 'INVALID_ARGUMENTS', message: error.message.replace(/^error: /, ''), details: { commanderCode: error.code }, hint: 'see --help' } };
  }
  if (error instanceof AirtntError) {
    const shortMessage = error.message.split('\n')[0]!;
    return { ok: false, error: { code: error.code, message: shortMessage, details: JSON.parse(safeJson(error.details)) as Record<string, unknown>, hint: error.hint ?? null } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'INTERNAL', message, details: {}, hint: 'this is a bug in airtnt: please report it with the command line used' } };
}

export function reportFailure(error: unknown, args: readonly string[]): void {
  if (error instanceof CommanderError) {
    // Commander has printed the help, the version or the parse error (with the usage) already.
    if (error.exitCode !== 0 && args.includes('--json')) process.stdout.write(`${safeJson(failureObject(error))}\n`);
    process.exit(error.exitCode);
  }
  if (args.includes('--json')) {
    process.stdout.write(`${safeJson(failureObject(error))}\n`);
  }
  if (error instanceof AirtntError) {
    process.stderr.write(`airtnt: ${error.message}\n`);
  } else {
    process.stderr.write(`airtnt: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  // Exit now: a failed start can leave handles (enclave workers, sockets, timers) that would keep the
  // process alive with nothing to do. stdout and stderr are synchronous for files and pipes (and
  // terminals on Linux), and 'exit' handlers still stop a devnet's anvil and release the data lock.
  process.exit(1);
}
