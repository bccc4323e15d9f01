/**
 * Requester side: GET an executor's /v1/collateral (docs/protocol.md). Bounded in size and time; the
 * document is untrusted and only parsed here, the verifiers check every item against pinned roots.
 */
import { MAX_COLLATERAL_DOCUMENT_BYTES, parseCollateralDocument, type CollateralDocument } from '../attestation/collateral-wire.js';
import { AirtntError } from '../util/errors.js';
import { boundedGet } from './bounded-get.js';

export const COLLATERAL_PATH = '/v1/collateral';

/** The executor's collateral, or undefined when it serves none (404). */
export function fetchExecutorCollateral(baseUrl: string, timeoutMs: number): Promise<CollateralDocument | undefined> {
  const url = new URL(COLLATERAL_PATH, baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new AirtntError('INVALID_EXECUTOR_URL', 'executor URLs are http(s)://host:port', { details: { url: baseUrl } }));
  }
  const tooLarge = () => new AirtntError('COLLATERAL_INVALID', `the served collateral exceeds ${MAX_COLLATERAL_DOCUMENT_BYTES} bytes`);
  return boundedGet(url, { timeoutMs, maxBytes: MAX_COLLATERAL_DOCUMENT_BYTES, baseUrl, tooLarge }).then(({ status, body }) => {
    if (status === 404) return undefined;
    if (status !== 200) throw new AirtntError('EXECUTOR_UNREACHABLE', `GET ${url} answered ${status}`, { details: { url: baseUrl } });
    try {
      return parseCollateralDocument(JSON.parse(body.toString('utf8')));
    } catch (error) {
      throw error instanceof AirtntError ? error : new AirtntError('COLLATERAL_INVALID', 'the served collateral is not JSON', { cause: error });
    }
  });
}
