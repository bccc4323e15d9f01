/**
 * Opens a SQLite database for money-relevant data: WAL journal and synchronous=FULL, so a commit
 * that returned survives a power cut or kill -9 (https://sqlite.org/pragma.html#pragma_synchronous).
 * Schemas are migrations applied in order and tracked by user_version; they are only ever added to.
 */
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { AirtntError } from '../util/errors.js';
import { damagedDatabase, storeFaultOf } from './sqlite-faults.js';

export type SqliteDatabase = Database.Database;

/**
 * The statements of `db`, each prepared once on first use and kept: preparing costs about as much as
 * running one of the small per-round writes. Both stores take their statements from one of these.
 */
export function preparedStatements(db: SqliteDatabase): (sql: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}

export function openDatabase(path: string, migrations: readonly string[]): SqliteDatabase {
  if (path !== ':memory:') {
    try {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      // The stores hold signed payments, round keys and paid states: readable by their owner only.
      // SQLite creates the -wal and -shm files with the main file's mode, so that is set first.
      if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
      chmodSync(path, 0o600);
    } catch (error) {
      throw storeFaultOf(error, path) ?? error;
    }
  }
  let db: SqliteDatabase;
  try {
    db = new Database(path);
  } catch (cause) {
    throw new AirtntError('STORE_OPEN_FAILED', `cannot open the database ${path}`, { cause });
  }
  try {
    prepare(db, path, migrations);
  } catch (error) {
    db.close();
    // A damaged file, a lock held by another process or a full disk: say which, and what to do.
    throw storeFaultOf(error, path) ?? error;
  }
  cacheStatements(db);
  return db;
}

/** Distinct SQL texts kept prepared per database (the stores use a few dozen constant ones). */
const MAX_CACHED_STATEMENTS = 256;

/**
 * The stores call db.prepare(sql) at each use; compiling the same SQL again was a few percent of a
 * loaded executor's and requester's CPU (bench load profiles). Statements are reused as prepared, after
 * the migrations: none of the stores iterates a statement or changes its mode (pluck, raw, expand),
 * so one statement per SQL text serves every call, each run to completion before the next.
 */
function cacheStatements(db: SqliteDatabase): void {
  const cache = new Map<string, Database.Statement>();
  const prepareUncached = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (statement === undefined) {
      statement = prepareUncached(sql);
      if (cache.size < MAX_CACHED_STATEMENTS) cache.set(sql, statement);
    }
    return statement;
  }) as SqliteDatabase['prepare'];
}

function prepare(db: SqliteDatabase, path: string, migrations: readonly string[]): void {
  // First, so that a lock held for a moment by another process is waited for rather than fatal.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // A store damaged beyond its header is found now, at startup, not at the first payment. Cheap
  // for a store of this size (quick_check skips the index cross-checks of integrity_check).
  if (path !== ':memory:') {
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') throw damagedDatabase(String(check));
  }
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new AirtntError('STORE_TOO_NEW', `the database ${path} was written by a newer airtnt`, {
      details: { version: current, known: migrations.length },
    });
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/**
 * Ends a session row of either store (both keep sessions with these columns). Only the first end
 * counts, so a late duplicate cannot overwrite the reason or byte counts.
 */
export function endSessionRow(
  db: SqliteDatabase,
  sessionId: string,
  reason: string,
  bytes: { sent: number; received: number },
  now: number,
): void {
  db.prepare(
    `UPDATE sessions SET ended_at = ?, end_reason = ?, bytes_sent = ?, bytes_received = ?
     WHERE session_id = ? AND ended_at IS NULL`,
  ).run(now, reason, bytes.sent, bytes.received, sessionId);
}
