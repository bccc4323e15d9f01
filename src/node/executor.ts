/**
 * The executor node: a fastify server (GET /v1/info, /v1/collateral, /v1/stats, /v1/sessions/:id) with a WebSocket endpoint
 * (/v1/session, ws attached to the same server) over which requesters run paid sessions, an
 * enclave, SQLite storage, and the collector that turns stored payments into money on-chain.
 * Loopback by default. Built in one call, stopped in reverse order.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { zeroAddress, type Address, type Hex } from 'viem';
import { WebSocketServer } from 'ws';
import type { ChainClient } from '../chain/index.js';
import type { Enclave } from '../enclave/types.js';
import type { ChannelPolicy } from '../protocol/executor-session.js';
import { WIRE_LIMITS } from '../protocol/messages.js';
import { toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import type { CollectTuning } from './collect-policy.js';
import { ChainGuard } from './chain-guard.js';
import { Collector, type CollectorOptions } from './collector.js';
import { PoolCollectBook, poolCollector } from './pool-collector.js';
import { PoolHandover, servePoolPayments } from './pool-handover.js';
import { clientAddress, limitKey, trustedProxyList, type ProxyHeader } from './client-address.js';
import { limitSockets, markUpgraded, type SocketLimitOptions } from './socket-limits.js';
import { ConnectionLimiter, type ConnectionLimitOptions } from './connection-limits.js';
import { handleConnection } from './executor-connection.js';
import { ExecutorStore } from './executor-store.js';
import { encodeInfoStatement } from '../protocol/info-statement.js';
import { buildInfo, chooseSessionSubprotocol, infoEtag, infoStatementOf, infoToJson, INFO_PATH, SESSION_PATH, type ExecutorInfo } from './info.js';
import { POOL_LINK_PATH, startPoolServing, type PoolServingOptions } from './executor-pool-node.js';
import { COLLATERAL_PATH } from './collateral-client.js';
import { NO_EXECUTOR_FAULTS, type ExecutorFaults } from './faults.js';
import { parseReleaseRequestBody, RELEASE_REQUEST_PATH } from '../owner/relay.js';
import { emit, timedEnclave, type ExecutorEvents } from './executor-events.js';
import { ExecutorModules } from './executor-modules.js';
import type { ModuleAcceptance } from './module-policy.js';
import { parseAlphaParam, VRF_PATH, vrfAnswerJson } from '../registry/vrf-client.js';
import { servePaidKeys } from './paid-keys.js';

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

import { MIN_CHANNEL_SECONDS, MIN_COLLECT_SAFETY_SECONDS } from './channel-limits.js';

export { MIN_CHANNEL_SECONDS, MIN_COLLECT_SAFETY_SECONDS } from './channel-limits.js';
/** How long a closing node waits for rounds still in the enclave to settle their sessions. */
const SETTLE_ON_CLOSE_MS = 15_000;

/** Answers an upgrade request with an HTTP error and closes (Retry-After tells an honest client when to retry). */
function refuseUpgrade(socket: Socket, status: string, retryAfterSeconds?: number): void {
  const retry = retryAfterSeconds === undefined ? '' : `Retry-After: ${retryAfterSeconds}\r\n`;
  socket.end(`HTTP/1.1 ${status}\r\n${retry}Content-Length: 0\r\nConnection: close\r\n\r\n`);
}

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

/** The module service, after checking that the largest module accepted fits in a frame. */
async function startModules(options: ExecutorNodeOptions, maxFrameBytes: number, log: (line: string) => void): Promise<ExecutorModules> {
  const { acceptance } = options.modules!;
  // A `module` frame carries the module, its 48-byte HPKE envelope and a few dozen bytes of CBOR.
  if (acceptance.maxModuleBytes + 1024 > maxFrameBytes) {
    throw new AirtntError('INVALID_EXECUTOR_OPTIONS', `the largest module accepted (${acceptance.maxModuleBytes} bytes) must fit in a frame of ${maxFrameBytes} bytes, with 1024 bytes to spare`, {
      details: { maxModuleBytes: acceptance.maxModuleBytes, maxFrameBytes },
    });
  }
  return ExecutorModules.start({
    enclave: options.enclave,
    dataDir: options.dataDir,
    acceptance,
    builtins: options.functions ?? [],
    compileMs: options.modules!.compileMs ?? 10_000,
    log,
  });
}

