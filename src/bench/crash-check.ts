/**
 * What the crash sweep checks once a crashed side was restarted and the run settled: the chain
 * against both stores. Read-only: the stores are opened read-only beside the processes that own them.
 * A channel whose lane was re-opened since is no longer readable on-chain: its collected amount is the
 * one the executor's collector recorded from the chain.
 *
 *   lostPayments      channels where the executor stored a payment the chain never collected
 *   paidTwice         1 when the chain collected more than the run's rounds cost (a round paid twice)
 *   orphanedChannels  channels open on-chain with the requester's deposit that its store does not know
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { zeroAddress, type Address, type Hex } from 'viem';
import { readChannel, type ChainClient } from '../chain/index.js';

export type MoneyCheck = {
  lostPayments: number;
  paidTwice: number;
  orphanedChannels: number;
  /** On-chain collected over every lane between the two, and what the run's rounds cost. */
  collected: bigint;
  cost: bigint;
  /** What the requester signed over every channel (the latest payment of each). */
  signed: bigint;
};

/** Lanes probed on-chain beyond the highest the requester's store knows (a channel opened but not stored). */
const EXTRA_LANES = 2n;

function readOnly(path: string): Database.Database | undefined {
  return existsSync(path) ? new Database(path, { readonly: true, fileMustExist: true }) : undefined;
}

/** The requester's channels to `executor` and the highest amount it signed on each. */
function requesterChannels(dataDir: string, executor: Address): Map<Hex, { lane: bigint; signed: bigint }> {
  const db = readOnly(join(dataDir, 'requester.sqlite'));
  const channels = new Map<Hex, { lane: bigint; signed: bigint }>();
  if (db === undefined) return channels;
  try {
    const rows = db.prepare('SELECT channel_id, lane FROM channels WHERE lower(executor) = lower(?)').all(executor) as { channel_id: Hex; lane: string }[];
    for (const row of rows) channels.set(row.channel_id.toLowerCase() as Hex, { lane: BigInt(row.lane), signed: 0n });
    for (const row of db.prepare('SELECT channel_id, amount FROM rounds').all() as { channel_id: Hex; amount: string }[]) {
      const channel = channels.get(row.channel_id.toLowerCase() as Hex);
      if (channel !== undefined && BigInt(row.amount) > channel.signed) channel.signed = BigInt(row.amount);
    }
  } finally {
    db.close();
  }
  return channels;
}

/**
 * The highest payment the executor stored on each channel of `requester`, and what it recorded as
 * collected there (the chain's figure when it last looked: for channels whose lane was re-opened since).
 */
function executorPayments(dataDir: string, requester: Address): { latest: Map<Hex, bigint>; collected: Map<Hex, bigint> } {
  const db = readOnly(join(dataDir, 'executor.sqlite'));
  const latest = new Map<Hex, bigint>();
  const collected = new Map<Hex, bigint>();
  if (db === undefined) return { latest, collected };
  try {
    for (const row of db.prepare('SELECT channel_id, collected FROM channels WHERE lower(requester) = lower(?)').all(requester) as { channel_id: Hex; collected: string }[]) {
      collected.set(row.channel_id.toLowerCase() as Hex, BigInt(row.collected));
    }
    const rows = db
      .prepare('SELECT p.channel_id AS channel_id, p.amount AS amount FROM payments p JOIN channels c ON c.channel_id = p.channel_id WHERE lower(c.requester) = lower(?)')
      .all(requester) as { channel_id: Hex; amount: string }[];
    for (const row of rows) {
      const id = row.channel_id.toLowerCase() as Hex;
      if (BigInt(row.amount) > (latest.get(id) ?? 0n)) latest.set(id, BigInt(row.amount));
    }
  } finally {
    db.close();
  }
  return { latest, collected };
}

/** Checks the chain against both stores for one requester and one executor (ETH channels). */
export async function checkMoney(
  chain: ChainClient,
  parties: { requester: Address; executor: Address; requesterDir: string; executorDir: string; cost: bigint },
): Promise<MoneyCheck> {
  const known = requesterChannels(parties.requesterDir, parties.executor);
  const stored = executorPayments(parties.executorDir, parties.requester);
  let maxLane = -1n;
  for (const c of known.values()) if (c.lane > maxLane) maxLane = c.lane;
  let collected = 0n;
  let orphanedChannels = 0;
  const collectedOf = new Map<Hex, bigint>();
  for (let lane = 0n; lane <= maxLane + EXTRA_LANES; lane++) {
    const onChain = await readChannel(chain, { requester: parties.requester, executor: parties.executor, token: zeroAddress, lane });
    const id = onChain.channelId.toLowerCase() as Hex;
    collectedOf.set(id, onChain.collected);
    collected += onChain.collected;
    if (onChain.isOpen && onChain.deposit > onChain.collected && !known.has(id)) orphanedChannels++;
  }
  let lostPayments = 0;
  for (const [id, amount] of stored.latest) {
    // A channel no longer on its lane (refunded, re-opened): what the collector saw collected there.
    const past = collectedOf.has(id) ? 0n : stored.collected.get(id) ?? 0n;
    if (!collectedOf.has(id)) collected += past;
    if (amount > (collectedOf.get(id) ?? past)) lostPayments++;
  }
  let signed = 0n;
  for (const c of known.values()) signed += c.signed;
  return { lostPayments, paidTwice: collected > parties.cost ? 1 : 0, orphanedChannels, collected, cost: parties.cost, signed };
}
