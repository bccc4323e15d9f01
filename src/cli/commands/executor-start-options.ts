/**
 * The options of `airtnt executor start` and their parsers. Definitions only (no viem, no enclave), so
 * that `airtnt executor start --help` answers at once; executor.ts runs the command.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { TEE_PROVIDER_KINDS, type TeeProviderKind } from '../../tee/kinds.js';
import type { AmdProduct } from '../../attestation/collateral-fetch.js';
import { MIN_CHANNEL_SECONDS, MIN_COLLECT_SAFETY_SECONDS } from '../../node/channel-limits.js';
import { DEFAULT_MAX_MODULE_BYTES } from '../../node/module-policy.js';
import { amountArg } from '../amount-arg.js';
import { httpUrlArg } from '../http-url-arg.js';
import { integer } from '../integer-arg.js';

export type StartOptions = {
  /** The AirtntPools contract: serve pool sessions (off when absent). */
  pools?: string;
  host: string;
  port: number;
  dataDir?: string;
  tee: TeeProviderKind;
  pricePerCycle?: string;
  minChannelSeconds: number;
  maxChannelSeconds?: number;
  collectSafetySeconds?: number;
  collectConfirmBlocks: number;
  minDeposit?: string;
  collectIntervalMs: number;
  collectBumpAfterBlocks: number;
  collectWorthFactor: number;
  blockTimeSeconds?: number;
  sessionIdleMs: number;
  maxCyclesPerRound: number;
  acceptToken?: [string, string][];
  maxConnectionsPerAddress: number;
  maxNewConnectionsPerMinute: number;
  collateral?: string[];
  pccsUrl?: string;
  intelRootCrlUrl?: string;
  amdKdsUrl?: string;
  amdProduct?: AmdProduct;
  tlsCert?: string;
  tlsKey?: string;
  trustedProxy?: string[];
  proxyHeader: 'x-forwarded-for' | 'forwarded';
  executionWorkers?: number;
  maxExecutionWorkers?: number;
  maxRoundMs?: number;
  rpcUrl?: string;
  privateKey?: string;
  channels?: string;
  adminPort?: number;
  adminToken?: string;
  acceptFunctions: string;
  maxModuleBytes: number;
  registry?: string;
};

