/**
 * The requester's durable record of its pool sessions (docs/protocol.md, "The pool"; schema in
 * requester-rows.ts, migration 6): the members, the AirtntPools contract, the view the session stands
 * in and which member executes it, stored before the opening is sent; each signed view change stored
 * before it is sent. A requester killed mid-run and restarted reads the run's last pool session here
 * and resumes in its view, with its members (run-on-executor.ts, pool-resume.ts). The PoolPayments
 * themselves are the rounds' payments (rounds.pool_member, rounds.pool_view).
 *
 * Views are counted over the run: a session's view is `firstView` (the view the run stood in when the
 * session opened) plus the view signed in that session; a signed view change carries the session's own.
 */
import type { Address, Hex } from 'viem';
import { AirtntError } from '../util/errors.js';
import { channelFromRow, type ChannelRow } from './requester-rows.js';
import type { SqliteDatabase } from './sqlite.js';

export type PoolSessionRow = {
  sessionId: Hex;
  runId: string;
  /** The AirtntPools contract the session's channel is on. */
  contract: Address;
  /** The members in pool order (0: the session's first executor). */
  members: { url: string; payee: Address }[];
  ackCount: number;
  /** The run's view when this session opened (0 for a fresh run). */
  firstView: number;
  /** The run's view now: firstView plus the last view signed in this session. */
  view: number;
  /** The member (index in `members`) executing `view`. */
  executorIndex: number;
};

export type PoolViewChangeRow = {
  sessionId: Hex;
  /** The view as signed (the session's own count, from 0). */
  signedView: number;
  executorIndex: number;
  lastPaidRound: bigint;
  lastPaidKeyHash: Hex;
  ackCount: number;
  signature: Hex;
};

type Raw = Record<string, unknown>;

/** Bounds what is read back from a store file (a hostile or damaged file is not trusted for sizes). */
const MAX_STORED_MEMBERS = 64;

export class RequesterPoolStore {
  constructor(private readonly db: SqliteDatabase) {}

  /**
   * What the requester signed on a pool channel in all: amounts are cumulative per member, so each
   * member's highest PoolPayment, summed (the channel row's `signed` is only the last one's). undefined
   * when the channel carries no pool round.
   */
  signedOnPoolChannel(channelId: Hex): bigint | undefined {
    const highest = new Map<string, bigint>();
    const rows = this.db.prepare('SELECT pool_member AS member, amount FROM rounds WHERE channel_id = ? AND pool_member IS NOT NULL').iterate(channelId) as Iterable<{ member: unknown; amount: unknown }>;
    for (const row of rows) {
      if (typeof row.member !== 'string' || typeof row.amount !== 'string' || !/^\d{1,78}$/.test(row.amount)) {
        throw new AirtntError('STORE_CORRUPT', `a paid round of pool channel ${channelId.slice(0, 10)} is unreadable in the requester's store`, {
          details: { channelId },
          hint: 'keep the file; restore it from a backup, or read what is left with sqlite3 .recover',
        });
      }
      const member = row.member.toLowerCase();
      const amount = BigInt(row.amount);
      if (amount > (highest.get(member) ?? 0n)) highest.set(member, amount);
    }
    return highest.size === 0 ? undefined : [...highest.values()].reduce((sum, amount) => sum + amount, 0n);
  }

  /** Before the session's opening is sent to any member. */
  insertSession(row: Omit<PoolSessionRow, 'view' | 'executorIndex'>): void {
    this.db
      .prepare('INSERT INTO pool_sessions (session_id, run_id, contract, members, ack_count, first_view, view, executor_index) VALUES (?, ?, ?, ?, ?, ?, ?, 0)')
      .run(row.sessionId, row.runId, row.contract, JSON.stringify(row.members), row.ackCount, row.firstView, row.firstView);
  }

