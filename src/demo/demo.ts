/**
 * `airtnt demo`: the whole product on one machine, with real parts only (the TEE is simulated and
 * labelled INSECURE). A local chain, two executor processes, a paid Game of Life run that loses its
 * first executor to SIGKILL part-way and continues on the second, then settlement on-chain.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Address, Hex } from 'viem';
import { createChainClient, increaseTime, readChannel, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { compileFunction, loadBuiltinFunction, runFunction } from '../functions/abi.js';
import { decodeLifeState, encodeLifeState, writeRle, type LifePattern } from '../functions/life.js';
import { gosperGliderGun } from '../functions/patterns.js';
import { startExecutorProcess, type ExecutorProcess } from '../node/process.js';
import { refundExpiredChannels } from '../node/requester-channels.js';
import { Requester, type RunResult } from '../node/requester.js';
import { lifeMeasurement } from '../node/life.js';
import { equalBytes } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

export type DemoOptions = {
  width?: number;
  height?: number;
  cycles?: number;
  perRound?: number;
  /** SIGKILL the first executor after this many paid rounds. */
  killAfterRounds?: number;
  pricePerCycle?: bigint;
  log?: (line: string) => void;
};

export type DemoResult = {
  ok: boolean;
  insecure: true;
  rounds: number;
  cycles: number;
  transfers: number;
  width: number;
  height: number;
  initialPattern: string;
  finalPattern: LifePattern;
  matchesUninterruptedRun: boolean;
  executors: { url: string; address: Address; killed: boolean }[];
  /** Paid per executor address, in wei. */
  paid: Record<Address, string>;
  /** Collected on-chain per channel id, in wei, after settlement. */
  collectedOnChain: Record<Hex, string>;
  /** Returned to the requester per channel id, in wei, after settlement. */
  refunded: Record<Hex, string>;
  gasUsed: number;
  elapsedMs: number;
  runMs: number;
  bytesSent: number;
  bytesReceived: number;
  rpcUrl: string;
  channels: Address;
};

