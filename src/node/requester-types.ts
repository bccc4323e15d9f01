/**
 * The requester client's public types: its options, a job, progress reports and a run's result
 * (the client itself is src/node/requester.ts, which re-exports these).
 */
import type { JobOwners, RecipientResults } from './owner-releases.js';
import type { Address } from 'viem';
import type { AttestationPolicy } from '../attestation/index.js';
import type { ChainClient } from '../chain/index.js';
import type { DiffCodecs } from '../protocol/payload.js';
import type { Amount } from './amounts.js';
import type { PaymentWait } from './outstanding-payments.js';
import type { RoundOutcome, RoundPhaseTimes, SessionTimeouts } from './session-context.js';

export type RequesterOptions = {
  chain: ChainClient;
  /** Folder for requester.sqlite (runs, channels, sessions, paid rounds and keys). */
  dataDir: string;
  policy: AttestationPolicy;
  /**
   * Executors asking more per cycle are refused before anything is opened. A bigint is in the
   * token's smallest unit (wei for ETH); a string has a unit ("1gwei", "0.001tokens": src/node/amounts.ts).
   * Default 1 gwei for ETH; a token has no default (PRICE_CAP_REQUIRED).
   */
  maxPricePerCycle?: Amount;
  /**
   * The run's budget: the most it signs away in total, over all executors and every invocation of the
   * same run (persisted with the run; naming none keeps the stored one; default: maxPricePerCycle x the
   * job's total cycles). When it is reached the run stops with SPEND_LIMIT_REACHED.
   */
  maxSpend?: Amount;
  /**
   * Deposit for this many rounds at a time and top the channel up when they are used (each top-up
   * starts a new session); absent = the whole rest of the run (within maxSpend).
   */
  depositRounds?: number;
  /** The largest deposit locked in one channel; executors demanding a larger minDeposit are refused (default: maxSpend). */
  maxDeposit?: Amount;
  /**
   * Do not wait for the key of a round paid to an executor that withheld it: pay another executor for
   * that round at once, although the first may still collect it (the round may be paid twice).
   * Default false: wait until the key is on-chain or the payment can no longer be collected.
   */
  allowDoublePayment?: boolean;
  /**
   * The registry the run's executors were drawn from (on this chain). Every round must then carry the
   * enclave's RoundRecord claim in its EIP-712 domain, signed by the record key its evidence binds;
   * a round without it is refused unpaid (RECORD_CLAIM_INVALID), so the requester always holds what
   * would prove a forked enclave's equivocation.
   */
  registry?: Address;
  /** ERC-20 token to pay in; ETH when absent. */
  token?: Address;
  /** Lifetime of channels this requester opens, in seconds of chain time (default 3600). */
  channelSeconds?: number;
  /** PEM CA certificate(s) trusted for https:// / wss:// executors besides the system's. */
  tlsCa?: string | Buffer;
  timeouts?: Partial<SessionTimeouts & { infoMs: number; withheldKeyPollMs: number }>;
  codecs?: DiffCodecs;
  onProgress?: (progress: RunProgress) => void;
  /** Waiting for a withheld key before paying for its round again (also logged). */
  onWait?: (wait: Omit<PaymentWait, 'outcome' | 'waitedMs'>) => void;
  log?: (line: string) => void;
  /**
   * Run each session on a pool (docs/protocol.md, "The pool"): the job's executor with these standbys
   * (base URLs, in order), paid through one channel on the AirtntPools contract `contract`; each round
   * is paid only once `ackCount` (default 1) standbys acked holding its key. The executor is taken as
   * down when its socket closes, or when neither a frame nor a pong (pinged every silenceMs / 5) arrives
   * for `silenceMs` (default POOL_SILENCE_MS, 1.5 s): a standby then releases the key of a round already
   * paid and the requester signs a view change; the next member continues from the last paid state, with
   * no transaction and no round paid twice. The result then has one `sessions` entry per view (endReason
   * 'view change', then the next member's), a POOL_EXECUTOR_FAILED entry in `failures` and one more
   * `transfers`. The channel's deposit is the chunk's price once per member: each member collects at most
   * deposit / members (its allocation). The standbys are pinged too (every standbySilenceMs / 5,
   * default silenceMs): one silent for `standbySilenceMs` or whose socket closes is logged and reported
   * in `failures` (POOL_STANDBY_DEAD), and no view change names it. Absent (default): no pool.
   */
  pool?: { contract: Address; standbys: string[]; ackCount?: number; silenceMs?: number; standbySilenceMs?: number };
};

