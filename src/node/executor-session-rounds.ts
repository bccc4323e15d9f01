/**
 * One open session on the executor, round by round: runs each round in the enclave, stores its key
 * before its result leaves, takes the payment for it (executor-payment-intake.ts) and starts the next
 * round with it. The connection (executor-connection.ts) hands frames in and owns the socket.
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
import type { Message, PayMessage } from '../protocol/messages.js';
import { keyHashOf } from '../protocol/payment.js';
import { decodeRecord } from '../protocol/record.js';
import { toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import type { ConnectionContext } from './executor-connection.js';
import type { SessionClock } from './executor-deadlines.js';
import { emit } from './executor-events.js';
import { resultMessage } from './executor-frames.js';
import { PaymentSigners, storePayment } from './executor-payment-intake.js';
import type { AcceptedOpening } from './executor-session-open.js';

/** Enclave refusals that come before any work (the executor's own state): they do not mark the channel. */
const ROUND_NOT_RUN = new Set(['ENCLAVE_BUSY', 'ENCLAVE_EXECUTOR_UNAVAILABLE', 'ENCLAVE_CLOSED', 'ENCLAVE_NOT_READY', 'ENCLAVE_BAD_REQUEST', 'SESSION_BUSY', 'SESSION_UNKNOWN', 'ROUND_OUT_OF_ORDER']);

