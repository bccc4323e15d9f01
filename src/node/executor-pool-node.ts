/**
 * A pool-serving executor node's parts (docs/protocol.md, "The pool"): pool.sqlite beside
 * executor.sqlite, the chain client pointed at AirtntPools, and the pool link endpoint on the node's
 * own HTTP server (POOL_LINK_PATH), where other members' executors hand over pool keys and replicas
 * (pool-standby-host.ts). Off unless the node is given the AirtntPools contract.
 */
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import type { Address } from 'viem';
import { WebSocketServer } from 'ws';
import { withChannels, type ChainClient } from '../chain/client.js';
import type { EnclavePool } from '../enclave/index.js';
import { MAX_POOL_FRAME_BYTES } from '../protocol/pool-wire.js';
import type { ExecutorPoolContext } from './executor-pool-open.js';
import { POOL_LINK_IDLE_MS, POOL_LINK_PRE_OPEN_MS, PoolLinkGuard } from './pool-link-guard.js';
import { choosePoolLinkProtocol } from './pool-link.js';
import type { StandbyCheckOptions } from './pool-standby-check.js';
import { poolStandbyHandlers } from './pool-standby-host.js';
import { PoolStore } from './pool-store.js';

/** Where a pool-serving node takes pool links from other members (same host and port as the session endpoint). */
export const POOL_LINK_PATH = '/v1/pool';

export type PoolServingOptions = {
  contract: Address;
  enclave: EnclavePool;
  ackTimeoutMs?: number;
  /** How long a pool link taken here may stay silent (default POOL_LINK_IDLE_MS, pool-link-guard.ts). */
  linkIdleMs?: number;
  /** The other members' attestation check at a pool opening (pool-standby-check.ts; default: this node's own TEE kind and runtime). */
  standbyCheck?: StandbyCheckOptions;
};

export type PoolServing = {
  context: ExecutorPoolContext;
  /** Takes an admitted upgrade to POOL_LINK_PATH; `opened` is called on its first frame. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, opened: () => void): void;
  close(): void;
};

export function startPoolServing(options: PoolServingOptions, chain: ChainClient, dataDir: string, log: (line: string) => void): PoolServing {
  const store = PoolStore.open(join(dataDir, 'pool.sqlite'));
  const dropped = store.dropAllReplicas();
  if (dropped > 0) log(`pool: dropped ${dropped} replicas of sessions that ended with the last process (their pool keys went with its enclave)`);
  const links = new PoolLinkGuard({ preOpenMs: POOL_LINK_PRE_OPEN_MS, idleMs: options.linkIdleMs ?? POOL_LINK_IDLE_MS });
  const context: ExecutorPoolContext = {
    chain: withChannels(chain, options.contract),
    store,
    enclave: options.enclave,
    endPoolLinks: (sessionId) => links.endSession(sessionId),
    ...(options.ackTimeoutMs === undefined ? {} : { ackTimeoutMs: options.ackTimeoutMs }),
    ...(options.standbyCheck === undefined ? {} : { standbyCheck: options.standbyCheck }),
  };
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_POOL_FRAME_BYTES, handleProtocols: choosePoolLinkProtocol });
  const handlers = poolStandbyHandlers({ enclave: options.enclave, store, log });
  return {
    context,
    handleUpgrade(request, socket, head, opened) {
      wss.handleUpgrade(request, socket, head, (ws) => {
        ws.once('message', opened);
        links.guard(ws, handlers);
      });
    },
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      store.close();
    },
  };
}
