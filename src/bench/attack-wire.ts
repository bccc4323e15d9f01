/**
 * A hostile client's view of an executor: only what docs/protocol.md documents. GET /v1/info
 * parsed with its own schema, the session WebSocket (ws) from a chosen loopback source address,
 * raw frames or wire messages (the protocol's pure encoder and decoder), and hand-made CBOR.
 */
import { connect, type Socket } from 'node:net';
import WebSocket from 'ws';
import { getAddress, type Address } from 'viem';
import { z } from 'zod';
import { decodeMessage, encodeMessage, type Message } from '../protocol/messages.js';
import { fromHex } from '../util/bytes.js';

export const SESSION_PATH = '/v1/session';

/** What a client needs from GET /v1/info (the rest is evidence, which these clients do not check). */
export type PeerInfo = {
  executor: Address;
  pricePerCycle: bigint;
  minDeposit: bigint;
  hpkePublicKey: Uint8Array;
  functions: string[];
  maxCyclesPerRound: number;
  minChannelSeconds: number;
};

const infoSchema = z.object({
  executor: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
  pricePerCycle: z.string().regex(/^\d{1,30}$/),
  minDeposit: z.string().regex(/^\d{1,30}$/).optional(),
  enclave: z.object({ hpkePublicKey: z.string().regex(/^0x[0-9a-fA-F]{64}$/) }),
  functions: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(1000),
  limits: z.object({ maxCyclesPerRound: z.number().int().positive(), minChannelSeconds: z.number().int().nonnegative() }),
});

export async function fetchInfo(baseUrl: string): Promise<PeerInfo> {
  const response = await fetch(`${baseUrl}/v1/info`, { signal: AbortSignal.timeout(30_000) });
  const info = infoSchema.parse(JSON.parse((await response.text()).slice(0, 256 * 1024)));
  return {
    executor: getAddress(info.executor),
    pricePerCycle: BigInt(info.pricePerCycle),
    minDeposit: BigInt(info.minDeposit ?? '0'),
    hpkePublicKey: fromHex(info.enclave.hpkePublicKey, 32, 'hpkePublicKey'),
    functions: info.functions,
    maxCyclesPerRound: info.limits.maxCyclesPerRound,
    minChannelSeconds: info.limits.minChannelSeconds,
  };
}

/** What came back on a session socket: a message, a frame that did not decode, or the end. */
export type Incoming = { kind: 'message'; message: Message } | { kind: 'undecodable'; bytes: number } | { kind: 'closed'; code: number } | { kind: 'timeout' };

/** One session socket of a hostile client. Every wait is bounded. */
export class WireSocket {
  private readonly inbox: Incoming[] = [];
  private waiter: ((incoming: Incoming) => void) | undefined;
  private closedWith: number | undefined;

  private constructor(readonly ws: WebSocket) {}