/** What a served session needs of its connection. */
export type SessionLink = {
  send(message: Message): void;
  /** The requester is expected to answer now: (re)arms the idle deadline. */
  awaitRequester(): void;
  end(code: number, reason: string): void;
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
    this.signers = new PaymentSigners(ctx.chain.domain);
  }

  /** Runs a round asked without a payment (the first one, asked by the opening). */
  async runRound(cycles: number): Promise<void> {
    const nowSeconds = this.clock.nowSeconds();
    this.clock.checkCollectable(this.state.expiry, nowSeconds);
    const started = startRound(this.state, cycles, nowSeconds, this.ctx.policy);
    this.state = started.state;
    const running = this.runInEnclave(this.state, started.round, cycles);
    // The opening round is in the enclave worker. (A later round starts there in the same tick as its
    // payment is committed: a crash while it runs is the afterPaymentStored point.)
    this.ctx.faults.reached('enclave-running', { sessionId: this.state.sessionId, round: started.round });
    const result = await running;
    await this.deliverResult(started.round, cycles, result);
  }

  /** Stores the round's key (committed, in a group commit), then sends its result: a paid key must never be lost. */
  private async deliverResult(round: bigint, cycles: number, result: RoundResult): Promise<void> {
    const record = decodeRecord(result.record);
    const keyHash = keyHashOf(result.key);
    this.state = finishRound(this.state, { round, cyclesDone: Number(record.cyclesDone), workUnits: Number(record.workUnits), keyHash });
    const step = { sessionId: this.state.sessionId, round };
    this.ctx.faults.reached('round-storing', step);
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
    const store = this.ctx.store;
    await store.group.commit(() => store.insertRound(row));
    this.pendingKey = result.key;
    this.ctx.faults.afterRoundStored(step);
    this.link.send(this.ctx.faults.beforeResultSent(step, resultMessage(round, result, record, this.namedRecipient)));
    this.link.awaitRequester();
  }

  /**
   * A payment for round r arrives with the cycles of round r+1. Once its amount checks out, round r+1
   * is handed to the enclave (another thread) and, while it runs, the payment's signature is checked
   * and the payment committed (fsync) on this thread; only then is k released, and only after that
   * can the result of r+1 leave. So the executor risks at most the compute of r+1 on a payment that
   * turns out bad, never releases anything unpaid, and is never owed more than one round. A valid payment is always stored and its
   * k released: if round r+1 is refused (cycles, deposit, expiry), that comes after, as the error
   * that ends the session.
   */
  async onPay(pay: PayMessage): Promise<void> {
    const session = this.state;
    // Too late to collect even ahead of the queue: refused before anything is accepted or released.
    const release = this.clock.paymentRelease(session.expiry);
    const expected = expectedPayment(session);
    // Hex once, for recovery (viem) and the store (SQLite).
    const signature = toHex(pay.signature);
    // The amount first (no signature needed): a wrong one starts nothing.
    if (pay.amount !== expected.amount) checkPayment(session, pay.amount, undefined);
    const round = session.unpaid!.round;
    const paid = acceptPayment(session);
    // Round r+1 goes to the enclave thread before payment r's signature is checked on this one, so
    // the two overlap. That risks only the executor's compute: nothing of r+1 is stored or sent
    // before payment r checked out and committed, and a bad signature ends the session here.
    let next: { round: bigint; running: Promise<RoundResult> } | undefined;
    let refused: unknown;
    if (pay.nextCycles > 0) {
      try {
        next = this.startNextRound(paid, pay.nextCycles);
      } catch (error) {
        refused = error;
      }
    }
    try {
      checkPayment(session, pay.amount, this.signers.signerOf(session, expected, signature));
    } catch (error) {
      // Round r stays unpaid; the speculative r+1 is dropped (its result and key never leave the enclave's answer).
      this.state = session;
      throw error;
    }
    if (next === undefined) this.state = paid;
    const step = { sessionId: session.sessionId, round };
    const releasesKey = this.ctx.faults.releasesKey(step);
    this.ctx.faults.reached('payment-storing', step);
    await storePayment(
      this.ctx,
      {
        channelId: session.channelId,
        amount: pay.amount,
        keyHash: expected.keyHash,
        key: this.pendingKey!,
        signature,
        sessionId: session.sessionId,
        round,
      },
      releasesKey ? release : 'withhold',
    );
    emit(this.ctx.events, 'paymentAccepted', this.token, pay.amount - session.paid, releasesKey);
    this.ctx.faults.afterPaymentStored(step);
    if (releasesKey) {
      this.link.send({ kind: 'key', round, key: this.pendingKey! });
      this.ctx.faults.reached('key-sent', step);
    }
    this.pendingKey = undefined;
    if (refused !== undefined) throw refused;
    if (next !== undefined) {
      await this.deliverResult(next.round, pay.nextCycles, await next.running);
    } else {
      this.link.end(1000, 'session complete');
    }
  }

  /** Checks round r+1 against the signed schedule and the channel, and hands it to the enclave. */
  private startNextRound(paid: ExecutorSessionState, cycles: number): { round: bigint; running: Promise<RoundResult> } {
    checkNextCycles(paid, cycles);
    const nowSeconds = this.clock.nowSeconds();
    this.clock.checkCollectable(paid.expiry, nowSeconds);
    const started = startRound(paid, cycles, nowSeconds, this.ctx.policy);
    const running = this.runInEnclave(paid, started.round, cycles);
    running.catch(() => undefined); // awaited in onPay; a failure ends the connection there
    this.state = started.state;
    return { round: started.round, running };
  }

  /**
   * Hands a started round to the enclave, with the work the channel can still pay for and the
   * requester as its fair-queue key. A round that fails there after running (timeout, trap, out of
   * memory, too large, work budget spent) is stored as the channel's unpaid round before the error
   * ends the session: failing costs the requester its channel exactly as not paying does.
   */
  private async runInEnclave(session: ExecutorSessionState, round: bigint, cycles: number): Promise<RoundResult> {
    try {
      return await this.ctx.enclave.runRound(this.sessionId, round, cycles, {
        workBudget: roundWorkBudget(session, DEFAULT_WORK_BUDGET),
        queueKey: session.requester.toLowerCase(),
      });
    } catch (error) {
      if (!isAirtntError(error) || !ROUND_NOT_RUN.has(error.code)) {
        this.ctx.store.markFailedRound({ sessionId: session.sessionId, channelId: session.channelId, round });
      }
      throw error;
    }
  }
}
