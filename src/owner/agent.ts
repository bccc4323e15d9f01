/**
 * The owner's release agent (`airtnt owner serve`): an HTTP server on node:http that holds one
 * owner's secret and releases it, sealed, only to enclaves and sessions its policy accepts (wire.ts,
 * release.ts). Every socket is untrusted: sockets are limited per client and in all, a request must
 * arrive whole within its time, its body is bounded before it is parsed, and one request at a time
 * per process is verified (evidence verification is CPU work; the rest queue, boundedly).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { limitSockets } from '../node/socket-limits.js';
import { toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { canonicalJson, policyHash, type OwnerPolicy } from './policy.js';
import { checkOwnerSecret, releaseTo } from './release.js';
import { ReleaseLog } from './release-log.js';
import { decodeReleaseRequest, MAX_RELEASE_REQUEST_BYTES } from './wire.js';

export type ReleaseAgentOptions = {
  policy: OwnerPolicy;
  secret: Uint8Array;
  /** The SQLite log of releases (created if absent). */
  logPath: string;
  host?: string;
  port?: number;
  /** The verifier's clock (default: the system clock); tests inject one. */
  now?: () => Date;
  /** Requests waiting for verification beyond the one running; more are answered 503. */
  maxQueued?: number;
  log?: (line: string) => void;
};

export type ReleaseAgent = { url: string; server: Server; log: ReleaseLog; close(): Promise<void> };

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

function errorBody(error: AirtntError): Record<string, unknown> {
  const { rule, cause, ...details } = error.details;
  return {
    ok: false,
    error: {
      code: error.code,
      ...(typeof rule === 'string' ? { rule } : {}),
      ...(typeof cause === 'string' ? { cause } : {}),
      message: error.shortMessage,
      details: JSON.parse(JSON.stringify(details, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as unknown,
    },
  };
}

/** Reads a JSON body of at most `max` bytes; an oversized or broken body rejects, the socket is dropped. */
function readJsonBody(req: IncomingMessage, max: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > max) {
      reject(new AirtntError('OWNER_REQUEST_INVALID', `the request body is larger than ${max} bytes`, { details: { length: declared } }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.destroy();
        reject(new AirtntError('OWNER_REQUEST_INVALID', `the request body is larger than ${max} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', (error) => reject(new AirtntError('OWNER_REQUEST_INVALID', 'the request body could not be read', { cause: error })));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (cause) {
        reject(new AirtntError('OWNER_REQUEST_INVALID', 'the request body is not JSON', { cause }));
      }
    });
  });
}

export async function startReleaseAgent(options: ReleaseAgentOptions): Promise<ReleaseAgent> {
  const { policy } = options;
  const secret = checkOwnerSecret(policy, options.secret);
  const now = options.now ?? (() => new Date());
  const maxQueued = options.maxQueued ?? 64;
  const log = new ReleaseLog(options.logPath);
  const hash = toHex(policyHash(policy));
  const policyDocument = { role: policy.role, release: policy.release, policyHash: hash, policy: JSON.parse(canonicalJson(policy)) as unknown };
  let queue: Promise<unknown> = Promise.resolve();
  let queued = 0;

  const handleRelease = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readJsonBody(req, MAX_RELEASE_REQUEST_BYTES);
    const request = decodeReleaseRequest(body);
    if (queued > maxQueued) throw new AirtntError('OWNER_AGENT_UNREACHABLE', 'the agent is busy; try again');
    queued += 1;
    // One verification at a time: each is bounded CPU work, and the queue in front of it is bounded.
    const run = queue.then(() => releaseTo({ policy, secret, log, now }, request));
    queue = run.catch(() => undefined).finally(() => { queued -= 1; });
    const answer = await run;
    options.log?.(`released ${answer.role} secret for session ${toHex(request.binding.sessionId).slice(0, 10)} to enclave ${toHex(request.identity.signingPublicKey).slice(0, 10)}`);
    send(res, 200, {
      ok: true,
      role: answer.role,
      policyHash: answer.policyHash,
      release: toHex(answer.release),
      ...(answer.sealedResultSecret ? { sealedResultSecret: toHex(answer.sealedResultSecret) } : {}),
    });
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    const route = req.method === 'POST' && path === '/v1/release' ? 'release' : req.method === 'GET' && path === '/v1/policy' ? 'policy' : undefined;
    if (route === 'policy') {
      send(res, 200, policyDocument);
      return;
    }
    if (route !== 'release') {
      req.resume();
      send(res, 404, { ok: false, error: { code: 'OWNER_REQUEST_INVALID', message: 'no such route: POST /v1/release or GET /v1/policy' } });
      return;
    }
    handleRelease(req, res).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      const airtnt = isAirtntError(error) ? error : new AirtntError('INTERNAL_ERROR', 'the release failed', { cause: error });
      const status = airtnt.code === 'OWNER_RELEASE_REFUSED' ? 403 : airtnt.code === 'OWNER_REQUEST_INVALID' || airtnt.code === 'COLLATERAL_INVALID' ? 400 : airtnt.code === 'OWNER_AGENT_UNREACHABLE' ? 503 : 500;
      if (status === 403) options.log?.(`refused (rule ${String(airtnt.details.rule)}): ${airtnt.shortMessage}`);
      send(res, status, errorBody(airtnt));
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  limitSockets(server, { maxPerKey: 16, maxTotal: 1024, headersTimeoutMs: 5_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    server,
    log,
    close: () => new Promise<void>((resolve) => {
      server.close(() => {
        log.close();
        resolve();
      });
      server.closeAllConnections();
    }),
  };
}
