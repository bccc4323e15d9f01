/**
 * What a store says when its database cannot be used at startup: the SQLite error codes of a
 * damaged file, a lock held by another process and a full disk, turned into typed errors that say
 * which file, what happened and what to do. Nothing here writes to the file: a damaged store holds
 * signed payments and keys, and the operator must be able to recover them.
 */
import { AirtntError } from '../util/errors.js';

/** SQLite result codes (extended ones match by prefix, e.g. SQLITE_CORRUPT_VTAB) by what they mean for a store. */
const DAMAGED = ['SQLITE_NOTADB', 'SQLITE_CORRUPT'];
const HELD_BY_ANOTHER = ['SQLITE_BUSY', 'SQLITE_LOCKED'];
const NO_SPACE = ['SQLITE_FULL', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_IOERR_SHMSIZE', 'SQLITE_IOERR_TRUNCATE'];
const is = (result: string, kinds: readonly string[]): boolean => kinds.some((kind) => result === kind || result.startsWith(`${kind}_`));

/** better-sqlite3's SqliteError carries the extended result code (e.g. SQLITE_IOERR_WRITE); Node's fs calls say ENOSPC. */
function resultOf(error: unknown): string | undefined {
  const value = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (value === 'ENOSPC') return NO_SPACE[0];
  return typeof value === 'string' && value.startsWith('SQLITE_') ? value : undefined;
}

/** What PRAGMA quick_check reports as damage, shaped like SQLite's own error for it. */
export function damagedDatabase(report: string): Error {
  return Object.assign(new Error(`quick_check: ${report}`), { code: DAMAGED[1] });
}

/** The typed error for a failure while opening, checking or migrating `path`; undefined if it is none of these. */
export function storeFaultOf(error: unknown, path: string): AirtntError | undefined {
  const result = resultOf(error);
  if (result === undefined) return undefined;
  const details = { path, sqlite: result, reason: error instanceof Error ? error.message : String(error) };
  if (is(result, DAMAGED)) {
    return new AirtntError('STORE_CORRUPT', `the database ${path} is damaged or is not a SQLite database`, {
      details,
      hint: 'stop, and keep the file (it may hold signed payments and keys): restore it from a backup, or recover it with `sqlite3 FILE ".recover"` into a new file and put that in its place; do not start on an empty store while channels are open',
      cause: error,
    });
  }
  if (is(result, HELD_BY_ANOTHER)) {
    return new AirtntError('STORE_LOCKED', `the database ${path} is locked by another process`, {
      details,
      hint: 'another process (another airtnt node on the same data directory, or a sqlite3 shell) holds a lock on it: stop that process, or use another data directory',
      cause: error,
    });
  }
  if (is(result, NO_SPACE)) {
    return new AirtntError('STORE_FULL', `cannot write to the database ${path}: the disk (or the database's size limit) is full`, {
      details,
      hint: 'free space on the disk that holds the data directory and start again: what was committed is kept, nothing half-written is',
      cause: error,
    });
  }
  return new AirtntError('STORE_OPEN_FAILED', `cannot open the database ${path}`, { details, cause: error });
}
