import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { median, medianRecord, quantile, roundTo, spread, spreadRecord } from './stats.js';

describe('stats', () => {
  it('takes the median of odd and even lists without reordering the input', () => {
    const values = [9, 1, 5];
    assert.equal(median(values), 5);
    assert.deepEqual(values, [9, 1, 5]);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([7]), 7);
  });

  it('interpolates quantiles and gives min / median / max', () => {
    assert.equal(quantile([0, 10], 0.25), 2.5);
    assert.deepEqual(spread([3, 1, 2, 10]), { min: 1, median: 2.5, max: 10 });
  });

  it('refuses empty lists, bad quantiles and non-finite samples', () => {
    assert.throws(() => median([]), { code: 'BENCH_NO_SAMPLES' });
    assert.throws(() => quantile([1], 2), { code: 'BENCH_BAD_QUANTILE' });
    assert.throws(() => median([1, Number.NaN]), { code: 'BENCH_BAD_SAMPLE' });
  });

  it('takes the median of every field of nested run records', () => {
    const runs = [
      { latencyMs: 10, bytes: 100, phases: { payMs: 1, enclaveMs: 5 } },
      { latencyMs: 30, bytes: 100, phases: { payMs: 3, enclaveMs: 6 } },
      { latencyMs: 20, bytes: 102, phases: { payMs: 2, enclaveMs: 7, extraMs: 9 } },
    ];
    assert.deepEqual(medianRecord(runs), { latencyMs: 20, bytes: 100, phases: { payMs: 2, enclaveMs: 6, extraMs: 9 } });
    assert.deepEqual(spreadRecord(runs)['phases.enclaveMs'], { min: 5, median: 6, max: 7 });
    assert.throws(() => medianRecord([]), { code: 'BENCH_NO_SAMPLES' });
    assert.throws(() => medianRecord([{ a: 1 }, { a: { b: 2 } }]), { code: 'BENCH_MIXED_SAMPLES' });
  });

  it('rounds for display', () => {
    assert.equal(roundTo(1.23456), 1.235);
    assert.equal(roundTo(2.5, 0), 3);
  });
});
