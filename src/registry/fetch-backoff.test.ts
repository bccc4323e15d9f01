import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FetchBackoff, forEachBounded } from './fetch-backoff.js';

describe('FetchBackoff', () => {
  it('doubles the delay at each failure up to the cap, and forgets a node on success', () => {
    let now = 0;
    const backoff = new FetchBackoff({ baseMs: 1_000, capMs: 5_000 }, () => now);
    assert.equal(backoff.due('a'), true);
    assert.deepEqual([1, 2, 3, 4, 5].map(() => backoff.failed('a')), [1_000, 2_000, 4_000, 5_000, 5_000]);
    now = 4_999;
    assert.equal(backoff.due('a'), false);
    now = 5_000;
    assert.equal(backoff.due('a'), true);
    backoff.succeeded('a');
    assert.equal(backoff.failed('a'), 1_000);
  });

  it('keeps only the nodes still pending', () => {
    const backoff = new FetchBackoff({ baseMs: 1, capMs: 1 }, () => 0);
    backoff.failed('a');
    backoff.failed('b');
    backoff.retain(new Set(['b']));
    assert.equal(backoff.size, 1);
  });

  it('refuses a delay that is not a positive integer', () => {
    assert.throws(() => new FetchBackoff({ baseMs: 0, capMs: 1 }, () => 0), { code: 'INVALID_OPTION' });
  });
});

describe('forEachBounded', () => {
  it('runs at most `limit` tasks at once, every item once, and reports a failure after all ran', async () => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    const items = Array.from({ length: 20 }, (_, i) => i);
    await assert.rejects(
      forEachBounded(items, 4, async (i) => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setImmediate(resolve));
        seen.push(i);
        running -= 1;
        if (i === 3) throw new Error('item 3');
      }),
      /item 3/,
    );
    assert.equal(peak, 4);
    assert.deepEqual(seen.sort((a, b) => a - b), items);
  });
});
