/**
 * One requester connection on the executor: decodes and validates every frame, drives the pure
 * session machine (src/protocol/executor-session.ts), runs rounds in the enclave, and commits every
 * accepted payment to SQLite before releasing its key. Any bad input ends this connection with an
 * error frame; nothing stored is lost and the node keeps serving others.
 *
 * The requester never has two frames outstanding, so a frame that arrives while another is being
 * handled ends the connection (nothing queues up). A connection must `open` within preOpenMs.
 * The session id is claimed before the first await, the channel once its checks pass; both stay
 * claimed until the enclave's round has settled, even after the socket closed.
 */
import type { Socket } from 'node:net';
import { zeroAddress, type Address, type Hex } from 'viem';
import type { WebSocket } from 'ws';
import { readChannel, chainNow, type ChainClient } from '../chain/index.js';
import type { Enclave, RoundResult } from '../enclave/types.js';
import { DEFAULT_WORK_BUDGET } from '../functions/abi.js';
import {
  acceptPayment,
  checkNextCycles,
  checkOpenTerms,
  checkPayment,
  checkSessionOpening,
  expectedPayment,
  finishRound,
  newExecutorSession,
  roundWorkBudget,
  startRound,
  type ChannelPolicy,
  type ExecutorSessionState,
} from '../protocol/executor-session.js';
import { checkRoundCollectable, paymentRelease, type CollectTiming } from '../protocol/collect-deadline.js';
import { decodeMessage, encodeMessage, printableText, type Message, type OpenMessage, type PayMessage, type ResultMessage } from '../protocol/messages.js';
import { isPaymentSignedBy, keyHashOf, recoverPaymentSignerKey, type PaymentTerms } from '../protocol/payment.js';
import { decodeRecord } from '../protocol/record.js';
import { toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError, type AirtntErrorCode } from '../util/errors.js';
import { frameBytes, hexToBytes32, openingSigner, outOfOrder, resultMessage } from './executor-frames.js';
import type { CollectDeadlines } from './collector.js';
import { emit, type ExecutorEvents } from './executor-events.js';
import type { ExecutorStore } from './executor-store.js';
import { crashNow, type MisbehaviourSwitch } from './misbehave.js';

export type ConnectionContext = {
  chain: ChainClient;
  enclave: Enclave;
  store: ExecutorStore;
  policy: ChannelPolicy;
  maxFrameBytes: number;
  /** How long the executor waits for the requester's next message before dropping the session. */
  idleMs: number;
  /** How long a new connection may stay without an `open` (default 3 s: idle sockets hold a slot). */
  preOpenMs?: number;
  /** Channels and sessions with a live connection (a channel serves one session at a time). */
  activeChannels: Set<Hex>;
  activeSessions: Set<Hex>;
  misbehave: MisbehaviourSwitch | undefined;
  /**
   * How long a collect takes now (block time, queue), and collecting ahead of the queue: rounds
   * whose payment could not be collected before expiry are refused, late payments are collected
   * before their key is released (src/protocol/collect-deadline.ts). Absent: only minRemainingSeconds applies.
   */
  deadlines?: CollectDeadlines;
  onSessionEnd(channelId: Hex): void;
  log(line: string): void;
  /** Metrics and dashboard sink (optional; see executor-events.ts). */
  events?: ExecutorEvents;
};

const DEFAULT_PRE_OPEN_MS = 3_000;
/** Enclave refusals that come before any work (the executor's own state): they do not mark the channel. */
const ROUND_NOT_RUN = new Set(['ENCLAVE_BUSY', 'ENCLAVE_EXECUTOR_UNAVAILABLE', 'ENCLAVE_CLOSED', 'ENCLAVE_NOT_READY', 'ENCLAVE_BAD_REQUEST', 'SESSION_BUSY', 'SESSION_UNKNOWN', 'ROUND_OUT_OF_ORDER']);

/**
 * Refusals of an `open` that no later state of the channel can turn into a pass. (Not
 * CHANNEL_HAS_UNPAID_ROUND: a live session's round is unpaid only until it is paid.)
 */
const REFUSED_FOR_GOOD: ReadonlySet<string> = new Set(['SESSION_OPEN_NOT_REQUESTER', 'SESSION_EXISTS']);

export type ConnectionStats = { bytesSent: number; bytesReceived: number };

/** Serves one connection; resolves once its session has settled (the node waits for that before closing its store). */
export function handleConnection(ws: WebSocket, socket: Socket, ctx: ConnectionContext): Promise<void> {
  const connection = new ExecutorConnection(ws, socket, ctx);
  connection.begin();
  return connection.settledPromise;
}

