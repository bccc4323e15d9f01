/**
 * What a pool-serving executor holds in pool.sqlite (pool-store.ts), read-only, for `airtnt executor
 * status` and the stop message: per session, its own paid rounds and the last PoolPayment to it (the
 * cumulative amount collectPool pays); per channel, what the member's pool collector (pool-collector.ts)
 * collected of it on chain and what is still pending, and the collects in flight.
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

/**
 * Per channel: the highest PoolPayment to this member there, over all its sessions (amounts are
 * cumulative per channel and member), what the pool collector saw collected of it on chain (this
 * member's memberCollected) and the rest, pending.
 */
export type PoolChannelEarnings = {
  channelId: string;
  /** The channel's token (the zero address for ETH); undefined when pool.sqlite does not hold the channel. */
  token: string | undefined;
  sessions: number;
  held: string;
  collected: string;
  pending: string;
};

/** held, collected and pending summed over the channels of one token (amounts of two tokens never add up). */
export type PoolTokenEarnings = { token: string | undefined; held: string; collected: string; pending: string };

/**
 * `held` is the sum over channels of each channel's highest payment; `collected` what of it the chain
 * shows collected; `pending` the rest (the pool collector collects it before each channel's expiry);
 * `byToken` the same sums per token (the top-level sums add smallest units of every token together);
 * `inFlight` the collectPool transactions sent and not yet mined, `awaitingConfirmations` those mined and
 * not yet deep enough to count as final (the chain already shows what they collected).
 */
export type PoolEarnings = {
  channels: PoolChannelEarnings[];
  sessions: PoolSessionEarnings[];
  held: string;
  collected: string;
  pending: string;
  byToken: PoolTokenEarnings[];
  inFlight: number;
  awaitingConfirmations: number;
};

/** The pool payments held in `dataDir`, or undefined when the executor never served a pool (no pool.sqlite). */
export function readPoolEarnings(dataDir: string): PoolEarnings | undefined {
  const path = join(dataDir, 'pool.sqlite');
  if (!existsSync(path)) return undefined;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'pool_own_rounds'").get() !== undefined;
    if (!hasTable) return { channels: [], sessions: [], held: '0', collected: '0', pending: '0', byToken: [], inFlight: 0, awaitingConfirmations: 0 };
    const hasTableNamed = (name: string) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
    const stored = new Map<string, { collected: string; token: string }>();
    if (hasTableNamed('pool_channels')) {
      for (const row of db.prepare('SELECT channel_id AS channelId, collected, token FROM pool_channels').all() as { channelId: string; collected: string; token: string }[]) stored.set(row.channelId.toLowerCase(), row);
    }
    const sends = (status: 'sent' | 'mined') => (hasTableNamed('collect_sends') ? (db.prepare('SELECT COUNT(DISTINCT nonce) AS n FROM collect_sends WHERE status = ?').get(status) as { n: number }).n : 0);
    const inFlight = sends('sent');
    const awaitingConfirmations = sends('mined');
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
      const collected = stored.get(key)?.collected ?? '0';
      const pending = BigInt(held) > BigInt(collected) ? (BigInt(held) - BigInt(collected)).toString() : '0';
      channels.set(key, { channelId: row.channelId, token: stored.get(key)?.token, sessions: (seen?.sessions ?? 0) + 1, held, collected, pending });
    }
    const sum = (of: PoolChannelEarnings[], field: 'held' | 'collected' | 'pending') => of.reduce((total, channel) => total + BigInt(channel[field]), 0n).toString();
    const all = [...channels.values()];
    const tokens = [...new Set(all.map((c) => c.token?.toLowerCase()))];
    const byToken = tokens.map((token) => {
      const of = all.filter((c) => c.token?.toLowerCase() === token);
      return { token: of[0]!.token, held: sum(of, 'held'), collected: sum(of, 'collected'), pending: sum(of, 'pending') };
    });
    return { channels: all, sessions: rows, held: sum(all, 'held'), collected: sum(all, 'collected'), pending: sum(all, 'pending'), byToken, inFlight, awaitingConfirmations };
  } finally {
    db.close();
  }
}
