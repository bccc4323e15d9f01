/**
 * One requester connection on the executor: decodes and validates every frame, drives the pure
 * session machine (src/protocol/executor-session.ts), runs rounds in the enclave, and commits every
 * accepted payment to SQLite before releasing its key. Any bad input ends this connection with an
 * error frame; nothing stored is lost and the node keeps serving others.
 */
import type { Socket } from 'node:net';
import { zeroAddress, type Address, type Hex } from 'viem';
import type { WebSocket } from 'ws';
import { readChannel, chainNow, type ChainClient } from '../chain/index.js';
import type { Enclave, RoundResult } from '../enclave/types.js';
import {
  acceptPayment,
  checkPayment,
  checkSessionOpening,
  expectedPayment,
  finishRound,
  newExecutorSession,
  startRound,
  type ChannelPolicy,
  type ExecutorSessionState,
} from '../protocol/executor-session.js';
import { decodeMessage, encodeMessage, type Message, type OpenMessage, type PayMessage, type ResultMessage } from '../protocol/messages.js';
import { keyHashOf, recoverPaymentSigner } from '../protocol/payment.js';
import { decodeRecord, type RoundRecord } from '../protocol/record.js';
import { recoverSessionOpenSigner } from '../protocol/session-open.js';
import { toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
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
  /** Channels and sessions with a live connection (a channel serves one session at a time). */
  activeChannels: Set<Hex>;
  activeSessions: Set<Hex>;
  misbehave: MisbehaviourSwitch | undefined;
  onSessionEnd(channelId: Hex): void;
  log(line: string): void;
};

export type ConnectionStats = { bytesSent: number; bytesReceived: number };

export function handleConnection(ws: WebSocket, socket: Socket, ctx: ConnectionContext): void {
  const connection = new ExecutorConnection(ws, socket, ctx);
  connection.begin();
}

class ExecutorConnection {
  private session: ExecutorSessionState | undefined;
  private pendingKey: Uint8Array | undefined;
  private previousResult: ResultMessage | undefined;
  private ended = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Chain time = local time + offset, measured at the opening (one RPC per session, not per round). */
  private chainClockOffset = 0n;

  constructor(
    private readonly ws: WebSocket,
    private readonly socket: Socket,
    private readonly ctx: ConnectionContext,
  ) {}

