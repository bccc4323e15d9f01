/**
 * One requester connection on the executor: the frame side. Decodes and validates every frame,
 * hands it to the session (opening: executor-session-open.ts; rounds and payments:
 * executor-session-rounds.ts), and owns the socket, its idle deadline and the session's settling.
 * Any bad input ends this connection with an error frame; nothing stored is lost and the node keeps
 * serving others.
 *
 * The requester never has two frames outstanding, so a frame that arrives while another is being
 * handled ends the connection (nothing queues up). A connection must `open` within preOpenMs.
 * The session id is claimed before the first await, the channel once its checks pass; both stay
 * claimed until the frame being handled has settled (its round in the enclave done), even after the
 * socket closed. A round run ahead of a payment is not waited for: nobody can pay it once the socket
 * closed, and closing the session in the enclave drops it (or lets it finish under wiped keys, unused).
 */
import type { Socket } from 'node:net';
import type { Hex } from 'viem';
import type { WebSocket } from 'ws';
import type { ChainClient } from '../chain/index.js';
import type { Enclave } from '../enclave/types.js';
import type { ChannelPolicy } from '../protocol/executor-session.js';
import { decodeMessage, encodeMessage, printableText, type Message, type ModuleMessage, type OpenMessage } from '../protocol/messages.js';
import { AirtntError, isAirtntError, type AirtntErrorCode } from '../util/errors.js';
import { frameBytes, outOfOrder } from './executor-frames.js';
import type { CollectDeadlines } from './collector.js';
import { emit, type ExecutorEvents } from './executor-events.js';
import { checkOpening, SessionClaims, startOpenedSession } from './executor-session-open.js';
import { ServedSession } from './executor-session-rounds.js';
import type { ExecutorStore } from './executor-store.js';
import { IdleTimer } from './idle-timer.js';
import type { ExecutorFaults } from './faults.js';
import type { ExecutorModules } from './executor-modules.js';
import type { ExecutorPoolContext } from './executor-pool-open.js';
import { PoolMemberSession } from './executor-pool-session.js';
import { sessionLinkVersion } from '../protocol/messages.js';

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
  /** Test-only misbehaviour and crash points (src/node/faults.ts); production: NO_EXECUTOR_FAULTS. */
  faults: ExecutorFaults;
  /** Modules sent with sessions (executor-modules.ts); absent: built-in functions only. */
  modules?: ExecutorModules;
  /** The client's address as limited (client-address.ts limitKey): module checks are bounded per client. */
  clientKey?: string;
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
  /** Pool sessions (executor-pool-session.ts); absent: an `open` carrying a pool is refused. */
  pool?: ExecutorPoolContext;
};

const DEFAULT_PRE_OPEN_MS = 3_000;
/** How long a peer may take to complete the closing handshake before it is cut off. */
const CLOSE_HANDSHAKE_MS = 2_000;

export type ConnectionStats = { bytesSent: number; bytesReceived: number };

/** Serves one connection; resolves once its session has settled (the node waits for that before closing its store). */
export function handleConnection(ws: WebSocket, socket: Socket, ctx: ConnectionContext): Promise<void> {
  const connection = new ExecutorConnection(ws, socket, ctx);
  connection.begin();
  return connection.settledPromise;
}

