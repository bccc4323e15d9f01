/** RequesterRun: a run is awaitable for its result and async-iterable for its progress, failures included. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { MAX_QUEUED_PROGRESS, RequesterRun } from './requester-client.js';
import type { RunProgress, RunResult } from './requester-types.js';

const progress = (rounds: number): RunProgress => ({ runId: 'r', round: BigInt(rounds - 1), rounds, totalRounds: 3, cyclesDone: rounds * 10, totalCycles: 30, paid: BigInt(rounds) * 10n, runSpent: BigInt(rounds) * 10n, executor: 'http://127.0.0.1:1', keyFrom: 'executor', state: new Uint8Array(0), token: '0x0000000000000000000000000000000000000000' });

describe('RequesterRun', () => {
  it('yields every report in order, ends with the run, and resolves to its result', async () => {
    const result = { runId: 'r', rounds: 3 } as RunResult;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = new RequesterRun(async (report) => {
      report(progress(1));
      await gate; // the consumer is already waiting for the next report
      report(progress(2));
      report(progress(3));
      return result;
    });
    const seen: number[] = [];
    for await (const p of run) {
      seen.push(p.rounds);
      if (p.rounds === 1) release();
    }
    assert.deepEqual(seen, [1, 2, 3]);
    assert.equal(await run, result);
  });

  it('the loop throws what the run threw, after the reports before it', async () => {
    const run = new RequesterRun(async (report) => {
      report(progress(1));
      throw new AirtntError('SPEND_LIMIT_REACHED', 'budget spent');
    });
    const seen: number[] = [];
    await assert.rejects(
      (async () => {
        for await (const p of run) seen.push(p.rounds);
      })(),
      (error) => isAirtntError(error, 'SPEND_LIMIT_REACHED'),
    );
    assert.deepEqual(seen, [1]);
    await assert.rejects(Promise.resolve(run), (error) => isAirtntError(error, 'SPEND_LIMIT_REACHED'));
  });

  it('keeps at most MAX_QUEUED_PROGRESS reports for a consumer that does not keep up (the newest)', async () => {
    const run = new RequesterRun(async (report) => {
      for (let i = 1; i <= MAX_QUEUED_PROGRESS + 5; i++) report(progress(i));
      return { runId: 'r' } as RunResult;
    });
    await run;
    const seen: number[] = [];
    for await (const p of run) seen.push(p.rounds);
    assert.equal(seen.length, MAX_QUEUED_PROGRESS);
    assert.equal(seen[0], 6);
  });
});
