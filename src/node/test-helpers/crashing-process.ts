/**
 * The command of an airtnt CLI process (executor or run) that SIGKILLs itself at a named crash point
 * (src/bench/crash-faults.ts), for tests that start it in place of the plain CLI.
 */
import { fileURLToPath } from 'node:url';

// From the sources through tsx, or compiled beside this file (the tests' mirror of src/).
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const CRASH_ENTRY = fileURLToPath(new URL(`../../bench/crash-process.${FROM_SOURCES ? 'ts' : 'js'}`, import.meta.url));

/** A process killed at `spec`: `side:point@round`, e.g. `executor:payment-stored@2`. */
export function crashing(spec: string): string[] {
  return [process.execPath, ...(FROM_SOURCES ? ['--import', 'tsx'] : []), CRASH_ENTRY, spec];
}

/** An executor process killed (SIGKILL, by itself) the first time it reaches `point` from round `round` on. */
export function crashingAt(point: string, round: number): string[] {
  return crashing(`executor:${point}@${round}`);
}
