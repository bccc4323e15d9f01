/**
 * `airtnt run life ...`: rent executors to run the Game of Life, paying round by round; continues on
 * the next --executor if one stops answering. Progress on stderr; with --json one JSON object as the
 * last line of stdout. `airtnt run recover`: take withheld keys from the chain and refund expired channels.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { RunResult } from '../../node/requester.js';
import type { RunWatch as RunWatchClass, WatchServer } from '../../node/watch/run-watch.js';
import type { RequesterFaults } from '../../node/faults.js';
import { AirtntError, safeJson } from '../../util/errors.js';
import { addChainOptions } from '../chain-option-defs.js';
import type { resolveChain as ResolveChain } from '../chain-options.js';
import { integer } from '../integer-arg.js';
import { executorUrl } from '../executor-url.js';

export { executorUrl };
import { addPolicyOptions, collect, policyOf, type PolicyOptions } from './policy-options.js';
import { amountArg } from '../amount-arg.js';
import { dataDirOf, lockDataDir } from '../data-dir.js';
import type { ProgressBar as ProgressBarClass } from '../progress.js';

// The requester's machinery (viem, SQLite, the verifiers, the watch server) is loaded when a command
// runs, not when it is defined: `airtnt run life --help` must answer at once.
let encodeLifeState: typeof import('../../functions/life.js').encodeLifeState;
let parsePatternFile: typeof import('../../functions/life.js').parsePatternFile;
let writePatternFile: typeof import('../../functions/life.js').writePatternFile;
let lifeMeasurement: typeof import('../../node/life.js').lifeMeasurement;
let runLife: typeof import('../../node/life.js').runLife;
let Requester: typeof import('../../node/requester.js').Requester;
let runIdOf: typeof import('../../node/requester.js').runIdOf;
let RunWatch: typeof RunWatchClass;
let startWatchServer: typeof import('../../node/watch/run-watch.js').startWatchServer;
let resolveChain: typeof ResolveChain;
let formatSpend: typeof import('../progress.js').formatSpend;
let ProgressBar: typeof ProgressBarClass;
let runStatus: typeof import('../run-records.js').runStatus;
let writeRunRecord: typeof import('../run-records.js').writeRunRecord;
let resumeBanner: typeof import('../run-records.js').resumeBanner;
let terminatedText: typeof import('../run-records.js').terminatedText;
let counted: typeof import('../run-records.js').counted;
let RunTracker: typeof import('../run-interrupt.js').RunTracker;
let onRunInterrupt: typeof import('../run-interrupt.js').onRunInterrupt;
let onSetupInterrupt: typeof import('../run-interrupt.js').onSetupInterrupt;

async function loadRunDependencies(): Promise<void> {
  const [life, nodeLife, requester, watch, chain, progress, records, interrupt] = await Promise.all([
    import('../../functions/life.js'),
    import('../../node/life.js'),
    import('../../node/requester.js'),
    import('../../node/watch/run-watch.js'),
    import('../chain-options.js'),
    import('../progress.js'),
    import('../run-records.js'),
    import('../run-interrupt.js'),
  ]);
  ({ encodeLifeState, parsePatternFile, writePatternFile } = life);
  ({ lifeMeasurement, runLife } = nodeLife);
  ({ Requester, runIdOf } = requester);
  ({ RunWatch, startWatchServer } = watch);
  ({ resolveChain } = chain);
  ({ formatSpend, ProgressBar } = progress);
  ({ runStatus, writeRunRecord, resumeBanner, terminatedText, counted } = records);
  ({ RunTracker, onRunInterrupt, onSetupInterrupt } = interrupt);
}
import { addPoolOptions, poolOf, type PoolOptions } from './pool-options.js';
import { registerRunOcr } from './run-ocr.js';
import { registerRunWasm } from './run-wasm.js';

export { amountArg };
export { addPolicyOptions, policyOf, type PolicyOptions };

export type CommonOptions = PolicyOptions & { dataDir?: string; rpcUrl?: string; privateKey?: string; channels?: string };
/** The payment and requester options every `run` command has (addPaymentOptions, addRequesterOptions). */
export type PaymentOptions = {
  token?: `0x${string}`;
  maxPricePerCycle?: string;
  maxSpend?: string;
  maxDeposit?: string;
  allowDoublePayment?: boolean;
  depositRounds?: number;
  channelSeconds: number;
  resultTimeoutMs: number;
  keyTimeoutMs: number;
  keyFromChainMs: number;
  tlsCa?: string;
  /** --from-registry: the registry the executors are drawn from. */
  fromRegistry?: string;
};

