/**
 * The requester's durable records: runs, channels, sessions (with their session secrets, needed to
 * decrypt anything later) and rounds. A round row is written with the signed payment update and the
 * round's ciphertexts *before* the payment is sent, then completed with k and the decrypted state
 * (together with the next round's payment, or on its own when no payment follows), so a crash at any
 * point loses nothing: a paid round without its key on disk takes it from the chain.
 */
import { Encoder } from 'cbor-x';
import type { Address, Hex } from 'viem';
import { openDatabase, type SqliteDatabase } from './sqlite.js';

const MIGRATIONS = [
  `CREATE TABLE runs (
     run_id TEXT PRIMARY KEY,
     function_measurement TEXT NOT NULL,
     initial_state BLOB NOT NULL,
     total_cycles INTEGER NOT NULL,
     per_round INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     finished_at INTEGER
   );
   CREATE TABLE channels (
     channel_id TEXT PRIMARY KEY,
     requester TEXT NOT NULL,
     executor TEXT NOT NULL,
     token TEXT NOT NULL,
     lane TEXT NOT NULL,
     deposit TEXT NOT NULL,
     expiry INTEGER NOT NULL,
     signed TEXT NOT NULL DEFAULT '0',
     status TEXT NOT NULL DEFAULT 'open',
     opened_at INTEGER NOT NULL
   );
   CREATE TABLE sessions (
     session_id TEXT PRIMARY KEY,
     run_id TEXT NOT NULL REFERENCES runs(run_id),
     executor_url TEXT NOT NULL,
     channel_id TEXT NOT NULL REFERENCES channels(channel_id),
     session_secret BLOB NOT NULL,
     enclave_address TEXT NOT NULL,
     first_round INTEGER NOT NULL,
     started_at INTEGER NOT NULL,
     ended_at INTEGER,
     end_reason TEXT,
     bytes_sent INTEGER NOT NULL DEFAULT 0,
     bytes_received INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE rounds (
     session_id TEXT NOT NULL REFERENCES sessions(session_id),
     round INTEGER NOT NULL,
     run_id TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     cycles_asked INTEGER NOT NULL,
     cycles_done INTEGER NOT NULL,
     amount TEXT NOT NULL,
     key_hash TEXT NOT NULL,
     payment_signature TEXT NOT NULL,
     record BLOB NOT NULL,
     record_signature BLOB NOT NULL,
     state_ciphertext BLOB NOT NULL,
     outputs_ciphertext BLOB NOT NULL,
     key BLOB,
     state BLOB,
     outputs BLOB,
     status TEXT NOT NULL,
     paid_at INTEGER NOT NULL,
     keyed_at INTEGER,
     PRIMARY KEY (session_id, round)
   );
   CREATE INDEX rounds_by_run ON rounds(run_id, round);`,
  // 2: the block each channel was opened in, where searches for its revealed keys start (NULL: unknown),
  // and when the executor refused it for an unpaid round (NULL: never).
  `ALTER TABLE channels ADD COLUMN opened_block TEXT;
   ALTER TABLE channels ADD COLUMN refused_at INTEGER;`,
] as const;

export type RunRow = {
  runId: string;
  functionMeasurement: Hex;
  initialState: Uint8Array;
  totalCycles: number;
  perRound: number;
  finished: boolean;
};

export type ChannelRow = {
  channelId: Hex;
  requester: Address;
  executor: Address;
  token: Address;
  lane: bigint;
  deposit: bigint;
  expiry: bigint;
  /** Highest cumulative amount signed on this channel. */
  signed: bigint;
  status: 'open' | 'refunded' | 'closed';
  /** The block the channel was opened in; absent for channels stored before it was recorded. */
  openedBlock?: bigint;
};

export type SessionRow = {
  sessionId: Hex;
  runId: string;
  executorUrl: string;
  channelId: Hex;
  sessionSecret: Uint8Array;
  /** The enclave's record-signing key as 0x-hex (an Ed25519 public key since record v2; column enclave_address). */
  enclaveAddress: Hex;
  firstRound: bigint;
};

