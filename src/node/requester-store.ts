/**
 * The requester's durable records: runs, channels, sessions (with their session secrets, needed to
 * decrypt anything later) and rounds. A round row is written with the signed payment update and the
 * round's ciphertexts *before* the payment is sent, then completed with k and the decrypted state
 * (together with the next round's payment, or on its own when no payment follows), so a crash at any
 * point loses nothing: a paid round without its key on disk takes it from the chain.
 */
import type { Address, Hex } from 'viem';
import {
  REQUESTER_MIGRATIONS,
  channelFromRow,
  encodeOutputs,
  roundFromRow,
  runFromRow,
  sessionFromRow,
  type ChannelRow,
  type CompletedRound,
  type Raw,
  type RoundRow,
  type RunRow,
  type SessionRow,
} from './requester-rows.js';
import { AirtntError } from '../util/errors.js';
import { endSessionRow, openDatabase, preparedStatements, type SqliteDatabase } from './sqlite.js';
import { RequesterPoolStore } from './requester-pool-store.js';
import { EvidenceVerdicts } from './evidence-verdicts.js';
import { KnownInfos } from './known-infos.js';

export type { ChannelRow, CompletedRound, RoundRow, RunRow, SessionRow } from './requester-rows.js';

export class RequesterStore {
  readonly db: SqliteDatabase;
  /** Pool sessions, their views and view changes (requester-pool-store.ts). */
  readonly pool: RequesterPoolStore;
  /** Verdicts on the evidence of executors this requester verified (evidence-verdicts.ts). */
  readonly verdicts: EvidenceVerdicts;
  /** The info documents of executors this requester verified (known-infos.ts). */
  readonly infos: KnownInfos;
  private readonly statement: ReturnType<typeof preparedStatements>;

  constructor(path: string) {
    this.db = openDatabase(path, REQUESTER_MIGRATIONS);
    this.statement = preparedStatements(this.db);
    this.pool = new RequesterPoolStore(this.db);
    this.verdicts = new EvidenceVerdicts(this.db);
    this.infos = new KnownInfos(this.db);
  }

  close(): void {
    try {
      this.verdicts.save();
      this.infos.save();
    } catch {
      // Only a cache (a full disk, say): the next run on that executor verifies its evidence again.
    }
    this.db.close();
  }

  /** Creates the run unless it exists (runs are keyed by a hash of what they compute). */
  ensureRun(run: Omit<RunRow, 'finished' | 'spent' | 'maxSpend' | 'token'>, now: number): RunRow {
    this
      .statement(
        `INSERT OR IGNORE INTO runs (run_id, function_measurement, initial_state, total_cycles, per_round, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(run.runId, run.functionMeasurement, Buffer.from(run.initialState), run.totalCycles, run.perRound, now);
    return this.run(run.runId)!;
  }

  run(runId: string): RunRow | undefined {
    const row = this.statement('SELECT * FROM runs WHERE run_id = ?').get(runId) as Raw | undefined;
    return row === undefined ? undefined : runFromRow(row);
  }

  /**
   * Sets the run's budget (what an invocation with an explicit --max-spend asks) and the token its
   * spending is counted in. A run that has paid in one token cannot continue in another: its spent
   * total would mix units (RUN_TOKEN_MISMATCH).
   */
  setRunTerms(runId: string, terms: { token: Address; maxSpend?: bigint }): RunRow {
    this.db.transaction(() => {
      const run = this.run(runId)!;
      if (run.token !== undefined && run.token.toLowerCase() !== terms.token.toLowerCase() && run.spent > 0n) {
        throw new AirtntError('RUN_TOKEN_MISMATCH', 'this run has paid in another token: its budget and spending are counted in that one', {
          details: { runId, paidIn: run.token, asked: terms.token, spent: run.spent },
          hint: 'resume the run with the token it started with, or start another run',
        });
      }
      this.statement('UPDATE runs SET token = ? WHERE run_id = ?').run(terms.token, runId);
      if (terms.maxSpend !== undefined) this.statement('UPDATE runs SET max_spend = ? WHERE run_id = ?').run(terms.maxSpend.toString(), runId);
    }).immediate();
    return this.run(runId)!;
  }

  finishRun(runId: string, now: number): void {
    this.statement('UPDATE runs SET finished_at = ? WHERE run_id = ?').run(now, runId);
  }

  insertChannel(channel: Omit<ChannelRow, 'signed' | 'status'>, now: number): void {
    this
      .statement(
        `INSERT INTO channels (channel_id, requester, executor, token, lane, deposit, expiry, opened_at, opened_block, contract)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        channel.contract ?? null,
      );
  }