/** Says on stderr which protections the user's flags give up (`what`: what the enclave would protect). */
export function warnRisks(options: { allowSimulated?: boolean; allowDebug?: boolean; allowDoublePayment?: boolean }, what: string): void {
  if (options.allowSimulated) process.stderr.write(`INSECURE: accepting the simulated TEE (--allow-simulated): no hardware protects ${what}\n`);
  if (options.allowDebug) process.stderr.write(`INSECURE: accepting debug-mode enclaves (--allow-debug): their host can read ${what}\n`);
  if (options.allowDoublePayment) process.stderr.write('RISK: --allow-double-payment: a round whose key an executor withholds is paid again elsewhere at once, although the first executor may still collect it\n');
}

/** Rounds a channel's deposit covers unless --deposit-rounds says otherwise (a pool run: the whole run). */
export const DEFAULT_DEPOSIT_ROUNDS = 100;

/** The requester's settings from those options, shared by `run life`, `run wasm` and parallel runs. */
export function requesterSettingsOf(options: CommonOptions & PaymentOptions) {
  return {
    policy: policyOf(options),
    ...(options.maxPricePerCycle === undefined ? {} : { maxPricePerCycle: options.maxPricePerCycle }),
    ...(options.allowDoublePayment ? { allowDoublePayment: true } : {}),
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.maxSpend === undefined ? {} : { maxSpend: options.maxSpend }),
    ...(options.maxDeposit === undefined ? {} : { maxDeposit: options.maxDeposit }),
    // A pool run deposits for the whole run by default: its next channel would be opened on the first
    // executor again, which a failover may have left dead.
    ...(options.depositRounds !== undefined ? { depositRounds: options.depositRounds } : (options as { standby?: string[] }).standby === undefined ? { depositRounds: DEFAULT_DEPOSIT_ROUNDS } : {}),
    channelSeconds: options.channelSeconds,
    ...(options.tlsCa === undefined ? {} : { tlsCa: readPem(options.tlsCa) }),
    timeouts: { resultMs: options.resultTimeoutMs, keyMs: options.keyTimeoutMs, keyFromChainMs: options.keyFromChainMs },
    // Drawn from a registry: every round's RoundRecord claim is checked against it (checked to be an address on selection).
    ...(options.fromRegistry === undefined ? {} : { registry: options.fromRegistry as `0x${string}` }),
  };
}

type LifeOptions = CommonOptions & PaymentOptions & PoolOptions & {
  pattern: string;
  width: number;
  height: number;
  cycles: number;
  perRound: number;
  executor: string[];
  fromRegistry?: string;
  minStake?: string;
  out: string;
  json?: boolean;
  watch?: boolean;
  watchPort?: number;
};



export function tokenAddress(value: string): `0x${string}` {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value)) throw new InvalidArgumentError(`expected a token address (0x and 40 hex digits), got "${value}"`);
  return value as `0x${string}`;
}







export function addRequesterOptions(command: Command): Command {
  command.option('--data-dir <dir>', 'where runs, payments, keys and paid states are stored (SQLite; default: $XDG_DATA_HOME/airtnt/requester or ~/.local/share/airtnt/requester, whatever the current folder; one process per data directory)');
  return addChainOptions(addPolicyOptions(command));
}


/** The payment, limit and timeout flags every `run` subcommand shares. */
export function addPaymentOptions(command: Command): Command {
  return command
    .option('--token <address>', 'pay in this ERC-20 token (default ETH); then --max-price-per-cycle is required', tokenAddress)
    .option('--max-price-per-cycle <amount>', 'refuse executors asking more per cycle: 1gwei, 0.000000001eth, 0.001tokens (whole tokens, scaled by the token\'s decimals()), 1000units, or digits alone in the smallest unit (default 1gwei for ETH; none for a token)', amountArg)
    .option('--max-spend <amount>', 'the run\'s budget, over every invocation of the same run (kept with the run; default: max price per cycle x --cycles, plus a round per --executor after the first with --allow-double-payment); units as --max-price-per-cycle', amountArg)
    .option('--max-deposit <amount>', 'refuse executors that want a larger deposit per channel (default: the run\'s budget); units as --max-price-per-cycle', amountArg)
    .option('--allow-double-payment', 'when an executor withholds a paid round\'s key, continue on the next executor at once instead of waiting until the key is on-chain or the payment expires (RISK: that round may be paid twice)')
    .option('--deposit-rounds <n>', `deposit for this many rounds at a time, then top up (each top-up starts a new session; default ${DEFAULT_DEPOSIT_ROUNDS}; with --standby: the whole run, one pool channel, so a failover never has to open another)`, integer(1, 1_000_000))
    .option('--channel-seconds <s>', 'lifetime of channels opened for this run', integer(60, 365 * 24 * 3600), 3600)
    .option('--result-timeout-ms <ms>', 'wait this long for a round result', integer(100, 3_600_000), 60_000)
    .option('--key-timeout-ms <ms>', 'wait this long for the key after paying', integer(100, 3_600_000), 10_000)
    .option('--key-from-chain-ms <ms>', 'then watch the chain this long for it', integer(0, 3_600_000), 15_000)
    .option('--tls-ca <file>', 'also trust this PEM CA certificate for https:// executors (a self-signed executor)');
}

