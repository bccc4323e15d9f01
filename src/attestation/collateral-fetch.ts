/**
 * Fetches collateral from the vendors' services when a network is there, through an injectable fetch
 * and a cache:
 *  - Intel PCS API v4 (https://api.portal.trustedservices.intel.com/content/documentation.html):
 *    TCB info by FMSPC, QE / TD QE identity, PCK CRL (issuer chains in URL-encoded PEM headers), and
 *    the Intel SGX Root CA CRL;
 *  - AMD KDS (spec 57230): VCEK by chip id and reported TCB, the ASK/ARK chain, the ARK's CRL.
 * What is fetched is not trusted: it is checked by the verifiers like collateral from files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AirtntError } from '../util/errors.js';
import { splitSignedJson, type Collateral } from './collateral.js';
import { parseDcapQuote } from './dcap-quote.js';
import { readPckTcb } from './pck.js';
import { parseSnpReport } from './sev-snp.js';
import { parseCertificate, pemToDerList } from './x509.js';

export type FetchResponseLike = {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
};
export type FetchLike = (url: string, init: { signal: AbortSignal }) => Promise<FetchResponseLike>;

export type CachedResponse = { body: Uint8Array; headers: Record<string, string>; fetchedAt: number };

export interface CollateralCache {
  get(url: string): CachedResponse | undefined;
  set(url: string, response: CachedResponse): void;
}

export type CollateralFetchOptions = {
  fetch?: FetchLike;
  cache?: CollateralCache;
  /** How long a cached response is reused (default one hour; Intel publishes collateral daily). */
  cacheTtlMs?: number;
  timeoutMs?: number;
  /** The clock for cache expiry. */
  now?: Date;
  intelBaseUrl?: string;
  intelRootCrlUrl?: string;
  amdBaseUrl?: string;
};

export const INTEL_PCS_URL = 'https://api.trustedservices.intel.com';
export const INTEL_ROOT_CRL_URL = 'https://certificates.trustedservices.intel.com/IntelSGXRootCA.der';
export const AMD_KDS_URL = 'https://kdsintf.amd.com';
const MAX_RESPONSE_BYTES = 1024 * 1024;

export function createMemoryCache(): CollateralCache {
  const entries = new Map<string, CachedResponse>();
  return { get: (url) => entries.get(url), set: (url, response) => void entries.set(url, response) };
}

/** A cache in a folder (one JSON file per URL), so that offline runs can reuse earlier fetches. */
export function createFileCache(dir: string): CollateralCache {
  mkdirSync(dir, { recursive: true });
  const file = (url: string) => join(dir, `${createHash('sha256').update(url).digest('hex')}.json`);
  return {
    get(url) {
      try {
        const entry = JSON.parse(readFileSync(file(url), 'utf8')) as { body: string; headers: Record<string, string>; fetchedAt: number; url: string };
        if (entry.url !== url) return undefined;
        return { body: new Uint8Array(Buffer.from(entry.body, 'base64')), headers: entry.headers, fetchedAt: entry.fetchedAt };
      } catch {
        return undefined;
      }
    },
    set(url, response) {
      const entry = { url, body: Buffer.from(response.body).toString('base64'), headers: response.headers, fetchedAt: response.fetchedAt };
      writeFileSync(file(url), JSON.stringify(entry));
    },
  };
}

async function fetchCached(url: string, headerNames: string[], options: CollateralFetchOptions): Promise<CachedResponse> {
  const now = (options.now ?? new Date()).getTime();
  const cached = options.cache?.get(url);
  if (cached && now - cached.fetchedAt < (options.cacheTtlMs ?? 3600_000) && now >= cached.fetchedAt) return cached;
  const fetchImpl = options.fetch ?? (globalThis.fetch as unknown as FetchLike);
  let response: FetchResponseLike;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  } catch (error) {
    throw new AirtntError('COLLATERAL_FETCH_FAILED', `could not fetch ${url}`, { cause: error, hint: 'no network? pass collateral files instead' });
  }
  if (!response.ok) throw new AirtntError('COLLATERAL_FETCH_FAILED', `${url} answered ${response.status}`, { details: { status: response.status } });
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_RESPONSE_BYTES) throw new AirtntError('COLLATERAL_FETCH_FAILED', `${url} is too large`, { details: { bytes: declared } });
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.length > MAX_RESPONSE_BYTES) throw new AirtntError('COLLATERAL_FETCH_FAILED', `${url} is too large`, { details: { bytes: body.length } });
  const headers: Record<string, string> = {};
  for (const name of headerNames) {
    const value = response.headers.get(name);
    if (value !== null) headers[name.toLowerCase()] = value;
  }
  const result = { body, headers, fetchedAt: now };
  options.cache?.set(url, result);
  return result;
}

/** Issuer chains come URL-encoded in a header (PCS API v4). */
function chainFromHeader(response: CachedResponse, name: string): Uint8Array[] {
  const value = response.headers[name.toLowerCase()];
  if (!value) return [];
  try {
    return pemToDerList(decodeURIComponent(value));
  } catch (error) {
    throw new AirtntError('COLLATERAL_INVALID', `bad ${name} header`, { cause: error });
  }
}