  /** Records a top-up: the deposit the contract now holds. */
  setChannelDeposit(channelId: Hex, deposit: bigint): void {
    this.statement('UPDATE channels SET deposit = ? WHERE channel_id = ?').run(deposit.toString(), channelId);
  }

  channel(channelId: Hex): ChannelRow | undefined {
    const row = this.statement('SELECT * FROM channels WHERE channel_id = ?').get(channelId) as Raw | undefined;
    return row === undefined ? undefined : channelFromRow(row);
  }

  /** Open channels to `executor`, newest first. */
  openChannelsTo(requester: Address, executor: Address): ChannelRow[] {
    const rows = this
      .statement(
        `SELECT * FROM channels WHERE status = 'open' AND lower(requester) = lower(?) AND lower(executor) = lower(?)
         ORDER BY opened_at DESC`,
      )
      .all(requester, executor) as Raw[];
    return rows.map(channelFromRow);
  }

  allOpenChannels(): ChannelRow[] {
    return (this.statement(`SELECT * FROM channels WHERE status = 'open'`).all() as Raw[]).map(channelFromRow);
  }

  /** The newest `limit` channels with `status` (rows are inserted in opening order). */
  recentChannels(status: ChannelRow['status'], limit: number): ChannelRow[] {
    return (this.statement('SELECT * FROM channels WHERE status = ? ORDER BY rowid DESC LIMIT ?').all(status, limit) as Raw[]).map(channelFromRow);
  }

