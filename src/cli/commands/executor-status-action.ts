/**
 * The body of `airtnt executor status` (executor-status.ts defines the command and loads this module
 * when it runs, so that `--help` stays fast): the executor's data directory read-only, as text or JSON.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatUnits, zeroAddress } from 'viem';
import { readPoolEarnings, type PoolEarnings } from '../../node/pool-earnings.js';
import { AirtntError, safeJson } from '../../util/errors.js';

/** Per token over direct channels; `pending` counts only channels still collectable (no terminal state). */
type Earnings = { token: string; signed: string; collected: string; pending: string };
/**
 * What is earned in one token over direct channels and pools together: `signed` the payments held (a pool
 * channel counts its highest payment), `collected` what the chain shows collected, `pending` the rest;
 * `pool` the part of `signed` earned in pools.
 */
export type TokenEarnings = { token: string; signed: string; collected: string; pending: string; pool: string };
type ChannelLine = { channelId: string; requester: string; token: string; expiry: string; signed: string; collected: string; state: string };
type Send = { channelId: string; amount: string; status: string; txHash: string; sentBlock: number };
export type ExecutorStatus = ReturnType<typeof readStatus>;

export function printExecutorStatus(dataDir: string, json: boolean | undefined): void {
  const status = readStatus(dataDir);
  if (json) process.stdout.write(`${safeJson({ ok: true, dataDir, ...status })}\n`);
  else process.stdout.write(`${describeStatus(dataDir, status)}\n`);
}

export function readStatus(dataDir: string) {
  const path = join(dataDir, 'executor.sqlite');
  if (!existsSync(path)) {
    throw new AirtntError('EXECUTOR_STORE_NOT_FOUND', `no executor store in ${dataDir}`, { details: { path }, hint: 'pass the --data-dir the executor was started with' });
  }
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const sessions = db.prepare('SELECT COUNT(*) AS total, SUM(ended_at IS NULL) AS live FROM sessions').get() as { total: number; live: number | null };
    const channels = (db.prepare(
      `SELECT c.channel_id AS channelId, c.requester, c.token, c.expiry, c.collected,
              COALESCE((SELECT p.amount FROM payments p WHERE p.channel_id = c.channel_id ORDER BY p.id DESC LIMIT 1), '0') AS signed,
              COALESCE((SELECT t.state FROM collect_terminal t WHERE t.channel_id = c.channel_id), '') AS state
         FROM channels c ORDER BY c.expiry`,
    ).all() as (Omit<ChannelLine, 'expiry'> & { expiry: number })[]).map((row) => ({ ...row, expiry: new Date(row.expiry * 1000).toISOString() }));
    const earnings = new Map<string, Earnings>();
    for (const channel of channels) {
      const entry = earnings.get(channel.token) ?? { token: channel.token, signed: '0', collected: '0', pending: '0' };
      entry.signed = (BigInt(entry.signed) + BigInt(channel.signed)).toString();
      entry.collected = (BigInt(entry.collected) + BigInt(channel.collected)).toString();
      if (channel.state === '' && BigInt(channel.signed) > BigInt(channel.collected)) entry.pending = (BigInt(entry.pending) + BigInt(channel.signed) - BigInt(channel.collected)).toString();
      earnings.set(channel.token, entry);
    }
    const hasSends = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'collect_sends'").get() !== undefined;
    const queue = hasSends
      ? (db.prepare("SELECT channel_id AS channelId, amount, status, tx_hash AS txHash, sent_block AS sentBlock FROM collect_sends WHERE status IN ('sent', 'mined') ORDER BY id").all() as Send[])
      : [];
    const owed = channels.filter((c) => BigInt(c.signed) > BigInt(c.collected) && c.state === '');
    // Pool sessions' payments live apart, in pool.sqlite (present once the executor served --pools).
    const pool = readPoolEarnings(dataDir);
    const poolSessions = poolSessionCounts(db, pool);
    return { sessions: { total: sessions.total, live: sessions.live ?? 0 }, ...(poolSessions === undefined ? {} : { poolSessions }), earnings: earningsWithPool([...earnings.values()], pool), channels, collectQueue: { sending: queue, toCollect: owed.map((c) => ({ channelId: c.channelId, amount: (BigInt(c.signed) - BigInt(c.collected)).toString(), deadline: c.expiry })) }, ...(pool === undefined ? {} : { pool }) };
  } finally {
    db.close();
  }
}

/**
 * The pool sessions this member took part in, apart from its own sessions (`sessions` counts only those):
 * as the executor of a view (it ran rounds there), or only as a standby. Those it ran rounds in are known
 * from pool.sqlite, also from before executor.sqlite recorded pool sessions; standby-only ones only from
 * that record (pool_sessions). Undefined for an executor that never served a pool.
 */
export type PoolSessionCounts = { total: number; asExecutor: number; onlyStandby: number };