class ExecutorConnection {
  private served: ServedSession | undefined;
  /** A pool session's member (executor or standby); then `served` stays undefined. */
  private pooled: PoolMemberSession | undefined;
  private readonly claims = new SessionClaims();
  private ended = false;
  private closed = false;
  private settled = false;
  private resolveSettled!: () => void;
  readonly settledPromise = new Promise<void>((resolve) => (this.resolveSettled = resolve));
  private readonly idle = new IdleTimer();
  /** The frame being handled (at most one: a second one while it runs ends the connection). */
  private inFlight: Promise<void> | undefined;
  private moduleMessages = 0;
  /** The socket is corked until the end of this tick (send()). */
  private corked = false;

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
    this.idle.disarm();
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
    if (this.pooled !== undefined) {
      await this.pooled.onMessage(message);
      return;
    }
    const served = this.served;
    if (served === undefined) {
      if (message.kind === 'module') {
        await this.onModule(message);
        return;
      }
      if (message.kind !== 'open') throw outOfOrder(message.kind, 'open');
      await this.onOpen(message);
      return;
    }
    if (message.kind !== 'pay' || served.state.phase !== 'awaiting-payment') {
      throw outOfOrder(message.kind, served.state.phase === 'awaiting-payment' ? 'pay' : 'nothing (a round is running)');
    }
    await served.onPay(message);
  }

  /** Modules: at most a question and the module itself per connection, before any `open` (docs/protocol.md part 3, "Modules"). */
  private async onModule(message: ModuleMessage): Promise<void> {
    this.moduleMessages += 1;
    if (this.ctx.modules === undefined) throw new AirtntError('FUNCTION_NOT_ACCEPTED', 'this executor runs its built-in functions only');
    if (this.moduleMessages > 2) throw outOfOrder('module', 'open');
    this.send(await this.ctx.modules.answer(message, this.ctx.clientKey));
    this.armIdleTimer(this.ctx.preOpenMs ?? DEFAULT_PRE_OPEN_MS, 'SESSION_NOT_OPENED');
  }

  private async onOpen(open: OpenMessage): Promise<void> {
    if (open.pool !== undefined) {
      if (this.ctx.pool === undefined) throw new AirtntError('POOL_NOT_SERVED', 'this executor serves no pool sessions');
      await PoolMemberSession.open(this.ctx, this.ctx.pool, open, this.claims, this.sessionLink(), (session) => {
        this.pooled = session;
        // Counted by `executor status` and the stop line, a standby's session too (pool.sqlite keeps nothing of it once ended).
        this.ctx.store.recordPoolSession(session.state.sessionId, session.state.channelId, !session.isStandby, Date.now());
      });
      return;
    }
    const opening = await checkOpening(this.ctx, open, this.claims);
    // The session exists from here on: a failure below settles it in the store (see settle()).
    const served = new ServedSession(this.ctx, opening, this.sessionLink());
    this.served = served;
    await startOpenedSession(this.ctx, opening, open);
    await served.runRound(Math.min(open.cycles, open.sessionCycles));
  }

  private sessionLink() {
    // The link's version, agreed at the upgrade (messages.ts SESSION_SUBPROTOCOLS): what the requester can do without.
    const version = sessionLinkVersion(this.ws.protocol);
    return {
      send: (message: Message) => this.send(message),
      awaitRequester: () => this.armIdleTimer(),
      end: (code: number, reason: string) => this.end(code, reason),
      ended: () => this.ended,
      derivesKeyHash: version >= 2,
      payWithoutAmount: version >= 3,
    };
  }

  /**
   * Frames sent in one turn of the event loop leave in one write: a paid round's key and the next
   * round's result (sent one after the other, in that order) cost one system call, not two, and reach
   * the requester in one read. The socket is uncorked before the loop goes on, so nothing waits longer.
   */
  private send(message: Message): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (!this.corked) {
      this.corked = true;
      this.socket.cork();
      process.nextTick(() => {
        this.corked = false;
        this.socket.uncork();
      });
    }
    this.ws.send(encodeMessage(message));
  }

  private fail(error: unknown): void {
    if (this.ended) return;
    const known = isAirtntError(error);
    const code = known ? error.code : 'INTERNAL_ERROR';
    const text = known ? error.message.split('\n')[0]! : 'the executor failed to handle the message';
    this.ctx.log(`session ${this.served?.state.sessionId.slice(0, 10) ?? '(none)'} dropped: ${code}: ${printableText(text)}`);
    if (!known) this.ctx.log(String(error instanceof Error ? error.stack : error));
    emit(this.ctx.events, 'sessionFailed', code, printableText(text), this.served !== undefined);
    this.send({ kind: 'error', code, message: text });
    this.end(1008, code);
  }

  private end(code: number, reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.idle.disarm();
    try {
      this.ws.close(code, reason.slice(0, 120));
    } catch {
      this.ws.terminate();
    }
    // A peer that does not complete the closing handshake is cut off.
    setTimeout(() => this.ws.terminate(), CLOSE_HANDSHAKE_MS).unref();
  }

  private onClose(): void {
    this.ended = true;
    this.closed = true;
    this.idle.disarm();
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
      if (this.pooled !== undefined) {
        this.pooled.close();
        void this.ctx.enclave.closeSession(this.pooled.sessionId).catch(() => undefined);
        // Last: only the count of `executor status` depends on it; the session is let go of above whatever it throws.
        this.ctx.store.endPoolSession(this.pooled.state.sessionId, !this.pooled.isStandby, Date.now());
      }
      const served = this.served;
      const session = served?.state;
      if (served !== undefined && session !== undefined) {
        const stats = this.stats();
        const reason = session.phase === 'awaiting-payment' ? 'unpaid' : session.phase === 'running' ? 'failed' : 'closed';
        this.ctx.store.endSession(session.sessionId, reason, { sent: stats.bytesSent, received: stats.bytesReceived }, Date.now());
        this.ctx.faults.reached('session-ended', { sessionId: session.sessionId, round: session.nextRound });
        emit(this.ctx.events, 'sessionEnded', reason, { sent: stats.bytesSent, received: stats.bytesReceived });
        void this.ctx.enclave.closeSession(served.sessionId).catch(() => undefined);
      }
      this.claims.release(this.ctx);
      if (session !== undefined) this.ctx.onSessionEnd(session.channelId);
      // A pool session's end: its channel is free, and the member's pool collector plans its collect now.
      else if (this.pooled !== undefined) this.ctx.onSessionEnd(this.pooled.state.channelId);
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
    this.idle.arm(ms, () => this.fail(new AirtntError(code, `no message from the requester for ${ms} ms`)));
  }
}
