/**
 * `airtnt executor status`: what an executor's data directory holds, read-only (it works while the
 * executor runs): sessions, earnings per token (signed to it, and collected), channels with their
 * deadlines, and the collect queue.
 */
import type { Command } from 'commander';
import type DatabaseConstructor from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AirtntError, safeJson } from '../../util/errors.js';
import { dataDirOf } from '../data-dir.js';
import { registryStatus } from './executor-registry.js';

// Loaded when the command runs, so that `--help` stays fast.
let Database: typeof DatabaseConstructor;
let formatUnits: typeof import('viem').formatUnits;
let zeroAddress: typeof import('viem').zeroAddress;

type Earnings = { token: string; signed: string; collected: string };
type ChannelLine = { channelId: string; requester: string; token: string; expiry: string; signed: string; collected: string; state: string };
type Send = { channelId: string; amount: string; status: string; txHash: string; sentBlock: number };

export function registerExecutorStatus(executor: Command): void {
  executor
    .command('status')
    .description('sessions, earnings per token, channels with their deadlines and the collect queue, from an executor\'s data directory')
    .option('--data-dir <dir>', 'the executor\'s data directory (default: $XDG_DATA_HOME/airtnt/executor or ~/.local/share/airtnt/executor)')
    .option('--json', 'print one JSON object')
    .option('--registry <address>', 'instead: the node\'s record in this registry (with --rpc-url, and --node or --private-key)')
    .option('--rpc-url <url>', 'with --registry: the chain')
    .option('--node <address>', 'with --registry: the node (default: the --private-key account)')
    .option('--private-key <hex>', 'with --registry: the node\'s account')
    .action(async (options: { dataDir?: string; json?: boolean; registry?: string; rpcUrl?: string; node?: string; privateKey?: string }) => {
      if (options.registry !== undefined) return registryStatus(options);
      ({ default: Database } = await import('better-sqlite3'));
      ({ formatUnits, zeroAddress } = await import('viem'));
      const dataDir = dataDirOf(options.dataDir, 'executor');
      const status = readStatus(dataDir);
      if (options.json) process.stdout.write(`${safeJson({ ok: true, dataDir, ...status })}\n`);
      else process.stdout.write(`${describe(dataDir, status)}\n`);
    });
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
    return { sessions: { total: sessions.total, live: sessions.live ?? 0 }, earnings: [...earnings.values()], channels, collectQueue: { sending: queue, toCollect: owed.map((c) => ({ channelId: c.channelId, amount: (BigInt(c.signed) - BigInt(c.collected)).toString(), deadline: c.expiry })) } };
  } finally {
    db.close();
  }
}

function amount(value: string, token: string): string {
  return token.toLowerCase() === zeroAddress ? `${formatUnits(BigInt(value), 18)} ETH` : `${value} units of ${token.slice(0, 10)}`;
}

function describe(dataDir: string, status: ReturnType<typeof readStatus>): string {
  const lines = [`executor store ${dataDir}`, `  sessions  ${status.sessions.total} (${status.sessions.live} not ended)`];
  if (status.earnings.length === 0) lines.push('  earnings  none yet');
  for (const e of status.earnings) lines.push(`  earnings  ${amount(e.signed, e.token)} signed to you, ${amount(e.collected, e.token)} collected`);
  lines.push(`  channels  ${status.channels.length}`);
  for (const c of status.channels) lines.push(`    ${c.channelId.slice(0, 18)}  from ${c.requester.slice(0, 10)}  ${amount(c.signed, c.token)} signed, ${amount(c.collected, c.token)} collected  expires ${c.expiry}${c.state ? `  ${c.state}` : ''}`);
  lines.push(`  collect queue  ${status.collectQueue.toCollect.length} to collect, ${status.collectQueue.sending.length} transactions in flight`);
  for (const q of status.collectQueue.toCollect) lines.push(`    ${q.channelId.slice(0, 18)}  ${q.amount} before ${q.deadline}`);
  for (const s of status.collectQueue.sending) lines.push(`    sent ${s.txHash.slice(0, 18)}  ${s.status} (block ${s.sentBlock})`);
  return lines.join('\n');
}
