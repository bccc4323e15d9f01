/**
 * The default run budget (no maxSpend) with allowDoublePayment leaves room for the rounds that may be
 * paid twice (one per executor after the first), on a real requester store: without it, the first
 * round paid again would stop the run at SPEND_LIMIT_REACHED.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { ChainClient } from '../chain/index.js';
import { resolveRunLimits } from './requester-limits.js';
import { RequesterStore } from './requester-store.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-budget-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// ETH needs no chain read (18 decimals): the client is never called.
const noChain = {} as ChainClient;

describe('default run budget', () => {
  it('pays every cycle once, plus a round per possible double payment; an explicit budget is kept as given', async () => {
    const store = new RequesterStore(join(dir, 'requester.sqlite'));
    try {
      const run = (runId: string) => store.ensureRun({ runId, functionMeasurement: `0x${'11'.repeat(32)}`, initialState: new Uint8Array([1]), totalCycles: 100, perRound: 10 }, Date.now());
      const logs: string[] = [];
      const once = await resolveRunLimits(noChain, store, run('once'), { maxPricePerCycle: 1000n }, (l) => logs.push(l));
      assert.equal(once.maxSpend, 100n * 1000n);
      const twice = await resolveRunLimits(noChain, store, run('twice'), { maxPricePerCycle: 1000n, roundsPaidTwice: 2 }, (l) => logs.push(l));
      assert.equal(twice.maxSpend, (100n + 2n * 10n) * 1000n, 'room for two rounds paid again');
      assert.ok(logs.some((l) => /may be paid twice/.test(l)), logs.join('\n'));
      const explicit = await resolveRunLimits(noChain, store, run('explicit'), { maxPricePerCycle: 1000n, maxSpend: 5000n, roundsPaidTwice: 2 }, () => undefined);
      assert.equal(explicit.maxSpend, 5000n);
    } finally {
      store.close();
    }
  });
});