/** Adds the options of `executor start` to `command` (the chain options are added by the caller). */
export function addStartOptions(command: Command): Command {
  return command
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port (0 picks a free one)', integer(0, 65535), 0)
    .option('--data-dir <dir>', 'where payments and keys are stored (SQLite; default: $XDG_DATA_HOME/airtnt/executor or ~/.local/share/airtnt/executor; one process per data directory)')
    .option('--tee <kind>', `TEE provider: ${TEE_PROVIDER_KINDS.join(', ')}`, (value: string) => {
      if (!(TEE_PROVIDER_KINDS as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${TEE_PROVIDER_KINDS.join(', ')}`);
      return value as TeeProviderKind;
    }, 'simulated')
    .option('--price-per-cycle <amount>', 'price asked per cycle in ETH: 1gwei, 0.000000001ether, or digits alone in wei (default: 1gwei)', amountArg)
    .option('--min-channel-seconds <s>', `refuse rounds on channels expiring sooner than this (at least ${MIN_CHANNEL_SECONDS})`, integer(MIN_CHANNEL_SECONDS, 365 * 24 * 3600), 600)
    .option('--max-channel-seconds <s>', 'refuse sessions on channels that run longer than this from their opening (with --registry: at most, and by default, the registry\'s MAX_CHANNEL_DURATION)', integer(MIN_CHANNEL_SECONDS + 1, 365 * 24 * 3600))
    .option('--collect-safety-seconds <s>', `collect any channel this close to expiry, even mid-session (at least ${MIN_COLLECT_SAFETY_SECONDS}, below --min-channel-seconds; default min(300, half of it))`, integer(MIN_COLLECT_SAFETY_SECONDS, 365 * 24 * 3600))
    .option('--collect-confirm-blocks <n>', 'read a collect back from the chain this many blocks later, and collect again if a reorg dropped it', integer(1, 10_000), 12)
    .option('--min-deposit <amount>', 'the smallest channel deposit asked of requesters, advertised in /v1/info (set it to several times the fee of a collect): 0.01ether, 5gwei, or digits alone in wei (default: 0)', amountArg)
    .option('--collect-interval-ms <ms>', 'how often the collector polls the chain head (it acts on every new block and session end)', integer(100, 3_600_000), 1_000)
    .option('--collect-bump-after-blocks <n>', 'replace a collect still unmined after this many blocks, with fees raised by 12.5%', integer(1, 1_000), 2)
    .option('--collect-worth-factor <n>', 'collect before a channel is due only when the payment is worth this many times its gas (when due: more than its gas); 0 collects everything whatever its gas (development chains)', integer(0, 1_000), 2)
    .option('--block-time-seconds <s>', 'seconds per block to assume instead of measuring it from recent blocks', integer(1, 600))
    .option('--session-idle-ms <ms>', 'drop a session whose requester is silent this long', integer(100, 3_600_000), 30_000)
    .option('--max-cycles-per-round <n>', 'largest round accepted', integer(1, 0xffff_ffff), 10_000_000)
    .option('--accept-token <address:price>', 'also accept channels in this ERC-20 token at this price per cycle: 1000units (or digits alone) in its smallest unit, 0.000001tokens in whole tokens (repeatable; only tokens you list are accepted)', acceptedToken)
    .option('--max-connections-per-address <n>', 'live session connections from one remote address; more are refused with 503', integer(1, 100_000), 8)
    .option('--max-new-connections-per-minute <n>', 'new session connections from one remote address per minute; more are refused with 503', integer(1, 1_000_000), 60)
    .option('--collateral <path>', 'collateral files or folders judging this machine\'s evidence, served at /v1/collateral (repeatable; re-read at each refresh)', (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--pccs-url <url>', 'Intel PCS (https://api.trustedservices.intel.com) or PCCS base URL to fetch SGX/TDX collateral from', httpUrlArg())
    .option('--intel-root-crl-url <url>', 'where to fetch the Intel SGX Root CA CRL (default: the PCCS\'s, or Intel\'s)', httpUrlArg())
    .option('--amd-kds-url <url>', 'AMD KDS (https://kdsintf.amd.com) or mirror to fetch the VCEK chain and CRL from', httpUrlArg())
    .option('--amd-product <name>', 'Milan, Genoa or Turin (default: read from the evidence\'s certificates)', (value: string) => {
      if (!['Milan', 'Genoa', 'Turin'].includes(value)) throw new InvalidArgumentError('one of Milan, Genoa, Turin');
      return value as AmdProduct;
    })
    .option('--tls-cert <file>', 'serve https:// and wss:// with this PEM certificate chain (with --tls-key)')
    .option('--tls-key <file>', 'the PEM private key of --tls-cert')
    .option('--trusted-proxy <address|cidr>', 'a reverse proxy whose forwarding header names the client, for the connection limits (repeatable)', (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--proxy-header <name>', 'the header trusted proxies set: x-forwarded-for or forwarded', (value: string) => {
      if (value !== 'x-forwarded-for' && value !== 'forwarded') throw new InvalidArgumentError('x-forwarded-for or forwarded');
      return value;
    }, 'x-forwarded-for')
    .option('--execution-workers <n>', 'rounds run in parallel, each in its own execution worker (default: max(1, min(8, cores - 1)))', integer(1, 64))
    .option('--max-execution-workers <n>', 'execution workers at most, burst ones included (started while all are busy, stopped after 2 s idle; about 20 MiB each; default: cores + 1, at most 8)', integer(1, 64))
    .option('--max-round-ms <ms>', 'wall-clock limit of one round in the enclave (default 10000)', integer(100, 600_000))
    .option('--admin-port <port>', 'serve the operator dashboard and Prometheus /metrics on this loopback port (0 picks a free one; off when absent)', integer(0, 65535))
    .option('--accept-functions <any|builtin|file>', 'which functions to run: builtin (only the built-in ones), any (every module sent with a session that passes the checks), or a file of sha256 measurements, one a line; advertised in /v1/info', 'builtin')
    .option('--max-module-bytes <n>', 'the largest module accepted from requesters (at most the frame size less 1 KiB)', integer(1024, 16 * 1024 * 1024), DEFAULT_MAX_MODULE_BYTES)
    .option('--registry <address>', 'the AirtntRegistry this executor joins: its enclave then holds a record key bound in its evidence and signs that registry\'s round records (needed by `executor join`)')
    .option('--pools <address>', 'also serve pool sessions (an executor with standbys) on this AirtntPools contract: members take pool links at /v1/pool')
    .option('--admin-token <token>', 'the admin token (visible to `ps`: prefer AIRTNT_ADMIN_TOKEN; default: generated once into DATA_DIR/admin-token, mode 0600)');
}

/**
 * ADDRESS:PRICE, an ERC-20 token accepted and its price per cycle: digits alone or `units` in the
 * token's smallest unit, `tokens` in whole tokens (scaled by the token's decimals() at start).
 */
export function acceptedToken(value: string, previous: [string, string][] | undefined): [string, string][] {
  const match = /^(0x[0-9a-fA-F]{40}):(.+)$/.exec(value);
  if (match === null) throw new InvalidArgumentError(`expected ADDRESS:PRICE (a token address and its price per cycle, e.g. 1000units or 0.000001tokens), got "${value}"`);
  const address = match[1]!.toLowerCase();
  if ((previous ?? []).some(([known]) => known === address)) throw new InvalidArgumentError(`token ${address} is listed twice`);
  return [...(previous ?? []), [address, amountArg(match[2]!)]];
}
