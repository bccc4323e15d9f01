/**
 * The pool link between executor processes (docs/protocol.md, "The pool link"): a WebSocket per peer,
 * binary frames decoded by src/protocol/pool-wire.ts (size, CBOR pre-scan, kind limit, schema) before
 * any handler sees them. Every socket error ends the link with a logged reason; a bad frame is
 * answered with an error frame and close code 1008; `ws` refuses frames above the limit (1009); the
 * bytes waiting to go out are bounded (a peer that does not read is cut off, not buffered forever).
 * Frames are handled one at a time, in order.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { decodePoolFrame, encodePoolFrame, MAX_POOL_FRAME_BYTES, type PoolFrame } from '../protocol/pool-wire.js';
import { printableText } from '../protocol/messages.js';
import { AirtntError, isAirtntError } from '../util/errors.js';

/**
 * The pool link's versions, as WebSocket subprotocols (docs/protocol.md, "The pool link"). A member
 * connecting offers both, oldest first: a standby of an earlier release (ws without handleProtocols)
 * takes the first, this release's takes the newest it knows. Version 2: a round may be replicated ahead
 * of the payment of the round before it (its `replicate` names the round its payment is for).
 */
export const POOL_LINK_PROTOCOLS = ['airtnt-pool.1', 'airtnt-pool.2'] as const;

/** The server's pick among the versions a connecting member offers (ws handleProtocols): the newest known, or none. */
export function choosePoolLinkProtocol(offered: Set<string>): string | false {
  return [...POOL_LINK_PROTOCOLS].reverse().find((protocol) => offered.has(protocol)) ?? false;
}

/** A peer that has this much unsent is not reading: the link ends rather than buffering more. */
export const MAX_POOL_LINK_BUFFERED_BYTES = 2 * MAX_POOL_FRAME_BYTES;
const CLOSE_HANDSHAKE_MS = 2_000;

export type PoolLinkHandlers = {
  /** One frame at a time; a frame returned is sent back; a throw ends the link with an error frame. */
  onFrame(frame: PoolFrame, link: PoolLink): Promise<PoolFrame | undefined> | PoolFrame | undefined;
  /** Once, when the link has ended for any reason. */
  onClose?(code: number, reason: string): void;
  log?(line: string): void;
};

export class PoolLink {
  private ended = false;
  private queue: Promise<void> = Promise.resolve();
  readonly closed: Promise<{ code: number; reason: string }>;
  /** The link's version: 2 when both ends agreed on airtnt-pool.2, else 1 (a peer of an earlier release). */
  readonly version: 1 | 2;

  constructor(
    private readonly ws: WebSocket,
    private readonly handlers: PoolLinkHandlers,
  ) {
    this.version = ws.protocol === 'airtnt-pool.2' ? 2 : 1;
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        this.ended = true;
        const text = printableText(reason.toString('utf8'));
        this.handlers.onClose?.(code, text);
        resolve({ code, reason: text });
      });
    });
    ws.on('error', (error) => this.fail(new AirtntError('CONNECTION_ERROR', `pool link: ${error.message}`, { cause: error })));
    ws.on('message', (data, isBinary) => {
      // Handled in arrival order; the queue holds at most what ws delivered (each frame bounded).
      this.queue = this.queue.then(() => this.onMessage(data, isBinary)).catch((error: unknown) => this.fail(error));
    });
  }

  /** Sends a frame; false (and the link ended) when the peer is not reading what was sent before. */
  send(frame: PoolFrame): boolean {
    if (this.ended || this.ws.readyState !== WebSocket.OPEN) return false;
    if (this.ws.bufferedAmount > MAX_POOL_LINK_BUFFERED_BYTES) {
      this.fail(new AirtntError('CONNECTION_ERROR', `pool link: the peer left ${this.ws.bufferedAmount} bytes unread`, { details: { buffered: this.ws.bufferedAmount } }));
      return false;
    }
    this.ws.send(encodePoolFrame(frame));
    return true;
  }

  close(code = 1000, reason = 'done'): void {
    if (this.ended) return;
    this.ended = true;
    try {
      this.ws.close(code, reason.slice(0, 120));
    } catch {
      this.ws.terminate();
    }
    // A peer that does not complete the closing handshake is cut off.
    setTimeout(() => this.ws.terminate(), CLOSE_HANDSHAKE_MS).unref();
  }

  private async onMessage(data: RawData, isBinary: boolean): Promise<void> {
    if (this.ended) return;
    if (!isBinary) throw new AirtntError('MESSAGE_NOT_BINARY', 'pool frames are binary frames of CBOR');
    const frame = decodePoolFrame(frameBytes(data));
    if (frame.kind === 'error') {
      this.handlers.log?.(`pool peer error: ${frame.code}: ${frame.message}`);
      this.close(1000, 'peer error');
      return;
    }
    const answer = await this.handlers.onFrame(frame, this);
    if (answer !== undefined) this.send(answer);
  }

  /** Ends the link for a reason of this side's (a bound it broke): an error frame, then close 1008. */
  refuse(error: AirtntError): void {
    this.fail(error);
  }

  private fail(error: unknown): void {
    if (this.ended) return;
    const code = isAirtntError(error) ? error.code : 'INTERNAL_ERROR';
    const text = isAirtntError(error) ? error.message.split('\n')[0]! : 'the pool link failed to handle a frame';
    this.handlers.log?.(`pool link dropped: ${code}: ${printableText(text)}`);
    this.send({ kind: 'error', code, message: text });
    this.close(1008, code);
  }
}

function frameBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export type PoolLinkServer = { url: string; close(): Promise<void> };

/** Listens for pool peers on `host:port` (0: any free port); each connection becomes a PoolLink. */
export async function startPoolLinkServer(options: { host?: string; port?: number; handlers: PoolLinkHandlers; maxFrameBytes?: number }): Promise<PoolLinkServer> {
  const host = options.host ?? '127.0.0.1';
  const wss = new WebSocketServer({ host, port: options.port ?? 0, maxPayload: options.maxFrameBytes ?? MAX_POOL_FRAME_BYTES, handleProtocols: choosePoolLinkProtocol });
  const links = new Set<PoolLink>();
  wss.on('connection', (ws) => {
    const link = new PoolLink(ws, options.handlers);
    links.add(link);
    void link.closed.then(() => links.delete(link));
  });
  // A listening error after start (none is expected) is logged, never thrown out of an event.
  wss.on('error', (error) => options.handlers.log?.(`pool link server: ${error.message}`));
  try {
    await once(wss, 'listening');
  } catch (cause) {
    throw new AirtntError('PORT_IN_USE', `the pool link cannot listen on ${host}:${options.port ?? 0}`, { cause });
  }
  const { port } = wss.address() as AddressInfo;
  return {
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: async () => {
      for (const link of links) link.close(1001, 'server closing');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** Connects to a pool peer; CONNECTION_ERROR when it cannot within `timeoutMs`. */
export async function connectPoolLink(url: string, handlers: PoolLinkHandlers, options: { timeoutMs?: number; maxFrameBytes?: number } = {}): Promise<PoolLink> {
  const ws = new WebSocket(url, [...POOL_LINK_PROTOCOLS], { maxPayload: options.maxFrameBytes ?? MAX_POOL_FRAME_BYTES, handshakeTimeout: options.timeoutMs ?? 5_000 });
  try {
    await once(ws, 'open');
  } catch (cause) {
    ws.terminate();
    throw new AirtntError('CONNECTION_ERROR', `cannot connect the pool link to ${url}`, { cause, details: { url } });
  }
  return new PoolLink(ws, handlers);
}
