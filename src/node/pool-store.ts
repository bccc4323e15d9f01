/**
 * A pool member's durable state (docs/protocol.md, "The pool"), in its own SQLite file (WAL,
 * synchronous=FULL, sqlite.ts): the view it accepted for each session (stored before it acts on it),
 * the round replicas it holds (stored before their ack leaves: an ack promises the key survives a
 * kill -9), and the payments it released keys against (to hand to their payee, who needs them to
 * collect). Only the last REPLICAS_KEPT rounds of a session are kept: a view change continues from
 * the last paid round, which is the newest, the one before it, or (a round replicated ahead of the
 * payment of the round before it) the one before that.
 */
import type { Address } from 'viem';
import { toHex, type Hex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { PoolView } from '../protocol/pool-rules.js';
import type { ReplicatedPayment } from '../protocol/pool-wire.js';
import { POOL_STORE_MIGRATIONS } from './pool-store-schema.js';
import { openDatabase, preparedStatements, type SqliteDatabase } from './sqlite.js';

export const REPLICAS_KEPT = 3;

export type StoredReplica = { view: number; round: bigint; keyHash: Uint8Array; ciphertext: Uint8Array; lastPayment: ReplicatedPayment | undefined };
/** amountDue: the cumulative amount the round brings this member to on the channel (what its payment must reach). */
export type OwnRound = { sessionId: Hex; round: bigint; channelId: Hex; view: number; key: Uint8Array; keyHash: Uint8Array; amountDue: bigint };
export type ReleasedPayment = { sessionId: Hex; member: Hex; amount: bigint; keyHash: Uint8Array; signature: Uint8Array };
/** A pool channel as this member knows it: its terms, the ordered members (the pool address is theirs), its expiry and what this member collected. */
export type PoolChannel = { channelId: Hex; requester: Address; token: Address; lane: bigint; members: Address[]; expiry: bigint; collected: bigint; allocation?: bigint | undefined };
/** An own round whose key this member holds but whose payment it does not: what the hand-over asks the other members for. */
export type UnpaidOwnRound = { sessionId: Hex; round: bigint; view: number; channelId: Hex; keyHash: Uint8Array; amountDue: bigint | undefined };
/** This member's highest PoolPayment on a channel (over every session there) with the key it reveals. */
export type HeldPoolPayment = { channelId: Hex; sessionId: Hex; round: bigint; amount: bigint; key: Uint8Array; keyHash: Uint8Array; signature: Uint8Array };

type HeldRow = { session_id: Hex; round: number; channel_id: Hex; key: Buffer; key_hash: Buffer; amount: string; signature: Buffer };

type PoolChannelRow = { channel_id: Hex; requester: Address; token: Address; lane: string; members: string; expiry: number; collected: string; allocation: string | null };

type ReplicaRow = { view: number; round: number; key_hash: Buffer; ciphertext: Buffer; last_amount: string | null; last_signature: Buffer | null };

export class PoolStore {
  /** Each statement prepared once: the per-round writes run on a pool round's critical path. */
  private readonly statement: ReturnType<typeof preparedStatements>;

  /** Open for the pool collector's own tables (collect-store.ts keeps its sends in this file too). */
  private constructor(readonly db: SqliteDatabase) {
    this.statement = preparedStatements(db);
  }

  static open(path: string): PoolStore {
    return new PoolStore(openDatabase(path, POOL_STORE_MIGRATIONS));
  }

  /** Stores a view the member accepted (pool-rules.ts acceptViewChange); a view not above the stored one is refused. */
  acceptView(sessionId: Hex, view: PoolView, signature?: Uint8Array): void {
    this.db.transaction(() => {
      const current = this.view(sessionId);
      if (current !== undefined && view.view <= current.view) {
        throw new AirtntError('POOL_VIEW_STALE', `view ${view.view} of session ${sessionId.slice(0, 10)} is not above the stored view ${current.view}`, {
          details: { view: view.view, current: current.view },
        });
      }
      this.statement('INSERT INTO pool_views (session_id, view, executor_index, last_paid_round, signature) VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET view = excluded.view, executor_index = excluded.executor_index, last_paid_round = excluded.last_paid_round, signature = excluded.signature')
        .run(sessionId, view.view, view.executorIndex, view.lastPaidRound === undefined ? null : Number(view.lastPaidRound), signature ?? null);
    }).immediate();
  }

  view(sessionId: Hex): PoolView | undefined {
    const row = this.statement('SELECT view, executor_index, last_paid_round FROM pool_views WHERE session_id = ?').get(sessionId) as
      | { view: number; executor_index: number; last_paid_round: number | null }
      | undefined;
    if (row === undefined) return undefined;
    return { view: row.view, executorIndex: row.executor_index, lastPaidRound: row.last_paid_round === null ? undefined : BigInt(row.last_paid_round) };
  }

  /** Stores a replica (before its ack is sent) and drops the session's rounds older than the last REPLICAS_KEPT. */
  storeReplica(sessionId: Hex, replica: StoredReplica): void {
    this.db.transaction(() => {
      this.statement('INSERT OR REPLACE INTO pool_replicas (session_id, view, round, key_hash, ciphertext, last_amount, last_signature) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(sessionId, replica.view, Number(replica.round), replica.keyHash, replica.ciphertext, replica.lastPayment?.amount.toString() ?? null, replica.lastPayment?.signature ?? null);
      this.statement('DELETE FROM pool_replicas WHERE session_id = ? AND round <= (SELECT MAX(round) FROM pool_replicas WHERE session_id = ?) - ?')
        .run(sessionId, sessionId, REPLICAS_KEPT);
    }).immediate();
  }

  /**
   * Drops a session's replicas once the session ended on this member: its enclave let go of the
   * session and its pool key, so nothing can open them any more, and kept they would only fill the disk.
   */
  dropReplicas(sessionId: Hex): void {
    this.statement('DELETE FROM pool_replicas WHERE session_id = ?').run(sessionId);
  }

  /**
   * Drops every replica, when a member starts: the sessions they belong to ended with the process that
   * held them, and their pool keys with its enclave's memory (docs/protocol.md: a restarted standby cannot
   * open its stored replicas), so after a kill -9 they would only fill the disk. Returns how many.
   */
  dropAllReplicas(): number {
    return this.statement('DELETE FROM pool_replicas').run().changes;
  }

  /** The replicas held for a session, oldest round first. */
  replicas(sessionId: Hex): StoredReplica[] {
    const rows = this.statement('SELECT view, round, key_hash, ciphertext, last_amount, last_signature FROM pool_replicas WHERE session_id = ? ORDER BY round, view').all(sessionId) as ReplicaRow[];
    return rows.map((row) => ({
      view: row.view,
      round: BigInt(row.round),
      keyHash: new Uint8Array(row.key_hash),
      ciphertext: new Uint8Array(row.ciphertext),
      lastPayment: row.last_amount === null || row.last_signature === null ? undefined : { amount: BigInt(row.last_amount), signature: new Uint8Array(row.last_signature) },
    }));
  }

  /** A payment a key was released against, stored before the key leaves. */
  storeReleasedPayment(payment: ReleasedPayment): void {
    this.statement('INSERT OR IGNORE INTO pool_payments (session_id, member, amount, key_hash, signature) VALUES (?, ?, ?, ?, ?)')
      .run(payment.sessionId, payment.member.toLowerCase(), payment.amount.toString(), payment.keyHash, payment.signature);
  }

  /** The executor's own round: its key, stored before the round's result leaves. */
  storeOwnRound(round: OwnRound): void {
    this.statement('INSERT INTO pool_own_rounds (session_id, round, channel_id, view, key, key_hash, amount_due) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(round.sessionId, Number(round.round), round.channelId.toLowerCase(), round.view, round.key, round.keyHash, round.amountDue.toString());
  }

  /** The requester's PoolPayment of an own round, stored before its key is released. */
  storeOwnPayment(sessionId: Hex, round: bigint, view: number, payment: { amount: bigint; signature: Uint8Array }): void {
    const changed = this.statement('UPDATE pool_own_rounds SET amount = ?, signature = ? WHERE session_id = ? AND round = ? AND view = ?')
      .run(payment.amount.toString(), payment.signature, sessionId, Number(round), view).changes;
    if (changed !== 1) throw new AirtntError('INTERNAL_ERROR', `no own round ${round} of view ${view} stored for session ${sessionId.slice(0, 10)}`);
  }

  /**
   * Payment r stored with the key of round r+1 (run while r was paid), in one transaction: one fsync for
   * both. The round's row goes in its own savepoint, so payment r is committed whatever happens to it;
   * what it threw is returned, for the session to end with once k of r is released.
   */
  storeOwnPaymentWithNextRound(sessionId: Hex, round: bigint, view: number, payment: { amount: bigint; signature: Uint8Array }, next: OwnRound): unknown {
    let notStored: unknown;
    this.db.transaction(() => {
      this.storeOwnPayment(sessionId, round, view, payment);
      try {
        this.db.transaction(() => this.storeOwnRound(next))();
      } catch (error) {
        notStored = error;
      }
    }).immediate();
    return notStored;
  }

  /** The own rounds of a session, with their payments when paid, oldest first. */
  ownRounds(sessionId: Hex): (Omit<OwnRound, 'amountDue'> & { amountDue: bigint | undefined; payment: { amount: bigint; signature: Uint8Array } | undefined })[] {
    const rows = this.statement('SELECT round, channel_id, view, key, key_hash, amount, signature, amount_due FROM pool_own_rounds WHERE session_id = ? ORDER BY round, view').all(sessionId) as {
      round: number; channel_id: Hex; view: number; key: Buffer; key_hash: Buffer; amount: string | null; signature: Buffer | null; amount_due: string | null;
    }[];
    return rows.map((row) => ({
      sessionId, round: BigInt(row.round), channelId: row.channel_id, view: row.view, key: new Uint8Array(row.key), keyHash: new Uint8Array(row.key_hash),
      amountDue: row.amount_due === null ? undefined : BigInt(row.amount_due),
      payment: row.amount === null || row.signature === null ? undefined : { amount: BigInt(row.amount), signature: new Uint8Array(row.signature) },
    }));
  }

  /**
   * The highest PoolPayment to this member held on `channelId`, over every session (0 if none).
   * Amounts are cumulative per (channel, member): a later session on the channel only pays above it.
   */
  heldOnChannel(channelId: Hex): bigint {
    const rows = this.statement('SELECT amount FROM pool_own_rounds WHERE channel_id = ? AND amount IS NOT NULL').all(channelId.toLowerCase()) as { amount: string }[];
    return rows.reduce((max, row) => (BigInt(row.amount) > max ? BigInt(row.amount) : max), 0n);
  }

  /**
   * The own rounds with a key and no payment, newest first, at most `limit`, leaving out `skip`
   * (sessions live in this process: their unpaid round is awaiting its payment on the session link).
   */
  unpaidOwnRounds(limit: number, skip: ReadonlySet<string> = new Set()): UnpaidOwnRound[] {
    const rows = this.statement('SELECT session_id, round, view, channel_id, key_hash, amount_due FROM pool_own_rounds WHERE amount IS NULL ORDER BY rowid DESC LIMIT ?').all(limit + skip.size) as {
      session_id: Hex; round: number; view: number; channel_id: Hex; key_hash: Buffer; amount_due: string | null;
    }[];
    return rows
      .filter((row) => !skip.has(row.session_id))
      .slice(0, limit)
      .map((row) => ({ sessionId: row.session_id, round: BigInt(row.round), view: row.view, channelId: row.channel_id, keyHash: new Uint8Array(row.key_hash), amountDue: row.amount_due === null ? undefined : BigInt(row.amount_due) }));
  }

  /**
   * The own rounds with a key and no payment stored after `afterRowid`, oldest first, at most `limit`,
   * with their rowid: the hand-over pages through them in turn (pool-handover.ts), so newer rounds
   * never keep an older one from its pull. Served by the index of unpaid rounds.
   */
  unpaidOwnRoundsAfter(afterRowid: number, limit: number): (UnpaidOwnRound & { rowid: number })[] {
    const rows = this.statement('SELECT rowid, session_id, round, view, channel_id, key_hash, amount_due FROM pool_own_rounds WHERE amount IS NULL AND rowid > ? ORDER BY rowid LIMIT ?').all(afterRowid, limit) as {
      rowid: number; session_id: Hex; round: number; view: number; channel_id: Hex; key_hash: Buffer; amount_due: string | null;
    }[];
    return rows.map((row) => ({ rowid: row.rowid, sessionId: row.session_id, round: BigInt(row.round), view: row.view, channelId: row.channel_id, keyHash: new Uint8Array(row.key_hash), amountDue: row.amount_due === null ? undefined : BigInt(row.amount_due) }));
  }

  /**
   * A PoolPayment for an own round obtained from another member (pool-handover.ts), after it was
   * verified: stored only while the round has none (false when it already had one: nothing changed).
   */
  storeHandedPayment(round: Pick<UnpaidOwnRound, 'sessionId' | 'round' | 'view'>, payment: { amount: bigint; signature: Uint8Array }): boolean {
    return (
      this.statement('UPDATE pool_own_rounds SET amount = ?, signature = ? WHERE session_id = ? AND round = ? AND view = ? AND amount IS NULL')
        .run(payment.amount.toString(), payment.signature, round.sessionId, Number(round.round), round.view).changes === 1
    );
  }

  /** The other members' session URLs for a session (index -> URL), as this member was told them. */
  storePeers(sessionId: Hex, peers: ReadonlyMap<number, string>): void {
    const insert = this.statement('INSERT OR REPLACE INTO pool_peers (session_id, member_index, url) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const [index, url] of peers) insert.run(sessionId, index, url);
    }).immediate();
  }

  peerUrls(sessionId: Hex): string[] {
    return (this.statement('SELECT url FROM pool_peers WHERE session_id = ? ORDER BY member_index').all(sessionId) as { url: string }[]).map((row) => row.url);
  }

  /**
   * The newest payments (at most `limit`) a key was released against for `member`, in one session when
   * `sessionId` is given: what it is handed over. A member pulling its payment asks by session, so that
   * payments of other sessions (cheap rounds a requester pays in bulk) can never push its own out of the answer.
   */
  releasedPaymentsFor(member: Hex, limit: number, sessionId?: Hex): ReleasedPayment[] {
    const rows = (sessionId === undefined
      ? this.statement('SELECT session_id, member, amount, key_hash, signature FROM pool_payments WHERE member = ? ORDER BY rowid DESC LIMIT ?').all(member.toLowerCase(), limit)
      : this.statement('SELECT session_id, member, amount, key_hash, signature FROM pool_payments WHERE member = ? AND session_id = ? ORDER BY rowid DESC LIMIT ?').all(member.toLowerCase(), sessionId.toLowerCase(), limit)) as {
      session_id: Hex; member: Hex; amount: string; key_hash: Buffer; signature: Buffer;
    }[];
    return rows.map((row) => ({ sessionId: row.session_id, member: row.member, amount: BigInt(row.amount), keyHash: new Uint8Array(row.key_hash), signature: new Uint8Array(row.signature) }));
  }

  /** Payments still to hand to `member`. */
  paymentsFor(member: Hex): ReleasedPayment[] {
    const rows = this.statement('SELECT session_id, member, amount, key_hash, signature FROM pool_payments WHERE member = ? AND handed_over = 0 ORDER BY rowid').all(member.toLowerCase()) as {
      session_id: Hex;
      member: Hex;
      amount: string;
      key_hash: Buffer;
      signature: Buffer;
    }[];
    return rows.map((row) => ({ sessionId: row.session_id, member: row.member, amount: BigInt(row.amount), keyHash: new Uint8Array(row.key_hash), signature: new Uint8Array(row.signature) }));
  }

  /** The payee confirmed it stored the payment. */
  markHandedOver(payment: ReleasedPayment): void {
    this.statement('UPDATE pool_payments SET handed_over = 1 WHERE session_id = ? AND member = ? AND key_hash = ?').run(payment.sessionId, payment.member.toLowerCase(), payment.keyHash);
  }

  /** Records a pool channel a session opened on (its expiry is updated if it was extended); stored before any round runs. */
  storeChannel(channel: Omit<PoolChannel, 'collected'>): void {
    this.db.transaction(() => {
      this.statement(
          `INSERT INTO pool_channels (channel_id, requester, token, lane, members, expiry) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (channel_id) DO UPDATE SET expiry = MAX(expiry, excluded.expiry)`,
        )
        .run(channel.channelId.toLowerCase(), channel.requester, channel.token, channel.lane.toString(), JSON.stringify(channel.members), Number(channel.expiry));
      // The allocation only grows (a top-up raises the deposit): the higher of the stored and the new
      // (compared as bigints: amounts reach 2^96, past SQLite's integers).
      const stored = this.poolChannel(channel.channelId)?.allocation;
      if (channel.allocation !== undefined && (stored === undefined || channel.allocation > stored)) {
        this.statement('UPDATE pool_channels SET allocation = ? WHERE channel_id = ?').run(channel.allocation.toString(), channel.channelId.toLowerCase());
      }
    }).immediate();
  }

  poolChannel(channelId: Hex): PoolChannel | undefined {
    const row = this.statement('SELECT * FROM pool_channels WHERE channel_id = ?').get(channelId.toLowerCase()) as PoolChannelRow | undefined;
    return row === undefined ? undefined : poolChannelFromRow(row);
  }

  poolChannels(): PoolChannel[] {
    return (this.statement('SELECT * FROM pool_channels ORDER BY rowid').all() as PoolChannelRow[]).map(poolChannelFromRow);
  }

  /** This member's highest PoolPayment on the channel, with its round's key (undefined when none is held). */
  heldPayment(channelId: Hex): HeldPoolPayment | undefined {
    const rows = this.statement('SELECT session_id, round, channel_id, key, key_hash, amount, signature FROM pool_own_rounds WHERE channel_id = ? AND amount IS NOT NULL')
      .all(channelId.toLowerCase()) as HeldRow[];
    return highestPerChannel(rows).get(channelId.toLowerCase() as Hex);
  }

  /**
   * The channels on which this member holds a PoolPayment above what it collected, each with that
   * highest payment: one query (run on every block by the pool collector). Amounts are decimal text
   * without leading zeros (they pass SQLite's 64-bit integers), so "above" compares length, then text.
   */
  uncollected(): { channel: PoolChannel; payment: HeldPoolPayment }[] {
    const rows = this.statement(
        `SELECT c.requester, c.token, c.lane, c.members, c.expiry, c.collected, c.allocation,
                r.session_id, r.round, r.channel_id, r.key, r.key_hash, r.amount, r.signature
         FROM pool_channels c JOIN pool_own_rounds r ON r.channel_id = c.channel_id AND r.amount IS NOT NULL
         WHERE length(r.amount) > length(c.collected) OR (length(r.amount) = length(c.collected) AND r.amount > c.collected)`,
      )
      .all() as (HeldRow & PoolChannelRow)[];
    const best = highestPerChannel(rows);
    const channels = new Map(rows.map((row) => [row.channel_id, poolChannelFromRow(row)]));
    const out: { channel: PoolChannel; payment: HeldPoolPayment }[] = [];
    for (const [channelId, payment] of best) {
      const channel = channels.get(channelId);
      if (channel !== undefined && payment.amount > channel.collected) out.push({ channel, payment });
    }
    return out;
  }

  /** What this member collected on the channel, as the chain showed it (only ever raised by the collector, lowered only after a reorg). */
  setCollected(channelId: Hex, amount: bigint, now: number): void {
    this.statement('UPDATE pool_channels SET collected = ?, collected_at = ? WHERE channel_id = ?').run(amount.toString(), now, channelId.toLowerCase());
  }

  setExpiry(channelId: Hex, expiry: bigint): void {
    this.statement('UPDATE pool_channels SET expiry = ? WHERE channel_id = ?').run(Number(expiry), channelId.toLowerCase());
  }

  close(): void {
    this.db.close();
  }
}

function poolChannelFromRow(row: PoolChannelRow): PoolChannel {
  return {
    channelId: row.channel_id,
    requester: row.requester,
    token: row.token,
    lane: BigInt(row.lane),
    members: JSON.parse(row.members) as Address[],
    expiry: BigInt(row.expiry),
    collected: BigInt(row.collected),
    allocation: row.allocation === null ? undefined : BigInt(row.allocation),
  };
}

/** The highest paid round per (lowercase) channel among `rows`. */
function highestPerChannel(rows: readonly HeldRow[]): Map<Hex, HeldPoolPayment> {
  const best = new Map<Hex, HeldPoolPayment>();
  for (const row of rows) {
    const channelId = row.channel_id.toLowerCase() as Hex;
    const amount = BigInt(row.amount);
    const current = best.get(channelId);
    if (current !== undefined && amount <= current.amount) continue;
    best.set(channelId, { channelId, sessionId: row.session_id, round: BigInt(row.round), amount, key: new Uint8Array(row.key), keyHash: new Uint8Array(row.key_hash), signature: new Uint8Array(row.signature) });
  }
  return best;
}

export const sessionKey = (sessionId: Uint8Array): Hex => toHex(sessionId);
