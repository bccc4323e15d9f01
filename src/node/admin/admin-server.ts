/**
 * The executor's admin port: a second HTTP server, on loopback only, separate from the public port
 * that requesters reach. It serves the operator dashboard (GET /, polling GET /api/state), and
 * Prometheus metrics at GET /metrics, all behind one token (guarded-http.ts).
 */
import { startExecutorNode, type ExecutorNode, type ExecutorNodeOptions } from '../executor.js';
import { combineEvents } from '../executor-events.js';
import { ExecutorMetrics, METRICS_CONTENT_TYPE } from '../metrics.js';
import { executorDashboardSource, type CollateralView, type DashboardSource } from './dashboard-state.js';
import { createGuardedServer } from './guarded-http.js';
import { DashboardRecorder } from './recorder.js';
import { adminToken } from './token.js';

export type AdminOptions = {
  /** 0 picks a free port. */
  port: number;
  /** The operator's token; absent: generated once into DATA_DIR/admin-token (0600). */
  token?: string;
};

export type AdminServer = {
  url: string;
  token: string;
  /** Where the generated token is kept (absent when the operator gave one). */
  tokenPath?: string;
  metrics: ExecutorMetrics;
  close(): Promise<void>;
};

export type ExecutorWithAdmin = { node: ExecutorNode; admin: AdminServer | undefined };

/**
 * Starts the executor node and, when `admin` is given, its admin server fed by the node's events.
 * Closing the node leaves the admin server to close (close both: admin first).
 */
export async function startExecutorWithAdmin(options: ExecutorNodeOptions & { admin?: AdminOptions; collateral?: CollateralView }): Promise<ExecutorWithAdmin> {
  if (options.admin === undefined) return { node: await startExecutorNode(options), admin: undefined };
  const { token, path } = adminToken(options.dataDir, options.admin.token);
  // The metrics exist before the node (it reports to them from its first connection); until the
  // node is up, what they read of it is zero.
  const started: { node?: ExecutorNode } = {};
  const observe = () => started.node!.observe();
  const metrics = new ExecutorMetrics({
    activeSessions: () => (started.node === undefined ? 0 : observe().activeSessions.size),
    collectQueue: () => (started.node === undefined ? 0 : observe().collectQueue),
    unconfirmedCollects: () => (started.node === undefined ? 0 : observe().unconfirmedCollects),
    ...(options.pool === undefined ? {} : { poolCollectQueue: () => (started.node === undefined ? 0 : observe().poolCollectQueue) }),
  });
  const recorder = new DashboardRecorder();
  const node = await startExecutorNode({ ...options, events: combineEvents(options.events, metrics.events, recorder.events) });
  started.node = node;
  let source: DashboardSource | undefined;
  try {
    source = executorDashboardSource({
      dataDir: options.dataDir,
      info: node.info,
      url: node.url,
      observe,
      recorder,
      ...(options.collateral === undefined ? {} : { collateral: options.collateral }),
    });
    const admin = await serveExecutorAdmin({ port: options.admin.port, token, source, metrics });
    recorder.start();
    return {
      node,
      admin: {
        url: admin.url,
        token,
        ...(path === undefined ? {} : { tokenPath: path }),
        metrics,
        close: async () => {
          recorder.stop();
          await admin.close();
          source?.close();
        },
      },
    };
  } catch (error) {
    source?.close();
    await node.close();
    throw error;
  }
}

/** The admin HTTP server over a dashboard source (tests pass a source of their own). */
export async function serveExecutorAdmin(options: { port: number; token: string; source: Pick<DashboardSource, 'state'>; metrics?: ExecutorMetrics }): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const server = createGuardedServer({ token: options.token, port: options.port, page: 'admin' });
  server.app.get<{ Querystring: { since?: string } }>('/api/state', async (request) => {
    const since = Number.parseInt(String(request.query.since ?? '0'), 10);
    return options.source.state(Number.isSafeInteger(since) ? since : 0);
  });
  server.app.get('/metrics', async (_request, reply) => {
    if (options.metrics === undefined) return reply.code(404).send({ error: 'NO_METRICS' });
    return reply.type(METRICS_CONTENT_TYPE).send(await options.metrics.scrape());
  });
  const { url, port } = await server.listen();
  return { url, port, close: server.close };
}
