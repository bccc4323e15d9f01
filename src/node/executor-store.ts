/**
 * The executor's durable records: sessions, the key of every round it ran, and every payment update
 * it accepted. A payment is committed here before its key is released, so that after a crash the
 * executor can still collect everything it was paid (the key is stored with it).
 */
import type { Address, Hex } from 'viem';
import { GroupCommit } from './group-commit.js';
import { EXECUTOR_STORE_MIGRATIONS } from './executor-store-schema.js';
import { endSessionRow, openDatabase, preparedStatements, type SqliteDatabase } from './sqlite.js';

/** Refused openings kept whose signature was never checked (anyone can send those, so they are capped). */
export const MAX_UNSIGNED_REFUSALS = 100_000;

export type StoredChannel = {
  channelId: Hex;
  requester: Address;
  token: Address;
  lane: bigint;
  expiry: bigint;
  collected: bigint;
};

export type StoredPayment = {
  channelId: Hex;
  amount: bigint;
  keyHash: Hex;
  key: Uint8Array;
  signature: Hex;
  sessionId: Hex;
  round: bigint;
};

export type SessionRow = {
  sessionId: Hex;
  channelId: Hex;
  requester: Address;
  token: Address;
  lane: bigint;
  rate: bigint;
  base: bigint;
  firstRound: bigint;
};

type PaymentRowRaw = {
  channel_id: string;
  amount: string;
  key_hash: string;
  key: Buffer;
  signature: string;
  session_id: string;
  round: number;
};
type ChannelRowRaw = {
  channel_id: string;
  requester: string;
  token: string;
  lane: string;
  expiry: number;
  collected: string;
};

const PRUNE_EVERY = 1_000;

export class ExecutorStore {
  readonly db: SqliteDatabase;
  /** The per-round writes (round keys, payments) of all sessions, committed in groups (one fsync per group). */
  readonly group: GroupCommit;
  private unsignedSincePrune = PRUNE_EVERY - 1;
  private readonly statement: ReturnType<typeof preparedStatements>;

  /** @param committed observes each group commit (its number of writes): metrics, tests. */
  constructor(path: string, committed?: (writes: number) => void) {
    this.db = openDatabase(path, EXECUTOR_STORE_MIGRATIONS);
    this.statement = preparedStatements(this.db);
    this.group = new GroupCommit(this.db, committed);
  }

  close(): void {
    this.db.close();
  }

  hasSession(sessionId: Hex): boolean {
    return this.statement('SELECT 1 FROM sessions WHERE session_id = ?').get(sessionId) !== undefined;
  }

  /** True when an opening with this session id was refused before (it is refused again, whatever changed). */
  wasRefused(sessionId: Hex): boolean {
    return this.statement('SELECT 1 FROM refused_sessions WHERE session_id = ?').get(sessionId) !== undefined;
  }

  /**
   * Records a refused opening before its refusal is sent. `signed`: its signer is the requester of an
   * existing channel (kept for good); otherwise it is one of at most MAX_UNSIGNED_REFUSALS kept.
   */
  recordRefusal(sessionId: Hex, signed: boolean, reason: string, now: number): void {
    this.db.transaction(() => {
      this
        .statement(
          `INSERT INTO refused_sessions (session_id, signed, reason, refused_at) VALUES (?, ?, ?, ?)
           ON CONFLICT(session_id) DO UPDATE SET signed = MAX(signed, excluded.signed)`,
        )
        .run(sessionId, signed ? 1 : 0, reason.slice(0, 64), now);
      // Pruning scans the table: done once per PRUNE_EVERY unsigned refusals, not on each.
      if (!signed && ++this.unsignedSincePrune >= PRUNE_EVERY) {
        this.unsignedSincePrune = 0;
        this
          .statement(
            `DELETE FROM refused_sessions WHERE signed = 0 AND session_id IN (
               SELECT session_id FROM refused_sessions WHERE signed = 0 ORDER BY refused_at DESC LIMIT -1 OFFSET ?)`,
          )
          .run(MAX_UNSIGNED_REFUSALS);
      }
    })();
  }