class ExecutorConnection {
  private session: ExecutorSessionState | undefined;
  private pendingKey: Uint8Array | undefined;
  private previousResult: ResultMessage | undefined;
  private ended = false;
  private closed = false;
  private settled = false;
  private resolveSettled!: () => void;
  readonly settledPromise = new Promise<void>((resolve) => (this.resolveSettled = resolve));
  private idleTimer: NodeJS.Timeout | undefined;
  /** The frame being handled (at most one: a second one while it runs ends the connection). */
  private inFlight: Promise<void> | undefined;
  private claimedSession: Hex | undefined;
  private claimedChannel: Hex | undefined;
  /** Chain time = local time + offset, measured at the opening (one RPC per session, not per round). */
  private chainClockOffset = 0n;
  /** The requester's public key, learnt from its first valid payment: later ones are verified, not recovered. */
  private requesterPublicKey: Uint8Array | undefined;
  private token: Address = zeroAddress;

  constructor(
    private readonly ws: WebSocket,
    private readonly socket: Socket,
    private readonly ctx: ConnectionContext,
  ) {}

  begin(): void {
    this.armIdleTimer(this.ctx.preOpenMs ?? DEFAULT_PRE_OPEN_MS, 'SESSION_NOT_OPENED');
    this.ws.on('message', (data, isBinary) => {
      if (this.ended) return;
      if (this.inFlight !== undefined) {
        this.fail(new AirtntError('MESSAGE_OUT_OF_ORDER', 'a second message arrived while one is being handled', { hint: 'wait for the answer to each message' }));
        return;
      }
      const frame = frameBytes(data);
      const handling = this.onFrame(frame, isBinary)
        .catch((error: unknown) => this.fail(error))
        .finally(() => {
          this.inFlight = undefined;
          if (this.closed) this.settle();
        });
      this.inFlight = handling;
    });
    this.ws.on('error', (error) => this.fail(new AirtntError('CONNECTION_ERROR', error.message, { cause: error })));
    this.ws.on('close', () => this.onClose());
  }

  private async onFrame(frame: Uint8Array, isBinary: boolean): Promise<void> {
    if (this.ended) return;
    this.disarmIdleTimer();
    if (!isBinary) throw new AirtntError('MESSAGE_NOT_BINARY', 'messages are binary frames of CBOR');
    const message = decodeMessage(frame, this.ctx.maxFrameBytes);
    await this.onMessage(message);
  }

  private async onMessage(message: Message): Promise<void> {
    if (message.kind === 'error') {
      this.ctx.log(`requester error: ${message.code}: ${printableText(message.message)}`);
      this.end(1000, 'peer error');
      return;
    }
    if (this.session === undefined) {
      if (message.kind !== 'open') throw outOfOrder(message.kind, 'open');
      await this.onOpen(message);
      return;
    }
    if (message.kind !== 'pay' || this.session.phase !== 'awaiting-payment') {
      throw outOfOrder(message.kind, this.session.phase === 'awaiting-payment' ? 'pay' : 'nothing (a round is running)');
    }
    await this.onPay(message);
  }

