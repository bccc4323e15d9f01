/**
 * What a pool-serving executor holds in pool.sqlite (pool-store.ts), read-only, for `airtnt executor
 * status` and the stop message: per session, its own paid rounds and the last PoolPayment to it (the
 * cumulative amount collectPool pays). A member does not collect these by itself yet (docs/protocol.md,
 * "The pool"): everything listed is left for collectPoolPayment.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type PoolSessionEarnings = {
  sessionId: string;
  channelId: string;
  /** Rounds this member ran in the session, and those of them the requester paid. */
  rounds: number;
  paidRounds: number;
  /** The last PoolPayment to this member (cumulative, smallest units of the channel's token; wei for ETH). */
  held: string;
};

/** Per channel: the highest PoolPayment to this member there, over all its sessions (amounts are cumulative per channel and member). */
export type PoolChannelEarnings = { channelId: string; sessions: number; held: string };

/** `held` is the sum over channels of each channel's highest payment: what collectPool can still pay at most. */
export type PoolEarnings = { channels: PoolChannelEarnings[]; sessions: PoolSessionEarnings[]; held: string };

/** The pool payments held in `dataDir`, or undefined when the executor never served a pool (no pool.sqlite). */
export function readPoolEarnings(dataDir: string): PoolEarnings | undefined {
  const path = join(dataDir, 'pool.sqlite');
  if (!existsSync(path)) return undefined;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'pool_own_rounds'").get() !== undefined;
    if (!hasTable) return { channels: [], sessions: [], held: '0' };
    // Amounts are cumulative per member and session: the held payment is the one of the last paid round.
    const rows = db.prepare(
      `SELECT session_id AS sessionId, MIN(channel_id) AS channelId, COUNT(*) AS rounds, COUNT(amount) AS paidRounds,
              COALESCE((SELECT o.amount FROM pool_own_rounds o WHERE o.session_id = r.session_id AND o.amount IS NOT NULL ORDER BY o.round DESC, o.view DESC LIMIT 1), '0') AS held
         FROM pool_own_rounds r GROUP BY session_id ORDER BY MIN(rowid)`,
    ).all() as PoolSessionEarnings[];
    // A later session on the same channel pays above the earlier one's amounts: per channel only the
    // highest payment counts (summing sessions would count the same money twice).
    const channels = new Map<string, PoolChannelEarnings>();
    for (const row of rows) {
      const key = row.channelId.toLowerCase();
      const seen = channels.get(key);
      const held = seen === undefined || BigInt(row.held) > BigInt(seen.held) ? row.held : seen.held;
      channels.set(key, { channelId: row.channelId, sessions: (seen?.sessions ?? 0) + 1, held });
    }
    const held = [...channels.values()].reduce((sum, channel) => sum + BigInt(channel.held), 0n);
    return { channels: [...channels.values()], sessions: rows, held: held.toString() };
  } finally {
    db.close();
  }
}