  begin(): void {
    this.armIdleTimer();
    this.ws.on('message', (data, isBinary) => {
      const frame = toBytes(data);
      this.queue = this.queue.then(() => this.onFrame(frame, isBinary)).catch((error: unknown) => this.fail(error));
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
      this.ctx.log(`requester error: ${message.code}: ${message.message}`);
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
    if (this.ctx.activeSessions.has(sessionId) || this.ctx.store.hasSession(sessionId)) {
      throw new AirtntError('SESSION_EXISTS', 'this session id was used before', { hint: 'draw a fresh random session id' });
    }
    const executor = this.ctx.chain.account.address;
    const token = open.token ?? zeroAddress;
    // The signer is the requester: the channel looked up is (signer, this executor, token, lane).
    const requester = await recoverSessionOpenSigner(
      this.ctx.chain.domain,
      {
        executor,
        token,
        lane: open.lane,
        sessionId: open.sessionId,
        functionMeasurement: open.functionMeasurement,
        sealedSession: open.sealedSession,
        firstRound: open.firstRound,
        rate: open.rate,
        base: open.base,
      },
      open.signature,
    );
    const ref = { requester, executor, token, lane: open.lane };
    const [channel, nowSeconds] = await Promise.all([readChannel(this.ctx.chain, ref), chainNow(this.ctx.chain)]);
    this.chainClockOffset = nowSeconds - BigInt(Math.floor(Date.now() / 1000));
    checkSessionOpening({
      channel,
      knownSigned: this.ctx.store.latestPayment(channel.channelId)?.amount ?? 0n,
      signer: requester,
      requester,
      rate: open.rate,
      base: open.base,
      cycles: open.cycles,
      nowSeconds,
      policy: this.ctx.policy,
    });
    // Checked and claimed with no await in between, so two openings cannot both pass.
    if (this.ctx.activeChannels.has(channel.channelId)) {
      throw new AirtntError('CHANNEL_BUSY', 'another session is running on this channel', {
        hint: 'one channel serves one session at a time; use another lane',
      });
    }
    this.ctx.activeChannels.add(channel.channelId);
    this.ctx.activeSessions.add(sessionId);
    this.session = newExecutorSession({ sessionId, channel, requester, rate: open.rate, base: open.base, firstRound: open.firstRound });
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
    this.ctx.log(`session ${sessionId.slice(0, 10)} opened on channel ${channel.channelId.slice(0, 10)} by ${requester}`);
    await this.runRound(open.cycles);
  }

  private async runRound(cycles: number): Promise<void> {
    const nowSeconds = BigInt(Math.floor(Date.now() / 1000)) + this.chainClockOffset;
    const started = startRound(this.session!, cycles, nowSeconds, this.ctx.policy);
    this.session = started.state;
    const result = await this.ctx.enclave.runRound(hexToBytes32(this.session.sessionId), started.round, cycles);
    this.deliverResult(started.round, cycles, result);
  }

  /** Stores the round's key, then sends its result: a paid key must never be lost. */
  private deliverResult(round: bigint, cycles: number, result: RoundResult): void {
    const record = decodeRecord(result.record);
    const keyHash = keyHashOf(result.key);
    this.session = finishRound(this.session!, { round, cyclesDone: Number(record.cyclesDone), keyHash });
    this.ctx.store.insertRound({
      sessionId: this.session.sessionId,
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
   * anything unpaid, and is never owed more than one round.
   */
  private async onPay(pay: PayMessage): Promise<void> {
    const session = this.session!;
    const expected = expectedPayment(session);
    let signer: Address | undefined;
    if (pay.amount === expected.amount) {
      try {
        signer = await recoverPaymentSigner(this.ctx.chain.domain, { ...expected, amount: pay.amount }, toHex(pay.signature));
      } catch (error) {
        if (!isAirtntError(error)) throw error;
        signer = undefined;
      }
    }
    checkPayment(session, pay.amount, signer);
    const round = session.unpaid!.round;
    const paid = acceptPayment(session);
    let next: { round: bigint; running: Promise<RoundResult> } | undefined;
    if (pay.nextCycles > 0 && !this.misbehaving('crash-after-payment', round)) {
      const nowSeconds = BigInt(Math.floor(Date.now() / 1000)) + this.chainClockOffset;
      const started = startRound(paid, pay.nextCycles, nowSeconds, this.ctx.policy);
      const running = this.ctx.enclave.runRound(hexToBytes32(session.sessionId), started.round, pay.nextCycles);
      running.catch(() => undefined); // awaited below; a failure ends the connection there
      next = { round: started.round, running };
      this.session = started.state;
    } else {
      this.session = paid;
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
    else this.ctx.store.insertPaymentAndRelease(stored, Date.now());
    if (this.misbehaving('crash-after-payment', round)) crashNow();
    if (!withhold) this.send({ kind: 'key', round, key: this.pendingKey! });
    this.pendingKey = undefined;
    if (next !== undefined) {
      this.deliverResult(next.round, pay.nextCycles, await next.running);
    } else {
      this.end(1000, 'session complete');
    }
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
    this.ctx.log(`session ${this.session?.sessionId.slice(0, 10) ?? '(none)'} dropped: ${code}: ${text}`);
    if (!known) this.ctx.log(String(error instanceof Error ? error.stack : error));
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
    this.disarmIdleTimer();
    const session = this.session;
    if (session === undefined) return;
    const stats = this.stats();
    this.ctx.store.endSession(session.sessionId, session.phase === 'awaiting-payment' ? 'unpaid' : 'closed', { sent: stats.bytesSent, received: stats.bytesReceived }, Date.now());
    this.ctx.activeChannels.delete(session.channelId);
    this.ctx.activeSessions.delete(session.sessionId);
    // Wait for a round still running in the enclave before closing its session there.
    void this.queue.finally(() => this.ctx.enclave.closeSession(hexToBytes32(session.sessionId)).catch(() => undefined));
    this.ctx.onSessionEnd(session.channelId);
  }

  stats(): ConnectionStats {
    return { bytesSent: this.socket.bytesWritten, bytesReceived: this.socket.bytesRead };
  }

  private armIdleTimer(): void {
    this.disarmIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.fail(new AirtntError('SESSION_IDLE', `no message from the requester for ${this.ctx.idleMs} ms`));
    }, this.ctx.idleMs);
    this.idleTimer.unref();
  }

  private disarmIdleTimer(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}

function resultMessage(round: bigint, result: RoundResult, record: RoundRecord): ResultMessage {
  return {
    kind: 'result',
    round,
    cyclesDone: Number(record.cyclesDone),
    stateCommitment: record.outputStateCommitment,
    keyHash: record.keyHash,
    signature: result.signature,
    stateCiphertext: result.stateCiphertext,
    outputsCiphertext: result.outputsCiphertext,
  };
}

function outOfOrder(got: string, expected: string): AirtntError {
  return new AirtntError('MESSAGE_OUT_OF_ORDER', `unexpected "${got}" message`, { details: { got, expected } });
}

function hexToBytes32(hex: Hex): Uint8Array {
  return new Uint8Array(Buffer.from(hex.slice(2), 'hex'));
}

function toBytes(data: unknown): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data as Buffer[]));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array((data as Buffer).buffer, (data as Buffer).byteOffset, (data as Buffer).byteLength);
}
