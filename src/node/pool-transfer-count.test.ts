/**
 * A pool failover is a transfer once the new view runs a round (new-user review: a run whose executor
 * died before its first result ended "…, 0 transfers" although every round ran on another member).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SessionSummary } from './requester-types.js';
import { isPoolTransfer } from './run-on-executor.js';

const entry = (view: number, rounds: number, endReason: string, sessionId = `0x${'ab'.repeat(32)}`): SessionSummary => ({
  url: `ws://127.0.0.1:${7780 + view}`, executor: `0x${'11'.repeat(20)}`, sessionId, firstRound: 0n, rounds, bytesSent: 0, bytesReceived: 0, endReason, view,
});

describe('pool transfers', () => {
  it('counts the first round of a view after a view change, whether or not the failed view had run rounds', () => {
    assert.equal(isPoolTransfer(entry(0, 0, 'view change'), entry(1, 0, 'open')), true, 'the executor died before its first result');
    assert.equal(isPoolTransfer(entry(0, 3, 'view change'), entry(1, 0, 'open')), true);
  });

  it('counts once per view, not the first view, and not across sessions', () => {
    assert.equal(isPoolTransfer(entry(0, 3, 'view change'), entry(1, 1, 'open')), false, 'the view\'s later rounds');
    assert.equal(isPoolTransfer(undefined, entry(0, 0, 'open')), false);
    assert.equal(isPoolTransfer(entry(0, 3, 'complete', `0x${'cd'.repeat(32)}`), entry(0, 0, 'open')), false);
  });
});