  /** Connects (from `localAddress` if given); rejects with "HTTP <status>" when the upgrade is refused. */
  static connect(baseUrl: string, options: { localAddress?: string; timeoutMs?: number; path?: string; protocols?: string[] } = {}): Promise<WireSocket> {
    const url = `${baseUrl.replace(/^http/, 'ws')}${options.path ?? SESSION_PATH}`;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, options.protocols ?? [], {
        maxPayload: 8 * 1024 * 1024,
        handshakeTimeout: options.timeoutMs ?? 10_000,
        perMessageDeflate: false,
        ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
      });
      const socket = new WireSocket(ws);
      ws.once('open', () => resolve(socket));
      ws.on('unexpected-response', (request, response) => {
        reject(new Error(`HTTP ${response.statusCode}`));
        request.destroy();
        response.destroy();
      });
      ws.on('error', (error) => {
        reject(error);
        socket.push({ kind: 'closed', code: 1006 });
      });
      ws.on('message', (data, isBinary) => {
        const bytes = new Uint8Array(data as Buffer);
        if (!isBinary) {
          socket.push({ kind: 'undecodable', bytes: bytes.length });
          return;
        }
        try {
          socket.push({ kind: 'message', message: decodeMessage(bytes, 8 * 1024 * 1024) });
        } catch {
          socket.push({ kind: 'undecodable', bytes: bytes.length });
        }
      });
      ws.on('close', (code) => {
        socket.closedWith = code;
        socket.push({ kind: 'closed', code });
      });
    });
  }

  get isClosed(): boolean {
    return this.closedWith !== undefined;
  }

  private push(incoming: Incoming): void {
    if (this.waiter !== undefined) {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter(incoming);
    } else if (this.inbox.length < 16) {
      this.inbox.push(incoming);
    }
  }

  sendRaw(frame: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.ws.readyState !== WebSocket.OPEN) {
        reject(new Error('socket not open'));
        return;
      }
      this.ws.send(frame, { binary: true }, (error) => (error ? reject(error) : resolve()));
    });
  }

  send(message: Message): Promise<void> {
    return this.sendRaw(encodeMessage(message));
  }

  /** The next thing that happens on this socket, within timeoutMs. */
  next(timeoutMs: number): Promise<Incoming> {
    const queued = this.inbox.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.closedWith !== undefined) return Promise.resolve({ kind: 'closed', code: this.closedWith });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve({ kind: 'timeout' });
      }, timeoutMs);
      this.waiter = (incoming) => {
        clearTimeout(timer);
        resolve(incoming);
      };
    });
  }

  /** The next message that is not a close or timeout, or a description of what came instead. */
  async nextMessage(timeoutMs: number): Promise<Message | string> {
    const incoming = await this.next(timeoutMs);
    if (incoming.kind === 'message') return incoming.message;
    return incoming.kind === 'closed' ? `closed ${incoming.code}` : incoming.kind;
  }

  close(): void {
    try {
      this.ws.close();
    } catch {
      this.ws.terminate();
    }
  }

  terminate(): void {
    this.ws.terminate();
  }
}

/** A raw TCP connection from a loopback source address (for what the WebSocket client would not send). */
export function rawConnection(port: number, localAddress: string, host = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host, localAddress });
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** An HTTP upgrade request to `path`, as a WebSocket client sends it. */
export function upgradeRequest(path: string): string {
  return [
    `GET ${path} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Upgrade: websocket',
    'Connection: Upgrade',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    'Sec-WebSocket-Version: 13',
    '',
    '',
  ].join('\r\n');
}

/** The n-th hostile loopback source address (127.0.0.1 is left to the honest requester). */
export function sourceAddress(n: number): string {
  if (n < 0 || n > 250 * 250) throw new Error('out of loopback addresses');
  return `127.0.${Math.floor(n / 250)}.${(n % 250) + 2}`;
}

// --- hand-made CBOR (RFC 8949) ---------------------------------------------------------------------

function head(major: number, length: number): Uint8Array {
  if (length < 24) return Uint8Array.of((major << 5) | length);
  if (length < 0x100) return Uint8Array.of((major << 5) | 24, length);
  if (length < 0x10000) return Uint8Array.of((major << 5) | 25, length >> 8, length & 0xff);
  const out = new Uint8Array(5);
  out[0] = (major << 5) | 26;
  new DataView(out.buffer).setUint32(1, length);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

/** `[1, null, bignum]`: an `open` whose lane is a CBOR bignum (tag 2) of `bytes` bytes of 0xff. */
export function bignumFrame(bytes: number): Uint8Array {
  return concat([Uint8Array.of(0x83, 0x01, 0xf6, 0xc2), head(2, bytes), new Uint8Array(bytes).fill(0xff)]);
}

/** One CBOR array of empty byte strings filling `frameBytes`. */
export function emptyByteStringsFrame(frameBytes: number): Uint8Array {
  const count = frameBytes - 5;
  return concat([head(4, count), new Uint8Array(count).fill(0x40)]);
}

/** `depth` nested one-element arrays around 0. */
export function deepNestingFrame(depth: number): Uint8Array {
  const out = new Uint8Array(depth + 1).fill(0x81);
  out[depth] = 0x00;
  return out;
}

/** A 5-byte frame whose array header claims 2^32 - 1 elements. */
export function claimedLengthFrame(): Uint8Array {
  return Uint8Array.of(0x9a, 0xff, 0xff, 0xff, 0xff);
}

/** `[1, map]`: a map of `count` distinct small-integer keys (hash-table work per byte). */
export function bigMapFrame(count: number): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.of(0x82, 0x01), head(5, count)];
  for (let i = 0; i < count; i++) parts.push(head(0, i), Uint8Array.of(0xf6));
  return concat(parts);
}
