/**
 * The benchmark's executor: a real executor node (src/node/executor.ts, durable SQLite storage,
 * collector on) with the simulated (INSECURE) TEE, in its own process, started by the harness with
 * fork(). It wraps the enclave to time every call, because the node does not report time spent in
 * the enclave yet, and answers the harness over the IPC channel (messages validated with zod).
 * Started only by src/bench/harness.ts; the configuration comes in AIRTNT_BENCH_EXECUTOR (JSON).
 */
import { z } from 'zod';
import { createChainClient, releaseChannel } from '../chain/index.js';
import { createEnclave } from '../enclave/index.js';
import type { Enclave } from '../enclave/types.js';
import { builtinMeasurements } from '../node/functions.js';
import { startExecutorNode } from '../node/executor.js';
import { createTeeProvider } from '../tee/index.js';
import { toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';

const hex = (bytes: number) => z.string().regex(new RegExp(`^0x[0-9a-fA-F]{${bytes * 2}}$`));

export const executorConfigSchema = z.object({
  rpcUrl: z.string().url().max(200),
  chainId: z.number().int().positive(),
  privateKey: hex(32),
  channels: hex(20),
  dataDir: z.string().min(1).max(1000),
  pricePerCycle: z.string().regex(/^\d{1,30}$/),
});
export type ExecutorConfig = z.infer<typeof executorConfigSchema>;

export const executorRequestSchema = z.discriminatedUnion('type', [
  z.object({ id: z.number().int(), type: z.literal('stats') }),
  z.object({ id: z.number().int(), type: z.literal('reset') }),
  z.object({ id: z.number().int(), type: z.literal('release'), requester: hex(20), token: hex(20), lane: z.string().regex(/^\d{1,20}$/) }),
  z.object({ id: z.number().int(), type: z.literal('stop') }),
]);
export type ExecutorRequest = z.infer<typeof executorRequestSchema>;

/** Time inside the enclave since the last reset, measured around each call from the host. */
export type EnclaveTimes = { roundMs: number; rounds: number; openMs: number; opens: number; maxRoundMs: number };

function timedEnclave(enclave: Enclave, times: EnclaveTimes): Enclave {
  return {
    identity: () => enclave.identity(),
    signInfo: (statement) => enclave.signInfo(statement),
    async openSession(request) {
      const started = performance.now();
      try {
        return await enclave.openSession(request);
      } finally {
        times.openMs += performance.now() - started;
        times.opens += 1;
      }
    },
    async runRound(sessionId, round, cycles) {
      const started = performance.now();
      try {
        return await enclave.runRound(sessionId, round, cycles);
      } finally {
        const elapsed = performance.now() - started;
        times.roundMs += elapsed;
        times.rounds += 1;
        times.maxRoundMs = Math.max(times.maxRoundMs, elapsed);
      }
    },
    closeSession: (sessionId) => enclave.closeSession(sessionId),
    close: () => enclave.close(),
  };
}

async function main(): Promise<void> {
  const send = (message: unknown): void => {
    process.send?.(message);
  };
  if (!process.send) throw new Error('executor-process must be started with fork() (it talks over IPC)');
  const config = executorConfigSchema.parse(JSON.parse(process.env.AIRTNT_BENCH_EXECUTOR ?? '{}'));
  const chain = createChainClient({
    rpcUrl: config.rpcUrl,
    chainId: config.chainId,
    privateKey: config.privateKey as `0x${string}`,
    channels: config.channels as `0x${string}`,
  });
  const tee = await createTeeProvider('simulated');
  const enclave = await createEnclave({ tee });
  const times: EnclaveTimes = { roundMs: 0, rounds: 0, openMs: 0, opens: 0, maxRoundMs: 0 };
  const node = await startExecutorNode({
    chain,
    enclave: timedEnclave(enclave, times),
    dataDir: config.dataDir,
    pricePerCycle: BigInt(config.pricePerCycle),
    functions: Object.values(await builtinMeasurements()),
    // The benchmark's single requester opens hundreds of sessions a minute from loopback; the
    // per-address limits are there for strangers, and the node's operator may raise them.
    connectionLimits: { maxNewPerWindow: 1_000_000 },
    // Benchmark prices are far below the gas of a collect on the devnet: collect them anyway.
    collectTuning: { worthFactor: 0n },
  });
  const stop = async (): Promise<void> => {
    await node.close();
    await enclave.close();
  };
  process.on('disconnect', () => {
    // The harness went away: never outlive it.
    void stop().finally(() => process.exit(0));
  });
  process.on('message', (raw: unknown) => {
    void (async () => {
      const parsed = executorRequestSchema.safeParse(raw);
      if (!parsed.success) return;
      const request = parsed.data;
      try {
        switch (request.type) {
          case 'stats':
            send({ id: request.id, ok: true, value: { ...times } });
            return;
          case 'reset':
            Object.assign(times, { roundMs: 0, rounds: 0, openMs: 0, opens: 0, maxRoundMs: 0 });
            send({ id: request.id, ok: true, value: null });
            return;
          case 'release': {
            const ref = { requester: request.requester as `0x${string}`, executor: chain.account.address, token: request.token as `0x${string}`, lane: BigInt(request.lane) };
            const released = await releaseChannel(chain, { ref });
            send({ id: request.id, ok: true, value: { gasUsed: released.gasUsed.toString() } });
            return;
          }
          case 'stop':
            await stop();
            send({ id: request.id, ok: true, value: null });
            process.disconnect();
            return;
        }
      } catch (error) {
        send({ id: request.id, ok: false, error: { code: isAirtntError(error) ? error.code : 'INTERNAL_ERROR', message: error instanceof Error ? error.message : String(error) } });
      }
    })();
  });
  send({ type: 'ready', url: node.url, address: node.address, enclave: toHex(enclave.identity().signingPublicKey) });
}

main().catch((error: unknown) => {
  process.send?.({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  console.error(error);
  process.exit(1);
});
