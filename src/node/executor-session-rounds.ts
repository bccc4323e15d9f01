/**
 * One open session on the executor, round by round: runs each round in the enclave, stores its key
 * before its result leaves, takes the payment for it (executor-payment-intake.ts) and starts the next
 * round with it; the next round's key is committed with that payment, one fsync for both. Once the
 * requester has paid a round, a short next round runs ahead while the requester pays (runAhead). The
 * connection (executor-connection.ts) hands frames in and owns the socket.
 */
import type { Address } from 'viem';
import type { RoundResult } from '../enclave/types.js';
import { DEFAULT_WORK_BUDGET } from '../functions/abi.js';
import {
  acceptPayment,
  checkNextCycles,
  checkPayment,
  expectedPayment,
  finishRound,
  roundWorkBudget,
  startRound,
  type ExecutorSessionState,
} from '../protocol/executor-session.js';
import type { PayMessage } from '../protocol/messages.js';
import { keyHashOf, paymentDigestBytes } from '../protocol/payment.js';
import type { PaymentSigners } from '../protocol/payment-key.js';
import { decodeRecord, type RoundRecord } from '../protocol/record.js';
import { toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import type { ConnectionContext } from './executor-connection.js';
import type { SessionClock } from './executor-deadlines.js';
import { emit } from './executor-events.js';
import { resultMessage } from './executor-frames.js';
import { paymentSigners, storePayment } from './executor-payment-intake.js';
import type { AcceptedOpening } from './executor-session-open.js';
import { joinWithin, payAmount, roundAhead, type SessionLink } from './executor-round-rules.js';

/** Enclave refusals that come before any work (the executor's own state): they do not mark the channel. */
const ROUND_NOT_RUN = new Set(['ENCLAVE_BUSY', 'ENCLAVE_EXECUTOR_UNAVAILABLE', 'ENCLAVE_CLOSED', 'ENCLAVE_NOT_READY', 'ENCLAVE_BAD_REQUEST', 'SESSION_BUSY', 'SESSION_CLOSED', 'SESSION_UNKNOWN', 'ROUND_OUT_OF_ORDER']);

/** A round handed to the enclave before its payment arrived (runAhead): used by onPay if it asks exactly that round. */
type AheadRound = { round: bigint; cycles: number; running: Promise<RoundResult> };

/** Round r+1 as onPay starts it: running (or run ahead), and how to run it again in full if the run ahead failed. */
type NextRound = { round: bigint; running: Promise<RoundResult>; rerun: (() => Promise<RoundResult>) | undefined };

/** A round the enclave ran, priced (finishRound) and ready to be stored and sent. */
type FinishedRound = {
  round: bigint;
  result: RoundResult;
  record: RoundRecord;
  state: ExecutorSessionState;
  row: Parameters<ConnectionContext['store']['insertRound']>[0];
};

export class ServedSession {
  /** The session machine's state (src/protocol/executor-session.ts). */
  state: ExecutorSessionState;
  /** The session id in bytes, as the enclave takes it (state.sessionId is its hex, for the store). */
  readonly sessionId: Uint8Array;
  private readonly clock: SessionClock;
  private readonly token: Address;
  private readonly signers: PaymentSigners;
  /** k of the round awaiting payment (stored with the round, released once paid). */
  private pendingKey: Uint8Array | undefined;
  private readonly namedRecipient: boolean;
  /** Whether a payment of this session has been stored: no round runs ahead before the requester has paid one. */
  private hasPaid = false;
  /** How long the last round took in the enclave (ms), for AHEAD_MAX_ROUND_MS. */
  private lastRoundMs = Number.POSITIVE_INFINITY;
  /** The work units the last round spent (its record), for AHEAD_WORK_SLACK. */
  private lastWorkUnits = 0;
  /** The next round, running ahead of its payment (runAhead), if any. */
  private ahead: AheadRound | undefined;

  constructor(
    private readonly ctx: ConnectionContext,
    opening: AcceptedOpening,
    private readonly link: SessionLink,
  ) {
    this.state = opening.state;
    this.sessionId = opening.sessionId;
    this.clock = opening.clock;
    this.token = opening.token;
    this.namedRecipient = opening.namedRecipient;
    this.signers = paymentSigners(opening.state.requester);
  }

  /** Runs a round asked without a payment (the first one, asked by the opening). */
  async runRound(cycles: number): Promise<void> {
    const nowSeconds = this.clock.nowSeconds();
    this.clock.checkCollectable(this.state.expiry, nowSeconds);
    const started = startRound(this.state, cycles, nowSeconds, this.ctx.policy);
    this.state = started.state;
    const running = this.runInEnclave(this.state, started.round, cycles);
    // The opening round is in the enclave worker (a later round is reached there in onPay).
    this.ctx.faults.reached('enclave-running', { sessionId: this.state.sessionId, round: started.round });
    const result = await running;
    await this.deliverResult(started.round, cycles, result);
  }

  /** Stores the round's key (committed, in a group commit), then sends its result: a paid key must never be lost. */
  private async deliverResult(round: bigint, cycles: number, result: RoundResult): Promise<void> {
    const done = this.finish(round, cycles, result);
    this.ctx.faults.reached('round-storing', { sessionId: this.state.sessionId, round });
    const store = this.ctx.store;
    await store.group.commit(() => store.insertRound(done.row));
    this.sendResult(done);
  }

  /** Prices the round the enclave ran (the session now awaits its payment) and builds its key row. */
  private finish(round: bigint, cycles: number, result: RoundResult): FinishedRound {
    const record = decodeRecord(result.record);
    this.lastWorkUnits = Number(record.workUnits);
    const keyHash = keyHashOf(result.key);
    this.state = finishRound(this.state, { round, cyclesDone: Number(record.cyclesDone), workUnits: Number(record.workUnits), keyHash });
    const row = {
      sessionId: this.state.sessionId,
      channelId: this.state.channelId,
      round,
      cyclesAsked: cycles,
      cyclesDone: Number(record.cyclesDone),
      key: result.key,
      keyHash,
      amountDue: this.state.unpaid!.amountDue,
    };
    return { round, result, record, state: this.state, row };
  }

  /** Sends the result of a round whose key row is committed. */
  private sendResult(done: FinishedRound): void {
    this.pendingKey = done.result.key;
    const step = { sessionId: this.state.sessionId, round: done.round };
    this.ctx.faults.afterRoundStored(step);
    this.link.send(this.ctx.faults.beforeResultSent(step, resultMessage(done.round, done.result, done.record, { withCommitment: this.namedRecipient, derivesKeyHash: this.link.derivesKeyHash })));
    this.link.awaitRequester();
    this.runAhead();
  }

  /**
   * Hands round r+1 to the enclave while the requester pays round r, so that its compute overlaps the
   * requester's turnaround instead of following the payment. Only once this session has paid a round,
   * only after a round that took at most AHEAD_MAX_ROUND_MS, only when the signed schedule has another
   * round, and with at most twice the last round's work (AHEAD_WORK_SLACK): a requester who stops costs
   * the executor that much compute, never more. Nothing of the round is priced, stored or sent here, and
   * the session's state is not moved: onPay starts the round as it always did (every check again, at
   * that time) and only then takes this result for it; a run ahead that failed in any way (its budget
   * spent, a trap, a busy enclave) is asked again then, with the full budget.
   */
  private runAhead(): void {
    this.ahead = undefined;
    const next = roundAhead({ state: this.state, clock: this.clock, policy: this.ctx.policy, hasPaid: this.hasPaid, lastRoundMs: this.lastRoundMs, lastWorkUnits: this.lastWorkUnits, ended: this.link.ended() });
    if (next === undefined) return;
    const running = this.enclaveCall(next.paid, next.round, next.cycles, next.workBudget);
    running.catch(() => undefined); // taken (or dropped) by onPay
    this.ahead = { round: next.round, cycles: next.cycles, running };
  }

  /**
   * A payment for round r arrives with the cycles of round r+1. Once its amount checks out, round r+1
   * is handed to the enclave (another thread) and, while it runs, the payment's signature is checked
   * on this thread. The payment is then committed (fsync) together with the key row of r+1 when r+1
   * is done within JOIN_NEXT_ROUND_MS (otherwise alone, and r+1 after it); only then is k of r released,
   * and only after that the result of r+1 leaves. So the executor risks at most the compute of r+1 on a
   * payment that turns out bad, never releases anything unpaid, and is never owed more than one round.
   * A valid payment is always stored and its k released: if round r+1 is refused (cycles, deposit,
   * expiry) or fails in the enclave, that comes after, as the error that ends the session.
   */
  async onPay(pay: PayMessage): Promise<void> {
    const session = this.state;
    // Too late to collect even ahead of the queue: refused before anything is accepted or released.
    const release = this.clock.paymentRelease(session.expiry);
    const expected = expectedPayment(session);
    // Hex once, for recovery (viem) and the store (SQLite).
    const signature = toHex(pay.signature);
    // Left out (session link version 3): the exact amount expected, which the signature is then checked over.
    const amount = payAmount(pay, expected.amount, this.link);
    // The amount first (no signature needed): a wrong one starts nothing.
    if (amount !== expected.amount) checkPayment(session, amount, undefined);
    const round = session.unpaid!.round;
    const paid = acceptPayment(session);
    // Round r+1 goes to the enclave thread before payment r's signature is checked on this one, so
    // the two overlap. That risks only the executor's compute: nothing of r+1 is stored or sent
    // before payment r checked out, and a bad signature ends the session here.
    let next: NextRound | undefined;
    let refused: unknown;
    const ahead = this.ahead;
    this.ahead = undefined;
    if (pay.nextCycles > 0) {
      try {
        next = this.startNextRound(paid, pay.nextCycles, ahead);
      } catch (error) {
        refused = error;
      }
    }
    // Payment r is not stored yet while r+1 runs: a crash here loses it, as at 'payment-storing'.
    if (next !== undefined) this.ctx.faults.reached('enclave-running', { sessionId: session.sessionId, round: next.round });
    try {
      checkPayment(session, amount, this.signers.signerOf(paymentDigestBytes(this.ctx.chain.domain, expected), signature));
    } catch (error) {
      // Round r stays unpaid; the speculative r+1 is dropped (its result and key never leave the enclave's answer).
      this.state = session;
      throw error;
    }
    // Paid: a run ahead that failed runs again now, with the full budget.
    if (next?.rerun !== undefined) {
      next.running = next.running.catch(next.rerun);
      next.running.catch(() => undefined); // awaited just below
    }
    if (next === undefined) this.state = paid;
    const step = { sessionId: session.sessionId, round };
    const releasesKey = this.ctx.faults.releasesKey(step);
    const joined = next === undefined ? undefined : await this.joinNextRound(next, pay.nextCycles);
    // The wait for r+1 moved the clock on: k is released at once only if that is still in time for the queue.
    const mode = !releasesKey ? 'withhold' : next === undefined ? release : this.releaseAfterWait(release, session.expiry);
    const done = joined?.done;
    let notStored: unknown;
    const store = this.ctx.store;
    // The key row of r+1 fails alone (its own savepoint): payment r is committed and k released whatever it does.
    const storeNext = done === undefined ? undefined : () => {
      try {
        store.insertRound(done.row);
      } catch (error) {
        notStored = error;
      }
    };
    this.ctx.faults.reached('payment-storing', step);
    await storePayment(
      this.ctx,
      {
        channelId: session.channelId,
        amount,
        keyHash: expected.keyHash,
        key: this.pendingKey!,
        signature,
        sessionId: session.sessionId,
        round,
      },
      mode,
      storeNext,
    );
    this.hasPaid = true;
    emit(this.ctx.events, 'paymentAccepted', this.token, amount - session.paid, releasesKey);
    this.ctx.faults.afterPaymentStored(step);
    if (releasesKey) {
      this.link.send({ kind: 'key', round, key: this.pendingKey! });
      this.ctx.faults.reached('key-sent', step);
    }
    this.pendingKey = undefined;
    if (refused !== undefined) throw refused;
    if (next === undefined) {
      this.link.end(1000, 'session complete');
    } else if (joined?.failed !== undefined) {
      throw joined.failed;
    } else if (notStored !== undefined) {
      throw notStored;
    } else if (done !== undefined) {
      this.sendResult(done);
    } else {
      await this.deliverResult(next.round, pay.nextCycles, await next.running);
    }
  }

  /**
   * Waits up to JOIN_NEXT_ROUND_MS for round r+1: done (priced, its row ready to commit with payment r),
   * failed (thrown once payment r is stored and its k released), or undefined (still running: payment r
   * commits alone and r+1 is stored when it is done).
   */
  private async joinNextRound(next: { round: bigint; running: Promise<RoundResult> }, cycles: number): Promise<{ done?: FinishedRound; failed?: unknown } | undefined> {
    const outcome = await joinWithin(next.running);
    if (outcome === undefined) return undefined;
    if ('failed' in outcome) return { failed: outcome.failed };
    try {
      return { done: this.finish(next.round, cycles, outcome.result) };
    } catch (failed) {
      return { failed };
    }
  }

  /** Whether a payment that waited for the next round may still release its key at once (else: collected first). */
  private releaseAfterWait(release: 'release' | 'collect-first', expiry: bigint): 'release' | 'collect-first' {
    if (release !== 'release') return release;
    try {
      return this.clock.paymentRelease(expiry);
    } catch (error) {
      // Too late now even ahead of the queue: the payment is stored and collected before k leaves.
      if (isAirtntError(error)) return 'collect-first';
      throw error;
    }
  }

  /**
   * Checks round r+1 against the signed schedule and the channel, and hands it to the enclave, or takes
   * the run that went ahead for exactly this round and these cycles (the same enclave call, made
   * earlier with a smaller budget). A run ahead that failed is asked again with the full budget (`rerun`,
   * once payment r checked out): a round fails in the enclave without moving the session on, so what it
   * does then is what it would have done had nothing run ahead (and only a failure then marks the channel).
   */
  private startNextRound(paid: ExecutorSessionState, cycles: number, ahead: AheadRound | undefined): NextRound {
    checkNextCycles(paid, cycles);
    const nowSeconds = this.clock.nowSeconds();
    this.clock.checkCollectable(paid.expiry, nowSeconds);
    const started = startRound(paid, cycles, nowSeconds, this.ctx.policy);
    this.state = started.state;
    if (ahead !== undefined && ahead.round === started.round && ahead.cycles === cycles) {
      // Its failure (the capped budget spent) marks nothing: the round runs again in full, marked as any
      // round is, but only once payment r checked out (onPay calls rerun), never for a bad payment.
      return { round: started.round, running: ahead.running, rerun: () => this.runInEnclave(paid, started.round, cycles) };
    }
    const running = this.runInEnclave(paid, started.round, cycles);
    running.catch(() => undefined); // awaited in onPay; a failure ends the connection there
    return { round: started.round, running, rerun: undefined };
  }

  /**
   * Hands a started round to the enclave, with the work the channel can still pay for and the
   * requester as its fair-queue key. A round that fails there after running (timeout, trap, out of
   * memory, too large, work budget spent) is stored as the channel's unpaid round before the error
   * ends the session: failing costs the requester its channel exactly as not paying does.
   */
  private runInEnclave(session: ExecutorSessionState, round: bigint, cycles: number): Promise<RoundResult> {
    return this.markFailure(session, round, this.enclaveCall(session, round, cycles));
  }

  /**
   * The enclave call of a round, timed (AHEAD_MAX_ROUND_MS); `session` is the state the round starts from,
   * whose channel sets the work budget unless a smaller one is given (a run ahead).
   */
  private async enclaveCall(session: ExecutorSessionState, round: bigint, cycles: number, workBudget = roundWorkBudget(session, DEFAULT_WORK_BUDGET)): Promise<RoundResult> {
    const started = performance.now();
    const result = await this.ctx.enclave.runRound(this.sessionId, round, cycles, {
      workBudget,
      queueKey: session.requester.toLowerCase(),
    });
    this.lastRoundMs = performance.now() - started;
    return result;
  }

  /** A round that failed in the enclave after running is marked as the channel's unpaid round (runInEnclave). */
  private async markFailure(session: ExecutorSessionState, round: bigint, running: Promise<RoundResult>): Promise<RoundResult> {
    try {
      return await running;
    } catch (error) {
      if (!isAirtntError(error) || !ROUND_NOT_RUN.has(error.code)) {
        this.ctx.store.markFailedRound({ sessionId: session.sessionId, channelId: session.channelId, round });
      }
      throw error;
    }
  }
}
