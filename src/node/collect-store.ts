/**
 * What the collector sent, stored before it is broadcast (same executor.sqlite, synchronous=FULL):
 * each signed collect transaction with its nonce, fees, amount and channel, and its fate as the chain
 * tells it. A restart or a reorg re-sends from here; nothing sent is ever forgotten. Channels the
 * collector gave up on (expired, closed, refunded, not worth their gas) get a terminal row instead of
 * being retried forever. These tables belong to the collector alone; they are created here
 * (idempotently) rather than in the executor store's migrations, and only ever added to.
 */
import type { Hex } from 'viem';
import type { TxFees } from '../chain/sign-collect.js';
import type { SqliteDatabase } from './sqlite.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS collect_sends (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel_id TEXT NOT NULL,
    amount TEXT NOT NULL,
    previous TEXT NOT NULL,
    nonce INTEGER NOT NULL,
    tx_hash TEXT NOT NULL UNIQUE,
    raw TEXT NOT NULL,
    gas TEXT NOT NULL,
    fees TEXT NOT NULL,
    status TEXT NOT NULL,
    sent_block INTEGER NOT NULL,
    mined_block INTEGER,
    gas_used TEXT,
    fee_paid TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS collect_sends_by_status ON collect_sends(status, nonce, id);
  CREATE TABLE IF NOT EXISTS collect_terminal (
    channel_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    reason TEXT NOT NULL,
    amount TEXT NOT NULL,
    at INTEGER NOT NULL
  );`;

/**
 * sent: stored and broadcast (or about to be), not mined; mined: in a block, not yet confirmBlocks
 * deep; confirmed: deep enough; replaced: another transaction of the same nonce was mined; dropped:
 * the nonce was used by a transaction not stored here; rejected: the node refused it (nonce unused);
 * reverted: mined but reverted.
 */
export type SendStatus = 'sent' | 'mined' | 'confirmed' | 'replaced' | 'dropped' | 'rejected' | 'reverted';
/** Why a channel is no longer collected (until a larger payment arrives on it). */
export type TerminalState = 'expired' | 'closed' | 'failed' | 'uneconomic';

export type CollectSend = {
  id: number;
  channelId: Hex;
  amount: bigint;
  /** What the channel had collected before this send (restored if a reorg removes it). */
  previous: bigint;
  nonce: number;
  txHash: Hex;
  raw: Hex;
  gas: bigint;
  fees: TxFees;
  status: SendStatus;
  /** The head when it was last broadcast (fee bumps count blocks from here). */
  sentBlock: bigint;
  minedBlock: bigint | undefined;
  gasUsed: bigint | undefined;
  feePaid: bigint | undefined;
  /** When it was first stored (ms since the epoch): a collect just sent is not "unmined for a while". */
  createdAt: number;
};

type SendRow = {
  id: number;
  channel_id: string;
  amount: string;
  previous: string;
  nonce: number;
  tx_hash: string;
  raw: string;
  gas: string;
  fees: string;
  status: SendStatus;
  sent_block: number;
  mined_block: number | null;
  gas_used: string | null;
  fee_paid: string | null;
  created_at: number;
};

export class CollectStore {
  constructor(private readonly db: SqliteDatabase) {
    db.exec(SCHEMA);
  }

  /** Stores a signed collect before it is broadcast (fsync'ed on return). */
  insertSend(send: Omit<CollectSend, 'id' | 'status' | 'minedBlock' | 'gasUsed' | 'feePaid' | 'createdAt'>, now: number): number {
    const result = this.db
      .prepare(
        `INSERT INTO collect_sends (channel_id, amount, previous, nonce, tx_hash, raw, gas, fees, status, sent_block, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?)`,
      )
      .run(send.channelId, send.amount.toString(), send.previous.toString(), send.nonce, send.txHash, send.raw, send.gas.toString(), feesToJson(send.fees), Number(send.sentBlock), now);
    return Number(result.lastInsertRowid);
  }

  /** Sends not yet settled ('sent' or 'mined'), by nonce then age. */
  openSends(): CollectSend[] {
    const rows = this.db.prepare(`SELECT * FROM collect_sends WHERE status IN ('sent', 'mined') ORDER BY nonce, id`).all() as SendRow[];
    return rows.map(sendFromRow);
  }

  setStatus(id: number, status: SendStatus): void {
    this.db.prepare('UPDATE collect_sends SET status = ? WHERE id = ?').run(status, id);
  }

  setSentBlock(id: number, block: bigint): void {
    this.db.prepare('UPDATE collect_sends SET sent_block = ? WHERE id = ?').run(Number(block), id);
  }

  /** Mined (or reverted) at `block`; the other sends of its nonce are marked replaced. */
  markMined(send: CollectSend, status: 'mined' | 'reverted', receipt: { blockNumber: bigint; gasUsed: bigint; feePaid: bigint }): void {
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE collect_sends SET status = ?, mined_block = ?, gas_used = ?, fee_paid = ? WHERE id = ?')
        .run(status, Number(receipt.blockNumber), receipt.gasUsed.toString(), receipt.feePaid.toString(), send.id);
      this.db.prepare(`UPDATE collect_sends SET status = 'replaced' WHERE nonce = ? AND id != ? AND status = 'sent'`).run(send.nonce, send.id);
    })();
  }

  /** A mined send the chain no longer has (reorg): back to 'sent', to be broadcast again. */
  markUnmined(id: number, head: bigint): void {
    this.db.prepare(`UPDATE collect_sends SET status = 'sent', mined_block = NULL, gas_used = NULL, fee_paid = NULL, sent_block = ? WHERE id = ?`).run(Number(head), id);
  }

  /** Reverted sends of a channel (to give up after a few). */
  revertCount(channelId: Hex): number {
    const row = this.db.prepare(`SELECT COUNT(*) AS n FROM collect_sends WHERE channel_id = ? AND status = 'reverted'`).get(channelId) as { n: number };
    return row.n;
  }

  markTerminal(channelId: Hex, state: TerminalState, reason: string, amount: bigint, now: number): void {
    this.db
      .prepare(
        `INSERT INTO collect_terminal (channel_id, state, reason, amount, at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(channel_id) DO UPDATE SET state = excluded.state, reason = excluded.reason, amount = excluded.amount, at = excluded.at`,
      )
      .run(channelId, state, reason.slice(0, 500), amount.toString(), now);
  }

  /** The terminal state of a channel, for payments up to `amount` (a larger payment is collected anew). */
  terminal(channelId: Hex): { state: TerminalState; reason: string; amount: bigint } | undefined {
    const row = this.db.prepare('SELECT state, reason, amount FROM collect_terminal WHERE channel_id = ?').get(channelId) as
      | { state: TerminalState; reason: string; amount: string }
      | undefined;
    return row === undefined ? undefined : { state: row.state, reason: row.reason, amount: BigInt(row.amount) };
  }

  /** Every send of a channel, oldest first (for reports and tests). */
  sendsOf(channelId: Hex): CollectSend[] {
    return (this.db.prepare('SELECT * FROM collect_sends WHERE channel_id = ? ORDER BY id').all(channelId) as SendRow[]).map(sendFromRow);
  }

  /** Sends at or above `nonce` the node counts as sent, mined or confirmed, by nonce then age (nonce-gap checks). */
  sendsFromNonce(nonce: number): CollectSend[] {
    const rows = this.db.prepare(`SELECT * FROM collect_sends WHERE status IN ('sent', 'mined', 'confirmed') AND nonce >= ? ORDER BY nonce, id`).all(nonce) as SendRow[];
    return rows.map(sendFromRow);
  }

  /** Every send stored for one nonce, oldest first. */
  sendsAtNonce(nonce: number): CollectSend[] {
    return (this.db.prepare('SELECT * FROM collect_sends WHERE nonce = ? ORDER BY id').all(nonce) as SendRow[]).map(sendFromRow);
  }

  /** Every send, oldest first. */
  allSends(): CollectSend[] {
    return (this.db.prepare('SELECT * FROM collect_sends ORDER BY id').all() as SendRow[]).map(sendFromRow);
  }
}

function feesToJson(fees: TxFees): string {
  return JSON.stringify(fees, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
}

function feesFromJson(text: string): TxFees {
  const raw = JSON.parse(text) as Record<string, string>;
  return raw.kind === 'legacy'
    ? { kind: 'legacy', gasPrice: BigInt(raw.gasPrice!) }
    : { kind: 'eip1559', maxFeePerGas: BigInt(raw.maxFeePerGas!), maxPriorityFeePerGas: BigInt(raw.maxPriorityFeePerGas!) };
}

function sendFromRow(row: SendRow): CollectSend {
  return {
    id: row.id,
    channelId: row.channel_id as Hex,
    amount: BigInt(row.amount),
    previous: BigInt(row.previous),
    nonce: row.nonce,
    txHash: row.tx_hash as Hex,
    raw: row.raw as Hex,
    gas: BigInt(row.gas),
    fees: feesFromJson(row.fees),
    status: row.status,
    sentBlock: BigInt(row.sent_block),
    minedBlock: row.mined_block === null ? undefined : BigInt(row.mined_block),
    gasUsed: row.gas_used === null ? undefined : BigInt(row.gas_used),
    feePaid: row.fee_paid === null ? undefined : BigInt(row.fee_paid),
    createdAt: row.created_at,
  };
}