  /** Lanes this requester ever used with `executor` (with `token`, when given), ascending, each once. */
  lanesUsed(requester: Address, executor: Address, token?: Address): bigint[] {
    const rows = this
      .statement(
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
    const refused = this.statement('SELECT 1 FROM channels WHERE channel_id = ? AND refused_at IS NOT NULL').get(channelId);
    const unended = this.statement('SELECT 1 FROM sessions WHERE channel_id = ? AND ended_at IS NULL LIMIT 1').get(channelId);
    return refused !== undefined || unended !== undefined;
  }

  /** The executor refused new sessions on this channel: never offer it to that executor again. */
  markChannelRefused(channelId: Hex, now: number): void {
    this.statement('UPDATE channels SET refused_at = ? WHERE channel_id = ?').run(now, channelId);
  }

  setChannelStatus(channelId: Hex, status: ChannelRow['status']): void {
    this.statement('UPDATE channels SET status = ? WHERE channel_id = ?').run(status, channelId);
  }

  insertSession(session: SessionRow, now: number): void {
    this
      .statement(
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
    const row = this.statement('SELECT * FROM sessions WHERE session_id = ?').get(sessionId) as Raw | undefined;
    return row === undefined ? undefined : sessionFromRow(row);
  }

  /**
   * The result secret sealed to the session's named recipient, with that recipient: stored before the
   * opening that makes the enclave use it is sent, since nothing else can ever open the paid rounds.
   */
  setSessionResults(sessionId: Hex, results: { recipient: Hex; sealedResultSecret: Hex }): void {
    const changed = this
      .statement('UPDATE sessions SET result_recipient = ?, sealed_result_secret = ? WHERE session_id = ?')
      .run(results.recipient, Buffer.from(results.sealedResultSecret.slice(2), 'hex'), sessionId).changes;
    if (changed !== 1) throw new AirtntError('RUN_UNKNOWN', 'a result secret for a session that is not stored', { details: { sessionId } });
  }

  /** What each of the run's sessions hands on to its named recipient, in session order. */
  resultsForRun(runId: string): { sessionId: Hex; recipient: Hex; sealedResultSecret: Hex }[] {
    const rows = this
      .statement('SELECT session_id, result_recipient, sealed_result_secret FROM sessions WHERE run_id = ? AND sealed_result_secret IS NOT NULL ORDER BY started_at, rowid')
      .all(runId) as Raw[];
    return rows.map((row) => ({
      sessionId: row.session_id as Hex,
      recipient: row.result_recipient as Hex,
      sealedResultSecret: `0x${(row.sealed_result_secret as Buffer).toString('hex')}` as Hex,
    }));
  }

  endSession(sessionId: Hex, reason: string, counted: { sent: number; received: number }, now: number): void {
    endSessionRow(this.db, sessionId, reason, counted, now);
  }

  /**
   * Step 1 of a round: the signed update and the ciphertexts, committed before the update is sent.
   * `previous` is the round before it, opened since the last write (its k and decrypted state): it
   * is completed in the same transaction, so a paid round costs one durable write
   * (docs/protocol.md part 3, "Durability").
   */
  insertPaidRound(
    round: Omit<RoundRow, 'key' | 'state' | 'outputs' | 'status'>,
    now: number,
    previous?: CompletedRound,
    spend?: { cost: bigint; limit: bigint },
  ): void {
    this.db.transaction(() => {
      if (spend !== undefined) this.addSpent(round.runId, spend.cost, spend.limit);
      if (previous !== undefined) this.completeRound(previous.sessionId, previous.round, previous, now);
      this
        .statement(
          `INSERT INTO rounds (session_id, round, run_id, channel_id, cycles_asked, cycles_done, amount, key_hash,
             payment_signature, record, record_signature, state_ciphertext, outputs_ciphertext, status, paid_at, record_claim, pool_member, pool_view)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'paid', ?, ?, ?, ?)`,
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
          round.recordClaim === undefined ? null : Buffer.from(round.recordClaim),
          round.pool?.member ?? null,
          round.pool?.view ?? null,
        );
      // Amounts are cumulative: the channel's signed total is the one just signed.
      this.statement('UPDATE channels SET signed = ? WHERE channel_id = ?').run(round.amount.toString(), round.channelId);
    }).immediate();
  }

  /**
   * Counts `cost` against the run's budget (inside insertPaidRound's transaction, so a payment is
   * counted exactly when it is stored, before it is sent); SPEND_LIMIT_REACHED, and nothing stored,
   * when it would exceed `limit`. IMMEDIATE transactions keep two processes resuming the same run from
   * both passing the check.
   */
  private addSpent(runId: string, cost: bigint, limit: bigint): void {
    const row = this.statement('SELECT spent FROM runs WHERE run_id = ?').get(runId) as { spent: string } | undefined;
    if (row === undefined) throw new AirtntError('RUN_UNKNOWN', 'a payment for a run that is not stored', { details: { runId } });
    const spent = BigInt(row.spent);
    if (cost < 0n || spent + cost > limit) {
      throw new AirtntError('SPEND_LIMIT_REACHED', 'this payment would take the run past its budget: it is not signed away', {
        details: { runId, spent, cost, maxSpend: limit },
        hint: 'run the same job again with a larger maxSpend: the paid state so far is kept',
      });
    }
    this.statement('UPDATE runs SET spent = ? WHERE run_id = ?').run((spent + cost).toString(), runId);
  }

  /**
   * k alone, for a round that could not be opened (or before trying to, in recovery): a paid key is
   * never lost, even when its round does not open.
   */
  recordKey(sessionId: Hex, round: bigint, key: Uint8Array): void {
    this.statement('UPDATE rounds SET key = ? WHERE session_id = ? AND round = ? AND key IS NULL').run(Buffer.from(key), sessionId, Number(round));
  }

  /** Step 2: k and the decrypted state, once k is known and the round opened. */
  completeRound(sessionId: Hex, round: bigint, result: { key: Uint8Array; state: Uint8Array; outputs: Uint8Array[] }, now: number): void {
    this
      .statement(
        `UPDATE rounds SET key = ?, state = ?, outputs = ?, status = 'keyed', keyed_at = ? WHERE session_id = ? AND round = ?`,
      )
      .run(
        Buffer.from(result.key),
        Buffer.from(result.state),
        encodeOutputs(result.outputs),
        now,
        sessionId,
        Number(round),
      );
  }

  /** The keyed and decoded rounds of a run, in round order (at most one per round number: the first keyed). */
  keyedRounds(runId: string): RoundRow[] {
    const rows = this
      .statement(`SELECT * FROM rounds WHERE run_id = ? AND status = 'keyed' AND state IS NOT NULL ORDER BY round ASC, keyed_at ASC`)
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
    const rows = this
      .statement(
        `SELECT * FROM rounds WHERE status = 'paid' AND (? IS NULL OR run_id = ?) AND (? IS NULL OR channel_id = ?)
         ORDER BY paid_at ASC`,
      )
      .all(filter.runId ?? null, filter.runId ?? null, filter.channelId ?? null, filter.channelId ?? null) as Raw[];
    return rows.map(roundFromRow);
  }

  roundsOfSession(sessionId: Hex): RoundRow[] {
    const rows = this.statement('SELECT * FROM rounds WHERE session_id = ? ORDER BY round').all(sessionId) as Raw[];
    return rows.map(roundFromRow);
  }

  sessionsOfRun(runId: string): (SessionRow & { bytesSent: number; bytesReceived: number; endReason: string | null })[] {
    const rows = this.statement('SELECT * FROM sessions WHERE run_id = ? ORDER BY started_at, rowid').all(runId) as Raw[];
    return rows.map((row) => ({
      ...sessionFromRow(row),
      bytesSent: row.bytes_sent as number,
      bytesReceived: row.bytes_received as number,
      endReason: row.end_reason as string | null,
    }));
  }
}