export type Job = {
  functionMeasurement: Uint8Array;
  /**
   * The function's module, when executors need not have it built in: checked before anything is
   * opened, then sent sealed to each enclave that does not hold it yet (sha256 must be functionMeasurement).
   */
  module?: Uint8Array;
  initialState: Uint8Array;
  totalCycles: number;
  perRound: number;
  /** Executor base URLs (http://host:port), tried in order; later ones take over a run. */
  executors: string[];
  /**
   * Code and data owners (docs/protocol.md part 2, "Owner releases"): with a code owner, `module` is
   * absent and the encrypted module goes in the opening; with a data owner, `initialState` is its
   * encrypted data (empty for inline data). One executor, one session: a requester cannot re-seal
   * a state it cannot read, so an owners' run does not move.
   */
  owners?: JobOwners;
};

export type RunProgress = {
  runId: string;
  round: bigint;
  rounds: number;
  totalRounds: number;
  cyclesDone: number;
  totalCycles: number;
  /** Paid so far in this call (all executors). */
  paid: bigint;
  /** Paid so far by the run, all invocations (what its budget counts). */
  runSpent: bigint;
  executor: string;
  keyFrom: RoundOutcome['keyFrom'];
  /** The function's state after this round (for live views such as --watch). */
  state: Uint8Array;
  /** The token paid in (the zero address: ETH). */
  token: Address;
};

/**
 * One session, or with a pool one view of it: `url`/`executor` ran its `rounds` from `firstRound`;
 * `endReason` is 'complete', an error code, or 'view change' (a pool's executor stopped answering and the
 * next view's entry follows, same sessionId). A pool session's bytes are on its last view's entry.
 */
export type SessionSummary = { url: string; executor: Address; sessionId: string; firstRound: bigint; rounds: number; bytesSent: number; bytesReceived: number; endReason: string; view?: number };

export type RunResult = {
  runId: string;
  finalState: Uint8Array;
  /** Every output of every round, in order. */
  outputs: Uint8Array[];
  /** Rounds of the whole run done (this call's and earlier calls'): rounds 0 .. rounds - 1. */
  rounds: number;
  /**
   * Rounds the run had done before this call (0 for a fresh run; all of them for a run answered from
   * the store): this call ran rounds resumedFromRound .. rounds - 1. rounds, cyclesDone, outputs,
   * finalState and runSpent are the whole run's; paid, sessions, waits, failures, bytes and timings
   * are this call's.
   */
  resumedFromRound: number;
  cyclesDone: number;
  /** The function finished before the cycles asked (d < c). */
  terminated: boolean;
  /** How many times the paid state moved on: rounds run on an executor after rounds on another, or on a pool member after a view change, even one before the failed member's first result (a failover after which nothing ran is not counted). */
  transfers: number;
  /** Paid in this call, per executor address. */
  paid: { executor: Address; url: string; amount: bigint }[];
  /** Paid by the run over all its invocations, and its budget (smallest units of `token`). */
  runSpent: bigint;
  maxSpend: bigint;
  token: Address;
  /** Waits for withheld keys before a round would have been paid again. */
  waits: PaymentWait[];
  /** Session sockets (WebSocket upgrade and frames), all sessions of this call. */
  bytesSent: number;
  bytesReceived: number;
  /** GET /v1/info requests, counted apart from the sessions. */
  infoBytes: number;
  /** `phases`: the requester's time per step of its rounds, summed over the sessions (session-client.ts, RoundPhaseTimes). */
  timings: { totalMs: number; setupMs: number; roundMs: number[]; phases?: RoundPhaseTimes };
  sessions: SessionSummary[];
  /** Any executor used runs the simulated (INSECURE) TEE. */
  insecure: boolean;
  failures: { url: string; code: string; message: string }[];
  /** Modules sent to executors in this call (a transfer to an executor without the module sends it again). */
  modulesSent: number;
  /**
   * With a recipient named by a data owner: the results are for it (finalState and outputs are empty
   * here); per session, the result secret sealed to it, which it opens to decrypt the stored rounds.
   */
  resultsFor?: RecipientResults[];
  /**
   * A pool run (options.pool): this call's pool members in pool order (its executor first), the view the
   * run stands in at the end (views counted over the run) and that view's executor. A run resumed by a
   * restarted requester: storedView, the view stored when it stopped, and resumedInView, the view it
   * resumed in (storedView, or later when the stored view's executor did not answer).
   */
  pool?: { members: string[]; view: number; executor: string; storedView?: number; resumedInView?: number };
};