export async function startExecutorNode(options: ExecutorNodeOptions): Promise<ExecutorNode> {
  const log = options.log ?? (() => undefined);
  const minChannelSeconds = options.minChannelSeconds ?? 600;
  const collectSafetySeconds = options.collectSafetySeconds ?? Math.min(300, Math.floor(minChannelSeconds / 2));
  checkExpiryMargins(minChannelSeconds, collectSafetySeconds);
  const minDeposit = options.minDeposit ?? 0n;
  if (minDeposit < 0n) throw new AirtntError('INVALID_EXECUTOR_OPTIONS', 'minDeposit must not be negative', { details: { minDeposit } });
  if (options.maxChannelSeconds !== undefined && !(Number.isSafeInteger(options.maxChannelSeconds) && options.maxChannelSeconds > minChannelSeconds)) {
    throw new AirtntError('INVALID_EXECUTOR_OPTIONS', 'maxChannelSeconds must be an integer above minChannelSeconds', { details: { maxChannelSeconds: options.maxChannelSeconds, minChannelSeconds } });
  }
  const maxFrameBytes = options.maxFrameBytes ?? WIRE_LIMITS.maxFrameBytes;
  const acceptedTokens = acceptedTokensOf(options.pricePerCycle, options.acceptedTokens);
  const ethPrice = acceptedTokens.get(zeroAddress)!;
  const policy: ChannelPolicy = {
    minRemainingSeconds: BigInt(minChannelSeconds),
    maxCyclesPerRound: options.maxCyclesPerRound ?? 10_000_000,
    pricePerCycle: ethPrice,
    acceptedTokens,
    minDeposit,
    ...(options.maxChannelSeconds === undefined ? {} : { maxChannelSeconds: BigInt(options.maxChannelSeconds) }),
  };
  const enclave = timedEnclave(options.enclave, options.events);
  const limiter = new ConnectionLimiter({ maxTotal: options.maxConcurrentSessions ?? 64, ...options.connectionLimits });
  const settling = new Set<Promise<void>>();
  const faults = options.faults ?? NO_EXECUTOR_FAULTS;
  const store = new ExecutorStore(join(options.dataDir, 'executor.sqlite'), (writes) => faults.afterCommit?.(writes));
  // The store's payments are only collectable on the chain it was made on: refuse another one.
  const chainGuard = new ChainGuard(store.db, options.chain);
  try {
    await chainGuard.check();
  } catch (error) {
    store.close();
    throw error;
  }
  const pool = options.pool === undefined ? undefined : startPoolServing(options.pool, options.chain, options.dataDir, log);
  const activeChannels = new Set<Hex>();
  const activeSessions = new Set<Hex>();
  const collecting = faults.collectsPayments();
  const collectorOptions: CollectorOptions = {
    chain: options.chain,
    store,
    activeChannels,
    safetySeconds: BigInt(collectSafetySeconds),
    intervalMs: options.collectIntervalMs ?? 1_000,
    confirmBlocks: BigInt(options.collectConfirmBlocks ?? 12),
    enabled: collecting,
    ...(options.collectTuning === undefined ? {} : { tuning: options.collectTuning }),
    ...(options.collectBumpAfterBlocks === undefined ? {} : { bumpAfterBlocks: options.collectBumpAfterBlocks }),
    ...(options.blockTimeSeconds === undefined ? {} : { blockTimeSeconds: options.blockTimeSeconds }),
    weiValue: (token, amount) => weiValueOf(acceptedTokens, token, amount),
    log,
    events: options.events,
    faults,
    checkChain: () => chainGuard.check(),
  };
  const collector = new Collector(collectorOptions);
  // A pool member collects its own PoolPayments the same way, from pool.sqlite (pool-collector.ts).
  // Its collects are counted apart from the channels' (metrics: airtnt_pool_collects_total).
  const poolEvents: ExecutorEvents = { ...options.events, collect: (status, channelId, detail) => emit(options.events, 'poolCollect', status, channelId, detail) };
  const poolCollecting = pool === undefined ? undefined : poolCollector({ ...collectorOptions, events: poolEvents, chain: pool.context.chain, store: pool.context.store });
  // Payments of its own rounds that another member holds (it was killed before storing them): pulled, verified, stored, collected.
  const handover = pool === undefined
    ? undefined
    : new PoolHandover({
        store: pool.context.store,
        domain: pool.context.chain.domain,
        self: options.chain.account.address,
        activeSessions,
        onStored: (channelId) => void poolCollecting?.collectChannel(channelId),
        onHandedOver: (amount) => emit(options.events, 'poolPaymentHandedOver', amount),
        log,
        ...(options.poolHandoverIntervalMs === undefined ? {} : { intervalMs: options.poolHandoverIntervalMs }),
      });
  const modules = options.modules === undefined ? undefined : await startModules(options, maxFrameBytes, log);
  const info = buildInfo({
    executor: options.chain.account.address,
    pricePerCycle: ethPrice,
    minDeposit,
    acceptedTokens: [...acceptedTokens].map(([token, pricePerCycle]) => ({ token: token as Address, pricePerCycle })),
    chainId: options.chain.chain.id,
    channels: options.chain.channels,
    identity: options.enclave.identity(),
    functions: options.functions ?? [],
    modules: modules?.acceptance,
    limits: {
      maxCyclesPerRound: policy.maxCyclesPerRound,
      minChannelSeconds,
      maxFrameBytes,
      maxStateBytes: options.maxStateBytes ?? 4 * 1024 * 1024,
      // Advertised (and signed) so that a requester refuses before opening a channel this executor would refuse.
      ...(options.maxChannelSeconds === undefined ? {} : { maxChannelSeconds: options.maxChannelSeconds }),
    },
  });
  // The terms above are signed by the enclave, whose key the evidence binds: nobody on the path can
  // rewrite them (payee, prices, deposit, limits) without the requester noticing.
  info.signature = await options.enclave.signInfo(encodeInfoStatement(infoStatementOf(info)));
  const infoJson = infoToJson(info);

  // Request timeouts are checked this often (Node's default is 30 s: a half-sent request would stay that long).
  const serverOptions = { connectionsCheckingInterval: 500 };
  const app = (options.tls === undefined
    ? Fastify({ logger: false, bodyLimit: 1024, http: serverOptions })
    : Fastify({ logger: false, bodyLimit: 1024, https: { ...serverOptions, cert: options.tls.cert, key: options.tls.key } })) as unknown as FastifyInstance;
  // The same bytes to every requester, with their tag: a requester that knows them is answered 304.
  const infoBody = JSON.stringify(infoJson);
  const etag = infoEtag(infoBody);
  app.get(INFO_PATH, async (request, reply) => {
    // Shared caches on the way revalidate every time (the requester checks what it gets either way).
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(infoBody);
  });
  app.get(COLLATERAL_PATH, async (_request, reply) => {
    const collateral = options.collateral?.currentJson();
    if (collateral === undefined) return reply.code(404).send({ error: 'COLLATERAL_UNAVAILABLE' });
    return collateral;
  });
  // Owners' agents release only to a request the enclave signed (docs/protocol.md, "Release request"):
  // the enclave checks the layout and that it names its own key, so this signs nothing else.
  app.post<{ Body: unknown }>(RELEASE_REQUEST_PATH, async (request, reply) => {
    const statement = parseReleaseRequestBody(request.body);
    if (statement === undefined || options.enclave.signReleaseRequest === undefined) return reply.code(400).send({ error: 'RELEASE_REQUEST_MALFORMED' });
    try {
      return { signature: toHex(await options.enclave.signReleaseRequest(statement)) };
    } catch (error) {
      // A request naming another chain or contract than this executor's is told apart: the requester can fix it.
      return reply.code(400).send({ error: isAirtntError(error, 'OWNER_CHAIN_MISMATCH') ? 'OWNER_CHAIN_MISMATCH' : 'RELEASE_REQUEST_MALFORMED' });
    }
  });
  app.get<{ Params: { alpha: string } }>(`${VRF_PATH}/:alpha`, async (request, reply) => {
    const alpha = parseAlphaParam(request.params.alpha);
    if (alpha === undefined) return reply.code(400).send({ error: 'VRF_BAD_LENGTH' });
    const answer = options.vrfProver?.(alpha);
    if (answer === undefined) return reply.code(404).send({ error: 'VRF_KEY_MISSING' });
    return vrfAnswerJson(answer);
  });
  // The key of a round a stored payment pays for: a requester that lost it need not wait for the collect.
  servePaidKeys(app, store, faults);
  if (pool !== undefined) servePoolPayments(app, pool.context.store);
  app.get('/v1/stats', async () => ({ activeSessions: activeSessions.size, ...store.sessionTotals(), ...(modules === undefined ? {} : { modules: modules.counts }) }));
  app.get<{ Params: { sessionId: string } }>('/v1/sessions/:sessionId', async (request, reply) => {
    const id = request.params.sessionId.toLowerCase();
    const stats = /^0x[0-9a-f]{64}$/.test(id) ? store.sessionStats(id as Hex) : undefined;
    if (stats === undefined) return reply.code(404).send({ error: 'SESSION_UNKNOWN' });
    return stats;
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes, handleProtocols: chooseSessionSubprotocol });
  const trustedProxies = options.trustedProxies === undefined || options.trustedProxies.length === 0 ? undefined : trustedProxyList(options.trustedProxies);
  // Plain HTTP and half-sent requests are bounded per client before any parsing (socket-limits.ts).
  limitSockets(app.server, options.socketLimits, trustedProxies);
  app.server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    // Node hands an upgraded socket over with no 'error' listener: a reset from the peer at any
    // point (while we answer 404/503, mid-handshake, later) would otherwise be thrown and end the
    // process. Every error on it ends this socket only.
    socket.on('error', () => socket.destroy());
    const path = (request.url ?? '').split('?')[0];
    const poolLink = pool !== undefined && path === POOL_LINK_PATH;
    if (path !== SESSION_PATH && !poolLink) {
      emit(options.events, 'connectionRefused', 'not-found');
      refuseUpgrade(socket, '404 Not Found');
      return;
    }
    // Before any WebSocket exists: one host must not hold every slot or flood the node with openings.
    const client = clientAddress(request.socket.remoteAddress, request.headers, trustedProxies, options.proxyHeader);
    const admission = limiter.admit(limitKey(client), () => socket.destroy());
    if (!admission.admitted) {
      log(`connection from ${client} refused: ${admission.reason}`);
      emit(options.events, 'connectionRefused', admission.reason);
      refuseUpgrade(socket, '503 Service Unavailable', admission.retryAfterSeconds);
      return;
    }
    socket.once('close', admission.release);
    markUpgraded(socket);
    if (poolLink) return pool.handleUpgrade(request, socket, head, admission.opened);
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.once('message', admission.opened);
      const settled = handleConnection(ws, socket, {
        chain: options.chain,
        enclave,
        store,
        policy,
        maxFrameBytes,
        idleMs: options.sessionIdleMs ?? 30_000,
        ...(options.preOpenMs === undefined ? {} : { preOpenMs: options.preOpenMs }),
        activeChannels,
        activeSessions,
        faults,
        ...(modules === undefined ? {} : { modules }),
        clientKey: limitKey(client),
        ...(collecting ? { deadlines: collector } : {}),
        onSessionEnd: (channelId) => {
          void collector.collectChannel(channelId);
          void poolCollecting?.collectChannel(channelId);
        },
        log,
        events: options.events,
        ...(pool === undefined ? {} : { pool: pool.context }),
      });
      settling.add(settled);
      void settled.finally(() => settling.delete(settled));
    });
  });

  const address = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  collector.start();
  poolCollecting?.start();
  handover?.start();
  let closed = false;
  return {
    url: address.replace('[::1]', '127.0.0.1'),
    address: options.chain.account.address,
    info,
    stats: () => ({ activeSessions: activeSessions.size, ...store.sessionTotals() }),
    observe: () => ({
      activeSessions,
      activeChannels,
      unconfirmedCollects: collector.unconfirmedCount,
      collectQueue: store.uncollectedChannels().length,
      poolCollectQueue: pool === undefined ? 0 : new PoolCollectBook(pool.context.store).uncollectedChannels().length,
    }),
    collectAll: async () => {
      await Promise.all([collector.sweep({ includeActive: true, waitMs: 60_000 }), poolCollecting?.sweep({ includeActive: true, waitMs: 60_000 })]);
    },
    collectStatus: () => {
      const head = collector.head();
      const timing = collector.timing();
      if (head === undefined || timing === undefined) return undefined;
      return { head: head.number, chainNow: timing.nowSeconds, blockTimeSeconds: collector.blockTimeSeconds(), leadSeconds: timing.leadSeconds, urgentSeconds: timing.urgentSeconds };
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await modules?.stop();
      await handover?.stop();
      for (const client of wss.clients) client.close(1001, 'executor shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const client of wss.clients) client.terminate();
      // A round still in the enclave settles its session in the store: wait for it (bounded) first.
      await Promise.race([Promise.allSettled([...settling]), new Promise((resolve) => setTimeout(resolve, SETTLE_ON_CLOSE_MS).unref())]);
      await app.close();
      await Promise.all([collector.sweep({ includeActive: true, waitMs: 15_000 }), poolCollecting?.sweep({ includeActive: true, waitMs: 15_000 })]);
      await collector.stop();
      await poolCollecting?.stop();
      const left = store.uncollectedChannels().length;
      if (left > 0) log(`stopping with ${left} channel(s) not collected (not yet worth a collect's gas under the collect policy, or not taken by the chain in time): their payments stay in the store and are collected at the next start, before the channels expire`);
      const poolLeft = pool === undefined ? 0 : new PoolCollectBook(pool.context.store).uncollectedChannels().length;
      if (poolLeft > 0) log(`stopping with ${poolLeft} pool channel(s) not collected (not yet worth a collect's gas under the collect policy, or not taken by the chain in time): their PoolPayments stay in pool.sqlite and are collected at the next start, before the channels expire`);
      store.close();
      pool?.close();
    },
  };
}
