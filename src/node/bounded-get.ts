/**
 * One GET of a document an executor serves (/v1/info, /v1/collateral): bounded in size (the peer is
 * untrusted) and in time twice over, by silence (the socket timeout) and as a whole (a peer sending a
 * byte now and then must not hold the requester for days).
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { AirtntError } from '../util/errors.js';

export type BoundedGetResult = { status: number; body: Buffer; bytes: { sent: number; received: number } };

export function boundedGet(
  url: URL,
  options: { timeoutMs: number; maxBytes: number; tooLarge: () => AirtntError; ca?: string | Buffer | undefined; baseUrl: string; headers?: Record<string, string> },
): Promise<BoundedGetResult> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const { timeoutMs } = options;
  return new Promise((resolve, reject) => {
    const tls = url.protocol === 'https:' && options.ca !== undefined ? { ca: options.ca } : {};
    const req = request(url, { method: 'GET', agent: false, timeout: timeoutMs, ...tls, ...(options.headers === undefined ? {} : { headers: options.headers }) }, (res) => {
      res.on('error', (error) => reject(new AirtntError('EXECUTOR_UNREACHABLE', `reading ${url} failed: ${error.message}`, { cause: error })));
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          req.destroy(options.tooLarge());
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        const socket = res.socket as Socket | null;
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), bytes: { sent: socket?.bytesWritten ?? 0, received: socket?.bytesRead ?? 0 } });
      });
    });
    req.on('timeout', () => req.destroy(new AirtntError('EXECUTOR_TIMEOUT', `no answer from ${url} within ${timeoutMs} ms`)));
    const deadline = setTimeout(() => req.destroy(new AirtntError('EXECUTOR_TIMEOUT', `GET ${url} did not complete within ${timeoutMs} ms`)), timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('error', (error) =>
      reject(error instanceof AirtntError ? error : new AirtntError('EXECUTOR_UNREACHABLE', `cannot reach ${options.baseUrl}: ${error.message}`, { cause: error })),
    );
    req.end();
  });
}
