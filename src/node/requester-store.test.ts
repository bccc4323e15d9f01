import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Hex } from 'viem';
import { RequesterStore } from './requester-store.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-requester-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const sessionId: Hex = `0x${'11'.repeat(32)}`;
const channelId: Hex = `0x${'22'.repeat(32)}`;
const party = `0x${'33'.repeat(20)}` as const;

function storeWithSession(name: string): RequesterStore {
  const store = new RequesterStore(join(dir, name));
  store.ensureRun({ runId: 'run', functionMeasurement: `0x${'44'.repeat(32)}`, initialState: new Uint8Array([0]), totalCycles: 30, perRound: 10 }, 1);
  store.insertChannel({ channelId, requester: party, executor: party, token: party, lane: 0n, deposit: 1000n, expiry: 10n }, 1);
  store.insertSession({ sessionId, runId: 'run', executorUrl: 'http://127.0.0.1:1', channelId, sessionSecret: new Uint8Array(32), enclaveAddress: `0x${'55'.repeat(32)}`, firstRound: 0n }, 1);
  return store;
}

const paid = (round: bigint) => ({
  sessionId, round, runId: 'run', channelId, cyclesAsked: 10, cyclesDone: 10, amount: 100n * (round + 1n), keyHash: `0x${'66'.repeat(32)}` as Hex,
  paymentSignature: `0x${'77'.repeat(65)}` as Hex, record: new Uint8Array(332), recordSignature: new Uint8Array(64), stateCiphertext: new Uint8Array(40), outputsCiphertext: new Uint8Array(0),
});
const opened = (round: bigint) => ({ sessionId, round, key: new Uint8Array(32).fill(Number(round) + 1), state: new Uint8Array([Number(round) + 10]), outputs: [new Uint8Array([7])] });

describe('requester store: one durable write per paid round', () => {
  it('completes the previous round (k, state, outputs) in the transaction that stores the next payment', () => {
    const store = storeWithSession('together.sqlite');
    store.insertPaidRound(paid(0n), 2);
    assert.deepEqual(store.keyedRounds('run'), []);
    store.insertPaidRound(paid(1n), 3, opened(0n));
    const keyed = store.keyedRounds('run');
    assert.equal(keyed.length, 1);
    assert.deepEqual(keyed[0]!.key, opened(0n).key);
    assert.deepEqual(keyed[0]!.state, opened(0n).state);
    assert.deepEqual(keyed[0]!.outputs, opened(0n).outputs);
    assert.deepEqual(store.unkeyedRounds({ runId: 'run' }).map((r) => r.round), [1n]);
    assert.equal(store.channel(channelId)!.signed, 200n);
    store.close();
  });

  it('is atomic: when the payment cannot be stored, the previous round is not completed either', () => {
    const store = storeWithSession('atomic.sqlite');
    store.insertPaidRound(paid(0n), 2);
    store.insertPaidRound(paid(1n), 3);
    // Round 1 exists already: the insert fails, and the completion of round 0 is rolled back with it.
    assert.throws(() => store.insertPaidRound(paid(1n), 4, opened(0n)));
    assert.deepEqual(store.keyedRounds('run'), []);
    assert.equal(store.unkeyedRounds({ runId: 'run' }).length, 2);
    store.close();
  });
});

describe('requester store: the run budget', () => {
  it('counts each payment against the run budget in the transaction that stores it, and refuses one beyond it', () => {
    const store = storeWithSession('budget.sqlite');
    store.setRunTerms('run', { token: party, maxSpend: 250n });
    store.insertPaidRound(paid(0n), 2, undefined, { cost: 100n, limit: 250n });
    store.insertPaidRound(paid(1n), 3, opened(0n), { cost: 100n, limit: 250n });
    assert.equal(store.run('run')!.spent, 200n);
    // A third payment of 100 would reach 300: refused, and nothing of it (nor the completion of round 1) is stored.
    assert.throws(() => store.insertPaidRound(paid(2n), 4, opened(1n), { cost: 100n, limit: 250n }), (error: Error & { code?: string }) => error.code === 'SPEND_LIMIT_REACHED');
    assert.equal(store.run('run')!.spent, 200n);
    assert.deepEqual(store.unkeyedRounds({ runId: 'run' }).map((r) => r.round), [1n]);
    assert.equal(store.channel(channelId)!.signed, 200n);
    // The budget and the spending survive a reopen; a run that paid in one token cannot continue in another.
    store.close();
    const reopened = new RequesterStore(join(dir, 'budget.sqlite'));
    assert.equal(reopened.run('run')!.maxSpend, 250n);
    assert.equal(reopened.run('run')!.spent, 200n);
    assert.throws(() => reopened.setRunTerms('run', { token: `0x${'99'.repeat(20)}` }), (error: Error & { code?: string }) => error.code === 'RUN_TOKEN_MISMATCH');
    reopened.close();
  });
});
