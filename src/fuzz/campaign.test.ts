/**
 * The bounded fuzz campaign of `npm test`: about 1,000 inputs for each parser of outside bytes
 * (100 for the public-key ones), in two worker processes. `npm run fuzz` runs a million.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readWasmSections } from '../functions/wasm-sections.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { runFuzzCampaign } from './campaign.js';
import { runTargets, sharesOf } from './run-targets.js';
import type { FuzzTarget } from './targets.js';

const EXPECTED_TARGETS = [
  'cbor-scan', 'wire-message', 'round-record', 'payment-signature', 'sealed-session', 'hpke-open', 'state-payload', 'outputs', 'life-rle', 'life-cells',
  'wasm-sections', 'wasm-abi', 'dcap-quote', 'sev-snp-report', 'sev-snp-certificates', 'nitro-document', 'x509-certificate', 'x509-crl', 'evidence',
];

describe('fuzz campaign', () => {
  it('every parser of outside bytes ends each input in a value or an AirtntError, quickly, in bounded memory', { timeout: 600_000 }, async () => {
    const weights = EXPECTED_TARGETS.length - 5 + 5 * 0.1;
    const report = await runFuzzCampaign({ inputs: Math.ceil(1_000 * weights), workers: 2, maxInputMs: 5_000, hangMs: 120_000 });
    assert.deepEqual(report.failures, [], 'no exception other than AirtntError, no input over the bound');
    assert.deepEqual(report.hangs, []);
    assert.deepEqual(Object.keys(report.byTarget).sort(), [...EXPECTED_TARGETS].sort(), 'every target ran');
    for (const [name, stats] of Object.entries(report.byTarget)) {
      assert.ok(stats.inputs >= 100, `${name}: ${stats.inputs} inputs`);
      // The mutations must reach the parser's refusals, not only bounce off one check.
      assert.ok(Object.values(stats.errorsByCode).reduce((a, b) => a + b, 0) > 0, `${name} refused some inputs`);
    }
    assert.ok(report.byTarget['wire-message']!.inputs >= 1_000);
    assert.ok(report.rssPeakMb > 0 && report.rssPeakMb < 1536, `RSS peak ${report.rssPeakMb} MiB`);
    assert.equal(report.ok, true);
  });

  it('counts a foreign exception and a slow input as failures, and typed errors by code', async () => {
    const targets: FuzzTarget[] = [
      { name: 'typed', what: '', seeds: [new Uint8Array([1])], run: () => { throw new AirtntError('MESSAGE_MALFORMED', 'no'); } },
      { name: 'foreign', what: '', seeds: [new Uint8Array([1])], run: (input) => { if (input.length > 0) throw new RangeError('offset out of bounds'); } },
      { name: 'slow', what: '', seeds: [new Uint8Array([1])], run: () => new Promise((resolve) => setTimeout(resolve, 30)) },
    ];
    const report = await runTargets({ targets, inputs: 30, seed: 1, maxInputMs: 20 });
    assert.equal(report.byTarget.typed!.rejected.MESSAGE_MALFORMED, 10);
    assert.ok(report.failures.some((f) => f.target === 'foreign' && /RangeError/.test(f.problem)));
    assert.ok(report.failures.some((f) => f.target === 'slow' && /took/.test(f.problem)));
    assert.ok(!report.failures.some((f) => f.target === 'typed'));
  });

  it('regression (found by the million-input run): a WebAssembly type vector claiming 2^28 parameters is refused at once', () => {
    const input = Buffer.from(
      '0061736d010000000126066000017f60047f7f7f7f0060017e017f60017fffffff067f7f7f7f7f7e017f60027f7f017f021b0203656e760561626f7274000103656e76066d656d6f72790200010309080200',
      'hex',
    );
    const started = performance.now();
    assert.throws(() => readWasmSections(input), (error: unknown) => isAirtntError(error, 'INVALID_FUNCTION'));
    // It took 5-10 s (Array.from of the claimed length) before the count was bounded by the bytes left.
    assert.ok(performance.now() - started < 500, `${performance.now() - started} ms`);
  });

  it('shares the inputs by weight', () => {
    assert.deepEqual(sharesOf([{}, { weight: 0.1 }, {}], 2100), [1000, 100, 1000]);
  });
});
