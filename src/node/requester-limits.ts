/**
 * The requester's limits for one run, in the smallest unit of the token it pays in: the price limit
 * per cycle, the run's budget and the largest deposit per channel, resolved from real units with the
 * token's decimals() (read once, validated: a hostile token can answer anything). The budget is the
 * run's, persisted with it: every payment of the run over all executors and invocations counts
 * against it (RequesterStore.insertPaidRound), and a later invocation that names none keeps it.
 */
import { zeroAddress, type Address } from 'viem';
import { readTokenDecimals, type ChainClient } from '../chain/index.js';
import { AirtntError } from '../util/errors.js';
import { describeAmount, parseAmount, resolveAmount, resolvePriceCap, type Amount } from './amounts.js';
import type { RequesterStore, RunRow } from './requester-store.js';

export type RunLimits = {
  token: Address;
  decimals: number;
  /** Highest price per cycle accepted, smallest units. */
  maxPricePerCycle: bigint;
  /** The run's budget, smallest units: explicit (persisted) or maxPricePerCycle x total cycles. */
  maxSpend: bigint;
  /** Largest deposit per channel (default: the budget). */
  maxDeposit: bigint;
  describe(value: bigint): string;
};

export type LimitOptions = {
  token?: Address;
  maxPricePerCycle?: Amount;
  maxSpend?: Amount;
  maxDeposit?: Amount;
  /**
   * Rounds that may be paid a second time (allowDoublePayment: a withheld key's round is paid again
   * elsewhere): the default budget leaves room for them. Default 0.
   */
  roundsPaidTwice?: number;
};

/**
 * Resolves the limits of `run` and stores its terms (token, and the budget when one is given:
 * naming --max-spend again changes the run's budget, naming none keeps the stored one).
 */
export async function resolveRunLimits(chain: ChainClient, store: RequesterStore, run: RunRow, options: LimitOptions, log: (line: string) => void): Promise<RunLimits> {
  const token = options.token ?? zeroAddress;
  const decimals = await readTokenDecimals(chain, token);
  const maxPricePerCycle = resolvePriceCap(options.maxPricePerCycle, token, decimals);
  const describe = (value: bigint) => describeAmount(value, token, decimals);
  const given = options.maxSpend === undefined ? undefined : resolveAmount(options.maxSpend, token, decimals, 'the run budget (maxSpend)');
  if (given !== undefined && run.maxSpend !== undefined && given !== run.maxSpend) {
    log(`run budget changed from ${describe(run.maxSpend)} to ${describe(given)} (${describe(run.spent)} spent so far)`);
  }
  const stored = store.setRunTerms(run.runId, { token, ...(given === undefined ? {} : { maxSpend: given }) });
  // The default budget pays every cycle once at the price limit, plus the rounds that may be paid twice:
  // without that room, the first round paid again would stop the run at SPEND_LIMIT_REACHED.
  const again = BigInt(options.roundsPaidTwice ?? 0) * BigInt(Math.min(run.perRound, run.totalCycles));
  const maxSpend = stored.maxSpend ?? maxPricePerCycle * (BigInt(run.totalCycles) + again);
  if (stored.maxSpend === undefined && again > 0n) {
    log(`run budget ${describe(maxSpend)}: every cycle at the price limit, plus ${options.roundsPaidTwice} round(s) that may be paid twice (allowDoublePayment)`);
  }
  const maxDeposit = options.maxDeposit === undefined ? maxSpend : resolveAmount(options.maxDeposit, token, decimals, 'the largest deposit (maxDeposit)');
  return { token, decimals, maxPricePerCycle, maxSpend, maxDeposit, describe };
}

/** Syntax and sign of the options, before anything is read or stored. */
export function checkRequesterOptions(options: LimitOptions & { depositRounds?: number }): void {
  const problems: string[] = [];
  const { depositRounds, maxSpend, maxPricePerCycle, maxDeposit } = options;
  if (depositRounds !== undefined && (!Number.isSafeInteger(depositRounds) || depositRounds < 1)) problems.push('depositRounds must be a positive integer');
  for (const [name, value] of Object.entries({ maxSpend, maxPricePerCycle, maxDeposit })) {
    if (value === undefined) continue;
    if (typeof value === 'bigint') {
      if (value < 0n) problems.push(`${name} must not be negative`);
    } else if (typeof value === 'string') {
      try {
        parseAmount(value);
      } catch (error) {
        problems.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
      }
    } else {
      problems.push(`${name} must be a bigint (smallest units) or an amount with a unit`);
    }
  }
  if (problems.length > 0) throw new AirtntError('INVALID_REQUESTER_OPTIONS', problems.join('; '));
}
