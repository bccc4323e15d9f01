/**
 * A pool session on one member (docs/protocol.md, "The pool"). The view-0 executor runs each round in
 * the enclave, stores its key (pool.sqlite) before anything leaves, hands the round's replica to the
 * standbys (pool-replicator.ts) and sends the result only with at least `ackCount` standby acks, which
 * the result carries; a PoolPayment to this member for the round is checked and stored before the key
 * is released, and the next round starts with it. A standby opens the session in its enclave, answers
 * `standby` and holds it: its pool link (pool-standby-host.ts) takes the replicas; on the requester's
 * `keyRequest` it releases a replicated round's key against its PoolPayment (stored first), and on a
 * `viewChange` naming it, it continues the session by itself from its replica of the last paid round
 * and becomes the executor (replicating to the standbys left).
 *
 * Not built yet (docs/protocol.md): view changes forwarded over the pool link (the requester sends
 * each member its own). Its stored payments are collected by the member's pool collector (pool-collector.ts);
 * the other members' URLs are stored so that a payment it did not store (killed before) can be asked
 * of them after a restart (pool-handover.ts).
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { isAddressEqual } from 'viem';
import type { RoundResult } from '../enclave/types.js';
import { DEFAULT_WORK_BUDGET } from '../functions/abi.js';
import { acceptPayment, checkNextCycles, checkPayment, expectedPayment, finishRound, roundWorkBudget, startRound, type ExecutorSessionState } from '../protocol/executor-session.js';
import type { KeyRequestMessage, Message, OpenMessage, PayMessage, ViewChangeMessage } from '../protocol/messages.js';
import { keyHashOf } from '../protocol/payment.js';
import type { PaymentSigners } from '../protocol/payment-key.js';
import { checkWithinAllocation, paidThrough, type PoolAck } from '../protocol/pool-rules.js';
import { poolPaymentDigestBytes } from '../protocol/pool-signatures.js';
import type { ReplicatedPayment } from '../protocol/pool-wire.js';
import { decodeRecord, type RoundRecord } from '../protocol/record.js';
import { toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { ConnectionContext } from './executor-connection.js';
import { resultMessage } from './executor-frames.js';
import { paymentSigners } from './executor-payment-intake.js';
import { checkPoolOpening, memberFloor, openPoolInEnclave, type AcceptedPoolOpening, type ExecutorPoolContext } from './executor-pool-open.js';
import type { SessionClaims } from './executor-session-open.js';
import { joinWithin, payAmount, roundAhead, type SessionLink } from './executor-round-rules.js';
import { PoolReplicator } from './pool-replicator.js';
import { releaseStandbyKey } from './pool-standby-host.js';
import { sessionKey, type OwnRound } from './pool-store.js';

/**
 * A round handed to the enclave before the payment of the round before arrived (runAhead): taken by
 * onPay if it asks exactly that round; `replicated`, its replica's acks when it went to the standbys
 * ahead of that payment too (pool link 2).
 */
type AheadRound = { round: bigint; cycles: number; running: Promise<RoundResult>; replicated?: Promise<PoolAck[]> };

/** Round r+1 as onPay starts it: running (or run ahead), its acks if replicated ahead, and how to run it again if the run ahead failed. */
type NextRound = { state: ExecutorSessionState; round: bigint; running: Promise<RoundResult>; replicated: Promise<PoolAck[]> | undefined; rerun: (() => Promise<RoundResult>) | undefined };

/** A round the enclave ran, priced (finishRound) and ready to be stored, replicated and sent; `replicated`: already (ahead). */
type FinishedRound = { round: bigint; result: RoundResult; record: RoundRecord; row: OwnRound; replicated?: Promise<PoolAck[]> | undefined };

export class PoolMemberSession {
  state: ExecutorSessionState;
  /** The view this member stands in, and whether it is that view's executor. */
  private view = 0;
  private executing: boolean;
  private replicator: PoolReplicator | undefined;
  private pendingKey: Uint8Array | undefined;
  /** The requester's payment of the round before, handed to the standbys with the next replica. */
  private lastPayment: ReplicatedPayment | undefined;
  private readonly signers: PaymentSigners;
  /** Whether this member stored a payment in its current view: no round runs ahead before one (as in a plain session). */
  private hasPaid = false;
  /** How long the last round took in the enclave (ms), for AHEAD_MAX_ROUND_MS. */
  private lastRoundMs = Number.POSITIVE_INFINITY;
  /** The work units the last round spent (its record), for AHEAD_WORK_SLACK. */
  private lastWorkUnits = 0;
  /** The next round, running ahead of its payment (runAhead), if any. */
  private ahead: AheadRound | undefined;

