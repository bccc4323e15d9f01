/**
 * Storage faults on real SQLite files (issue 14, part 5): a full disk, a database locked by another
 * process and a damaged database. Each ends in a typed error that says what to do, no payment is
 * half-written, and everything committed is still there once the fault is gone.
 *
 * The full disk is real where this process may mount a small tmpfs (root, as in CI containers): the
 * store's writes then fail with ENOSPC inside SQLite. Everywhere, the same is also run against
 * SQLite's own size limit (PRAGMA max_page_count), which fails a write the same way (SQLITE_FULL)
 * without a mount.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hex } from 'viem';
import { runCli } from './process.js';
import { isAirtntError } from '../util/errors.js';
import { ExecutorStore } from './executor-store.js';
import { RequesterStore } from './requester-store.js';

const requester = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as const;
const eth = '0x0000000000000000000000000000000000000000' as const;
const hex32 = (): Hex => `0x${randomBytes(32).toString('hex')}`;

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'airtnt-storage-faults-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

type Paid = { channelId: Hex; sessionId: Hex; round: bigint; amount: bigint };

/**
 * Pays rounds (round row, then payment and release in one transaction, as the executor does) until a
 * write fails; returns what was committed and the error. Payment signatures are padded so the store
 * grows quickly.
 */
function payUntilFull(store: ExecutorStore, limit: number): { committed: Paid[]; error: unknown } {
  const channelId = hex32();
  const sessionId = hex32();
  store.insertSession({ sessionId, channelId, requester, token: eth, lane: 1n, rate: 10n, base: 0n, firstRound: 0n }, 5000n, 1);
  const committed: Paid[] = [];
  for (let round = 0n; round < BigInt(limit); round++) {
    const amount = (round + 1n) * 10n;
    try {
      store.insertRound({ sessionId, channelId, round, cyclesAsked: 1, cyclesDone: 1, key: randomBytes(32), keyHash: hex32(), amountDue: amount });
      store.insertPaymentAndRelease({ channelId, amount, keyHash: hex32(), key: randomBytes(32), signature: `0x${randomBytes(2000).toString('hex')}`, sessionId, round }, 2);
      committed.push({ channelId, sessionId, round, amount });
    } catch (error) {
      return { committed, error };
    }
  }
  return { committed, error: undefined };
}

/** The payments of a store as (round, amount), read back after a reopen. */
function paymentsIn(path: string): { round: number; amount: string; released: number }[] {
  const store = new ExecutorStore(path);
  try {
    return store.db
      .prepare('SELECT p.round AS round, p.amount AS amount, r.released AS released FROM payments p JOIN rounds r ON r.session_id = p.session_id AND r.round = p.round ORDER BY p.id')
      .all() as { round: number; amount: string; released: number }[];
  } finally {
    store.close();
  }
}

function assertNothingLost(path: string, committed: Paid[]): void {
  const rows = paymentsIn(path);
  assert.deepEqual(
    rows.map((r) => [r.round, r.amount, r.released]),
    committed.map((p) => [Number(p.round), p.amount.toString(), 1]),
    'every committed payment is there, released, and no other (no half-written payment)',
  );
}

