/**
 * What a store says when its database cannot be used at startup: the SQLite error codes of a
 * damaged file, a lock held by another process and a full disk, turned into typed errors that say
 * which file, what happened and what to do. Nothing here writes to the file: a damaged store holds
 * signed payments and keys, and the operator must be able to recover them.
 */
import { AirtntError } from '../util/errors.js';

/** better-sqlite3's SqliteError carries the extended result code as `code` (e.g. SQLITE_IOERR_WRITE). */
function sqliteCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** Node's own file calls (creating the folder or the file) report a full disk as ENOSPC. */
function isNoSpace(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'ENOSPC';
}

/** The typed error for a failure while opening, checking or migrating `path`; undefined if it is none of these. */
export function storeFaultOf(error: unknown, path: string): AirtntError | undefined {
  const code = sqliteCode(error) ?? (isNoSpace(error) ? 'SQLITE_FULL' : undefined);
  if (code === undefined) return undefined;
  const details = { path, sqlite: code, reason: error instanceof Error ? error.message : String(error) };
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new AirtntError('STORE_CORRUPT', `the database ${path} is damaged or is not a SQLite database`, {
      details,
      hint: 'stop, and keep the file (it may hold signed payments and keys): restore it from a backup, or recover it with `sqlite3 FILE ".recover"` into a new file and put that in its place; do not start on an empty store while channels are open',
      cause: error,
    });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AirtntError('STORE_LOCKED', `the database ${path} is locked by another process`, {
      details,
      hint: 'another process (another airtnt node on the same data directory, or a sqlite3 shell) holds a lock on it: stop that process, or use another data directory',
      cause: error,
    });
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC' || code === 'SQLITE_IOERR_SHMSIZE' || code === 'SQLITE_IOERR_TRUNCATE') {
    return new AirtntError('STORE_FULL', `cannot write to the database ${path}: the disk (or the database's size limit) is full`, {
      details,
      hint: 'free space on the disk that holds the data directory and start again: what was committed is kept, nothing half-written is',
      cause: error,
    });
  }
  return new AirtntError('STORE_OPEN_FAILED', `cannot open the database ${path}`, { details, cause: error });
}
