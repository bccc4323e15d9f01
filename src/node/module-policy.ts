/**
 * Which functions an executor runs (docs/protocol.md part 3, "Modules"): its built-in ones only, any
 * module that passes the checks, or the modules of a list of measurements; and the largest module it
 * accepts over the wire. Advertised in /v1/info (`modules`, signed with the info statement), so a
 * requester knows before it opens a channel or sends anything.
 */
import { readFileSync } from 'node:fs';
import { AirtntError } from '../util/errors.js';

export type ModuleAcceptance = {
  /** builtin: only the functions in `functions`; any: every module that passes the checks; list: those of `measurements` too. */
  accept: 'any' | 'builtin' | 'list';
  /** sha256 of the accepted modules (lowercase hex, no 0x), sorted; empty unless accept is list. */
  measurements: string[];
  /** The largest module accepted over the wire, in bytes. */
  maxModuleBytes: number;
};

/** 2 MiB: what a compiled AssemblyScript or C function needs many times over, well inside a 4 MiB frame. */
export const DEFAULT_MAX_MODULE_BYTES = 2 * 1024 * 1024;
/** Measurements in a list at most (the info statement holds 1000 built-in and listed measurements in all). */
export const MAX_ACCEPTED_MEASUREMENTS = 900;

function invalid(message: string, details: Record<string, unknown> = {}): never {
  throw new AirtntError('MODULE_POLICY_INVALID', message, { details });
}

/** Parses a list of measurements: one per line, 64 hex digits (0x allowed), `#` comments and blank lines ignored. */
export function parseMeasurementList(text: string): string[] {
  const out = new Set<string>();
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    if (!/^(0x)?[0-9a-fA-F]{64}$/.test(line)) invalid(`line ${index + 1} is not a sha256 measurement (64 hex digits)`, { line: index + 1 });
    out.add(line.toLowerCase().replace(/^0x/, ''));
    if (out.size > MAX_ACCEPTED_MEASUREMENTS) invalid(`more than ${MAX_ACCEPTED_MEASUREMENTS} measurements`);
  }
  return [...out].sort();
}

/** `any`, `builtin`, or the path of a measurement list file. */
export function resolveModuleAcceptance(accept: string, maxModuleBytes: number = DEFAULT_MAX_MODULE_BYTES): ModuleAcceptance {
  if (!Number.isSafeInteger(maxModuleBytes) || maxModuleBytes < 8) invalid('the largest module accepted must be a whole number of bytes, at least 8', { maxModuleBytes });
  if (accept === 'any' || accept === 'builtin') return { accept, measurements: [], maxModuleBytes };
  let text: string;
  try {
    text = readFileSync(accept, 'utf8');
  } catch (cause) {
    throw new AirtntError('MODULE_POLICY_INVALID', `cannot read the measurement list ${accept}`, { details: { path: accept }, cause });
  }
  return { accept: 'list', measurements: parseMeasurementList(text), maxModuleBytes };
}

/** Whether an executor with these built-in functions and this acceptance runs the function `measurement` (hex). */
export function acceptsFunction(acceptance: ModuleAcceptance | undefined, builtins: readonly string[], measurement: string): boolean {
  const hex = measurement.toLowerCase().replace(/^0x/, '');
  if (builtins.includes(hex)) return true;
  if (acceptance === undefined || acceptance.accept === 'builtin') return false;
  return acceptance.accept === 'any' || acceptance.measurements.includes(hex);
}