  /** Before the signed view change is sent to any member: the change, and the session's new view and executor, in one transaction. */
  insertViewChange(change: PoolViewChangeRow, now: number): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO pool_view_changes (session_id, signed_view, executor_index, last_paid_round, last_paid_key_hash, ack_count, signature, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(change.sessionId, change.signedView, change.executorIndex, Number(change.lastPaidRound), change.lastPaidKeyHash, change.ackCount, change.signature, now);
      this.db.prepare('UPDATE pool_sessions SET view = first_view + ?, executor_index = ? WHERE session_id = ?').run(change.signedView, change.executorIndex, change.sessionId);
    }).immediate();
  }

  session(sessionId: Hex): PoolSessionRow | undefined {
    const row = this.db.prepare('SELECT * FROM pool_sessions WHERE session_id = ?').get(sessionId) as Raw | undefined;
    return row === undefined ? undefined : poolSessionFromRow(row);
  }

  /**
   * The AirtntPools contract of a pool session on `channelId`, if any: for channels stored before the
   * channel's own row named its contract (requester-rows.ts, migration 7).
   */
  contractOfChannel(channelId: Hex): Address | undefined {
    const row = this.db
      .prepare('SELECT p.contract AS contract FROM pool_sessions p JOIN sessions s ON s.session_id = p.session_id WHERE s.channel_id = ? ORDER BY p.rowid DESC LIMIT 1')
      .get(channelId) as { contract: string } | undefined;
    return row === undefined ? undefined : (row.contract as Address);
  }

  /**
   * The newest `limit` pool channels (on an AirtntPools contract: named on the row, or by a pool session on
   * them) marked closed: recovery reads them again on their own contract (requester-channels.ts).
   */
  closedChannels(limit: number): ChannelRow[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM channels c WHERE c.status = 'closed' AND (c.contract IS NOT NULL OR EXISTS
           (SELECT 1 FROM sessions s JOIN pool_sessions p ON p.session_id = s.session_id WHERE s.channel_id = c.channel_id))
         ORDER BY c.rowid DESC LIMIT ?`,
      )
      .all(limit) as Raw[];
    return rows.map(channelFromRow);
  }

  /** The run's latest pool session (the one a restarted requester resumes from), if any. */
  lastOfRun(runId: string): PoolSessionRow | undefined {
    const row = this.db.prepare('SELECT * FROM pool_sessions WHERE run_id = ? ORDER BY view DESC, rowid DESC LIMIT 1').get(runId) as Raw | undefined;
    return row === undefined ? undefined : poolSessionFromRow(row);
  }

  viewChanges(sessionId: Hex): PoolViewChangeRow[] {
    const rows = this.db.prepare('SELECT * FROM pool_view_changes WHERE session_id = ? ORDER BY signed_view').all(sessionId) as Raw[];
    return rows.map((row) => ({
      sessionId: row.session_id as Hex,
      signedView: row.signed_view as number,
      executorIndex: row.executor_index as number,
      lastPaidRound: BigInt(row.last_paid_round as number),
      lastPaidKeyHash: row.last_paid_key_hash as Hex,
      ackCount: row.ack_count as number,
      signature: row.signature as Hex,
    }));
  }
}

function poolSessionFromRow(row: Raw): PoolSessionRow {
  const members = JSON.parse(row.members as string) as { url: string; payee: Address }[];
  if (!Array.isArray(members) || members.length < 1 || members.length > MAX_STORED_MEMBERS) {
    throw new AirtntError('STORE_CORRUPT', `pool session ${String(row.session_id)}: ${Array.isArray(members) ? members.length : 'no'} members stored, 1 to ${MAX_STORED_MEMBERS} expected`, { details: { sessionId: row.session_id } });
  }
  return {
    sessionId: row.session_id as Hex,
    runId: row.run_id as string,
    contract: row.contract as Address,
    members: members.map((m) => ({ url: String(m.url), payee: m.payee })),
    ackCount: row.ack_count as number,
    firstView: row.first_view as number,
    view: row.view as number,
    executorIndex: row.executor_index as number,
  };
}
