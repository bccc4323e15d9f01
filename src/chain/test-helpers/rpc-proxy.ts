/**
 * A JSON-RPC proxy on loopback in front of anvil that a test controls: it forwards every request and
 * lets the test rewrite answers (a receipt the node "does not have yet"), and injects chain faults:
 * the RPC down (HTTP 502 or the connection cut), every answer delayed, some answered with a JSON-RPC
 * error (rate limit) or HTTP 429, and sent transactions swallowed (answered with their hash, never
 * forwarded: a transaction that sits unmined). Test-only.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keccak256, type Hex } from 'viem';

type RpcRequest = { jsonrpc: '2.0'; id: number | string; method: string; params?: unknown[] };
/** Returns the answer to send instead of forwarding (or a promise of it), or undefined to forward the request. */
export type RpcOverride = (request: RpcRequest) => unknown;

/** An override's answer that the proxy sends as a JSON-RPC error (a node without the method, a refusal). */
export class RpcErrorAnswer {
  constructor(readonly code: number, readonly message: string) {}
}

/** The faults in force; change them at any time (the next request sees them). */
export type RpcFaults = {
  /** 'refuse': the connection is cut without an answer; '502': a gateway error; 'up': forwarded. */
  down: 'up' | 'refuse' | '502';
  /** Every answer is delayed by a time drawn from [min, max] ms. */
  delayMs?: [number, number];
  /**
   * One request in `every` (of `methods`, when given) is answered with an error instead of forwarded:
   * JSON-RPC -32005 (rate limit) or HTTP 429.
   */
  errors?: { every: number; kind: 'rate-limit' | 'http-429'; methods?: string[] };
  /** eth_sendRawTransaction is answered with the transaction's hash and never reaches the node. */
  swallowSends?: boolean;
};

export type RpcProxy = {
  url: string;
  faults: RpcFaults;
  /** Requests seen per method (counted whatever the faults did with them). */
  counts: Map<string, number>;
  /** Requests answered with a fault (down, error) so far. */
  failed: number;
  /** Raw transactions swallowed so far. */
  swallowed: Hex[];
  close(): Promise<void>;
};

const MAX_BODY = 1 << 20;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) request.destroy(new Error('request body too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

export async function startRpcProxy(target: string, override: RpcOverride = () => undefined): Promise<RpcProxy> {
  let seen = 0;
  const proxy: RpcProxy = { url: '', faults: { down: 'up' }, counts: new Map(), failed: 0, swallowed: [], close: async () => undefined };
  const server: Server = createServer((request, response) => {
    void (async () => {
      try {
        const body = await readBody(request);
        const parsed = JSON.parse(body) as RpcRequest;
        proxy.counts.set(parsed.method, (proxy.counts.get(parsed.method) ?? 0) + 1);
        const { faults } = proxy;
        if (faults.delayMs !== undefined) {
          const [min, max] = faults.delayMs;
          await new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));
        }
        if (faults.down !== 'up') {
          proxy.failed++;
          if (faults.down === 'refuse') request.socket.destroy();
          else response.writeHead(502).end('bad gateway');
          return;
        }
        const counted = faults.errors !== undefined && (faults.errors.methods === undefined || faults.errors.methods.includes(parsed.method));
        if (faults.errors !== undefined && counted && ++seen % faults.errors.every === 0) {
          proxy.failed++;
          if (faults.errors.kind === 'http-429') response.writeHead(429).end('too many requests');
          else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id: parsed.id, error: { code: -32005, message: 'rate limit exceeded' } }));
          return;
        }
        if (faults.swallowSends === true && parsed.method === 'eth_sendRawTransaction') {
          const raw = parsed.params?.[0] as Hex;
          proxy.swallowed.push(raw);
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id: parsed.id, result: keccak256(raw) }));
          return;
        }
        const answer: unknown = await override(parsed);
        if (answer instanceof RpcErrorAnswer) {
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id: parsed.id, error: { code: answer.code, message: answer.message } }));
          return;
        }
        const text =
          answer === undefined
            ? await (await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text()
            : JSON.stringify({ jsonrpc: '2.0', id: parsed.id, result: answer });
        response.writeHead(200, { 'content-type': 'application/json' }).end(text);
      } catch (error) {
        if (!response.headersSent) response.writeHead(502).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  proxy.url = `http://127.0.0.1:${port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
