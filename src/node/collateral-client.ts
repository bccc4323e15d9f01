/**
 * Requester side: GET an executor's /v1/collateral (docs/protocol.md). Bounded in size and time; the
 * document is untrusted and only parsed here, the verifiers check every item against pinned roots.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { MAX_COLLATERAL_DOCUMENT_BYTES, parseCollateralDocument, type CollateralDocument } from '../attestation/collateral-wire.js';
import { AirtntError } from '../util/errors.js';

export const COLLATERAL_PATH = '/v1/collateral';

/** The executor's collateral, or undefined when it serves none (404). */
export function fetchExecutorCollateral(baseUrl: string, timeoutMs: number): Promise<CollateralDocument | undefined> {
  const url = new URL(COLLATERAL_PATH, baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new AirtntError('INVALID_EXECUTOR_URL', 'executor URLs are http(s)://host:port', { details: { url: baseUrl } }));
  }
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_COLLATERAL_DOCUMENT_BYTES) {
          req.destroy(new AirtntError('COLLATERAL_INVALID', `the served collateral exceeds ${MAX_COLLATERAL_DOCUMENT_BYTES} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', (error) => reject(new AirtntError('EXECUTOR_UNREACHABLE', `reading ${url} failed: ${error.message}`, { cause: error })));
      res.on('end', () => {
        if (res.statusCode === 404) {
          resolve(undefined);
          return;
        }
        if (res.statusCode !== 200) {
          reject(new AirtntError('EXECUTOR_UNREACHABLE', `GET ${url} answered ${res.statusCode}`, { details: { url: baseUrl } }));
          return;
        }
        try {
          resolve(parseCollateralDocument(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        } catch (error) {
          reject(error instanceof AirtntError ? error : new AirtntError('COLLATERAL_INVALID', 'the served collateral is not JSON', { cause: error }));
        }
      });
    });
    req.on('timeout', () => req.destroy(new AirtntError('EXECUTOR_TIMEOUT', `no answer from ${url} within ${timeoutMs} ms`)));
    // The socket timeout above only bounds silence: a peer sending a byte now and then would hold us
    // for days. The whole exchange, headers and body, must also end within timeoutMs.
    const deadline = setTimeout(() => req.destroy(new AirtntError('EXECUTOR_TIMEOUT', `GET ${url} did not complete within ${timeoutMs} ms`)), timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('error', (error) =>
      reject(error instanceof AirtntError ? error : new AirtntError('EXECUTOR_UNREACHABLE', `cannot reach ${baseUrl}: ${error.message}`, { cause: error })),
    );
    req.end();
  });
}