function poolSessionCounts(db: Database.Database, pool: PoolEarnings | undefined): PoolSessionCounts | undefined {
  const recorded = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'pool_sessions'").get() === undefined
    ? []
    : (db.prepare('SELECT session_id AS sessionId, executed FROM pool_sessions').all() as { sessionId: string; executed: number }[]);
  if (pool === undefined && recorded.length === 0) return undefined;
  const executed = new Set((pool?.sessions ?? []).map((s) => s.sessionId.toLowerCase()));
  for (const r of recorded) if (r.executed === 1) executed.add(r.sessionId.toLowerCase());
  const onlyStandby = recorded.filter((r) => !executed.has(r.sessionId.toLowerCase())).length;
  return { total: executed.size + onlyStandby, asExecutor: executed.size, onlyStandby };
}

/** "3 pool sessions (2 as executor, 1 only as standby)". */
export function poolSessionsText(counts: PoolSessionCounts): string {
  return `${counts.total} pool session${counts.total === 1 ? '' : 's'} (${counts.asExecutor} as executor, ${counts.onlyStandby} only as standby)`;
}

/**
 * Earnings per token, direct channels and pools added up (a pool member's earnings are earnings too).
 * Pool channels pool.sqlite does not hold have no known token: they stay in the pool section only.
 */
export function earningsWithPool(direct: Earnings[], pool: PoolEarnings | undefined): TokenEarnings[] {
  const byToken = new Map<string, { token: string; signed: bigint; collected: bigint; pending: bigint; pool: bigint }>();
  const entry = (token: string) => {
    const key = token.toLowerCase();
    const found = byToken.get(key) ?? { token, signed: 0n, collected: 0n, pending: 0n, pool: 0n };
    byToken.set(key, found);
    return found;
  };
  for (const e of direct) {
    const found = entry(e.token);
    found.signed += BigInt(e.signed);
    found.collected += BigInt(e.collected);
    found.pending += BigInt(e.pending);
  }
  for (const t of pool?.byToken ?? []) {
    if (t.token === undefined) continue;
    const found = entry(t.token);
    found.signed += BigInt(t.held);
    found.collected += BigInt(t.collected);
    found.pending += BigInt(t.pending);
    found.pool += BigInt(t.held);
  }
  return [...byToken.values()].map((e) => ({
    token: e.token,
    signed: e.signed.toString(),
    collected: e.collected.toString(),
    pending: e.pending.toString(),
    pool: e.pool.toString(),
  }));
}

function amount(value: string, token: string): string {
  return token.toLowerCase() === zeroAddress ? `${formatUnits(BigInt(value), 18)} ETH` : `${value} units of ${token.slice(0, 10)}`;
}

export function describeStatus(dataDir: string, status: ExecutorStatus): string {
  // A pool member's sessions are counted apart (new-user review: "sessions 0" for an executor that served only pools).
  const pooled = status.poolSessions === undefined ? '' : `; ${poolSessionsText(status.poolSessions)}${status.poolSessions.asExecutor > 0 && status.pool !== undefined ? ', those as executor listed under pool payments below' : ''}`;
  const lines = [`executor store ${dataDir}`, `  sessions  ${status.sessions.total} (${status.sessions.live} not ended)${pooled}`];
  if (status.earnings.length === 0) lines.push('  earnings  none yet');
  for (const e of status.earnings) {
    const inPools = BigInt(e.pool) > 0n ? ` (${amount(e.pool, e.token)} of it in pools)` : '';
    lines.push(`  earnings  ${amount(e.signed, e.token)} signed to you${inPools}: ${amount(e.collected, e.token)} collected, ${amount(e.pending, e.token)} pending`);
  }
  lines.push(`  channels  ${status.channels.length}`);
  for (const c of status.channels) lines.push(`    ${c.channelId.slice(0, 18)}  from ${c.requester.slice(0, 10)}  ${amount(c.signed, c.token)} signed, ${amount(c.collected, c.token)} collected  expires ${c.expiry}${c.state ? `  ${c.state}` : ''}`);
  const { inFlight, unconfirmed } = collectsOnTheirWay(status);
  lines.push(`  collect queue  ${status.collectQueue.toCollect.length} to collect, ${inFlight} transactions in flight, ${unconfirmed} mined and awaiting confirmations`);
  const tokenOf = new Map(status.channels.map((c) => [c.channelId, c.token]));
  for (const q of status.collectQueue.toCollect) lines.push(`    ${q.channelId.slice(0, 18)}  ${poolAmount(q.amount, tokenOf.get(q.channelId))} before ${q.deadline}`);
  for (const s of status.collectQueue.sending) {
    lines.push(s.status === 'sent' ? `    in flight ${s.txHash.slice(0, 18)}  sent at block ${s.sentBlock}` : `    mined ${s.txHash.slice(0, 18)}  awaiting confirmations (sent at block ${s.sentBlock})`);
  }
  if (status.pool !== undefined) lines.push(...describePoolEarnings(status.pool));
  return lines.join('\n');
}

