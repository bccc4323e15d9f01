/**
 * The requester's refund transactions, stored before they are broadcast (the requester's own
 * requester.sqlite, synchronous=FULL): each signed refund with its nonce, hash and raw bytes, and its
 * fate as the chain tells it. After CHAIN_TX_UNMINED or a restart the same transaction is waited for
 * and broadcast again (same nonce, same bytes) instead of a second refund being signed: two refunds of
 * one channel cannot both succeed, and the second would revert at the requester's cost. The table is
 * created here (idempotently) rather than in the store's migrations, and only ever added to.
 */
import type { Hex } from 'viem';
import type { SqliteDatabase } from './sqlite.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS refund_sends (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel_id TEXT NOT NULL,
    nonce INTEGER NOT NULL,
    tx_hash TEXT NOT NULL UNIQUE,
    raw TEXT NOT NULL,
    status TEXT NOT NULL,
    mined_block INTEGER,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS refund_sends_by_channel ON refund_sends(channel_id, id);`;

/**
 * sent: stored and broadcast (or about to be), no receipt yet; mined: its receipt was seen (a reorg
 * can take it away: it is then waited for and broadcast again); dropped: its nonce was used by another
 * transaction of the account; rejected: the node refused it (the nonce stayed free); reverted: mined,
 * reverted.
 */
export type RefundStatus = 'sent' | 'mined' | 'dropped' | 'rejected' | 'reverted';

export type RefundSend = { id: number; channelId: Hex; nonce: number; txHash: Hex; raw: Hex; status: RefundStatus; minedBlock: bigint | undefined };

type Row = { id: number; channel_id: string; nonce: number; tx_hash: string; raw: string; status: RefundStatus; mined_block: number | null };

export class RefundStore {
  constructor(private readonly db: SqliteDatabase) {
    db.exec(SCHEMA);
  }

  /** Stores a signed refund before it is broadcast (fsync'ed on return). */
  insert(send: { channelId: Hex; nonce: number; txHash: Hex; raw: Hex }, now: number): RefundSend {
    const result = this.db
      .prepare(`INSERT INTO refund_sends (channel_id, nonce, tx_hash, raw, status, created_at) VALUES (?, ?, ?, ?, 'sent', ?)`)
      .run(send.channelId, send.nonce, send.txHash, send.raw, now);
    return { ...send, id: Number(result.lastInsertRowid), status: 'sent', minedBlock: undefined };
  }

  /** The channel's refund still in play ('sent' or 'mined'), newest first; undefined when none. */
  live(channelId: Hex): RefundSend | undefined {
    const row = this.db.prepare(`SELECT * FROM refund_sends WHERE channel_id = ? AND status IN ('sent', 'mined') ORDER BY id DESC LIMIT 1`).get(channelId) as Row | undefined;
    return row === undefined ? undefined : fromRow(row);
  }

  /** Nonces of refunds sent and not mined (not free for a new one, whatever the node's pool says). */
  unminedNonces(): Set<number> {
    const rows = this.db.prepare(`SELECT nonce FROM refund_sends WHERE status = 'sent'`).all() as { nonce: number }[];
    return new Set(rows.map((r) => r.nonce));
  }

  setStatus(id: number, status: RefundStatus, minedBlock?: bigint): void {
    this.db.prepare('UPDATE refund_sends SET status = ?, mined_block = ? WHERE id = ?').run(status, minedBlock === undefined ? null : Number(minedBlock), id);
  }

  /** Every refund of a channel, oldest first (for reports and tests). */
  sendsOf(channelId: Hex): RefundSend[] {
    return (this.db.prepare('SELECT * FROM refund_sends WHERE channel_id = ? ORDER BY id').all(channelId) as Row[]).map(fromRow);
  }
}

function fromRow(row: Row): RefundSend {
  return {
    id: row.id,
    channelId: row.channel_id as Hex,
    nonce: row.nonce,
    txHash: row.tx_hash as Hex,
    raw: row.raw as Hex,
    status: row.status,
    minedBlock: row.mined_block === null ? undefined : BigInt(row.mined_block),
  };
}