  private async onOpen(open: OpenMessage): Promise<void> {
    const sessionId = toHex(open.sessionId);
    if (this.ctx.activeSessions.has(sessionId) || this.ctx.store.hasSession(sessionId) || this.ctx.store.wasRefused(sessionId)) {
      throw new AirtntError('SESSION_EXISTS', 'this session id was used before', { hint: 'draw a fresh random session id' });
    }
    // Claimed before the first await, so two openings with one session id cannot both pass.
    this.ctx.activeSessions.add(sessionId);
    this.claimedSession = sessionId;
    const executor = this.ctx.chain.account.address;
    const token = open.token ?? zeroAddress;
    const schedule = { roundCycles: open.cycles, sessionCycles: open.sessionCycles };
    // Until the session is stored, any refusal is recorded first: the signed opening may be replayed
    // later, when it would pass, and run a round that nobody pays (an unpaid-round mark on the channel).
    let signed = false;
    let requester: Address;
    let channel: Awaited<ReturnType<typeof readChannel>>;
    let ref: { requester: Address; executor: Address; token: Address; lane: bigint };
    try {
      // Token, rate and cycles first: junk openings are refused before any signature recovery or RPC.
      checkOpenTerms({ token, rate: open.rate, schedule, firstRound: open.firstRound }, this.ctx.policy);
      // The signer is the requester: the channel looked up is (signer, this executor, token, lane).
      requester = await openingSigner(this.ctx.chain.domain, executor, token, open);
      ref = { requester, executor, token, lane: open.lane };
      const [read, nowSeconds] = await Promise.all([readChannel(this.ctx.chain, ref), chainNow(this.ctx.chain)]);
      channel = read;
      // The signer holds a funded channel here: its refusal is kept for good (others up to a cap).
      signed = read.deposit > 0n;
      this.chainClockOffset = nowSeconds - BigInt(Math.floor(Date.now() / 1000));
      checkSessionOpening({
        channel,
        knownSigned: this.ctx.store.latestPayment(channel.channelId)?.amount ?? 0n,
        unpaidRound: this.ctx.store.unpaidRound(channel.channelId),
        signer: requester,
        requester,
        token,
        rate: open.rate,
        base: open.base,
        schedule,
        firstRound: open.firstRound,
        nowSeconds,
        policy: this.ctx.policy,
      });
      this.checkCollectable(channel.expiry, nowSeconds);
      // Checked and claimed with no await in between, so two openings cannot both pass.
      if (this.ctx.activeChannels.has(channel.channelId)) {
        throw new AirtntError('CHANNEL_BUSY', 'another session is running on this channel', {
          hint: 'one channel serves one session at a time; use another lane',
        });
      }
      this.ctx.activeChannels.add(channel.channelId);
      this.claimedChannel = channel.channelId;
    } catch (error) {
      const code = isAirtntError(error) ? error.code : 'INTERNAL_ERROR';
      // An opening refused for a reason that can never change passes no later either: nothing to remember.
      if (!REFUSED_FOR_GOOD.has(code)) this.ctx.store.recordRefusal(sessionId, signed, code, Date.now());
      throw error;
    }
    this.session = newExecutorSession({ sessionId, channel, requester, rate: open.rate, base: open.base, firstRound: open.firstRound, schedule });
    this.ctx.store.insertSession(
      { sessionId, channelId: channel.channelId, requester, token: ref.token, lane: ref.lane, rate: open.rate, base: open.base, firstRound: open.firstRound },
      channel.expiry,
      Date.now(),
    );
    await this.ctx.enclave.openSession({
      sessionId: open.sessionId,
      channelId: hexToBytes32(channel.channelId),
      functionMeasurement: open.functionMeasurement,
      sealedSession: open.sealedSession,
      firstRound: open.firstRound,
    });
    this.token = token;
    emit(this.ctx.events, 'sessionOpened', sessionId);
    this.ctx.log(`session ${sessionId.slice(0, 10)} opened on channel ${channel.channelId.slice(0, 10)} by ${requester}`);
    await this.runRound(Math.min(open.cycles, open.sessionCycles));
  }

  private async runRound(cycles: number): Promise<void> {
    const nowSeconds = this.chainNowSeconds();
    this.checkCollectable(this.session!.expiry, nowSeconds);
    const started = startRound(this.session!, cycles, nowSeconds, this.ctx.policy);
    this.session = started.state;
    const result = await this.runInEnclave(this.session, started.round, cycles);
    this.deliverResult(started.round, cycles, result);
  }

  /** Stores the round's key, then sends its result: a paid key must never be lost. */
  private deliverResult(round: bigint, cycles: number, result: RoundResult): void {
    const record = decodeRecord(result.record);
    const keyHash = keyHashOf(result.key);
    this.session = finishRound(this.session!, { round, cyclesDone: Number(record.cyclesDone), workUnits: Number(record.workUnits), keyHash });
    this.ctx.store.insertRound({
      sessionId: this.session.sessionId,
      channelId: this.session.channelId,
      round,
      cyclesAsked: cycles,
      cyclesDone: Number(record.cyclesDone),
      key: result.key,
      keyHash,
      amountDue: this.session.unpaid!.amountDue,
    });
    this.pendingKey = result.key;
    const message = this.misbehaveOnResult(round, resultMessage(round, result, record));
    this.send(message);
    this.armIdleTimer();
  }

