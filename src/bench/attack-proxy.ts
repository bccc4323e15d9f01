/**
 * A man in the middle between the honest requester and the executor (anyone on a ws:// path, or a
 * hostile executor that serves the real executor's /v1/info): it relays GET /v1/info untouched and
 * relays session frames, except what its policy changes. Used for:
 * - case 2 on the requester: the first answer to `open` is a CBOR bignum frame (the requester uses
 *   the same decoder as the executor);
 * - cases 6 and 12: the `key` frame of a paid round is dropped and the executor's side of the
 *   session is held open, so the executor collects only after the requester gave up waiting for the
 *   key, moved to another URL of the same executor and paid that round again;
 * - case 12: the unattested fields of /v1/info (payee address, price) are rewritten on the way.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseAbiItem } from 'viem';
import WebSocket, { WebSocketServer } from 'ws';
import { decodeMessage } from '../protocol/messages.js';
import { freePort } from '../util/net.js';
import type { CaseResult } from './attack-types.js';
import { STALL_LIMIT_MS } from './attack-types.js';
import { honestRun } from './attack-honest.js';
import { result } from './attack-report.js';
import type { AttackRig } from './attack-rig.js';
import { bignumFrame, SESSION_PATH, type PeerInfo } from './attack-wire.js';

type Pair = { client: WebSocket; upstream: WebSocket };

export type ProxyPolicy = {
  /** A frame from the requester: forward it (true) or not. `pair.client.send` may answer instead. */
  fromClient?(frame: Buffer, pair: Pair): boolean;
  /** A frame from the executor: forward it (true) or not. */
  fromExecutor?(frame: Buffer, pair: Pair): boolean;
  /** When the requester's side closes: how long to keep the executor's side open (default 0). */
  holdUpstreamMs?: number;
  /** Rewrites the JSON of GET /v1/info on its way (default: untouched). */
  rewriteInfo?(info: Record<string, unknown>): Record<string, unknown>;
};

export type Proxy = { url: string; close(): Promise<void> };

