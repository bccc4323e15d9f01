/**
 * A pool session on one member (docs/protocol.md, "The pool"). The view-0 executor runs each round in
 * the enclave, stores its key (pool.sqlite) before anything leaves, hands the round's replica to the
 * standbys (pool-replicator.ts) and sends the result only with at least `ackCount` standby acks, which
 * the result carries; a PoolPayment to this member for the round is checked and stored before the key
 * is released, and the next round starts with it. A standby opens the session in its enclave, answers
 * `standby` and holds it: its pool link (pool-standby-host.ts) takes the replicas.
 *
 * Not built yet (docs/protocol.md): key requests and view changes over the session wire, the
 * executor's collectPool of its stored payments.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import type { RoundResult } from '../enclave/types.js';
import { DEFAULT_WORK_BUDGET } from '../functions/abi.js';
import { acceptPayment, checkNextCycles, checkPayment, expectedPayment, finishRound, roundWorkBudget, startRound, type ExecutorSessionState } from '../protocol/executor-session.js';
import type { Message, OpenMessage, PayMessage } from '../protocol/messages.js';
import { keyHashOf } from '../protocol/payment.js';
import type { PoolAck } from '../protocol/pool-rules.js';
import { recoverPoolPaymentSigner } from '../protocol/pool-signatures.js';
import type { ReplicatedPayment } from '../protocol/pool-wire.js';
import { decodeRecord } from '../protocol/record.js';
import { toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import type { ConnectionContext } from './executor-connection.js';
import { resultMessage } from './executor-frames.js';
import { checkPoolOpening, openPoolInEnclave, type AcceptedPoolOpening, type ExecutorPoolContext } from './executor-pool-open.js';
import type { SessionClaims } from './executor-session-open.js';
import type { SessionLink } from './executor-session-rounds.js';
import { PoolReplicator } from './pool-replicator.js';

/** The view this slice serves: view changes are not carried by the session wire yet. */
const VIEW = 0;

export class PoolMemberSession {
  state: ExecutorSessionState;
  private replicator: PoolReplicator | undefined;
  private pendingKey: Uint8Array | undefined;
  /** The requester's payment of the round before, handed to the standbys with the next replica. */
  private lastPayment: ReplicatedPayment | undefined;

  private constructor(
    private readonly ctx: ConnectionContext,
    private readonly pooled: ExecutorPoolContext,
    private readonly opening: AcceptedPoolOpening,
    private readonly link: SessionLink,
  ) {
    this.state = opening.state;
  }

  get sessionId(): Uint8Array {
    return this.opening.sessionId;
  }

  get isStandby(): boolean {
    return this.opening.pool.index !== 0;
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

  /** A frame from the requester: only `pay`, and only on the executor awaiting one. */
  async onMessage(message: Message): Promise<void> {
    if (this.isStandby || message.kind !== 'pay' || this.state.phase !== 'awaiting-payment') {
      throw new AirtntError('MESSAGE_OUT_OF_ORDER', `unexpected "${message.kind}" message`, { details: { got: message.kind, standby: this.isStandby, phase: this.state.phase } });
    }
    await this.onPay(message);
  }

  close(): void {
    this.replicator?.close();
  }

  private async runFirstRound(cycles: number): Promise<void> {
    this.opening.clock.checkCollectable(this.state.expiry, this.opening.clock.nowSeconds());
    const started = startRound(this.state, cycles, this.opening.clock.nowSeconds(), this.ctx.policy);
    this.state = started.state;
    await this.deliver(started.round, await this.run(started.round, cycles));
  }

  /** k stored, the replica acked by ackCount standbys, then the result with the acks. */
  private async deliver(round: bigint, result: RoundResult): Promise<void> {
    const record = decodeRecord(result.record);
    const keyHash = keyHashOf(result.key);
    this.state = finishRound(this.state, { round, cyclesDone: Number(record.cyclesDone), workUnits: Number(record.workUnits), keyHash });
    this.pooled.store.storeOwnRound({ sessionId: this.state.sessionId, round, channelId: this.state.channelId, view: VIEW, key: result.key, keyHash: keccak_256(result.key) });
    this.pendingKey = result.key;
    if (result.replica === undefined) throw new AirtntError('POOL_ACKS_MISSING', `round ${round}: the enclave sealed no replica (it holds no pool key)`, { details: { round } });
    const acks: PoolAck[] = await this.replicator!.replicate(round, result.replica, this.lastPayment);
    this.link.send({ ...resultMessage(round, result, record), acks });
    this.link.awaitRequester();
  }

  /** The PoolPayment to this member for the awaited round: checked, stored, then k released and the next round run. */
  private async onPay(pay: PayMessage): Promise<void> {
    const session = this.state;
    const expected = expectedPayment(session);
    const self = this.ctx.chain.account.address;
    let signer;
    try {
      signer = pay.amount === expected.amount ? recoverPoolPaymentSigner(this.pooled.chain.domain, { channelId: session.channelId, member: self, amount: pay.amount, keyHash: expected.keyHash }, toHex(pay.signature)) : undefined;
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      signer = undefined;
    }
    checkPayment(session, pay.amount, signer);
    const round = session.unpaid!.round;
    this.state = acceptPayment(session);
    // Durable before k leaves: the payment is what collectPool needs.
    this.pooled.store.storeOwnPayment(session.sessionId, round, VIEW, { amount: pay.amount, signature: pay.signature });
    this.link.send({ kind: 'key', round, key: this.pendingKey! });
    this.pendingKey = undefined;
    this.lastPayment = { amount: pay.amount, signature: pay.signature };
    if (pay.nextCycles === 0) {
      this.link.end(1000, 'session complete');
      return;
    }
    checkNextCycles(this.state, pay.nextCycles);
    this.opening.clock.checkCollectable(this.state.expiry, this.opening.clock.nowSeconds());
    const started = startRound(this.state, pay.nextCycles, this.opening.clock.nowSeconds(), this.ctx.policy);
    this.state = started.state;
    await this.deliver(started.round, await this.run(started.round, pay.nextCycles));
  }

  private run(round: bigint, cycles: number): Promise<RoundResult> {
    return this.ctx.enclave.runRound(this.opening.sessionId, round, cycles, { workBudget: roundWorkBudget(this.state, DEFAULT_WORK_BUDGET), queueKey: this.state.requester.toLowerCase() });
  }
}
