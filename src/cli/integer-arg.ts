/** The parser of whole-number flags (--port, --cycles ...): checked at parse time, with the range. */
import { InvalidArgumentError } from 'commander';

export function integer(min: number, max: number): (value: string) => number {
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
    const parsed = Number(value);
    if (parsed < min || parsed > max) throw new InvalidArgumentError(`must be between ${min} and ${max}`);
    return parsed;
  };
}

/** The bench commands' whole-number flags: one message naming the range. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number in [${min}, ${max}], got "${value}"`);
    return n;
  };
}
