import {
  REQUESTER_MIGRATIONS,
  channelFromRow,
  encodeOutputs,
  roundFromRow,
  runFromRow,
  sessionFromRow
} from "./requester-rows.js";
import { AirtntError } from "../util/errors.js";
import { endSessionRow, openDatabase } from "./sqlite.js";
class RequesterStore {
  db;
  constructor(path) {
    this.db = openDatabase(path, REQUESTER_MIGRATIONS);
  }
  close() {
    this.db.close();
  }
  /** Creates the run unless it exists (runs are keyed by a hash of what they compute). */
  ensureRun(run, now) {
    this.db.prepare(
      `INSERT OR IGNORE INTO runs (run_id, function_measurement, initial_state, total_cycles, per_round, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`
    ).run(run.runId, run.functionMeasurement, Buffer.from(run.initialState), run.totalCycles, run.perRound, now);
    return this.run(run.runId);
  }
  run(runId) {
    const row = this.db.prepare("SELECT * FROM runs WHERE run_id = ?").get(runId);
    return row === void 0 ? void 0 : runFromRow(row);
  }
  /**
   * Sets the run's budget (what an invocation with an explicit --max-spend asks) and the token its
   * spending is counted in. A run that has paid in one token cannot continue in another: its spent
   * total would mix units (RUN_TOKEN_MISMATCH).
   */
  setRunTerms(runId, terms) {
    this.db.transaction(() => {
      const run = this.run(runId);
      if (run.token !== void 0 && run.token.toLowerCase() !== terms.token.toLowerCase() && run.spent > 0n) {
        throw new AirtntError("RUN_TOKEN_MISMATCH", "this run has paid in another token: its budget and spending are counted in that one", {
          details: { runId, paidIn: run.token, asked: terms.token, spent: run.spent },
          hint: "resume the run with the token it started with, or start another run"
        });
      }
      this.db.prepare("UPDATE runs SET token = ? WHERE run_id = ?").run(terms.token, runId);
      if (terms.maxSpend !== void 0) this.db.prepare("UPDATE runs SET max_spend = ? WHERE run_id = ?").run(terms.maxSpend.toString(), runId);
    }).immediate();
    return this.run(runId);
  }
  finishRun(runId, now) {
    this.db.prepare("UPDATE runs SET finished_at = ? WHERE run_id = ?").run(now, runId);
  }
  insertChannel(channel, now) {
    this.db.prepare(
      `INSERT INTO channels (channel_id, requester, executor, token, lane, deposit, expiry, opened_at, opened_block)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(
      channel.channelId,
      channel.requester,
      channel.executor,
      channel.token,
      channel.lane.toString(),
      channel.deposit.toString(),
      Number(channel.expiry),
      now,
      channel.openedBlock === void 0 ? null : channel.openedBlock.toString()
    );
  }
  /** Records a top-up: the deposit the contract now holds. */
  setChannelDeposit(channelId, deposit) {
    this.db.prepare("UPDATE channels SET deposit = ? WHERE channel_id = ?").run(deposit.toString(), channelId);
  }
  channel(channelId) {
    const row = this.db.prepare("SELECT * FROM channels WHERE channel_id = ?").get(channelId);
    return row === void 0 ? void 0 : channelFromRow(row);
  }
  /** Open channels to `executor`, newest first. */
  openChannelsTo(requester, executor) {
    const rows = this.db.prepare(
      `SELECT * FROM channels WHERE status = 'open' AND lower(requester) = lower(?) AND lower(executor) = lower(?)
         ORDER BY opened_at DESC`
    ).all(requester, executor);
    return rows.map(channelFromRow);
  }
  allOpenChannels() {
    return this.db.prepare(`SELECT * FROM channels WHERE status = 'open'`).all().map(channelFromRow);
  }
  /** Lanes this requester ever used with `executor` (with `token`, when given), ascending, each once. */
  lanesUsed(requester, executor, token) {
    const rows = this.db.prepare(
      `SELECT DISTINCT lane FROM channels WHERE lower(requester) = lower(?) AND lower(executor) = lower(?)
         AND (? IS NULL OR lower(token) = lower(?))`
    ).all(requester, executor, token ?? null, token ?? null);
    return rows.map((r) => BigInt(r.lane)).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  }
  /**
   * True when a session on this channel never ended (still running, or the requester crashed in it),
   * or the executor refused the channel for a round it ran and was never paid for: the executor may
   * hold such a round and would refuse the channel (CHANNEL_HAS_UNPAID_ROUND).
   */
  channelMayOweRound(channelId) {
    const refused = this.db.prepare("SELECT 1 FROM channels WHERE channel_id = ? AND refused_at IS NOT NULL").get(channelId);
    const unended = this.db.prepare("SELECT 1 FROM sessions WHERE channel_id = ? AND ended_at IS NULL LIMIT 1").get(channelId);
    return refused !== void 0 || unended !== void 0;
  }
  /** The executor refused new sessions on this channel: never offer it to that executor again. */
  markChannelRefused(channelId, now) {
    this.db.prepare("UPDATE channels SET refused_at = ? WHERE channel_id = ?").run(now, channelId);
  }
  setChannelStatus(channelId, status) {
    this.db.prepare("UPDATE channels SET status = ? WHERE channel_id = ?").run(status, channelId);
  }
  insertSession(session, now) {
    this.db.prepare(
      `INSERT INTO sessions (session_id, run_id, executor_url, channel_id, session_secret, enclave_address, first_round, started_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(
      session.sessionId,
      session.runId,
      session.executorUrl,
      session.channelId,
      Buffer.from(session.sessionSecret),
      session.enclaveAddress,
      Number(session.firstRound),
      now
    );
  }
  session(sessionId) {
    const row = this.db.prepare("SELECT * FROM sessions WHERE session_id = ?").get(sessionId);
    return row === void 0 ? void 0 : sessionFromRow(row);
  }
  /**
   * The result secret sealed to the session's named recipient, with that recipient: stored before the
   * opening that makes the enclave use it is sent, since nothing else can ever open the paid rounds.
   */
  setSessionResults(sessionId, results) {
    const changed = this.db.prepare("UPDATE sessions SET result_recipient = ?, sealed_result_secret = ? WHERE session_id = ?").run(results.recipient, Buffer.from(results.sealedResultSecret.slice(2), "hex"), sessionId).changes;
    if (changed !== 1) throw new AirtntError("RUN_UNKNOWN", "a result secret for a session that is not stored", { details: { sessionId } });
  }
  /** What each of the run's sessions hands on to its named recipient, in session order. */
  resultsForRun(runId) {
    const rows = this.db.prepare("SELECT session_id, result_recipient, sealed_result_secret FROM sessions WHERE run_id = ? AND sealed_result_secret IS NOT NULL ORDER BY started_at, rowid").all(runId);
    return rows.map((row) => ({
      sessionId: row.session_id,
      recipient: row.result_recipient,
      sealedResultSecret: `0x${row.sealed_result_secret.toString("hex")}`
    }));
  }
  endSession(sessionId, reason, counted, now) {
    endSessionRow(this.db, sessionId, reason, counted, now);
  }
  /**
   * Step 1 of a round: the signed update and the ciphertexts, committed before the update is sent.
   * `previous` is the round before it, opened since the last write (its k and decrypted state): it
   * is completed in the same transaction, so a paid round costs one durable write
   * (docs/protocol.md part 3, "Durability").
   */
  insertPaidRound(round, now, previous, spend) {
    this.db.transaction(() => {
      if (spend !== void 0) this.addSpent(round.runId, spend.cost, spend.limit);
      if (previous !== void 0) this.completeRound(previous.sessionId, previous.round, previous, now);
      this.db.prepare(
        `INSERT INTO rounds (session_id, round, run_id, channel_id, cycles_asked, cycles_done, amount, key_hash,
             payment_signature, record, record_signature, state_ciphertext, outputs_ciphertext, status, paid_at, record_claim)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'paid', ?, ?)`
      ).run(
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
        round.recordClaim === void 0 ? null : Buffer.from(round.recordClaim)
      );
      this.db.prepare("UPDATE channels SET signed = ? WHERE channel_id = ?").run(round.amount.toString(), round.channelId);
    }).immediate();
  }
  /**
   * Counts `cost` against the run's budget (inside insertPaidRound's transaction, so a payment is
   * counted exactly when it is stored, before it is sent); SPEND_LIMIT_REACHED, and nothing stored,
   * when it would exceed `limit`. IMMEDIATE transactions keep two processes resuming the same run from
   * both passing the check.
   */
  addSpent(runId, cost, limit) {
    const row = this.db.prepare("SELECT spent FROM runs WHERE run_id = ?").get(runId);
    if (row === void 0) throw new AirtntError("RUN_UNKNOWN", "a payment for a run that is not stored", { details: { runId } });
    const spent = BigInt(row.spent);
    if (cost < 0n || spent + cost > limit) {
      throw new AirtntError("SPEND_LIMIT_REACHED", "this payment would take the run past its budget: it is not signed away", {
        details: { runId, spent, cost, maxSpend: limit },
        hint: "run the same job again with a larger maxSpend: the paid state so far is kept"
      });
    }
    this.db.prepare("UPDATE runs SET spent = ? WHERE run_id = ?").run((spent + cost).toString(), runId);
  }
  /**
   * k alone, for a round that could not be opened (or before trying to, in recovery): a paid key is
   * never lost, even when its round does not open.
   */
  recordKey(sessionId, round, key) {
    this.db.prepare("UPDATE rounds SET key = ? WHERE session_id = ? AND round = ? AND key IS NULL").run(Buffer.from(key), sessionId, Number(round));
  }
  /** Step 2: k and the decrypted state, once k is known and the round opened. */
  completeRound(sessionId, round, result, now) {
    this.db.prepare(
      `UPDATE rounds SET key = ?, state = ?, outputs = ?, status = 'keyed', keyed_at = ? WHERE session_id = ? AND round = ?`
    ).run(
      Buffer.from(result.key),
      Buffer.from(result.state),
      encodeOutputs(result.outputs),
      now,
      sessionId,
      Number(round)
    );
  }
  /** The keyed and decoded rounds of a run, in round order (at most one per round number: the first keyed). */
  keyedRounds(runId) {
    const rows = this.db.prepare(`SELECT * FROM rounds WHERE run_id = ? AND status = 'keyed' AND state IS NOT NULL ORDER BY round ASC, keyed_at ASC`).all(runId);
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    for (const row of rows.map(roundFromRow)) {
      if (seen.has(row.round)) continue;
      seen.add(row.round);
      out.push(row);
    }
    return out;
  }
  /** Rounds paid for and not completed: their key never arrived, or (key set) the round did not open yet. */
  unkeyedRounds(filter = {}) {
    const rows = this.db.prepare(
      `SELECT * FROM rounds WHERE status = 'paid' AND (? IS NULL OR run_id = ?) AND (? IS NULL OR channel_id = ?)
         ORDER BY paid_at ASC`
    ).all(filter.runId ?? null, filter.runId ?? null, filter.channelId ?? null, filter.channelId ?? null);
    return rows.map(roundFromRow);
  }
  roundsOfSession(sessionId) {
    const rows = this.db.prepare("SELECT * FROM rounds WHERE session_id = ? ORDER BY round").all(sessionId);
    return rows.map(roundFromRow);
  }
  sessionsOfRun(runId) {
    const rows = this.db.prepare("SELECT * FROM sessions WHERE run_id = ? ORDER BY started_at, rowid").all(runId);
    return rows.map((row) => ({
      ...sessionFromRow(row),
      bytesSent: row.bytes_sent,
      bytesReceived: row.bytes_received,
      endReason: row.end_reason
    }));
  }
}
export {
  RequesterStore
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL25vZGUvcmVxdWVzdGVyLXN0b3JlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFRoZSByZXF1ZXN0ZXIncyBkdXJhYmxlIHJlY29yZHM6IHJ1bnMsIGNoYW5uZWxzLCBzZXNzaW9ucyAod2l0aCB0aGVpciBzZXNzaW9uIHNlY3JldHMsIG5lZWRlZCB0b1xuICogZGVjcnlwdCBhbnl0aGluZyBsYXRlcikgYW5kIHJvdW5kcy4gQSByb3VuZCByb3cgaXMgd3JpdHRlbiB3aXRoIHRoZSBzaWduZWQgcGF5bWVudCB1cGRhdGUgYW5kIHRoZVxuICogcm91bmQncyBjaXBoZXJ0ZXh0cyAqYmVmb3JlKiB0aGUgcGF5bWVudCBpcyBzZW50LCB0aGVuIGNvbXBsZXRlZCB3aXRoIGsgYW5kIHRoZSBkZWNyeXB0ZWQgc3RhdGVcbiAqICh0b2dldGhlciB3aXRoIHRoZSBuZXh0IHJvdW5kJ3MgcGF5bWVudCwgb3Igb24gaXRzIG93biB3aGVuIG5vIHBheW1lbnQgZm9sbG93cyksIHNvIGEgY3Jhc2ggYXQgYW55XG4gKiBwb2ludCBsb3NlcyBub3RoaW5nOiBhIHBhaWQgcm91bmQgd2l0aG91dCBpdHMga2V5IG9uIGRpc2sgdGFrZXMgaXQgZnJvbSB0aGUgY2hhaW4uXG4gKi9cbmltcG9ydCB0eXBlIHsgQWRkcmVzcywgSGV4IH0gZnJvbSAndmllbSc7XG5pbXBvcnQge1xuICBSRVFVRVNURVJfTUlHUkFUSU9OUyxcbiAgY2hhbm5lbEZyb21Sb3csXG4gIGVuY29kZU91dHB1dHMsXG4gIHJvdW5kRnJvbVJvdyxcbiAgcnVuRnJvbVJvdyxcbiAgc2Vzc2lvbkZyb21Sb3csXG4gIHR5cGUgQ2hhbm5lbFJvdyxcbiAgdHlwZSBDb21wbGV0ZWRSb3VuZCxcbiAgdHlwZSBSYXcsXG4gIHR5cGUgUm91bmRSb3csXG4gIHR5cGUgUnVuUm93LFxuICB0eXBlIFNlc3Npb25Sb3csXG59IGZyb20gJy4vcmVxdWVzdGVyLXJvd3MuanMnO1xuaW1wb3J0IHsgQWlydG50RXJyb3IgfSBmcm9tICcuLi91dGlsL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBlbmRTZXNzaW9uUm93LCBvcGVuRGF0YWJhc2UsIHR5cGUgU3FsaXRlRGF0YWJhc2UgfSBmcm9tICcuL3NxbGl0ZS5qcyc7XG5cbmV4cG9ydCB0eXBlIHsgQ2hhbm5lbFJvdywgQ29tcGxldGVkUm91bmQsIFJvdW5kUm93LCBSdW5Sb3csIFNlc3Npb25Sb3cgfSBmcm9tICcuL3JlcXVlc3Rlci1yb3dzLmpzJztcblxuZXhwb3J0IGNsYXNzIFJlcXVlc3RlclN0b3JlIHtcbiAgcmVhZG9ubHkgZGI6IFNxbGl0ZURhdGFiYXNlO1xuXG4gIGNvbnN0cnVjdG9yKHBhdGg6IHN0cmluZykge1xuICAgIHRoaXMuZGIgPSBvcGVuRGF0YWJhc2UocGF0aCwgUkVRVUVTVEVSX01JR1JBVElPTlMpO1xuICB9XG5cbiAgY2xvc2UoKTogdm9pZCB7XG4gICAgdGhpcy5kYi5jbG9zZSgpO1xuICB9XG5cbiAgLyoqIENyZWF0ZXMgdGhlIHJ1biB1bmxlc3MgaXQgZXhpc3RzIChydW5zIGFyZSBrZXllZCBieSBhIGhhc2ggb2Ygd2hhdCB0aGV5IGNvbXB1dGUpLiAqL1xuICBlbnN1cmVSdW4ocnVuOiBPbWl0PFJ1blJvdywgJ2ZpbmlzaGVkJyB8ICdzcGVudCcgfCAnbWF4U3BlbmQnIHwgJ3Rva2VuJz4sIG5vdzogbnVtYmVyKTogUnVuUm93IHtcbiAgICB0aGlzLmRiXG4gICAgICAucHJlcGFyZShcbiAgICAgICAgYElOU0VSVCBPUiBJR05PUkUgSU5UTyBydW5zIChydW5faWQsIGZ1bmN0aW9uX21lYXN1cmVtZW50LCBpbml0aWFsX3N0YXRlLCB0b3RhbF9jeWNsZXMsIHBlcl9yb3VuZCwgY3JlYXRlZF9hdClcbiAgICAgICAgIFZBTFVFUyAoPywgPywgPywgPywgPywgPylgLFxuICAgICAgKVxuICAgICAgLnJ1bihydW4ucnVuSWQsIHJ1bi5mdW5jdGlvbk1lYXN1cmVtZW50LCBCdWZmZXIuZnJvbShydW4uaW5pdGlhbFN0YXRlKSwgcnVuLnRvdGFsQ3ljbGVzLCBydW4ucGVyUm91bmQsIG5vdyk7XG4gICAgcmV0dXJuIHRoaXMucnVuKHJ1bi5ydW5JZCkhO1xuICB9XG5cbiAgcnVuKHJ1bklkOiBzdHJpbmcpOiBSdW5Sb3cgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHJvdyA9IHRoaXMuZGIucHJlcGFyZSgnU0VMRUNUICogRlJPTSBydW5zIFdIRVJFIHJ1bl9pZCA9ID8nKS5nZXQocnVuSWQpIGFzIFJhdyB8IHVuZGVmaW5lZDtcbiAgICByZXR1cm4gcm93ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBydW5Gcm9tUm93KHJvdyk7XG4gIH1cblxuICAvKipcbiAgICogU2V0cyB0aGUgcnVuJ3MgYnVkZ2V0ICh3aGF0IGFuIGludm9jYXRpb24gd2l0aCBhbiBleHBsaWNpdCAtLW1heC1zcGVuZCBhc2tzKSBhbmQgdGhlIHRva2VuIGl0c1xuICAgKiBzcGVuZGluZyBpcyBjb3VudGVkIGluLiBBIHJ1biB0aGF0IGhhcyBwYWlkIGluIG9uZSB0b2tlbiBjYW5ub3QgY29udGludWUgaW4gYW5vdGhlcjogaXRzIHNwZW50XG4gICAqIHRvdGFsIHdvdWxkIG1peCB1bml0cyAoUlVOX1RPS0VOX01JU01BVENIKS5cbiAgICovXG4gIHNldFJ1blRlcm1zKHJ1bklkOiBzdHJpbmcsIHRlcm1zOiB7IHRva2VuOiBBZGRyZXNzOyBtYXhTcGVuZD86IGJpZ2ludCB9KTogUnVuUm93IHtcbiAgICB0aGlzLmRiLnRyYW5zYWN0aW9uKCgpID0+IHtcbiAgICAgIGNvbnN0IHJ1biA9IHRoaXMucnVuKHJ1bklkKSE7XG4gICAgICBpZiAocnVuLnRva2VuICE9PSB1bmRlZmluZWQgJiYgcnVuLnRva2VuLnRvTG93ZXJDYXNlKCkgIT09IHRlcm1zLnRva2VuLnRvTG93ZXJDYXNlKCkgJiYgcnVuLnNwZW50ID4gMG4pIHtcbiAgICAgICAgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdSVU5fVE9LRU5fTUlTTUFUQ0gnLCAndGhpcyBydW4gaGFzIHBhaWQgaW4gYW5vdGhlciB0b2tlbjogaXRzIGJ1ZGdldCBhbmQgc3BlbmRpbmcgYXJlIGNvdW50ZWQgaW4gdGhhdCBvbmUnLCB7XG4gICAgICAgICAgZGV0YWlsczogeyBydW5JZCwgcGFpZEluOiBydW4udG9rZW4sIGFza2VkOiB0ZXJtcy50b2tlbiwgc3BlbnQ6IHJ1bi5zcGVudCB9LFxuICAgICAgICAgIGhpbnQ6ICdyZXN1bWUgdGhlIHJ1biB3aXRoIHRoZSB0b2tlbiBpdCBzdGFydGVkIHdpdGgsIG9yIHN0YXJ0IGFub3RoZXIgcnVuJyxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgICB0aGlzLmRiLnByZXBhcmUoJ1VQREFURSBydW5zIFNFVCB0b2tlbiA9ID8gV0hFUkUgcnVuX2lkID0gPycpLnJ1bih0ZXJtcy50b2tlbiwgcnVuSWQpO1xuICAgICAgaWYgKHRlcm1zLm1heFNwZW5kICE9PSB1bmRlZmluZWQpIHRoaXMuZGIucHJlcGFyZSgnVVBEQVRFIHJ1bnMgU0VUIG1heF9zcGVuZCA9ID8gV0hFUkUgcnVuX2lkID0gPycpLnJ1bih0ZXJtcy5tYXhTcGVuZC50b1N0cmluZygpLCBydW5JZCk7XG4gICAgfSkuaW1tZWRpYXRlKCk7XG4gICAgcmV0dXJuIHRoaXMucnVuKHJ1bklkKSE7XG4gIH1cblxuICBmaW5pc2hSdW4ocnVuSWQ6IHN0cmluZywgbm93OiBudW1iZXIpOiB2b2lkIHtcbiAgICB0aGlzLmRiLnByZXBhcmUoJ1VQREFURSBydW5zIFNFVCBmaW5pc2hlZF9hdCA9ID8gV0hFUkUgcnVuX2lkID0gPycpLnJ1bihub3csIHJ1bklkKTtcbiAgfVxuXG4gIGluc2VydENoYW5uZWwoY2hhbm5lbDogT21pdDxDaGFubmVsUm93LCAnc2lnbmVkJyB8ICdzdGF0dXMnPiwgbm93OiBudW1iZXIpOiB2b2lkIHtcbiAgICB0aGlzLmRiXG4gICAgICAucHJlcGFyZShcbiAgICAgICAgYElOU0VSVCBJTlRPIGNoYW5uZWxzIChjaGFubmVsX2lkLCByZXF1ZXN0ZXIsIGV4ZWN1dG9yLCB0b2tlbiwgbGFuZSwgZGVwb3NpdCwgZXhwaXJ5LCBvcGVuZWRfYXQsIG9wZW5lZF9ibG9jaylcbiAgICAgICAgIFZBTFVFUyAoPywgPywgPywgPywgPywgPywgPywgPywgPylgLFxuICAgICAgKVxuICAgICAgLnJ1bihcbiAgICAgICAgY2hhbm5lbC5jaGFubmVsSWQsXG4gICAgICAgIGNoYW5uZWwucmVxdWVzdGVyLFxuICAgICAgICBjaGFubmVsLmV4ZWN1dG9yLFxuICAgICAgICBjaGFubmVsLnRva2VuLFxuICAgICAgICBjaGFubmVsLmxhbmUudG9TdHJpbmcoKSxcbiAgICAgICAgY2hhbm5lbC5kZXBvc2l0LnRvU3RyaW5nKCksXG4gICAgICAgIE51bWJlcihjaGFubmVsLmV4cGlyeSksXG4gICAgICAgIG5vdyxcbiAgICAgICAgY2hhbm5lbC5vcGVuZWRCbG9jayA9PT0gdW5kZWZpbmVkID8gbnVsbCA6IGNoYW5uZWwub3BlbmVkQmxvY2sudG9TdHJpbmcoKSxcbiAgICAgICk7XG4gIH1cblxuICAvKiogUmVjb3JkcyBhIHRvcC11cDogdGhlIGRlcG9zaXQgdGhlIGNvbnRyYWN0IG5vdyBob2xkcy4gKi9cbiAgc2V0Q2hhbm5lbERlcG9zaXQoY2hhbm5lbElkOiBIZXgsIGRlcG9zaXQ6IGJpZ2ludCk6IHZvaWQge1xuICAgIHRoaXMuZGIucHJlcGFyZSgnVVBEQVRFIGNoYW5uZWxzIFNFVCBkZXBvc2l0ID0gPyBXSEVSRSBjaGFubmVsX2lkID0gPycpLnJ1bihkZXBvc2l0LnRvU3RyaW5nKCksIGNoYW5uZWxJZCk7XG4gIH1cblxuICBjaGFubmVsKGNoYW5uZWxJZDogSGV4KTogQ2hhbm5lbFJvdyB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3Qgcm93ID0gdGhpcy5kYi5wcmVwYXJlKCdTRUxFQ1QgKiBGUk9NIGNoYW5uZWxzIFdIRVJFIGNoYW5uZWxfaWQgPSA/JykuZ2V0KGNoYW5uZWxJZCkgYXMgUmF3IHwgdW5kZWZpbmVkO1xuICAgIHJldHVybiByb3cgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IGNoYW5uZWxGcm9tUm93KHJvdyk7XG4gIH1cblxuICAvKiogT3BlbiBjaGFubmVscyB0byBgZXhlY3V0b3JgLCBuZXdlc3QgZmlyc3QuICovXG4gIG9wZW5DaGFubmVsc1RvKHJlcXVlc3RlcjogQWRkcmVzcywgZXhlY3V0b3I6IEFkZHJlc3MpOiBDaGFubmVsUm93W10ge1xuICAgIGNvbnN0IHJvd3MgPSB0aGlzLmRiXG4gICAgICAucHJlcGFyZShcbiAgICAgICAgYFNFTEVDVCAqIEZST00gY2hhbm5lbHMgV0hFUkUgc3RhdHVzID0gJ29wZW4nIEFORCBsb3dlcihyZXF1ZXN0ZXIpID0gbG93ZXIoPykgQU5EIGxvd2VyKGV4ZWN1dG9yKSA9IGxvd2VyKD8pXG4gICAgICAgICBPUkRFUiBCWSBvcGVuZWRfYXQgREVTQ2AsXG4gICAgICApXG4gICAgICAuYWxsKHJlcXVlc3RlciwgZXhlY3V0b3IpIGFzIFJhd1tdO1xuICAgIHJldHVybiByb3dzLm1hcChjaGFubmVsRnJvbVJvdyk7XG4gIH1cblxuICBhbGxPcGVuQ2hhbm5lbHMoKTogQ2hhbm5lbFJvd1tdIHtcbiAgICByZXR1cm4gKHRoaXMuZGIucHJlcGFyZShgU0VMRUNUICogRlJPTSBjaGFubmVscyBXSEVSRSBzdGF0dXMgPSAnb3BlbidgKS5hbGwoKSBhcyBSYXdbXSkubWFwKGNoYW5uZWxGcm9tUm93KTtcbiAgfVxuXG4gIC8qKiBMYW5lcyB0aGlzIHJlcXVlc3RlciBldmVyIHVzZWQgd2l0aCBgZXhlY3V0b3JgICh3aXRoIGB0b2tlbmAsIHdoZW4gZ2l2ZW4pLCBhc2NlbmRpbmcsIGVhY2ggb25jZS4gKi9cbiAgbGFuZXNVc2VkKHJlcXVlc3RlcjogQWRkcmVzcywgZXhlY3V0b3I6IEFkZHJlc3MsIHRva2VuPzogQWRkcmVzcyk6IGJpZ2ludFtdIHtcbiAgICBjb25zdCByb3dzID0gdGhpcy5kYlxuICAgICAgLnByZXBhcmUoXG4gICAgICAgIGBTRUxFQ1QgRElTVElOQ1QgbGFuZSBGUk9NIGNoYW5uZWxzIFdIRVJFIGxvd2VyKHJlcXVlc3RlcikgPSBsb3dlcig/KSBBTkQgbG93ZXIoZXhlY3V0b3IpID0gbG93ZXIoPylcbiAgICAgICAgIEFORCAoPyBJUyBOVUxMIE9SIGxvd2VyKHRva2VuKSA9IGxvd2VyKD8pKWAsXG4gICAgICApXG4gICAgICAuYWxsKHJlcXVlc3RlciwgZXhlY3V0b3IsIHRva2VuID8/IG51bGwsIHRva2VuID8/IG51bGwpIGFzIHsgbGFuZTogc3RyaW5nIH1bXTtcbiAgICByZXR1cm4gcm93cy5tYXAoKHIpID0+IEJpZ0ludChyLmxhbmUpKS5zb3J0KChhLCBiKSA9PiAoYSA8IGIgPyAtMSA6IGEgPiBiID8gMSA6IDApKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBUcnVlIHdoZW4gYSBzZXNzaW9uIG9uIHRoaXMgY2hhbm5lbCBuZXZlciBlbmRlZCAoc3RpbGwgcnVubmluZywgb3IgdGhlIHJlcXVlc3RlciBjcmFzaGVkIGluIGl0KSxcbiAgICogb3IgdGhlIGV4ZWN1dG9yIHJlZnVzZWQgdGhlIGNoYW5uZWwgZm9yIGEgcm91bmQgaXQgcmFuIGFuZCB3YXMgbmV2ZXIgcGFpZCBmb3I6IHRoZSBleGVjdXRvciBtYXlcbiAgICogaG9sZCBzdWNoIGEgcm91bmQgYW5kIHdvdWxkIHJlZnVzZSB0aGUgY2hhbm5lbCAoQ0hBTk5FTF9IQVNfVU5QQUlEX1JPVU5EKS5cbiAgICovXG4gIGNoYW5uZWxNYXlPd2VSb3VuZChjaGFubmVsSWQ6IEhleCk6IGJvb2xlYW4ge1xuICAgIGNvbnN0IHJlZnVzZWQgPSB0aGlzLmRiLnByZXBhcmUoJ1NFTEVDVCAxIEZST00gY2hhbm5lbHMgV0hFUkUgY2hhbm5lbF9pZCA9ID8gQU5EIHJlZnVzZWRfYXQgSVMgTk9UIE5VTEwnKS5nZXQoY2hhbm5lbElkKTtcbiAgICBjb25zdCB1bmVuZGVkID0gdGhpcy5kYi5wcmVwYXJlKCdTRUxFQ1QgMSBGUk9NIHNlc3Npb25zIFdIRVJFIGNoYW5uZWxfaWQgPSA/IEFORCBlbmRlZF9hdCBJUyBOVUxMIExJTUlUIDEnKS5nZXQoY2hhbm5lbElkKTtcbiAgICByZXR1cm4gcmVmdXNlZCAhPT0gdW5kZWZpbmVkIHx8IHVuZW5kZWQgIT09IHVuZGVmaW5lZDtcbiAgfVxuXG4gIC8qKiBUaGUgZXhlY3V0b3IgcmVmdXNlZCBuZXcgc2Vzc2lvbnMgb24gdGhpcyBjaGFubmVsOiBuZXZlciBvZmZlciBpdCB0byB0aGF0IGV4ZWN1dG9yIGFnYWluLiAqL1xuICBtYXJrQ2hhbm5lbFJlZnVzZWQoY2hhbm5lbElkOiBIZXgsIG5vdzogbnVtYmVyKTogdm9pZCB7XG4gICAgdGhpcy5kYi5wcmVwYXJlKCdVUERBVEUgY2hhbm5lbHMgU0VUIHJlZnVzZWRfYXQgPSA/IFdIRVJFIGNoYW5uZWxfaWQgPSA/JykucnVuKG5vdywgY2hhbm5lbElkKTtcbiAgfVxuXG4gIHNldENoYW5uZWxTdGF0dXMoY2hhbm5lbElkOiBIZXgsIHN0YXR1czogQ2hhbm5lbFJvd1snc3RhdHVzJ10pOiB2b2lkIHtcbiAgICB0aGlzLmRiLnByZXBhcmUoJ1VQREFURSBjaGFubmVscyBTRVQgc3RhdHVzID0gPyBXSEVSRSBjaGFubmVsX2lkID0gPycpLnJ1bihzdGF0dXMsIGNoYW5uZWxJZCk7XG4gIH1cblxuICBpbnNlcnRTZXNzaW9uKHNlc3Npb246IFNlc3Npb25Sb3csIG5vdzogbnVtYmVyKTogdm9pZCB7XG4gICAgdGhpcy5kYlxuICAgICAgLnByZXBhcmUoXG4gICAgICAgIGBJTlNFUlQgSU5UTyBzZXNzaW9ucyAoc2Vzc2lvbl9pZCwgcnVuX2lkLCBleGVjdXRvcl91cmwsIGNoYW5uZWxfaWQsIHNlc3Npb25fc2VjcmV0LCBlbmNsYXZlX2FkZHJlc3MsIGZpcnN0X3JvdW5kLCBzdGFydGVkX2F0KVxuICAgICAgICAgVkFMVUVTICg/LCA/LCA/LCA/LCA/LCA/LCA/LCA/KWAsXG4gICAgICApXG4gICAgICAucnVuKFxuICAgICAgICBzZXNzaW9uLnNlc3Npb25JZCxcbiAgICAgICAgc2Vzc2lvbi5ydW5JZCxcbiAgICAgICAgc2Vzc2lvbi5leGVjdXRvclVybCxcbiAgICAgICAgc2Vzc2lvbi5jaGFubmVsSWQsXG4gICAgICAgIEJ1ZmZlci5mcm9tKHNlc3Npb24uc2Vzc2lvblNlY3JldCksXG4gICAgICAgIHNlc3Npb24uZW5jbGF2ZUFkZHJlc3MsXG4gICAgICAgIE51bWJlcihzZXNzaW9uLmZpcnN0Um91bmQpLFxuICAgICAgICBub3csXG4gICAgICApO1xuICB9XG5cbiAgc2Vzc2lvbihzZXNzaW9uSWQ6IEhleCk6IFNlc3Npb25Sb3cgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHJvdyA9IHRoaXMuZGIucHJlcGFyZSgnU0VMRUNUICogRlJPTSBzZXNzaW9ucyBXSEVSRSBzZXNzaW9uX2lkID0gPycpLmdldChzZXNzaW9uSWQpIGFzIFJhdyB8IHVuZGVmaW5lZDtcbiAgICByZXR1cm4gcm93ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBzZXNzaW9uRnJvbVJvdyhyb3cpO1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSByZXN1bHQgc2VjcmV0IHNlYWxlZCB0byB0aGUgc2Vzc2lvbidzIG5hbWVkIHJlY2lwaWVudCwgd2l0aCB0aGF0IHJlY2lwaWVudDogc3RvcmVkIGJlZm9yZSB0aGVcbiAgICogb3BlbmluZyB0aGF0IG1ha2VzIHRoZSBlbmNsYXZlIHVzZSBpdCBpcyBzZW50LCBzaW5jZSBub3RoaW5nIGVsc2UgY2FuIGV2ZXIgb3BlbiB0aGUgcGFpZCByb3VuZHMuXG4gICAqL1xuICBzZXRTZXNzaW9uUmVzdWx0cyhzZXNzaW9uSWQ6IEhleCwgcmVzdWx0czogeyByZWNpcGllbnQ6IEhleDsgc2VhbGVkUmVzdWx0U2VjcmV0OiBIZXggfSk6IHZvaWQge1xuICAgIGNvbnN0IGNoYW5nZWQgPSB0aGlzLmRiXG4gICAgICAucHJlcGFyZSgnVVBEQVRFIHNlc3Npb25zIFNFVCByZXN1bHRfcmVjaXBpZW50ID0gPywgc2VhbGVkX3Jlc3VsdF9zZWNyZXQgPSA/IFdIRVJFIHNlc3Npb25faWQgPSA/JylcbiAgICAgIC5ydW4ocmVzdWx0cy5yZWNpcGllbnQsIEJ1ZmZlci5mcm9tKHJlc3VsdHMuc2VhbGVkUmVzdWx0U2VjcmV0LnNsaWNlKDIpLCAnaGV4JyksIHNlc3Npb25JZCkuY2hhbmdlcztcbiAgICBpZiAoY2hhbmdlZCAhPT0gMSkgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdSVU5fVU5LTk9XTicsICdhIHJlc3VsdCBzZWNyZXQgZm9yIGEgc2Vzc2lvbiB0aGF0IGlzIG5vdCBzdG9yZWQnLCB7IGRldGFpbHM6IHsgc2Vzc2lvbklkIH0gfSk7XG4gIH1cblxuICAvKiogV2hhdCBlYWNoIG9mIHRoZSBydW4ncyBzZXNzaW9ucyBoYW5kcyBvbiB0byBpdHMgbmFtZWQgcmVjaXBpZW50LCBpbiBzZXNzaW9uIG9yZGVyLiAqL1xuICByZXN1bHRzRm9yUnVuKHJ1bklkOiBzdHJpbmcpOiB7IHNlc3Npb25JZDogSGV4OyByZWNpcGllbnQ6IEhleDsgc2VhbGVkUmVzdWx0U2VjcmV0OiBIZXggfVtdIHtcbiAgICBjb25zdCByb3dzID0gdGhpcy5kYlxuICAgICAgLnByZXBhcmUoJ1NFTEVDVCBzZXNzaW9uX2lkLCByZXN1bHRfcmVjaXBpZW50LCBzZWFsZWRfcmVzdWx0X3NlY3JldCBGUk9NIHNlc3Npb25zIFdIRVJFIHJ1bl9pZCA9ID8gQU5EIHNlYWxlZF9yZXN1bHRfc2VjcmV0IElTIE5PVCBOVUxMIE9SREVSIEJZIHN0YXJ0ZWRfYXQsIHJvd2lkJylcbiAgICAgIC5hbGwocnVuSWQpIGFzIFJhd1tdO1xuICAgIHJldHVybiByb3dzLm1hcCgocm93KSA9PiAoe1xuICAgICAgc2Vzc2lvbklkOiByb3cuc2Vzc2lvbl9pZCBhcyBIZXgsXG4gICAgICByZWNpcGllbnQ6IHJvdy5yZXN1bHRfcmVjaXBpZW50IGFzIEhleCxcbiAgICAgIHNlYWxlZFJlc3VsdFNlY3JldDogYDB4JHsocm93LnNlYWxlZF9yZXN1bHRfc2VjcmV0IGFzIEJ1ZmZlcikudG9TdHJpbmcoJ2hleCcpfWAgYXMgSGV4LFxuICAgIH0pKTtcbiAgfVxuXG4gIGVuZFNlc3Npb24oc2Vzc2lvbklkOiBIZXgsIHJlYXNvbjogc3RyaW5nLCBjb3VudGVkOiB7IHNlbnQ6IG51bWJlcjsgcmVjZWl2ZWQ6IG51bWJlciB9LCBub3c6IG51bWJlcik6IHZvaWQge1xuICAgIGVuZFNlc3Npb25Sb3codGhpcy5kYiwgc2Vzc2lvbklkLCByZWFzb24sIGNvdW50ZWQsIG5vdyk7XG4gIH1cblxuICAvKipcbiAgICogU3RlcCAxIG9mIGEgcm91bmQ6IHRoZSBzaWduZWQgdXBkYXRlIGFuZCB0aGUgY2lwaGVydGV4dHMsIGNvbW1pdHRlZCBiZWZvcmUgdGhlIHVwZGF0ZSBpcyBzZW50LlxuICAgKiBgcHJldmlvdXNgIGlzIHRoZSByb3VuZCBiZWZvcmUgaXQsIG9wZW5lZCBzaW5jZSB0aGUgbGFzdCB3cml0ZSAoaXRzIGsgYW5kIGRlY3J5cHRlZCBzdGF0ZSk6IGl0XG4gICAqIGlzIGNvbXBsZXRlZCBpbiB0aGUgc2FtZSB0cmFuc2FjdGlvbiwgc28gYSBwYWlkIHJvdW5kIGNvc3RzIG9uZSBkdXJhYmxlIHdyaXRlXG4gICAqIChkb2NzL3Byb3RvY29sLm1kIHBhcnQgMywgXCJEdXJhYmlsaXR5XCIpLlxuICAgKi9cbiAgaW5zZXJ0UGFpZFJvdW5kKFxuICAgIHJvdW5kOiBPbWl0PFJvdW5kUm93LCAna2V5JyB8ICdzdGF0ZScgfCAnb3V0cHV0cycgfCAnc3RhdHVzJz4sXG4gICAgbm93OiBudW1iZXIsXG4gICAgcHJldmlvdXM/OiBDb21wbGV0ZWRSb3VuZCxcbiAgICBzcGVuZD86IHsgY29zdDogYmlnaW50OyBsaW1pdDogYmlnaW50IH0sXG4gICk6IHZvaWQge1xuICAgIHRoaXMuZGIudHJhbnNhY3Rpb24oKCkgPT4ge1xuICAgICAgaWYgKHNwZW5kICE9PSB1bmRlZmluZWQpIHRoaXMuYWRkU3BlbnQocm91bmQucnVuSWQsIHNwZW5kLmNvc3QsIHNwZW5kLmxpbWl0KTtcbiAgICAgIGlmIChwcmV2aW91cyAhPT0gdW5kZWZpbmVkKSB0aGlzLmNvbXBsZXRlUm91bmQocHJldmlvdXMuc2Vzc2lvbklkLCBwcmV2aW91cy5yb3VuZCwgcHJldmlvdXMsIG5vdyk7XG4gICAgICB0aGlzLmRiXG4gICAgICAgIC5wcmVwYXJlKFxuICAgICAgICAgIGBJTlNFUlQgSU5UTyByb3VuZHMgKHNlc3Npb25faWQsIHJvdW5kLCBydW5faWQsIGNoYW5uZWxfaWQsIGN5Y2xlc19hc2tlZCwgY3ljbGVzX2RvbmUsIGFtb3VudCwga2V5X2hhc2gsXG4gICAgICAgICAgICAgcGF5bWVudF9zaWduYXR1cmUsIHJlY29yZCwgcmVjb3JkX3NpZ25hdHVyZSwgc3RhdGVfY2lwaGVydGV4dCwgb3V0cHV0c19jaXBoZXJ0ZXh0LCBzdGF0dXMsIHBhaWRfYXQsIHJlY29yZF9jbGFpbSlcbiAgICAgICAgICAgVkFMVUVTICg/LCA/LCA/LCA/LCA/LCA/LCA/LCA/LCA/LCA/LCA/LCA/LCA/LCAncGFpZCcsID8sID8pYCxcbiAgICAgICAgKVxuICAgICAgICAucnVuKFxuICAgICAgICAgIHJvdW5kLnNlc3Npb25JZCxcbiAgICAgICAgICBOdW1iZXIocm91bmQucm91bmQpLFxuICAgICAgICAgIHJvdW5kLnJ1bklkLFxuICAgICAgICAgIHJvdW5kLmNoYW5uZWxJZCxcbiAgICAgICAgICByb3VuZC5jeWNsZXNBc2tlZCxcbiAgICAgICAgICByb3VuZC5jeWNsZXNEb25lLFxuICAgICAgICAgIHJvdW5kLmFtb3VudC50b1N0cmluZygpLFxuICAgICAgICAgIHJvdW5kLmtleUhhc2gsXG4gICAgICAgICAgcm91bmQucGF5bWVudFNpZ25hdHVyZSxcbiAgICAgICAgICBCdWZmZXIuZnJvbShyb3VuZC5yZWNvcmQpLFxuICAgICAgICAgIEJ1ZmZlci5mcm9tKHJvdW5kLnJlY29yZFNpZ25hdHVyZSksXG4gICAgICAgICAgQnVmZmVyLmZyb20ocm91bmQuc3RhdGVDaXBoZXJ0ZXh0KSxcbiAgICAgICAgICBCdWZmZXIuZnJvbShyb3VuZC5vdXRwdXRzQ2lwaGVydGV4dCksXG4gICAgICAgICAgbm93LFxuICAgICAgICAgIHJvdW5kLnJlY29yZENsYWltID09PSB1bmRlZmluZWQgPyBudWxsIDogQnVmZmVyLmZyb20ocm91bmQucmVjb3JkQ2xhaW0pLFxuICAgICAgICApO1xuICAgICAgLy8gQW1vdW50cyBhcmUgY3VtdWxhdGl2ZTogdGhlIGNoYW5uZWwncyBzaWduZWQgdG90YWwgaXMgdGhlIG9uZSBqdXN0IHNpZ25lZC5cbiAgICAgIHRoaXMuZGIucHJlcGFyZSgnVVBEQVRFIGNoYW5uZWxzIFNFVCBzaWduZWQgPSA/IFdIRVJFIGNoYW5uZWxfaWQgPSA/JykucnVuKHJvdW5kLmFtb3VudC50b1N0cmluZygpLCByb3VuZC5jaGFubmVsSWQpO1xuICAgIH0pLmltbWVkaWF0ZSgpO1xuICB9XG5cbiAgLyoqXG4gICAqIENvdW50cyBgY29zdGAgYWdhaW5zdCB0aGUgcnVuJ3MgYnVkZ2V0IChpbnNpZGUgaW5zZXJ0UGFpZFJvdW5kJ3MgdHJhbnNhY3Rpb24sIHNvIGEgcGF5bWVudCBpc1xuICAgKiBjb3VudGVkIGV4YWN0bHkgd2hlbiBpdCBpcyBzdG9yZWQsIGJlZm9yZSBpdCBpcyBzZW50KTsgU1BFTkRfTElNSVRfUkVBQ0hFRCwgYW5kIG5vdGhpbmcgc3RvcmVkLFxuICAgKiB3aGVuIGl0IHdvdWxkIGV4Y2VlZCBgbGltaXRgLiBJTU1FRElBVEUgdHJhbnNhY3Rpb25zIGtlZXAgdHdvIHByb2Nlc3NlcyByZXN1bWluZyB0aGUgc2FtZSBydW4gZnJvbVxuICAgKiBib3RoIHBhc3NpbmcgdGhlIGNoZWNrLlxuICAgKi9cbiAgcHJpdmF0ZSBhZGRTcGVudChydW5JZDogc3RyaW5nLCBjb3N0OiBiaWdpbnQsIGxpbWl0OiBiaWdpbnQpOiB2b2lkIHtcbiAgICBjb25zdCByb3cgPSB0aGlzLmRiLnByZXBhcmUoJ1NFTEVDVCBzcGVudCBGUk9NIHJ1bnMgV0hFUkUgcnVuX2lkID0gPycpLmdldChydW5JZCkgYXMgeyBzcGVudDogc3RyaW5nIH0gfCB1bmRlZmluZWQ7XG4gICAgaWYgKHJvdyA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ1JVTl9VTktOT1dOJywgJ2EgcGF5bWVudCBmb3IgYSBydW4gdGhhdCBpcyBub3Qgc3RvcmVkJywgeyBkZXRhaWxzOiB7IHJ1bklkIH0gfSk7XG4gICAgY29uc3Qgc3BlbnQgPSBCaWdJbnQocm93LnNwZW50KTtcbiAgICBpZiAoY29zdCA8IDBuIHx8IHNwZW50ICsgY29zdCA+IGxpbWl0KSB7XG4gICAgICB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ1NQRU5EX0xJTUlUX1JFQUNIRUQnLCAndGhpcyBwYXltZW50IHdvdWxkIHRha2UgdGhlIHJ1biBwYXN0IGl0cyBidWRnZXQ6IGl0IGlzIG5vdCBzaWduZWQgYXdheScsIHtcbiAgICAgICAgZGV0YWlsczogeyBydW5JZCwgc3BlbnQsIGNvc3QsIG1heFNwZW5kOiBsaW1pdCB9LFxuICAgICAgICBoaW50OiAncnVuIHRoZSBzYW1lIGpvYiBhZ2FpbiB3aXRoIGEgbGFyZ2VyIG1heFNwZW5kOiB0aGUgcGFpZCBzdGF0ZSBzbyBmYXIgaXMga2VwdCcsXG4gICAgICB9KTtcbiAgICB9XG4gICAgdGhpcy5kYi5wcmVwYXJlKCdVUERBVEUgcnVucyBTRVQgc3BlbnQgPSA/IFdIRVJFIHJ1bl9pZCA9ID8nKS5ydW4oKHNwZW50ICsgY29zdCkudG9TdHJpbmcoKSwgcnVuSWQpO1xuICB9XG5cbiAgLyoqXG4gICAqIGsgYWxvbmUsIGZvciBhIHJvdW5kIHRoYXQgY291bGQgbm90IGJlIG9wZW5lZCAob3IgYmVmb3JlIHRyeWluZyB0bywgaW4gcmVjb3ZlcnkpOiBhIHBhaWQga2V5IGlzXG4gICAqIG5ldmVyIGxvc3QsIGV2ZW4gd2hlbiBpdHMgcm91bmQgZG9lcyBub3Qgb3Blbi5cbiAgICovXG4gIHJlY29yZEtleShzZXNzaW9uSWQ6IEhleCwgcm91bmQ6IGJpZ2ludCwga2V5OiBVaW50OEFycmF5KTogdm9pZCB7XG4gICAgdGhpcy5kYi5wcmVwYXJlKCdVUERBVEUgcm91bmRzIFNFVCBrZXkgPSA/IFdIRVJFIHNlc3Npb25faWQgPSA/IEFORCByb3VuZCA9ID8gQU5EIGtleSBJUyBOVUxMJykucnVuKEJ1ZmZlci5mcm9tKGtleSksIHNlc3Npb25JZCwgTnVtYmVyKHJvdW5kKSk7XG4gIH1cblxuICAvKiogU3RlcCAyOiBrIGFuZCB0aGUgZGVjcnlwdGVkIHN0YXRlLCBvbmNlIGsgaXMga25vd24gYW5kIHRoZSByb3VuZCBvcGVuZWQuICovXG4gIGNvbXBsZXRlUm91bmQoc2Vzc2lvbklkOiBIZXgsIHJvdW5kOiBiaWdpbnQsIHJlc3VsdDogeyBrZXk6IFVpbnQ4QXJyYXk7IHN0YXRlOiBVaW50OEFycmF5OyBvdXRwdXRzOiBVaW50OEFycmF5W10gfSwgbm93OiBudW1iZXIpOiB2b2lkIHtcbiAgICB0aGlzLmRiXG4gICAgICAucHJlcGFyZShcbiAgICAgICAgYFVQREFURSByb3VuZHMgU0VUIGtleSA9ID8sIHN0YXRlID0gPywgb3V0cHV0cyA9ID8sIHN0YXR1cyA9ICdrZXllZCcsIGtleWVkX2F0ID0gPyBXSEVSRSBzZXNzaW9uX2lkID0gPyBBTkQgcm91bmQgPSA/YCxcbiAgICAgIClcbiAgICAgIC5ydW4oXG4gICAgICAgIEJ1ZmZlci5mcm9tKHJlc3VsdC5rZXkpLFxuICAgICAgICBCdWZmZXIuZnJvbShyZXN1bHQuc3RhdGUpLFxuICAgICAgICBlbmNvZGVPdXRwdXRzKHJlc3VsdC5vdXRwdXRzKSxcbiAgICAgICAgbm93LFxuICAgICAgICBzZXNzaW9uSWQsXG4gICAgICAgIE51bWJlcihyb3VuZCksXG4gICAgICApO1xuICB9XG5cbiAgLyoqIFRoZSBrZXllZCBhbmQgZGVjb2RlZCByb3VuZHMgb2YgYSBydW4sIGluIHJvdW5kIG9yZGVyIChhdCBtb3N0IG9uZSBwZXIgcm91bmQgbnVtYmVyOiB0aGUgZmlyc3Qga2V5ZWQpLiAqL1xuICBrZXllZFJvdW5kcyhydW5JZDogc3RyaW5nKTogUm91bmRSb3dbXSB7XG4gICAgY29uc3Qgcm93cyA9IHRoaXMuZGJcbiAgICAgIC5wcmVwYXJlKGBTRUxFQ1QgKiBGUk9NIHJvdW5kcyBXSEVSRSBydW5faWQgPSA/IEFORCBzdGF0dXMgPSAna2V5ZWQnIEFORCBzdGF0ZSBJUyBOT1QgTlVMTCBPUkRFUiBCWSByb3VuZCBBU0MsIGtleWVkX2F0IEFTQ2ApXG4gICAgICAuYWxsKHJ1bklkKSBhcyBSYXdbXTtcbiAgICBjb25zdCBzZWVuID0gbmV3IFNldDxiaWdpbnQ+KCk7XG4gICAgY29uc3Qgb3V0OiBSb3VuZFJvd1tdID0gW107XG4gICAgZm9yIChjb25zdCByb3cgb2Ygcm93cy5tYXAocm91bmRGcm9tUm93KSkge1xuICAgICAgaWYgKHNlZW4uaGFzKHJvdy5yb3VuZCkpIGNvbnRpbnVlO1xuICAgICAgc2Vlbi5hZGQocm93LnJvdW5kKTtcbiAgICAgIG91dC5wdXNoKHJvdyk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH1cblxuICAvKiogUm91bmRzIHBhaWQgZm9yIGFuZCBub3QgY29tcGxldGVkOiB0aGVpciBrZXkgbmV2ZXIgYXJyaXZlZCwgb3IgKGtleSBzZXQpIHRoZSByb3VuZCBkaWQgbm90IG9wZW4geWV0LiAqL1xuICB1bmtleWVkUm91bmRzKGZpbHRlcjogeyBydW5JZD86IHN0cmluZzsgY2hhbm5lbElkPzogSGV4IH0gPSB7fSk6IFJvdW5kUm93W10ge1xuICAgIGNvbnN0IHJvd3MgPSB0aGlzLmRiXG4gICAgICAucHJlcGFyZShcbiAgICAgICAgYFNFTEVDVCAqIEZST00gcm91bmRzIFdIRVJFIHN0YXR1cyA9ICdwYWlkJyBBTkQgKD8gSVMgTlVMTCBPUiBydW5faWQgPSA/KSBBTkQgKD8gSVMgTlVMTCBPUiBjaGFubmVsX2lkID0gPylcbiAgICAgICAgIE9SREVSIEJZIHBhaWRfYXQgQVNDYCxcbiAgICAgIClcbiAgICAgIC5hbGwoZmlsdGVyLnJ1bklkID8/IG51bGwsIGZpbHRlci5ydW5JZCA/PyBudWxsLCBmaWx0ZXIuY2hhbm5lbElkID8/IG51bGwsIGZpbHRlci5jaGFubmVsSWQgPz8gbnVsbCkgYXMgUmF3W107XG4gICAgcmV0dXJuIHJvd3MubWFwKHJvdW5kRnJvbVJvdyk7XG4gIH1cblxuICByb3VuZHNPZlNlc3Npb24oc2Vzc2lvbklkOiBIZXgpOiBSb3VuZFJvd1tdIHtcbiAgICBjb25zdCByb3dzID0gdGhpcy5kYi5wcmVwYXJlKCdTRUxFQ1QgKiBGUk9NIHJvdW5kcyBXSEVSRSBzZXNzaW9uX2lkID0gPyBPUkRFUiBCWSByb3VuZCcpLmFsbChzZXNzaW9uSWQpIGFzIFJhd1tdO1xuICAgIHJldHVybiByb3dzLm1hcChyb3VuZEZyb21Sb3cpO1xuICB9XG5cbiAgc2Vzc2lvbnNPZlJ1bihydW5JZDogc3RyaW5nKTogKFNlc3Npb25Sb3cgJiB7IGJ5dGVzU2VudDogbnVtYmVyOyBieXRlc1JlY2VpdmVkOiBudW1iZXI7IGVuZFJlYXNvbjogc3RyaW5nIHwgbnVsbCB9KVtdIHtcbiAgICBjb25zdCByb3dzID0gdGhpcy5kYi5wcmVwYXJlKCdTRUxFQ1QgKiBGUk9NIHNlc3Npb25zIFdIRVJFIHJ1bl9pZCA9ID8gT1JERVIgQlkgc3RhcnRlZF9hdCwgcm93aWQnKS5hbGwocnVuSWQpIGFzIFJhd1tdO1xuICAgIHJldHVybiByb3dzLm1hcCgocm93KSA9PiAoe1xuICAgICAgLi4uc2Vzc2lvbkZyb21Sb3cocm93KSxcbiAgICAgIGJ5dGVzU2VudDogcm93LmJ5dGVzX3NlbnQgYXMgbnVtYmVyLFxuICAgICAgYnl0ZXNSZWNlaXZlZDogcm93LmJ5dGVzX3JlY2VpdmVkIGFzIG51bWJlcixcbiAgICAgIGVuZFJlYXNvbjogcm93LmVuZF9yZWFzb24gYXMgc3RyaW5nIHwgbnVsbCxcbiAgICB9KSk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQVFBO0FBQUEsRUFDRTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsT0FPSztBQUNQLFNBQVMsbUJBQW1CO0FBQzVCLFNBQVMsZUFBZSxvQkFBeUM7QUFJMUQsTUFBTSxlQUFlO0FBQUEsRUFDakI7QUFBQSxFQUVULFlBQVksTUFBYztBQUN4QixTQUFLLEtBQUssYUFBYSxNQUFNLG9CQUFvQjtBQUFBLEVBQ25EO0FBQUEsRUFFQSxRQUFjO0FBQ1osU0FBSyxHQUFHLE1BQU07QUFBQSxFQUNoQjtBQUFBO0FBQUEsRUFHQSxVQUFVLEtBQWdFLEtBQXFCO0FBQzdGLFNBQUssR0FDRjtBQUFBLE1BQ0M7QUFBQTtBQUFBLElBRUYsRUFDQyxJQUFJLElBQUksT0FBTyxJQUFJLHFCQUFxQixPQUFPLEtBQUssSUFBSSxZQUFZLEdBQUcsSUFBSSxhQUFhLElBQUksVUFBVSxHQUFHO0FBQzVHLFdBQU8sS0FBSyxJQUFJLElBQUksS0FBSztBQUFBLEVBQzNCO0FBQUEsRUFFQSxJQUFJLE9BQW1DO0FBQ3JDLFVBQU0sTUFBTSxLQUFLLEdBQUcsUUFBUSxxQ0FBcUMsRUFBRSxJQUFJLEtBQUs7QUFDNUUsV0FBTyxRQUFRLFNBQVksU0FBWSxXQUFXLEdBQUc7QUFBQSxFQUN2RDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU9BLFlBQVksT0FBZSxPQUFzRDtBQUMvRSxTQUFLLEdBQUcsWUFBWSxNQUFNO0FBQ3hCLFlBQU0sTUFBTSxLQUFLLElBQUksS0FBSztBQUMxQixVQUFJLElBQUksVUFBVSxVQUFhLElBQUksTUFBTSxZQUFZLE1BQU0sTUFBTSxNQUFNLFlBQVksS0FBSyxJQUFJLFFBQVEsSUFBSTtBQUN0RyxjQUFNLElBQUksWUFBWSxzQkFBc0IsdUZBQXVGO0FBQUEsVUFDakksU0FBUyxFQUFFLE9BQU8sUUFBUSxJQUFJLE9BQU8sT0FBTyxNQUFNLE9BQU8sT0FBTyxJQUFJLE1BQU07QUFBQSxVQUMxRSxNQUFNO0FBQUEsUUFDUixDQUFDO0FBQUEsTUFDSDtBQUNBLFdBQUssR0FBRyxRQUFRLDRDQUE0QyxFQUFFLElBQUksTUFBTSxPQUFPLEtBQUs7QUFDcEYsVUFBSSxNQUFNLGFBQWEsT0FBVyxNQUFLLEdBQUcsUUFBUSxnREFBZ0QsRUFBRSxJQUFJLE1BQU0sU0FBUyxTQUFTLEdBQUcsS0FBSztBQUFBLElBQzFJLENBQUMsRUFBRSxVQUFVO0FBQ2IsV0FBTyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ3ZCO0FBQUEsRUFFQSxVQUFVLE9BQWUsS0FBbUI7QUFDMUMsU0FBSyxHQUFHLFFBQVEsa0RBQWtELEVBQUUsSUFBSSxLQUFLLEtBQUs7QUFBQSxFQUNwRjtBQUFBLEVBRUEsY0FBYyxTQUFnRCxLQUFtQjtBQUMvRSxTQUFLLEdBQ0Y7QUFBQSxNQUNDO0FBQUE7QUFBQSxJQUVGLEVBQ0M7QUFBQSxNQUNDLFFBQVE7QUFBQSxNQUNSLFFBQVE7QUFBQSxNQUNSLFFBQVE7QUFBQSxNQUNSLFFBQVE7QUFBQSxNQUNSLFFBQVEsS0FBSyxTQUFTO0FBQUEsTUFDdEIsUUFBUSxRQUFRLFNBQVM7QUFBQSxNQUN6QixPQUFPLFFBQVEsTUFBTTtBQUFBLE1BQ3JCO0FBQUEsTUFDQSxRQUFRLGdCQUFnQixTQUFZLE9BQU8sUUFBUSxZQUFZLFNBQVM7QUFBQSxJQUMxRTtBQUFBLEVBQ0o7QUFBQTtBQUFBLEVBR0Esa0JBQWtCLFdBQWdCLFNBQXVCO0FBQ3ZELFNBQUssR0FBRyxRQUFRLHNEQUFzRCxFQUFFLElBQUksUUFBUSxTQUFTLEdBQUcsU0FBUztBQUFBLEVBQzNHO0FBQUEsRUFFQSxRQUFRLFdBQXdDO0FBQzlDLFVBQU0sTUFBTSxLQUFLLEdBQUcsUUFBUSw2Q0FBNkMsRUFBRSxJQUFJLFNBQVM7QUFDeEYsV0FBTyxRQUFRLFNBQVksU0FBWSxlQUFlLEdBQUc7QUFBQSxFQUMzRDtBQUFBO0FBQUEsRUFHQSxlQUFlLFdBQW9CLFVBQWlDO0FBQ2xFLFVBQU0sT0FBTyxLQUFLLEdBQ2Y7QUFBQSxNQUNDO0FBQUE7QUFBQSxJQUVGLEVBQ0MsSUFBSSxXQUFXLFFBQVE7QUFDMUIsV0FBTyxLQUFLLElBQUksY0FBYztBQUFBLEVBQ2hDO0FBQUEsRUFFQSxrQkFBZ0M7QUFDOUIsV0FBUSxLQUFLLEdBQUcsUUFBUSw4Q0FBOEMsRUFBRSxJQUFJLEVBQVksSUFBSSxjQUFjO0FBQUEsRUFDNUc7QUFBQTtBQUFBLEVBR0EsVUFBVSxXQUFvQixVQUFtQixPQUEyQjtBQUMxRSxVQUFNLE9BQU8sS0FBSyxHQUNmO0FBQUEsTUFDQztBQUFBO0FBQUEsSUFFRixFQUNDLElBQUksV0FBVyxVQUFVLFNBQVMsTUFBTSxTQUFTLElBQUk7QUFDeEQsV0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLE9BQU8sRUFBRSxJQUFJLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFPLElBQUksSUFBSSxLQUFLLElBQUksSUFBSSxJQUFJLENBQUU7QUFBQSxFQUNwRjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU9BLG1CQUFtQixXQUF5QjtBQUMxQyxVQUFNLFVBQVUsS0FBSyxHQUFHLFFBQVEsd0VBQXdFLEVBQUUsSUFBSSxTQUFTO0FBQ3ZILFVBQU0sVUFBVSxLQUFLLEdBQUcsUUFBUSwwRUFBMEUsRUFBRSxJQUFJLFNBQVM7QUFDekgsV0FBTyxZQUFZLFVBQWEsWUFBWTtBQUFBLEVBQzlDO0FBQUE7QUFBQSxFQUdBLG1CQUFtQixXQUFnQixLQUFtQjtBQUNwRCxTQUFLLEdBQUcsUUFBUSx5REFBeUQsRUFBRSxJQUFJLEtBQUssU0FBUztBQUFBLEVBQy9GO0FBQUEsRUFFQSxpQkFBaUIsV0FBZ0IsUUFBb0M7QUFDbkUsU0FBSyxHQUFHLFFBQVEscURBQXFELEVBQUUsSUFBSSxRQUFRLFNBQVM7QUFBQSxFQUM5RjtBQUFBLEVBRUEsY0FBYyxTQUFxQixLQUFtQjtBQUNwRCxTQUFLLEdBQ0Y7QUFBQSxNQUNDO0FBQUE7QUFBQSxJQUVGLEVBQ0M7QUFBQSxNQUNDLFFBQVE7QUFBQSxNQUNSLFFBQVE7QUFBQSxNQUNSLFFBQVE7QUFBQSxNQUNSLFFBQVE7QUFBQSxNQUNSLE9BQU8sS0FBSyxRQUFRLGFBQWE7QUFBQSxNQUNqQyxRQUFRO0FBQUEsTUFDUixPQUFPLFFBQVEsVUFBVTtBQUFBLE1BQ3pCO0FBQUEsSUFDRjtBQUFBLEVBQ0o7QUFBQSxFQUVBLFFBQVEsV0FBd0M7QUFDOUMsVUFBTSxNQUFNLEtBQUssR0FBRyxRQUFRLDZDQUE2QyxFQUFFLElBQUksU0FBUztBQUN4RixXQUFPLFFBQVEsU0FBWSxTQUFZLGVBQWUsR0FBRztBQUFBLEVBQzNEO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU1BLGtCQUFrQixXQUFnQixTQUE0RDtBQUM1RixVQUFNLFVBQVUsS0FBSyxHQUNsQixRQUFRLHlGQUF5RixFQUNqRyxJQUFJLFFBQVEsV0FBVyxPQUFPLEtBQUssUUFBUSxtQkFBbUIsTUFBTSxDQUFDLEdBQUcsS0FBSyxHQUFHLFNBQVMsRUFBRTtBQUM5RixRQUFJLFlBQVksRUFBRyxPQUFNLElBQUksWUFBWSxlQUFlLG9EQUFvRCxFQUFFLFNBQVMsRUFBRSxVQUFVLEVBQUUsQ0FBQztBQUFBLEVBQ3hJO0FBQUE7QUFBQSxFQUdBLGNBQWMsT0FBOEU7QUFDMUYsVUFBTSxPQUFPLEtBQUssR0FDZixRQUFRLDBKQUEwSixFQUNsSyxJQUFJLEtBQUs7QUFDWixXQUFPLEtBQUssSUFBSSxDQUFDLFNBQVM7QUFBQSxNQUN4QixXQUFXLElBQUk7QUFBQSxNQUNmLFdBQVcsSUFBSTtBQUFBLE1BQ2Ysb0JBQW9CLEtBQU0sSUFBSSxxQkFBZ0MsU0FBUyxLQUFLLENBQUM7QUFBQSxJQUMvRSxFQUFFO0FBQUEsRUFDSjtBQUFBLEVBRUEsV0FBVyxXQUFnQixRQUFnQixTQUE2QyxLQUFtQjtBQUN6RyxrQkFBYyxLQUFLLElBQUksV0FBVyxRQUFRLFNBQVMsR0FBRztBQUFBLEVBQ3hEO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFRQSxnQkFDRSxPQUNBLEtBQ0EsVUFDQSxPQUNNO0FBQ04sU0FBSyxHQUFHLFlBQVksTUFBTTtBQUN4QixVQUFJLFVBQVUsT0FBVyxNQUFLLFNBQVMsTUFBTSxPQUFPLE1BQU0sTUFBTSxNQUFNLEtBQUs7QUFDM0UsVUFBSSxhQUFhLE9BQVcsTUFBSyxjQUFjLFNBQVMsV0FBVyxTQUFTLE9BQU8sVUFBVSxHQUFHO0FBQ2hHLFdBQUssR0FDRjtBQUFBLFFBQ0M7QUFBQTtBQUFBO0FBQUEsTUFHRixFQUNDO0FBQUEsUUFDQyxNQUFNO0FBQUEsUUFDTixPQUFPLE1BQU0sS0FBSztBQUFBLFFBQ2xCLE1BQU07QUFBQSxRQUNOLE1BQU07QUFBQSxRQUNOLE1BQU07QUFBQSxRQUNOLE1BQU07QUFBQSxRQUNOLE1BQU0sT0FBTyxTQUFTO0FBQUEsUUFDdEIsTUFBTTtBQUFBLFFBQ04sTUFBTTtBQUFBLFFBQ04sT0FBTyxLQUFLLE1BQU0sTUFBTTtBQUFBLFFBQ3hCLE9BQU8sS0FBSyxNQUFNLGVBQWU7QUFBQSxRQUNqQyxPQUFPLEtBQUssTUFBTSxlQUFlO0FBQUEsUUFDakMsT0FBTyxLQUFLLE1BQU0saUJBQWlCO0FBQUEsUUFDbkM7QUFBQSxRQUNBLE1BQU0sZ0JBQWdCLFNBQVksT0FBTyxPQUFPLEtBQUssTUFBTSxXQUFXO0FBQUEsTUFDeEU7QUFFRixXQUFLLEdBQUcsUUFBUSxxREFBcUQsRUFBRSxJQUFJLE1BQU0sT0FBTyxTQUFTLEdBQUcsTUFBTSxTQUFTO0FBQUEsSUFDckgsQ0FBQyxFQUFFLFVBQVU7QUFBQSxFQUNmO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFRUSxTQUFTLE9BQWUsTUFBYyxPQUFxQjtBQUNqRSxVQUFNLE1BQU0sS0FBSyxHQUFHLFFBQVEseUNBQXlDLEVBQUUsSUFBSSxLQUFLO0FBQ2hGLFFBQUksUUFBUSxPQUFXLE9BQU0sSUFBSSxZQUFZLGVBQWUsMENBQTBDLEVBQUUsU0FBUyxFQUFFLE1BQU0sRUFBRSxDQUFDO0FBQzVILFVBQU0sUUFBUSxPQUFPLElBQUksS0FBSztBQUM5QixRQUFJLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTztBQUNyQyxZQUFNLElBQUksWUFBWSx1QkFBdUIsMEVBQTBFO0FBQUEsUUFDckgsU0FBUyxFQUFFLE9BQU8sT0FBTyxNQUFNLFVBQVUsTUFBTTtBQUFBLFFBQy9DLE1BQU07QUFBQSxNQUNSLENBQUM7QUFBQSxJQUNIO0FBQ0EsU0FBSyxHQUFHLFFBQVEsNENBQTRDLEVBQUUsS0FBSyxRQUFRLE1BQU0sU0FBUyxHQUFHLEtBQUs7QUFBQSxFQUNwRztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxVQUFVLFdBQWdCLE9BQWUsS0FBdUI7QUFDOUQsU0FBSyxHQUFHLFFBQVEsOEVBQThFLEVBQUUsSUFBSSxPQUFPLEtBQUssR0FBRyxHQUFHLFdBQVcsT0FBTyxLQUFLLENBQUM7QUFBQSxFQUNoSjtBQUFBO0FBQUEsRUFHQSxjQUFjLFdBQWdCLE9BQWUsUUFBdUUsS0FBbUI7QUFDckksU0FBSyxHQUNGO0FBQUEsTUFDQztBQUFBLElBQ0YsRUFDQztBQUFBLE1BQ0MsT0FBTyxLQUFLLE9BQU8sR0FBRztBQUFBLE1BQ3RCLE9BQU8sS0FBSyxPQUFPLEtBQUs7QUFBQSxNQUN4QixjQUFjLE9BQU8sT0FBTztBQUFBLE1BQzVCO0FBQUEsTUFDQTtBQUFBLE1BQ0EsT0FBTyxLQUFLO0FBQUEsSUFDZDtBQUFBLEVBQ0o7QUFBQTtBQUFBLEVBR0EsWUFBWSxPQUEyQjtBQUNyQyxVQUFNLE9BQU8sS0FBSyxHQUNmLFFBQVEsbUhBQW1ILEVBQzNILElBQUksS0FBSztBQUNaLFVBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFVBQU0sTUFBa0IsQ0FBQztBQUN6QixlQUFXLE9BQU8sS0FBSyxJQUFJLFlBQVksR0FBRztBQUN4QyxVQUFJLEtBQUssSUFBSSxJQUFJLEtBQUssRUFBRztBQUN6QixXQUFLLElBQUksSUFBSSxLQUFLO0FBQ2xCLFVBQUksS0FBSyxHQUFHO0FBQUEsSUFDZDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdBLGNBQWMsU0FBOEMsQ0FBQyxHQUFlO0FBQzFFLFVBQU0sT0FBTyxLQUFLLEdBQ2Y7QUFBQSxNQUNDO0FBQUE7QUFBQSxJQUVGLEVBQ0MsSUFBSSxPQUFPLFNBQVMsTUFBTSxPQUFPLFNBQVMsTUFBTSxPQUFPLGFBQWEsTUFBTSxPQUFPLGFBQWEsSUFBSTtBQUNyRyxXQUFPLEtBQUssSUFBSSxZQUFZO0FBQUEsRUFDOUI7QUFBQSxFQUVBLGdCQUFnQixXQUE0QjtBQUMxQyxVQUFNLE9BQU8sS0FBSyxHQUFHLFFBQVEsMERBQTBELEVBQUUsSUFBSSxTQUFTO0FBQ3RHLFdBQU8sS0FBSyxJQUFJLFlBQVk7QUFBQSxFQUM5QjtBQUFBLEVBRUEsY0FBYyxPQUF3RztBQUNwSCxVQUFNLE9BQU8sS0FBSyxHQUFHLFFBQVEsb0VBQW9FLEVBQUUsSUFBSSxLQUFLO0FBQzVHLFdBQU8sS0FBSyxJQUFJLENBQUMsU0FBUztBQUFBLE1BQ3hCLEdBQUcsZUFBZSxHQUFHO0FBQUEsTUFDckIsV0FBVyxJQUFJO0FBQUEsTUFDZixlQUFlLElBQUk7QUFBQSxNQUNuQixXQUFXLElBQUk7QUFBQSxJQUNqQixFQUFFO0FBQUEsRUFDSjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