const DEMO_DEFAULTS = { width: 50, height: 50, cycles: 1000, perRound: 200, killAfterRounds: 2, pricePerCycle: 1_000_000_000n };

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const settings = { ...DEMO_DEFAULTS, ...options };
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const workDir = mkdtempSync(join(tmpdir(), 'airtnt-demo-'));
  const executors: ExecutorProcess[] = [];
  let devnet: Devnet | undefined;
  try {
    log('starting the local chain (anvil) and deploying AirtntChannels ...');
    devnet = await startDevnet({ silent: true });
    const chainDevnet = devnet;
    const firstBlock = await createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[0]!.privateKey, channels: devnet.channels }).public.getBlockNumber();
    log(`  chain ${devnet.chainId} at ${devnet.rpcUrl}, channels contract ${devnet.channels}`);

    const startExecutor = (index: number) =>
      startExecutorProcess({
        rpcUrl: chainDevnet.rpcUrl,
        channels: chainDevnet.channels,
        privateKey: chainDevnet.accounts[index]!.privateKey,
        dataDir: join(workDir, `executor-${index}`),
        pricePerCycle: settings.pricePerCycle,
        // Demo prices are far below the gas of a collect on the devnet: collect them anyway.
        args: ['--collect-worth-factor', '0'],
      });
    log('starting two executor processes (simulated TEE: INSECURE, for development only) ...');
    executors.push(await startExecutor(1), await startExecutor(2));
    const addresses = [devnet.accounts[1]!.address, devnet.accounts[2]!.address];
    executors.forEach((executor, i) => log(`  executor ${i + 1}: ${executor.url} (${addresses[i]})`));

    const pattern = gosperGliderGun();
    const initialState = encodeLifeState(settings.width, settings.height, pattern);
    const requesterAccount = devnet.accounts[3]!;
    const chain = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: requesterAccount.privateKey, channels: devnet.channels });
    const requester = new Requester({
      chain,
      dataDir: join(workDir, 'requester'),
      policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true },
      channelSeconds: 3600,
      // Sessions of killAfterRounds rounds (then a top-up and a new session), so executor 1 dies at the
      // end of its session. Killed mid-session, it could die with the next round's result already on
      // its way: the requester would pay that round, never get its key, and pay it again elsewhere
      // (the one round an executor's failure can cost), and the demo would not add up to the
      // uninterrupted price.
      depositRounds: settings.killAfterRounds,
      timeouts: { keyMs: 3_000, keyFromChainMs: 2_000 },
      onProgress: (progress) => {
        log(`  round ${progress.rounds}/${progress.totalRounds}: ${progress.cyclesDone}/${progress.totalCycles} generations, paid ${progress.paid} wei, on ${progress.executor}`);
        if (progress.executor === executors[0]!.url && progress.rounds === settings.killAfterRounds && executors[0]!.child.exitCode === null) {
          log(`  >>> SIGKILL executor 1 (pid ${executors[0]!.child.pid}) after ${progress.rounds} paid rounds`);
          executors[0]!.child.kill('SIGKILL');
        }
      },
    });

    const runStarted = performance.now();
    log(`running Game of Life ${settings.width}x${settings.height}, ${settings.cycles} generations, ${settings.perRound} per paid round, from the Gosper glider gun ...`);
    const result: RunResult = await requester.run({
      functionMeasurement: await lifeMeasurement(),
      initialState,
      totalCycles: settings.cycles,
      perRound: settings.perRound,
      executors: executors.map((executor) => executor.url),
    });
    const runMs = performance.now() - runStarted;
    await executors[0]!.exited;

    log('restarting executor 1 from its database: it collects what it was paid before it died ...');
    executors[0] = await startExecutor(1);
    const channels = requester.store.allOpenChannels();
    log('waiting until the chain shows each executor\'s collect of what it was paid ...');
    const collectedOnChain = await waitForCollection(chain, channels, requester, addresses, log);
    log('stopping the executors (a clean stop collects anything left) ...');
    for (const executor of executors) await executor.stop();

    log('devnet only: moving chain time past the channels\' expiry so the requester takes back what each deposit has left (nothing when its rounds spent it all) ...');
    await increaseTime(devnet, 3600 + 60);
    const refundedRows = await refundExpiredChannels(chain, requester.store);

    const refunded: Record<Hex, string> = {};
    for (const channel of channels) refunded[channel.channelId] = '0';
    for (const row of refundedRows) refunded[row.channelId] = row.amount.toString();
    requester.close();

    const expected = await uninterruptedRun(initialState, settings.cycles);
    const matches = equalBytes(expected, result.finalState);
    const paid: Record<Address, string> = {};
    for (const entry of result.paid) paid[entry.executor] = ((BigInt(paid[entry.executor] ?? '0')) + entry.amount).toString();
    const gasUsed = await gasSince(chain, firstBlock);
    return {
      ok: matches && result.cyclesDone === settings.cycles,
      insecure: true,
      rounds: result.rounds,
      cycles: result.cyclesDone,
      transfers: result.transfers,
      width: settings.width,
      height: settings.height,
      initialPattern: writeRle(pattern, { name: 'Gosper glider gun' }),
      finalPattern: decodeLifeState(result.finalState),
      matchesUninterruptedRun: matches,
      executors: executors.map((executor, i) => ({ url: executor.url, address: addresses[i]!, killed: i === 0 })),
      paid,
      collectedOnChain,
      refunded,
      gasUsed,
      elapsedMs: Math.round(performance.now() - started),
      runMs: Math.round(runMs),
      bytesSent: result.bytesSent,
      bytesReceived: result.bytesReceived,
      rpcUrl: devnet.rpcUrl,
      channels: devnet.channels,
    };
  } finally {
    for (const executor of executors) await executor.kill().catch(() => undefined);
    await devnet?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The same function run locally in one go: what a transferred, paid run must reproduce bit for bit. */
async function uninterruptedRun(initialState: Uint8Array, cycles: number): Promise<Uint8Array> {
  const module = await compileFunction(await loadBuiltinFunction('life'));
  const run = await runFunction(module, initialState, cycles, { maxMemoryPages: 256, maxStateBytes: 4 << 20, maxOutputBytes: 4 << 20 });
  return run.state;
}

async function waitForCollection(
  chain: ChainClient,
  channels: { channelId: Hex; requester: Address; executor: Address; token: Address; lane: bigint; signed: bigint }[],
  requester: Requester,
  executorAddresses: readonly Address[],
  log: (line: string) => void,
): Promise<Record<Hex, string>> {
  const deadline = Date.now() + 30_000;
  const collected: Record<Hex, string> = {};
  for (const channel of channels) {
    const signed = requester.store.channel(channel.channelId)?.signed ?? channel.signed;
    for (;;) {
      const onChain = await readChannel(chain, channel);
      if (onChain.collected >= signed) {
        const executorNumber = executorAddresses.findIndex((address) => address.toLowerCase() === channel.executor.toLowerCase()) + 1;
        log(`  executor ${executorNumber}, channel ${channel.channelId.slice(0, 10)}...: ${onChain.collected} wei collected on-chain (signed ${signed})`);
        collected[channel.channelId] = onChain.collected.toString();
        break;
      }
      if (Date.now() > deadline) {
        throw new AirtntError('DEMO_NOT_COLLECTED', 'an executor did not collect what it was paid in time', {
          details: { channelId: channel.channelId, signed, collected: onChain.collected },
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return collected;
}

/** Gas of every transaction the demo sent (all blocks after the deployment). */
async function gasSince(chain: ChainClient, firstBlock: bigint): Promise<number> {
  const last = await chain.public.getBlockNumber();
  let total = 0n;
  for (let block = firstBlock + 1n; block <= last; block++) {
    total += (await chain.public.getBlock({ blockNumber: block })).gasUsed;
  }
  return Number(total);
}