  /** Records a new session and its channel (created on first sight, expiry refreshed on every open). */
  insertSession(row: SessionRow, channelExpiry: bigint, now: number): void {
    this.db.transaction(() => {
      this
        .statement(
          `INSERT INTO channels (channel_id, requester, token, lane, expiry) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(channel_id) DO UPDATE SET expiry = excluded.expiry`,
        )
        .run(row.channelId, row.requester, row.token, row.lane.toString(), Number(channelExpiry));
      this
        .statement(
          `INSERT INTO sessions (session_id, channel_id, requester, token, lane, rate, base, first_round, opened_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          row.sessionId,
          row.channelId,
          row.requester,
          row.token,
          row.lane.toString(),
          row.rate.toString(),
          row.base.toString(),
          Number(row.firstRound),
          now,
        );
    })();
  }

  endSession(sessionId: Hex, reason: string, bytes: { sent: number; received: number }, now: number): void {
    endSessionRow(this.db, sessionId, reason, bytes, now);
  }

  /** A pool session opened on this member, before its first round (a session id seen before is kept as it was). */
  recordPoolSession(sessionId: Hex, channelId: Hex, executing: boolean, now: number): void {
    this.statement('INSERT OR IGNORE INTO pool_sessions (session_id, channel_id, executed, opened_at) VALUES (?, ?, ?, ?)')
      .run(sessionId.toLowerCase(), channelId.toLowerCase(), executing ? 1 : 0, now);
  }

  /** A pool session ended on this member; `executed`: it was the executor of a view by then. */
  endPoolSession(sessionId: Hex, executed: boolean, now: number): void {
    this.statement('UPDATE pool_sessions SET ended_at = ?, executed = MAX(executed, ?) WHERE session_id = ? AND ended_at IS NULL')
      .run(now, executed ? 1 : 0, sessionId.toLowerCase());
  }

  /**
   * Stores the key of a round the enclave just ran, before its result leaves the node, and marks the
   * round as the channel's unpaid one until its payment is stored.
   */
  insertRound(round: {
    sessionId: Hex;
    channelId: Hex;
    round: bigint;
    cyclesAsked: number;
    cyclesDone: number;
    key: Uint8Array;
    keyHash: Hex;
    amountDue: bigint;
  }): void {
    this.db.transaction(() => {
      this
        .statement(
          `INSERT INTO rounds (session_id, round, cycles_asked, cycles_done, key, key_hash, amount_due)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          round.sessionId,
          Number(round.round),
          round.cyclesAsked,
          round.cyclesDone,
          Buffer.from(round.key),
          round.keyHash,
          round.amountDue.toString(),
        );
      this
        .statement('UPDATE channels SET unpaid_session_id = ?, unpaid_round = ? WHERE channel_id = ?')
        .run(round.sessionId, Number(round.round), round.channelId);
    })();
  }

  /**
   * Marks a round that failed in the enclave (timeout, trap, out of memory, too large, work budget) as
   * the channel's unpaid round, like a round that ran and was not paid: the executor did the work, so
   * it is the channel's one round of risk, and no later session opens on the channel.
   */
  markFailedRound(round: { sessionId: Hex; channelId: Hex; round: bigint }): void {
    this
      .statement('UPDATE channels SET unpaid_session_id = ?, unpaid_round = ? WHERE channel_id = ?')
      .run(round.sessionId, Number(round.round), round.channelId);
  }

  /** The round that ran on a channel and was never paid, if any (new sessions on it are refused). */
  unpaidRound(channelId: Hex): { sessionId: Hex; round: bigint } | undefined {
    const row = this
      .statement('SELECT unpaid_session_id AS s, unpaid_round AS r FROM channels WHERE channel_id = ?')
      .get(channelId) as { s: string | null; r: number | null } | undefined;
    if (row === undefined || row.s === null || row.r === null) return undefined;
    return { sessionId: row.s as Hex, round: BigInt(row.r) };
  }

  /** Commits an accepted payment update (fsync'ed on return): only then may its key be released. */
  insertPayment(payment: StoredPayment, now: number): void {
    this.db.transaction(() => {
      this.insertPaymentRow(payment, now);
      this.clearUnpaid(payment);
    })();
  }

  private clearUnpaid(payment: StoredPayment): void {
    this
      .statement('UPDATE channels SET unpaid_session_id = NULL, unpaid_round = NULL WHERE channel_id = ? AND unpaid_session_id = ? AND unpaid_round = ?')
      .run(payment.channelId, payment.sessionId, Number(payment.round));
  }

