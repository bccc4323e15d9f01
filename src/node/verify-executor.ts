/**
 * Requester side, before any data or money moves: fetch an executor's /v1/info, check that its
 * evidence is genuine and acceptable under the requester's policy, that the evidence commits to the
 * advertised enclave keys, and that the executor works on the requester's chain and contract, has
 * the function, and asks an acceptable price.
 */
import { mergeCollateral, verifyEnclaveIdentity, type AttestationPolicy, type Collateral } from '../attestation/index.js';
import { acceptVerifiedIdentity } from '../attestation/policy.js';
import { NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import { evidenceDigest, type EvidenceVerdicts } from './evidence-verdicts.js';
import type { KnownInfos } from './known-infos.js';
import type { VerifiedEvidence } from '../attestation/types.js';
import type { ChainClient } from '../chain/index.js';
import { zeroAddress, type Address } from 'viem';
import { AirtntError } from '../util/errors.js';
import { DEFAULT_ETH_PRICE_CAP, describeAmount, resolvePriceCap } from './amounts.js';
import { CHANNEL_MARGIN_SECONDS } from './requester-channels.js';
import { boundedGet } from './bounded-get.js';
import { fetchExecutorCollateral } from './collateral-client.js';
import { verifyInfoStatement } from '../protocol/info-statement.js';
import { acceptsFunction } from './module-policy.js';
import { INFO_PATH, infoEtag, infoStatementOf, MAX_INFO_BYTES, parseInfo, priceInToken, SESSION_PATH, type ExecutorInfo } from './info.js';

export type VerifiedExecutor = {
  url: string;
  sessionUrl: string;
  info: ExecutorInfo;
  /** The executor's price per cycle in the token the requester pays in (what sessions sign as the rate). */
  pricePerCycle: bigint;
  evidence: VerifiedEvidence;
  /** Bytes of the info request and response at the socket. */
  infoBytes: { sent: number; received: number };
  /** The extra CA the executor's TLS certificate was checked against, for the session connection too. */
  tlsCa?: string | Buffer;
};

/**
 * GET /v1/info over https:// (TLS checked against the system's CAs, plus `ca` if given) or plain
 * http://. TLS keeps the path from reading or dropping frames; what the info says is not taken from
 * TLS either way: the terms that matter are signed by the attested enclave (verifyExecutor).
 */
export async function fetchExecutorInfo(baseUrl: string, timeoutMs: number, ca?: string | Buffer): Promise<{ info: ExecutorInfo; bytes: { sent: number; received: number } }> {
  const { info, bytes } = await fetchInfoDocument(baseUrl, timeoutMs, ca, undefined);
  return { info, bytes };
}

/**
 * fetchExecutorInfo, asking with the tag of `stored` (the document last verified from this executor,
 * known-infos.ts) when there is one: an executor whose document is unchanged answers 304, and `stored`
 * is parsed instead, to be checked again as any document is. Returns the document's text too.
 */
function fetchInfoDocument(baseUrl: string, timeoutMs: number, ca: string | Buffer | undefined, stored: string | undefined): Promise<{ info: ExecutorInfo; bytes: { sent: number; received: number }; text: string }> {
  let url: URL;
  try {
    url = new URL(INFO_PATH, baseUrl);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new AirtntError('INVALID_EXECUTOR_URL', `"${baseUrl}" is not an executor URL: executor URLs are https://host:port or http://host:port`, { details: { url: baseUrl }, hint: 'give the executor\'s URL with its scheme, as its operator publishes it' }));
  }
  const headers = stored === undefined ? undefined : { 'if-none-match': infoEtag(stored) };
  return boundedGet(url, { timeoutMs, maxBytes: MAX_INFO_BYTES, ca, baseUrl, ...(headers === undefined ? {} : { headers }), tooLarge: () => new AirtntError('INFO_TOO_LARGE', `the info document exceeds ${MAX_INFO_BYTES} bytes`) }).then(({ status, body, bytes }) => {
    const text = status === 304 && stored !== undefined ? stored : status === 200 ? body.toString('utf8') : undefined;
    if (text === undefined) throw new AirtntError('EXECUTOR_UNREACHABLE', `GET ${url} answered ${status}`, { details: { url: baseUrl } });
    try {
      return { info: parseInfo(JSON.parse(text)), bytes, text };
    } catch (error) {
      throw error instanceof AirtntError ? error : new AirtntError('INFO_MALFORMED', 'the info document is not JSON', { cause: error });
    }
  });
}