export type RoundRow = {
  sessionId: Hex;
  round: bigint;
  runId: string;
  channelId: Hex;
  cyclesAsked: number;
  cyclesDone: number;
  amount: bigint;
  keyHash: Hex;
  paymentSignature: Hex;
  record: Uint8Array;
  recordSignature: Uint8Array;
  stateCiphertext: Uint8Array;
  outputsCiphertext: Uint8Array;
  key?: Uint8Array;
  state?: Uint8Array;
  outputs?: Uint8Array[];
  status: 'paid' | 'keyed';
};

/** A paid round once opened: what completeRound stores. */
export type CompletedRound = { sessionId: Hex; round: bigint; key: Uint8Array; state: Uint8Array; outputs: Uint8Array[] };

const cbor = new Encoder({ useRecords: false, tagUint8Array: false });

type Raw = Record<string, unknown>;
const bytes = (v: unknown): Uint8Array => new Uint8Array(v as Buffer);

export class RequesterStore {
  readonly db: SqliteDatabase;

  constructor(path: string) {
    this.db = openDatabase(path, MIGRATIONS);
  }

  close(): void {
    this.db.close();
  }

  /** Creates the run unless it exists (runs are keyed by a hash of what they compute). */
  ensureRun(run: Omit<RunRow, 'finished'>, now: number): RunRow {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO runs (run_id, function_measurement, initial_state, total_cycles, per_round, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(run.runId, run.functionMeasurement, Buffer.from(run.initialState), run.totalCycles, run.perRound, now);
    return this.run(run.runId)!;
  }

  run(runId: string): RunRow | undefined {
    const row = this.db.prepare('SELECT * FROM runs WHERE run_id = ?').get(runId) as Raw | undefined;
    if (row === undefined) return undefined;
    return {
      runId: row.run_id as string,
      functionMeasurement: row.function_measurement as Hex,
      initialState: bytes(row.initial_state),
      totalCycles: row.total_cycles as number,
      perRound: row.per_round as number,
      finished: row.finished_at !== null,
    };
  }

  finishRun(runId: string, now: number): void {
    this.db.prepare('UPDATE runs SET finished_at = ? WHERE run_id = ?').run(now, runId);
  }

  insertChannel(channel: Omit<ChannelRow, 'signed' | 'status'>, now: number): void {
    this.db
      .prepare(
        `INSERT INTO channels (channel_id, requester, executor, token, lane, deposit, expiry, opened_at, opened_block)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        channel.channelId,
        channel.requester,
        channel.executor,
        channel.token,
        channel.lane.toString(),
        channel.deposit.toString(),
        Number(channel.expiry),
        now,
        channel.openedBlock === undefined ? null : channel.openedBlock.toString(),
      );
  }

  /** Records a top-up: the deposit the contract now holds. */
  setChannelDeposit(channelId: Hex, deposit: bigint): void {
    this.db.prepare('UPDATE channels SET deposit = ? WHERE channel_id = ?').run(deposit.toString(), channelId);
  }

  channel(channelId: Hex): ChannelRow | undefined {
    const row = this.db.prepare('SELECT * FROM channels WHERE channel_id = ?').get(channelId) as Raw | undefined;
    return row === undefined ? undefined : channelFromRow(row);
  }

  /** Open channels to `executor`, newest first. */
  openChannelsTo(requester: Address, executor: Address): ChannelRow[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM channels WHERE status = 'open' AND lower(requester) = lower(?) AND lower(executor) = lower(?)
         ORDER BY opened_at DESC`,
      )
      .all(requester, executor) as Raw[];
    return rows.map(channelFromRow);
  }

  allOpenChannels(): ChannelRow[] {
    return (this.db.prepare(`SELECT * FROM channels WHERE status = 'open'`).all() as Raw[]).map(channelFromRow);
  }

  /** Lanes this requester ever used with `executor` (with `token`, when given), ascending, each once. */
  lanesUsed(requester: Address, executor: Address, token?: Address): bigint[] {
    const rows = this.db
      .prepare(
        `SELECT DISTINCT lane FROM channels WHERE lower(requester) = lower(?) AND lower(executor) = lower(?)
         AND (? IS NULL OR lower(token) = lower(?))`,
      )
      .all(requester, executor, token ?? null, token ?? null) as { lane: string }[];
    return rows.map((r) => BigInt(r.lane)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /**
   * True when a session on this channel never ended (still running, or the requester crashed in it),
   * or the executor refused the channel for a round it ran and was never paid for: the executor may
   * hold such a round and would refuse the channel (CHANNEL_HAS_UNPAID_ROUND).
   */
  channelMayOweRound(channelId: Hex): boolean {
    const refused = this.db.prepare('SELECT 1 FROM channels WHERE channel_id = ? AND refused_at IS NOT NULL').get(channelId);
    const unended = this.db.prepare('SELECT 1 FROM sessions WHERE channel_id = ? AND ended_at IS NULL LIMIT 1').get(channelId);
    return refused !== undefined || unended !== undefined;
  }

  /** The executor refused new sessions on this channel: never offer it to that executor again. */
  markChannelRefused(channelId: Hex, now: number): void {
    this.db.prepare('UPDATE channels SET refused_at = ? WHERE channel_id = ?').run(now, channelId);
  }

  setChannelStatus(channelId: Hex, status: ChannelRow['status']): void {
    this.db.prepare('UPDATE channels SET status = ? WHERE channel_id = ?').run(status, channelId);
  }

  insertSession(session: SessionRow, now: number): void {
    this.db
      .prepare(
        `INSERT INTO sessions (session_id, run_id, executor_url, channel_id, session_secret, enclave_address, first_round, started_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        session.sessionId,
        session.runId,
        session.executorUrl,
        session.channelId,
        Buffer.from(session.sessionSecret),
        session.enclaveAddress,
        Number(session.firstRound),
        now,
      );
  }

  session(sessionId: Hex): SessionRow | undefined {
    const row = this.db.prepare('SELECT * FROM sessions WHERE session_id = ?').get(sessionId) as Raw | undefined;
    if (row === undefined) return undefined;
    return {
      sessionId: row.session_id as Hex,
      runId: row.run_id as string,
      executorUrl: row.executor_url as string,
      channelId: row.channel_id as Hex,
      sessionSecret: bytes(row.session_secret),
      enclaveAddress: row.enclave_address as Hex,
      firstRound: BigInt(row.first_round as number),
    };
  }

  endSession(sessionId: Hex, reason: string, counted: { sent: number; received: number }, now: number): void {
    this.db
      .prepare(
        `UPDATE sessions SET ended_at = ?, end_reason = ?, bytes_sent = ?, bytes_received = ?
         WHERE session_id = ? AND ended_at IS NULL`,
      )
      .run(now, reason, counted.sent, counted.received, sessionId);
  }

  /**
   * Step 1 of a round: the signed update and the ciphertexts, committed before the update is sent.
   * `previous` is the round before it, opened since the last write (its k and decrypted state): it
   * is completed in the same transaction, so a paid round costs one durable write
   * (docs/protocol.md part 3, "Durability").
   */
  insertPaidRound(round: Omit<RoundRow, 'key' | 'state' | 'outputs' | 'status'>, now: number, previous?: CompletedRound): void {
    this.db.transaction(() => {
      if (previous !== undefined) this.completeRound(previous.sessionId, previous.round, previous, now);
      this.db
        .prepare(
          `INSERT INTO rounds (session_id, round, run_id, channel_id, cycles_asked, cycles_done, amount, key_hash,
             payment_signature, record, record_signature, state_ciphertext, outputs_ciphertext, status, paid_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'paid', ?)`,
        )
        .run(
          round.sessionId,
          Number(round.round),
          round.runId,
          round.channelId,
          round.cyclesAsked,
          round.cyclesDone,
          round.amount.toString(),
          round.keyHash,
          round.paymentSignature,
          Buffer.from(round.record),
          Buffer.from(round.recordSignature),
          Buffer.from(round.stateCiphertext),
          Buffer.from(round.outputsCiphertext),
          now,
        );
      // Amounts are cumulative: the channel's signed total is the one just signed.
      this.db.prepare('UPDATE channels SET signed = ? WHERE channel_id = ?').run(round.amount.toString(), round.channelId);
    })();
  }

  /**
   * k alone, for a round that could not be opened (or before trying to, in recovery): a paid key is
   * never lost, even when its round does not open.
   */
  recordKey(sessionId: Hex, round: bigint, key: Uint8Array): void {
    this.db.prepare('UPDATE rounds SET key = ? WHERE session_id = ? AND round = ? AND key IS NULL').run(Buffer.from(key), sessionId, Number(round));
  }

  /** Step 2: k and the decrypted state, once k is known and the round opened. */
  completeRound(sessionId: Hex, round: bigint, result: { key: Uint8Array; state: Uint8Array; outputs: Uint8Array[] }, now: number): void {
    this.db
      .prepare(
        `UPDATE rounds SET key = ?, state = ?, outputs = ?, status = 'keyed', keyed_at = ? WHERE session_id = ? AND round = ?`,
      )
      .run(
        Buffer.from(result.key),
        Buffer.from(result.state),
        Buffer.from(cbor.encode(result.outputs)),
        now,
        sessionId,
        Number(round),
      );
  }

  /** The keyed and decoded rounds of a run, in round order (at most one per round number: the first keyed). */
  keyedRounds(runId: string): RoundRow[] {
    const rows = this.db
      .prepare(`SELECT * FROM rounds WHERE run_id = ? AND status = 'keyed' AND state IS NOT NULL ORDER BY round ASC, keyed_at ASC`)
      .all(runId) as Raw[];
    const seen = new Set<bigint>();
    const out: RoundRow[] = [];
    for (const row of rows.map(roundFromRow)) {
      if (seen.has(row.round)) continue;
      seen.add(row.round);
      out.push(row);
    }
    return out;
  }

  /** Rounds paid for and not completed: their key never arrived, or (key set) the round did not open yet. */
  unkeyedRounds(filter: { runId?: string; channelId?: Hex } = {}): RoundRow[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM rounds WHERE status = 'paid' AND (? IS NULL OR run_id = ?) AND (? IS NULL OR channel_id = ?)
         ORDER BY paid_at ASC`,
      )
      .all(filter.runId ?? null, filter.runId ?? null, filter.channelId ?? null, filter.channelId ?? null) as Raw[];
    return rows.map(roundFromRow);
  }

  roundsOfSession(sessionId: Hex): RoundRow[] {
    const rows = this.db.prepare('SELECT * FROM rounds WHERE session_id = ? ORDER BY round').all(sessionId) as Raw[];
    return rows.map(roundFromRow);
  }

  sessionsOfRun(runId: string): (SessionRow & { bytesSent: number; bytesReceived: number; endReason: string | null })[] {
    const rows = this.db.prepare('SELECT * FROM sessions WHERE run_id = ? ORDER BY started_at, rowid').all(runId) as Raw[];
    return rows.map((row) => ({
      ...this.session(row.session_id as Hex)!,
      bytesSent: row.bytes_sent as number,
      bytesReceived: row.bytes_received as number,
      endReason: row.end_reason as string | null,
    }));
  }
}

function channelFromRow(row: Raw): ChannelRow {
  return {
    channelId: row.channel_id as Hex,
    requester: row.requester as Address,
    executor: row.executor as Address,
    token: row.token as Address,
    lane: BigInt(row.lane as string),
    deposit: BigInt(row.deposit as string),
    expiry: BigInt(row.expiry as number),
    signed: BigInt(row.signed as string),
    status: row.status as ChannelRow['status'],
    ...(row.opened_block === null || row.opened_block === undefined ? {} : { openedBlock: BigInt(row.opened_block as string) }),
  };
}

function roundFromRow(row: Raw): RoundRow {
  return {
    sessionId: row.session_id as Hex,
    round: BigInt(row.round as number),
    runId: row.run_id as string,
    channelId: row.channel_id as Hex,
    cyclesAsked: row.cycles_asked as number,
    cyclesDone: row.cycles_done as number,
    amount: BigInt(row.amount as string),
    keyHash: row.key_hash as Hex,
    paymentSignature: row.payment_signature as Hex,
    record: bytes(row.record),
    recordSignature: bytes(row.record_signature),
    stateCiphertext: bytes(row.state_ciphertext),
    outputsCiphertext: bytes(row.outputs_ciphertext),
    key: row.key === null ? undefined : bytes(row.key),
    state: row.state === null ? undefined : bytes(row.state),
    outputs: row.outputs === null ? undefined : (cbor.decode(row.outputs as Buffer) as Uint8Array[]).map(bytes),
    status: row.status as RoundRow['status'],
  };
}
