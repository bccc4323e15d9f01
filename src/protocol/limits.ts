/**
 * The limits of a round, and their checks (the host may tighten them, never exceed the maxima). They
 * are part of the protocol: a requester decodes a round's payloads under the same bounds as the
 * enclave that encoded them (src/protocol/payload.ts, src/protocol/sealing.ts).
 */
import { AirtntError } from '../util/errors.js';

/** Limits enforced on every round, whatever the function does. */
export type RoundLimits = {
  /** Wall-clock time for one round; past it the function is stopped. */
  maxRoundMs: number;
  /** WebAssembly linear memory, in 64 KiB pages. */
  maxMemoryPages: number;
  maxStateBytes: number;
  maxOutputBytes: number;
};

export const DEFAULT_LIMITS: Readonly<RoundLimits> = Object.freeze({
  maxRoundMs: 10_000,
  /** 16 MiB of WebAssembly memory. */
  maxMemoryPages: 256,
  maxStateBytes: 4 * 1024 * 1024,
  maxOutputBytes: 4 * 1024 * 1024,
});

/** Hard ceilings whatever the host asks: past them one round could starve the machine. */
export const LIMIT_CEILINGS: Readonly<RoundLimits> = Object.freeze({
  maxRoundMs: 10 * 60_000,
  maxMemoryPages: 16_384, // 1 GiB
  maxStateBytes: 64 * 1024 * 1024,
  maxOutputBytes: 64 * 1024 * 1024,
});

/** Largest WebAssembly module the enclave accepts. */
export const MAX_MODULE_BYTES = 16 * 1024 * 1024;
/** Largest `cycles` of one round (u32: what a function's ABI counts). */
export const MAX_CYCLES_PER_ROUND = 0xffff_ffff;
/** At most this many outputs in one round. */
export const MAX_OUTPUTS_PER_ROUND = 65_536;

export function resolveLimits(overrides: Partial<RoundLimits> = {}): RoundLimits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const name of Object.keys(DEFAULT_LIMITS) as (keyof RoundLimits)[]) {
    const value = limits[name];
    if (!Number.isSafeInteger(value) || value < 1 || value > LIMIT_CEILINGS[name]) {
      throw new AirtntError('INVALID_LIMITS', `limit ${name} must be an integer between 1 and ${LIMIT_CEILINGS[name]}`, {
        details: { name, value },
      });
    }
  }
  return limits;
}
