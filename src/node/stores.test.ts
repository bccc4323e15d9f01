import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { toHex } from '../util/bytes.js';
import { ExecutorStore } from './executor-store.js';
import { RequesterStore } from './requester-store.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-stores-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const hex32 = () => toHex(new Uint8Array(randomBytes(32)));
const requester = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as const;
const eth = '0x0000000000000000000000000000000000000000' as const;

describe('executor store', () => {
  it('keeps payments across a reopen and reports what is left to collect', () => {
    const path = join(dir, 'executor.sqlite');
    const channelId = hex32();
    const sessionId = hex32();
    let store = new ExecutorStore(path);
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.db.pragma('synchronous', { simple: true }), 2); // FULL
    store.insertSession({ sessionId, channelId, requester, token: eth, lane: 3n, rate: 10n, base: 0n, firstRound: 0n }, 5000n, 1);
    for (const [round, amount] of [[0n, 100n], [1n, 250n]] as const) {
      store.insertPayment({ channelId, amount, keyHash: hex32(), key: new Uint8Array(32).fill(Number(round)), signature: `0x${'ab'.repeat(65)}`, sessionId, round }, 2);
    }
    store.close();
    store = new ExecutorStore(path); // as after kill -9: only committed rows count, and they all do
    assert.equal(store.hasSession(sessionId), true);
    const [pending] = store.uncollectedChannels();
    assert.equal(pending?.payment.amount, 250n);
    assert.equal(pending?.payment.round, 1n);
    assert.equal(pending?.channel.lane, 3n);
    store.markCollected(channelId, 250n, 3);
    assert.deepEqual(store.uncollectedChannels(), []);
    store.close();
  });

  it('refuses a database written by a newer version', () => {
    const path = join(dir, 'newer.sqlite');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    assert.throws(() => new ExecutorStore(path), /newer airtnt/);
  });
});

describe('requester store', () => {
  it('keeps a paid round without its key, then completes it; only keyed rounds count as progress', () => {
    const store = new RequesterStore(join(dir, 'requester.sqlite'));
    const channelId = hex32();
    const sessionId = hex32();
    store.ensureRun({ runId: 'r1', functionMeasurement: hex32(), initialState: new Uint8Array([1, 2]), totalCycles: 10, perRound: 5 }, 1);
    store.insertChannel({ channelId, requester, executor: requester, token: eth, lane: 0n, deposit: 1000n, expiry: 99n }, 1);
    store.insertSession({ sessionId, runId: 'r1', executorUrl: 'http://x', channelId, sessionSecret: new Uint8Array(32), enclaveAddress: requester, firstRound: 0n }, 1);
    const round = { sessionId, round: 0n, runId: 'r1', channelId, cyclesAsked: 5, cyclesDone: 5, amount: 50n, keyHash: hex32(), paymentSignature: `0x${'cd'.repeat(65)}` as const, record: new Uint8Array(352), recordSignature: new Uint8Array(65), stateCiphertext: new Uint8Array(3), outputsCiphertext: new Uint8Array(4) };
    store.insertPaidRound(round, 2);
    assert.equal(store.channel(channelId)?.signed, 50n);
    assert.equal(store.unkeyedRounds({ runId: 'r1' }).length, 1);
    assert.deepEqual(store.keyedRounds('r1'), []);
    // k is kept as soon as it checks out, before the round is opened: still not progress, but not lost.
    store.recordKey(sessionId, 0n, new Uint8Array(32).fill(7));
    assert.deepEqual(store.keyedRounds('r1'), []);
    assert.deepEqual(store.unkeyedRounds({ runId: 'r1' })[0]?.key, new Uint8Array(32).fill(7));
    store.completeRound(sessionId, 0n, { key: new Uint8Array(32).fill(7), state: new Uint8Array([9]), outputs: [new Uint8Array([1]), new Uint8Array(0)] }, 3);
    const [keyed] = store.keyedRounds('r1');
    assert.deepEqual(keyed?.state, new Uint8Array([9]));
    assert.deepEqual(keyed?.outputs, [new Uint8Array([1]), new Uint8Array(0)]);
    assert.equal(store.unkeyedRounds().length, 0);
    store.close();
  });
});