const COLLATERAL_KINDS = new Set(['sgx', 'tdx', 'sev-snp']);

export type ExecutorRequirements = {
  chain: ChainClient;
  policy: AttestationPolicy;
  /** Hex measurement (no 0x) of the function to run; the executor must have it built in, or accept its module. */
  functionMeasurement: string;
  /** The size of the module when the requester can send it (a function the executor need not have built in). */
  moduleBytes?: number;
  /** The token the requester pays in (default: ETH). */
  token?: Address;
  /**
   * Highest price per cycle accepted, in the smallest unit of `token` (wei for ETH; default
   * DEFAULT_MAX_PRICE_PER_CYCLE for ETH; a token has no default: PRICE_CAP_REQUIRED; never "any").
   */
  maxPricePerCycle?: bigint;
  /** The token's decimals() (validated, src/chain/token-decimals.ts): refusals then show whole tokens too. */
  decimals?: number;
  /**
   * Lifetime of the channels the requester would open: the executor's minChannelSeconds plus
   * CHANNEL_MARGIN_SECONDS must fit in it, or the executor would refuse every channel opened for it
   * (default DEFAULT_CHANNEL_SECONDS).
   */
  channelSeconds?: number;
  /** Largest deposit the requester accepts to lock in one channel: the executor's minDeposit must fit (default: no limit). */
  maxDeposit?: bigint;
  /** Collateral of the requester's own, added to what the executor serves at /v1/collateral. */
  collateral?: Collateral;
  /** The clock evidence and collateral are judged at (default: now). */
  now?: () => Date;
  /** PEM CA certificate(s) trusted for https:// executors besides the system's (self-signed executors). */
  tlsCa?: string | Buffer;
};

/**
 * What a Requester knows of executors from earlier runs (its store keeps both): not part of the public
 * ExecutorRequirements, whose verifyExecutor checks everything afresh.
 */
export type KnownExecutors = {
  /**
   * Verdicts reached earlier on executors' evidence: the same evidence is not verified again, nor its
   * collateral fetched, while its verdict holds (evidence-verdicts.ts). Not used when `collateral` is given.
   */
  verdicts?: EvidenceVerdicts;
  /** Info documents verified earlier, asked again with their tag (known-infos.ts). */
  infos?: KnownInfos;
};

/**
 * 1 gwei per cycle, the price an executor asks by default: a requester that names no limit pays
 * no more than that, so an executor asking more is refused rather than paid.
 */
export const DEFAULT_MAX_PRICE_PER_CYCLE = DEFAULT_ETH_PRICE_CAP;
/** Lifetime of the channels a requester opens unless told otherwise (chain seconds). */
export const DEFAULT_CHANNEL_SECONDS = 3600;

export function verifyExecutor(baseUrl: string, requirements: ExecutorRequirements, timeoutMs: number): Promise<VerifiedExecutor> {
  // An object may carry more than its type says: whatever caches it holds are not used here.
  const fresh: ExecutorRequirements & KnownExecutors = { ...requirements };
  delete fresh.verdicts;
  delete fresh.infos;
  return verifyKnownExecutor(baseUrl, fresh, timeoutMs);
}

