/**
 * The body of `airtnt executor status` (executor-status.ts defines the command and loads this module
 * when it runs, so that `--help` stays fast): the executor's data directory read-only, as text or JSON.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatUnits, zeroAddress } from 'viem';
import { readPoolEarnings } from '../../node/pool-earnings.js';
import { AirtntError, safeJson } from '../../util/errors.js';

type Earnings = { token: string; signed: string; collected: string };
type ChannelLine = { channelId: string; requester: string; token: string; expiry: string; signed: string; collected: string; state: string };
type Send = { channelId: string; amount: string; status: string; txHash: string; sentBlock: number };
export type ExecutorStatus = ReturnType<typeof readStatus>;

export function printExecutorStatus(dataDir: string, json: boolean | undefined): void {
  const status = readStatus(dataDir);
  if (json) process.stdout.write(`${safeJson({ ok: true, dataDir, ...status })}\n`);
  else process.stdout.write(`${describeStatus(dataDir, status)}\n`);
}

function readStatus(dataDir: string) {
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
      const entry = earnings.get(channel.token) ?? { token: channel.token, signed: '0', collected: '0' };
      entry.signed = (BigInt(entry.signed) + BigInt(channel.signed)).toString();
      entry.collected = (BigInt(entry.collected) + BigInt(channel.collected)).toString();
      earnings.set(channel.token, entry);
    }
    const hasSends = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'collect_sends'").get() !== undefined;
    const queue = hasSends
      ? (db.prepare("SELECT channel_id AS channelId, amount, status, tx_hash AS txHash, sent_block AS sentBlock FROM collect_sends WHERE status IN ('sent', 'mined') ORDER BY id").all() as Send[])
      : [];
    const owed = channels.filter((c) => BigInt(c.signed) > BigInt(c.collected) && c.state === '');
    // Pool sessions' payments live apart, in pool.sqlite (present once the executor served --pools).
    const pool = readPoolEarnings(dataDir);
    return { sessions: { total: sessions.total, live: sessions.live ?? 0 }, earnings: [...earnings.values()], channels, collectQueue: { sending: queue, toCollect: owed.map((c) => ({ channelId: c.channelId, amount: (BigInt(c.signed) - BigInt(c.collected)).toString(), deadline: c.expiry })) }, ...(pool === undefined ? {} : { pool: { ...pool, collected: false } }) };
  } finally {
    db.close();
  }
}

function amount(value: string, token: string): string {
  return token.toLowerCase() === zeroAddress ? `${formatUnits(BigInt(value), 18)} ETH` : `${value} units of ${token.slice(0, 10)}`;
}

export function describeStatus(dataDir: string, status: ExecutorStatus): string {
  const lines = [`executor store ${dataDir}`, `  sessions  ${status.sessions.total} (${status.sessions.live} not ended)`];
  if (status.earnings.length === 0) lines.push('  earnings  none yet');
  for (const e of status.earnings) lines.push(`  earnings  ${amount(e.signed, e.token)} signed to you, ${amount(e.collected, e.token)} collected`);
  lines.push(`  channels  ${status.channels.length}`);
  for (const c of status.channels) lines.push(`    ${c.channelId.slice(0, 18)}  from ${c.requester.slice(0, 10)}  ${amount(c.signed, c.token)} signed, ${amount(c.collected, c.token)} collected  expires ${c.expiry}${c.state ? `  ${c.state}` : ''}`);
  // 'sent': broadcast, not in a block yet; 'mined': in a block, not yet deep enough to count as final.
  const inFlight = status.collectQueue.sending.filter((s) => s.status === 'sent').length;
  const unconfirmed = status.collectQueue.sending.length - inFlight;
  lines.push(`  collect queue  ${status.collectQueue.toCollect.length} to collect, ${inFlight} transactions in flight, ${unconfirmed} mined and awaiting confirmations`);
  for (const q of status.collectQueue.toCollect) lines.push(`    ${q.channelId.slice(0, 18)}  ${q.amount} before ${q.deadline}`);
  for (const s of status.collectQueue.sending) {
    lines.push(s.status === 'sent' ? `    in flight ${s.txHash.slice(0, 18)}  sent at block ${s.sentBlock}` : `    mined ${s.txHash.slice(0, 18)}  awaiting confirmations (sent at block ${s.sentBlock})`);
  }
  if (status.pool !== undefined) lines.push(...describePoolEarnings(status.pool));
  return lines.join('\n');
}

/** Pool payments held: not collected by the executor (a member does not collect by itself yet). */
export function describePoolEarnings(pool: { channels: { channelId: string; sessions: number; held: string }[]; sessions: { sessionId: string; rounds: number; paidRounds: number; held: string }[]; held: string }): string[] {
  const lines = [`  pool payments  ${pool.held} (smallest units; wei for ETH) held on ${pool.channels.length} pool channels (the highest payment per channel), not collected: collect them with collectPoolPayment (AirtntPools collectPool)`];
  for (const c of pool.channels) lines.push(`    channel ${c.channelId.slice(0, 18)}  ${c.held} held (highest over ${c.sessions} sessions)`);
  for (const s of pool.sessions) lines.push(`    session ${s.sessionId.slice(0, 18)}  ${s.paidRounds} of ${s.rounds} own rounds paid, last payment ${s.held}`);
  return lines;
}
