/**
 * The requester's end of a session connection: a WebSocket client that sends and receives wire
 * messages, counts bytes at the socket (HTTP upgrade included), and waits for each message with a
 * time bound. An `error` message from the executor, a malformed frame, a dropped connection or a
 * timeout all surface as typed errors from next().
 */
import type { Socket } from 'node:net';
import { setTimeout as wait } from 'node:timers/promises';
import WebSocket from 'ws';
import { decodeMessage, encodeMessage, printableText, WIRE_LIMITS, type Message } from '../protocol/messages.js';
import { AirtntError, isAirtntError, RemoteRefusalError } from '../util/errors.js';
import { SESSION_SUBPROTOCOLS, sessionLinkVersion, type SessionLinkVersion } from '../protocol/messages.js';

export type PeerBytes = { sent: number; received: number };

/**
 * Frames the executor may have sent ahead of our reading them: after a `pay`, the key and the next
 * result. Anything beyond is not the protocol, and is not kept (frames are up to 4 MiB each).
 */
const MAX_QUEUED_MESSAGES = 2;

export type ConnectOptions = {
  timeoutMs: number;
  maxFrameBytes?: number;
  /** PEM certificate(s) trusted for wss:// besides the system's (a self-signed executor). */
  ca?: string | Buffer;
  /** Gives the connection up (a retry waiting, a handshake under way): CONNECTION_ABANDONED. */
  signal?: AbortSignal;
};

function abandoned(url: string): AirtntError {
  return new AirtntError('CONNECTION_ABANDONED', `the connection to ${url} was given up: the session's opening failed before it was sent`, { details: { url } });
}

export type BackoffOptions = {
  /** Retries after the first attempt (default 5). */
  retries?: number;
  /** First backoff (default 250 ms), doubled per retry up to maxDelayMs (default 8 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** The longest Retry-After honoured (default 30 s): a hostile executor must not park a requester. */
  maxRetryAfterMs?: number;
  random?: () => number;
};