/**
 * @param injected test-only crash points for the requester (src/node/faults.ts), given by a test's own
 * process entry; the airtnt CLI passes none.
 */
export function registerRun(program: Command, injected: { faults?: RequesterFaults } = {}): void {
  const run = program.command('run').description('rent executors to run a function, paying round by round (life and wasm: --standby URL --pools ADDRESS runs it on a pool that fails over without a transaction)');
  const life = run
    .command('life')
    .description('run the Game of Life on a pattern')
    .requiredOption('--pattern <file>', 'the pattern (.rle or .cells), placed at the top-left corner; cells outside the grid are dead (no wrap-around), so pad a pattern to keep it off the edges')
    .requiredOption('--width <n>', 'grid width', integer(1, 8192))
    .requiredOption('--height <n>', 'grid height', integer(1, 8192))
    .requiredOption('--cycles <n>', 'generations in total', integer(1, 100_000_000))
    .requiredOption('--per-round <n>', 'generations per paid round', integer(1, 0xffff_ffff))
    .option('--executor <url>', 'executor URL (repeatable: later ones take over); or --from-registry', collect(executorUrl))
    .option('--from-registry <address>', 'no URL: select executors from this AirtntRegistry (verifiable, rank 0 runs, the next ranks take over)')
    .option('--min-stake <eth>', 'with --from-registry: only executors with at least this stake')
    .requiredOption('--out <file>', 'where to write the final grid (.rle or .cells)')
    .option('--json', 'print one JSON object as the last line of stdout')
    .option('--watch', 'show the run live in a browser: prints a loopback URL with a one-time token (progress, spend, each round\'s executor, the grid)')
    .option('--watch-port <port>', 'port of the --watch page (default: a free one)', integer(0, 65535));
  addPoolOptions(life);
  addPaymentOptions(life);
  addRequesterOptions(life);
  life.action(async (options: LifeOptions) => {
    await loadRunDependencies();
    await runLifeCommand(options, injected.faults);
  });

  registerRunWasm(run, injected);
  registerRunOcr(run, injected);

  const recover = run.command('recover').description('take withheld keys from the chain and refund expired channels');
  addRequesterOptions(recover);
  recover.option('--json', 'print one JSON object').action(async (options: CommonOptions & { json?: boolean }) => {
    await loadRunDependencies();
    const dataDir = dataDirOf(options.dataDir, 'requester');
    lockDataDir(dataDir);
    const { client, devnet } = await resolveChain(options, { refuseImplicitChain: [`the store in ${dataDir}`], dataDir });
    const requester = new Requester({ chain: client, dataDir, policy: policyOf(options) });
    try {
      const report = await requester.recover();
      // Channels not expired yet are left as they are (a run may still use them): said, with when each can be refunded.
      const waiting = new Set(report.refundsWaiting.map((w) => w.channelId.toLowerCase()));
      const open = requester.store.allOpenChannels().filter((c) => !waiting.has(c.channelId.toLowerCase())).map((c) => ({
        channelId: c.channelId,
        token: c.token,
        deposit: c.deposit,
        // A pool channel: what every member was signed, not only the last one (amounts are per member).
        signed: requester.store.pool.signedOnPoolChannel(c.channelId) ?? c.signed,
        expiry: c.expiry,
        // On the row since pool channels name their contract; older rows through their pool session.
        pool: (c.contract ?? requester.store.pool.contractOfChannel(c.channelId)) !== undefined,
      }));
      if (options.json) process.stdout.write(`${safeJson({ ok: true, ...report, stillOpen: open })}\n`);
      else {
        process.stdout.write(`keys recovered: ${report.keysRecovered.length}, still waiting: ${report.stillWaiting.length}, channels refunded: ${report.refunded.length}, refunds waiting: ${report.refundsWaiting.length}\n`);
        // What each refund brought back (new-user review: the count alone said nothing of the money).
        for (const r of report.refunded) {
          const row = requester.store.channel(r.channelId);
          const token = row === undefined || /^0x0{40}$/i.test(row.token) ? undefined : row.token; // ETH is the zero address
          process.stdout.write(`  refunded ${row?.contract === undefined ? 'channel' : 'pool channel'} ${r.channelId}: ${formatSpend(r.amount, token)}\n`);
        }
        // What each waiting refund waits for (its stored transaction is broadcast again by the next recovery, never sent twice).
        for (const w of report.refundsWaiting) process.stdout.write(`  channel ${w.channelId}: ${w.error}${w.waitingFor === undefined ? '' : `, waiting for ${w.waitingFor}`}\n`);
        if (open.length > 0) process.stdout.write(`channels still open (not expired; a later \`airtnt run recover\` refunds what is left after expiry): ${open.length}\n`);
        for (const c of open) {
          const token = /^0x0{40}$/i.test(c.token) ? undefined : c.token; // ETH is the zero address
          process.stdout.write(`  ${c.pool ? 'pool channel' : 'channel'} ${c.channelId}: deposit ${formatSpend(c.deposit, token)}, ${formatSpend(c.signed, token)} signed, expires ${new Date(Number(c.expiry) * 1000).toISOString()}\n`);
        }
      }
    } finally {
      requester.close();
      await devnet?.stop();
    }
  });
}