  private constructor(
    private readonly ctx: ConnectionContext,
    private readonly pooled: ExecutorPoolContext,
    private readonly opening: AcceptedPoolOpening,
    private readonly link: SessionLink,
  ) {
    this.state = opening.state;
    this.executing = opening.pool.index === 0;
    this.signers = paymentSigners(opening.state.requester);
  }

  get sessionId(): Uint8Array {
    return this.opening.sessionId;
  }

  get isStandby(): boolean {
    return !this.executing;
  }

  /** Checks and opens a pool `open`; the view-0 executor then links its standbys and runs the first round. */
  static async open(ctx: ConnectionContext, pooled: ExecutorPoolContext, open: OpenMessage, claims: SessionClaims, link: SessionLink, onOpened: (session: PoolMemberSession) => void): Promise<void> {
    const opening = await checkPoolOpening(ctx, pooled, open, claims);
    const session = new PoolMemberSession(ctx, pooled, opening, link);
    await openPoolInEnclave(ctx, opening, open);
    onOpened(session);
    if (session.isStandby) {
      link.send({ kind: 'standby', sessionId: opening.sessionId });
      return;
    }
    const standbys = new Map(open.pool!.standbys.map(({ index, url }) => [index, url]));
    for (const index of standbys.keys()) {
      if (index === 0 || index >= opening.pool.members.length) throw new AirtntError('POOL_MEMBERS_INVALID', `standby index ${index} is not a standby of a pool of ${opening.pool.members.length}`, { details: { index } });
    }
    // Where this member asks for its rounds' payments should it die before storing one (pool-handover.ts).
    pooled.store.storePeers(opening.state.sessionId, standbys);
    session.replicator = await PoolReplicator.connect({
      sessionId: opening.sessionId,
      executorIndex: 0,
      members: opening.pool.members,
      standbys,
      ackCount: opening.pool.ackCount,
      ...(pooled.ackTimeoutMs === undefined ? {} : { ackTimeoutMs: pooled.ackTimeoutMs }),
      log: ctx.log,
    });
    session.replicator.handOverPoolKeys(await pooled.enclave.poolKeys(opening.sessionId));
    await session.runFirstRound(Math.min(open.cycles, open.sessionCycles));
  }

  /** A frame from the requester: `pay` on the executor awaiting one; `keyRequest` and `viewChange` on a standby. */
  async onMessage(message: Message): Promise<void> {
    if (!this.executing && message.kind === 'keyRequest') return this.onKeyRequest(message);
    if (!this.executing && message.kind === 'viewChange') return this.onViewChange(message);
    if (!this.executing || message.kind !== 'pay' || this.state.phase !== 'awaiting-payment') {
      throw new AirtntError('MESSAGE_OUT_OF_ORDER', `unexpected "${message.kind}" message`, { details: { got: message.kind, standby: this.isStandby, phase: this.state.phase } });
    }
    await this.onPay(message);
  }

  /** Standby: a replicated round's key, against the requester's PoolPayment to the member that ran it (stored before k leaves). */
  private async onKeyRequest(request: KeyRequestMessage): Promise<void> {
    const key = await releaseStandbyKey({ enclave: this.pooled.enclave, store: this.pooled.store }, { sessionId: this.opening.sessionId, round: request.round, payment: { amount: request.amount, signature: request.signature }, allocation: this.opening.state.deposit });
    const sent = this.ctx.faults.beforeStandbyKeySent?.({ sessionId: this.state.sessionId, round: request.round }, key) ?? key;
    this.link.send({ kind: 'key', round: request.round, key: sent });
    this.ctx.log(`pool session ${this.state.sessionId.slice(0, 10)}: key of round ${request.round} released by standby ${this.opening.pool.index}`);
  }

