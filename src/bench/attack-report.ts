/** Small helpers shared by the attack cases: error text, medians, the case result. */
import { isAirtntError } from '../util/errors.js';
import type { CaseResult } from './attack-types.js';

export function errorText(error: unknown): string {
  if (isAirtntError(error)) return `${error.code}: ${error.message.split('\n')[0]}`;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function result(name: string, held: boolean, detail: string): CaseResult {
  return { case: name, held, detail };
}

/** Runs `task` and turns an unexpected failure of the attack itself into a case that did not run cleanly. */
export async function guarded(name: string, task: () => Promise<CaseResult[]>): Promise<CaseResult[]> {
  try {
    return await task();
  } catch (error) {
    return [result(name, false, `the attack client failed: ${errorText(error)}`)];
  }
}

export const round1 = (value: number): number => Math.round(value * 10) / 10;
