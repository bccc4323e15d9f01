/**
 * Group commit of the executor's per-round writes (src/node/group-commit.ts): writes waiting together
 * share one transaction and one fsync, a lone write commits in the same turn of the event loop, a
 * failing write fails alone, and a write is visible to another connection (committed) before its
 * caller is told. Then, on a real devnet with a real executor node and many requesters paying at
 * once: sessions, round keys and payments are committed in fewer transactions than writes, the key of
 * round r+1 in the same transaction as the payment for round r when r+1 ran in time, and no key
 * reaches its requester before the payment for it is committed in the executor's store.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createEnclave } from '../enclave/index.js';
import { createTeeProvider } from '../tee/index.js';
import { startExecutorNode, type ExecutorNode } from './executor.js';
import { NO_EXECUTOR_FAULTS, type FaultStep } from './faults.js';
import { builtinMeasurements } from './functions.js';
import { GroupCommit } from './group-commit.js';
import { Requester } from './requester.js';
import { openDatabase } from './sqlite.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';

describe('group commit (SQLite file, second connection)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'airtnt-group-commit-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function open(name: string): { db: ReturnType<typeof openDatabase>; reader: Database.Database } {
    const path = join(dir, name);
    const db = openDatabase(path, ['CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)']);
    return { db, reader: new Database(path, { readonly: true }) };
  }

  it('commits the writes queued together in one transaction, each visible elsewhere before its caller resumes', async () => {
    const { db, reader } = open('batch.sqlite');
    const commits: number[] = [];
    const group = new GroupCommit(db, (writes) => commits.push(writes));
    const seenOnResume: boolean[] = [];
    const insert = db.prepare('INSERT INTO t (id, v) VALUES (?, ?)');
    const has = reader.prepare('SELECT 1 FROM t WHERE id = ?');
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        group.commit(() => insert.run(i, `row ${i}`)).then(() => seenOnResume.push(has.get(i) !== undefined)),
      ),
    );
    assert.deepEqual(commits, [50], 'one transaction for the 50 writes queued in one turn');
    assert.equal(seenOnResume.length, 50);
    assert.ok(seenOnResume.every(Boolean), 'every write was committed (visible to another connection) before its caller resumed');
    reader.close();
    db.close();
  });

  it('commits a lone write at once, without waiting for company', async () => {
    const { db, reader } = open('lone.sqlite');
    const commits: number[] = [];
    const group = new GroupCommit(db, (writes) => commits.push(writes));
    let immediateRan = false;
    // setImmediate callbacks queued before the write run in the same check phase, first: the commit
    // runs in that phase too, before any timer or later turn of the loop.
    const written = group.commit(() => db.prepare('INSERT INTO t (id, v) VALUES (1, ?)').run('alone'));
    setImmediate(() => (immediateRan = true));
    await written;
    assert.deepEqual(commits, [1]);
    assert.equal(immediateRan, false, 'committed in the same check phase it was queued for');
    assert.ok(reader.prepare('SELECT 1 FROM t WHERE id = 1').get() !== undefined);
    reader.close();
    db.close();
  });

  it('fails a failing write alone; the others of its transaction are committed', async () => {
    const { db, reader } = open('failing.sqlite');
    const group = new GroupCommit(db);
    const insert = db.prepare('INSERT INTO t (id, v) VALUES (?, ?)');
    const outcomes = await Promise.allSettled([
      group.commit(() => insert.run(1, 'a')),
      group.commit(() => insert.run(1, 'duplicate')),
      group.commit(() => {
        insert.run(2, 'b');
        insert.run(2, 'half of a write that fails'); // its first statement is rolled back with it
      }),
      group.commit(() => insert.run(3, 'c')),
    ]);
    assert.deepEqual(outcomes.map((o) => o.status), ['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    assert.deepEqual(reader.prepare('SELECT id, v FROM t ORDER BY id').all(), [{ id: 1, v: 'a' }, { id: 3, v: 'c' }]);
    reader.close();
    db.close();
  });

  it('fails every write of a transaction whose commit fails (nothing counts as stored)', async () => {
    const { db, reader } = open('commit-fails.sqlite');
    const commits: number[] = [];
    const group = new GroupCommit(db, (writes) => commits.push(writes));
    // A deferred foreign key is checked at COMMIT: the commit itself fails, after every write ran.
    db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)');
    const outcomes = await Promise.allSettled([
      group.commit(() => db.prepare('INSERT INTO t (id, v) VALUES (10, ?)').run('would be lost')),
      group.commit(() => db.prepare('INSERT INTO child (p) VALUES (99)').run()),
    ]);
    assert.deepEqual(outcomes.map((o) => o.status), ['rejected', 'rejected']);
    assert.deepEqual(commits, []);
    assert.equal(reader.prepare('SELECT 1 FROM t WHERE id = 10').get(), undefined);
    reader.close();
    db.close();
  });
});

describe('group commit on a real executor node, many requesters at once', () => {
  const SESSIONS = 9;
  const ROUNDS = 4;
  let world: TestWorld;
  let node: ExecutorNode;
  let enclaveClose: () => Promise<void>;
  const commits: number[] = [];
  const paymentsStored: FaultStep[] = [];
  /** For each payment stored: whether the next round's key row was already committed with it (undefined: the session's last round). */
  const nextKeyWithPayment: (boolean | undefined)[] = [];
  let executorReader: Database.Database | undefined;

  before(async () => {
    world = await startTestWorld();
    const tee = await createTeeProvider('simulated');
    const enclave = await createEnclave({ tee });
    enclaveClose = () => enclave.close();
    node = await startExecutorNode({
      chain: world.client(1),
      enclave,
      dataDir: join(world.dir, 'executor'),
      pricePerCycle: TEST_PRICE_PER_CYCLE,
      functions: Object.values(await builtinMeasurements()),
      collectTuning: { worthFactor: 0n },
      collectIntervalMs: 500,
      faults: {
        ...NO_EXECUTOR_FAULTS,
        afterCommit: (writes) => commits.push(writes),
        afterPaymentStored: (step) => {
          paymentsStored.push(step);
          // Runs right after the payment's transaction committed: another connection sees what it held.
          executorReader ??= new Database(join(world.dir, 'executor', 'executor.sqlite'), { readonly: true });
          const last = step.round === BigInt(ROUNDS - 1);
          const nextKey = executorReader.prepare('SELECT 1 FROM rounds WHERE session_id = ? AND round = ?').get(step.sessionId, Number(step.round) + 1);
          nextKeyWithPayment.push(last ? undefined : nextKey !== undefined);
        },
      },
    });
  });
  after(async () => {
    executorReader?.close();
    await node?.close();
    await enclaveClose?.();
    await world?.close();
  });

  it('commits the payments and keys of concurrent sessions in fewer transactions than writes; no key leaves before its payment committed', async () => {
    const reader = new Database(join(world.dir, 'executor', 'executor.sqlite'), { readonly: true });
    const paymentOf = reader.prepare('SELECT amount FROM payments WHERE session_id = ? AND round = ?');
    const keysReceived: { step: FaultStep; committed: boolean }[] = [];
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 10 * ROUNDS, perRound: 10, executors: [node.url] });
    const runs = Array.from({ length: SESSIONS }, (_, i) => {
      const index = 2 + i;
      const requester = new Requester(
        {
          chain: world.client(index),
          dataDir: join(world.dir, `requester-${index}`),
          policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true },
          timeouts: { keyMs: 30_000, keyFromChainMs: 5_000, resultMs: 60_000 },
        },
        {
          afterPaymentStored: () => undefined,
          afterPaymentSent: () => undefined,
          // Runs as the key arrives: the executor's payment for this round must be committed already
          // (a reader connection sees committed transactions only).
          reached: (point, step) => {
            if (point === 'key-received' && step !== undefined) keysReceived.push({ step, committed: paymentOf.get(step.sessionId, Number(step.round)) !== undefined });
          },
        },
      );
      return requester.run(job).finally(() => requester.close());
    });
    const results = await Promise.all(runs);
    for (const result of results) assert.deepEqual(result.finalState, expected);

    const payments = SESSIONS * ROUNDS;
    assert.equal(keysReceived.length, payments, 'every key arrived');
    assert.deepEqual(keysReceived.filter((k) => !k.committed), [], 'no key reached its requester before its payment was committed');
    assert.equal(paymentsStored.length, payments);
    // A round whose enclave call outlasted the join wait (a loaded machine) is committed on its own, after its payment.
    const joined = nextKeyWithPayment.filter((j) => j === true).length;
    assert.equal(nextKeyWithPayment.filter((j) => j === undefined).length, SESSIONS, 'one last round per session');
    assert.ok(joined > 0, `no next round's key was committed with the payment before it (${payments - SESSIONS} could be)`);
    const writes = commits.reduce((a, b) => a + b, 0);
    // Each session: its row, the opening round's key, each payment (with the next round's key when joined),
    // and each later round's key that was not joined.
    assert.equal(writes, 2 * SESSIONS + payments + (payments - SESSIONS - joined), 'each session, each round key and each payment went through the group commit');
    assert.ok(commits.length < writes, `${writes} writes in ${commits.length} transactions (sizes ${commits.join(',')})`);
    reader.close();
  });
});