  /**
   * The requester's view change (the enclave checks its signature and view). Not named: from now on it
   * takes replicas of the new view only, and answers `standby`. Named: it continues from its replica
   * of the last paid round with the next round of the signed schedule, replicated to the standbys named.
   */
  private async onViewChange(change: ViewChangeMessage): Promise<void> {
    const terms = { sessionId: this.state.sessionId, view: change.view, executor: change.executor, lastPaidRound: change.lastPaidRound, lastPaidKeyHash: toHex(change.lastPaidKeyHash), ackCount: change.ackCount };
    // The opening's deposit is this member's allocation (deposit / members), the same for every member.
    if (change.payment !== undefined) checkWithinAllocation(change.payment.amount, this.opening.state.deposit, `view change ${change.view} refused`);
    const accepted = await this.pooled.enclave.acceptViewChange(this.opening.sessionId, terms, change.signature, change.payment);
    const index = this.opening.pool.index;
    this.pooled.store.acceptView(this.state.sessionId, { view: change.view, executorIndex: this.opening.pool.members.findIndex((member) => isAddressEqual(member.payee, change.executor)), lastPaidRound: paidThrough(terms) }, change.signature);
    this.view = change.view;
    this.ctx.log(`pool session ${this.state.sessionId.slice(0, 10)}: view ${change.view} accepted by member ${index}${accepted.executor ? `, which continues at round ${accepted.nextRound}` : ''}`);
    if (!accepted.executor) {
      this.link.send({ kind: 'standby', sessionId: this.opening.sessionId });
      return;
    }
    this.executing = true;
    const standbys = new Map(change.standbys.map(({ index: i, url }) => [i, url]));
    for (const i of standbys.keys()) {
      if (i === index || i >= this.opening.pool.members.length) throw new AirtntError('POOL_MEMBERS_INVALID', `standby index ${i} is not a standby of member ${index} in a pool of ${this.opening.pool.members.length}`, { details: { index: i } });
    }
    this.pooled.store.storePeers(this.state.sessionId, standbys);
    this.replicator = await PoolReplicator.connect({
      sessionId: this.opening.sessionId, executorIndex: index, members: this.opening.pool.members, standbys, ackCount: change.ackCount,
      ...(this.pooled.ackTimeoutMs === undefined ? {} : { ackTimeoutMs: this.pooled.ackTimeoutMs }), log: this.ctx.log,
    });
    // The schedule as signed at open, from the round after the last paid one. This member's own amount
    // continues from its floor on the channel (the highest payment it holds there or collected on
    // chain; 0 unless it ran rounds of this session in an earlier view): its payments go above it.
    const opened = this.opening.state;
    const asked = Number(accepted.nextRound - opened.nextRound) * opened.roundCycles;
    const paid = await memberFloor(this.pooled, opened.channelId, this.ctx.chain.account.address);
    this.state = { ...opened, nextRound: accepted.nextRound, sessionCyclesLeft: Math.max(0, opened.sessionCyclesLeft - asked), paid, phase: 'ready', unpaid: undefined };
    this.lastPayment = undefined;
    this.hasPaid = false;
    checkNextCycles(this.state, change.nextCycles);
    if (change.nextCycles === 0) throw new AirtntError('ROUND_CYCLES_NOT_SIGNED', 'a view change continues the session with a round: its cycles cannot be 0');
    await this.runFirstRound(change.nextCycles);
  }

  close(): void {
    this.replicator?.close();
    // Links of other members that replicate to this one serve nothing once the session ended here,
    // and its replicas cannot be opened any more (the enclave closes the session with its pool key).
    this.pooled.endPoolLinks?.(this.opening.sessionId);
    this.pooled.store.dropReplicas(sessionKey(this.opening.sessionId));
  }

  private async runFirstRound(cycles: number): Promise<void> {
    this.opening.clock.checkCollectable(this.state.expiry, this.opening.clock.nowSeconds());
    const started = startRound(this.state, cycles, this.opening.clock.nowSeconds(), this.ctx.policy);
    const from = this.state;
    this.state = started.state;
    await this.deliver(started.round, await this.run(from, started.round, cycles));
  }

  /** k stored, the replica acked by ackCount standbys, then the result with the acks. */
  private async deliver(round: bigint, result: RoundResult, replicated?: Promise<PoolAck[]>): Promise<void> {
    const done = { ...this.finish(round, result), replicated };
    this.pooled.store.storeOwnRound(done.row);
    await this.sendResult(done);
  }

  /** Prices the round the enclave ran (the session now awaits its payment) and builds its key row, with its amount due (the hand-over accepts no payment for it below that). */
  private finish(round: bigint, result: RoundResult): FinishedRound {
    const record = decodeRecord(result.record);
    this.lastWorkUnits = Number(record.workUnits);
    const keyHash = keyHashOf(result.key);
    this.state = finishRound(this.state, { round, cyclesDone: Number(record.cyclesDone), workUnits: Number(record.workUnits), keyHash });
    const amountDue = expectedPayment(this.state).amount;
    const row = { sessionId: this.state.sessionId, round, channelId: this.state.channelId, view: this.view, key: result.key, keyHash: keccak_256(result.key), amountDue };
    return { round, result, record, row };
  }