/** 'sent': broadcast, not in a block yet; 'mined': in a block, not yet deep enough to count as final. */
function collectsOnTheirWay(status: ExecutorStatus): { inFlight: number; unconfirmed: number } {
  const inFlight = status.collectQueue.sending.filter((s) => s.status === 'sent').length;
  return { inFlight, unconfirmed: status.collectQueue.sending.length - inFlight };
}

/**
 * The last line of a stopping executor: what its store holds collected and still to collect, and what
 * is on its way, so the operator knows whether anything waits for the next start (`executor status`
 * shows it channel by channel).
 */
export function describeStop(status: ExecutorStatus): string {
  // The channels' collects and the pool collector's (collectPool) alike: both are money on its way.
  const channels = collectsOnTheirWay(status);
  const inFlight = channels.inFlight + (status.pool?.inFlight ?? 0);
  const unconfirmed = channels.unconfirmed + (status.pool?.awaitingConfirmations ?? 0);
  const earned = status.earnings.map((e) => `${amount(e.collected, e.token)} collected, ${amount(e.pending, e.token)} pending`).join('; ');
  const pending = status.earnings.some((e) => BigInt(e.pending) > 0n);
  const sends = inFlight + unconfirmed === 0 ? '' : `; ${inFlight} collects in flight and ${unconfirmed} awaiting confirmations`;
  // A mined collect is already on chain: only its confirmations wait (on a devnet that mines no block, for ever, harmlessly).
  const then = pending || inFlight > 0
    ? ': the executor finishes them when it starts again, before each channel\'s expiry'
    : unconfirmed > 0 ? ': the money is on chain; the executor counts them final once it sees them confirmed' : '';
  // Pool sessions as executor and those only as standby, both (a standby's session is served too).
  const pooled = status.poolSessions === undefined || status.poolSessions.total === 0 ? '' : ` and ${poolSessionsText(status.poolSessions)}`;
  const sessions = `${status.sessions.total} session${status.sessions.total === 1 ? '' : 's'}${pooled}`;
  return `stopped: ${sessions}, ${earned === '' ? 'nothing earned' : earned}${sends}${then}`;
}

/** The executor's last line (describeStop) from its data directory; a store it cannot read is said, not thrown. */
export function stopLine(dataDir: string): string {
  try {
    return describeStop(readStatus(dataDir));
  } catch (error) {
    return `stopped (no summary: the store could not be read: ${String(error).split('\n')[0]})`;
  }
}

/** A pool amount in its token's unit (a channel pool.sqlite does not hold, its token unknown: in smallest units). */
export function poolAmount(value: string, token: string | undefined): string {
  return token === undefined ? `${value} smallest units` : amount(value, token);
}

/**
 * The pool's collect transactions: those sent and not mined are in flight; a mined one awaiting
 * confirmations is said apart (what it collected already shows as collected, nothing pending for it).
 */
export function poolCollectsText(pool: Pick<PoolEarnings, 'inFlight' | 'awaitingConfirmations'>): string {
  const count = (n: number) => `${n} collect${n === 1 ? '' : 's'}`;
  const sent = pool.inFlight === 0 ? 'no collect in flight' : `${count(pool.inFlight)} in flight`;
  return pool.awaitingConfirmations === 0 ? sent : `${sent}, ${count(pool.awaitingConfirmations)} mined and awaiting confirmations`;
}

/** Pool payments held, collected and pending (the executor's pool collector collects them before each channel's expiry), per token in its unit. */
export function describePoolEarnings(pool: PoolEarnings): string[] {
  const lines = [`  pool payments  on ${pool.channels.length} pool ${pool.channels.length === 1 ? 'channel' : 'channels'} (the highest payment per channel), ${poolCollectsText(pool)}; the executor collects what is pending before each channel's expiry`];
  for (const t of pool.byToken) lines.push(`    ${poolAmount(t.held, t.token)} held: ${poolAmount(t.collected, t.token)} collected, ${poolAmount(t.pending, t.token)} pending`);
  const tokenOf = new Map(pool.channels.map((c) => [c.channelId.toLowerCase(), c.token]));
  for (const c of pool.channels) lines.push(`    channel ${c.channelId.slice(0, 18)}  ${poolAmount(c.held, c.token)} held (${c.sessions === 1 ? 'from 1 session' : `highest over ${c.sessions} sessions`}), ${poolAmount(c.collected, c.token)} collected, ${poolAmount(c.pending, c.token)} pending`);
  for (const s of pool.sessions) lines.push(`    session ${s.sessionId.slice(0, 18)}  ${s.paidRounds} of ${s.rounds} own rounds paid, last payment ${poolAmount(s.held, tokenOf.get(s.channelId.toLowerCase()))}`);
  return lines;
}
