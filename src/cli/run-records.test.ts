/**
 * The resume banner of `run` (new-user review 12/11: its round count was unclear): rounds done and left,
 * numbered from 0, the round it continues from equal to --json's resumedFromRound, and a paid round
 * whose key is awaited named apart (it was counted as done).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Hex } from 'viem';
import { RequesterStore } from '../node/requester-store.js';
import { resumeBanner, runStatus } from './run-records.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-run-records-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const runId = 'ab'.repeat(32);
const sessionId: Hex = `0x${'11'.repeat(32)}`;
const channelId: Hex = `0x${'22'.repeat(32)}`;
const party = `0x${'33'.repeat(20)}` as const;
const paid = (round: bigint) => ({
  sessionId, round, runId, channelId, cyclesAsked: 10, cyclesDone: 10, amount: 100n * (round + 1n), keyHash: `0x${'66'.repeat(32)}` as Hex,
  paymentSignature: `0x${'77'.repeat(65)}` as Hex, record: new Uint8Array(332), recordSignature: new Uint8Array(64), stateCiphertext: new Uint8Array(40), outputsCiphertext: new Uint8Array(0),
});
const opened = (round: bigint) => ({ sessionId, round, key: new Uint8Array(32).fill(Number(round) + 1), state: new Uint8Array([Number(round) + 10]), outputs: [] });

describe('run resume banner', () => {
  it('says the rounds done and left and continues from the first round not done; a paid round awaiting its key is not counted done', () => {
    const store = new RequesterStore(join(dir, 'requester.sqlite'));
    // 5 rounds of 10 cycles; rounds 0 and 1 paid and opened, round 2 paid, its key not received.
    store.ensureRun({ runId, functionMeasurement: `0x${'44'.repeat(32)}`, initialState: new Uint8Array([0]), totalCycles: 50, perRound: 10 }, 1);
    store.insertChannel({ channelId, requester: party, executor: party, token: party, lane: 0n, deposit: 10_000n, expiry: 10n }, 1);
    store.insertSession({ sessionId, runId, executorUrl: 'http://127.0.0.1:1', channelId, sessionSecret: new Uint8Array(32), enclaveAddress: `0x${'55'.repeat(32)}`, firstRound: 0n }, 1);
    store.insertPaidRound(paid(0n), 2);
    store.insertPaidRound(paid(1n), 3, opened(0n));
    store.insertPaidRound(paid(2n), 4, opened(1n));
    store.close();
    const status = runStatus(dir, runId);
    assert.equal(status.kind, 'resumed');
    if (status.kind !== 'resumed') return;
    assert.deepEqual({ roundsDone: status.roundsDone, totalRounds: status.totalRounds, awaitingKeys: status.awaitingKeys }, { roundsDone: 2, totalRounds: 5, awaitingKeys: [2] });
    assert.deepEqual(status.executors, ['http://127.0.0.1:1'], 'the executors that ran it (a --from-registry resume names them)');
    const banner = resumeBanner(runId, dir, status, '600 units');
    assert.match(banner, /: 2 of 5 rounds done \(rounds 0 to 1\), 3 left, 600 units spent so far; round 2 paid, key not received: taken from the executor or the chain first, then the run continues from round 3 \(resumedFromRound in --json; round 2 if a key is not had\)$/);
    assert.match(resumeBanner(runId, dir, { ...status, awaitingKeys: [] }, '600 units'), /3 left, 600 units spent so far; continuing from round 2 \(resumedFromRound in --json\)$/);
  });
});