  private insertPaymentRow(payment: StoredPayment, now: number): void {
    this
      .statement(
        `INSERT INTO payments (channel_id, amount, key_hash, key, signature, session_id, round, received_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        payment.channelId,
        payment.amount.toString(),
        payment.keyHash,
        Buffer.from(payment.key),
        payment.signature,
        payment.sessionId,
        Number(payment.round),
        now,
      );
  }

  /**
   * One transaction (one fsync) per paid round: the payment, and the round marked as released. The
   * key is sent right after this returns; if the node dies in between, collecting reveals k anyway.
   */
  insertPaymentAndRelease(payment: StoredPayment, now: number): void {
    this.db.transaction(() => {
      this.insertPaymentRow(payment, now);
      this.clearUnpaid(payment);
      this.markReleased(payment.sessionId, payment.round);
    })();
  }

  markReleased(sessionId: Hex, round: bigint): void {
    this.statement('UPDATE rounds SET released = 1 WHERE session_id = ? AND round = ?').run(sessionId, Number(round));
  }

  /**
   * The key a stored payment is bound to, and its round, once that round's key may be released (marked with the
   * payment; a late payment only once its collect is mined: collect-first), else undefined.
   */
  paidKey(keyHash: Hex): { key: Uint8Array; sessionId: Hex; round: bigint } | undefined {
    const row = this.statement(
      `SELECT p.key, p.session_id, p.round FROM payments p
         JOIN rounds r ON r.session_id = p.session_id AND r.round = p.round AND r.released = 1
       WHERE p.key_hash = ? LIMIT 1`,
    ).get(keyHash.toLowerCase()) as
      | { key: Buffer; session_id: string; round: number }
      | undefined;
    return row === undefined ? undefined : { key: new Uint8Array(row.key), sessionId: row.session_id as Hex, round: BigInt(row.round) };
  }

  /** The highest cumulative amount signed to us on a channel (payments only ever grow). */
  latestPayment(channelId: Hex): StoredPayment | undefined {
    const row = this
      .statement('SELECT * FROM payments WHERE channel_id = ? ORDER BY id DESC LIMIT 1')
      .get(channelId) as PaymentRowRaw | undefined;
    return row === undefined ? undefined : paymentFromRow(row);
  }

  channel(channelId: Hex): StoredChannel | undefined {
    const row = this.statement('SELECT * FROM channels WHERE channel_id = ?').get(channelId) as
      | ChannelRowRaw
      | undefined;
    return row === undefined ? undefined : channelFromRow(row);
  }

  /** Channels holding a payment above what was collected on-chain. */
  uncollectedChannels(): { channel: StoredChannel; payment: StoredPayment }[] {
    // One query, not one per channel: the collector and the node's stats ask this often, over every channel.
    const rows = this.statement(
      `SELECT c.channel_id, c.requester, c.token, c.lane, c.expiry, c.collected,
              p.amount, p.key_hash, p.key, p.signature, p.session_id, p.round
       FROM channels c JOIN payments p ON p.id = (SELECT MAX(id) FROM payments WHERE channel_id = c.channel_id)`,
    ).all() as (ChannelRowRaw & PaymentRowRaw)[];
    const out: { channel: StoredChannel; payment: StoredPayment }[] = [];
    for (const row of rows) {
      const channel = channelFromRow(row);
      const payment = paymentFromRow(row);
      if (payment.amount > channel.collected) out.push({ channel, payment });
    }
    return out;
  }

  markCollected(channelId: Hex, amount: bigint, now: number): void {
    this
      .statement('UPDATE channels SET collected = ?, collected_at = ? WHERE channel_id = ?')
      .run(amount.toString(), now, channelId);
  }

  /** The channel's expiry as read on-chain (a requester may extend it after its sessions). */
  updateChannelExpiry(channelId: Hex, expiry: bigint): void {
    this.statement('UPDATE channels SET expiry = ? WHERE channel_id = ?').run(Number(expiry), channelId);
  }

  /** One session's byte counts (final once it ended) and how it ended. */
  sessionStats(sessionId: Hex): { bytesSent: number; bytesReceived: number; ended: boolean; endReason: string | null } | undefined {
    const row = this
      .statement('SELECT bytes_sent AS s, bytes_received AS r, ended_at AS e, end_reason AS reason FROM sessions WHERE session_id = ?')
      .get(sessionId) as { s: number; r: number; e: number | null; reason: string | null } | undefined;
    return row === undefined ? undefined : { bytesSent: row.s, bytesReceived: row.r, ended: row.e !== null, endReason: row.reason };
  }

  sessionTotals(): { sessions: number; bytesSent: number; bytesReceived: number } {
    const row = this
      .statement('SELECT COUNT(*) AS n, COALESCE(SUM(bytes_sent), 0) AS s, COALESCE(SUM(bytes_received), 0) AS r FROM sessions')
      .get() as { n: number; s: number; r: number };
    return { sessions: row.n, bytesSent: row.s, bytesReceived: row.r };
  }
}

function paymentFromRow(row: PaymentRowRaw): StoredPayment {
  return {
    channelId: row.channel_id as Hex,
    amount: BigInt(row.amount),
    keyHash: row.key_hash as Hex,
    key: new Uint8Array(row.key),
    signature: row.signature as Hex,
    sessionId: row.session_id as Hex,
    round: BigInt(row.round),
  };
}

function channelFromRow(row: ChannelRowRaw): StoredChannel {
  return {
    channelId: row.channel_id as Hex,
    requester: row.requester as Address,
    token: row.token as Address,
    lane: BigInt(row.lane),
    expiry: BigInt(row.expiry),
    collected: BigInt(row.collected),
  };
}
