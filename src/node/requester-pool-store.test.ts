/**
 * The requester's pool records (requester-pool-store.ts): a store written before migration 6 opens
 * with its rows kept and the pool tables added; a pool session, its view changes and each paid
 * round's member and view read back as stored; the run's last session is the one a restart resumes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Address, Hex } from 'viem';
import { isAirtntError } from '../util/errors.js';
import { REQUESTER_MIGRATIONS } from './requester-rows.js';
import { RequesterStore } from './requester-store.js';
import { openDatabase } from './sqlite.js';
import { membersFromView } from './pool-resume.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-requester-pool-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const party = `0x${'33'.repeat(20)}` as Address;
const member = (n: number) => ({ url: `http://127.0.0.1:${7000 + n}`, payee: `0x${String(n).repeat(40)}` as Address });
const id = (n: number) => `0x${String(n).repeat(64)}` as Hex;

function withSession(store: RequesterStore, sessionId: Hex, channelId: Hex): void {
  store.insertChannel({ channelId, requester: party, executor: party, token: party, lane: 0n, deposit: 1000n, expiry: 10n }, 1);
  store.insertSession({ sessionId, runId: 'run', executorUrl: member(1).url, channelId, sessionSecret: new Uint8Array(32), enclaveAddress: id(5), firstRound: 0n }, 1);
}

describe('requester store: pool sessions', () => {
  it('a store from before the pool tables (migration 5) opens with its runs kept and pool sessions storable', () => {
    const path = join(dir, 'old.sqlite');
    const old = openDatabase(path, REQUESTER_MIGRATIONS.slice(0, 5));
    old.prepare('INSERT INTO runs (run_id, function_measurement, initial_state, total_cycles, per_round, created_at) VALUES (?, ?, ?, ?, ?, ?)').run('run', id(4), Buffer.from([0]), 30, 10, 1);
    assert.equal(old.pragma('user_version', { simple: true }), 5);
    old.close();
    const store = new RequesterStore(path);
    try {
      assert.equal(store.db.pragma('user_version', { simple: true }), REQUESTER_MIGRATIONS.length);
      assert.equal(store.run('run')?.totalCycles, 30);
      assert.equal(store.pool.lastOfRun('run'), undefined);
      withSession(store, id(1), id(2));
      store.pool.insertSession({ sessionId: id(1), runId: 'run', contract: party, members: [member(1), member(2)], ackCount: 1, firstView: 0 });
      assert.equal(store.pool.lastOfRun('run')?.view, 0);
    } finally {
      store.close();
    }
  });

  it('stores the session, each view change (moving its view and executor) and each paid round\'s member and view', () => {
    const path = join(dir, 'views.sqlite');
    const store = new RequesterStore(path);
    store.ensureRun({ runId: 'run', functionMeasurement: id(4), initialState: new Uint8Array([0]), totalCycles: 30, perRound: 10 }, 1);
    withSession(store, id(1), id(2));
    store.pool.insertSession({ sessionId: id(1), runId: 'run', contract: party, members: [member(1), member(2), member(3)], ackCount: 1, firstView: 2 });
    const change = { sessionId: id(1), signedView: 1, executorIndex: 1, lastPaidRound: 3n, lastPaidKeyHash: id(6), ackCount: 1, signature: `0x${'77'.repeat(65)}` as Hex };
    store.pool.insertViewChange(change, 2);
    store.insertPaidRound({
      sessionId: id(1), round: 4n, runId: 'run', channelId: id(2), cyclesAsked: 10, cyclesDone: 10, amount: 100n, keyHash: id(6), paymentSignature: change.signature,
      record: new Uint8Array(8), recordSignature: new Uint8Array(64), stateCiphertext: new Uint8Array(8), outputsCiphertext: new Uint8Array(0), pool: { member: member(2).payee, view: 3 },
    }, 3);
    store.close();
    // Read back by another process's store (what a restarted requester sees).
    const again = new RequesterStore(path);
    try {
      const stored = again.pool.lastOfRun('run')!;
      assert.deepEqual(stored, { sessionId: id(1), runId: 'run', contract: party, members: [member(1), member(2), member(3)], ackCount: 1, firstView: 2, view: 3, executorIndex: 1 });
      assert.deepEqual(again.pool.viewChanges(id(1)), [change]);
      assert.deepEqual(again.unkeyedRounds({ runId: 'run' })[0]!.pool, { member: member(2).payee, view: 3 });
      // Resumed from the stored view's executor on, in pool order.
      assert.deepEqual(membersFromView(stored), [member(2).url, member(3).url, member(1).url]);
      // A view already stored is never stored again (a view is signed once).
      assert.throws(() => again.pool.insertViewChange(change, 4));
    } finally {
      again.close();
    }
  });

  it('sums what each member of a pool channel was signed (amounts are cumulative per member), not only the last payment', () => {
    const store = new RequesterStore(join(dir, 'signed.sqlite'));
    try {
      store.ensureRun({ runId: 'run', functionMeasurement: id(4), initialState: new Uint8Array([0]), totalCycles: 50, perRound: 10 }, 1);
      withSession(store, id(1), id(2));
      assert.equal(store.pool.signedOnPoolChannel(id(2)), undefined);
      // Member 1 ran rounds 0-2 (cumulative 10, 20, 30), member 2 rounds 3-4 after a view change (10, 20; 2^90 to check big amounts).
      const paid = [[0, 1, 10n], [1, 1, 20n], [2, 1, 30n], [3, 2, 10n], [4, 2, 2n ** 90n]] as const;
      for (const [round, by, amount] of paid) {
        store.insertPaidRound({
          sessionId: id(1), round: BigInt(round), runId: 'run', channelId: id(2), cyclesAsked: 10, cyclesDone: 10, amount, keyHash: id(6), paymentSignature: `0x${'77'.repeat(65)}`,
          record: new Uint8Array(8), recordSignature: new Uint8Array(64), stateCiphertext: new Uint8Array(8), outputsCiphertext: new Uint8Array(0), pool: { member: member(by).payee, view: by - 1 },
        }, 2);
      }
      assert.equal(store.channel(id(2))?.signed, 2n ** 90n, 'the channel row holds the last payment only');
      assert.equal(store.pool.signedOnPoolChannel(id(2)), 30n + 2n ** 90n);
      // A damaged row is said (STORE_CORRUPT), not thrown as a parse error.
      store.db.prepare("UPDATE rounds SET amount = 'lots' WHERE round = 4").run();
      assert.throws(() => store.pool.signedOnPoolChannel(id(2)), (error) => isAirtntError(error, 'STORE_CORRUPT'));
    } finally {
      store.close();
    }
  });

  it('refuses a stored member list it cannot trust (STORE_CORRUPT)', () => {
    const store = new RequesterStore(join(dir, 'corrupt.sqlite'));
    try {
      store.ensureRun({ runId: 'run', functionMeasurement: id(4), initialState: new Uint8Array([0]), totalCycles: 30, perRound: 10 }, 1);
      withSession(store, id(1), id(2));
      store.pool.insertSession({ sessionId: id(1), runId: 'run', contract: party, members: [], ackCount: 1, firstView: 0 });
      assert.throws(() => store.pool.lastOfRun('run'), (error) => isAirtntError(error, 'STORE_CORRUPT'));
    } finally {
      store.close();
    }
  });
});
