/**
 * What an executor node is started with (ExecutorNodeOptions) and what it gives back (ExecutorNode), and
 * the checks of those options that the command line and the library share: the expiry margins, the
 * accepted tokens and what an amount of one is worth in wei.
 */
import { zeroAddress, type Address, type Hex } from 'viem';
import type { ChainClient } from '../chain/index.js';
import type { Enclave } from '../enclave/types.js';
import { AirtntError } from '../util/errors.js';
import { MIN_CHANNEL_SECONDS, MIN_COLLECT_SAFETY_SECONDS } from './channel-limits.js';
import type { ProxyHeader } from './client-address.js';
import type { CollectTuning } from './collect-policy.js';
import type { ConnectionLimitOptions } from './connection-limits.js';
import type { ExecutorEvents } from './executor-events.js';
import type { PoolServingOptions } from './executor-pool-node.js';
import type { ExecutorFaults } from './faults.js';
import type { ExecutorInfo } from './info.js';
import type { ModuleAcceptance } from './module-policy.js';
import type { SocketLimitOptions } from './socket-limits.js';

export type ExecutorNodeOptions = {
  chain: ChainClient;
  enclave: Enclave;
  /** Folder for executor.sqlite. */
  dataDir: string;
  /** Wei per cycle, for ETH channels. */
  pricePerCycle: bigint;
  /**
   * ERC-20 tokens accepted besides ETH, each with its own price per cycle in token units. Keys are
   * token addresses (any case); the zero address overrides the ETH price. Any token can be minted
   * by anyone, so only the tokens listed here are worth working for.
   */
  acceptedTokens?: ReadonlyMap<string, bigint>;
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Measurements (hex) of the functions the enclave has built in, advertised in /v1/info. */
  functions?: string[];
  /**
   * Modules sent with sessions: which ones it runs and how large (advertised, signed, in /v1/info),
   * and how long compiling and starting one may take (default: the enclave's round limit, 10 s).
   * Absent: the built-in functions only. Cached modules are kept in DATA_DIR/modules.
   */
  modules?: { acceptance: ModuleAcceptance; compileMs?: number };
  /** A channel must stay open this long after a round starts (default 600 s of chain time; at least MIN_CHANNEL_SECONDS). */
  minChannelSeconds?: number;
  /**
   * Collect any channel this close to expiry, even mid-session (default min(300, minChannelSeconds / 2);
   * at least MIN_COLLECT_SAFETY_SECONDS, below minChannelSeconds).
   */
  collectSafetySeconds?: number;
  /** The smallest channel deposit accepted, advertised in /v1/info and enforced at open (default 0: none). */
  minDeposit?: bigint;
  /**
   * The longest a channel may still run when its session opens (seconds of chain time; default: no
   * limit). An executor serving a registry sets the registry's MAX_CHANNEL_DURATION (the CLI reads it).
   */
  maxChannelSeconds?: number;
  /** Blocks after which a collect is read back from the chain before it is trusted (default 12). */
  collectConfirmBlocks?: number;
  /** Poll the chain head for the collector this often (default 1 s); it acts on every new block. */
  collectIntervalMs?: number;
  /** Collect ordering, worth and feasibility figures (src/node/collect-policy.ts); defaults there. */
  collectTuning?: Partial<Omit<CollectTuning, 'safetySeconds'>>;
  /** Blocks a collect may stay unmined before its fees are bumped by 12.5 % (default 2). */
  collectBumpAfterBlocks?: number;
  /** Seconds per block to assume, instead of measuring it from recent blocks. */
  blockTimeSeconds?: number;
  maxCyclesPerRound?: number;
  maxStateBytes?: number;
  maxFrameBytes?: number;
  /** Drop a session whose requester sends nothing for this long while it is expected to (default 30 s). */
  sessionIdleMs?: number;
  maxConcurrentSessions?: number;
  /** Per client (IPv4 address or IPv6 /64) and in all: refused with 503 and Retry-After at the upgrade. */
  connectionLimits?: ConnectionLimitOptions;
  /** Raw TCP sockets per client and in all, and how long a request may take to arrive (socket-limits.ts). */
  socketLimits?: SocketLimitOptions;
  /**
   * Reverse proxies (addresses or CIDR ranges) whose forwarding header names the client: limits then
   * count the forwarded client rather than the proxy. Nothing else's header is believed.
   */
  trustedProxies?: string[];
  /** Which header the trusted proxies set (default x-forwarded-for). */
  proxyHeader?: ProxyHeader;
  /** Terminate TLS here (PEM certificate chain and key): the node serves https:// and wss://. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** How long a new connection may stay without an `open` (default 3 s). */
  preOpenMs?: number;
  /** Injected fault points, for tests only (src/node/faults.ts; default: none). */
  faults?: ExecutorFaults;
  /** The collateral that judges this executor's evidence, served at GET /v1/collateral (collateral-service.ts). */
  collateral?: { currentJson(): Record<string, unknown> | undefined };
  log?: (line: string) => void;
  /** Metrics and dashboard sink (src/node/metrics.ts, src/node/admin): told of sessions, rounds, payments and collects. */
  events?: ExecutorEvents;
  /** The node's registry VRF prover, served at GET /v1/vrf/:alpha (src/registry/vrf-key.ts; default: 404). */
  vrfProver?: (alpha: Uint8Array) => { publicKey: Uint8Array; proof: Uint8Array } | undefined;
  /** Serve pool sessions (executor-pool-node.ts): channels on this AirtntPools contract. Absent (default): no pool. */
  pool?: PoolServingOptions;
  /** How often a pool member asks the others for payments of its own rounds it did not store (default 5 s; pool-handover.ts). */
  poolHandoverIntervalMs?: number;
};