/** verifyExecutor, taking what the requester learnt of executors before (its store's KnownExecutors). */
export async function verifyKnownExecutor(baseUrl: string, requirements: ExecutorRequirements & KnownExecutors, timeoutMs: number): Promise<VerifiedExecutor> {
  const { info, bytes, text } = await fetchInfoDocument(baseUrl, timeoutMs, requirements.tlsCa, requirements.infos?.get(baseUrl));
  const { chain } = requirements;
  if (info.chainId !== chain.chain.id || info.channels.toLowerCase() !== chain.channels.toLowerCase()) {
    throw new AirtntError('EXECUTOR_OTHER_CHAIN', 'the executor is paid through another chain or channels contract', {
      details: { executor: { chainId: info.chainId, channels: info.channels }, ours: { chainId: chain.chain.id, channels: chain.channels } },
    });
  }
  const evidence = await judgeEvidence(baseUrl, info, requirements, timeoutMs);
  if (evidence.insecure !== info.insecure) {
    throw new AirtntError('BINDING_MISMATCH', 'the executor misstates whether its TEE is simulated');
  }
  // The evidence binds the signing key; the key signs the terms. Nothing else in the info is believed.
  if (info.signature === undefined) {
    throw new AirtntError('INFO_NOT_SIGNED', 'the executor\'s terms carry no enclave signature', {
      hint: 'the executor runs an older airtnt, or its /v1/info was rewritten on the way: use another executor',
    });
  }
  verifyInfoStatement(infoStatementOf(info), info.signature, NODE_PRIMITIVES);
  checkFunctionOffered(info, requirements.functionMeasurement, requirements.moduleBytes);
  const pricePerCycle = checkTerms(info, requirements);
  // Verified and acceptable: the next run on this executor asks whether it is still the same document.
  requirements.infos?.put(baseUrl, text, Date.now());
  const sessionUrl = new URL(SESSION_PATH, baseUrl);
  sessionUrl.protocol = sessionUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  return { url: baseUrl, sessionUrl: sessionUrl.toString(), info, pricePerCycle, evidence, infoBytes: bytes, ...(requirements.tlsCa === undefined ? {} : { tlsCa: requirements.tlsCa }) };
}

/**
 * The executor's evidence judged under the requester's policy and bound to the keys its info
 * advertises: verified (Intel and AMD evidence with collateral, the executor's own, checked like any
 * other), or, for evidence verified before under the same options, that verdict taken again.
 */
async function judgeEvidence(baseUrl: string, info: ExecutorInfo, requirements: ExecutorRequirements & KnownExecutors, timeoutMs: number): Promise<VerifiedEvidence> {
  const identity = {
    tee: info.tee,
    insecure: info.insecure,
    signingPublicKey: info.enclave.signingPublicKey,
    hpkePublicKey: info.enclave.hpkePublicKey,
    runtimeMeasurement: info.enclave.runtimeMeasurement,
    evidence: info.enclave.evidence,
    ...(info.enclave.recordAddress === undefined ? {} : { recordAddress: info.enclave.recordAddress }),
  };
  const { policy } = requirements;
  const now = requirements.now?.() ?? new Date();
  const verdicts = requirements.collateral === undefined ? requirements.verdicts : undefined;
  const snpMinimumTcb = policy.snp?.minimumTcb;
  const digest = verdicts === undefined ? undefined : evidenceDigest(identity.evidence, { allowSimulated: policy.allowSimulated === true, ...(snpMinimumTcb === undefined ? {} : { snpMinimumTcb }) });
  const known = digest === undefined ? undefined : verdicts!.get(digest, now);
  if (known !== undefined) return acceptVerifiedIdentity(identity, known, policy, now);
  const served = COLLATERAL_KINDS.has(identity.evidence.kind) ? await fetchExecutorCollateral(baseUrl, timeoutMs) : undefined;
  const collateral = served || requirements.collateral ? mergeCollateral(served?.collateral, requirements.collateral) : undefined;
  const verified = await verifyEnclaveIdentity(identity, policy, { now, ...(collateral ? { collateral } : {}) });
  // Kept once the policy accepted it (a refused verdict is reached again, and refused, at the next try).
  if (digest !== undefined) verdicts!.put(digest, verified, now);
  return verified;
}

/**
 * Whether the executor runs the function, from its signed info: built in, or a module it accepts
 * (its `modules` policy and size limit) when the requester has the module to send. Refused here,
 * before any channel is opened or anything is sent.
 */
