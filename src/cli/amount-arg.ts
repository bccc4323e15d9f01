/** The parser of amount flags (--max-spend, --price-per-cycle, --min-deposit ...): syntax checked at parse time. */
import { InvalidArgumentError } from 'commander';
import { parseAmount } from '../node/amount-syntax.js';
import { isAirtntError } from '../util/errors.js';

/** An amount with its unit (checked here, resolved with the token's decimals when it is used). */
export function amountArg(value: string): string {
  try {
    parseAmount(value);
  } catch (error) {
    throw new InvalidArgumentError(isAirtntError(error) ? `${error.message.split('\n')[0]} (${error.hint ?? ''})` : String(error));
  }
  return value;
}
