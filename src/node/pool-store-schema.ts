/**
 * A pool member's store schema (pool-store.ts), as migrations applied in order (sqlite.ts
 * openDatabase). Only ever appended to; the migration tests open a store at an older version with a prefix of it.
 */
export const POOL_STORE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE pool_views (
     session_id TEXT PRIMARY KEY,
     view INTEGER NOT NULL,
     executor_index INTEGER NOT NULL,
     last_paid_round INTEGER,
     signature BLOB
   );
   CREATE TABLE pool_replicas (
     session_id TEXT NOT NULL,
     view INTEGER NOT NULL,
     round INTEGER NOT NULL,
     key_hash BLOB NOT NULL,
     ciphertext BLOB NOT NULL,
     last_amount TEXT,
     last_signature BLOB,
     PRIMARY KEY (session_id, view, round)
   );
   CREATE TABLE pool_payments (
     session_id TEXT NOT NULL,
     member TEXT NOT NULL,
     amount TEXT NOT NULL,
     key_hash BLOB NOT NULL,
     signature BLOB NOT NULL,
     handed_over INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (session_id, member, key_hash)
   );`,
  // The executor's own rounds of a pool session: k stored before the result leaves, the requester's
  // PoolPayment stored before k is released (what collectPool needs).
  `CREATE TABLE pool_own_rounds (
     session_id TEXT NOT NULL,
     round INTEGER NOT NULL,
     channel_id TEXT NOT NULL,
     view INTEGER NOT NULL,
     key BLOB NOT NULL,
     key_hash BLOB NOT NULL,
     amount TEXT,
     signature BLOB,
     PRIMARY KEY (session_id, round, view)
   );`,
  // The pool channels this member served (stored when a session opens on one, before any round): what
  // its collectPool needs besides the payment (requester, token, lane, the ordered members), the
  // channel's expiry as last read, and what this member collected on it (its memberCollected).
  `CREATE TABLE pool_channels (
     channel_id TEXT PRIMARY KEY,
     requester TEXT NOT NULL,
     token TEXT NOT NULL,
     lane TEXT NOT NULL,
     members TEXT NOT NULL,
     expiry INTEGER NOT NULL,
     collected TEXT NOT NULL DEFAULT '0',
     collected_at INTEGER
   );`,
  // The hand-over (pool-handover.ts): the other members' URLs per session, where this member asks for
  // the PoolPayments of its own rounds that were paid to a standby (it died before storing them), and
  // the member's allocation on each channel (deposit / members at open), which bounds what it accepts.
  `CREATE TABLE pool_peers (
     session_id TEXT NOT NULL,
     member_index INTEGER NOT NULL,
     url TEXT NOT NULL,
     PRIMARY KEY (session_id, member_index)
   );
   ALTER TABLE pool_channels ADD COLUMN allocation TEXT;`,
  // Channel ids in one canonical form (lowercase hex, as pool_channels already had them) so that the
  // collector's per-channel lookups use an index instead of scanning every round (a scan per stored
  // channel on every block blocked the event loop for seconds); and the cumulative amount each own
  // round is due (what the enclave requires before it releases the key), the floor of a hand-over.
  // Rows stored before this have no amount due: the hand-over accepts no payment for them.
  `UPDATE pool_own_rounds SET channel_id = lower(channel_id);
   ALTER TABLE pool_own_rounds ADD COLUMN amount_due TEXT;
   CREATE INDEX pool_own_rounds_paid_by_channel ON pool_own_rounds (channel_id) WHERE amount IS NOT NULL;
   CREATE INDEX pool_payments_by_member ON pool_payments (member);
   CREATE INDEX pool_own_rounds_unpaid ON pool_own_rounds (amount) WHERE amount IS NULL;`,
];
