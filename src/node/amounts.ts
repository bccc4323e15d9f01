/**
 * Amounts in real units: what a requester's limits (price per cycle, run budget, deposit) are
 * written in, turned into the token's smallest unit with its decimals. "1gwei", "0.000000001eth",
 * "0.001tokens" (whole tokens, scaled by decimals()), "1000units" or digits alone (the smallest
 * unit: wei for ETH). gwei and eth name ETH only. An amount finer than the smallest unit is
 * refused rather than rounded, so a limit is never silently looser or tighter than written.
 */
import { formatUnits, zeroAddress, type Address } from 'viem';
import { AirtntError } from '../util/errors.js';

export { DEFAULT_ETH_PRICE_CAP, MAX_AMOUNT, parseAmount, type Amount, type AmountUnit, type ParsedAmount } from './amount-syntax.js';
import { DEFAULT_ETH_PRICE_CAP, MAX_AMOUNT, parseAmount, type Amount } from './amount-syntax.js';

/** The amount in the smallest unit of `token` (zeroAddress: ETH), whose decimals() is `decimals`. */
export function resolveAmount(amount: Amount, token: Address, decimals: number, what: string): bigint {
  if (typeof amount === 'bigint') return checkRange(amount, what, amount.toString());
  const parsed = parseAmount(amount);
  const eth = token.toLowerCase() === zeroAddress;
  if (!eth && (parsed.unit === 'gwei' || parsed.unit === 'eth' || /wei$/i.test(amount.trim()))) {
    throw new AirtntError('AMOUNT_UNIT_MISMATCH', `${what} "${amount}" is in an ETH unit, but the run pays in the token ${token}`, {
      hint: 'write token amounts in tokens (e.g. 0.001tokens) or in the token\'s smallest unit (e.g. 1000units)',
    });
  }
  const scale = parsed.unit === 'units' ? 0 : parsed.unit === 'gwei' ? 9 : parsed.unit === 'eth' ? 18 : decimals;
  const fraction = parsed.fraction.replace(/0+$/, '');
  if (fraction.length > scale) {
    throw new AirtntError('AMOUNT_BELOW_UNIT', `${what} "${amount}" is finer than the smallest unit`, {
      details: { token, decimals, digitsAfterPoint: fraction.length, allowed: scale },
      hint: `use at most ${scale} digits after the point for this unit`,
    });
  }
  const value = BigInt(parsed.whole) * 10n ** BigInt(scale) + (fraction === '' ? 0n : BigInt(fraction.padEnd(scale, '0')));
  return checkRange(value, what, amount);
}

/**
 * The price limit per cycle in the token's smallest unit. ETH defaults to 1 gwei per cycle. A token
 * has no default: its unit says nothing of its worth (1e9 base units are 1,000 tokens of a 6-decimal
 * token and 1e-9 of an 18-decimal one), so the requester must name its limit (PRICE_CAP_REQUIRED).
 */
export function resolvePriceCap(cap: Amount | undefined, token: Address, decimals: number): bigint {
  if (cap !== undefined) return resolveAmount(cap, token, decimals, 'the price limit per cycle');
  if (token.toLowerCase() === zeroAddress) return DEFAULT_ETH_PRICE_CAP;
  throw new AirtntError('PRICE_CAP_REQUIRED', 'paying in a token needs an explicit price limit per cycle', {
    details: { token, decimals },
    hint: 'give maxPricePerCycle in the token, e.g. 0.000001tokens (whole tokens, scaled by the token\'s decimals())',
  });
}

/** "0.0015 tokens (1500 units, 6 decimals)", "1 gwei (1000000000 wei)": for messages. */
export function describeAmount(value: bigint, token: Address, decimals: number): string {
  if (token.toLowerCase() === zeroAddress) return `${formatUnits(value, 18)} ETH (${value} wei)`;
  return `${formatUnits(value, decimals)} tokens (${value} units, ${decimals} decimals)`;
}

function checkRange(value: bigint, what: string, text: string): bigint {
  if (value < 0n || value > MAX_AMOUNT) {
    throw new AirtntError('AMOUNT_OUT_OF_RANGE', `${what} "${text}" is outside 0 .. 2^96-1 smallest units`, { hint: 'channel amounts are below 2^96 base units' });
  }
  return value;
}