function tryMount(target: string, size: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  mkdirSync(target, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', target]).status === 0;
}

describe('storage faults', () => {
  it('database size limit reached mid-run (max_page_count): the failed payment is not half-written, every committed one survives', () => {
    const path = join(dir, 'limit', 'executor.sqlite');
    let store = new ExecutorStore(path);
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages + 40}`);
    const { committed, error } = payUntilFull(store, 10_000);
    assert.ok(error !== undefined, 'the size limit was reached');
    assert.equal((error as { code?: string }).code, 'SQLITE_FULL');
    assert.ok(committed.length > 3, `some payments committed first (${committed.length})`);
    store.close();
    // The limit is per connection: a reopen is the operator freeing space.
    assertNothingLost(path, committed);
    store = new ExecutorStore(path);
    assert.equal(store.latestPayment(committed[0]!.channelId)?.amount, committed.at(-1)!.amount, 'collectable amount = last committed payment');
    store.close();
  });

  it('a real full disk (small tmpfs): writes fail, the store refuses to start with STORE_FULL, and after freeing space nothing committed is lost', (t) => {
    const mount = join(dir, 'tmpfs');
    if (!tryMount(mount, '2m')) {
      t.skip('cannot mount a tmpfs here (not root or not Linux): the max_page_count test covers the write path');
      return;
    }
    try {
      const dataDir = join(mount, 'executor');
      const path = join(dataDir, 'executor.sqlite');
      const store = new ExecutorStore(path);
      // Leave about 600 kB free, then pay until the disk is full.
      const filler = join(mount, 'filler');
      writeFileSync(filler, Buffer.alloc(1400 * 1024));
      const { committed, error } = payUntilFull(store, 100_000);
      assert.ok(error !== undefined, 'the disk filled up');
      assert.match(String((error as { code?: string }).code), /^SQLITE_(FULL|IOERR)/);
      assert.ok(committed.length > 3, `some payments committed first (${committed.length})`);
      try {
        store.close();
      } catch {
        // Closing checkpoints the WAL, which may itself need space: the WAL stays, nothing is lost.
      }
      // Starting again on the full disk: a typed error that says to free space, not a half-started node.
      const second = join(mount, 'second', 'executor.sqlite');
      let startError: unknown;
      try {
        // Fill what is left, so even creating the new database fails.
        for (let i = 0; ; i++) writeFileSync(join(mount, `fill-${i}`), Buffer.alloc(64 * 1024));
      } catch {
        // ENOSPC: the disk is full.
      }
      try {
        new ExecutorStore(second).close();
      } catch (error2) {
        startError = error2;
      }
      assert.ok(isAirtntError(startError, 'STORE_FULL'), `STORE_FULL at startup, got ${String(startError)}`);
      assert.match((startError as Error).message, /free space/);
      // Free the space: every committed payment is there, and the failed one is not.
      unlinkSync(filler);
      for (let i = 0; existsSync(join(mount, `fill-${i}`)); i++) unlinkSync(join(mount, `fill-${i}`));
      assertNothingLost(path, committed);
    } finally {
      spawnSync('umount', ['-l', mount]);
    }
  });

  it('a damaged database at start: STORE_CORRUPT with what to do, and the file is left as it was', async () => {
    // Not a database at all.
    const garbageDir = join(dir, 'garbage');
    mkdirSync(garbageDir, { recursive: true });
    const garbage = join(garbageDir, 'executor.sqlite');
    writeFileSync(garbage, randomBytes(8192));
    const before = readFileSync(garbage);
    assert.throws(() => new ExecutorStore(garbage), (error: unknown) => isAirtntError(error, 'STORE_CORRUPT') && /restore it from a backup/.test(error.message));
    assert.deepEqual(readFileSync(garbage), before, 'the damaged file is not touched');

    // A real store with payments, damaged past its header (a table page overwritten).
    const damagedDir = join(dir, 'damaged');
    const damaged = join(damagedDir, 'executor.sqlite');
    const store = new ExecutorStore(damaged);
    payUntilFull(store, 20);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    const bytes = readFileSync(damaged);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize * 2, pageSize * 4);
    writeFileSync(damaged, bytes);
    assert.throws(() => new ExecutorStore(damaged), (error: unknown) => isAirtntError(error, 'STORE_CORRUPT'));

    // The command line: exit non-zero, the code and what to do on stderr.
    const requesterDir = join(dir, 'requester-damaged');
    mkdirSync(requesterDir, { recursive: true });
    writeFileSync(join(requesterDir, 'requester.sqlite'), randomBytes(4096));
    const { code, stderr } = await runCli(['runs', 'show', '0'.repeat(64), '--data-dir', requesterDir], { timeoutMs: 60_000 });
    assert.notEqual(code, 0);
    assert.match(stderr, /STORE_CORRUPT|damaged or is not a SQLite database/);
    assert.match(stderr, /backup/);
  });

  it('a database locked by another process at start: STORE_LOCKED after the busy timeout, and it opens once the lock is gone', async () => {
    const dataDir = join(dir, 'locked');
    const path = join(dataDir, 'requester.sqlite');
    const store = new RequesterStore(path);
    store.close();
    // Another process takes an exclusive lock and holds it until told to stop.
    const holder = spawn(process.execPath, [
      '-e',
      `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))}); const db = new D(${JSON.stringify(path)});
       db.pragma('locking_mode = EXCLUSIVE'); db.exec('BEGIN EXCLUSIVE'); db.exec('CREATE TABLE IF NOT EXISTS lock_probe (x)');
       process.stdout.write('locked\\n'); process.stdin.on('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });`,
    ], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => holder.once('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => (chunk.toString().includes('locked') ? resolve() : undefined));
        holder.once('exit', (code) => reject(new Error(`the lock holder exited (${code})`)));
      });
      const started = performance.now();
      assert.throws(() => new RequesterStore(path), (error: unknown) => isAirtntError(error, 'STORE_LOCKED') && /another process/.test(error.message));
      assert.ok(performance.now() - started >= 4_000, 'a lock is waited for (busy timeout) before giving up');
    } finally {
      holder.stdin.write('go\n');
      await exited;
    }
    const reopened = new RequesterStore(path);
    reopened.close();
  });
});