/** Retry-After in ms (delta-seconds or an HTTP date), undefined when absent or unreadable. */
export function retryAfterMsOf(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.length > 64) return undefined;
  if (/^\d{1,9}$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry `attempt` (0-based): exponential backoff with jitter (half fixed, half
 * random, so clients refused together do not come back together), at least what Retry-After asked
 * within maxRetryAfterMs.
 */
export function backoffDelayMs(attempt: number, retryAfterMs: number | undefined, options: BackoffOptions = {}): number {
  const base = Math.min(options.maxDelayMs ?? 8_000, (options.baseDelayMs ?? 250) * 2 ** attempt);
  const jittered = base / 2 + (options.random ?? Math.random)() * (base / 2);
  return Math.round(Math.max(jittered, Math.min(retryAfterMs ?? 0, options.maxRetryAfterMs ?? 30_000)));
}

/** Connects, retrying only an executor that answered 503 (busy), with bounded backoff; other failures are final. */
export async function connectWithBackoff(url: string, options: ConnectOptions & { backoff?: BackoffOptions }): Promise<ExecutorPeer> {
  const retries = options.backoff?.retries ?? 5;
  for (let attempt = 0; ; attempt++) {
    try {
      return await ExecutorPeer.connect(url, options);
    } catch (error) {
      if (!isAirtntError(error, 'EXECUTOR_BUSY') || attempt >= retries) throw error;
      const delay = backoffDelayMs(attempt, error.details.retryAfterMs as number | undefined, options.backoff);
      await wait(delay, undefined, options.signal === undefined ? {} : { signal: options.signal }).catch(() => {
        throw abandoned(url);
      });
    }
  }
}

export class ExecutorPeer {
  private readonly inbox: Message[] = [];
  private waiter: { resolve: (m: Message) => void; reject: (e: Error) => void } | undefined;
  private failure: AirtntError | undefined;
  private readonly failedListeners: ((error: AirtntError) => void)[] = [];
  /** The silence limit once watchSilence runs (mutable: a standby's limit becomes the executor's). */
  private silence: { ms: number } | undefined;
  private socket: Socket | undefined;
  private finalBytes: PeerBytes | undefined;

  private constructor(
    private readonly ws: WebSocket,
    readonly url: string,
  ) {}

  static connect(url: string, options: ConnectOptions): Promise<ExecutorPeer> {
    if (options.signal?.aborted === true) return Promise.reject(abandoned(url));
    return new Promise((resolve, reject) => {
      // The link versions this requester speaks (messages.ts SESSION_SUBPROTOCOLS): a left-out key hash, a left-out amount.
      const ws = new WebSocket(url, [...SESSION_SUBPROTOCOLS], {
        maxPayload: options.maxFrameBytes ?? WIRE_LIMITS.maxFrameBytes,
        handshakeTimeout: options.timeoutMs,
        perMessageDeflate: false,
        ...(options.ca === undefined ? {} : { ca: options.ca }),
      });
      const peer = new ExecutorPeer(ws, url);
      ws.on('upgrade', (response) => {
        peer.socket = response.socket as Socket;
      });
      // A refusal at the upgrade (503 when the executor is full) is an answer, not a broken link: it
      // says when to come back (connectWithBackoff waits and retries).
      ws.on('unexpected-response', (_request, response) => {
        const status = response.statusCode ?? 0;
        const retryAfterMs = retryAfterMsOf(response.headers['retry-after']);
        response.on('error', () => undefined);
        response.resume();
        const refused =
          status === 503
            ? new AirtntError('EXECUTOR_BUSY', `the executor at ${url} is full (503)`, { details: { url, retryAfterMs } })
            : new AirtntError('EXECUTOR_UNREACHABLE', `connection to ${url} refused with HTTP ${status}`, { details: { url, status } });
        peer.fail(refused);
        reject(refused);
        ws.terminate();
      });
      // Given up before it opened: the socket goes at once (after it opened, its owner closes the peer).
      const giveUp = () => {
        const error = abandoned(url);
        peer.fail(error);
        reject(error);
        ws.terminate();
      };
      options.signal?.addEventListener('abort', giveUp, { once: true });
      ws.once('open', () => {
        options.signal?.removeEventListener('abort', giveUp);
        resolve(peer);
      });
      ws.on('message', (data, isBinary) => peer.onFrame(data as Buffer, isBinary));
      ws.on('error', (error) => {
        const wrapped = new AirtntError('EXECUTOR_UNREACHABLE', `connection to ${url} failed: ${error.message}`, { cause: error });
        peer.fail(wrapped);
        reject(wrapped);
      });
      ws.on('close', (code, reason) => {
        options.signal?.removeEventListener('abort', giveUp);
        peer.captureBytes();
        peer.fail(
          new AirtntError('EXECUTOR_DISCONNECTED', `the executor closed the connection (${code}${reason.length > 0 ? `: ${printableText(reason.toString())}` : ''})`, {
            details: { code },
          }),
        );
      });
    });
  }

  /** Sends one message; resolves once it is handed to the socket. */
  send(message: Message): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.ws.send(encodeMessage(message), (error) => (error ? reject(new AirtntError('EXECUTOR_DISCONNECTED', error.message, { cause: error })) : resolve()));
    });
  }

  /** The next message, within `timeoutMs` (EXECUTOR_TIMEOUT otherwise). */
  next(timeoutMs: number, waitingFor: string): Promise<Message> {
    const queued = this.inbox.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(new AirtntError('EXECUTOR_TIMEOUT', `no ${waitingFor} from the executor within ${timeoutMs} ms`, { details: { url: this.url } }));
      }, timeoutMs);
      this.waiter = {
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
    });
  }

  /**
   * A pool session's heartbeat (docs/protocol.md, "Heartbeats and the view change"): pings every
   * `pingEveryMs`; the executor is down (EXECUTOR_SILENT, the socket dropped) when neither a frame nor a
   * pong arrived for `silenceMs`, so a partitioned executor (alive, socket open, not answering) fails
   * a wait as a closed socket does. Pongs come from the host's event loop while its enclave computes
   * in a worker. A stall of our own event loop (a tick later than two pings) blames nobody.
   */
  watchSilence(silenceMs: number, pingEveryMs = Math.max(20, Math.floor(silenceMs / 5))): void {
    // Watched already (a pool standby that became the executor): only the limit changes, one timer.
    if (this.silence !== undefined) {
      this.silence.ms = silenceMs;
      return;
    }
    const silence = (this.silence = { ms: silenceMs });
    let heard = Date.now();
    let tick = heard;
    const hear = (): void => {
      heard = Date.now();
    };
    this.ws.on('pong', hear);
    this.ws.on('message', hear);
    const timer = setInterval(() => {
      const now = Date.now();
      if (now - tick > 2 * pingEveryMs) heard = now;
      tick = now;
      if (this.failure !== undefined || this.ws.readyState !== WebSocket.OPEN) {
        clearInterval(timer);
        return;
      }
      if (now - heard > silence.ms) {
        clearInterval(timer);
        this.fail(new AirtntError('EXECUTOR_SILENT', `the executor at ${this.url} sent neither a frame nor a pong for ${now - heard} ms (limit ${silence.ms} ms)`, { details: { url: this.url, silenceMs: silence.ms } }));
        this.ws.terminate();
        return;
      }
      this.ws.ping();
    }, pingEveryMs);
    timer.unref();
    this.ws.once('close', () => clearInterval(timer));
  }

  /** Tells the executor what went wrong (best effort) and closes. */
  abort(error: unknown): void {
    if (this.ws.readyState === WebSocket.OPEN) {
      const code = isAirtntError(error) ? error.code : 'REQUESTER_ERROR';
      const text = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      this.ws.send(encodeMessage({ kind: 'error', code, message: text }));
    }
    this.close(1008);
  }

  close(code = 1000): void {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) {
      this.ws.close(code);
      setTimeout(() => this.ws.terminate(), 1_000).unref();
    }
  }

  /** Waits until the connection is closed (or `timeoutMs` passed), so byte counts are final. */
  async closed(timeoutMs = 2_000): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      timer.unref();
      this.ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** The link's version, agreed at the upgrade (1 with an executor that took no subprotocol). */
  get version(): SessionLinkVersion {
    return sessionLinkVersion(this.ws.protocol);
  }

  /** Bytes at the socket level, including the HTTP upgrade and WebSocket framing. */
  bytes(): PeerBytes {
    if (this.finalBytes !== undefined) return this.finalBytes;
    return { sent: this.socket?.bytesWritten ?? 0, received: this.socket?.bytesRead ?? 0 };
  }

  private captureBytes(): void {
    this.finalBytes ??= { sent: this.socket?.bytesWritten ?? 0, received: this.socket?.bytesRead ?? 0 };
  }

  private onFrame(data: Buffer, isBinary: boolean): void {
    let message: Message;
    try {
      if (!isBinary) throw new AirtntError('MESSAGE_NOT_BINARY', 'messages are binary frames of CBOR');
      message = decodeMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      const wrapped = isAirtntError(error) ? error : new AirtntError('MESSAGE_MALFORMED', String(error));
      this.abort(wrapped);
      this.fail(new AirtntError('EXECUTOR_SENT_MALFORMED', `the executor sent a bad frame: ${wrapped.message.split('\n')[0]}`, { cause: wrapped }));
      return;
    }
    if (message.kind === 'error') {
      this.fail(new RemoteRefusalError(message.code, message.message));
      return;
    }
    if (this.waiter !== undefined) {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter.resolve(message);
    } else if (this.inbox.length >= MAX_QUEUED_MESSAGES) {
      const flooded = new AirtntError('EXECUTOR_SENT_UNASKED', 'the executor sent more messages than the protocol allows', {
        details: { queued: this.inbox.length, kind: message.kind },
      });
      this.inbox.length = 0;
      this.abort(flooded);
      this.fail(flooded);
    } else {
      this.inbox.push(message);
    }
  }

  /** Calls `listener` once with the failure that ends this peer (at once if it already failed). */
  onFailed(listener: (error: AirtntError) => void): void {
    if (this.failure !== undefined) listener(this.failure);
    else this.failedListeners.push(listener);
  }

  private fail(error: AirtntError): void {
    if (this.failure === undefined) {
      this.failure = error;
      for (const listener of this.failedListeners.splice(0)) listener(error);
    }
    if (this.waiter !== undefined) {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter.reject(this.failure);
    }
  }
}
