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
import type { ChannelPolicy } from '../protocol/executor-session.js';
import { WIRE_LIMITS } from '../protocol/messages.js';
import { toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { ChainGuard } from './chain-guard.js';
import { Collector, type CollectorOptions } from './collector.js';
import { PoolCollectBook, poolCollector } from './pool-collector.js';
import { PoolHandover, servePoolPayments } from './pool-handover.js';
import { clientAddress, limitKey, trustedProxyList } from './client-address.js';
import { limitSockets, markUpgraded } from './socket-limits.js';
import { ConnectionLimiter } from './connection-limits.js';
import { handleConnection } from './executor-connection.js';
import { ExecutorStore } from './executor-store.js';
import { encodeInfoStatement } from '../protocol/info-statement.js';
import { buildInfo, chooseSessionSubprotocol, infoEtag, infoStatementOf, infoToJson, INFO_PATH, SESSION_PATH } from './info.js';
import { POOL_LINK_PATH, startPoolServing } from './executor-pool-node.js';
import { COLLATERAL_PATH } from './collateral-client.js';
import { NO_EXECUTOR_FAULTS } from './faults.js';
import { parseReleaseRequestBody, RELEASE_REQUEST_PATH } from '../owner/relay.js';
import { emit, timedEnclave, type ExecutorEvents } from './executor-events.js';
import { ExecutorModules } from './executor-modules.js';
import { parseAlphaParam, VRF_PATH, vrfAnswerJson } from '../registry/vrf-client.js';
import { servePaidKeys } from './paid-keys.js';
import { acceptedTokensOf, checkExpiryMargins, weiValueOf, type ExecutorNode, type ExecutorNodeOptions } from './executor-options.js';

export { acceptedTokensOf, checkExpiryMargins, weiValueOf, type ExecutorNode, type ExecutorNodeOptions } from './executor-options.js';
export { MIN_CHANNEL_SECONDS, MIN_COLLECT_SAFETY_SECONDS } from './channel-limits.js';

/** How long a closing node waits for rounds still in the enclave to settle their sessions. */
const SETTLE_ON_CLOSE_MS = 15_000;

/** Answers an upgrade request with an HTTP error and closes (Retry-After tells an honest client when to retry). */
function refuseUpgrade(socket: Socket, status: string, retryAfterSeconds?: number): void {
  const retry = retryAfterSeconds === undefined ? '' : `Retry-After: ${retryAfterSeconds}\r\n`;
  socket.end(`HTTP/1.1 ${status}\r\n${retry}Content-Length: 0\r\nConnection: close\r\n\r\n`);
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