  /** A round whose key row is committed: replicated, acked, then its result sent with the acks; the next round then runs ahead. */
  private async sendResult(done: FinishedRound): Promise<void> {
    const { round, result, record } = done;
    this.pendingKey = result.key;
    const step = { sessionId: this.state.sessionId, round };
    this.ctx.faults.afterRoundStored(step);
    if (result.replica === undefined) throw new AirtntError('POOL_ACKS_MISSING', `round ${round}: the enclave sealed no replica (it holds no pool key)`, { details: { round } });
    // Replicated ahead of payment r: its acks. Not sent again when too few came: the standbys that took it
    // refuse a round twice, so, as when a round replicated after its payment gets too few acks, the session
    // ends here (POOL_ACKS_MISSING) with payment r stored and k of r released, and the requester changes view.
    const acks: PoolAck[] = await (done.replicated ?? this.replicator!.replicate(round, result.replica, this.lastPayment));
    this.ctx.faults.reached('pool-acked', step);
    this.link.send({ ...resultMessage(round, result, record, { derivesKeyHash: this.link.derivesKeyHash }), acks });
    this.link.awaitRequester();
    this.runAhead();
  }

  /**
   * Hands round r+1 to the enclave while the requester checks, signs and stores payment r, as a plain
   * session does (executor-session-rounds.ts runAhead, with its limits: only once this member has been
   * paid in its view, only after a round of at most AHEAD_MAX_ROUND_MS, with at most twice the last
   * round's work plus AHEAD_WORK_SLACK). When every standby speaks pool link 2, the round's replica goes
   * ahead too, once computed, with payment r-1 named (the standbys add the price of their replica of r).
   * Nothing else of r+1 goes ahead: it is stored, and its result sent, only after payment r is stored and
   * k of r released.
   */
  private runAhead(): void {
    this.ahead = undefined;
    const next = roundAhead({ state: this.state, clock: this.opening.clock, policy: this.ctx.policy, hasPaid: this.hasPaid, lastRoundMs: this.lastRoundMs, lastWorkUnits: this.lastWorkUnits, ended: this.link.ended() });
    if (next === undefined) return;
    const { round } = next;
    const running = this.run(next.paid, round, next.cycles, next.workBudget);
    running.catch(() => undefined); // taken (or dropped) by onPay
    const ahead: AheadRound = { round, cycles: next.cycles, running };
    this.ahead = ahead;
    this.ctx.faults.reached('pool-ahead', { sessionId: this.state.sessionId, round });
    const payment = this.lastPayment;
    if (this.replicator?.canReplicateAhead !== true || payment?.round !== round - 2n) return;
    void running.then((result) => {
      // Still before payment r (onPay has not taken the round): its replica goes to the standbys now,
      // with payment r-1, its round named; the standbys add the price of their replica of r (pool-standby.ts).
      // Its acks wait: the result leaves only once payment r is stored and k of r released (onPay).
      if (this.ahead !== ahead || result.replica === undefined || this.link.ended()) return;
      ahead.replicated = this.replicator!.replicate(round, result.replica, payment);
      ahead.replicated.catch(() => undefined); // awaited by sendResult once payment r is stored (a failure ends the session there)
    }, () => undefined);
  }

