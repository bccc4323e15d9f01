/**
 * Types of the attack campaign (`airtnt bench attack`): what a case reports, what the whole run
 * prints, and the bounds every attack loop respects.
 */

/** One attack class, tried from independent hostile clients. It holds when the attack gains nothing. */
export type CaseResult = { case: string; held: boolean; detail: string };

export type AttackReport = {
  cases: number;
  held: number;
  executorCrashes: number;
  honestRunsOk: boolean;
  /** Payments lost: rounds an honest requester paid twice, plus paid amounts the executor could not collect. */
  lostPayments: number;
  /** Slowest honest round under attack minus the median honest round without attack. */
  maxHonestDelayMs: number;
  /** Keys obtained on one channel for payments not above the previous one. */
  freeRoundsPerChannel: number;
  honestRoundLatencyMs: { baseline: number; underAttack: number };
  executorRssMb: { baseline: number; underFrameAttacks: number };
  quick: boolean;
  elapsedMs: number;
  results: CaseResult[];
};

/** How big and how long: --quick keeps the whole campaign near a minute on two cores. */
export type AttackOptions = {
  quick: boolean;
  /** Bignum payload sizes (bytes) sent in an integer field. */
  bignumBytes: number[];
  /** Channels whose one session runs a round that times out in the enclave, concurrently with honest runs. */
  timeoutChannels: number;
  /** Sessions tried on one channel with a round that traps. */
  failingAttempts: number;
  /** How long the 0-cycle attacker keeps asking for free rounds. */
  freeRoundMs: number;
  /** Life grid side of the free-round attacker (an empty grid: every round does 0 cycles). */
  freeRoundGrid: number;
  /** Loopback source addresses holding idle sockets, 8 each. */
  idleAddresses: number;
  /** Decoy sessions ended just before a large one (collect race). */
  decoys: number;
  log: (line: string) => void;
};

export const QUICK_ATTACK_OPTIONS: Omit<AttackOptions, 'log'> = {
  quick: true,
  bignumBytes: [128 * 1024],
  timeoutChannels: 2,
  failingAttempts: 4,
  freeRoundMs: 2_000,
  freeRoundGrid: 1024,
  idleAddresses: 10,
  decoys: 14,
};

export const FULL_ATTACK_OPTIONS: Omit<AttackOptions, 'log'> = {
  quick: false,
  bignumBytes: [64 * 1024, 128 * 1024, 256 * 1024],
  timeoutChannels: 4,
  failingAttempts: 10,
  freeRoundMs: 10_000,
  freeRoundGrid: 4000,
  idleAddresses: 16,
  decoys: 50,
};

/**
 * A stall of the executor's event loop above this (seen as GET /v1/info latency) means a frame bought time.
 * Loose enough for a loaded 2-core machine (the bounded decoder answers in under 1 ms; the frames it
 * refuses stalled the old decoder 3.5 s to minutes).
 */
export const STALL_LIMIT_MS = 1_000;
/** Executor memory growth above this from one frame means a frame bought memory. */
export const FRAME_MEMORY_LIMIT_MB = 64;
/** The enclave's round time limit: no requester may delay another's round by more (plus slack for load). */
export const ROUND_LIMIT_MS = 10_000;
export const DELAY_SLACK_MS = 3_000;
