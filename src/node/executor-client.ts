/**
 * The executor as a library user embeds it (viem style: the chain client first), with an explicit
 * lifecycle: createExecutor() only checks and holds the options, start() opens the store, the enclave
 * (unless one was given) and the port, close() collects what was paid and releases them in reverse
 * order. A thin facade over startExecutorNode.
 */
import { resolve } from 'node:path';
import type { Address } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { createEnclave, type Enclave, type EnclaveHandle, type RoundLimits } from '../enclave/index.js';
import { createTeeProvider, type TeeProviderKind } from '../tee/index.js';
import { fromHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { checkExpiryMargins, startExecutorNode, type ExecutorNode, type ExecutorNodeOptions } from './executor.js';
import { builtinMeasurements } from './functions.js';
import type { ExecutorInfo } from './info.js';

export type CreateExecutorParameters = Omit<ExecutorNodeOptions, 'chain' | 'enclave' | 'faults'> & {
  /**
   * The enclave to serve: either one you created (createEnclave; you close it), or the kind of TEE to
   * create one on at start() (closed by close()). 'simulated' has no hardware protection: development only.
   */
  enclave: Enclave | { tee: TeeProviderKind; limits?: Partial<RoundLimits>; executionWorkers?: number };
};

export type ExecutorClient = {
  /** The signer's address: channels are opened to it and it collects the payments. */
  readonly address: Address;
  /** Opens the store, the enclave (when created here) and the port; resolves once it listens. */
  start(): Promise<void>;
  /** Collects what was paid, stops serving and releases everything start() opened. Idempotent. */
  close(): Promise<void>;
  /** True between a completed start() and close(). */
  readonly running: boolean;
  /** The base URL requesters use (after start()). */
  readonly url: string;
  /** The signed terms served at /v1/info (after start()). */
  readonly info: ExecutorInfo;
  stats(): ReturnType<ExecutorNode['stats']>;
  collectAll(): Promise<void>;
  collectStatus(): ReturnType<ExecutorNode['collectStatus']>;
};

export function createExecutor(chain: ChainClient, parameters: CreateExecutorParameters): ExecutorClient {
  checkExpiryMargins(
    parameters.minChannelSeconds ?? 600,
    parameters.collectSafetySeconds ?? Math.min(300, Math.floor((parameters.minChannelSeconds ?? 600) / 2)),
  );
  let node: ExecutorNode | undefined;
  let owned: EnclaveHandle | undefined;
  let starting: Promise<void> | undefined;
  let closing: Promise<void> | undefined;
  const started = (): ExecutorNode => {
    if (node === undefined) throw new AirtntError('EXECUTOR_NOT_STARTED', 'the executor is not running');
    return node;
  };

  async function start(): Promise<void> {
    const given = parameters.enclave;
    const enclave = 'tee' in given
      ? (owned = await createEnclave({
          tee: await createTeeProvider(given.tee),
          chain: { chainId: BigInt(chain.chain.id), channels: fromHex(chain.channels, 20, 'channels') },
          ...(given.limits === undefined ? {} : { limits: given.limits }),
          ...(given.executionWorkers === undefined ? {} : { executionWorkers: given.executionWorkers }),
        }))
      : given;
    try {
      const functions = parameters.functions ?? Object.values(await builtinMeasurements());
      node = await startExecutorNode({ ...parameters, chain, enclave, functions, dataDir: resolve(parameters.dataDir) });
    } catch (error) {
      await owned?.close();
      owned = undefined;
      throw error;
    }
  }

  return {
    address: chain.account.address,
    start() {
      if (closing !== undefined) return Promise.reject(new AirtntError('EXECUTOR_CLOSED', 'the executor was closed'));
      starting ??= start();
      return starting;
    },
    close() {
      closing ??= (async () => {
        await starting?.catch(() => undefined);
        await node?.close();
        await owned?.close();
        node = undefined;
      })();
      return closing;
    },
    get running() {
      return node !== undefined;
    },
    get url() {
      return started().url;
    },
    get info() {
      return started().info;
    },
    stats: () => started().stats(),
    collectAll: () => started().collectAll(),
    collectStatus: () => started().collectStatus(),
  };
}