  /**
   * A valid payment for round r arrives with the cycles of round r+1. Once its signature and amount
   * check out, round r+1 is handed to the enclave (another thread) and, while it runs, the payment
   * is committed (fsync) on this thread; only then is k released, and only after that can the result
   * of r+1 leave. So the executor starts r+1 only with a valid payment for r in hand, never releases
   * anything unpaid, and is never owed more than one round. A valid payment is always stored and its
   * k released: if round r+1 is refused (cycles, deposit, expiry), that comes after, as the error
   * that ends the session.
   */
  private async onPay(pay: PayMessage): Promise<void> {
    const session = this.session!;
    // Too late to collect even ahead of the queue: refused before anything is accepted or released.
    const timing = this.collectTiming(this.chainNowSeconds());
    const release = timing === undefined ? 'release' : paymentRelease(session.expiry, timing);
    const expected = expectedPayment(session);
    const signer = pay.amount === expected.amount ? this.paymentSigner(expected, toHex(pay.signature)) : undefined;
    checkPayment(session, pay.amount, signer);
    const round = session.unpaid!.round;
    const paid = acceptPayment(session);
    this.session = paid;
    let next: { round: bigint; running: Promise<RoundResult> } | undefined;
    let refused: unknown;
    if (pay.nextCycles > 0 && !this.misbehaving('crash-after-payment', round)) {
      try {
        next = this.startNextRound(paid, pay.nextCycles);
      } catch (error) {
        refused = error;
      }
    }
    const stored = {
      channelId: session.channelId,
      amount: pay.amount,
      keyHash: expected.keyHash,
      key: this.pendingKey!,
      signature: toHex(pay.signature),
      sessionId: session.sessionId,
      round,
    };
    const withhold = this.misbehaving('withhold-key', round) || this.misbehaving('withhold-key-no-collect', round);
    if (withhold) this.ctx.store.insertPayment(stored, Date.now());
    else if (release === 'collect-first') {
      // Too late for the queue: k leaves only once the payment is collected (which reveals k anyway).
      this.ctx.store.insertPayment(stored, Date.now());
      await this.ctx.deadlines!.collectFirst(session.channelId);
      this.ctx.store.markReleased(session.sessionId, round);
      this.ctx.log(`session ${session.sessionId.slice(0, 10)}: late payment for round ${round} collected before its key was released`);
    } else this.ctx.store.insertPaymentAndRelease(stored, Date.now());
    emit(this.ctx.events, 'paymentAccepted', this.token, pay.amount - session.paid, !withhold);
    if (this.misbehaving('crash-after-payment', round)) crashNow();
    if (!withhold) this.send({ kind: 'key', round, key: this.pendingKey! });
    this.pendingKey = undefined;
    if (refused !== undefined) throw refused;
    if (next !== undefined) {
      this.deliverResult(next.round, pay.nextCycles, await next.running);
    } else {
      this.end(1000, 'session complete');
    }
  }

  /**
   * Who signed the payment, as recovery says (undefined if nothing recovers). Once a payment of this
   * session recovered to the requester, later ones are verified against its public key (the same
   * acceptance, see isPaymentSignedBy); one that fails is recovered, so errors name the signer.
   */
  private paymentSigner(terms: PaymentTerms, signature: Hex): Address | undefined {
    const session = this.session!;
    if (this.requesterPublicKey !== undefined && isPaymentSignedBy(this.ctx.chain.domain, terms, signature, this.requesterPublicKey)) {
      return session.requester;
    }
    try {
      const { signer, publicKey } = recoverPaymentSignerKey(this.ctx.chain.domain, terms, signature);
      if (signer.toLowerCase() === session.requester.toLowerCase()) this.requesterPublicKey = publicKey;
      return signer;
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      return undefined;
    }
  }

  /** Checks round r+1 against the signed schedule and the channel, and hands it to the enclave. */
  private startNextRound(paid: ExecutorSessionState, cycles: number): { round: bigint; running: Promise<RoundResult> } {
    checkNextCycles(paid, cycles);
    const nowSeconds = this.chainNowSeconds();
    this.checkCollectable(paid.expiry, nowSeconds);
    const started = startRound(paid, cycles, nowSeconds, this.ctx.policy);
    const running = this.runInEnclave(paid, started.round, cycles);
    running.catch(() => undefined); // awaited in onPay; a failure ends the connection there
    this.session = started.state;
    return { round: started.round, running };
  }

  /** The collector's timing, at the later of its chain time and `nowSeconds` (undefined without a collector). */
  private collectTiming(nowSeconds: bigint): CollectTiming | undefined {
    const timing = this.ctx.deadlines?.timing();
    if (timing === undefined) return undefined;
    return { ...timing, nowSeconds: timing.nowSeconds > nowSeconds ? timing.nowSeconds : nowSeconds };
  }

  /** Throws CHANNEL_COLLECT_INFEASIBLE when a round starting now could not be collected before expiry. */
  private checkCollectable(expiry: bigint, nowSeconds: bigint): void {
    const timing = this.collectTiming(nowSeconds);
    if (timing !== undefined) checkRoundCollectable(expiry, timing);
  }