export function readPem(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new AirtntError('TLS_FILE_UNREADABLE', `cannot read ${path}`, { cause });
  }
}

async function runLifeCommand(options: LifeOptions, faults: RequesterFaults | undefined): Promise<void> {
  const dataDir = dataDirOf(options.dataDir, 'requester');
  // From here on a Ctrl-C is said (before: only the CLI's own loading, about a second, ends silently).
  const stopWatchingSetupInterrupt = onSetupInterrupt(options.json, dataDir);
  let text: string;
  try {
    text = readFileSync(options.pattern, 'utf8');
  } catch (cause) {
    throw new AirtntError('PATTERN_UNREADABLE', `cannot read ${options.pattern}`, { cause });
  }
  const pattern = parsePatternFile(options.pattern, text);
  warnRisks(options, 'your data');
  const pool = poolOf(options);
  checkOutput(options.out);
  lockDataDir(dataDir);
  const { client, devnet } = await resolveChain(options, { refuseImplicitChain: ['--executor'], dataDir });
  const runId = runIdOf({ functionMeasurement: await lifeMeasurement(), initialState: encodeLifeState(options.width, options.height, pattern), totalCycles: options.cycles, perRound: options.perRound });
  const status = runStatus(dataDir, runId);
  const { executorsForRun } = await import('../registry-resume.js');
  // Before any money moves; a resumed --from-registry run is told what it keeps when it has to wait.
  const selection = await executorsForRun(client, options, policyOf(options), { runId, status });
  const bar = new ProgressBar(options.token);
  let watch: RunWatchClass | undefined;
  let watchServer: WatchServer | undefined;
  if (options.watch) {
    watch = new RunWatch({ kind: 'life', totalCycles: options.cycles, perRound: options.perRound, ...(options.token ? { token: options.token } : {}) });
    watch.setLifeState(encodeLifeState(options.width, options.height, pattern));
    watchServer = await startWatchServer(watch, { port: options.watchPort ?? 0 });
    // The token rides in the fragment, which the browser never sends to a server.
    process.stderr.write(`watch this run at ${watchServer.url}#token=${watchServer.token}\n`);
  }
  const spentText = (spent: bigint) => formatSpend(spent, options.token);
  // Where each round ran (with a pool, the member of the view that ran it), as `run wasm --json` says.
  const roundExecutors: { round: number; executor: string }[] = [];
  const tracker = new RunTracker(runId, dataDir, status.kind === 'resumed' ? { roundsDone: status.roundsDone, totalRounds: status.totalRounds, awaitingKeys: status.awaitingKeys, spent: status.spent } : { roundsDone: 0, totalRounds: Math.ceil(options.cycles / options.perRound), spent: 0n });
  stopWatchingSetupInterrupt();
  const stopWatchingInterrupt = onRunInterrupt(options.json, () => tracker.current, spentText, () => bar.done());
  if (status.kind === 'finished') {
    process.stderr.write(`run ${runId.slice(0, 16)} finished earlier: answered from the store in ${dataDir} (no executor is asked, nothing more is paid); it was executed by ${status.executors.join(', ') || '(unknown)'}${status.insecure ? ' on a simulated TEE (INSECURE)' : status.insecure === undefined ? ' (whether its TEE was simulated was not recorded)' : ''}; it cost ${spentText(status.spent)}; the executors, standbys and pools named do not make another run of the same job: give another --data-dir to run it again\n`);
  } else if (status.kind === 'resumed') {
    process.stderr.write(`${resumeBanner(runId, dataDir, status, spentText(status.spent))}\n`);
  }
  try {
    const result = await runLife({
      chain: client,
      dataDir,
      ...requesterSettingsOf(options),
      ...(pool === undefined ? {} : { pool }),
      onProgress: (progress) => {
        bar.update(progress);
        tracker.update(progress);
        watch?.update(progress);
        roundExecutors.push({ round: Number(progress.round), executor: progress.executor });
      },
      log: (line) => bar.note(line),
      life: { pattern, width: options.width, height: options.height, cycles: options.cycles, perRound: options.perRound, executors: options.executor },
    }, faults);
    bar.done(result.terminated);
    watch?.finished();
    writeFileSync(options.out, writePatternFile(options.out, result.finalPattern));
    const fromStore = status.kind === 'finished';
    const insecure = fromStore ? result.insecure || status.insecure !== false : result.insecure;
    const executors = fromStore ? status.executors : [...new Set(result.sessions.map((session) => session.url))];
    if (!fromStore) writeRunRecord(dataDir, { runId, executors, insecure, out: resolve(options.out), finishedAt: new Date().toISOString(), ...(result.token === undefined ? {} : { token: result.token }), spent: result.runSpent.toString() });
    if (insecure) process.stderr.write('INSECURE: the run used the simulated TEE\n');
    if (options.json) process.stdout.write(`${safeJson({ ...summary(result, options.out), roundExecutors, insecure, fromStore, resumed: status.kind === 'resumed', executors, ...(selection === undefined ? {} : { selection: selection.document, skipped: selection.skipped }) })}\n`);
    else {
      process.stdout.write(`${counted(result.rounds, 'round')}, ${result.cyclesDone} generations, ${counted(result.transfers, 'transfer')}, run cost ${spentText(result.runSpent)}${fromStore ? ' (from the store)' : ''}; final grid in ${options.out}\n`);
      // A run that ends before its generations is no failure: said in words, not only as --json's `terminated`.
      if (result.terminated) process.stdout.write(`${terminatedText({ ...result, totalCycles: options.cycles }, 'generations', 'the pattern stopped changing (the Game of Life reached a fixed point)')}\n`);
    }
  } catch (error) {
    watch?.finished(error);
    throw error;
  } finally {
    stopWatchingInterrupt();
    bar.done();
    await watchServer?.close();
    await devnet?.stop();
  }
}

