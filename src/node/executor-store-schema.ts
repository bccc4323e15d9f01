/**
 * The executor store's schema (executor-store.ts), as migrations applied in order (sqlite.ts
 * openDatabase: each once, by its index in user_version). Only ever appended to.
 */
export const EXECUTOR_STORE_MIGRATIONS = [
  `CREATE TABLE sessions (
     session_id TEXT PRIMARY KEY,
     channel_id TEXT NOT NULL,
     requester TEXT NOT NULL,
     token TEXT NOT NULL,
     lane TEXT NOT NULL,
     rate TEXT NOT NULL,
     base TEXT NOT NULL,
     first_round INTEGER NOT NULL,
     opened_at INTEGER NOT NULL,
     ended_at INTEGER,
     end_reason TEXT,
     bytes_sent INTEGER NOT NULL DEFAULT 0,
     bytes_received INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE rounds (
     session_id TEXT NOT NULL REFERENCES sessions(session_id),
     round INTEGER NOT NULL,
     cycles_asked INTEGER NOT NULL,
     cycles_done INTEGER NOT NULL,
     key BLOB NOT NULL,
     key_hash TEXT NOT NULL,
     amount_due TEXT NOT NULL,
     released INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (session_id, round)
   );
   CREATE TABLE payments (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     channel_id TEXT NOT NULL,
     amount TEXT NOT NULL,
     key_hash TEXT NOT NULL,
     key BLOB NOT NULL,
     signature TEXT NOT NULL,
     session_id TEXT NOT NULL,
     round INTEGER NOT NULL,
     received_at INTEGER NOT NULL
   );
   CREATE INDEX payments_by_channel ON payments(channel_id, id);
   CREATE TABLE channels (
     channel_id TEXT PRIMARY KEY,
     requester TEXT NOT NULL,
     token TEXT NOT NULL,
     lane TEXT NOT NULL,
     expiry INTEGER NOT NULL,
     collected TEXT NOT NULL DEFAULT '0',
     collected_at INTEGER
   );`,
  // A round that ran and was never paid (at most one per channel: sessions on it are then refused).
  // Set with the round's key, cleared with its payment, so it also survives a crash of the executor.
  `ALTER TABLE channels ADD COLUMN unpaid_session_id TEXT;
   ALTER TABLE channels ADD COLUMN unpaid_round INTEGER;`,
  // Session ids of refused openings: a signed opening refused once must not run when replayed later.
  // signed = 1 when the opening's signer holds the channel (kept for good); 0 for openings refused
  // before their signature was looked at (kept up to a cap, oldest dropped first).
  `CREATE TABLE refused_sessions (
     session_id TEXT PRIMARY KEY,
     signed INTEGER NOT NULL,
     reason TEXT NOT NULL,
     refused_at INTEGER NOT NULL
   );
   CREATE INDEX refused_unsigned_by_age ON refused_sessions(signed, refused_at);`,
  // GET /v1/keys/:keyHash looks a paid round's key up by its hash (paid-keys.ts): one index lookup per request.
  `CREATE INDEX payments_by_key_hash ON payments(key_hash);`,
  // The pool sessions this member took part in, counted by `executor status` and the stop line: pool.sqlite keeps
  // nothing of a session in which it was only a standby once it ended (its replicas are dropped). executed = 1
  // once it was the executor of a view (view 0, or named by a view change: it never goes back to standby).
  `CREATE TABLE pool_sessions (session_id TEXT PRIMARY KEY, channel_id TEXT NOT NULL, executed INTEGER NOT NULL, opened_at INTEGER NOT NULL, ended_at INTEGER);`,
] as const;
