/** The progress line fits an 80-column terminal whatever the figures, and shows the spend in units. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROGRESS_COLUMNS, progressLine } from './progress.js';

describe('progress line', () => {
  it('stays within 80 columns, with the spend in ETH or token units', () => {
    const base = { runId: 'ab', round: 3n, rounds: 4, totalRounds: 10, cyclesDone: 40, totalCycles: 100, paid: 4000n, runSpent: 12_000_000_000_000n, executor: 'http://127.0.0.1:4242', keyFrom: 'executor' as const, state: new Uint8Array(0), token: '0x0000000000000000000000000000000000000000' as const };
    const short = progressLine(base, undefined);
    assert.match(short, /spent 0\.000012 ETH/);
    assert.match(short, /rounds 4\/10/);
    assert.match(short, /@ 127\.0\.0\.1:4242$/);
    const huge = progressLine({ ...base, rounds: 99_999_999, totalRounds: 100_000_000, cyclesDone: 99_999_999, totalCycles: 100_000_000, runSpent: (1n << 96n) - 1n, executor: `https://${'very-long-host-name.'.repeat(8)}example:65535`, keyFrom: 'chain' }, '0x'.padEnd(42, '1'));
    assert.ok(huge.length <= PROGRESS_COLUMNS && PROGRESS_COLUMNS < 80, `${huge.length}: ${huge}`);
    assert.match(progressLine({ ...base, runSpent: 1500n }, '0x'.padEnd(42, '1')), /spent 1500 units/);
    assert.match(short, /gen 40\/100/, 'life counts generations');
    const wasm = progressLine(base, undefined, 'cycles');
    assert.match(wasm, /rounds 4\/10 cycles 40\/100/, 'any other function counts cycles');
    assert.doesNotMatch(wasm, /gen/);
    for (const executor of ['http://a:1', `http://${'x'.repeat(200)}:1`]) assert.ok(progressLine({ ...base, executor }, undefined).length <= PROGRESS_COLUMNS);
    // A long host is cut in its middle: its start and its port stay readable.
    const long = progressLine({ ...base, executor: `http://executor-${'x'.repeat(60)}.example.org:7777` }, undefined);
    assert.match(long, /@ executor-x*~[^~]*:7777$/, long);
    // A long run's figures leave no room for the bar and a loopback address: the bar gives way, the address stays whole.
    const busy = progressLine({ ...base, rounds: 107, totalRounds: 3000, cyclesDone: 1070, totalCycles: 30_000, runSpent: 1_070_000_000_000n, executor: 'http://127.0.0.1:7777' }, undefined);
    assert.match(busy, /^rounds 107\/3000 gen 1070\/30000 spent 0\.00000107 ETH @ 127\.0\.0\.1:7777$/, busy);
    // A run its function ended early: the bar says so, as wide as ever; the counts as they were.
    const early = progressLine(base, undefined, 'gen', true);
    assert.match(early, /^\[done early\] rounds 4\/10 gen 40\/100 spent 0\.000012 ETH @ 127\.0\.0\.1:4242$/, early);
    assert.match(progressLine(base, undefined), /^\[#{4}\.{6}\] rounds 4\/10 gen 40\/100 spent /);
  });
});
