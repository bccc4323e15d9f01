/**
 * The syntax of amounts (src/node/amounts.ts), without viem: what command-line parsers need at
 * definition time, so `--help` loads nothing heavy.
 */
import { AirtntError } from '../util/errors.js';

/** A limit: a bigint is already in the smallest unit; a string is parsed by parseAmount. */
export type Amount = bigint | string;

export type AmountUnit = 'units' | 'gwei' | 'eth' | 'tokens';
export type ParsedAmount = { whole: string; fraction: string; unit: AmountUnit };

/** Amounts of channels are below 2^96 (the contract's limit): a larger limit means nothing. */
export const MAX_AMOUNT = (1n << 96n) - 1n;

/** 1 gwei per cycle: the default price limit when paying in ETH. Tokens have none (see resolvePriceCap). */
export const DEFAULT_ETH_PRICE_CAP = 1_000_000_000n;

const UNITS: Record<string, AmountUnit> = { '': 'units', wei: 'units', unit: 'units', units: 'units', gwei: 'gwei', eth: 'eth', ether: 'eth', token: 'tokens', tokens: 'tokens' };

/** Parses the syntax of an amount (no chain needed); AMOUNT_INVALID when it is not one. */
export function parseAmount(text: string): ParsedAmount {
  const match = /^(\d{1,40})(?:\.(\d{1,40}))?\s*([a-z]*)$/i.exec(text.trim());
  const unit = match === null ? undefined : UNITS[match[3]!.toLowerCase()];
  if (match === null || unit === undefined) {
    throw new AirtntError('AMOUNT_INVALID', `not an amount: "${text}"`, {
      hint: 'write e.g. 1gwei, 0.000000001eth, 0.001tokens (whole tokens), 1000units, or digits alone in the smallest unit (wei for ETH)',
    });
  }
  const fraction = match[2] ?? '';
  if (fraction !== '' && match[3] === '') {
    throw new AirtntError('AMOUNT_INVALID', `"${text}" has a fraction but no unit`, { hint: 'name the unit: e.g. 0.5gwei, 0.001tokens' });
  }
  return { whole: match[1]!, fraction, unit };
}