/**
 * Refuses an --out that cannot be written before any money moves: its folder must exist and be
 * writable, and an existing file there must be writable (it is replaced at the end).
 */
export function checkOutput(out: string, flag = '--out'): void {
  const path = resolve(out);
  const folder = dirname(path);
  const refuse = (why: string, cause?: unknown) => new AirtntError('OUTPUT_NOT_WRITABLE', `cannot write ${flag} ${out}: ${why}`, {
    details: { out: path },
    hint: `create the folder or choose another ${flag}; nothing was paid`,
    ...(cause === undefined ? {} : { cause }),
  });
  let stats;
  try {
    stats = statSync(folder);
  } catch (cause) {
    throw refuse(`the folder ${folder} does not exist`, cause);
  }
  if (!stats.isDirectory()) throw refuse(`${folder} is not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch (cause) {
    throw refuse(`the folder ${folder} is not writable`, cause);
  }
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw refuse('it is a folder');
    try {
      accessSync(path, constants.W_OK);
    } catch (cause) {
      throw refuse('the file exists and is not writable', cause);
    }
  }
}

export function summary(result: RunResult, out: string): Record<string, unknown> {
  return {
    ok: true,
    runId: result.runId,
    out,
    rounds: result.rounds,
    // Which part this invocation covers: it ran rounds resumedFromRound .. rounds - 1 (see RunResult).
    resumedFromRound: result.resumedFromRound,
    cyclesDone: result.cyclesDone,
    terminated: result.terminated,
    transfers: result.transfers,
    paid: result.paid,
    runSpent: result.runSpent,
    maxSpend: result.maxSpend,
    token: result.token,
    waits: result.waits,
    bytesSent: result.bytesSent,
    bytesReceived: result.bytesReceived,
    infoBytes: result.infoBytes,
    timings: result.timings,
    insecure: result.insecure,
    sessions: result.sessions,
    failures: result.failures,
    ...(result.pool === undefined ? {} : { pool: result.pool }),
  };
}
