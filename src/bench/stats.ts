/**
 * Aggregation of repeated benchmark runs. The paper reports medians of 10 runs; we do the same and
 * keep the spread (min, max) so that a reader can see how noisy a figure is.
 */
import { AirtntError } from '../util/errors.js';

export type Spread = { min: number; median: number; max: number };

/** Median of a non-empty list (mean of the two middle values for even lengths). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear-interpolated quantile (q in [0, 1]) of a non-empty list of finite numbers. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) {
    throw new AirtntError('BENCH_NO_SAMPLES', 'cannot aggregate an empty list of samples');
  }
  if (!(q >= 0 && q <= 1)) {
    throw new AirtntError('BENCH_BAD_QUANTILE', `quantile must be in [0, 1], got ${q}`, { details: { q } });
  }
  for (const value of values) {
    if (!Number.isFinite(value)) {
      throw new AirtntError('BENCH_BAD_SAMPLE', 'a sample is not a finite number', { details: { value: String(value) } });
    }
  }
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const weight = position - lower;
  return sorted[lower]! * (1 - weight) + sorted[upper]! * weight;
}

export function spread(values: readonly number[]): Spread {
  return { min: quantile(values, 0), median: median(values), max: quantile(values, 1) };
}

/** Numeric leaves of a sample: nested objects are flattened with dotted keys ("phases.payMs"). */
export type NumericRecord = { [key: string]: number | undefined | NumericRecord };

/**
 * Median of every numeric field over a list of samples with the same shape. A field missing from
 * some samples is aggregated over the samples that have it, so optional phases do not break the
 * whole summary.
 */
export function medianRecord<T extends object>(samples: readonly T[]): T {
  if (samples.length === 0) {
    throw new AirtntError('BENCH_NO_SAMPLES', 'cannot aggregate an empty list of runs');
  }
  return aggregateRecords(samples as unknown as readonly NumericRecord[], median) as T;
}

/** min / median / max of every numeric field, flattened with dotted keys. */
export function spreadRecord(samples: readonly object[]): Record<string, Spread> {
  const columns = new Map<string, number[]>();
  for (const sample of samples) {
    for (const [key, value] of flatten(sample as NumericRecord)) {
      const column = columns.get(key) ?? [];
      column.push(value);
      columns.set(key, column);
    }
  }
  const out: Record<string, Spread> = {};
  for (const [key, column] of columns) out[key] = spread(column);
  return out;
}

function aggregateRecords(samples: readonly NumericRecord[], reduce: (values: number[]) => number): NumericRecord {
  const keys = new Set<string>();
  for (const sample of samples) for (const key of Object.keys(sample)) keys.add(key);
  const out: NumericRecord = {};
  for (const key of keys) {
    const present = samples.map((sample) => sample[key]).filter((value) => value !== undefined);
    if (present.every((value) => typeof value === 'number')) {
      out[key] = reduce(present as number[]);
    } else if (present.every((value) => typeof value === 'object')) {
      out[key] = aggregateRecords(present as NumericRecord[], reduce);
    } else {
      throw new AirtntError('BENCH_MIXED_SAMPLES', `field "${key}" is a number in some runs and an object in others`);
    }
  }
  return out;
}

function* flatten(record: NumericRecord, prefix = ''): Generator<[string, number]> {
  for (const [key, value] of Object.entries(record)) {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'number') yield [name, value];
    else if (value !== undefined) yield* flatten(value, name);
  }
}

/** Rounds for display in JSON: 3 significant decimals for ms, integers stay integers. */
export function roundTo(value: number, decimals = 3): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