export type ExecutorNode = {
  url: string;
  address: Address;
  info: ExecutorInfo;
  /** Sessions now live and totals over all sessions stored. */
  stats(): { activeSessions: number; sessions: number; bytesSent: number; bytesReceived: number };
  /** Collects every uncollected payment now (including channels in use) and waits for them to be mined. */
  collectAll(): Promise<void>;
  /** The collector's view: head, block time, collect lead time (undefined before the first head). */
  collectStatus(): { head: bigint; chainNow: bigint; blockTimeSeconds: number; leadSeconds: bigint; urgentSeconds: bigint } | undefined;
  /** Live state for the operator's view (read-only). */
  observe(): { activeSessions: ReadonlySet<Hex>; activeChannels: ReadonlySet<Hex>; unconfirmedCollects: number; collectQueue: number; poolCollectQueue: number };
  close(): Promise<void>;
};

/** Throws INVALID_EXECUTOR_OPTIONS unless the expiry margins leave the collector time to act. */
export function checkExpiryMargins(minChannelSeconds: number, collectSafetySeconds: number): void {
  const details = { minChannelSeconds, collectSafetySeconds, floors: { minChannelSeconds: MIN_CHANNEL_SECONDS, collectSafetySeconds: MIN_COLLECT_SAFETY_SECONDS } };
  if (!Number.isSafeInteger(minChannelSeconds) || minChannelSeconds < MIN_CHANNEL_SECONDS) {
    throw new AirtntError('INVALID_EXECUTOR_OPTIONS', `minChannelSeconds must be at least ${MIN_CHANNEL_SECONDS}`, { details });
  }
  if (!Number.isSafeInteger(collectSafetySeconds) || collectSafetySeconds < MIN_COLLECT_SAFETY_SECONDS) {
    throw new AirtntError('INVALID_EXECUTOR_OPTIONS', `collectSafetySeconds must be at least ${MIN_COLLECT_SAFETY_SECONDS}`, {
      details,
      hint: 'the collector must start collecting while a transaction can still be mined before expiry',
    });
  }
  if (collectSafetySeconds >= minChannelSeconds) {
    throw new AirtntError('INVALID_EXECUTOR_OPTIONS', 'collectSafetySeconds must be below minChannelSeconds', {
      details,
      hint: 'otherwise a round could start on a channel the collector already considers expiring',
    });
  }
}

/** The price per cycle of every accepted token, keyed by lowercase address: ETH at `ethPrice` unless overridden. */
export function acceptedTokensOf(ethPrice: bigint, extra: ReadonlyMap<string, bigint> = new Map()): Map<string, bigint> {
  const tokens = new Map<string, bigint>([[zeroAddress, ethPrice]]);
  for (const [token, price] of extra) {
    if (!/^0x[0-9a-fA-F]{40}$/.test(token) || price < 0n) {
      throw new AirtntError('INVALID_EXECUTOR_OPTIONS', 'an accepted token is an address with a non-negative price per cycle', { details: { token, price } });
    }
    tokens.set(token.toLowerCase(), price);
  }
  return tokens;
}

/**
 * What `amount` of `token` is worth in wei by the executor's own prices: a cycle is worth the ETH price
 * per cycle in wei and the token's price per cycle in token units, so one token unit is worth
 * ethPrice / tokenPrice wei. Undefined when either price is 0 (no basis to compare).
 */
export function weiValueOf(acceptedTokens: ReadonlyMap<string, bigint>, token: Address, amount: bigint): bigint | undefined {
  const ethPrice = acceptedTokens.get(zeroAddress);
  const tokenPrice = acceptedTokens.get(token.toLowerCase());
  if (token.toLowerCase() === zeroAddress) return amount;
  if (ethPrice === undefined || tokenPrice === undefined || ethPrice === 0n || tokenPrice === 0n) return undefined;
  return (amount * ethPrice) / tokenPrice;
}