/** A CRL as served: DER, or (Intel PCCS's rootcacrl) the DER as hex text. */
function derOrHex(body: Uint8Array): Uint8Array {
  if (body[0] === 0x30) return body;
  const text = Buffer.from(body).toString('latin1').trim();
  return /^([0-9a-fA-F]{2})+$/.test(text) ? new Uint8Array(Buffer.from(text, 'hex')) : body;
}

/** Everything Intel publishes for this quote's platform (the quote itself is not verified here). */
export async function fetchIntelCollateral(quoteBytes: Uint8Array, options: CollateralFetchOptions = {}): Promise<Collateral> {
  const quote = parseDcapQuote(quoteBytes);
  const [pckDer] = pemToDerList(quote.pckChainPem);
  if (!pckDer) throw new AirtntError('QUOTE_MALFORMED', 'the quote carries no PCK certificate');
  const pck = parseCertificate(pckDer, 'PCK certificate');
  const { fmspc } = readPckTcb(pck);
  const ca = pck.x509.issuer.includes('Processor') ? 'processor' : 'platform';
  const base = options.intelBaseUrl ?? INTEL_PCS_URL;
  const tee = quote.teeType;
  const text = (response: CachedResponse) => Buffer.from(response.body).toString('utf8');

  const [tcb, qe, pckCrl, rootCrl] = await Promise.all([
    fetchCached(`${base}/${tee}/certification/v4/tcb?fmspc=${fmspc}`, ['TCB-Info-Issuer-Chain'], options),
    fetchCached(`${base}/${tee}/certification/v4/qe/identity`, ['SGX-Enclave-Identity-Issuer-Chain'], options),
    fetchCached(`${base}/sgx/certification/v4/pckcrl?ca=${ca}&encoding=der`, ['SGX-PCK-CRL-Issuer-Chain'], options),
    fetchCached(options.intelRootCrlUrl ?? INTEL_ROOT_CRL_URL, [], options),
  ]);
  return {
    tcbInfos: [splitSignedJson(text(tcb), 'tcbInfo')],
    qeIdentities: [splitSignedJson(text(qe), 'enclaveIdentity')],
    crls: [derOrHex(pckCrl.body), derOrHex(rootCrl.body)],
    certificates: [
      ...chainFromHeader(tcb, 'TCB-Info-Issuer-Chain'),
      ...chainFromHeader(qe, 'SGX-Enclave-Identity-Issuer-Chain'),
      ...chainFromHeader(pckCrl, 'SGX-PCK-CRL-Issuer-Chain'),
    ],
  };
}

export type AmdProduct = 'Milan' | 'Genoa' | 'Turin';

/**
 * The VCEK for this report's chip and reported TCB, the ASK/ARK chain and (unless `crl: false`) the
 * ARK's CRL; for a VLEK-signed report, the ASVK/ARK chain and CRL (the VLEK itself comes with the
 * evidence). SEV-SNP reports before version 3 do not name their product, so the caller does.
 */
export async function fetchAmdCollateral(
  reportBytes: Uint8Array,
  product: AmdProduct,
  options: CollateralFetchOptions & { crl?: boolean } = {},
): Promise<Collateral> {
  const report = parseSnpReport(reportBytes);
  if (report.signingKey === 1) {
    // A VLEK comes from the cloud provider (with the evidence); KDS serves its ASVK/ARK chain and CRL.
    const base = `${options.amdBaseUrl ?? AMD_KDS_URL}/vlek/v1/${product}`;
    const [chain, crl] = await Promise.all([
      fetchCached(`${base}/cert_chain`, [], options),
      options.crl === false ? undefined : fetchCached(`${base}/crl`, [], options),
    ]);
    return { certificates: pemToDerList(Buffer.from(chain.body).toString('utf8')), crls: crl ? [crl.body] : [] };
  }
  if (report.signingKey !== 0) {
    throw new AirtntError('COLLATERAL_UNSUPPORTED', 'the report is signed by neither a VCEK nor a VLEK', { details: { signingKey: report.signingKey } });
  }
  const tcb = report.reportedTcb;
  const query =
    product === 'Turin'
      ? `fmcSPL=${tcb[0]}&blSPL=${tcb[1]}&teeSPL=${tcb[2]}&snpSPL=${tcb[3]}&ucodeSPL=${tcb[7]}`
      : `blSPL=${tcb[0]}&teeSPL=${tcb[1]}&snpSPL=${tcb[6]}&ucodeSPL=${tcb[7]}`;
  const hwId = Buffer.from(product === 'Turin' ? report.chipId.subarray(0, 8) : report.chipId).toString('hex');
  const base = `${options.amdBaseUrl ?? AMD_KDS_URL}/vcek/v1/${product}`;
  const [vcek, chain, crl] = await Promise.all([
    fetchCached(`${base}/${hwId}?${query}`, [], options),
    fetchCached(`${base}/cert_chain`, [], options),
    options.crl === false ? undefined : fetchCached(`${base}/crl`, [], options),
  ]);
  return {
    certificates: [vcek.body, ...pemToDerList(Buffer.from(chain.body).toString('utf8'))],
    crls: crl ? [crl.body] : [],
  };
}