export async function startProxy(target: string, policy: ProxyPolicy): Promise<Proxy> {
  const port = await freePort();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 });
  const timers = new Set<NodeJS.Timeout>();
  const upstreams = new Set<WebSocket>();
  const server: Server = createServer((request, response) => {
    if (request.url !== '/v1/info') {
      response.writeHead(404).end();
      return;
    }
    fetch(`${target}/v1/info`, { signal: AbortSignal.timeout(10_000) })
      .then(async (upstream) => {
        const text = await upstream.text();
        const body = policy.rewriteInfo === undefined ? text : JSON.stringify(policy.rewriteInfo(JSON.parse(text) as Record<string, unknown>));
        response.writeHead(upstream.status, { 'content-type': 'application/json' }).end(body);
      })
      .catch(() => response.writeHead(502).end());
  });
  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => undefined);
    if (request.url !== SESSION_PATH) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (client) => {
      const upstream = new WebSocket(`${target.replace(/^http/, 'ws')}${SESSION_PATH}`, { perMessageDeflate: false, maxPayload: 8 * 1024 * 1024 });
      upstreams.add(upstream);
      const pair = { client, upstream };
      const pending: Buffer[] = [];
      upstream.on('open', () => {
        for (const frame of pending.splice(0)) upstream.send(frame);
      });
      upstream.on('error', () => client.terminate());
      upstream.on('close', () => {
        upstreams.delete(upstream);
        client.close();
      });
      upstream.on('message', (data) => {
        const frame = data as Buffer;
        if (policy.fromExecutor?.(frame, pair) ?? true) client.send(frame);
      });
      client.on('error', () => undefined);
      client.on('message', (data) => {
        const frame = data as Buffer;
        if (!(policy.fromClient?.(frame, pair) ?? true)) return;
        if (upstream.readyState === WebSocket.OPEN) upstream.send(frame);
        else pending.push(frame);
      });
      client.on('close', () => {
        const timer = setTimeout(() => upstream.close(), policy.holdUpstreamMs ?? 0);
        timers.add(timer);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const upstream of upstreams) upstream.close();
      for (const client of wss.clients) client.terminate();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function kindOf(frame: Buffer): string {
  try {
    return decodeMessage(new Uint8Array(frame)).kind;
  } catch {
    return 'undecodable';
  }
}

/**
 * Case 2, requester side: the executor's first answer is a bignum frame. This process's event loop
 * (where the requester library runs) is watched while it decodes it.
 */
export async function hostileExecutorFrames(rig: AttackRig, info: PeerInfo, bytes: number): Promise<CaseResult> {
  const proxy = await startProxy(rig.url, {
    fromClient: (_frame, pair) => {
      pair.client.send(bignumFrame(bytes));
      return false;
    },
  });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  try {
    const run = await honestRun(rig.honest, info, { executors: [proxy.url], rounds: 1, perRound: 10, timeouts: { resultMs: 120_000 } });
    delay.disable();
    const stallMs = delay.max / 1e6;
    return result(
      '2-requester-cbor-bignum',
      stallMs < STALL_LIMIT_MS,
      `a ${bytes / 1024} KiB bignum answer to open stalled the requester's event loop up to ${Math.round(stallMs)} ms (limit ${STALL_LIMIT_MS}); the run ${run.ok ? 'completed' : `stopped: ${run.error ?? 'incomplete'}`}`,
    );
  } finally {
    delay.disable();
    await proxy.close();
  }
}

/**
 * Case 6 (forced as case 12 describes): the key of the second round is dropped on the path and the
 * executor's session is held open past the requester's waits, so the collect that reveals the key
 * comes too late. The requester moves to the executor's direct URL and re-runs that round. Counts
 * rounds paid twice from what the requester signed. The requester allows itself twice the run's price
 * (--max-spend): the default, the price of the run, would stop it one round short instead.
 */
export async function doublePayment(rig: AttackRig, info: PeerInfo, quick: boolean): Promise<{ result: CaseResult; paidTwice: number; honestFailed: boolean }> {
  const timeouts = quick ? { keyMs: 1_500, keyFromChainMs: 2_000 } : { keyMs: 10_000, keyFromChainMs: 15_000 };
  let keys = 0;
  let dropping = false;
  const proxy = await startProxy(rig.url, {
    // Once the key is dropped, the requester's words (its error frame) do not reach the executor either.
    fromClient: () => !dropping,
    fromExecutor: (frame) => {
      if (dropping) return false;
      if (kindOf(frame) === 'key' && ++keys === 2) {
        // From the second key on, nothing more reaches the requester.
        dropping = true;
        return false;
      }
      return true;
    },
    holdUpstreamMs: timeouts.keyMs + timeouts.keyFromChainMs + 3_000,
  });
  const perRound = 100;
  try {
    const run = await honestRun(rig.honest, info, { executors: [proxy.url, rig.url], rounds: 4, perRound, timeouts, maxSpend: 2n * 4n * BigInt(perRound) * info.pricePerCycle });
    const roundWei = BigInt(perRound) * info.pricePerCycle;
    const extra = run.paidWei > run.expectedWei ? run.paidWei - run.expectedWei : 0n;
    const paidTwice = Number(extra / roundWei);
    return {
      result: result(
        '6-double-payment-after-transfer',
        run.ok && paidTwice === 0,
        `key of round 2 dropped on the path, executor side held ${Math.round((timeouts.keyMs + timeouts.keyFromChainMs + 3_000) / 1000)} s: the run ${run.ok ? 'completed' : `failed: ${run.error ?? 'incomplete'}`} after ${run.result?.transfers ?? 0} transfer(s), signing ${run.paidWei} wei for ${run.expectedWei} wei of work: ${paidTwice} round(s) paid twice`,
      ),
      paidTwice,
      honestFailed: !run.ok,
    };
  } finally {
    await proxy.close();
  }
}

/**
 * Case 12: /v1/info rewritten on a ws:// path. (a) The payee address becomes the attacker's: does
 * the requester lock a deposit in a channel payable to a stranger? (b) The price becomes ten times the
 * executor's, within a requester cap of ten times: does the requester pay it?
 */
export async function infoRewrite(rig: AttackRig, info: PeerInfo, stranger: `0x${string}`): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  const payee = await startProxy(rig.url, { rewriteInfo: (json) => ({ ...json, executor: stranger }) });
  try {
    const fromBlock = await rig.honest.public.getBlockNumber();
    const run = await honestRun(rig.honest, info, { executors: [payee.url], rounds: 1, perRound: 10 });
    const logs = await rig.honest.public.getLogs({
      address: rig.devnet.channels,
      event: OPENED_EVENT,
      args: { executor: stranger },
      fromBlock,
    });
    const locked = logs.reduce((sum, log) => sum + (log.args.deposit ?? 0n), 0n);
    out.push(result('12-info-rewrite-payee', logs.length === 0, `payee in /v1/info rewritten to a stranger: ${logs.length} channel(s) opened to it locking ${locked} wei until expiry; the run ${run.ok ? 'completed' : `stopped: ${run.error ?? 'incomplete'}`}`));
  } finally {
    await payee.close();
  }
  const inflated = (info.pricePerCycle * 10n).toString();
  const price = await startProxy(rig.url, {
    rewriteInfo: (json) => ({
      ...json,
      pricePerCycle: inflated,
      acceptedTokens: (json.acceptedTokens as { token: string; pricePerCycle: string }[] | undefined)?.map((t) => ({ ...t, pricePerCycle: inflated })),
    }),
  });
  try {
    const rounds = 2;
    const perRound = 10;
    const run = await honestRun(rig.honest, info, { executors: [price.url], rounds, perRound, maxPricePerCycle: info.pricePerCycle * 10n });
    const fair = BigInt(rounds * perRound) * info.pricePerCycle;
    out.push(result('12-info-rewrite-price', run.paidWei <= fair, `price in /v1/info rewritten to 10x: the requester (cap 10x) paid ${run.paidWei} wei for work priced ${fair} wei by the executor; the run ${run.ok ? 'completed' : `stopped: ${run.error ?? 'incomplete'}`}`));
  } finally {
    await price.close();
  }
  return out;
}

const OPENED_EVENT = parseAbiItem('event Opened(bytes32 indexed channelId, address indexed requester, address indexed executor, address token, uint256 lane, uint256 deposit, uint256 expiry)');
