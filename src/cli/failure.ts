/**
 * How a failed command ends: a clear message (what failed, the values, what to do) on stderr, or with
 * --json one JSON error object on stdout, {"ok":false,"error":{code,message,details,hint}}, so
 * scripts that read stdout see the failure too; and a non-zero exit either way.
 */
import { CommanderError } from 'commander';
import { AirtntError, safeJson } from '../util/errors.js';

/**
 * Hints in command-line terms for errors whose library hint speaks of options and methods: the library
 * names no CLI flag, so the CLI adds what to type.
 */
const CLI_HINTS: Partial<Record<string, string>> = {
  POOL_CONTRACT_REQUIRED: 'add --pools ADDRESS, the AirtntPools contract the standbys were started with (`airtnt executor start --pools`); or drop --standby to run without a pool',
  RPC_UNREACHABLE: 'is the chain running? check --rpc-url; for development start one with `airtnt devnet` and pass the --rpc-url, --channels and --private-key it prints',
  CHAIN_UNREACHABLE: 'is the chain running? check --rpc-url; for development start one with `airtnt devnet` and pass the --rpc-url, --channels and --private-key it prints',
  KEY_WITHHELD: 'the key appears on-chain when the executor collects; otherwise `airtnt run recover` refunds after expiry',
  REGISTRY_CHANNEL_TOO_LONG: 'pass a shorter --channel-seconds: at most the registry\'s MAX_CHANNEL_DURATION (in details: maxChannelDuration)',
  EXECUTOR_SERVES_SHORTER_CHANNELS: 'pass a shorter --channel-seconds: at most the executor\'s maxChannelSeconds (in details; `airtnt executor info URL` shows it)',
  CHANNEL_EXPIRES_TOO_LATE: 'pass a shorter --channel-seconds: the executor serves channels only up to its maxChannelSeconds (a registry executor: the registry\'s MAX_CHANNEL_DURATION)',
  REGISTRY_SEED_PHASE_MISSED: 'a verifier was too slow for the epoch on this machine: start `airtnt devnet` again with a longer --epoch-seconds (e.g. 120)',
  SELECTION_EXCLUSION_UNVERIFIABLE: 'ask the executors named for their VRF proof on the task seed yourself (GET <endpoint>/v1/vrf/<seed>); pass --allow-unverifiable only if you trust the requester\'s word for them',
  SPEND_LIMIT_REACHED: 'run the same command again with a larger --max-spend: the paid state so far is kept (with --allow-double-payment, leave room for the rounds paid again)',
};

/** The hint to print for `error` on the command line. */
export function cliHint(error: AirtntError): string | undefined {
  if (error.code === 'RUN_STALLED') {
    const { spent, lastCode } = (error.details ?? {}) as { spent?: unknown; lastCode?: unknown };
    // Nothing paid and every executor refused for one named reason: that reason's hint says what to change.
    const lastHint = typeof lastCode === 'string' ? CLI_HINTS[lastCode] : undefined;
    if (lastHint !== undefined && !(typeof spent === 'bigint' && spent > 0n)) return lastHint;
    return typeof spent === 'bigint' && spent > 0n
      ? 'the paid rounds so far are stored: run the same command again (with other --executor URLs) to resume; `airtnt run recover` takes withheld keys from the chain and refunds expired channels'
      : 'nothing was paid: check the executor URLs and that they accept your policy (e.g. --allow-simulated for a development executor), then run again';
  }
  return CLI_HINTS[error.code] ?? error.hint;
}

export type JsonFailure = { ok: false; error: { code: string; message: string; details: Record<string, unknown>; hint: string | null } };

export function failureObject(error: unknown): JsonFailure {
  if (error instanceof CommanderError) {
    return { ok: false, error: { code: 'INVALID_ARGUMENTS', message: error.message.replace(/^error: /, ''), details: { commanderCode: error.code }, hint: 'see --help' } };
  }
  if (error instanceof AirtntError) {
    const shortMessage = error.message.split('\n')[0]!;
    return { ok: false, error: { code: error.code, message: shortMessage, details: JSON.parse(safeJson(error.details)) as Record<string, unknown>, hint: cliHint(error) ?? null } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'INTERNAL', message, details: {}, hint: 'this is a bug in airtnt: please report it with the command line used' } };
}

export function reportFailure(error: unknown, args: readonly string[]): void {
  if (error instanceof CommanderError) {
    // Commander has printed the help, the version or the parse error (with the usage) already.
    if (error.exitCode !== 0 && args.includes('--json')) process.stdout.write(`${safeJson(failureObject(error))}\n`);
    process.exit(error.exitCode);
  }
  if (args.includes('--json')) {
    process.stdout.write(`${safeJson(failureObject(error))}\n`);
  }
  if (error instanceof AirtntError) {
    const hint = cliHint(error);
    // The library's own hint is replaced by the command-line one, where there is one.
    const text = hint === undefined || error.hint === undefined ? error.message : error.message.replace(`hint: ${error.hint}`, `hint: ${hint}`);
    process.stderr.write(`airtnt: ${text}\n`);
  } else {
    process.stderr.write(`airtnt: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  // Exit now: a failed start can leave handles (enclave workers, sockets, timers) that would keep the
  // process alive with nothing to do. stdout and stderr are synchronous for files and pipes (and
  // terminals on Linux), and 'exit' handlers still stop a devnet's anvil and release the data lock.
  process.exit(1);
}