  /**
   * Hands a started round to the enclave, with the work the channel can still pay for and the
   * requester as its fair-queue key. A round that fails there after running (timeout, trap, out of
   * memory, too large, work budget spent) is stored as the channel's unpaid round before the error
   * ends the session: failing costs the requester its channel exactly as not paying does.
   */
  private async runInEnclave(session: ExecutorSessionState, round: bigint, cycles: number): Promise<RoundResult> {
    try {
      return await this.ctx.enclave.runRound(hexToBytes32(session.sessionId), round, cycles, {
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

  /** Chain time estimated from the local clock and the offset measured at the opening. */
  private chainNowSeconds(): bigint {
    return BigInt(Math.floor(Date.now() / 1000)) + this.chainClockOffset;
  }

  private misbehaving(kind: MisbehaviourSwitch['kind'], round: bigint): boolean {
    const m = this.ctx.misbehave;
    return m !== undefined && m.kind === kind && round >= m.fromRound;
  }

  private misbehaveOnResult(round: bigint, message: ResultMessage): ResultMessage {
    const honest = message;
    let sent = honest;
    if (this.misbehaving('tamper-record', round)) {
      const stateCiphertext = message.stateCiphertext.slice();
      if (stateCiphertext.length > 0) stateCiphertext[stateCiphertext.length - 1]! ^= 0x01;
      sent = { ...message, stateCiphertext };
    } else if (this.misbehaving('replay-record', round) && this.previousResult !== undefined) {
      sent = this.previousResult;
    }
    this.previousResult = honest;
    return sent;
  }

  private send(message: Message): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(encodeMessage(message));
  }

  private fail(error: unknown): void {
    if (this.ended) return;
    const known = isAirtntError(error);
    const code = known ? error.code : 'INTERNAL_ERROR';
    const text = known ? error.message.split('\n')[0]! : 'the executor failed to handle the message';
    this.ctx.log(`session ${this.session?.sessionId.slice(0, 10) ?? '(none)'} dropped: ${code}: ${printableText(text)}`);
    if (!known) this.ctx.log(String(error instanceof Error ? error.stack : error));
    emit(this.ctx.events, 'sessionFailed', code, printableText(text), this.session !== undefined);
    this.send({ kind: 'error', code, message: text });
    this.end(1008, code);
  }

  private end(code: number, reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.disarmIdleTimer();
    try {
      this.ws.close(code, reason.slice(0, 120));
    } catch {
      this.ws.terminate();
    }
    // A peer that does not complete the closing handshake is cut off.
    setTimeout(() => this.ws.terminate(), 2_000).unref();
  }

  private onClose(): void {
    this.ended = true;
    this.closed = true;
    this.disarmIdleTimer();
    // A frame still being handled (a round in the enclave) settles the session when it is done.
    if (this.inFlight === undefined) this.settle();
  }

  /**
   * Runs once the socket is closed and no frame is being handled: the enclave's round (if any) has
   * settled. A round that ran and was not paid stays marked on its channel in the store (set with its
   * key), which refuses later sessions on that channel; only now are the channel and session id freed.
   */
  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    try {
      const session = this.session;
      if (session !== undefined) {
        const stats = this.stats();
        const reason = session.phase === 'awaiting-payment' ? 'unpaid' : session.phase === 'running' ? 'failed' : 'closed';
        this.ctx.store.endSession(session.sessionId, reason, { sent: stats.bytesSent, received: stats.bytesReceived }, Date.now());
        emit(this.ctx.events, 'sessionEnded', reason, { sent: stats.bytesSent, received: stats.bytesReceived });
        void this.ctx.enclave.closeSession(hexToBytes32(session.sessionId)).catch(() => undefined);
      }
      if (this.claimedChannel !== undefined) this.ctx.activeChannels.delete(this.claimedChannel);
      if (this.claimedSession !== undefined) this.ctx.activeSessions.delete(this.claimedSession);
      if (session !== undefined) this.ctx.onSessionEnd(session.channelId);
    } catch (error) {
      // Only the session's bookkeeping is lost here; payments and keys were stored when they arrived.
      this.ctx.log(`session settle failed: ${printableText(String(error))}`);
    } finally {
      this.resolveSettled();
    }
  }

  stats(): ConnectionStats {
    return { bytesSent: this.socket.bytesWritten, bytesReceived: this.socket.bytesRead };
  }

  private armIdleTimer(ms = this.ctx.idleMs, code: AirtntErrorCode = 'SESSION_IDLE'): void {
    this.disarmIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.fail(new AirtntError(code, `no message from the requester for ${ms} ms`));
    }, ms);
    this.idleTimer.unref();
  }

  private disarmIdleTimer(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}
