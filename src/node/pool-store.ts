/**
 * A pool member's durable state (docs/protocol.md, "The pool"), in its own SQLite file (WAL,
 * synchronous=FULL, sqlite.ts): the view it accepted for each session (stored before it acts on it),
 * the round replicas it holds (stored before their ack leaves: an ack promises the key survives a
 * kill -9), and the payments it released keys against (to hand to their payee, who needs them to
 * collect). Only the last REPLICAS_KEPT rounds of a session are kept: a view change continues from
 * the last paid round, which is the newest or the one before it.
 */
import { toHex, type Hex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { PoolView } from '../protocol/pool-rules.js';
import type { ReplicatedPayment } from '../protocol/pool-wire.js';
import { openDatabase, type SqliteDatabase } from './sqlite.js';

export const REPLICAS_KEPT = 2;

const MIGRATIONS = [
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
];

export type StoredReplica = { view: number; round: bigint; keyHash: Uint8Array; ciphertext: Uint8Array; lastPayment: ReplicatedPayment | undefined };
export type OwnRound = { sessionId: Hex; round: bigint; channelId: Hex; view: number; key: Uint8Array; keyHash: Uint8Array };
export type ReleasedPayment = { sessionId: Hex; member: Hex; amount: bigint; keyHash: Uint8Array; signature: Uint8Array };

type ReplicaRow = { view: number; round: number; key_hash: Buffer; ciphertext: Buffer; last_amount: string | null; last_signature: Buffer | null };

export class PoolStore {
  private constructor(private readonly db: SqliteDatabase) {}

  static open(path: string): PoolStore {
    return new PoolStore(openDatabase(path, MIGRATIONS));
  }

  /** Stores a view the member accepted (pool-rules.ts acceptViewChange); a view not above the stored one is refused. */
  acceptView(sessionId: Hex, view: PoolView, signature?: Uint8Array): void {
    this.db.transaction(() => {
      const current = this.view(sessionId);
      if (current !== undefined && view.view <= current.view) {
        throw new AirtntError('POOL_VIEW_STALE', `view ${view.view} of session ${sessionId.slice(0, 10)} is not above the stored view ${current.view}`, {
          details: { view: view.view, current: current.view },
        });
      }
      this.db
        .prepare('INSERT INTO pool_views (session_id, view, executor_index, last_paid_round, signature) VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET view = excluded.view, executor_index = excluded.executor_index, last_paid_round = excluded.last_paid_round, signature = excluded.signature')
        .run(sessionId, view.view, view.executorIndex, view.lastPaidRound === undefined ? null : Number(view.lastPaidRound), signature ?? null);
    }).immediate();
  }

  view(sessionId: Hex): PoolView | undefined {
    const row = this.db.prepare('SELECT view, executor_index, last_paid_round FROM pool_views WHERE session_id = ?').get(sessionId) as
      | { view: number; executor_index: number; last_paid_round: number | null }
      | undefined;
    if (row === undefined) return undefined;
    return { view: row.view, executorIndex: row.executor_index, lastPaidRound: row.last_paid_round === null ? undefined : BigInt(row.last_paid_round) };
  }

  /** Stores a replica (before its ack is sent) and drops the session's rounds older than the last REPLICAS_KEPT. */
  storeReplica(sessionId: Hex, replica: StoredReplica): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT OR REPLACE INTO pool_replicas (session_id, view, round, key_hash, ciphertext, last_amount, last_signature) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(sessionId, replica.view, Number(replica.round), replica.keyHash, replica.ciphertext, replica.lastPayment?.amount.toString() ?? null, replica.lastPayment?.signature ?? null);
      this.db
        .prepare('DELETE FROM pool_replicas WHERE session_id = ? AND round <= (SELECT MAX(round) FROM pool_replicas WHERE session_id = ?) - ?')
        .run(sessionId, sessionId, REPLICAS_KEPT);
    }).immediate();
  }

  /** The replicas held for a session, oldest round first. */
  replicas(sessionId: Hex): StoredReplica[] {
    const rows = this.db.prepare('SELECT view, round, key_hash, ciphertext, last_amount, last_signature FROM pool_replicas WHERE session_id = ? ORDER BY round, view').all(sessionId) as ReplicaRow[];
    return rows.map((row) => ({
      view: row.view,
      round: BigInt(row.round),
      keyHash: new Uint8Array(row.key_hash),
      ciphertext: new Uint8Array(row.ciphertext),
      lastPayment: row.last_amount === null || row.last_signature === null ? undefined : { amount: BigInt(row.last_amount), signature: new Uint8Array(row.last_signature) },
    }));
  }

  /** A payment a key was released against, stored before the key leaves. */
  storeReleasedPayment(payment: ReleasedPayment): void {
    this.db
      .prepare('INSERT OR IGNORE INTO pool_payments (session_id, member, amount, key_hash, signature) VALUES (?, ?, ?, ?, ?)')
      .run(payment.sessionId, payment.member.toLowerCase(), payment.amount.toString(), payment.keyHash, payment.signature);
  }

  /** The executor's own round: its key, stored before the round's result leaves. */
  storeOwnRound(round: OwnRound): void {
    this.db
      .prepare('INSERT INTO pool_own_rounds (session_id, round, channel_id, view, key, key_hash) VALUES (?, ?, ?, ?, ?, ?)')
      .run(round.sessionId, Number(round.round), round.channelId, round.view, round.key, round.keyHash);
  }

  /** The requester's PoolPayment of an own round, stored before its key is released. */
  storeOwnPayment(sessionId: Hex, round: bigint, view: number, payment: { amount: bigint; signature: Uint8Array }): void {
    const changed = this.db
      .prepare('UPDATE pool_own_rounds SET amount = ?, signature = ? WHERE session_id = ? AND round = ? AND view = ?')
      .run(payment.amount.toString(), payment.signature, sessionId, Number(round), view).changes;
    if (changed !== 1) throw new AirtntError('INTERNAL_ERROR', `no own round ${round} of view ${view} stored for session ${sessionId.slice(0, 10)}`);
  }

  /** The own rounds of a session, with their payments when paid, oldest first. */
  ownRounds(sessionId: Hex): (OwnRound & { payment: { amount: bigint; signature: Uint8Array } | undefined })[] {
    const rows = this.db.prepare('SELECT round, channel_id, view, key, key_hash, amount, signature FROM pool_own_rounds WHERE session_id = ? ORDER BY round, view').all(sessionId) as {
      round: number; channel_id: Hex; view: number; key: Buffer; key_hash: Buffer; amount: string | null; signature: Buffer | null;
    }[];
    return rows.map((row) => ({
      sessionId, round: BigInt(row.round), channelId: row.channel_id, view: row.view, key: new Uint8Array(row.key), keyHash: new Uint8Array(row.key_hash),
      payment: row.amount === null || row.signature === null ? undefined : { amount: BigInt(row.amount), signature: new Uint8Array(row.signature) },
    }));
  }

  /**
   * The highest PoolPayment to this member held on `channelId`, over every session (0 if none).
   * Amounts are cumulative per (channel, member): a later session on the channel only pays above it.
   */
  heldOnChannel(channelId: Hex): bigint {
    const rows = this.db.prepare('SELECT amount FROM pool_own_rounds WHERE lower(channel_id) = ? AND amount IS NOT NULL').all(channelId.toLowerCase()) as { amount: string }[];
    return rows.reduce((max, row) => (BigInt(row.amount) > max ? BigInt(row.amount) : max), 0n);
  }

  /** Payments still to hand to `member`. */
  paymentsFor(member: Hex): ReleasedPayment[] {
    const rows = this.db.prepare('SELECT session_id, member, amount, key_hash, signature FROM pool_payments WHERE member = ? AND handed_over = 0 ORDER BY rowid').all(member.toLowerCase()) as {
      session_id: Hex;
      member: Hex;
      amount: string;
      key_hash: Buffer;
      signature: Buffer;
    }[];
    return rows.map((row) => ({ sessionId: row.session_id, member: row.member, amount: BigInt(row.amount), keyHash: new Uint8Array(row.key_hash), signature: new Uint8Array(row.signature) }));
  }

  /** The payee confirmed it stored the payment. */
  markHandedOver(payment: ReleasedPayment): void {
    this.db.prepare('UPDATE pool_payments SET handed_over = 1 WHERE session_id = ? AND member = ? AND key_hash = ?').run(payment.sessionId, payment.member.toLowerCase(), payment.keyHash);
  }

  close(): void {
    this.db.close();
  }
}

export const sessionKey = (sessionId: Uint8Array): Hex => toHex(sessionId);