export function checkFunctionOffered(info: ExecutorInfo, functionMeasurement: string, moduleBytes: number | undefined): void {
  const hex = functionMeasurement.toLowerCase().replace(/^0x/, '');
  if (info.functions.includes(hex)) return;
  if (moduleBytes === undefined) {
    throw new AirtntError('EXECUTOR_LACKS_FUNCTION', 'the executor does not have this function', {
      details: { functionMeasurement, offered: info.functions },
      hint: info.modules !== undefined && info.modules.accept !== 'builtin' ? 'it accepts modules sent with a session: give the module with the job' : undefined,
    });
  }
  if (!acceptsFunction(info.modules, info.functions, hex)) {
    throw new AirtntError('FUNCTION_NOT_ACCEPTED', 'the executor does not run this function', {
      details: { functionMeasurement: hex, accept: info.modules?.accept ?? 'builtin' },
      hint: 'use an executor whose /v1/info accepts any function or lists this measurement',
    });
  }
  if (moduleBytes > info.modules!.maxModuleBytes) {
    throw new AirtntError('MODULE_TOO_LARGE', `the module is ${moduleBytes} bytes; the executor accepts modules up to ${info.modules!.maxModuleBytes} bytes`, {
      details: { bytes: moduleBytes, maxModuleBytes: info.modules!.maxModuleBytes },
      hint: 'build it smaller, or use an executor that accepts larger modules',
    });
  }
}

/**
 * The executor's advertised terms against the requester's limits, refused before anything is
 * opened; returns the executor's price per cycle in the requester's token.
 */
export function checkTerms(info: ExecutorInfo, requirements: Pick<ExecutorRequirements, 'token' | 'maxPricePerCycle' | 'channelSeconds' | 'maxDeposit' | 'decimals'>): bigint {
  const token = requirements.token ?? zeroAddress;
  const price = priceInToken(info, token);
  if (price === undefined) {
    throw new AirtntError('EXECUTOR_REFUSES_TOKEN', 'the executor does not accept payment in this token', {
      details: { token, accepted: info.acceptedTokens.map((t) => t.token) },
      hint: 'pay in one of the tokens the executor lists (token), or use another executor',
    });
  }
  const decimals = requirements.decimals ?? 18;
  const maxPrice = resolvePriceCap(requirements.maxPricePerCycle, token, decimals);
  if (price > maxPrice) {
    throw new AirtntError('EXECUTOR_TOO_EXPENSIVE', `the executor asks ${describeAmount(price, token, decimals)} per cycle, more than the limit of ${describeAmount(maxPrice, token, decimals)}`, {
      details: { price, max: maxPrice, token, decimals },
      hint: 'raise maxPricePerCycle only if you mean to pay that much',
    });
  }
  const minChannelSeconds = info.limits.minChannelSeconds;
  const channelSeconds = requirements.channelSeconds ?? DEFAULT_CHANNEL_SECONDS;
  if (minChannelSeconds + CHANNEL_MARGIN_SECONDS > channelSeconds) {
    throw new AirtntError('EXECUTOR_CHANNEL_TOO_LONG', 'the executor wants channels to last longer than the ones this requester opens', {
      details: { minChannelSeconds, marginSeconds: CHANNEL_MARGIN_SECONDS, channelSeconds },
      hint: 'open longer channels (channelSeconds) or use another executor',
    });
  }
  const maxChannelSeconds = info.limits.maxChannelSeconds;
  if (maxChannelSeconds !== undefined && channelSeconds > maxChannelSeconds) {
    throw new AirtntError('EXECUTOR_SERVES_SHORTER_CHANNELS', `the executor serves channels of at most ${maxChannelSeconds} s, and this requester opens channels of ${channelSeconds} s`, {
      details: { maxChannelSeconds, channelSeconds },
      hint: 'open shorter channels (channelSeconds at most the executor\'s maxChannelSeconds) or use another executor',
    });
  }
  if (requirements.maxDeposit !== undefined && info.minDeposit > requirements.maxDeposit) {
    throw new AirtntError('EXECUTOR_DEPOSIT_TOO_HIGH', 'the executor wants a larger deposit per channel than this requester locks', {
      details: { minDeposit: info.minDeposit, maxDeposit: requirements.maxDeposit },
      hint: 'raise maxDeposit, or use another executor',
    });
  }
  return price;
}
