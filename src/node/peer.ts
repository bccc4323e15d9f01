/**
 * The requester's end of a session connection: a WebSocket client that sends and receives wire
 * messages, counts bytes at the socket (HTTP upgrade included), and waits for each message with a
 * time bound. An `error` message from the executor, a malformed frame, a dropped connection or a
 * timeout all surface as typed errors from next().
 */
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { decodeMessage, encodeMessage, printableText, WIRE_LIMITS, type Message } from '../protocol/messages.js';
import { AirtntError, isAirtntError } from '../util/errors.js';

export type PeerBytes = { sent: number; received: number };

/**
 * Frames the executor may have sent ahead of our reading them: after a `pay`, the key and the next
 * result. Anything beyond is not the protocol, and is not kept (frames are up to 4 MiB each).
 */
const MAX_QUEUED_MESSAGES = 2;

export class ExecutorPeer {
  private readonly inbox: Message[] = [];
  private waiter: { resolve: (m: Message) => void; reject: (e: Error) => void } | undefined;
  private failure: AirtntError | undefined;
  private socket: Socket | undefined;
  private finalBytes: PeerBytes | undefined;

  private constructor(
    private readonly ws: WebSocket,
    readonly url: string,
  ) {}

  static connect(url: string, options: { timeoutMs: number; maxFrameBytes?: number }): Promise<ExecutorPeer> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { maxPayload: options.maxFrameBytes ?? WIRE_LIMITS.maxFrameBytes, handshakeTimeout: options.timeoutMs, perMessageDeflate: false });
      const peer = new ExecutorPeer(ws, url);
      ws.on('upgrade', (response) => {
        peer.socket = response.socket as Socket;
      });
      ws.once('open', () => resolve(peer));
      ws.on('message', (data, isBinary) => peer.onFrame(data as Buffer, isBinary));
      ws.on('error', (error) => {
        const wrapped = new AirtntError('EXECUTOR_UNREACHABLE', `connection to ${url} failed: ${error.message}`, { cause: error });
        peer.fail(wrapped);
        reject(wrapped);
      });
      ws.on('close', (code, reason) => {
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
      this.fail(new AirtntError('EXECUTOR_REFUSED', `the executor reported ${message.code}: ${message.message}`, { details: { code: message.code } }));
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

  private fail(error: AirtntError): void {
    this.failure ??= error;
    if (this.waiter !== undefined) {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter.reject(this.failure);
    }
  }
}