  /**
   * The PoolPayment to this member for the awaited round: checked, stored, then k released and the next
   * round delivered. As in a plain session (executor-session-rounds.ts), round r+1 goes to the enclave
   * once the amount checks out (or already went, runAhead), and the signature is checked while it runs:
   * nothing of r+1 is stored or sent before payment r is stored and its k released (only its replica may
   * have gone to the standbys ahead, runAhead), and a bad signature ends the session with r+1 dropped (the
   * executor risks only that compute). When r+1 is done within JOIN_NEXT_ROUND_MS, its key row is
   * committed with payment r: one fsync for both.
   */
  private async onPay(pay: PayMessage): Promise<void> {
    const session = this.state;
    const expected = expectedPayment(session);
    const self = this.ctx.chain.account.address;
    // Left out (session link version 3): the exact amount expected, which the signature is then checked over.
    const amount = payAmount(pay, expected.amount, this.link);
    // The amount first (no signature needed): a wrong one starts nothing.
    if (amount !== expected.amount) checkPayment(session, amount, undefined);
    checkWithinAllocation(amount, session.deposit, `payment of round ${session.unpaid!.round} refused`);
    const round = session.unpaid!.round;
    const paid = acceptPayment(session);
    const ahead = this.ahead;
    this.ahead = undefined;
    let next: NextRound | undefined;
    let refused: unknown;
    if (pay.nextCycles > 0) {
      try {
        next = this.startNextRound(paid, pay.nextCycles, ahead);
      } catch (error) {
        refused = error;
      }
    }
    const digest = poolPaymentDigestBytes(this.pooled.chain.domain, { channelId: session.channelId, member: self, amount, keyHash: expected.keyHash });
    const signer = this.signers.signerOf(digest, toHex(pay.signature));
    // Round r stays unpaid on a bad signature; the round started meanwhile is dropped (nothing of it left the enclave's answer).
    checkPayment(session, amount, signer);
    // Paid: a run ahead that failed runs again now, with the full budget.
    if (next?.rerun !== undefined) {
      next.running = next.running.catch(next.rerun);
      next.running.catch(() => undefined); // awaited just below
    }
    this.state = next?.state ?? paid;
    const joined = next === undefined ? undefined : await this.joinNextRound(next);
    // Checked, not stored yet: a kill here leaves the payment with the requester and the standby it
    // then asks for the key; the hand-over (pool-handover.ts) brings it back after a restart.
    this.ctx.faults.reached('payment-storing', { sessionId: session.sessionId, round });
    // Durable before k leaves: the payment is what collectPool needs.
    const payment = { amount, signature: pay.signature, round };
    const done = joined?.done;
    let notStored: unknown;
    if (done === undefined) this.pooled.store.storeOwnPayment(session.sessionId, round, this.view, payment);
    else notStored = this.pooled.store.storeOwnPaymentWithNextRound(session.sessionId, round, this.view, payment, done.row);
    this.hasPaid = true;
    this.ctx.faults.afterPaymentStored({ sessionId: session.sessionId, round });
    this.link.send({ kind: 'key', round, key: this.pendingKey! });
    this.pendingKey = undefined;
    this.lastPayment = payment;
    if (refused !== undefined) throw refused;
    if (next === undefined) {
      this.link.end(1000, 'session complete');
      return;
    }
    if (joined?.failed !== undefined) throw joined.failed;
    if (notStored !== undefined) throw notStored;
    if (done !== undefined) return this.sendResult(done);
    await this.deliver(next.round, await next.running, next.replicated);
  }

  /**
   * Waits up to JOIN_NEXT_ROUND_MS for round r+1: done (priced, its row ready to commit with payment r),
   * failed (thrown once payment r is stored and its k released), or undefined (still running: payment r
   * commits alone and r+1 is stored when it is done).
   */
  private async joinNextRound(next: NextRound): Promise<{ done?: FinishedRound; failed?: unknown } | undefined> {
    const outcome = await joinWithin(next.running);
    if (outcome === undefined) return undefined;
    if ('failed' in outcome) return { failed: outcome.failed };
    try {
      return { done: { ...this.finish(next.round, outcome.result), replicated: next.replicated } };
    } catch (failed) {
      return { failed };
    }
  }

  /**
   * Checks round r+1 against the signed schedule and the channel, and hands it to the enclave, or takes
   * the run that went ahead for exactly this round and these cycles (with its acks when it was replicated
   * ahead). A run ahead that failed (its smaller budget spent, a trap) is asked again with the full budget
   * by `rerun`, which onPay calls only once payment r checked out, as if nothing had run ahead.
   */
  private startNextRound(paid: ExecutorSessionState, cycles: number, ahead: AheadRound | undefined): NextRound {
    checkNextCycles(paid, cycles);
    this.opening.clock.checkCollectable(paid.expiry, this.opening.clock.nowSeconds());
    const started = startRound(paid, cycles, this.opening.clock.nowSeconds(), this.ctx.policy);
    const taken = ahead !== undefined && ahead.round === started.round && ahead.cycles === cycles ? ahead : undefined;
    const running = taken?.running ?? this.run(paid, started.round, cycles);
    running.catch(() => undefined); // awaited in onPay once payment r is checked; a failure ends the session there
    return {
      state: started.state,
      round: started.round,
      running,
      replicated: taken?.replicated,
      rerun: taken === undefined ? undefined : () => this.run(paid, started.round, cycles),
    };
  }

  /**
   * Runs a started round in the enclave, timed (AHEAD_MAX_ROUND_MS), with the work the channel can still
   * pay for from `session` (the state the round starts from) unless a smaller budget is given (a run ahead).
   */
  private async run(session: ExecutorSessionState, round: bigint, cycles: number, workBudget = roundWorkBudget(session, DEFAULT_WORK_BUDGET)): Promise<RoundResult> {
    const started = performance.now();
    const result = await this.ctx.enclave.runRound(this.opening.sessionId, round, cycles, { workBudget, queueKey: session.requester.toLowerCase() });
    this.lastRoundMs = performance.now() - started;
    return result;
  }
}
