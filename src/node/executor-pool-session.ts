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
import { poolPaymentDigest } from '../protocol/pool-signatures.js';
import type { ReplicatedPayment } from '../protocol/pool-wire.js';
import { decodeRecord } from '../protocol/record.js';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { ConnectionContext } from './executor-connection.js';
import { resultMessage } from './executor-frames.js';
import { paymentSigners } from './executor-payment-intake.js';
import { checkPoolOpening, memberFloor, openPoolInEnclave, type AcceptedPoolOpening, type ExecutorPoolContext } from './executor-pool-open.js';
import type { SessionClaims } from './executor-session-open.js';
import type { SessionLink } from './executor-session-rounds.js';
import { PoolReplicator } from './pool-replicator.js';
import { releaseStandbyKey } from './pool-standby-host.js';
import { sessionKey } from './pool-store.js';

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
  private async deliver(round: bigint, result: RoundResult): Promise<void> {
    const record = decodeRecord(result.record);
    const keyHash = keyHashOf(result.key);
    this.state = finishRound(this.state, { round, cyclesDone: Number(record.cyclesDone), workUnits: Number(record.workUnits), keyHash });
    // With its amount due (the hand-over accepts no payment for it below that).
    const amountDue = expectedPayment(this.state).amount;
    this.pooled.store.storeOwnRound({ sessionId: this.state.sessionId, round, channelId: this.state.channelId, view: this.view, key: result.key, keyHash: keccak_256(result.key), amountDue });
    this.pendingKey = result.key;
    const step = { sessionId: this.state.sessionId, round };
    this.ctx.faults.afterRoundStored(step);
    if (result.replica === undefined) throw new AirtntError('POOL_ACKS_MISSING', `round ${round}: the enclave sealed no replica (it holds no pool key)`, { details: { round } });
    const acks: PoolAck[] = await this.replicator!.replicate(round, result.replica, this.lastPayment);
    this.ctx.faults.reached('pool-acked', step);
    this.link.send({ ...resultMessage(round, result, record), acks });
    this.link.awaitRequester();
  }

  /**
   * The PoolPayment to this member for the awaited round: checked, stored, then k released and the next
   * round delivered. As in a plain session (executor-session-rounds.ts), round r+1 goes to the enclave
   * once the amount checks out, and the signature is recovered and the payment stored while it runs:
   * nothing of r+1 is stored, replicated or sent before payment r is stored and its k released, and a
   * bad signature ends the session with r+1 dropped (the executor risks only that compute).
   */
  private async onPay(pay: PayMessage): Promise<void> {
    const session = this.state;
    const expected = expectedPayment(session);
    const self = this.ctx.chain.account.address;
    // The amount first (no signature needed): a wrong one starts nothing.
    if (pay.amount !== expected.amount) checkPayment(session, pay.amount, undefined);
    checkWithinAllocation(pay.amount, session.deposit, `payment of round ${session.unpaid!.round} refused`);
    const round = session.unpaid!.round;
    const paid = acceptPayment(session);
    let next: { state: ExecutorSessionState; round: bigint; running: Promise<RoundResult> } | undefined;
    let refused: unknown;
    if (pay.nextCycles > 0) {
      try {
        next = this.startNextRound(paid, pay.nextCycles);
      } catch (error) {
        refused = error;
      }
    }
    const digest = fromHex(poolPaymentDigest(this.pooled.chain.domain, { channelId: session.channelId, member: self, amount: pay.amount, keyHash: expected.keyHash }), 32);
    const signer = this.signers.signerOf(digest, toHex(pay.signature));
    // Round r stays unpaid on a bad signature; the round started meanwhile is dropped (nothing of it left the enclave's answer).
    checkPayment(session, pay.amount, signer);
    // Checked, not stored yet: a kill here leaves the payment with the requester and the standby it
    // then asks for the key; the hand-over (pool-handover.ts) brings it back after a restart.
    this.ctx.faults.reached('payment-storing', { sessionId: session.sessionId, round });
    this.state = next?.state ?? paid;
    // Durable before k leaves: the payment is what collectPool needs.
    this.pooled.store.storeOwnPayment(session.sessionId, round, this.view, { amount: pay.amount, signature: pay.signature });
    this.ctx.faults.afterPaymentStored({ sessionId: session.sessionId, round });
    this.link.send({ kind: 'key', round, key: this.pendingKey! });
    this.pendingKey = undefined;
    this.lastPayment = { amount: pay.amount, signature: pay.signature };
    if (refused !== undefined) throw refused;
    if (next === undefined) {
      this.link.end(1000, 'session complete');
      return;
    }
    await this.deliver(next.round, await next.running);
  }

  /** Checks round r+1 against the signed schedule and the channel, and hands it to the enclave. */
  private startNextRound(paid: ExecutorSessionState, cycles: number): { state: ExecutorSessionState; round: bigint; running: Promise<RoundResult> } {
    checkNextCycles(paid, cycles);
    this.opening.clock.checkCollectable(paid.expiry, this.opening.clock.nowSeconds());
    const started = startRound(paid, cycles, this.opening.clock.nowSeconds(), this.ctx.policy);
    const running = this.run(paid, started.round, cycles);
    running.catch(() => undefined); // awaited in onPay once payment r is stored; a failure ends the session there
    return { state: started.state, round: started.round, running };
  }

  /** Runs a started round in the enclave, with the work the channel can still pay for from `session` (the state the round starts from). */
  private run(session: ExecutorSessionState, round: bigint, cycles: number): Promise<RoundResult> {
    return this.ctx.enclave.runRound(this.opening.sessionId, round, cycles, { workBudget: roundWorkBudget(session, DEFAULT_WORK_BUDGET), queueKey: session.requester.toLowerCase() });
  }
}
