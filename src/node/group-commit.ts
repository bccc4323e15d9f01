/**
 * Group commit: the writes that are waiting together go to SQLite in one transaction, so one fsync
 * (synchronous=FULL) makes all of them durable instead of one fsync each.
 *
 * better-sqlite3 commits on the event loop's thread, so while one transaction is being synced no
 * socket is read; the frames that arrive meanwhile are read together by the next poll of the loop,
 * and the writes they queue commit together just after it (setImmediate runs once that poll is over).
 * Nothing waits for company: a write queued alone commits in the same turn of the loop, as if it were
 * written directly. Each write runs in its own savepoint, so a write that fails (a constraint) fails
 * its own caller only; a commit that fails (a full disk, an I/O error) fails every write in it, and
 * none of them counts as stored. A caller acts on its write (releases a key, sends a result) only once
 * its promise resolved, that is once the transaction holding it committed.
 */
import type { SqliteDatabase } from './sqlite.js';

type Pending = { write: () => void; resolve: () => void; reject: (error: unknown) => void };

/** Writes at most in one transaction (bounds the time the loop is held by one commit). */
const MAX_WRITES_PER_COMMIT = 512;

export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;

  /**
   * @param committed called after each transaction committed, with the number of writes it held
   *   (metrics, and tests that count transactions); it must not throw.
   */
  constructor(
    private readonly db: SqliteDatabase,
    private readonly committed: (writes: number) => void = () => undefined,
  ) {}

  /** Runs `write` in the next transaction; resolves once that transaction committed (fsync'ed). */
  commit(write: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Writes queued and not yet committed. */
  get waiting(): number {
    return this.queue.length;
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue.splice(0, MAX_WRITES_PER_COMMIT);
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    if (batch.length === 0) return;
    const failed = new Map<Pending, unknown>();
    try {
      this.db.transaction(() => {
        for (const pending of batch) {
          try {
            // A nested transaction is a savepoint: a failing write is rolled back alone.
            this.db.transaction(pending.write)();
          } catch (error) {
            failed.set(pending, error);
          }
        }
      })();
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    try {
      this.committed(batch.length);
    } catch {
      // an observer's failure must not hold back writes that are durable
    }
    for (const pending of batch) {
      if (failed.has(pending)) pending.reject(failed.get(pending));
      else pending.resolve();
    }
  }
}
