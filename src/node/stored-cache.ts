/**
 * A bounded cache kept in memory and in a table of the requester's store (key, value as text, when it
 * was stored), written in one transaction at `save` (the store saves its caches when it closes). For
 * what is worth no money and costs only time to get again: verdicts on evidence (evidence-verdicts.ts),
 * info documents of known executors (known-infos.ts). A row read back is decoded and checked by the
 * codec; one it refuses, or one too long, is a miss, never an error.
 */
import type { SqliteDatabase } from './sqlite.js';

/** The store's cache tables (requester-rows.ts, migration 8): each (key TEXT PRIMARY KEY, value TEXT, stored_at INTEGER). */
export type CacheTable = 'evidence_verdicts' | 'executor_infos';

export type CacheCodec<T> = {
  encode(value: T): string;
  /** The value, or undefined for text that is not one (a damaged or hostile file). */
  decode(text: string): T | undefined;
  /** The longest text read back. */
  maxChars: number;
};

export type Cached<T> = { value: T; storedAt: number };

export class StoredCache<T> {
  /** Newest last (Map order): what is looked up moves to the end; past `limit` the first goes. */
  private readonly entries = new Map<string, Cached<T>>();
  /** Keys put since the last save. */
  private readonly unsaved = new Set<string>();

  constructor(
    private readonly db: SqliteDatabase | undefined,
    private readonly table: CacheTable,
    private readonly limit: number,
    private readonly codec: CacheCodec<T>,
  ) {}

  get(key: string): Cached<T> | undefined {
    const entry = this.entries.get(key) ?? this.read(key);
    if (entry !== undefined) this.remember(key, entry);
    return entry;
  }

  put(key: string, value: T, storedAt: number): void {
    this.remember(key, { value, storedAt });
    this.unsaved.add(key);
  }

  /** Forgets an entry in memory (a stale row stays until it is replaced or pruned; `get` callers judge age). */
  forget(key: string): void {
    this.entries.delete(key);
    this.unsaved.delete(key);
  }

  /** Takes the entries another cache holds in memory (a bench's requester that knows an executor). */
  adopt(other: StoredCache<T>): void {
    for (const [key, entry] of other.entries) this.put(key, entry.value, entry.storedAt);
  }

  /** Writes what was put since the last save, and keeps the newest `limit` rows. */
  save(): void {
    if (this.db === undefined || this.unsaved.size === 0) return;
    const db = this.db;
    db.transaction(() => {
      for (const key of this.unsaved) {
        const entry = this.entries.get(key);
        if (entry !== undefined) db.prepare(`INSERT OR REPLACE INTO ${this.table} (key, value, stored_at) VALUES (?, ?, ?)`).run(key, this.codec.encode(entry.value), entry.storedAt);
      }
      db.prepare(`DELETE FROM ${this.table} WHERE key NOT IN (SELECT key FROM ${this.table} ORDER BY stored_at DESC LIMIT ?)`).run(this.limit);
    }).immediate();
    this.unsaved.clear();
  }

  private remember(key: string, entry: Cached<T>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.limit) this.forget(this.entries.keys().next().value!);
  }

  private read(key: string): Cached<T> | undefined {
    let row: { value: unknown; stored_at: unknown } | undefined;
    try {
      row = this.db?.prepare(`SELECT value, stored_at FROM ${this.table} WHERE key = ?`).get(key) as typeof row;
    } catch {
      return undefined; // a store whose cache table is not as this code expects: verified again, never an error
    }
    if (row === undefined || typeof row.value !== 'string' || row.value.length > this.codec.maxChars || typeof row.stored_at !== 'number') return undefined;
    const value = this.codec.decode(row.value);
    return value === undefined ? undefined : { value, storedAt: row.stored_at };
  }
}
